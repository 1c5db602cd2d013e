/**
 * People's access to one environment: namespaced Roles and RoleBindings
 * only (no ClusterRole, no cluster-admin, no wildcards).
 *
 * - `calypso-read-only`: get/list/watch on pods, pod logs, events,
 *   workloads, Services, ConfigMaps and the environment's other objects.
 *   Never Secrets, exec, attach, port-forward or proxy. ConfigMaps are safe
 *   to read: they hold the rendered properties, which are committed to the
 *   repository anyway; credentials live only in Secrets.
 * - `calypso-debug` (dev only): create on pods/exec and pods/portforward,
 *   for groups that also get read-only access.
 */
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import type { AccessSpec } from '../model/access-spec';
import { DEBUG_ACCESS_TIERS } from '../model/access-spec';
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
  { apiGroups: ['apps'], resources: ['deployments', 'statefulsets', 'replicasets'], verbs: READ },
  { apiGroups: ['batch'], resources: ['jobs', 'cronjobs'], verbs: READ },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: READ },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: READ },
  { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies', 'ingresses'], verbs: READ },
  // Which remote keys feed which Secret, and whether the last sync worked; never the values.
  { apiGroups: ['external-secrets.io'], resources: ['externalsecrets'], verbs: READ },
];

/** What debug groups may do on top of read-only access. */
export const DEBUG_RULES: readonly k8s.PolicyRule[] = [
  { apiGroups: [''], resources: ['pods/exec', 'pods/portforward'], verbs: ['create'] },
];

/** Names of the Roles (and of their RoleBindings). */
export const ACCESS_ROLE_NAMES = { readOnly: 'calypso-read-only', debug: 'calypso-debug' } as const;

/** Props of CalypsoAccessControl. */
export interface CalypsoAccessControlProps {
  readonly environment: CalypsoEnvironment;
  /** Who gets what. */
  readonly access?: AccessSpec;
}

/** The access Roles and RoleBindings of one environment; nothing is rendered for a role nobody holds. */
export class CalypsoAccessControl extends Construct {
  public readonly readOnlyRole?: k8s.KubeRole;
  public readonly debugRole?: k8s.KubeRole;

  public constructor(scope: Construct, id: string, props: CalypsoAccessControlProps) {
    super(scope, id);
    const env = props.environment;
    const debugGroups = unique(props.access?.debugGroups ?? []);
    if (debugGroups.length > 0 && !DEBUG_ACCESS_TIERS.includes(env.tier)) {
      throw new SpecError([
        {
          environment: env.name,
          field: 'access.debugGroups',
          message: `exec and port-forward are not allowed in a ${env.tier} environment`,
        },
      ]);
    }
    // Debug groups read like everyone else; their own Role adds only exec and port-forward.
    const readers = unique([...(props.access?.readOnlyGroups ?? []), ...debugGroups]);
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
    if (debugGroups.length > 0) this.debugRole = grant('Debug', ACCESS_ROLE_NAMES.debug, DEBUG_RULES, debugGroups);
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
