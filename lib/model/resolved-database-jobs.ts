/**
 * The database jobs with their defaults applied: names, resources,
 * deadlines, retries and waves, what their construct renders; and the step
 * that stops the running release's servers before them. Plain data; no cdk8s.
 */
import {
  BACKOFF_LIMIT,
  databaseJobName,
  DEFAULT_TIMEOUT,
  JOB_WAVES,
  releaseSlug,
  type DatabaseJobPurpose,
  type DatabaseJobSpec,
  type DatabaseJobsSpec,
} from './database-jobs-spec';
import type { ImageRef } from './image';
import { compareText } from './names';
import { parseCpu, parseMemory } from './quantity';
import type { ServerWorkloadKind } from './server-kinds';
import type { ServerPlan } from './server-plan';
import { SYNC_WAVES } from './sync-wave-plan';

/** One database job with its defaults applied. */
export interface ResolvedDatabaseJob {
  readonly purpose: DatabaseJobPurpose;
  readonly spec: DatabaseJobSpec;
  /** What it runs once for: the release (backup, upgrade) or the snapshot (restore); it names the Job. */
  readonly key: string;
  /**
   * The start of the Job's name (`database-upgrade-18-0-0-12`); the rendered Job adds a hash of its
   * own spec, so a changed Job is a new Job (a Job's pod template cannot be changed in place).
   */
  readonly name: string;
  /** CPU and memory, request equal to limit. */
  readonly cpuMillis: number;
  readonly memoryBytes: number;
  readonly activeDeadlineSeconds: number;
  readonly backoffLimit: number;
  /** Sync wave of the Job. */
  readonly syncWave: number;
}

/** One workload the stop step deletes. */
export interface StoppedWorkload {
  readonly kind: ServerWorkloadKind;
  readonly name: string;
  /** The server it runs. */
  readonly server: string;
}

/** Workloads stopped together: the servers of one start wave. */
export interface StopStage {
  /** The servers' start wave; stages go from the last wave to the first (reverse dependency order). */
  readonly wave: number;
  readonly workloads: readonly StoppedWorkload[];
}

/** The step that stops every server of the running release before the database jobs. */
export interface ResolvedStopServers {
  /** The start of the Job's name (`stop-servers-18-0-0-12`); the rendered Job adds a hash. */
  readonly name: string;
  readonly image: ImageRef;
  readonly activeDeadlineSeconds: number;
  /** Sync wave of the Job: before every database job. */
  readonly syncWave: number;
  /** The servers in reverse dependency order: dependents are gone before what they depend on stops. */
  readonly stages: readonly StopStage[];
}

/** Default CPU and memory of a database job. */
export const DATABASE_JOB_DEFAULT_RESOURCES = { cpu: '500m', memory: '1Gi' } as const;

/**
 * The kubectl image of the stop step: the Kubernetes project's own (bash and kubectl, on debian-base since
 * 1.28, kubernetes/kubernetes#119592), pinned by tag. An environment names the bank's mirror of it.
 */
export const DEFAULT_STOP_SERVERS_IMAGE: ImageRef = { repository: 'registry.k8s.io/kubectl', tag: 'v1.34.1' };
/** Seconds the stop step may take by default. */
export const DEFAULT_STOP_SERVERS_TIMEOUT = 900;

/** The database jobs, in the order ArgoCD runs them, with defaults applied; their quantities must have been checked. */
export function resolveDatabaseJobs(jobs: DatabaseJobsSpec | undefined, version: string): ResolvedDatabaseJob[] {
  const resolveJob = (purpose: DatabaseJobPurpose, spec: DatabaseJobSpec, key: string): ResolvedDatabaseJob => ({
    purpose,
    spec,
    key,
    name: databaseJobName(purpose, key),
    cpuMillis: parseCpu(spec.cpu ?? DATABASE_JOB_DEFAULT_RESOURCES.cpu) ?? 500,
    memoryBytes: parseMemory(spec.memory ?? DATABASE_JOB_DEFAULT_RESOURCES.memory) ?? 1024 ** 3,
    activeDeadlineSeconds: spec.timeoutSeconds ?? DEFAULT_TIMEOUT[purpose],
    backoffLimit: BACKOFF_LIMIT[purpose],
    syncWave: JOB_WAVES[purpose],
  });
  return [
    ...(jobs?.backup ? [resolveJob('backup', jobs.backup, version)] : []),
    ...(jobs?.restore ? [resolveJob('restore', jobs.restore, jobs.restore.snapshot)] : []),
    ...(jobs?.upgrade ? [resolveJob('upgrade', jobs.upgrade, version)] : []),
  ];
}

/**
 * The stop step, when there is a database job to run: every in-cluster server's workload, grouped by
 * start wave, last wave first.
 */
export function resolveStopServers(
  jobs: DatabaseJobsSpec | undefined,
  version: string,
  servers: readonly Pick<ServerPlan, 'name' | 'external' | 'syncWave' | 'workloadKind' | 'objectNames'>[],
): ResolvedStopServers | undefined {
  if (resolveDatabaseJobs(jobs, version).length === 0) return undefined;
  const inCluster = servers.filter((server) => server.external === undefined);
  const waves = [...new Set(inCluster.map((server) => server.syncWave))].sort((a, b) => b - a);
  return {
    name: `stop-servers-${releaseSlug(version)}`,
    image: jobs?.stopServers?.image ?? DEFAULT_STOP_SERVERS_IMAGE,
    activeDeadlineSeconds: jobs?.stopServers?.timeoutSeconds ?? DEFAULT_STOP_SERVERS_TIMEOUT,
    syncWave: SYNC_WAVES.stopServers,
    stages: waves.map((wave) => ({
      wave,
      workloads: inCluster
        .filter((server) => server.syncWave === wave)
        .map((server) => ({ kind: server.workloadKind, name: server.objectNames.server, server: server.name }))
        .sort((a, b) => compareText(a.name, b.name)),
    })),
  };
}
