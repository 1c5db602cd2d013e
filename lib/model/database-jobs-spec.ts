/**
 * What the database jobs may say (backup, restore, schema upgrade), their
 * names, waves and limits, and the checks of a spec. Plain data: the Jobs
 * themselves are built by constructs/database-jobs.ts.
 */
import { z } from 'zod';
import type { ProblemCollector } from './errors';
import { imageProblemsForTier, ImageRefSchema, imageVersion, type ImageRef } from './image';
import { isDnsLabel } from './names';
import { cpuQuantity, memoryQuantity } from './quantity';
import type { SpecOf } from './schema';
import { SYNC_WAVES } from './sync-wave-plan';
import type { Tier } from './tier';

/** `app.kubernetes.io/component` of the database jobs' pods; the network policy lets exactly these reach the database. */
export const DATABASE_JOBS_COMPONENT = 'database';

/** The fields of DatabaseJobSpec, for the restore's schema. */
const DATABASE_JOB_SHAPE = {
  /** The image that does the work (the DBA team's tooling, or the application image). */
  image: ImageRefSchema,
  /**
   * Command to run. Required for the upgrade.
   * @default - the image's entrypoint
   */
  command: z.array(z.string()).optional(),
  /**
   * Arguments to the command.
   * @default none
   */
  args: z.array(z.string()).optional(),
  /**
   * CPU request and limit.
   * @default '500m'
   */
  cpu: cpuQuantity('500m or 2').optional(),
  /**
   * Memory request and limit.
   * @default '1Gi'
   */
  memory: memoryQuantity('512Mi or 2Gi').optional(),
  /**
   * Seconds the Job may run before Kubernetes stops it and the sync fails.
   * @default 3600 (restore: 7200)
   */
  timeoutSeconds: z.number().optional(),
};

/** One database job. */
export const DatabaseJobSpecSchema = z.strictObject(DATABASE_JOB_SHAPE);
export type DatabaseJobSpec = SpecOf<typeof DatabaseJobSpecSchema>;

/** A restore from a database snapshot. */
export const RestoreJobSpecSchema = z.strictObject({
  ...DATABASE_JOB_SHAPE,
  /** The snapshot to restore; a DNS label of at most 46 characters, since it names the Job. */
  snapshot: z.string(),
});
export type RestoreJobSpec = SpecOf<typeof RestoreJobSpecSchema>;

/** The step that stops the old release's servers before any database job runs. */
export const StopServersSpecSchema = z.strictObject({
  /**
   * A kubectl image with bash (the upstream `registry.k8s.io/kubectl` image has both, since 1.28),
   * pinned by tag or digest; mirror it into the bank's registry.
   * @default DEFAULT_STOP_SERVERS_IMAGE (registry.k8s.io/kubectl:v1.34.1)
   */
  image: ImageRefSchema.optional(),
  /**
   * Seconds the step may take to stop every server before Kubernetes stops it and the sync fails.
   * @default 900
   */
  timeoutSeconds: z.number().optional(),
});
export type StopServersSpec = SpecOf<typeof StopServersSpecSchema>;

/** The database jobs of an environment. */
export const DatabaseJobsSpecSchema = z.strictObject({
  /**
   * How the servers of the running release are stopped before the first database job: the step
   * always runs first when there is a database job; this only adapts it.
   * @default - the default image and timeout
   */
  stopServers: StopServersSpecSchema.optional(),
  /**
   * Backs the database up before anything else runs, once per release.
   * @default none
   */
  backup: DatabaseJobSpecSchema.optional(),
  /**
   * Restores the database from a snapshot, once per snapshot. Refused in prod.
   * @default none
   */
  restore: RestoreJobSpecSchema.optional(),
  /**
   * Upgrades the schema to the release being installed, once per release, after the restore.
   * @default none
   */
  upgrade: DatabaseJobSpecSchema.optional(),
});
export type DatabaseJobsSpec = SpecOf<typeof DatabaseJobsSpecSchema>;

/** What the database job rules read of the environment's settings. */
export interface DatabaseJobsEnvironment {
  readonly tier: Tier;
  readonly release?: string;
  readonly images: { readonly application: ImageRef };
  readonly databaseJobs?: DatabaseJobsSpec;
  /** The stop step reaches the API server through the egress policy to these addresses. */
  readonly network?: { readonly apiServer?: unknown };
}

/** What a job does, in the order ArgoCD runs them. */
export type DatabaseJobPurpose = 'backup' | 'restore' | 'upgrade';

/** `app.kubernetes.io/component` of the stop step's objects; the API server egress policy admits its pod. */
export const STOP_SERVERS_COMPONENT = 'stop-servers';
/** Name of the stop step's ServiceAccount, Role and RoleBinding. */
export const STOP_SERVERS_SERVICE_ACCOUNT = 'calypso-stop-servers';

/** Name of the ServiceAccount the jobs run as. */
export const DATABASE_JOBS_SERVICE_ACCOUNT = 'calypso-database-jobs';

