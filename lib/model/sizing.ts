/**
 * The sizing report: per node pool, the CPU and memory an environment's
 * pods request and are limited to at minimum scale (fixed replicas, HPA
 * minimum) and at maximum scale (HPA maximum), the largest single pod, and
 * how many nodes of the pool's size that takes. Computed from the resolved
 * environment (`sizeResolvedEnvironment`, what `npm run sizing` prints), or
 * from rendered objects (`sizeEnvironment`: plain objects, so it also runs
 * on YAML read back from dist/); the two agree on every environment.
 */
import { HELPER_CONTAINER_RESOURCES, type HelperContainerResources } from './container-resources';
import { sidecarResources } from './pod-options-spec';
import { EVENT_EXPORTER_NAME } from './monitoring-spec';
import type { NodePoolSpec, PlacementSettings, PodResources } from './placement-spec';
import { compareText } from './names';
import { parseCpu, parseMemory } from './quantity';
import type { ResolvedEnvironment } from './resolved-environment';
import { isServerWorkloadKind } from './server-kinds';
import type { ServerPlan } from './server-plan';

/** The parts of a Kubernetes object the report reads. */
export interface SizedObject {
  readonly kind: string;
  readonly metadata: { readonly name: string };
  readonly [field: string]: unknown;
}

/** Limits of a pod; undefined for a resource some container does not limit. */
export interface PodLimits {
  readonly cpuMillis?: number;
  readonly memoryBytes?: number;
}

/** One workload: its pods' size and how many of them run. */
export interface SizedWorkload {
  /** Workload name (the server name). */
  readonly name: string;
  /** `Deployment` or `StatefulSet`. */
  readonly kind: string;
  /** The node pool its pods select, if any. */
  readonly pool?: string;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** What one pod requests: per resource, the larger of the largest init container and the sum of the app containers. */
  readonly request: PodResources;
  /** What one pod is limited to, by the same rule. */
  readonly limit: PodLimits;
}

/** Pods, requests and limits summed at one scale. */
export interface ScaleTotals {
  readonly pods: number;
  readonly requests: PodResources;
  readonly limits: PodLimits;
}

/** One node pool (or the pods pinned to none). */
export interface PoolSizing {
  /** Pool name; undefined for pods that select no declared pool. */
  readonly pool?: string;
  /** What one node of the pool offers pods. */
  readonly nodeAllocatable?: PodResources;
  readonly workloads: readonly SizedWorkload[];
  readonly atMinimum: ScaleTotals;
  readonly atMaximum: ScaleTotals;
  /** The pod requesting the most CPU, and the one requesting the most memory. */
  readonly largestCpu: SizedWorkload;
  readonly largestMemory: SizedWorkload;
  /** Nodes of the pool's size the pods fit on, at each scale (estimate: spread-aware first fit by requests). */
  readonly nodesAtMinimum?: number;
  readonly nodesAtMaximum?: number;
}

/** A whole environment. */
export interface EnvironmentSizing {
  readonly environment: string;
  readonly zones: readonly string[];
  readonly pools: readonly PoolSizing[];
  readonly atMinimum: ScaleTotals;
  readonly atMaximum: ScaleTotals;
}

type Json = Record<string, unknown>;
type ContainerJson = { resources?: { requests?: Record<string, string>; limits?: Record<string, string> } };

function quantity(value: string | undefined, parse: (text: string) => number | undefined): number | undefined {
  return value === undefined ? undefined : parse(String(value));
}

/** Per resource: max(largest init container, sum of app containers); undefined if an app container leaves it unset. */
function effective(
  containers: readonly ContainerJson[],
  initContainers: readonly ContainerJson[],
  field: 'requests' | 'limits',
  resource: 'cpu' | 'memory',
): number | undefined {
  const parse = resource === 'cpu' ? parseCpu : parseMemory;
  const values = containers.map((container) => quantity(container.resources?.[field]?.[resource], parse));
  const initValues = initContainers.map((container) => quantity(container.resources?.[field]?.[resource], parse));
  if (field === 'limits' && [...values, ...initValues].some((value) => value === undefined)) return undefined;
  const sum = values.reduce<number>((total, value) => total + (value ?? 0), 0);
  return Math.max(sum, ...initValues.map((value) => value ?? 0));
}

function matchesPool(nodeSelector: Record<string, string> | undefined, pool: NodePoolSpec): boolean {
  return Object.entries(pool.nodeLabels).every(([key, value]) => nodeSelector?.[key] === value);
}

