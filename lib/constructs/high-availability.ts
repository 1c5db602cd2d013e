/**
 * Adds high availability, autoscaling, capacity, storage and ingress to a
 * whole environment built by CalypsoPlatform, from its spec: per server an
 * HPA (scalable kinds), a recommendation-only VPA (chosen per environment),
 * a PodDisruptionBudget (more than one pod), node-pool placement, spreading
 * and priority, a claim for state on disk and the shared volume; per
 * environment the PriorityClasses, the shared volume and the Ingress.
 */
import { verticalAutoscalingTargets } from '../model/autoscaling-spec';
import type { CalypsoPlatform } from './calypso-platform';
import { CalypsoDisruptionBudget } from './disruption-budget';
import { horizontallyScaled } from '../model/high-availability-spec';
import { serverSpecName } from '../model/server-spec';
import { CalypsoHorizontalAutoscaler } from './horizontal-autoscaler';
import { CalypsoIngress } from './ingress';
import { CalypsoPriorityClass, priorityTierOf, schedulingFor, type PriorityTier } from './placement';
import { nodePoolNamed, spreadPolicyOf } from '../model/placement-spec';
import { addStateStorage, CalypsoSharedFiles } from './storage';
import { CalypsoVerticalAutoscaler } from './vertical-autoscaler';

/** Builds every high-availability object of a platform's environment; call once, after the servers and their dependencies. */
export function addHighAvailability(platform: CalypsoPlatform): void {
  const { spec, servers: resolvedServers } = platform.resolvedSpec;
  const environment = platform.environment;

  const priorityClasses = new Map<PriorityTier, CalypsoPriorityClass>();
  const priorityClass = (tier: PriorityTier): CalypsoPriorityClass => {
    const existing = priorityClasses.get(tier);
    if (existing) return existing;
    const created = new CalypsoPriorityClass(platform.clusterChart, `PriorityClass-${tier}`, { environment, tier });
    priorityClasses.set(tier, created);
    return created;
  };
  const sharedSpec = spec.storage?.sharedFiles;
  const sharedFiles = sharedSpec
    ? new CalypsoSharedFiles(platform.chart, 'SharedFiles', { environment, spec: sharedSpec, clusterScope: platform.clusterChart })
    : undefined;
  const recommended = new Set(verticalAutoscalingTargets(spec.verticalAutoscaling, resolvedServers, horizontallyScaled(spec)));
  const spread = spreadPolicyOf(spec.placement, spec.tier);

  for (const serverSpec of spec.servers) {
    const server = platform.servers.get(serverSpecName(serverSpec));
    if (server?.workload === undefined) continue;
    const autoscaler = serverSpec.autoscaling
      ? new CalypsoHorizontalAutoscaler(server, 'HorizontalAutoscaler', { server, ...serverSpec.autoscaling })
      : undefined;
    const maximum = autoscaler?.maxReplicas ?? server.resolved.replicas;
    // Any server that may run several pods: at one pod the budget (maxUnavailable 1) blocks nothing.
    if (maximum > 1) new CalypsoDisruptionBudget(server, 'DisruptionBudget', { server });
    if (recommended.has(server.name)) new CalypsoVerticalAutoscaler(server, 'VerticalAutoscaler', { server });
    const tier = priorityTierOf(server);
    server.schedule(
      schedulingFor(server, {
        pool: nodePoolNamed(spec.placement, serverSpec.nodePool),
        zones: spec.placement?.zones,
        multiPod: maximum > 1,
        spread,
        priorityClassName: tier === undefined ? undefined : priorityClass(tier).name,
      }),
    );
    if (serverSpec.storage) addStateStorage(server, serverSpec.storage);
    if (sharedFiles && sharedSpec?.mountedBy.includes(server.name)) sharedFiles.mountInto(server);
  }

  if (spec.ingress) new CalypsoIngress(platform.chart, 'Ingress', { environment, spec: spec.ingress, servers: platform.servers });
}
