/**
 * Autoscaling in the spec: a HorizontalPodAutoscaler for the servers whose
 * preset scales horizontally, and recommendation-only VerticalPodAutoscalers
 * for the servers that cannot. Plain data and its rules; no cdk8s here.
 */
import { z } from 'zod';
import type { ProblemCollector } from './errors';
import { formatMemory } from './quantity';
import type { ResolvedServer } from './resolved-server';
import { shown, type SpecOf } from './schema';
import { SERVER_KINDS, SERVER_PRESETS } from './server-kinds';

/** A HorizontalPodAutoscaler for one server. */
export const HorizontalAutoscalingOptionsSchema = z.strictObject({
  /**
   * Fewest pods. With autoscaling, the server's `replicas` is this minimum.
   * @default - the server's `replicas` (1 when not given)
   */
  minReplicas: z.number().optional(),
  /** Most pods; what the sizing report calls maximum scale. */
  maxReplicas: z.number(),
  /**
   * Target average utilization per resource, in percent of the server
   * container's request, e.g. `{ cpu: 70 }`. Only `cpu` is accepted: every
   * Calypso JVM holds a fixed heap (-Xms equals -Xmx), so its memory use
   * stays near the limit at any load; a memory target would scale out once
   * and never back in.
   * @default { cpu: 70 }
   */
  utilization: z.record(z.string(), z.number()).optional(),
});
export type HorizontalAutoscalingOptions = SpecOf<typeof HorizontalAutoscalingOptionsSchema>;

/** Which servers get a recommendation-only VerticalPodAutoscaler. */
export const VerticalAutoscalingSettingsSchema = z.strictObject({
  /**
   * `singletons` for every singleton that runs in the cluster (Eventserver,
   * Dataserver, each Engineserver, Dispatcher, Scheduler), or server names.
   * A server an HPA scales never gets one.
   */
  recommendFor: z.union([z.literal('singletons'), z.array(z.string())], {
    error: (issue) => (issue.input === undefined ? undefined : `${shown(issue.input)} is neither 'singletons' nor a list of server names`),
  }),
  /**
   * VPA update mode. Only `Off` is supported: the VPA recommends sizes and
   * never evicts a pod to apply them.
   * @default 'Off'
   */
  updateMode: z
    .literal('Off', {
      error: (issue) => `${shown(issue.input)} would let the VPA evict pods to resize them; only "Off" (recommendations only) is supported`,
    })
    .optional(),
});
export type VerticalAutoscalingSettings = SpecOf<typeof VerticalAutoscalingSettingsSchema>;

/** Target utilization when the spec gives none. */
export const DEFAULT_UTILIZATION: Readonly<Record<string, number>> = { cpu: 70 };
/** Resources every server container requests, and so the only ones an HPA can target. */
export const REQUESTED_RESOURCES: readonly string[] = ['cpu', 'memory'];

/** Autoscaling with defaults applied. */
export interface ResolvedHorizontalAutoscaling {
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly utilization: Readonly<Record<string, number>>;
}

/** The autoscaling of a server, with defaults; undefined when it has none. */
export function resolveHorizontalAutoscaling(
  options: HorizontalAutoscalingOptions | undefined,
  replicas: number | undefined,
): ResolvedHorizontalAutoscaling | undefined {
  if (options === undefined) return undefined;
  return {
    minReplicas: options.minReplicas ?? replicas ?? 1,
    maxReplicas: options.maxReplicas,
    utilization: options.utilization ?? DEFAULT_UTILIZATION,
  };
}

/** Kinds whose preset scales horizontally. */
export const SCALABLE_KINDS: readonly string[] = SERVER_KINDS.filter((kind) => SERVER_PRESETS[kind].scalable);

