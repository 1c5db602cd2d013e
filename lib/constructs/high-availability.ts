/**
 * Adds high availability, autoscaling, capacity, storage and ingress to a
 * whole environment, as its resolved environment plans them: per server an
 * HPA (scalable kinds), a recommendation-only VPA (chosen per environment),
 * a PodDisruptionBudget (more than one pod), node-pool placement, spreading
 * and priority, a claim for state on disk and the shared volume; per
 * environment the PriorityClasses, the shared volume and the Ingress.
 */
import type { Construct } from 'constructs';
import type { CalypsoEnvironment } from './calypso-environment';
import type { CalypsoServer } from './calypso-server';
import { CalypsoDisruptionBudget } from './disruption-budget';
import { CalypsoHorizontalAutoscaler } from './horizontal-autoscaler';
import { CalypsoExternalEntryPoints } from './external-entry-points';
import { CalypsoIngress } from './ingress';
import { CalypsoPriorityClass, schedulingFor } from './placement';
import { rendersPriorityClass } from '../model/priority';
import type { ResolvedEnvironment } from '../model/resolved-environment';
import type { ServerPlan } from '../model/server-plan';
import { addStateStorage, CalypsoSharedFiles } from './storage';
import { CalypsoVerticalAutoscaler } from './vertical-autoscaler';

/** Where the high-availability objects of an environment go, and the servers they are for (a CalypsoPlatform is one). */
export interface HighAvailabilityTarget {
  /** The resolved environment that plans them. */
  readonly resolved: ResolvedEnvironment;
  /** The environment, built from `resolved`. */
  readonly environment: CalypsoEnvironment;
  /** Where namespaced objects go. */
  readonly chart: Construct;
  /** Where cluster-scoped objects (PriorityClasses, StorageClass, PersistentVolume) go: a chart without a namespace. */
  readonly clusterChart: Construct;
  /** The servers by name. */
  readonly servers: ReadonlyMap<string, CalypsoServer>;
}

/** Builds every high-availability object of an environment; call once, after the servers. */
export function addHighAvailability(target: HighAvailabilityTarget): void {
  const { resolved, environment, servers } = target;
  for (const tier of resolved.priorityTiers) {
    // A tier whose spec names an existing class renders none; its pods name that class (plan.priorityClassName).
    if (rendersPriorityClass(resolved, tier)) new CalypsoPriorityClass(target.clusterChart, `PriorityClass-${tier}`, { environment, tier });
  }
  const sharedSpec = resolved.spec.storage?.sharedFiles;
  const sharedFiles = sharedSpec
    ? new CalypsoSharedFiles(target.chart, 'SharedFiles', { environment, spec: sharedSpec, clusterScope: target.clusterChart })
    : undefined;

  for (const plan of resolved.servers) {
    const server = servers.get(plan.name);
    if (server !== undefined) addServerHighAvailability(target, server, plan, sharedFiles);
  }

  if (resolved.spec.ingress) {
    new CalypsoIngress(target.chart, 'Ingress', { environment, spec: resolved.spec.ingress, servers, clusterScope: target.clusterChart });
  }
  new CalypsoExternalEntryPoints(target.chart, 'ExternalEntryPoints', { environment, servers });
}

/**
 * The high-availability objects of one server, as `plan` has them: autoscalers, budget, placement,
 * priority and state storage; the shared volume when given and the plan mounts it. A server added
 * after the platform was built (see CalypsoPlatform) gets them from here too, with its PriorityClass
 * when no server of the environment had its tier yet.
 */
export function addServerHighAvailability(
  target: HighAvailabilityTarget,
  server: CalypsoServer,
  plan: ServerPlan,
  sharedFiles?: CalypsoSharedFiles,
): void {
  const { resolved, environment } = target;
  if (server.workload === undefined) return;
  const tier = plan.priorityTier;
  if (tier !== undefined && !resolved.priorityTiers.includes(tier) && !target.clusterChart.node.tryFindChild(`PriorityClass-${tier}`)) {
    new CalypsoPriorityClass(target.clusterChart, `PriorityClass-${tier}`, { environment, tier });
  }
  if (plan.autoscaling) new CalypsoHorizontalAutoscaler(server, 'HorizontalAutoscaler', { server, ...plan.autoscaling });
  if (plan.disruptionBudget) new CalypsoDisruptionBudget(server, 'DisruptionBudget', { server });
  if (plan.verticalAutoscaler) new CalypsoVerticalAutoscaler(server, 'VerticalAutoscaler', { server });
  server.schedule(
    schedulingFor(server, {
      pool: plan.nodePool,
      zones: resolved.spec.placement?.zones,
      multiPod: plan.maxReplicas > 1,
      spread: plan.spread,
      priorityClassName: plan.priorityClassName,
    }),
  );
  // Without a StorageClass the state directory stays the emptyDir CalypsoServer gave it.
  const stateStorage = plan.stateStorage;
  if (stateStorage?.storageClass !== undefined) addStateStorage(server, { ...stateStorage, storageClass: stateStorage.storageClass });
  if (sharedFiles && plan.mountsSharedFiles) sharedFiles.mountInto(server);
}
