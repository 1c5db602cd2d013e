/**
 * The database jobs with their defaults applied: names, resources,
 * deadlines, retries and waves, what their construct renders. Plain data;
 * no cdk8s.
 */
import {
  BACKOFF_LIMIT,
  databaseJobName,
  DEFAULT_TIMEOUT,
  JOB_WAVES,
  type DatabaseJobPurpose,
  type DatabaseJobSpec,
  type DatabaseJobsSpec,
} from './database-jobs-spec';
import { parseCpu, parseMemory } from './quantity';

/** One database job with its defaults applied. */
export interface ResolvedDatabaseJob {
  readonly purpose: DatabaseJobPurpose;
  readonly spec: DatabaseJobSpec;
  /** What it runs once for: the release (backup, upgrade) or the snapshot (restore); it names the Job. */
  readonly key: string;
  /** Name of the Job. */
  readonly name: string;
  /** CPU and memory, request equal to limit. */
  readonly cpuMillis: number;
  readonly memoryBytes: number;
  readonly activeDeadlineSeconds: number;
  readonly backoffLimit: number;
  /** Sync wave of the Job (a Sync hook). */
  readonly syncWave: number;
}

/** Default CPU and memory of a database job. */
export const DATABASE_JOB_DEFAULT_RESOURCES = { cpu: '500m', memory: '1Gi' } as const;

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
