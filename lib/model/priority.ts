/**
 * Pod priority of Calypso servers: which servers get a PriorityClass, its
 * value per environment tier, its name, and the existing classes a spec may
 * name instead. Plain data; the PriorityClass construct
 * (constructs/placement.ts) renders it.
 */
import type { ProblemCollector } from './errors';
import { isDnsSubdomain } from './names';
import type { PlacementSettings } from './placement-spec';
import type { ResolvedServer } from './resolved-server';
import { CORE_KINDS } from './server-kinds';
import type { Tier } from './tier';

/**
 * Priority tiers of Calypso pods. `core`: the Eventserver, Authserver and
 * Dataserver every other server waits for. `singleton`: the other servers
 * that run exactly one pod (Engineservers, Dispatcher, Scheduler), which
 * have no replica to fall back on. Every other server keeps the cluster's
 * default priority.
 */
export const PRIORITY_TIERS = ['core', 'singleton'] as const;
export type PriorityTier = (typeof PRIORITY_TIERS)[number];

/**
 * Priority values per environment tier: prod outranks UAT outranks dev outranks
 * local, so environments that share a cluster never preempt a more important one.
 * All stay far below the system classes (2000000000 and up).
 */
export const PRIORITY_VALUES: Readonly<Record<Tier, Readonly<Record<PriorityTier, number>>>> = {
  prod: { core: 1_000_000, singleton: 900_000 },
  uat: { core: 100_000, singleton: 90_000 },
  dev: { core: 10_000, singleton: 9_000 },
  local: { core: 1_000, singleton: 900 },
};

/** Kubernetes keeps PriorityClass names with this prefix for its own classes (system-cluster-critical, system-node-critical). */
export const SYSTEM_PRIORITY_CLASS_PREFIX = 'system-';

/** A resolved server, or anything holding one (a CalypsoServer). */
export type PrioritizedServer = Pick<ResolvedServer, 'kind' | 'preset'> | { readonly resolved: Pick<ResolvedServer, 'kind' | 'preset'> };

/** The priority tier of a server, if it has one. */
export function priorityTierOf(server: PrioritizedServer): PriorityTier | undefined {
  const { kind, preset } = 'resolved' in server ? server.resolved : server;
  if (CORE_KINDS.includes(kind)) return 'core';
  return preset.singleton ? 'singleton' : undefined;
}

/**
 * Name of the PriorityClass an environment renders for a tier:
 * `<namespace>-<tier>`. PriorityClasses are cluster-scoped, so the name
 * comes from what is unique per cluster, the namespace (a DNS label of at
 * most 63 characters, so the name stays well within the 253 of a
 * PriorityClass name). Distinct namespaces give distinct names, whichever
 * config repository or team renders them.
 */
export function ownPriorityClassName(namespace: string, tier: PriorityTier): string {
  return `${namespace}-${tier}`;
}

/** The PriorityClass pods of one tier name, and whether the environment renders it or the cluster provides it. */
export interface PriorityClassChoice {
  readonly name: string;
  /** True when the spec names an existing class (`placement.priorityClasses`): nothing is rendered for the tier. */
  readonly existing: boolean;
}

/** The class of a tier: the existing one `placement.priorityClasses` names, or the environment's own. */
export function priorityClassChoice(namespace: string, placement: PlacementSettings | undefined, tier: PriorityTier): PriorityClassChoice {
  const existing = placement?.priorityClasses?.[tier];
  return existing === undefined ? { name: ownPriorityClassName(namespace, tier), existing: false } : { name: existing, existing: true };
}

/** An environment as resolved settings or a CalypsoEnvironment hold it: its namespace and its settings. */
export interface PriorityClassOwner {
  readonly namespace: string;
  readonly settings: { readonly placement?: PlacementSettings };
}

/** Name of the PriorityClass the pods of a tier name in this environment. */
export function priorityClassName(environment: PriorityClassOwner, tier: PriorityTier): string {
  return priorityClassChoice(environment.namespace, environment.settings.placement, tier).name;
}

/** Whether the environment renders a PriorityClass of its own for the tier (else its pods name an existing one). */
export function rendersPriorityClass(environment: PriorityClassOwner, tier: PriorityTier): boolean {
  return !priorityClassChoice(environment.namespace, environment.settings.placement, tier).existing;
}

/** Checks the existing classes of `placement.priorityClasses`, for an environment in `namespace`. */
export function priorityClassProblems(namespace: string, placement: PlacementSettings | undefined, problems: ProblemCollector): void {
  const fail = problems.reporter();
  for (const tier of PRIORITY_TIERS) {
    const name = placement?.priorityClasses?.[tier];
    if (name === undefined) continue;
    const field = `placement.priorityClasses.${tier}`;
    if (!isDnsSubdomain(name)) fail(field, `"${name}" is not a PriorityClass name (a DNS subdomain)`);
    else if (name.startsWith(SYSTEM_PRIORITY_CLASS_PREFIX)) {
      fail(
        field,
        `${name} is a Kubernetes system class, kept for the pods a node or the cluster cannot run without; Calypso pods would preempt them: name a class of the cluster's`,
      );
    } else if (PRIORITY_TIERS.some((own) => name === ownPriorityClassName(namespace, own))) {
      fail(
        field,
        `${name} is the name of this environment's own PriorityClass; an existing class is one the cluster provides, not one an environment renders (leave ${tier} out to render ${ownPriorityClassName(namespace, tier)})`,
      );
    }
  }
}
