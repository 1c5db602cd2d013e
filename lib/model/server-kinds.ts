/**
 * The Calypso servers and what each one needs by default (the presets).
 *
 * Replica rules and start order come from Calypso's public documentation
 * (see ../shared/DESIGN.md, section 2); sizes and startup budgets are
 * starting points that environments override; a startup budget follows the
 * CPU a server requests (startupBudgetFor).
 */

/** Every kind of Calypso server this library can run. */
export const SERVER_KINDS = [
  'eventserver',
  'authserver',
  'dataserver',
  'readonly-dataserver',
  'engineserver',
  'calculation-server',
  'presentation-server',
  'marketdata-server',
  'dispatcher',
  'calculator',
  'scheduler',
] as const;

/** One kind of Calypso server. */
export type ServerKind = (typeof SERVER_KINDS)[number];

/** Workload kinds a server can run as. */
export type WorkloadKind = 'Deployment' | 'StatefulSet';

/** The kinds a server's workload can be: the preset's, or an Argo Rollouts Rollout for a canary (spec `rollout`). */
export type ServerWorkloadKind = WorkloadKind | 'Rollout';

/** Each kind once: the record makes the compiler refuse a kind left out. */
const SERVER_WORKLOAD_KIND_SET: Readonly<Record<ServerWorkloadKind, true>> = { Deployment: true, StatefulSet: true, Rollout: true };

/** Whether an object's kind is one a server's workload can be (a Deployment, StatefulSet or Rollout): for the checks that pick the servers' workloads out of rendered objects. */
export function isServerWorkloadKind(kind: string): kind is ServerWorkloadKind {
  return Object.hasOwn(SERVER_WORKLOAD_KIND_SET, kind);
}

/** Defaults and rules for one kind of server. */
export interface ServerPreset {
  /** What the server does, for docs and error messages. */
  readonly description: string;
  /** Name a server of this kind gets when the spec gives none. */
  readonly defaultName: string;
  /** Exactly one pod may run at a time; rolls with Recreate. */
  readonly singleton: boolean;
  /** May be scaled horizontally by an autoscaler. */
  readonly scalable: boolean;
  /** Workload kind; StatefulSet where the server needs a stable identity. */
  readonly workload: WorkloadKind;
  /**
   * Kinds this server waits for and talks to; absent kinds are skipped, except the core ones every environment has.
   * The calculation servers, presentation servers and calculators read through the read-only Dataservers
   * (`readonly-dataserver`) when the environment has any, and still write through the Dataserver. DESIGN.md
   * section 2 lists a scalable read-only Dataserver; which servers read through it is this library's choice
   * (the read-heavy, horizontally scaled risk tier; issue 10), not a documented Calypso fact.
   */
  readonly dependsOnKinds: readonly ServerKind[];
  /** Default CPU request. */
  readonly cpu: string;
  /** Default memory request and limit. */
  readonly memory: string;
  /** Seconds the startup probe allows before the JVM counts as failed to start, at the preset's CPU (see startupBudgetFor). */
  readonly startupBudgetSeconds: number;
  /** Seconds between SIGTERM and SIGKILL, for a clean shutdown. */
  readonly terminationGracePeriodSeconds: number;
}

/** Servers every environment has exactly one of. */
export const CORE_KINDS: readonly ServerKind[] = ['eventserver', 'authserver', 'dataserver'];

const CORE = ['eventserver', 'authserver', 'dataserver'] as const;

