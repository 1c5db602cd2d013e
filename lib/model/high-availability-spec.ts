/**
 * High availability, autoscaling, capacity, storage and ingress in the
 * spec: the fields a server spec and an environment spec gain, and one
 * function that checks all of them. Plain data; no cdk8s here.
 */
import {
  horizontalAutoscalingProblems,
  verticalAutoscalingProblems,
  type HorizontalAutoscalingOptions,
  type VerticalAutoscalingSettings,
} from './autoscaling-spec';
import type { EnvironmentSpec } from './environment-spec';
import type { ProblemCollector } from './errors';
import { resolveImageContract } from './image-contract';
import { ingressProblems } from './ingress-validation';
import { placementSettingsProblems, serverPlacementProblems, type PlacementSettings } from './placement-spec';
import { serverSpecName, type ResolvedServer, type ServerSpec } from './server-spec';
import { serverStorageProblems, storageSettingsProblems, type ServerStorageOptions, type StorageSettings } from './storage-spec';

/** What a server spec may say about scaling, placement and storage. */
export interface HighAvailabilityServerOptions {
  /**
   * A HorizontalPodAutoscaler; only for kinds that scale horizontally
   * (readonly-dataserver, calculation-server, calculator). The workload
   * then leaves `replicas` to the autoscaler.
   * @default - a fixed number of replicas
   */
  readonly autoscaling?: HorizontalAutoscalingOptions;
  /**
   * The node pool (of `placement.nodePools`) the server's pods run in.
   * Required when the environment declares pools.
   * @default - no pool
   */
  readonly nodePool?: string;
  /**
   * A claim per pod for the state the server keeps on disk (the
   * Eventserver's message store), retained when the pod or StatefulSet goes.
   * @default - no claim: state lives as long as the pod
   */
  readonly storage?: ServerStorageOptions;
}

/** What an environment spec may say about scaling, placement and storage (the ingress is `EnvironmentSettings.ingress`). */
export interface HighAvailabilitySettings {
  /**
   * Node pools, zones and how strictly multi-pod servers spread.
   * @default - no pools, no zones
   */
  readonly placement?: PlacementSettings;
  /**
   * Recommendation-only VerticalPodAutoscalers.
   * @default - none
   */
  readonly verticalAutoscaling?: VerticalAutoscalingSettings;
  /**
   * StorageClasses and the shared volume.
   * @default - no storage
   */
  readonly storage?: StorageSettings;
}

/** Names of the servers an HPA scales. */
export function horizontallyScaled(spec: EnvironmentSpec): Set<string> {
  return new Set(spec.servers.filter((server) => server.autoscaling !== undefined).map(serverSpecName));
}

/** Checks every high-availability field of an environment spec; `servers` are the servers that resolved. */
export function highAvailabilityProblems(spec: EnvironmentSpec, servers: readonly ResolvedServer[], problems: ProblemCollector): void {
  const contract = resolveImageContract(spec.imageContract);
  const specs = new Map<string, ServerSpec>();
  for (const server of spec.servers) if (!specs.has(serverSpecName(server))) specs.set(serverSpecName(server), server);

  placementSettingsProblems(spec.placement, problems);
  for (const server of servers) {
    const options = specs.get(server.name);
    if (options === undefined) continue;
    horizontalAutoscalingProblems(server, options, problems);
    serverPlacementProblems(server, options.nodePool, spec.placement, problems);
    serverStorageProblems(server, options.storage, spec.storage, contract, problems);
  }
  verticalAutoscalingProblems(spec.verticalAutoscaling, servers, horizontallyScaled(spec), problems);
  storageSettingsProblems(spec.storage, servers, problems);
  ingressProblems(spec.ingress, spec.tier, servers, contract, problems);
}