/** Every Deployment and StatefulSet among the objects, with its scale from its HPA if it has one. */
export function sizeWorkloads(objects: readonly SizedObject[], pools: readonly NodePoolSpec[] = []): SizedWorkload[] {
  const autoscalers = new Map<string, { minReplicas: number; maxReplicas: number }>();
  for (const object of objects) {
    if (object.kind !== 'HorizontalPodAutoscaler') continue;
    const spec = object.spec as { scaleTargetRef: { kind: string; name: string }; minReplicas?: number; maxReplicas: number };
    autoscalers.set(`${spec.scaleTargetRef.kind}/${spec.scaleTargetRef.name}`, {
      minReplicas: spec.minReplicas ?? 1,
      maxReplicas: spec.maxReplicas,
    });
  }
  const workloads: SizedWorkload[] = [];
  for (const object of objects) {
    // A Rollout (a canary server) runs its pods like a Deployment.
    if (!isServerWorkloadKind(object.kind)) continue;
    const spec = object.spec as Json;
    const pod = (spec.template as { spec: Json }).spec;
    const containers = (pod.containers ?? []) as ContainerJson[];
    const initContainers = (pod.initContainers ?? []) as ContainerJson[];
    const scaled = autoscalers.get(`${object.kind}/${object.metadata.name}`);
    const replicas = (spec.replicas as number | undefined) ?? 1;
    const nodeSelector = pod.nodeSelector as Record<string, string> | undefined;
    workloads.push({
      name: object.metadata.name,
      kind: object.kind,
      pool: pools.find((candidate) => matchesPool(nodeSelector, candidate))?.name,
      minReplicas: scaled?.minReplicas ?? replicas,
      maxReplicas: scaled?.maxReplicas ?? replicas,
      request: {
        cpuMillis: effective(containers, initContainers, 'requests', 'cpu') ?? 0,
        memoryBytes: effective(containers, initContainers, 'requests', 'memory') ?? 0,
      },
      limit: {
        cpuMillis: effective(containers, initContainers, 'limits', 'cpu'),
        memoryBytes: effective(containers, initContainers, 'limits', 'memory'),
      },
    });
  }
  return workloads;
}

function totals(workloads: readonly SizedWorkload[], scale: 'minReplicas' | 'maxReplicas'): ScaleTotals {
  const sumLimit = (resource: keyof PodLimits): number | undefined =>
    workloads.some((workload) => workload.limit[resource] === undefined)
      ? undefined
      : workloads.reduce((total, workload) => total + (workload.limit[resource] as number) * workload[scale], 0);
  return {
    pods: workloads.reduce((total, workload) => total + workload[scale], 0),
    requests: {
      cpuMillis: workloads.reduce((total, workload) => total + workload.request.cpuMillis * workload[scale], 0),
      memoryBytes: workloads.reduce((total, workload) => total + workload.request.memoryBytes * workload[scale], 0),
    },
    limits: { cpuMillis: sumLimit('cpuMillis'), memoryBytes: sumLimit('memoryBytes') },
  };
}

/**
 * Nodes of one size the pods fit on, by requests: the fewest nodes on which
 * every pod can be placed, largest first, each onto a node with room among
 * those holding the fewest pods of its workload (spreading with a skew of
 * at most one, as the topology constraints ask). At least two nodes when a
 * workload runs more than one pod, so losing a node never takes all of
 * them. An estimate: the node size must already exclude DaemonSets, and
 * every node starts empty.
 */
export function nodesNeeded(workloads: readonly SizedWorkload[], scale: 'minReplicas' | 'maxReplicas', node: PodResources): number {
  const pods = workloads
    .flatMap((workload) => Array.from({ length: workload[scale] }, () => workload))
    .sort(
      (a, b) => b.request.memoryBytes - a.request.memoryBytes || b.request.cpuMillis - a.request.cpuMillis || compareText(a.name, b.name),
    );
  if (pods.some((pod) => pod.request.cpuMillis > node.cpuMillis || pod.request.memoryBytes > node.memoryBytes)) {
    return Number.POSITIVE_INFINITY;
  }
  const sum = (resource: keyof PodResources): number => pods.reduce((total, pod) => total + pod.request[resource], 0);
  const floor = workloads.some((workload) => workload[scale] > 1) ? 2 : Math.min(1, pods.length);
  const lowest = Math.max(floor, Math.ceil(sum('cpuMillis') / node.cpuMillis), Math.ceil(sum('memoryBytes') / node.memoryBytes));
  for (let count = lowest; count < pods.length; count++) if (fitsOn(pods, count, node)) return count;
  return Math.max(lowest, pods.length);
}

