/**
 * Drain and scale simulation over rendered objects: what the scheduler and
 * the eviction API would do with an environment's Deployments and
 * StatefulSets, HorizontalPodAutoscalers and PodDisruptionBudgets on the
 * node pools its spec declares (node size, labels, taints, node count,
 * zones). Two questions per pool:
 *
 * - drain: at minimum scale on the nodes the pool always has (`nodes.min`),
 *   can every node be drained, one at a time? Each pod on it must be
 *   evictable (its PodDisruptionBudget allows a disruption) and its
 *   replacement must be schedulable elsewhere within its constraints.
 * - scale: with every HPA at its maximum, do all pods fit on the most nodes
 *   the pool may have (`nodes.max`)?
 *
 * A model, not the scheduler: pods are placed largest first (at maximum
 * scale, the scale-up pods after the minimum ones) onto the feasible node
 * with the fewest pods of the same server under soft spread constraints,
 * then the most free memory. It checks node selectors, tolerations (NoSchedule
 * and NoExecute taints), required node affinity (In, NotIn, Exists), CPU
 * and memory requests (init containers counted as the scheduler counts them),
 * and hard topology spread constraints (counting only nodes the pod may use,
 * as `nodeAffinityPolicy` and `nodeTaintsPolicy: Honor` ask; a cordoned node
 * carries the unschedulable taint, so it drops out). Not modelled: preemption,
 * pod affinity, volume topology (a zonal disk keeps a StatefulSet pod in its
 * zone), pods that select no declared pool (they run on nodes the spec does
 * not describe), and DaemonSets (`nodeAllocatable` already excludes them).
 * Plain objects in, plain findings out, so it runs on YAML read back from dist/.
 */
import type { NodePoolSpec, NodeTaint, PlacementSettings } from '../model/placement-spec';
import { compareText } from '../model/names';
import { parseCpu, parseMemory } from '../model/quantity';
import { isServerWorkloadKind } from '../model/server-kinds';

/** The parts of a Kubernetes object the simulation reads. */
export interface SimulatedObject {
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly labels?: Readonly<Record<string, string>> };
  readonly [field: string]: unknown;
}

/** Why a drain or a scale-up would not complete. */
export interface SchedulingFinding {
  /** The node pool. */
  readonly pool: string;
  /** `minimum`: the pods at minimum scale do not fit; `drain`: draining a node stalls; `maximum`: the pods at HPA maximum do not fit. */
  readonly scenario: 'minimum' | 'drain' | 'maximum';
  /** The workload (server) concerned. */
  readonly workload: string;
  /** `budget`: a PodDisruptionBudget allows no eviction; `unschedulable`: a pod has no node; `pool`: the pool cannot be simulated. */
  readonly reason: 'budget' | 'unschedulable' | 'pool';
  readonly message: string;
}

type Json = Record<string, unknown>;
type Labels = Readonly<Record<string, string>>;
interface Toleration {
  readonly key?: string;
  readonly operator?: string;
  readonly value?: string;
  readonly effect?: string;
}
interface NodeSelectorRequirement {
  readonly key: string;
  readonly operator: string;
  readonly values?: readonly string[];
}
interface SpreadConstraint {
  readonly topologyKey: string;
  readonly maxSkew: number;
  readonly whenUnsatisfiable: string;
  readonly labelSelector?: { readonly matchLabels?: Labels };
}

/** One workload's pod template, as the scheduler sees it. */
interface PodTemplate {
  readonly workload: string;
  readonly labels: Labels;
  readonly cpuMillis: number;
  readonly memoryBytes: number;
  readonly nodeSelector: Labels;
  readonly tolerations: readonly Toleration[];
  /** Terms of the required node affinity (any term must match); empty for none. */
  readonly affinityTerms: readonly (readonly NodeSelectorRequirement[])[];
  readonly spread: readonly SpreadConstraint[];
  readonly minReplicas: number;
  readonly maxReplicas: number;
}

interface SimulatedNode {
  readonly name: string;
  readonly labels: Labels;
  readonly taints: readonly NodeTaint[];
  cpuMillis: number;
  memoryBytes: number;
  readonly pods: PodTemplate[];
}

interface Budget {
  readonly name: string;
  readonly selector: Labels;
  readonly minAvailable?: number | string;
  readonly maxUnavailable?: number | string;
}

/** Node label of the host name and of the zone. */
const HOSTNAME = 'kubernetes.io/hostname';
const ZONE = 'topology.kubernetes.io/zone';
/** The taint `kubectl drain` (cordon) puts on a node. */
const UNSCHEDULABLE: NodeTaint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

