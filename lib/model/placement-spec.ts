/**
 * Where pods run, in the spec: node pools declared once per environment
 * (labels, taints, node size), the pool each server is pinned to, the zones
 * the environment spans, and how strictly multi-pod servers spread. Plain
 * data and its rules; no cdk8s here.
 */
import { z } from 'zod';
import { HELPER_CONTAINER_RESOURCES } from './container-resources';
import { sidecarResources } from './pod-options-spec';
import type { ProblemCollector } from './errors';
import { isDnsLabel, isLabelKey, isLabelValue } from './names';
import { cpuQuantity, formatCpu, formatMemory, memoryQuantity, parseCpu, parseMemory } from './quantity';
import type { ResolvedServer } from './resolved-server';
import { oneOf, type SpecOf } from './schema';
import type { Tier } from './tier';

/** Taint effects Kubernetes knows. */
export const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const;
export type TaintEffect = (typeof TAINT_EFFECTS)[number];

/** A taint on every node of a pool; the pool's pods tolerate it. */
export const NodeTaintSchema = z.strictObject({
  key: z.string(),
  /**
   * Taint value.
   * @default - none (tolerated with operator Exists)
   */
  value: z.string().optional(),
  effect: oneOf(TAINT_EFFECTS, 'a taint effect'),
});
export type NodeTaint = SpecOf<typeof NodeTaintSchema>;

/** CPU and memory as Kubernetes quantities. */
export const NodeSizeSchema = z.strictObject({
  /** e.g. `15500m` or `16`. */
  cpu: cpuQuantity('15500m or 16'),
  /** e.g. `60Gi`. */
  memory: memoryQuantity('60Gi'),
});
export type NodeSize = SpecOf<typeof NodeSizeSchema>;

/** A group of identical nodes some servers are pinned to. */
export const NodePoolSpecSchema = z.strictObject({
  /** Pool name, a DNS label; servers name it in `nodePool`. */
  name: z.string(),
  /** Labels every node of the pool carries; the pool's pods select them (nodeSelector). */
  nodeLabels: z.record(z.string(), z.string()),
  /**
   * Taints on the pool's nodes; the pool's pods tolerate exactly these.
   * @default []
   */
  taints: z.array(NodeTaintSchema).optional(),
  /**
   * What one node offers pods: its allocatable CPU and memory less what the
   * DaemonSets on it take. A server whose pod requests more is an error.
   */
  nodeAllocatable: NodeSizeSchema,
  /**
   * How many nodes the pool has, across all zones: `min` are always there
   * (what a drain counts on, and what decides whether a hard spread always
   * fits), `max` is the most the cluster autoscaler grows it to (what
   * scaling every HPA to its maximum may use). With zones, nodes are taken
   * to be spread evenly over them.
   * @default - unknown: autoscaled servers in the pool spread softly, and the drain and scale simulation cannot check the pool
   */
  nodes: z
    .strictObject({
      /** Nodes always in the pool. */
      min: z.number(),
      /**
       * Most nodes the cluster autoscaler may run in the pool.
       * @default - `min` (a pool of fixed size)
       */
      max: z.number().optional(),
    })
    .optional(),
});
export type NodePoolSpec = SpecOf<typeof NodePoolSpecSchema>;

/** `required`: a pod that cannot be spread waits (DoNotSchedule); `preferred`: it is placed anyway (ScheduleAnyway). */
export const SPREAD_POLICIES = ['required', 'preferred'] as const;
export type SpreadPolicy = (typeof SPREAD_POLICIES)[number];

