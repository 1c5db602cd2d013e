/**
 * Pod priority of Calypso servers: which servers get a PriorityClass, its
 * value per environment tier, and its name. Plain data; the PriorityClass
 * construct (constructs/placement.ts) renders it.
 */
import type { Tier } from './environment-spec';
import { CORE_KINDS } from './server-kinds';
import type { ResolvedServer } from './server-spec';

/**
 * Priority tiers of Calypso pods. `core`: the Eventserver, Authserver and
 * Dataserver every other server waits for. `singleton`: the other servers
 * that run exactly one pod (Engineservers, Dispatcher, Scheduler), which
 * have no replica to fall back on. Every other server keeps the cluster's
 * default priority.
 */
export type PriorityTier = 'core' | 'singleton';

/**
 * Priority values per environment tier: prod outranks UAT outranks dev, so
 * environments that share a cluster never preempt a more important one.
 * All stay far below the system classes (2000000000 and up).
 */
export const PRIORITY_VALUES: Readonly<Record<Tier, Readonly<Record<PriorityTier, number>>>> = {
  prod: { core: 1_000_000, singleton: 900_000 },
  uat: { core: 100_000, singleton: 90_000 },
  dev: { core: 10_000, singleton: 9_000 },
};

/** A resolved server, or anything holding one (a CalypsoServer). */
export type PrioritizedServer = Pick<ResolvedServer, 'kind' | 'preset'> | { readonly resolved: Pick<ResolvedServer, 'kind' | 'preset'> };

/** The priority tier of a server, if it has one. */
export function priorityTierOf(server: PrioritizedServer): PriorityTier | undefined {
  const { kind, preset } = 'resolved' in server ? server.resolved : server;
  if (CORE_KINDS.includes(kind)) return 'core';
  return preset.singleton ? 'singleton' : undefined;
}

/** Name of an environment's PriorityClass (given by name, or an environment): cluster-scoped, so the environment is in it. */
export function priorityClassName(environment: string | { readonly name: string }, tier: PriorityTier): string {
  return `calypso-${typeof environment === 'string' ? environment : environment.name}-${tier}`;
}
