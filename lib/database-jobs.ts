/**
 * Database jobs ArgoCD runs before the servers start: a backup, a restore
 * from a snapshot (a self-serve environment or a UAT refresh starts from
 * one), and the schema upgrade of a new Calypso release.
 *
 * Each is a Job and an ArgoCD Sync hook in a wave of its own, after the
 * configuration wave (Namespace, ServiceAccount, the database Secret from
 * its ExternalSecret) and before the first server. Not a PreSync hook: a
 * PreSync hook runs before any of the environment's own objects exist, so on
 * a new environment there is no Namespace and no Secret to run it in
 * (ArgoCD creates the destination namespace before PreSync only when the
 * Namespace is not itself one of the Application's objects; here it is).
 *
 * A Job is named after what it does once (the snapshot it restores, the
 * release it upgrades to) and ArgoCD deletes it only when it fails: a
 * succeeded Job stays, so later syncs find it done and do not run it again;
 * a failed one is deleted, so the next sync runs it again.
 */
import { Construct } from 'constructs';
import * as k8s from 'cdk8s-plus-27/lib/imports/k8s';
import type { CalypsoEnvironment } from './calypso-environment';
import type { ProblemCollector } from './errors';
import type { EnvironmentSettings } from './environment-spec';
import { imageName, imageProblemsForTier, imageVersion, type ImageRef } from './image';
import { isDnsLabel } from './names';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from './pod-security';
import { formatCpu, formatMemory, parseCpu, parseMemory } from './quantity';
import { HOOK_ANNOTATION, HOOK_DELETE_POLICY_ANNOTATION, SYNC_WAVE_ANNOTATION, SYNC_WAVES } from './sync-waves';

/** `app.kubernetes.io/component` of the database jobs' pods; the network policy lets exactly these reach the database. */
export const DATABASE_JOBS_COMPONENT = 'database';

/** One database job. */
export interface DatabaseJobSpec {
  /** The image that does the work (the DBA team's tooling, or the application image). */
  readonly image: ImageRef;
  /**
   * Command to run. Required for the upgrade.
   * @default - the image's entrypoint
   */
  readonly command?: readonly string[];
  /**
   * Arguments to the command.
   * @default none
   */
  readonly args?: readonly string[];
  /**
   * CPU request and limit.
   * @default '500m'
   */
  readonly cpu?: string;
  /**
   * Memory request and limit.
   * @default '1Gi'
   */
  readonly memory?: string;
  /**
   * Seconds the Job may run before Kubernetes stops it and the sync fails.
   * @default 3600 (restore: 7200)
   */
  readonly timeoutSeconds?: number;
}

/** A restore from a database snapshot. */
export interface RestoreJobSpec extends DatabaseJobSpec {
  /** The snapshot to restore; a DNS label of at most 46 characters, since it names the Job. */
  readonly snapshot: string;
}

/** The database jobs of an environment. */
export interface DatabaseJobsSpec {
  /**
   * Backs the database up before anything else runs, once per release.
   * @default none
   */
  readonly backup?: DatabaseJobSpec;
  /**
   * Restores the database from a snapshot, once per snapshot. Refused in prod.
   * @default none
   */
  readonly restore?: RestoreJobSpec;
  /**
   * Upgrades the schema to the release being installed, once per release, after the restore.
   * @default none
   */
  readonly upgrade?: DatabaseJobSpec;
}

/** What a job does, in the order ArgoCD runs them. */
export type DatabaseJobPurpose = 'backup' | 'restore' | 'upgrade';

/** Name of the ServiceAccount the jobs run as. */
export const DATABASE_JOBS_SERVICE_ACCOUNT = 'calypso-database-jobs';
/** ArgoCD deletes a database Job only when it failed, so a succeeded one is never run again. */
export const DATABASE_JOB_DELETE_POLICY = 'HookFailed';

