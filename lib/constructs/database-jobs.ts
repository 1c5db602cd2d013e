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
import {
  DATABASE_JOB_DELETE_POLICY,
  DATABASE_JOBS_COMPONENT,
  DATABASE_JOBS_SERVICE_ACCOUNT,
  type DatabaseJobPurpose,
  type DatabaseJobsSpec,
} from '../model/database-jobs-spec';
import { imageName } from '../model/image';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from './pod-security';
import { formatCpu, formatMemory } from '../model/quantity';
import { resolveDatabaseJobs, type ResolvedDatabaseJob } from '../model/resolved-database-jobs';
import { HOOK_ANNOTATION, HOOK_DELETE_POLICY_ANNOTATION, SYNC_WAVE_ANNOTATION } from '../model/sync-wave-plan';

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
    // A resolved environment's jobs are read as resolved; jobs given by hand are resolved by the same function.
    const jobs = env.resolved?.spec.databaseJobs === props.jobs ? env.resolved.databaseJobs : resolveDatabaseJobs(props.jobs, env.version);
    for (const job of jobs) this.jobs[job.purpose] = this.job(job, env);
  }

  private job(job: ResolvedDatabaseJob, env: CalypsoEnvironment): k8s.KubeJob {
    const { purpose, spec, key } = job;
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
    return new k8s.KubeJob(this, purpose, {
      metadata: {
        name: job.name,
        labels,
        annotations: {
          [HOOK_ANNOTATION]: 'Sync',
          [HOOK_DELETE_POLICY_ANNOTATION]: DATABASE_JOB_DELETE_POLICY,
          [SYNC_WAVE_ANNOTATION]: String(job.syncWave),
        },
      },
      spec: {
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
