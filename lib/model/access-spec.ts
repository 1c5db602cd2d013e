/**
 * Who may look at an environment, as plain data: groups of people (from the
 * cluster's identity provider, or the `O=` of a short-lived client
 * certificate from `npm run access`) with read-only access; break-glass
 * groups that may also exec into pods and port-forward to them, through a
 * certificate of at most an hour or so in prod; and in dev only, debug
 * groups that hold exec and port-forward all the time.
 */
import { z } from 'zod';
import type { ProblemCollector, Report } from './errors';
import type { SpecOf } from './schema';
import type { Tier } from './tier';

/** People's access to the environment's namespace. */
export const AccessSpecSchema = z.strictObject({
  /**
   * Groups that may view pods, logs, events, workloads, Services and
   * ConfigMaps: no Secrets, no exec, no port-forward.
   * @default [] (nobody but cluster administrators)
   */
  readOnlyGroups: z.array(z.string()).optional(),
  /**
   * Groups that get read-only access plus `kubectl exec` and `kubectl
   * port-forward` (e.g. to attach a debugger). Dev tier only.
   * @default []
   */
  debugGroups: z.array(z.string()).optional(),
  /**
   * Groups that get read-only access plus `kubectl exec`, `attach`,
   * `port-forward` and the runbooks' remedies (restart a server, delete a
   * stuck pod or a failed Job, force an ExternalSecret to sync). Any tier:
   * unlike `debugGroups`, nobody is meant to hold this group for long. A
   * person joins it only through a client certificate that
   * `npm run access -- request <env> <user> --break-glass` asks for, whose
   * lifetime the tier caps (1 h in prod), and that someone else approves.
   * @default [] (no break-glass access)
   */
  breakGlassGroups: z.array(z.string()).optional(),
});
export type AccessSpec = SpecOf<typeof AccessSpecSchema>;

/** Tiers where people may exec into pods and port-forward. */
export const DEBUG_ACCESS_TIERS: readonly string[] = ['dev'];

function groupProblems(field: string, groups: readonly string[] | undefined, fail: Report): void {
  (groups ?? []).forEach((group, index) => {
    if (typeof group !== 'string' || group.trim() === '') {
      fail(`${field}[${index}]`, 'group name is empty; name a group of the identity provider, e.g. calypso-dev-developers');
    } else if (group.trim() !== group) {
      fail(`${field}[${index}]`, `group name "${group}" has leading or trailing spaces`);
    }
  });
}

/** Checks the access settings: non-empty group names, and exec/port-forward only in dev. */
export function accessProblems(spec: { readonly tier: Tier; readonly access?: AccessSpec }, problems: ProblemCollector): void {
  const fail = problems.reporter();
  groupProblems('access.readOnlyGroups', spec.access?.readOnlyGroups, fail);
  groupProblems('access.debugGroups', spec.access?.debugGroups, fail);
  groupProblems('access.breakGlassGroups', spec.access?.breakGlassGroups, fail);
  const readers = new Set([...(spec.access?.readOnlyGroups ?? []), ...(spec.access?.debugGroups ?? [])]);
  const both = (spec.access?.breakGlassGroups ?? []).filter((group) => readers.has(group));
  if (both.length > 0) {
    // A break-glass group is held for an hour through a certificate; one that also reads every day would be held all the time.
    fail('access.breakGlassGroups', `a break-glass group may not also be a read-only or debug group (${both.join(', ')})`);
  }
  const debugGroups = spec.access?.debugGroups ?? [];
  if (debugGroups.length > 0 && !DEBUG_ACCESS_TIERS.includes(spec.tier)) {
    fail(
      'access.debugGroups',
      `exec and port-forward are for ${DEBUG_ACCESS_TIERS.join(', ')} only; a ${spec.tier} environment may not grant them (groups: ${debugGroups.join(', ')})`,
    );
  }
}
