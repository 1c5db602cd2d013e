/**
 * People's access to one environment: namespaced Roles and RoleBindings
 * only (no ClusterRole, no cluster-admin, no wildcards).
 *
 * - `calypso-read-only`: get/list/watch on what the runbooks look at
 *   (docs/runbooks/): pods, pod logs, events, workloads, Jobs, HPAs, PDBs,
 *   Services, ConfigMaps, ExternalSecrets, ServiceMonitors and the
 *   environment's other objects. Never Secrets, exec, attach, port-forward
 *   or proxy, and no verb that changes state. ConfigMaps are safe to read:
 *   they hold the rendered properties, which are committed to the
 *   repository anyway; credentials live only in Secrets.
 * - `calypso-break-glass` (any tier): exec, attach and port-forward, and
 *   the runbooks' remedies (restart a server, delete a stuck pod or a failed
 *   Job, force an ExternalSecret to sync). Its group is meant to be held
 *   only through a short-lived client certificate (`npm run access`).
 * - `calypso-debug` (dev only): create on pods/exec and pods/portforward,
 *   for groups that also get read-only access, all the time.
 * - `calypso-telepresence` (dev only): what a Telepresence 2 client needs in
 *   the namespace to intercept the named servers, for the debug groups.
 */
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import type { AccessSpec } from '../model/access-spec';
import { DEBUG_ACCESS_TIERS } from '../model/access-spec';
import { TELEPRESENCE_TIERS } from '../model/debug-spec';
import type { CalypsoEnvironment } from './calypso-environment';
import { SpecError } from '../model/errors';

const READ = ['get', 'list', 'watch'];

/** What read-only groups may see. */
export const READ_ONLY_RULES: readonly k8s.PolicyRule[] = [
  {
    apiGroups: [''],
    resources: ['pods', 'events', 'services', 'endpoints', 'configmaps', 'serviceaccounts', 'persistentvolumeclaims'],
    verbs: READ,
  },
  { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
  { apiGroups: ['events.k8s.io'], resources: ['events'], verbs: READ },
  { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: READ },
  // controllerrevisions: `kubectl rollout history` of the Eventserver's StatefulSet.
  { apiGroups: ['apps'], resources: ['deployments', 'statefulsets', 'replicasets', 'controllerrevisions'], verbs: READ },
  { apiGroups: ['batch'], resources: ['jobs', 'cronjobs'], verbs: READ },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: READ },
  { apiGroups: ['autoscaling.k8s.io'], resources: ['verticalpodautoscalers'], verbs: READ },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: READ },
  { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies', 'ingresses'], verbs: READ },
  { apiGroups: ['gateway.networking.k8s.io'], resources: ['gateways', 'httproutes'], verbs: READ },
  // Which remote keys feed which Secret, and whether the last sync worked; never the values.
  { apiGroups: ['external-secrets.io'], resources: ['externalsecrets'], verbs: READ },
  // A canary server's Rollout, its analysis and the runs the controller makes (`kubectl argo rollouts get rollout …`).
  { apiGroups: ['argoproj.io'], resources: ['rollouts', 'analysistemplates', 'analysisruns'], verbs: READ },
  { apiGroups: ['monitoring.coreos.com'], resources: ['servicemonitors', 'prometheusrules', 'alertmanagerconfigs'], verbs: READ },
  // Who holds what here; a Role grants nothing by being read.
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: READ },
];

/** What debug groups may do on top of read-only access. */
export const DEBUG_RULES: readonly k8s.PolicyRule[] = [
  { apiGroups: [''], resources: ['pods/exec', 'pods/portforward'], verbs: ['create'] },
];

/**
 * What break-glass groups may do on top of read-only access: get into a
 * pod, and the remedies the runbooks prescribe. `patch` on the workloads is
 * there for `kubectl rollout restart` (and scale), but RBAC cannot limit a
 * patch to those fields: a holder can change any part of a workload's spec
 * (image, command, env), and in prod, which never syncs by itself, that
 * stays until the next sync from dist/ (ArgoCD shows the Application out of
 * sync meanwhile). Nothing here creates a workload. Hence the one-hour
 * certificate and an approver other than the requester.
 */
export const BREAK_GLASS_RULES: readonly k8s.PolicyRule[] = [
  { apiGroups: [''], resources: ['pods/exec', 'pods/attach', 'pods/portforward'], verbs: ['create'] },
  { apiGroups: [''], resources: ['pods'], verbs: ['delete'] },
  { apiGroups: ['apps'], resources: ['deployments', 'statefulsets'], verbs: ['patch'] },
  // `kubectl argo rollouts abort|promote|restart`: a canary stopped or let on, within the Rollout's own steps.
  { apiGroups: ['argoproj.io'], resources: ['rollouts'], verbs: ['patch'] },
  { apiGroups: ['batch'], resources: ['jobs'], verbs: ['delete'] },
  // `kubectl annotate externalsecret <name> force-sync=…`: a new attempt, not new data.
  { apiGroups: ['external-secrets.io'], resources: ['externalsecrets'], verbs: ['patch'] },
];

