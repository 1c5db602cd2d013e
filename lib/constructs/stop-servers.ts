/**
 * The first step of a release upgrade: stop every server of the running
 * release before the database is backed up, restored or upgraded.
 *
 * A Job in its own sync wave (2), after the configuration (wave 1: its
 * ServiceAccount, Role, RoleBinding and the egress policy to the API server)
 * and before the database jobs (3–5) and the servers (10 and up). It deletes
 * the servers' Deployments, StatefulSets and (canary servers) Rollouts, the last start wave first
 * (presentation servers and calculators before the engines, the Dataserver,
 * the Authserver, the Eventserver last), and after each wave waits until no
 * pod of those servers is left, so nothing writes to the database when the
 * backup starts. ArgoCD then creates each workload again, in its own wave, in
 * start order.
 *
 * Why delete and not scale to zero: ArgoCD re-applies a server's replica
 * count from the manifest, but the autoscaled servers have no replica count
 * in theirs, and their Applications ignore `/spec/replicas` with
 * `RespectIgnoreDifferences=true`, so a workload scaled to zero would stay at
 * zero, and a HorizontalPodAutoscaler never scales a target at zero replicas
 * up again ("scaling is disabled since the replica count of the target is
 * zero", kubernetes pkg/controller/podautoscaler/horizontal.go). A deleted
 * workload is created again from the manifest (one pod,
 * then the autoscaler takes over). A StatefulSet's claims survive the delete
 * (`persistentVolumeClaimRetentionPolicy: Retain`).
 *
 * On a new environment there is nothing to delete: `--ignore-not-found` makes
 * that a success. The Job is named after the release plus a hash of its spec
 * and of the database Jobs it precedes, so it runs again exactly when one of
 * them is new.
 *
 * Its Role allows exactly: `delete` on these named Deployments,
 * StatefulSets and Rollouts, and `list` on pods (to see that they are gone). Nothing else.
 */
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-27';
import type { CalypsoEnvironment } from './calypso-environment';
import { imageName } from '../model/image';
import type { ResolvedStopServers, StopStage } from '../model/resolved-database-jobs';
import { SYNC_WAVE_ANNOTATION } from '../model/sync-wave-plan';
import { restrictedContainerSecurityContext } from './pod-security';
import { jobNameWithHash } from './job-name-hash';
import { STOP_SERVERS_COMPONENT, STOP_SERVERS_SERVICE_ACCOUNT } from '../model/database-jobs-spec';

const COMPONENT_LABEL = 'app.kubernetes.io/component';
/** The user the kubectl image runs as (any non-root user works; it writes only its cache, under /tmp). */
const STOP_SERVERS_UID = 65532;
/** Seconds between two looks at the pods that are still there. */
const POLL_SECONDS = 5;

/** Props of CalypsoStopServers. */
export interface CalypsoStopServersProps {
  readonly environment: CalypsoEnvironment;
  readonly stop: ResolvedStopServers;
  /** Names of the Jobs that run after it (its name changes with them, so it runs again when one of them is new). */
  readonly before: readonly string[];
}

/** API group and resource of each kind of server workload, for the Role and for kubectl. */
const WORKLOAD_RESOURCES = {
  Deployment: { group: 'apps', resource: 'deployments' },
  StatefulSet: { group: 'apps', resource: 'statefulsets' },
  // A canary server's workload: deleting the Rollout deletes its ReplicaSets and pods, as for a Deployment.
  Rollout: { group: 'argoproj.io', resource: 'rollouts' },
} as const;

/** The label selector of the pods of one stop stage. */
export function stagePodSelector(environment: string, stage: StopStage): string {
  return `app.kubernetes.io/instance=${environment},${COMPONENT_LABEL} in (${stage.workloads.map((w) => w.server).join(',')})`;
}

/** `deployment`, `statefulset`, or `rollouts.argoproj.io`: how kubectl names the kind. */
function qualifiedResource(kind: keyof typeof WORKLOAD_RESOURCES): string {
  const { group, resource } = WORKLOAD_RESOURCES[kind];
  return group === 'apps' ? kind.toLowerCase() : `${resource}.${group}`;
}

type WorkloadKind = keyof typeof WORKLOAD_RESOURCES;

/**
 * What the stop step deletes for one server: its workload, and for a canary server also the
 * Deployment the Rollout replaced. On the first sync after a server became a canary the old
 * Deployment still runs its pods; deleting only the (not yet created) Rollout, the wait for the
 * stage's pods would never end. `--ignore-not-found` makes it a no-op afterwards.
 */
function deleteTargets(workload: { readonly kind: WorkloadKind; readonly name: string }): { kind: WorkloadKind; name: string }[] {
  const own = { kind: workload.kind, name: workload.name };
  return workload.kind === 'Rollout' ? [own, { kind: 'Deployment', name: workload.name }] : [own];
}