/** Placement of an environment's pods. */
export const PlacementSettingsSchema = z.strictObject({
  /**
   * The node pools. When any are declared, every server that runs in the
   * cluster names its pool.
   * @default - none: pods go wherever the scheduler puts them
   */
  nodePools: z.array(NodePoolSpecSchema).optional(),
  /**
   * Zones (values of `topology.kubernetes.io/zone`) the environment runs
   * in. Multi-pod servers spread across them, and pods stay in them.
   * @default - none: no zone spreading
   */
  zones: z.array(z.string()).optional(),
  /**
   * Whether spreading across nodes and zones is a hard constraint.
   * @default 'required' in prod, 'preferred' elsewhere
   */
  spread: oneOf(SPREAD_POLICIES, 'a spread policy').optional(),
  /**
   * PriorityClasses the cluster already has, per priority tier (`core`: the
   * Eventserver, Authserver and Dataserver; `singleton`: the other servers
   * that run one pod), for the pods to name instead of the classes the
   * environment renders. A tier named here renders no PriorityClass; it
   * must be a class the cluster provides, not one an environment renders.
   * @default - none: the environment renders `<namespace>-core` and `<namespace>-singleton`
   */
  priorityClasses: z
    .strictObject({
      /**
       * The existing class of the core servers.
       * @default - the environment's own `<namespace>-core`
       */
      core: z.string().optional(),
      /**
       * The existing class of the other single-pod servers.
       * @default - the environment's own `<namespace>-singleton`
       */
      singleton: z.string().optional(),
    })
    .optional(),
});
export type PlacementSettings = SpecOf<typeof PlacementSettingsSchema>;

/** The spread policy of a tier when the spec sets none. */
export function spreadPolicyOf(placement: PlacementSettings | undefined, tier: Tier): SpreadPolicy {
  return placement?.spread ?? (tier === 'prod' ? 'required' : 'preferred');
}

/** Hard or soft spreading of one server, per topology. */
export interface ServerSpread {
  /** Across nodes (`kubernetes.io/hostname`). */
  readonly node: SpreadPolicy;
  /** Across zones (`topology.kubernetes.io/zone`), where the environment declares zones. */
  readonly zone: SpreadPolicy;
}

/**
 * How one multi-pod server spreads. With the environment's policy
 * `required`, a constraint stays hard only where it always fits: across
 * nodes when the server's maximum fits one pod per node the pool always has
 * (`nodes.min`; with no node count, only for a fixed replica count), across
 * zones when its maximum is at most the number of zones or its replica
 * count is fixed. Otherwise the HPA could ask for more pods than a hard
 * constraint can place, and they would wait, Pending, for nodes that never
 * come; there the spread is soft (ScheduleAnyway: the scheduler still
 * prefers spreading pods out).
 */
export function serverSpreadFor(
  policy: SpreadPolicy,
  server: { readonly maxReplicas: number; readonly autoscaled: boolean },
  pool: NodePoolSpec | undefined,
  zones: readonly string[] | undefined,
): ServerSpread {
  if (policy === 'preferred') return { node: 'preferred', zone: 'preferred' };
  const nodes = pool?.nodes?.min;
  const nodeFits = nodes === undefined ? !server.autoscaled : server.maxReplicas <= nodes;
  const zoneFits = !server.autoscaled || server.maxReplicas <= (zones?.length ?? 0);
  return { node: nodeFits ? 'required' : 'preferred', zone: zoneFits ? 'required' : 'preferred' };
}

/** CPU and memory a pod (or a sum of pods) requests. */
export interface PodResources {
  readonly cpuMillis: number;
  readonly memoryBytes: number;
}

/**
 * What a server's pod requests from the scheduler: per resource, the larger
 * of the app container plus its sidecars and the largest init container (init
 * containers run one at a time, before the app containers).
 */
export function podRequestOf(server: ResolvedServer): PodResources {
  const helpers = Object.values(HELPER_CONTAINER_RESOURCES);
  const sidecars = sidecarResources(server);
  return {
    cpuMillis: Math.max(server.cpuMillis + sidecars.cpuMillis, ...helpers.map((helper) => parseCpu(helper.cpu) ?? 0)),
    memoryBytes: Math.max(server.memoryBytes + sidecars.memoryBytes, ...helpers.map((helper) => parseMemory(helper.memory) ?? 0)),
  };
}

/** The pool with that name, if declared. */
export function nodePoolNamed(placement: PlacementSettings | undefined, name: string | undefined): NodePoolSpec | undefined {
  return name === undefined ? undefined : placement?.nodePools?.find((pool) => pool.name === name);
}