const matches = (selector: Labels | undefined, labels: Labels): boolean =>
  selector !== undefined && Object.entries(selector).every(([key, value]) => labels[key] === value);

function scaled(value: number | string, expected: number): number {
  return typeof value === 'number' ? value : Math.ceil((Number.parseFloat(value) * expected) / 100);
}

/**
 * Evictions a PodDisruptionBudget allows (policy/v1): healthy pods above
 * the desired healthy count, where the desired count is `minAvailable`, or
 * the expected pods less `maxUnavailable` (percentages rounded up).
 */
export function disruptionsAllowed(
  budget: { readonly minAvailable?: number | string; readonly maxUnavailable?: number | string },
  expectedPods: number,
  healthyPods: number,
): number {
  const desired =
    budget.minAvailable !== undefined
      ? scaled(budget.minAvailable, expectedPods)
      : expectedPods - scaled(budget.maxUnavailable ?? 0, expectedPods);
  return Math.max(0, healthyPods - desired);
}

function quantity(containers: readonly Json[], field: 'cpu' | 'memory'): number {
  const parse = field === 'cpu' ? parseCpu : parseMemory;
  const of = (container: Json): number =>
    parse(String((container.resources as { requests?: Json } | undefined)?.requests?.[field] ?? '0')) ?? 0;
  return containers.reduce((total, container) => total + of(container), 0);
}

function podTemplates(objects: readonly SimulatedObject[]): PodTemplate[] {
  const autoscalers = new Map<string, { min: number; max: number }>();
  for (const object of objects.filter((candidate) => candidate.kind === 'HorizontalPodAutoscaler')) {
    const spec = object.spec as { scaleTargetRef: { kind: string; name: string }; minReplicas?: number; maxReplicas: number };
    autoscalers.set(`${spec.scaleTargetRef.kind}/${spec.scaleTargetRef.name}`, { min: spec.minReplicas ?? 1, max: spec.maxReplicas });
  }
  return objects
    .filter((object) => isServerWorkloadKind(object.kind))
    .map((object) => {
      const spec = object.spec as Json;
      const template = spec.template as { metadata?: { labels?: Labels }; spec: Json };
      const pod = template.spec;
      const containers = (pod.containers ?? []) as Json[];
      const initContainers = (pod.initContainers ?? []) as Json[];
      const request = (field: 'cpu' | 'memory'): number =>
        Math.max(quantity(containers, field), ...initContainers.map((init) => quantity([init], field)));
      const affinity = pod.affinity as
        | {
            nodeAffinity?: {
              requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms: { matchExpressions?: NodeSelectorRequirement[] }[] };
            };
          }
        | undefined;
      const terms = affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
      const replicas = (spec.replicas as number | undefined) ?? 1;
      const hpa = autoscalers.get(`${object.kind}/${object.metadata.name}`);
      return {
        workload: object.metadata.name,
        labels: template.metadata?.labels ?? {},
        cpuMillis: request('cpu'),
        memoryBytes: request('memory'),
        nodeSelector: (pod.nodeSelector ?? {}) as Labels,
        tolerations: (pod.tolerations ?? []) as Toleration[],
        affinityTerms: terms.map((term) => term.matchExpressions ?? []),
        spread: (pod.topologySpreadConstraints ?? []) as SpreadConstraint[],
        minReplicas: hpa?.min ?? replicas,
        maxReplicas: hpa?.max ?? replicas,
      };
    });
}

function budgets(objects: readonly SimulatedObject[]): Budget[] {
  return objects
    .filter((object) => object.kind === 'PodDisruptionBudget')
    .map((object) => {
      const spec = object.spec as { selector?: { matchLabels?: Labels }; minAvailable?: number | string; maxUnavailable?: number | string };
      return {
        name: object.metadata.name,
        minAvailable: spec.minAvailable,
        maxUnavailable: spec.maxUnavailable,
        selector: spec.selector?.matchLabels ?? {},
      };
    });
}

const tolerates = (tolerations: readonly Toleration[], taint: NodeTaint): boolean =>
  tolerations.some(
    (toleration) =>
      (toleration.effect === undefined || toleration.effect === taint.effect) &&
      (toleration.key === undefined ? toleration.operator === 'Exists' : toleration.key === taint.key) &&
      (toleration.operator === 'Exists' || toleration.value === taint.value),
  );

function requirementHolds(requirement: NodeSelectorRequirement, labels: Labels): boolean {
  const value = labels[requirement.key];
  if (requirement.operator === 'In') return value !== undefined && (requirement.values ?? []).includes(value);
  if (requirement.operator === 'NotIn') return value === undefined || !(requirement.values ?? []).includes(value);
  if (requirement.operator === 'Exists') return value !== undefined;
  if (requirement.operator === 'DoesNotExist') return value === undefined;
  return false;
}

