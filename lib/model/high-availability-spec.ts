/**
 * High availability, autoscaling, capacity, storage and ingress in the
 * spec: the fields a server spec and an environment spec gain, and one
 * function that checks all of them. Plain data; no cdk8s here.
 */
import { z } from 'zod';
import {
  horizontalAutoscalingProblems,
  HorizontalAutoscalingOptionsSchema,
  verticalAutoscalingProblems,
  VerticalAutoscalingSettingsSchema,
} from './autoscaling-spec';
import type { ProblemCollector } from './errors';
import { resolveImageContract, type ImageContractOverrides } from './image-contract';
import type { IngressSpec } from './ingress-spec';
import { ingressProblems } from './ingress-validation';
import { RolloutOptionsSchema } from './rollout-spec';
import { placementSettingsProblems, PlacementSettingsSchema, serverPlacementProblems } from './placement-spec';
import type { ResolvedServer } from './resolved-server';
import type { SpecOf } from './schema';
import { serverSpecName, type ServerOptions } from './server-options';
import { serverStorageProblems, ServerStorageOptionsSchema, storageSettingsProblems, StorageSettingsSchema } from './storage-spec';
import type { Tier } from './tier';

/** The fields of HighAvailabilityServerOptions, for the server spec's schema. */
export const HIGH_AVAILABILITY_SERVER_SHAPE = {
  /**
   * A HorizontalPodAutoscaler; only for kinds that scale horizontally
   * (readonly-dataserver, calculation-server, calculator). The workload
   * then leaves `replicas` to the autoscaler.
   * @default - a fixed number of replicas
   */
  autoscaling: HorizontalAutoscalingOptionsSchema.optional(),
  /**
   * The node pool (of `placement.nodePools`) the server's pods run in.
   * Required when the environment declares pools.
   * @default - no pool
   */
  nodePool: z.string().optional(),
  /**
   * A claim per pod for the state the server keeps on disk (the
   * Eventserver's message store), retained when the pod or StatefulSet goes.
   * @default - no claim: state lives as long as the pod
   */
  storage: ServerStorageOptionsSchema.optional(),
  /**
   * Opt in to blocking node drains: the server's PodDisruptionBudget allows
   * no eviction (`maxUnavailable: 0`), so `kubectl drain`, a cluster upgrade
   * or the cluster autoscaler's scale-down waits on the server's nodes until
   * someone moves or stops its pods by hand (pods that are not ready may
   * still be evicted). Without it, every budget allows one eviction at the
   * server's minimum replica count, so a drain always completes.
   * @default false
   */
  blockNodeDrains: z.boolean().optional(),
  /**
   * Opt in to a canary rollout: an Argo Rollouts `Rollout` with canary steps, each followed by an
   * analysis of the canary pods' metrics, in place of the Deployment (same name, pod template,
   * labels and selector). Only for the scalable tiers (CANARY_KINDS: readonly-dataserver,
   * calculation-server, presentation-server, calculator); the environment's cluster needs the Argo
   * Rollouts add-on.
   * @default - a Deployment with a rolling update
   */
  rollout: RolloutOptionsSchema.optional(),
};

/** What a server spec may say about scaling, placement and storage. */
export const HighAvailabilityServerOptionsSchema = z.strictObject(HIGH_AVAILABILITY_SERVER_SHAPE);
export type HighAvailabilityServerOptions = SpecOf<typeof HighAvailabilityServerOptionsSchema>;

/** The fields of HighAvailabilitySettings, for the environment's schema. */
export const HIGH_AVAILABILITY_SETTINGS_SHAPE = {
  /**
   * Node pools, zones and how strictly multi-pod servers spread.
   * @default - no pools, no zones
   */
  placement: PlacementSettingsSchema.optional(),
  /**
   * Recommendation-only VerticalPodAutoscalers.
   * @default - none
   */
  verticalAutoscaling: VerticalAutoscalingSettingsSchema.optional(),
  /**
   * StorageClasses and the shared volume.
   * @default - no storage
   */
  storage: StorageSettingsSchema.optional(),
};

/** What an environment spec may say about scaling, placement and storage (the ingress is `EnvironmentSettings.ingress`). */
export const HighAvailabilitySettingsSchema = z.strictObject(HIGH_AVAILABILITY_SETTINGS_SHAPE);
export type HighAvailabilitySettings = SpecOf<typeof HighAvailabilitySettingsSchema>;

/** What the high-availability rules read of an environment spec. */
export interface HighAvailabilityEnvironment extends HighAvailabilitySettings {
  readonly tier: Tier;
  readonly imageContract?: ImageContractOverrides;
  readonly ingress?: IngressSpec;
  readonly servers: readonly (Pick<ServerOptions, 'kind' | 'name' | 'replicas'> & HighAvailabilityServerOptions)[];
}

/** Names of the servers an HPA scales. */
export function horizontallyScaled(spec: Pick<HighAvailabilityEnvironment, 'servers'>): Set<string> {
  return new Set(spec.servers.filter((server) => server.autoscaling !== undefined).map(serverSpecName));
}

/** Checks every high-availability field of an environment spec; `servers` are the servers that resolved. */
export function highAvailabilityProblems(
  spec: HighAvailabilityEnvironment,
  servers: readonly ResolvedServer[],
  problems: ProblemCollector,
): void {
  const contract = resolveImageContract(spec.imageContract);
  const specs = new Map<string, HighAvailabilityEnvironment['servers'][number]>();
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
