/**
 * The release upgrade ArgoCD runs before the servers start: stop every server
 * of the running release (constructs/stop-servers.ts), then a backup, a
 * restore from a snapshot (a self-serve environment or a UAT refresh starts
 * from one), and the schema upgrade of a new Calypso release; then ArgoCD
 * creates the servers again, in start order.
 *
 * Each is a plain Job in a sync wave of its own (stop 2, backup 3, restore 4,
 * upgrade 5), after the configuration wave (Namespace, ServiceAccounts, the
 * database Secret from its ExternalSecret) and before the first server (10).
 * ArgoCD applies a wave, waits until it is healthy, then applies the next; a
 * Job is healthy when it completed and Degraded when it failed, and a
 * Degraded resource fails the sync, so no later wave (no server) starts
 * (gitops-engine pkg/health/health_job.go and pkg/sync/sync_context.go,
 * argoproj/argo-cd). The Job and its failed pod stay for inspection.
 *
 * Why not hooks. A PreSync hook runs before any of the environment's own
 * objects exist: on a new environment there is no Namespace, no Secret and no
 * RBAC to run it with (ArgoCD creates the destination namespace first only
 * with `CreateNamespace=true`, and here the Namespace is one of the
 * Application's own objects). A Sync hook runs in its wave like these Jobs,
 * but every hook delete policy loses one of the two properties needed:
 * `HookFailed` deletes a failed Job and its pod (the logs go with it) and a
 * retry runs a half-applied schema upgrade again; `BeforeHookCreation`, also
 * ArgoCD's default when a hook names no policy, deletes and re-runs a Job that
 * succeeded on every sync (stopping prod each time); `HookSucceeded` deletes a
 * succeeded Job, so the next sync runs it again (docs/user-guide/sync-waves.md
 * and gitops-engine pkg/sync/hook/delete_policy.go, argoproj/argo-cd).
 *
 * Once, not every sync: a Job's name is what it does, what for (the release
 * or the snapshot) and a hash of its rendered spec. A Job that completed
 * stays; a later sync of the same content applies it unchanged and finds it
 * healthy, so it does not run again. A changed Job is a new name (its pod
 * template is immutable, so an edit under the old name would fail the sync);
 * the old one is pruned.
 */
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-27';
import type { CalypsoEnvironment } from './calypso-environment';
import {
  DATABASE_JOBS_COMPONENT,
  DATABASE_JOBS_SERVICE_ACCOUNT,
  type DatabaseJobPurpose,
  type DatabaseJobsSpec,
} from '../model/database-jobs-spec';
import { imageName } from '../model/image';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from './pod-security';
import { formatCpu, formatMemory } from '../model/quantity';
import { resolveDatabaseJobs, resolveStopServers, type ResolvedDatabaseJob } from '../model/resolved-database-jobs';
import { SYNC_WAVE_ANNOTATION } from '../model/sync-wave-plan';
import { jobNameWithHash } from './job-name-hash';
import { CalypsoStopServers } from './stop-servers';

/** Props of CalypsoDatabaseJobs. */
export interface CalypsoDatabaseJobsProps {
  readonly environment: CalypsoEnvironment;
  /** The jobs to run. */
  readonly jobs: DatabaseJobsSpec;
}

/** The database jobs of an environment, with the ServiceAccount they run as, and the step that stops the servers before them. */
export class CalypsoDatabaseJobs extends Construct {
  /** The Jobs, by purpose. */
  public readonly jobs: Partial<Record<DatabaseJobPurpose, k8s.KubeJob>> = {};
  public readonly serviceAccount: k8s.KubeServiceAccount;
  /** The step that stops every server before the first database job; undefined when there is no job. */
  public readonly stopServers?: CalypsoStopServers;

  public constructor(scope: Construct, id: string, props: CalypsoDatabaseJobsProps) {
    super(scope, id);
    const env = props.environment;
    this.serviceAccount = new k8s.KubeServiceAccount(this, 'ServiceAccount', {
      metadata: { name: DATABASE_JOBS_SERVICE_ACCOUNT, labels: env.labels('database-jobs', DATABASE_JOBS_COMPONENT) },
      automountServiceAccountToken: false,
    });
    // A resolved environment's jobs are read as resolved; jobs given by hand are resolved by the same function.
    const fromResolved = env.resolved?.spec.databaseJobs === props.jobs;
    const jobs = fromResolved ? env.resolved!.databaseJobs : resolveDatabaseJobs(props.jobs, env.version);
    for (const job of jobs) this.jobs[job.purpose] = this.job(job, env);
    const stop = fromResolved ? env.resolved!.stopServers : resolveStopServers(props.jobs, env.version, env.resolved?.servers ?? []);
    if (stop !== undefined) {
      const before = Object.values(this.jobs).map((job) => job.name);
      this.stopServers = new CalypsoStopServers(this, 'StopServers', { environment: env, stop, before });
    }
  }

  private job(job: ResolvedDatabaseJob, env: CalypsoEnvironment): k8s.KubeJob {
    const { purpose, spec: jobSpec, key } = job;
    const contract = env.contract;
    // A Job named by the release carries it; the restore, named by its snapshot, does not: a Job's template is immutable, so a release bump must not touch it.
    const labels = (purpose === 'restore' ? env.labels : env.releaseLabels).call(env, `database-${purpose}`, DATABASE_JOBS_COMPONENT);
    const variables: Record<string, string> = {};
    if (contract.environmentName.variable) variables[contract.environmentName.variable] = env.name;
    variables[contract.databaseJobs.urlVariable] = String(env.properties[contract.properties.urlKey] ?? '');
    variables[contract.databaseJobs.driverVariable] = String(env.properties[contract.properties.driverKey] ?? '');
    if (purpose === 'restore') variables[contract.databaseJobs.snapshotVariable] = key;
    else variables[contract.databaseJobs.releaseVariable] = key;
    const cpu = k8s.Quantity.fromString(formatCpu(job.cpuMillis));
    const memory = k8s.Quantity.fromString(formatMemory(job.memoryBytes));
    const spec: k8s.JobSpec = {
      backoffLimit: job.backoffLimit,
      activeDeadlineSeconds: job.activeDeadlineSeconds,
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
              image: imageName(jobSpec.image),
              imagePullPolicy: 'IfNotPresent',
              ...(jobSpec.command ? { command: [...jobSpec.command] } : {}),
              ...(jobSpec.args ? { args: [...jobSpec.args] } : {}),
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
    };
    return new k8s.KubeJob(this, purpose, {
      metadata: {
        name: jobNameWithHash(job.name, { labels, spec }),
        labels,
        annotations: { [SYNC_WAVE_ANNOTATION]: String(job.syncWave) },
      },
      spec,
    });
  }
}