/** Whether the pod may use the node at all (selector, affinity, taints): the nodes its spread constraints count. */
function mayUse(pod: PodTemplate, node: SimulatedNode): boolean {
  if (!matches(pod.nodeSelector, node.labels)) return false;
  if (
    pod.affinityTerms.length > 0 &&
    !pod.affinityTerms.some((term) => term.every((requirement) => requirementHolds(requirement, node.labels)))
  )
    return false;
  return node.taints.filter((taint) => taint.effect !== 'PreferNoSchedule').every((taint) => tolerates(pod.tolerations, taint));
}

/** Pods matching the constraint's selector per topology domain, over the nodes the pod may use. */
function domainCounts(pod: PodTemplate, constraint: SpreadConstraint, nodes: readonly SimulatedNode[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of nodes.filter((candidate) => mayUse(pod, candidate))) {
    const domain = node.labels[constraint.topologyKey];
    if (domain === undefined) continue;
    const here = node.pods.filter((other) => matches(constraint.labelSelector?.matchLabels, other.labels)).length;
    counts.set(domain, (counts.get(domain) ?? 0) + here);
  }
  return counts;
}

function fits(pod: PodTemplate, node: SimulatedNode): boolean {
  return node.cpuMillis >= pod.cpuMillis && node.memoryBytes >= pod.memoryBytes;
}

/** The node the pod would be scheduled on, or undefined. */
function chooseNode(pod: PodTemplate, nodes: readonly SimulatedNode[]): SimulatedNode | undefined {
  const hard = pod.spread.filter((constraint) => constraint.whenUnsatisfiable === 'DoNotSchedule');
  const soft = pod.spread.filter((constraint) => constraint.whenUnsatisfiable !== 'DoNotSchedule');
  const hardCounts = hard.map((constraint) => ({ constraint, counts: domainCounts(pod, constraint, nodes) }));
  const softCounts = soft.map((constraint) => ({ constraint, counts: domainCounts(pod, constraint, nodes) }));
  const feasible = nodes.filter(
    (node) =>
      mayUse(pod, node) &&
      fits(pod, node) &&
      hardCounts.every(({ constraint, counts }) => {
        const domain = node.labels[constraint.topologyKey];
        if (domain === undefined) return false;
        const lowest = Math.min(...counts.values());
        return (counts.get(domain) ?? 0) + 1 - lowest <= constraint.maxSkew;
      }),
  );
  const softScore = (node: SimulatedNode): number =>
    softCounts.reduce((total, { constraint, counts }) => total + (counts.get(node.labels[constraint.topologyKey]) ?? 0), 0);
  return feasible.sort((a, b) => softScore(a) - softScore(b) || b.memoryBytes - a.memoryBytes || compareText(a.name, b.name))[0];
}

function place(pod: PodTemplate, node: SimulatedNode): void {
  node.pods.push(pod);
  node.cpuMillis -= pod.cpuMillis;
  node.memoryBytes -= pod.memoryBytes;
}

function remove(pod: PodTemplate, node: SimulatedNode): void {
  node.pods.splice(node.pods.indexOf(pod), 1);
  node.cpuMillis += pod.cpuMillis;
  node.memoryBytes += pod.memoryBytes;
}

function nodesOf(pool: NodePoolSpec, count: number, zones: readonly string[]): SimulatedNode[] {
  const cpu = parseCpu(pool.nodeAllocatable.cpu) ?? 0;
  const memory = parseMemory(pool.nodeAllocatable.memory) ?? 0;
  return Array.from({ length: count }, (_, index) => {
    const name = `${pool.name}-${index + 1}`;
    const zone: Record<string, string> = zones.length > 0 ? { [ZONE]: zones[index % zones.length] } : {};
    return {
      name,
      labels: { ...pool.nodeLabels, [HOSTNAME]: name, ...zone },
      taints: pool.taints ?? [],
      cpuMillis: cpu,
      memoryBytes: memory,
      pods: [],
    };
  });
}

const bySize = (a: PodTemplate, b: PodTemplate): number =>
  b.memoryBytes - a.memoryBytes || b.cpuMillis - a.cpuMillis || compareText(a.workload, b.workload);

/** Places `count` pods of each template, largest first; returns the pods that found no node. */
function placeAll(templates: readonly PodTemplate[], count: (template: PodTemplate) => number, nodes: SimulatedNode[]): PodTemplate[] {
  const unplaced: PodTemplate[] = [];
  const pods = templates.flatMap((template) => Array.from({ length: count(template) }, () => template)).sort(bySize);
  for (const pod of pods) {
    const node = chooseNode(pod, nodes);
    if (node === undefined) unplaced.push(pod);
    else place(pod, node);
  }
  return unplaced;
}

