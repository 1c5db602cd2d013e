/**
 * The resolved environment: one pass turns an environment spec into
 * immutable data with every default applied and every derived value
 * computed once: the settings (resolved-settings.ts), each server's plan
 * (server-plan.ts: names, labels, ports, heap, budgets, wait timeouts,
 * waves, properties, autoscaling, disruption budgets, priority, placement,
 * storage), start order, priority classes, the event exporter and the
 * database jobs. Constructs read it and never derive any of it again.
 * Plain data: no cdk8s here.
 *
 * Servers composed by hand (CalypsoEnvironment plus CalypsoServer) go
 * through the same functions: `resolveSettings`, `planServer` and
 * `serverGraphFacts`.
 */
import { verticalAutoscalingTargets } from './autoscaling-spec';
import { DependencyGraph } from './dependency-graph';
import { resolveEnvironmentSpec, type EnvironmentSpec } from './environment-spec';
import { frozenCopy } from './freeze';
import { horizontallyScaled } from './high-availability-spec';
import { spreadPolicyOf, type SpreadPolicy } from './placement-spec';
import type { PriorityTier } from './priority';
import { resolveDatabaseJobs, resolveStopServers, type ResolvedDatabaseJob, type ResolvedStopServers } from './resolved-database-jobs';
import { resolveEventExporter, type ResolvedEventExporter } from './resolved-event-exporter';
import { resolveSettings, type ResolvedSettings } from './resolved-settings';
import { afterServersWave, planServer, serverGraphFacts, type ServerPlan } from './server-plan';
import { serverSpecName, type ResolvedServer } from './server-spec';

/** A whole environment, resolved once. Frozen: nothing in it can change. */
export interface ResolvedEnvironment extends ResolvedSettings {
  /** The spec it was resolved from (a frozen copy). */
  readonly spec: EnvironmentSpec;
  /** The servers, in spec order. */
  readonly servers: readonly ServerPlan[];
  /** The same servers by name. */
  readonly serversByName: ReadonlyMap<string, ServerPlan>;
  /** Server name to the names it depends on, as declared (or implied by the presets). */
  readonly dependencies: ReadonlyMap<string, readonly string[]>;
  /** Server names, dependencies before dependents, ties broken by name. */
  readonly startOrder: readonly string[];
  /** The wave after the last server's: what watches or routes to running servers. */
  readonly afterServersWave: number;
  /** Priority tiers some server uses, each one PriorityClass, in the order servers first use them. */
  readonly priorityTiers: readonly PriorityTier[];
  /** Hard or soft spreading of multi-pod servers. */
  readonly spread: SpreadPolicy;
  /** The event exporter, when monitoring has one. */
  readonly eventExporter?: ResolvedEventExporter;
  /** The database jobs, in the order ArgoCD runs them. */
  readonly databaseJobs: readonly ResolvedDatabaseJob[];
  /** The step that stops the running release's servers before the database jobs, when there are any. */
  readonly stopServers?: ResolvedStopServers;
}

/** A dependency graph from a plain map (validated: no cycles, no dangling names). */
function graphOf(dependencies: ReadonlyMap<string, readonly string[]>): DependencyGraph {
  const graph = new DependencyGraph();
  for (const name of dependencies.keys()) graph.addNode(name);
  for (const [name, targets] of dependencies) for (const target of targets) if (graph.has(target)) graph.addDependency(name, target);
  return graph;
}

/** Startup budgets by server name. */
function budgetsOf(servers: readonly ResolvedServer[]): Map<string, number> {
  return new Map(servers.map((server) => [server.name, server.startupBudgetSeconds]));
}

/**
 * Validates a whole environment spec and resolves it, once. Throws one
 * SpecError listing every problem found. The result is frozen.
 */
export function resolveEnvironment(spec: EnvironmentSpec): ResolvedEnvironment {
  const { servers: resolvedServers, dependencies } = resolveEnvironmentSpec(spec);
  const settings = resolveSettings(spec);

  const graph = graphOf(dependencies);
  const budgets = budgetsOf(resolvedServers);
  const specsByName = new Map(spec.servers.map((server) => [serverSpecName(server), server]));
  const recommended = new Set(verticalAutoscalingTargets(spec.verticalAutoscaling, resolvedServers, horizontallyScaled(spec)));
  const debugged = new Set(spec.debug?.servers ?? []);
  const kinds = new Map(resolvedServers.map((server) => [server.name, server.kind]));
  const servers = resolvedServers.map((server) =>
    planServer(
      settings,
      server,
      serverGraphFacts(server, graph, budgets, settings.contract, (name) => kinds.get(name)),
      {
        spec: specsByName.get(server.name),
        verticalAutoscaler: recommended.has(server.name),
        debugPort: debugged.has(server.name) ? (spec.debug?.port ?? settings.contract.debugPort.port) : undefined,
      },
    ),
  );
  const priorityTiers = [...new Set(servers.flatMap((server) => (server.priorityTier === undefined ? [] : [server.priorityTier])))];
  const resolved: ResolvedEnvironment = {
    ...settings,
    spec,
    servers,
    serversByName: new Map(servers.map((server) => [server.name, server])),
    dependencies: new Map(dependencies),
    startOrder: graph.startOrder(),
    afterServersWave: afterServersWave(servers),
    priorityTiers,
    spread: spreadPolicyOf(spec.placement, spec.tier),
    eventExporter: spec.monitoring?.eventExporter && resolveEventExporter(spec.monitoring.eventExporter),
    databaseJobs: resolveDatabaseJobs(spec.databaseJobs, settings.version),
    stopServers: resolveStopServers(spec.databaseJobs, settings.version, servers),
  };
  // A copy, frozen: neither the caller's spec nor the library's defaults (presets, the image contract) are frozen with it.
  return frozenCopy(resolved) as ResolvedEnvironment;
}