const wholeNumber = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** Checks one server's `autoscaling` (and its `replicas` against it). */
export function horizontalAutoscalingProblems(
  server: ResolvedServer,
  options: { readonly replicas?: number; readonly autoscaling?: HorizontalAutoscalingOptions },
  problems: ProblemCollector,
): void {
  const autoscaling = options.autoscaling;
  if (autoscaling === undefined) return;
  const fail = problems.reporter(server.name);
  const scalable = SCALABLE_KINDS.join(', ');
  if (server.external) {
    fail('autoscaling', `the server runs outside the cluster (external); there is nothing to scale`);
    return;
  }
  if (server.preset.singleton) {
    fail('autoscaling', `a ${server.kind} is a singleton and runs exactly 1 replica; only ${scalable} scale horizontally`);
    return;
  }
  if (!server.preset.scalable) {
    fail('autoscaling', `a ${server.kind} does not scale horizontally; only ${scalable} do`);
    return;
  }
  const { minReplicas, maxReplicas, utilization } = resolveHorizontalAutoscaling(autoscaling, options.replicas)!;
  if (!wholeNumber(minReplicas) || minReplicas < 1) {
    fail('autoscaling.minReplicas', `must be a whole number of at least 1, got ${minReplicas}`);
  } else if (!wholeNumber(maxReplicas)) {
    fail('autoscaling.maxReplicas', `must be a whole number, got ${maxReplicas}`);
  } else if (maxReplicas < minReplicas) {
    fail('autoscaling.maxReplicas', `${maxReplicas} is below minReplicas ${minReplicas}`);
  }
  if (options.replicas !== undefined && autoscaling.minReplicas !== undefined && options.replicas !== autoscaling.minReplicas) {
    fail(
      'autoscaling.minReplicas',
      `${autoscaling.minReplicas} disagrees with replicas ${options.replicas}; with autoscaling, replicas is the minimum: give one of them`,
    );
  }
  const targets = Object.entries(utilization);
  if (targets.length === 0) fail('autoscaling.utilization', 'needs at least one target, e.g. { cpu: 70 }');
  for (const [resource, percent] of targets) {
    const field = `autoscaling.utilization.${resource}`;
    if (!REQUESTED_RESOURCES.includes(resource)) {
      fail(
        field,
        `the ${server.kind} container requests ${REQUESTED_RESOURCES.join(' and ')} only; a utilization target on ${resource} has no request to measure against`,
      );
    } else if (!wholeNumber(percent) || percent < 1) {
      fail(field, `must be a whole percentage above 0, got ${percent}`);
    } else if (resource === 'memory') {
      // Every server's heap is fixed (jvmEnvironment: -Xms equals -Xmx), so memory use does not follow load.
      fail(
        field,
        `the JVM holds a fixed heap (-Xms equals -Xmx: ${formatMemory(server.heapBytes)} of the ${formatMemory(server.memoryBytes)} limit) whatever its load, so memory utilization never falls and the autoscaler would scale out and never back in; scale on cpu only (e.g. { cpu: 70 }) (memory: ${percent})`,
      );
    }
  }
}

/**
 * Names of the servers that get a recommendation-only VPA. `scaled` holds
 * the servers an HPA scales; they are left out of `singletons`.
 */
export function verticalAutoscalingTargets(
  settings: VerticalAutoscalingSettings | undefined,
  servers: readonly ResolvedServer[],
  scaled: ReadonlySet<string>,
): string[] {
  if (settings === undefined) return [];
  if (settings.recommendFor === 'singletons') {
    return servers.filter((server) => server.preset.singleton && !server.external && !scaled.has(server.name)).map((server) => server.name);
  }
  return [...settings.recommendFor];
}

/** Checks the environment's `verticalAutoscaling`. */
export function verticalAutoscalingProblems(
  settings: VerticalAutoscalingSettings | undefined,
  servers: readonly ResolvedServer[],
  scaled: ReadonlySet<string>,
  problems: ProblemCollector,
): void {
  if (settings === undefined) return;
  // The schema has checked updateMode (Off only) and the form of recommendFor.
  const fail = problems.reporter();
  const byName = new Map(servers.map((server) => [server.name, server]));
  for (const name of verticalAutoscalingTargets(settings, servers, scaled)) {
    const server = byName.get(name);
    if (server === undefined) {
      fail('verticalAutoscaling.recommendFor', `"${name}" is not a server of this environment (servers: ${[...byName.keys()].join(', ')})`);
    } else if (server.external) {
      fail('verticalAutoscaling.recommendFor', `${name} runs outside the cluster (external); there are no pods to size`);
    } else if (scaled.has(name)) {
      fail('verticalAutoscaling.recommendFor', `an HPA already scales ${name}; a VPA on the same pods would work against it`);
    }
  }
}