/** Whether the pods (largest first) fit on `count` empty nodes, spread as evenly as the constraints ask. */
function fitsOn(pods: readonly SizedWorkload[], count: number, node: PodResources): boolean {
  const nodes = Array.from({ length: count }, () => ({
    cpuMillis: node.cpuMillis,
    memoryBytes: node.memoryBytes,
    pods: new Map<string, number>(),
  }));
  for (const pod of pods) {
    const held = (candidate: (typeof nodes)[number]): number => candidate.pods.get(pod.name) ?? 0;
    const fewest = Math.min(...nodes.map(held));
    const target = nodes.find(
      (candidate) =>
        held(candidate) === fewest && candidate.cpuMillis >= pod.request.cpuMillis && candidate.memoryBytes >= pod.request.memoryBytes,
    );
    if (target === undefined) return false;
    target.cpuMillis -= pod.request.cpuMillis;
    target.memoryBytes -= pod.request.memoryBytes;
    target.pods.set(pod.name, held(target) + 1);
  }
  return true;
}

function largest(workloads: readonly SizedWorkload[], resource: keyof PodResources): SizedWorkload {
  return workloads.reduce((best, workload) => (workload.request[resource] > best.request[resource] ? workload : best));
}

/** Sizes one environment from its rendered objects and its placement settings. */
export function sizeEnvironment(environment: string, objects: readonly SizedObject[], placement?: PlacementSettings): EnvironmentSizing {
  return sizeByPool(environment, sizeWorkloads(objects, placement?.nodePools ?? []), placement);
}

function helperResources(helper: HelperContainerResources): PodResources {
  return { cpuMillis: parseCpu(helper.cpu) ?? 0, memoryBytes: parseMemory(helper.memory) ?? 0 };
}

/** One server's workload as planned: its init containers (calypso-init, and the dependency wait when it has dependencies) count as the scheduler counts them. */
function plannedWorkload(server: ServerPlan): SizedWorkload {
  const helpers = [
    HELPER_CONTAINER_RESOURCES.init,
    ...(server.dependencies.length > 0 ? [HELPER_CONTAINER_RESOURCES.dependencyWait] : []),
  ].map(helperResources);
  // The sidecars run beside the server container, so they add to it; init containers run before both.
  const sidecars = sidecarResources(server);
  const atLeastHelpers = (app: number, resource: keyof PodResources): number =>
    Math.max(app + sidecars[resource], ...helpers.map((helper) => helper[resource]));
  return {
    name: server.name,
    kind: server.workloadKind,
    pool: server.nodePool?.name,
    minReplicas: server.autoscaling?.minReplicas ?? server.replicas,
    maxReplicas: server.maxReplicas,
    request: { cpuMillis: atLeastHelpers(server.cpuMillis, 'cpuMillis'), memoryBytes: atLeastHelpers(server.memoryBytes, 'memoryBytes') },
    limit: {
      cpuMillis: atLeastHelpers(server.cpuLimitMillis, 'cpuMillis'),
      memoryBytes: atLeastHelpers(server.memoryBytes, 'memoryBytes'),
    },
  };
}

/** Every workload of a resolved environment: the servers that run in the cluster, in spec order, then the event exporter. */
export function plannedWorkloads(resolved: ResolvedEnvironment): SizedWorkload[] {
  const workloads = resolved.servers.filter((server) => server.external === undefined).map(plannedWorkload);
  const exporter = resolved.eventExporter;
  if (exporter !== undefined) {
    // One replica, no init containers.
    workloads.push({
      name: EVENT_EXPORTER_NAME,
      kind: 'Deployment',
      minReplicas: 1,
      maxReplicas: 1,
      request: { cpuMillis: exporter.cpuMillis, memoryBytes: exporter.memoryBytes },
      limit: { cpuMillis: exporter.cpuLimitMillis, memoryBytes: exporter.memoryBytes },
    });
  }
  return workloads;
}

/** Sizes one environment from its resolved model: the same report as from its rendered objects, without rendering. */
export function sizeResolvedEnvironment(resolved: ResolvedEnvironment): EnvironmentSizing {
  return sizeByPool(resolved.name, plannedWorkloads(resolved), resolved.spec.placement);
}

function sizeByPool(environment: string, workloads: readonly SizedWorkload[], placement?: PlacementSettings): EnvironmentSizing {
  const declared = placement?.nodePools ?? [];
  const groups = [...declared.map((pool) => pool.name), undefined].filter((pool) => workloads.some((workload) => workload.pool === pool));
  const pools = groups.map((poolName): PoolSizing => {
    const members = workloads.filter((workload) => workload.pool === poolName);
    const pool = declared.find((candidate) => candidate.name === poolName);
    const node = pool && {
      cpuMillis: parseCpu(pool.nodeAllocatable.cpu) ?? 0,
      memoryBytes: parseMemory(pool.nodeAllocatable.memory) ?? 0,
    };
    return {
      pool: poolName,
      nodeAllocatable: node,
      workloads: members,
      atMinimum: totals(members, 'minReplicas'),
      atMaximum: totals(members, 'maxReplicas'),
      largestCpu: largest(members, 'cpuMillis'),
      largestMemory: largest(members, 'memoryBytes'),
      nodesAtMinimum: node && nodesNeeded(members, 'minReplicas', node),
      nodesAtMaximum: node && nodesNeeded(members, 'maxReplicas', node),
    };
  });
  return {
    environment,
    zones: placement?.zones ?? [],
    pools,
    atMinimum: totals(workloads, 'minReplicas'),
    atMaximum: totals(workloads, 'maxReplicas'),
  };
}