export const JOB_WAVES: Readonly<Record<DatabaseJobPurpose, number>> = {
  backup: SYNC_WAVES.databaseBackup,
  restore: SYNC_WAVES.databaseRestore,
  upgrade: SYNC_WAVES.databaseUpgrade,
};
export const DEFAULT_TIMEOUT: Readonly<Record<DatabaseJobPurpose, number>> = { backup: 3600, restore: 7200, upgrade: 3600 };
/** Pod retries: a half-applied schema upgrade is never retried by itself. */
export const BACKOFF_LIMIT: Readonly<Record<DatabaseJobPurpose, number>> = { backup: 1, restore: 1, upgrade: 0 };
const MAX_JOB_NAME_LENGTH = 63;
/**
 * Hex digits of the rendered Job's hash that end every release Job's name (`database-upgrade-18-0-0-12-1a2b3c4d5e`):
 * a content hash, on purpose ten digits, never taken for cdk8s's eight-digit construct-path hash (policy no-hash-suffix).
 */
export const JOB_NAME_HASH_LENGTH = 10;
/** The longest name before the hash: the name, a dash and the hash fit in 63 characters. */
export const MAX_JOB_NAME_PREFIX_LENGTH = MAX_JOB_NAME_LENGTH - 1 - JOB_NAME_HASH_LENGTH;
const MAX_SNAPSHOT_LENGTH = MAX_JOB_NAME_PREFIX_LENGTH - 'database-restore-'.length;

/** A release as it appears in a Job name: `18.0.0.12` becomes `18-0-0-12`. */
export function releaseSlug(release: string): string {
  return release
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The start of a database job's name: what it does and what it does it for (release or snapshot).
 * The Job's name adds a hash of its rendered spec (`jobNameWithHash`).
 */
export function databaseJobName(purpose: DatabaseJobPurpose, key: string): string {
  return `database-${purpose}-${purpose === 'restore' ? key : releaseSlug(key)}`;
}

/** Checks the database jobs; called from the delivery settings' validation. */
export function databaseJobsProblems(settings: DatabaseJobsEnvironment, problems: ProblemCollector): void {
  const jobs = settings.databaseJobs ?? {};
  const release = settings.release ?? imageVersion(settings.images.application);
  for (const purpose of ['backup', 'restore', 'upgrade'] as const) {
    const job = jobs[purpose];
    if (job === undefined) continue;
    const field = `databaseJobs.${purpose}`;
    const report = problems.reporter();
    const fail = (sub: string, message: string): void => report(`${field}${sub}`, message);
    for (const message of imageProblemsForTier(job.image, settings.tier)) fail('.image', message);
    if (job.command !== undefined && (job.command.length === 0 || job.command.some((part) => part === ''))) {
      fail('.command', 'must be a non-empty list of non-empty strings');
    }
    if (purpose === 'upgrade' && job.command === undefined) fail('.command', 'the upgrade needs the command that runs the schema upgrade');
    if (job.timeoutSeconds !== undefined && !(Number.isInteger(job.timeoutSeconds) && job.timeoutSeconds > 0)) {
      fail('.timeoutSeconds', `must be a whole number of seconds above 0, got ${job.timeoutSeconds}`);
    }
    if (purpose === 'restore') {
      const snapshot = (job as RestoreJobSpec).snapshot ?? '';
      if (settings.tier === 'prod') {
        fail('', 'prod is never restored by a sync; restore prod by hand, with the runbook');
      }
      if (!isDnsLabel(snapshot) || snapshot.length > MAX_SNAPSHOT_LENGTH) {
        fail(
          '.snapshot',
          `"${snapshot}" is not a DNS label of at most ${MAX_SNAPSHOT_LENGTH} characters (it names the Job database-restore-<snapshot>-<hash>)`,
        );
      }
    } else if (releaseSlug(release) === '' || databaseJobName(purpose, release).length > MAX_JOB_NAME_PREFIX_LENGTH) {
      fail(
        '',
        `release "${release}" does not fit the Job name ${databaseJobName(purpose, release)}-<hash> (at most ${MAX_JOB_NAME_LENGTH} characters)`,
      );
    }
  }
  if (!['backup', 'restore', 'upgrade'].some((purpose) => jobs[purpose as DatabaseJobPurpose] !== undefined)) return;
  const stop = jobs.stopServers;
  const report = problems.reporter();
  if (stop?.image !== undefined)
    for (const message of imageProblemsForTier(stop.image, settings.tier)) report('databaseJobs.stopServers.image', message);
  if (stop?.timeoutSeconds !== undefined && !(Number.isInteger(stop.timeoutSeconds) && stop.timeoutSeconds > 0)) {
    report('databaseJobs.stopServers.timeoutSeconds', `must be a whole number of seconds above 0, got ${stop.timeoutSeconds}`);
  }
  const stopName = `stop-servers-${releaseSlug(release)}`;
  if (releaseSlug(release) === '' || stopName.length > MAX_JOB_NAME_PREFIX_LENGTH) {
    report(
      'databaseJobs.stopServers',
      `release "${release}" does not fit the Job name ${stopName}-<hash> (at most ${MAX_JOB_NAME_LENGTH} characters)`,
    );
  }
  if (settings.network?.apiServer === undefined) {
    report(
      'network.apiServer',
      'the database jobs first stop the servers through the API server: give the control plane addresses { cidrs: [...], port }',
    );
  }
}