/** The bash script the Job runs: one delete and one wait per stage, in order. */
export function stopServersScript(namespace: string, environment: string, stop: ResolvedStopServers): string {
  const lines = ['set -euo pipefail', `namespace=${namespace}`];
  for (const stage of stop.stages) {
    // A Rollout by its group and resource: kubectl then needs no short name of the CRD.
    const targets = stage.workloads
      .flatMap(deleteTargets)
      .map((w) => `${qualifiedResource(w.kind)}/${w.name}`)
      .join(' ');
    const selector = stagePodSelector(environment, stage);
    lines.push(
      `echo "stopping wave ${stage.wave}: ${targets}"`,
      `kubectl delete --namespace "$namespace" --ignore-not-found --wait=false ${targets}`,
      `until [ -z "$(kubectl get pods --namespace "$namespace" --selector '${selector}' --output name)" ]; do sleep ${POLL_SECONDS}; done`,
    );
  }
  lines.push('echo "every server is stopped"');
  return `${lines.join('\n')}\n`;
}

/** The stop step: ServiceAccount, Role, RoleBinding and Job. */
export class CalypsoStopServers extends Construct {
  public readonly serviceAccount: k8s.KubeServiceAccount;
  public readonly role: k8s.KubeRole;
  public readonly roleBinding: k8s.KubeRoleBinding;
  public readonly job: k8s.KubeJob;

  public constructor(scope: Construct, id: string, props: CalypsoStopServersProps) {
    super(scope, id);
    const { environment: env, stop } = props;
    const labels = env.labels(STOP_SERVERS_COMPONENT, STOP_SERVERS_COMPONENT);
    this.serviceAccount = new k8s.KubeServiceAccount(this, 'ServiceAccount', {
      metadata: { name: STOP_SERVERS_SERVICE_ACCOUNT, labels },
      automountServiceAccountToken: false,
    });
    const workloads = stop.stages.flatMap((stage) => stage.workloads).flatMap(deleteTargets);
    const named = (kind: string): string[] => workloads.filter((w) => w.kind === kind).map((w) => w.name);
    const rules: k8s.PolicyRule[] = [
      ...(Object.keys(WORKLOAD_RESOURCES) as (keyof typeof WORKLOAD_RESOURCES)[])
        .filter((kind) => named(kind).length > 0)
        .map((kind) => ({
          apiGroups: [WORKLOAD_RESOURCES[kind].group],
          resources: [WORKLOAD_RESOURCES[kind].resource],
          resourceNames: named(kind),
          verbs: ['delete'],
        })),
      { apiGroups: [''], resources: ['pods'], verbs: ['list'] },
    ];
    this.role = new k8s.KubeRole(this, 'Role', { metadata: { name: STOP_SERVERS_SERVICE_ACCOUNT, labels }, rules });
    this.roleBinding = new k8s.KubeRoleBinding(this, 'RoleBinding', {
      metadata: { name: STOP_SERVERS_SERVICE_ACCOUNT, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: STOP_SERVERS_SERVICE_ACCOUNT },
      subjects: [{ kind: 'ServiceAccount', name: STOP_SERVERS_SERVICE_ACCOUNT, namespace: env.namespace }],
    });
    const spec: k8s.JobSpec = {
      backoffLimit: 0,
      activeDeadlineSeconds: stop.activeDeadlineSeconds,
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: STOP_SERVERS_SERVICE_ACCOUNT,
          // The one pod here that talks to the API server: its token is mounted, the account's default stays off.
          automountServiceAccountToken: true,
          enableServiceLinks: false,
          restartPolicy: 'Never',
          securityContext: {
            runAsNonRoot: true,
            runAsUser: STOP_SERVERS_UID,
            runAsGroup: STOP_SERVERS_UID,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          containers: [
            {
              name: STOP_SERVERS_COMPONENT,
              image: imageName(stop.image),
              imagePullPolicy: 'IfNotPresent',
              command: ['/bin/bash', '-c', stopServersScript(env.namespace, env.name, stop)],
              // kubectl keeps its discovery cache under $HOME; the root filesystem is read-only.
              env: [{ name: 'HOME', value: '/tmp' }],
              resources: {
                requests: { cpu: k8s.Quantity.fromString('100m'), memory: k8s.Quantity.fromString('128Mi') },
                limits: { cpu: k8s.Quantity.fromString('100m'), memory: k8s.Quantity.fromString('128Mi') },
              },
              securityContext: restrictedContainerSecurityContext(),
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('64Mi') } }],
        },
      },
    };
    this.job = new k8s.KubeJob(this, 'Job', {
      metadata: {
        name: jobNameWithHash(stop.name, { labels, spec, before: props.before }),
        labels,
        annotations: { [SYNC_WAVE_ANNOTATION]: String(stop.syncWave) },
      },
      spec,
    });
  }
}