/**
 * What a Telepresence 2 client needs in the namespace it intercepts in
 * (Telepresence's own RBAC reference, "Working in a namespace"): the
 * attachment grant the traffic-manager reviews (create: intercept, get:
 * ingest), here only for the named workloads; port-forwards to the traffic
 * agents; log gathering; and the legacy clients' pod discovery. The
 * `telepresence.io` resources exist only in the traffic-manager's reviews,
 * never in the API server, so they grant nothing else.
 */
export function telepresenceRules(workloads: readonly string[]): k8s.PolicyRule[] {
  return [
    { apiGroups: ['telepresence.io'], resources: ['attachments'], resourceNames: [...workloads], verbs: ['create', 'get'] },
    { apiGroups: ['telepresence.io'], resources: ['logs', 'logs/yaml'], verbs: ['get'] },
    { apiGroups: [''], resources: ['pods/portforward'], verbs: ['create'] },
    { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] },
    { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
  ];
}

/** Names of the Roles (and of their RoleBindings). */
export const ACCESS_ROLE_NAMES = {
  readOnly: 'calypso-read-only',
  breakGlass: 'calypso-break-glass',
  debug: 'calypso-debug',
  telepresence: 'calypso-telepresence',
} as const;

/** Props of CalypsoAccessControl. */
export interface CalypsoAccessControlProps {
  readonly environment: CalypsoEnvironment;
  /** Who gets what. */
  readonly access?: AccessSpec;
  /**
   * Workloads the debug groups may intercept with Telepresence (dev only).
   * @default [] (no Telepresence Role)
   */
  readonly telepresence?: readonly string[];
}

/** The access Roles and RoleBindings of one environment; nothing is rendered for a role nobody holds. */
export class CalypsoAccessControl extends Construct {
  public readonly readOnlyRole?: k8s.KubeRole;
  public readonly breakGlassRole?: k8s.KubeRole;
  public readonly debugRole?: k8s.KubeRole;
  public readonly telepresenceRole?: k8s.KubeRole;

  public constructor(scope: Construct, id: string, props: CalypsoAccessControlProps) {
    super(scope, id);
    const env = props.environment;
    const debugGroups = unique(props.access?.debugGroups ?? []);
    const breakGlassGroups = unique(props.access?.breakGlassGroups ?? []);
    const telepresence = unique(props.telepresence ?? []);
    const refuse = (field: string, message: string): never => {
      throw new SpecError([{ environment: env.name, field, message }]);
    };
    if (debugGroups.length > 0 && !DEBUG_ACCESS_TIERS.includes(env.tier)) {
      refuse('access.debugGroups', `exec and port-forward are not allowed in a ${env.tier} environment`);
    }
    if (telepresence.length > 0 && !TELEPRESENCE_TIERS.includes(env.tier)) {
      refuse('debug.telepresence', `Telepresence intercepts are not allowed in a ${env.tier} environment`);
    }
    if (telepresence.length > 0 && debugGroups.length === 0) {
      refuse('debug.telepresence', 'needs access.debugGroups: the Telepresence Role is bound to them');
    }
    // Debug and break-glass groups read like everyone else; their own Roles add only what they do on top.
    const readers = unique([...(props.access?.readOnlyGroups ?? []), ...debugGroups, ...breakGlassGroups]);
    const grant = (id: string, name: string, rules: readonly k8s.PolicyRule[], groups: string[]): k8s.KubeRole => {
      const role = new k8s.KubeRole(this, id, {
        metadata: { name, labels: env.labels('role', 'access') },
        rules: rules.map((rule) => ({ ...rule })),
      });
      new k8s.KubeRoleBinding(this, `${id}Binding`, {
        metadata: { name, labels: env.labels('role-binding', 'access') },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
        subjects: groups.map((group) => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: group })),
      });
      return role;
    };
    if (readers.length > 0) this.readOnlyRole = grant('ReadOnly', ACCESS_ROLE_NAMES.readOnly, READ_ONLY_RULES, readers);
    if (breakGlassGroups.length > 0) {
      this.breakGlassRole = grant('BreakGlass', ACCESS_ROLE_NAMES.breakGlass, BREAK_GLASS_RULES, breakGlassGroups);
    }
    if (debugGroups.length > 0) this.debugRole = grant('Debug', ACCESS_ROLE_NAMES.debug, DEBUG_RULES, debugGroups);
    if (telepresence.length > 0) {
      this.telepresenceRole = grant('Telepresence', ACCESS_ROLE_NAMES.telepresence, telepresenceRules(telepresence), debugGroups);
    }
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