function describeUnplaced(unplaced: readonly PodTemplate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pod of unplaced) counts.set(pod.workload, (counts.get(pod.workload) ?? 0) + 1);
  return counts;
}

function simulatePool(
  pool: NodePoolSpec,
  templates: readonly PodTemplate[],
  pdbs: readonly Budget[],
  zones: readonly string[],
): SchedulingFinding[] {
  const findings: SchedulingFinding[] = [];
  const finding = (
    scenario: SchedulingFinding['scenario'],
    workload: string,
    reason: SchedulingFinding['reason'],
    message: string,
  ): void => {
    findings.push({ pool: pool.name, scenario, workload, reason, message });
  };
  if (pool.nodes === undefined) {
    finding('minimum', '', 'pool', `pool ${pool.name} declares no node count (nodes.min); nothing to simulate`);
    return findings;
  }
  const { min, max = min } = pool.nodes;
  const minimumPods = (template: PodTemplate): number => template.minReplicas;

  // Scale: every HPA at its maximum on the most nodes the pool may have; the minimum pods first, as they ran before the scale-up.
  const largest = nodesOf(pool, max, zones);
  const notAtMinimum = placeAll(templates, minimumPods, largest);
  const notAtMaximum = [...notAtMinimum, ...placeAll(templates, (template) => template.maxReplicas - template.minReplicas, largest)];
  for (const [workload, count] of describeUnplaced(notAtMaximum)) {
    const template = templates.find((candidate) => candidate.workload === workload)!;
    finding(
      'maximum',
      workload,
      'unschedulable',
      `at maximum scale (${template.maxReplicas} pods) ${count} pod(s) of ${workload} find no node among the ${max} nodes of pool ${pool.name}`,
    );
  }

  // Drain: at minimum scale on the nodes the pool always has, cordon and drain each node in turn.
  const baseline = nodesOf(pool, min, zones);
  const unplacedAtMinimum = placeAll(templates, minimumPods, baseline);
  for (const [workload, count] of describeUnplaced(unplacedAtMinimum)) {
    finding(
      'minimum',
      workload,
      'unschedulable',
      `at minimum scale ${count} pod(s) of ${workload} find no node among the ${min} nodes of pool ${pool.name}`,
    );
  }
  if (unplacedAtMinimum.length > 0) return findings;
  for (let index = 0; index < baseline.length; index++) {
    const nodes = nodesOf(pool, min, zones);
    placeAll(templates, minimumPods, nodes);
    const drained = nodes[index];
    const cordoned: SimulatedNode = { ...drained, taints: [...drained.taints, UNSCHEDULABLE] };
    nodes[index] = cordoned;
    for (const pod of [...drained.pods].sort(bySize)) {
      const budget = pdbs.find((candidate) => matches(candidate.selector, pod.labels));
      if (budget !== undefined) {
        const running = nodes.flatMap((node) => node.pods).filter((other) => matches(budget.selector, other.labels)).length;
        if (disruptionsAllowed(budget, pod.minReplicas, running) < 1) {
          finding(
            'drain',
            pod.workload,
            'budget',
            `draining ${drained.name} stalls: PodDisruptionBudget ${budget.name} allows no eviction of ${pod.workload} at ${running} of ${pod.minReplicas} pods`,
          );
          break;
        }
      }
      remove(pod, cordoned);
      const target = chooseNode(pod, nodes);
      if (target === undefined) {
        finding(
          'drain',
          pod.workload,
          'unschedulable',
          `draining ${drained.name}: the evicted pod of ${pod.workload} finds no other node of pool ${pool.name} (${min} nodes) within its constraints`,
        );
        break;
      }
      place(pod, target);
    }
  }
  return findings;
}

/**
 * Drains every node of every declared pool at minimum scale, and scales
 * every HPA to its maximum, over an environment's rendered objects; returns
 * what would not complete (empty when everything does).
 */
export function simulateDrainAndScale(objects: readonly SimulatedObject[], placement: PlacementSettings | undefined): SchedulingFinding[] {
  const templates = podTemplates(objects);
  const pdbs = budgets(objects);
  const zones = placement?.zones ?? [];
  return (placement?.nodePools ?? []).flatMap((pool) =>
    simulatePool(
      pool,
      templates.filter((template) => matches(pool.nodeLabels, template.nodeSelector)),
      pdbs,
      zones,
    ),
  );
}
