/**
 * Where a server's pods run: pinned to a node pool (node selector plus
 * tolerations for the pool's taints), kept in the environment's zones,
 * spread across nodes and zones when there are several, and protected by a
 * PriorityClass when the server is a singleton.
 */
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import type { CalypsoEnvironment } from './calypso-environment';
import type { CalypsoServer } from './calypso-server';
import { SpecError } from '../model/errors';
import type { NodePoolSpec, ServerSpread, SpreadPolicy } from '../model/placement-spec';
import { ownPriorityClassName, PRIORITY_VALUES, priorityClassName, rendersPriorityClass, type PriorityTier } from '../model/priority';

/** Node label of the host name, the topology key of node spreading. */
export const HOSTNAME_TOPOLOGY_KEY = 'kubernetes.io/hostname';
/** Node label of the zone, the topology key of zone spreading. */
export const ZONE_TOPOLOGY_KEY = 'topology.kubernetes.io/zone';

/** Props of a CalypsoPriorityClass. */
export interface CalypsoPriorityClassProps {
  readonly environment: CalypsoEnvironment;
  readonly tier: PriorityTier;
}

/**
 * A PriorityClass for one priority tier of an environment, named
 * `<namespace>-<tier>` (unique per cluster, as the namespace is); belongs in
 * a chart without a namespace. Not for a tier whose spec names an existing
 * class (`placement.priorityClasses`). Its pods may preempt lower-priority pods when
 * they cannot be scheduled (a pending Dataserver evicts a calculator, never
 * the other way round), and no lower-priority pod can preempt them.
 */
export class CalypsoPriorityClass extends Construct {
  public readonly priorityClass: k8s.KubePriorityClass;
  public readonly name: string;

  /** Throws SpecError when the spec names an existing class for the tier. */
  public constructor(scope: Construct, id: string, props: CalypsoPriorityClassProps) {
    super(scope, id);
    const { environment, tier } = props;
    if (!rendersPriorityClass(environment, tier)) {
      throw new SpecError([
        {
          environment: environment.name,
          field: `placement.priorityClasses.${tier}`,
          message: `names the existing class ${priorityClassName(environment, tier)}; the environment renders no ${tier} PriorityClass of its own`,
        },
      ]);
    }
    this.name = ownPriorityClassName(environment.namespace, tier);
    const what =
      tier === 'core'
        ? 'the Eventserver, Authserver and Dataserver every other server waits for'
        : 'servers that run exactly one pod (Engineservers, Dispatcher, Scheduler)';
    this.priorityClass = new k8s.KubePriorityClass(this, 'Resource', {
      metadata: { name: this.name, labels: environment.labels('priorityclass', `priority-${tier}`) },
      value: PRIORITY_VALUES[environment.tier][tier],
      globalDefault: false,
      preemptionPolicy: 'PreemptLowerPriority',
      description: `Calypso ${environment.name} (namespace ${environment.namespace}): ${what}; above the other Calypso servers, so they are not preempted by them`,
    });
  }
}

/** How one server is placed. */
export interface PlacementOptions {
  /** The pool the server is pinned to. */
  readonly pool?: NodePoolSpec;
  /** Zones the environment runs in. */
  readonly zones?: readonly string[];
  /** Whether the server runs (or may scale to) more than one pod, and so is spread. */
  readonly multiPod: boolean;
  /** Hard or soft spreading: one policy for both topologies, or one per topology (what a server's plan says, serverSpreadFor). */
  readonly spread: SpreadPolicy | ServerSpread;
  /** PriorityClass of the server's pods. */
  readonly priorityClassName?: string;
}

/** The pod fields that decide where a pod runs (what `CalypsoServer.schedule` sets). */
export type PodScheduling = Pick<
  k8s.PodSpec,
  'nodeSelector' | 'tolerations' | 'affinity' | 'topologySpreadConstraints' | 'priorityClassName'
>;

/** Tolerations for exactly the taints of a pool. */
export function tolerationsFor(pool: NodePoolSpec): k8s.Toleration[] {
  return (pool.taints ?? []).map((taint) =>
    taint.value === undefined
      ? { key: taint.key, operator: 'Exists', effect: taint.effect }
      : { key: taint.key, operator: 'Equal', value: taint.value, effect: taint.effect },
  );
}

/** The label that tells a workload's revisions apart: a Deployment's, or the one Argo Rollouts puts on a Rollout's pods. */
function revisionLabel(kind: string | undefined): { matchLabelKeys?: string[] } {
  if (kind === 'Deployment') return { matchLabelKeys: ['pod-template-hash'] };
  if (kind === 'Rollout') return { matchLabelKeys: ['rollouts-pod-template-hash'] };
  return {};
}

/**
 * The scheduling fields of a server's pods. Spread constraints count only
 * nodes the pod may use (its pool, untainted or tolerated), and for a
 * Deployment (or a canary's Rollout) only pods of the same revision, so a
 * rollout's surge pod is not held back by the pods it replaces.
 */
export function schedulingFor(server: CalypsoServer, options: PlacementOptions): PodScheduling {
  const { pool, zones, multiPod, spread } = options;
  const scheduling: { -readonly [K in keyof PodScheduling]: PodScheduling[K] } = {};
  if (pool !== undefined) {
    scheduling.nodeSelector = { ...pool.nodeLabels };
    const tolerations = tolerationsFor(pool);
    if (tolerations.length > 0) scheduling.tolerations = tolerations;
  }
  const zoned = zones !== undefined && zones.length > 0;
  if (zoned) {
    scheduling.affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: ZONE_TOPOLOGY_KEY, operator: 'In', values: [...zones] }] }],
        },
      },
    };
  }
  if (multiPod) {
    const policies: ServerSpread = typeof spread === 'string' ? { node: spread, zone: spread } : spread;
    const sameRevision = revisionLabel(server.workload?.kind);
    const constraint = (topologyKey: string, policy: SpreadPolicy): k8s.TopologySpreadConstraint => ({
      topologyKey,
      maxSkew: 1,
      whenUnsatisfiable: policy === 'required' ? 'DoNotSchedule' : 'ScheduleAnyway',
      labelSelector: { matchLabels: server.selector },
      ...sameRevision,
      nodeAffinityPolicy: 'Honor',
      nodeTaintsPolicy: 'Honor',
    });
    scheduling.topologySpreadConstraints = zoned
      ? [constraint(HOSTNAME_TOPOLOGY_KEY, policies.node), constraint(ZONE_TOPOLOGY_KEY, policies.zone)]
      : [constraint(HOSTNAME_TOPOLOGY_KEY, policies.node)];
  }
  if (options.priorityClassName !== undefined) scheduling.priorityClassName = options.priorityClassName;
  return scheduling;
}
