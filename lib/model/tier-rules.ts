/**
 * A tier binds what an environment may touch: its cluster, secret store and
 * database network each say which tiers they serve, and an environment may
 * use only those that serve its own tier. Whatever serves prod serves prod
 * only, so no dev or UAT environment can ever reach prod's cluster, secrets
 * or database. An environment named after a tier has that tier.
 */
import type { EnvironmentSettings } from './environment-schema';
import { environmentCluster } from './gitops-spec';
import { localTierProblems } from './local-tier';
import type { Tier } from './tier';
import { TIERS } from './tier';
import type { ProblemCollector } from './errors';

/** Something an environment uses that serves some tiers only. */
interface TierBound {
  /** The spec field that names it, e.g. `gitops.cluster`. */
  readonly field: string;
  /** What it is, for the message, e.g. `cluster calypso-prod`. */
  readonly what: string;
  readonly tiers: readonly Tier[] | undefined;
}

function listTiers(tiers: readonly string[]): string {
  return tiers.length === 0 ? 'no tier' : tiers.join(', ');
}

/** The cluster, secret store and database network of an environment, with the tiers each serves. */
function tierBound(settings: EnvironmentSettings): TierBound[] {
  const bound: TierBound[] = [];
  const cluster = environmentCluster(settings);
  const clusterField = settings.gitops === undefined ? 'cluster' : 'gitops.cluster';
  if (cluster !== undefined) bound.push({ field: clusterField, what: `cluster ${cluster.name}`, tiers: cluster.tiers });
  const store = settings.secretStore;
  if (store !== undefined) bound.push({ field: 'secretStore', what: `secret store ${store.name}`, tiers: store.tiers });
  const network = settings.database?.network;
  if (network !== undefined) {
    bound.push({ field: 'database.network', what: `the database network (${(network.cidrs ?? []).join(', ')})`, tiers: network.tiers });
  }
  return bound;
}

/**
 * Checks that the environment's cluster, secret store and database network
 * serve its tier, that none serves prod besides another tier, that an
 * environment named after a tier has that tier, and the local tier's rules.
 */
export function tierProblems(settings: EnvironmentSettings, problems: ProblemCollector): void {
  const tier = settings.tier;
  if ((TIERS as readonly string[]).includes(settings.name) && settings.name !== tier) {
    problems.environmentProblem(
      'tier',
      `an environment named ${settings.name} has tier ${settings.name}, got ${tier}; rename the environment or fix its tier`,
    );
  }
  if (!(TIERS as readonly string[]).includes(tier)) return; // an unknown tier is reported on its own
  localTierProblems(settings, problems);
  for (const { field, what, tiers } of tierBound(settings)) {
    if (!Array.isArray(tiers)) continue; // a missing list is the schema's problem
    if (tiers.includes('prod') && tiers.length > 1) {
      problems.environmentProblem(
        field,
        `${what} serves ${listTiers(tiers)}; whatever serves prod serves prod only, so no other tier can reach prod through it`,
      );
    } else if (!tiers.includes(tier)) {
      problems.environmentProblem(field, `${what} serves ${listTiers(tiers)}, not this environment's tier ${tier}`);
    }
  }
}
