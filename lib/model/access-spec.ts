/**
 * Who may look at an environment, as plain data: groups of people (from the
 * cluster's identity provider) with read-only access, and in dev only,
 * groups that may also exec into pods and port-forward to them.
 */
import type { EnvironmentSpec } from './environment-spec';
import type { ProblemCollector } from './errors';

/** People's access to the environment's namespace. */
export interface AccessSpec {
  /**
   * Groups that may view pods, logs, events, workloads, Services and
   * ConfigMaps: no Secrets, no exec, no port-forward.
   * @default [] (nobody but cluster administrators)
   */
  readonly readOnlyGroups?: readonly string[];
  /**
   * Groups that get read-only access plus `kubectl exec` and `kubectl
   * port-forward` (e.g. to attach a debugger). Dev tier only.
   * @default []
   */
  readonly debugGroups?: readonly string[];
}

/** Tiers where people may exec into pods and port-forward. */
export const DEBUG_ACCESS_TIERS: readonly string[] = ['dev'];

function groupProblems(field: string, groups: readonly string[] | undefined, fail: (field: string, message: string) => void): void {
  (groups ?? []).forEach((group, index) => {
    if (typeof group !== 'string' || group.trim() === '') {
      fail(`${field}[${index}]`, 'group name is empty; name a group of the identity provider, e.g. calypso-dev-developers');
    } else if (group.trim() !== group) {
      fail(`${field}[${index}]`, `group name "${group}" has leading or trailing spaces`);
    }
  });
}

/** Checks the access settings: non-empty group names, and exec/port-forward only in dev. */
export function accessProblems(spec: EnvironmentSpec, problems: ProblemCollector): void {
  const fail = (field: string, message: string): void => problems.environmentProblem(field, message);
  groupProblems('access.readOnlyGroups', spec.access?.readOnlyGroups, fail);
  groupProblems('access.debugGroups', spec.access?.debugGroups, fail);
  const debugGroups = spec.access?.debugGroups ?? [];
  if (debugGroups.length > 0 && !DEBUG_ACCESS_TIERS.includes(spec.tier)) {
    fail(
      'access.debugGroups',
      `exec and port-forward are for ${DEBUG_ACCESS_TIERS.join(', ')} only; a ${spec.tier} environment may not grant them (groups: ${debugGroups.join(', ')})`,
    );
  }
}