/** The presets, one per server kind. */
export const SERVER_PRESETS: Readonly<Record<ServerKind, ServerPreset>> = {
  eventserver: {
    description: 'message bus; must run in its own JVM and starts first',
    defaultName: 'eventserver',
    singleton: true,
    scalable: false,
    workload: 'StatefulSet',
    dependsOnKinds: [],
    cpu: '1',
    memory: '4Gi',
    startupBudgetSeconds: 300,
    terminationGracePeriodSeconds: 90,
  },
  authserver: {
    description: 'authentication and sessions; starts after the Eventserver',
    defaultName: 'authserver',
    singleton: false,
    scalable: false,
    workload: 'Deployment',
    dependsOnKinds: ['eventserver'],
    cpu: '1',
    memory: '2Gi',
    startupBudgetSeconds: 300,
    terminationGracePeriodSeconds: 60,
  },
  dataserver: {
    description: 'persistence layer over the database; a cluster singleton everything else waits for',
    defaultName: 'dataserver',
    singleton: true,
    scalable: false,
    workload: 'Deployment',
    dependsOnKinds: ['eventserver', 'authserver'],
    cpu: '4',
    memory: '16Gi',
    startupBudgetSeconds: 900,
    terminationGracePeriodSeconds: 120,
  },
  'readonly-dataserver': {
    description:
      'read-only Dataserver; serves the reads of the calculation servers, presentation servers and calculators; scales horizontally',
    defaultName: 'readonly-dataserver',
    singleton: false,
    scalable: true,
    workload: 'Deployment',
    dependsOnKinds: CORE,
    cpu: '2',
    memory: '8Gi',
    startupBudgetSeconds: 900,
    terminationGracePeriodSeconds: 120,
  },
  engineserver: {
    description: 'hosts named engines; each engine runs in exactly one engine server',
    defaultName: 'engineserver',
    singleton: true,
    scalable: false,
    workload: 'Deployment',
    dependsOnKinds: CORE,
    cpu: '2',
    memory: '8Gi',
    startupBudgetSeconds: 600,
    terminationGracePeriodSeconds: 120,
  },
  'calculation-server': {
    description: 'risk calculation tier; scales horizontally',
    defaultName: 'calculation-server',
    singleton: false,
    scalable: true,
    workload: 'Deployment',
    dependsOnKinds: [...CORE, 'readonly-dataserver', 'marketdata-server'],
    cpu: '4',
    memory: '16Gi',
    startupBudgetSeconds: 600,
    terminationGracePeriodSeconds: 120,
  },
  'presentation-server': {
    description: 'risk presentation tier; starts after the calculation servers',
    defaultName: 'presentation-server',
    singleton: false,
    scalable: false,
    workload: 'Deployment',
    dependsOnKinds: [...CORE, 'readonly-dataserver', 'calculation-server'],
    cpu: '2',
    memory: '8Gi',
    startupBudgetSeconds: 600,
    terminationGracePeriodSeconds: 60,
  },
  'marketdata-server': {
    description: 'market data for the risk servers',
    defaultName: 'marketdata-server',
    singleton: false,
    scalable: false,
    workload: 'Deployment',
    dependsOnKinds: CORE,
    cpu: '2',
    memory: '8Gi',
    startupBudgetSeconds: 600,
    terminationGracePeriodSeconds: 60,
  },
  dispatcher: {
    description: 'risk grid dispatcher; hands work to the calculators',
    defaultName: 'dispatcher',
    singleton: true,
    scalable: false,
    workload: 'Deployment',
    dependsOnKinds: CORE,
    cpu: '1',
    memory: '4Gi',
    startupBudgetSeconds: 300,
    terminationGracePeriodSeconds: 60,
  },
  calculator: {
    description: 'risk grid calculator; scales horizontally',
    defaultName: 'calculator',
    singleton: false,
    scalable: true,
    workload: 'Deployment',
    dependsOnKinds: ['eventserver', 'dataserver', 'readonly-dataserver', 'dispatcher'],
    cpu: '2',
    memory: '8Gi',
    startupBudgetSeconds: 300,
    terminationGracePeriodSeconds: 60,
  },
  scheduler: {
    description: 'scheduled tasks; may run outside the cluster',
    defaultName: 'scheduler',
    singleton: true,
    scalable: false,
    workload: 'Deployment',
    dependsOnKinds: CORE,
    cpu: '1',
    memory: '2Gi',
    startupBudgetSeconds: 300,
    terminationGracePeriodSeconds: 60,
  },
};

/**
 * How the startup budget follows the CPU a server requests: the preset's
 * budget at the preset's CPU or more (the floor: with more CPU a start is
 * still bound by class loading, the database and the servers it waits for,
 * and a budget cut too short restarts a healthy JVM in a loop); with less,
 * longer in proportion (a JVM throttled to half the CPU loads classes and
 * compiles at half the speed), up to `cap` times the preset's. Rounded up to
 * whole `roundSeconds`, the startup probe's period.
 */
export const STARTUP_BUDGET_SCALING = { cap: 4, roundSeconds: 10 } as const;

/** Millicores of a CPU quantity such as `4` or `500m` (the presets use only these forms). */
function presetMillis(cpu: string): number {
  return cpu.endsWith('m') ? Number(cpu.slice(0, -1)) : Number(cpu) * 1000;
}

/** The startup budget of a server of this preset that requests `cpuMillis` of CPU. */
export function startupBudgetFor(preset: Pick<ServerPreset, 'cpu' | 'startupBudgetSeconds'>, cpuMillis: number): number {
  const { cap, roundSeconds } = STARTUP_BUDGET_SCALING;
  const factor = Math.min(cap, Math.max(1, presetMillis(preset.cpu) / cpuMillis));
  return Math.ceil((preset.startupBudgetSeconds * factor) / roundSeconds) * roundSeconds;
}

/** True if the value names a server kind. */
export function isServerKind(value: string): value is ServerKind {
  return (SERVER_KINDS as readonly string[]).includes(value);
}