/** Checks the environment's pools, zones and spread policy. */
export function placementSettingsProblems(placement: PlacementSettings | undefined, problems: ProblemCollector): void {
  if (placement === undefined) return;
  const fail = problems.reporter();
  const pools = placement.nodePools ?? [];
  const poolNames = pools.map((pool) => pool.name);
  pools.forEach((pool, index) => {
    const at = `placement.nodePools[${index}]`;
    if (!isDnsLabel(pool.name ?? '')) fail(`${at}.name`, `"${pool.name}" is not a DNS label`);
    if (poolNames.indexOf(pool.name) !== index) fail(`${at}.name`, `two node pools are named "${pool.name}"`);
    const labels = Object.entries(pool.nodeLabels ?? {});
    if (labels.length === 0) fail(`${at}.nodeLabels`, `pool ${pool.name} needs at least one node label to select its nodes by`);
    for (const [key, value] of labels) {
      if (!isLabelKey(key)) fail(`${at}.nodeLabels`, `"${key}" is not a label key`);
      if (!isLabelValue(value)) fail(`${at}.nodeLabels`, `"${value}" (of ${key}) is not a label value`);
    }
    if (pool.nodes !== undefined) {
      const { min, max = min } = pool.nodes;
      if (!Number.isInteger(min) || min < 1) fail(`${at}.nodes.min`, `must be a whole number of nodes above 0 (min: ${min})`);
      else if (!Number.isInteger(max) || max < min)
        fail(`${at}.nodes.max`, `must be a whole number of nodes of at least min ${min} (max: ${max})`);
    }
    for (const [taintIndex, taint] of (pool.taints ?? []).entries()) {
      const taintAt = `${at}.taints[${taintIndex}]`;
      if (!isLabelKey(taint.key ?? '')) fail(`${taintAt}.key`, `"${taint.key}" is not a taint key`);
      if (taint.value !== undefined && !isLabelValue(taint.value)) fail(`${taintAt}.value`, `"${taint.value}" is not a taint value`);
    }
  });
  const zones = placement.zones;
  if (zones !== undefined) {
    if (zones.length < 2) fail('placement.zones', `spreading needs at least 2 zones, got ${zones.length}; leave zones out instead`);
    for (const zone of zones) if (!isLabelValue(zone) || zone === '') fail('placement.zones', `"${zone}" is not a zone label value`);
    for (const zone of new Set(zones.filter((zone, index) => zones.indexOf(zone) !== index))) {
      fail('placement.zones', `lists ${zone} more than once`);
    }
  }
}

/** Checks one server's `nodePool`: declared, and big enough for its pod. */
export function serverPlacementProblems(
  server: ResolvedServer,
  nodePool: string | undefined,
  placement: PlacementSettings | undefined,
  problems: ProblemCollector,
): void {
  const report = problems.reporter(server.name);
  const fail = (message: string): void => report('nodePool', message);
  const pools = placement?.nodePools ?? [];
  if (server.external) {
    if (nodePool !== undefined) fail(`the server runs outside the cluster (external); it has no pods to place in ${nodePool}`);
    return;
  }
  if (nodePool === undefined) {
    if (pools.length > 0) {
      fail(`the environment declares node pools (${pools.map((pool) => pool.name).join(', ')}); every server names the pool it runs in`);
    }
    return;
  }
  const pool = nodePoolNamed(placement, nodePool);
  if (pool === undefined) {
    fail(
      pools.length === 0
        ? `"${nodePool}" names a node pool, but the environment declares none (placement.nodePools)`
        : `"${nodePool}" is not a node pool of this environment (pools: ${pools.map((p) => p.name).join(', ')})`,
    );
    return;
  }
  const nodeCpu = parseCpu(pool.nodeAllocatable?.cpu ?? '');
  const nodeMemory = parseMemory(pool.nodeAllocatable?.memory ?? '');
  if (nodeCpu === undefined || nodeMemory === undefined) return;
  const pod = podRequestOf(server);
  if (pod.cpuMillis > nodeCpu || pod.memoryBytes > nodeMemory) {
    fail(
      `each pod requests ${formatCpu(pod.cpuMillis)} CPU and ${formatMemory(pod.memoryBytes)}, more than a node of pool ${pool.name} offers (${formatCpu(nodeCpu)} CPU, ${formatMemory(nodeMemory)}); it would never be scheduled`,
    );
  }
}