const JOB_WAVES: Readonly<Record<DatabaseJobPurpose, number>> = {
  backup: SYNC_WAVES.databaseBackup,
  restore: SYNC_WAVES.databaseRestore,
  upgrade: SYNC_WAVES.databaseUpgrade,
};
const DEFAULT_TIMEOUT: Readonly<Record<DatabaseJobPurpose, number>> = { backup: 3600, restore: 7200, upgrade: 3600 };
/** Pod retries: a half-applied schema upgrade is never retried by itself. */
const BACKOFF_LIMIT: Readonly<Record<DatabaseJobPurpose, number>> = { backup: 1, restore: 1, upgrade: 0 };
const MAX_JOB_NAME_LENGTH = 63;

/** A release as it appears in a Job name: `18.0.0.12` becomes `18-0-0-12`. */
export function releaseSlug(release: string): string {
  return release
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Name of a database job: what it does and what it does it for (release or snapshot). */
export function databaseJobName(purpose: DatabaseJobPurpose, key: string): string {
  return `database-${purpose}-${purpose === 'restore' ? key : releaseSlug(key)}`;
}

/** Checks the database jobs; called from the delivery settings' validation. */
export function databaseJobsProblems(settings: EnvironmentSettings, problems: ProblemCollector): void {
  const jobs = settings.databaseJobs ?? {};
  const release = settings.release ?? imageVersion(settings.images.application);
  for (const purpose of ['backup', 'restore', 'upgrade'] as const) {
    const job = jobs[purpose];
    if (job === undefined) continue;
    const field = `databaseJobs.${purpose}`;
    const fail = (sub: string, message: string): void => problems.environmentProblem(`${field}${sub}`, message);
    for (const message of imageProblemsForTier(job.image ?? { repository: '' }, settings.tier)) fail('.image', message);
    if (job.command !== undefined && (job.command.length === 0 || job.command.some((part) => part === ''))) {
      fail('.command', 'must be a non-empty list of non-empty strings');
    }
    if (purpose === 'upgrade' && job.command === undefined) fail('.command', 'the upgrade needs the command that runs the schema upgrade');
    if (job.cpu !== undefined && parseCpu(job.cpu) === undefined) fail('.cpu', `"${job.cpu}" is not a CPU quantity such as 500m or 2`);
    if (job.memory !== undefined && parseMemory(job.memory) === undefined) {
      fail('.memory', `"${job.memory}" is not a memory quantity such as 512Mi or 2Gi`);
    }
    if (job.timeoutSeconds !== undefined && !(Number.isInteger(job.timeoutSeconds) && job.timeoutSeconds > 0)) {
      fail('.timeoutSeconds', `must be a whole number of seconds above 0, got ${job.timeoutSeconds}`);
    }
    if (purpose === 'restore') {
      const snapshot = (job as RestoreJobSpec).snapshot ?? '';
      if (settings.tier === 'prod') {
        fail('', 'prod is never restored by a sync; restore prod by hand, with the runbook');
      }
      if (!isDnsLabel(snapshot) || databaseJobName('restore', snapshot).length > MAX_JOB_NAME_LENGTH) {
        fail('.snapshot', `"${snapshot}" is not a DNS label of at most 46 characters (it names the Job database-restore-<snapshot>)`);
      }
    } else if (releaseSlug(release) === '' || databaseJobName(purpose, release).length > MAX_JOB_NAME_LENGTH) {
      fail(
        '',
        `release "${release}" does not fit the Job name ${databaseJobName(purpose, release)} (at most ${MAX_JOB_NAME_LENGTH} characters)`,
      );
    }
  }
}

/** Props of CalypsoDatabaseJobs. */
export interface CalypsoDatabaseJobsProps {
  readonly environment: CalypsoEnvironment;
  /** The jobs to run. */
  readonly jobs: DatabaseJobsSpec;
}

/** The database jobs of an environment, with the ServiceAccount they run as. */
export class CalypsoDatabaseJobs extends Construct {
  /** The Jobs, by purpose. */
  public readonly jobs: Partial<Record<DatabaseJobPurpose, k8s.KubeJob>> = {};
  public readonly serviceAccount: k8s.KubeServiceAccount;

  public constructor(scope: Construct, id: string, props: CalypsoDatabaseJobsProps) {
    super(scope, id);
    const env = props.environment;
    this.serviceAccount = new k8s.KubeServiceAccount(this, 'ServiceAccount', {
      metadata: { name: DATABASE_JOBS_SERVICE_ACCOUNT, labels: env.labels('database-jobs', DATABASE_JOBS_COMPONENT) },
      automountServiceAccountToken: false,
    });
    const { backup, restore, upgrade } = props.jobs;
    if (backup) this.jobs.backup = this.job('backup', backup, env.version, env);
    if (restore) this.jobs.restore = this.job('restore', restore, restore.snapshot, env);
    if (upgrade) this.jobs.upgrade = this.job('upgrade', upgrade, env.version, env);
  }

  private job(purpose: DatabaseJobPurpose, spec: DatabaseJobSpec, key: string, env: CalypsoEnvironment): k8s.KubeJob {
    const contract = env.contract;
    const labels = env.labels(`database-${purpose}`, DATABASE_JOBS_COMPONENT);
    const variables: Record<string, string> = {};
    if (contract.environmentName.variable) variables[contract.environmentName.variable] = env.name;
    variables[contract.databaseJobs.urlVariable] = String(env.properties[contract.properties.urlKey] ?? '');
    variables[contract.databaseJobs.driverVariable] = String(env.properties[contract.properties.driverKey] ?? '');
    if (purpose === 'restore') variables[contract.databaseJobs.snapshotVariable] = key;
    else variables[contract.databaseJobs.releaseVariable] = key;
    const cpu = k8s.Quantity.fromString(formatCpu(parseCpu(spec.cpu ?? '500m') ?? 500));
    const memory = k8s.Quantity.fromString(formatMemory(parseMemory(spec.memory ?? '1Gi') ?? 1024 ** 3));
    return new k8s.KubeJob(this, purpose, {
      metadata: {
        name: databaseJobName(purpose, key),
        labels,
        annotations: {
          [HOOK_ANNOTATION]: 'Sync',
          [HOOK_DELETE_POLICY_ANNOTATION]: DATABASE_JOB_DELETE_POLICY,
          [SYNC_WAVE_ANNOTATION]: String(JOB_WAVES[purpose]),
        },
      },
      spec: {
        backoffLimit: BACKOFF_LIMIT[purpose],
        activeDeadlineSeconds: spec.timeoutSeconds ?? DEFAULT_TIMEOUT[purpose],
        // No ttlSecondsAfterFinished: a deleted Job would run again on the next sync.
        template: {
          metadata: { labels },
          spec: {
            serviceAccountName: DATABASE_JOBS_SERVICE_ACCOUNT,
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            restartPolicy: 'Never',
            securityContext: restrictedPodSecurityContext(contract),
            containers: [
              {
                name: `database-${purpose}`,
                image: imageName(spec.image),
                imagePullPolicy: 'IfNotPresent',
                ...(spec.command ? { command: [...spec.command] } : {}),
                ...(spec.args ? { args: [...spec.args] } : {}),
                env: Object.entries(variables).map(([name, value]) => ({ name, value })),
                resources: { requests: { cpu, memory }, limits: { cpu, memory } },
                securityContext: restrictedContainerSecurityContext(),
                volumeMounts: [
                  { name: 'database-credentials', mountPath: contract.credentialsDirectory, readOnly: true },
                  { name: 'tmp', mountPath: contract.paths.tmp },
                ],
              },
            ],
            volumes: [
              { name: 'database-credentials', secret: { secretName: env.databaseSecretName, defaultMode: 0o440 } },
              { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('1Gi') } },
            ],
          },
        },
      },
    });
  }
}