const GIB = 1024 ** 3;
const round = (value: number, digits: number): string => String(Number(value.toFixed(digits)));
/** CPU for the report: cores, e.g. `12.5`. */
export const reportCpu = (millis: number | undefined): string => (millis === undefined ? 'unbounded' : round(millis / 1000, 3));
/** Memory for the report: GiB, e.g. `52Gi` or `1.5Gi`. */
export const reportMemory = (bytes: number | undefined): string => (bytes === undefined ? 'unbounded' : `${round(bytes / GIB, 2)}Gi`);

function roundToZones(nodes: number, zones: number): number {
  return zones > 1 ? Math.ceil(nodes / zones) * zones : nodes;
}

function pad(rows: string[][]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd(),
  );
}

/** The report `npm run sizing` prints for one environment. */
export function formatSizing(sizing: EnvironmentSizing): string {
  const zones = sizing.zones.length;
  const lines = [`${sizing.environment}${zones > 0 ? ` (zones: ${sizing.zones.join(', ')})` : ''}`];
  const header = ['pool', 'scale', 'pods', 'CPU req', 'CPU lim', 'mem req', 'mem lim', 'nodes'];
  const rows: string[][] = [header];
  const row = (pool: string, scale: string, scaleTotals: ScaleTotals, nodes: string): string[] => [
    pool,
    scale,
    String(scaleTotals.pods),
    reportCpu(scaleTotals.requests.cpuMillis),
    reportCpu(scaleTotals.limits.cpuMillis),
    reportMemory(scaleTotals.requests.memoryBytes),
    reportMemory(scaleTotals.limits.memoryBytes),
    nodes,
  ];
  const nodeCount = (nodes: number | undefined): string => {
    if (nodes === undefined) return '-';
    if (!Number.isFinite(nodes)) return 'a pod does not fit';
    return zones > 1 ? `${roundToZones(nodes, zones)} (${roundToZones(nodes, zones) / zones} per zone)` : String(nodes);
  };
  for (const pool of sizing.pools) {
    const name = pool.pool ?? '(no pool)';
    rows.push(row(name, 'minimum', pool.atMinimum, nodeCount(pool.nodesAtMinimum)));
    rows.push(row(name, 'maximum', pool.atMaximum, nodeCount(pool.nodesAtMaximum)));
  }
  rows.push(row('total', 'minimum', sizing.atMinimum, ''));
  rows.push(row('total', 'maximum', sizing.atMaximum, ''));
  lines.push(...pad(rows).map((line) => `  ${line}`));
  lines.push('');
  for (const pool of sizing.pools) {
    const node = pool.nodeAllocatable
      ? ` (node: ${reportCpu(pool.nodeAllocatable.cpuMillis)} CPU, ${reportMemory(pool.nodeAllocatable.memoryBytes)})`
      : '';
    const servers = pool.workloads
      .map((workload) =>
        workload.minReplicas === workload.maxReplicas
          ? `${workload.name} x${workload.minReplicas}`
          : `${workload.name} x${workload.minReplicas}-${workload.maxReplicas}`,
      )
      .join(', ');
    lines.push(`  ${pool.pool ?? '(no pool)'}${node}: ${servers}`);
    lines.push(
      `    largest pod: ${reportCpu(pool.largestCpu.request.cpuMillis)} CPU (${pool.largestCpu.name}), ${reportMemory(pool.largestMemory.request.memoryBytes)} (${pool.largestMemory.name})`,
    );
  }
  return lines.join('\n');
}

/** One line for the synth summary. */
export function sizingSummary(sizing: EnvironmentSizing): string {
  const all = sizing.pools.flatMap((pool) => pool.workloads);
  const scale = (totalsAt: ScaleTotals): string =>
    `${totalsAt.pods} pods, ${reportCpu(totalsAt.requests.cpuMillis)} CPU, ${reportMemory(totalsAt.requests.memoryBytes)}`;
  const biggest =
    all.length === 0
      ? 'no pods'
      : `largest pod ${reportCpu(largest(all, 'cpuMillis').request.cpuMillis)} CPU (${largest(all, 'cpuMillis').name}), ${reportMemory(largest(all, 'memoryBytes').request.memoryBytes)} (${largest(all, 'memoryBytes').name})`;
  return `${sizing.environment} requests: ${scale(sizing.atMinimum)} at minimum scale; ${scale(sizing.atMaximum)} at maximum; ${biggest}`;
}
