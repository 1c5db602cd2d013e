/**
 * The plan of one server in an environment: the server with every default
 * applied, plus everything the environment derives for it: its place in
 * the dependency graph (dependencies, start depth, sync wave, wait targets
 * and timeout, rollout deadline), labels, object names, ports, its
 * properties file, autoscaling, disruption budget, priority, placement,
 * storage, routed ports, debug port and credentials. Plain data; no cdk8s.
 * Servers of a spec and servers composed by hand are planned by the same
 * functions.
 */
import { resolveRollout, type ResolvedCanaryRollout } from './rollout-spec';
import { resolveHorizontalAutoscaling, type ResolvedHorizontalAutoscaling } from './autoscaling-spec';
import { LDAP_BIND_KINDS } from './credentials-spec';
import type { DependencyGraph } from './dependency-graph';
import { serverPorts, type ImageContract, type NamedPort } from './image-contract';
import { HEADLESS_SERVICE_SUFFIX } from './generated-name-rules';
import { routePort } from './ingress-validation';
import { recommendedLabels, selectorLabels } from './names';
import { nodePoolNamed, serverSpreadFor, spreadPolicyOf, type NodePoolSpec, type ServerSpread } from './placement-spec';
import { priorityClassName, priorityTierOf, type PriorityTier } from './priority';
import { dataChecksum, renderProperties } from './properties';
import type { ResolvedSettings } from './resolved-settings';
import type { ServerKind, ServerWorkloadKind } from './server-kinds';
import { DEFAULT_EPHEMERAL_STATE_SIZE } from './storage-spec';
import type { ResolvedServer, ServerSpec } from './server-spec';
import { serverWave, SYNC_WAVES } from './sync-wave-plan';

/** Seconds added to the dependency chain's startup budgets for image pulls and scheduling. */
export const WAIT_MARGIN_SECONDS = 300;

/** What a server's place in the dependency graph decides. */
export interface ServerGraphFacts {
  /** Servers this one depends on, sorted by name. */
  readonly dependencies: readonly string[];
  /** Servers that depend on this one, sorted by name. */
  readonly dependents: readonly string[];
  /** 0 for a server with no dependencies, else one more than its deepest dependency. */
  readonly startDepth: number;
  /** ArgoCD sync wave of the server's workload. */
  readonly syncWave: number;
  /**
   * The read-only Dataservers among the dependencies, sorted by name: the
   * server reads through them (image contract `readOnlyDataserver`) and
   * writes through the Dataserver.
   */
  readonly readOnlyDataservers: readonly string[];
  /** Health endpoints the dependency-wait container polls, one per dependency. */
  readonly waitTargets: readonly string[];
  /** Seconds to wait for the dependencies: the spec's, or the slowest chain of startups below the server plus a margin. */
  readonly waitTimeoutSeconds: number;
  /** Seconds a rollout may take before it counts as stuck: the wait plus the server's own startup budget. */
  readonly progressDeadlineSeconds: number;
}

/** Names of the objects a server gets; every one comes from the server name, never from a construct id. */
export interface ServerObjectNames {
  /** The Deployment or StatefulSet, the Service, the ServiceAccount, the PodDisruptionBudget, the autoscalers, the NetworkPolicy. */
  readonly server: string;
  /** The properties ConfigMap. */
  readonly propertiesConfigMap: string;
  /** The NodePort Service, when the server is exposed through node ports. */
  readonly nodePortService: string;
  /** The headless Service that governs a StatefulSet's pods (`serviceName`), when the server runs as one. */
  readonly headlessService?: string;
}

/** Where a server keeps the state it has on disk: a claim per pod, or an emptyDir that goes with the pod. */
export interface ResolvedStateStorage {
  /** Size of the claim, or size limit of the emptyDir. */
  readonly size: string;
  /** StorageClass of the claim; undefined for an emptyDir. */
  readonly storageClass?: string;
  /** Where it is mounted (image contract `stateDirectories`). */
  readonly directory: string;
}

/** The credentials besides the database's that a server may mount. */
export type CredentialRole = 'keystore' | 'truststore' | 'ldapBind';

/** One server of an environment: the server with defaults applied, plus everything the environment derives for it. */
export interface ServerPlan extends Omit<ResolvedServer, 'waitTimeoutSeconds'>, ServerGraphFacts {
  /** Labels that select the server's pods (immutable: no version). */
  readonly selector: Readonly<Record<string, string>>;
  /**
   * Recommended labels of the server's configuration objects (Service,
   * ServiceAccount, ConfigMap, budget, policies, …): their version is this
   * library's, so a release bump does not touch them.
   */
  readonly labels: Readonly<Record<string, string>>;
  /** Recommended labels of what runs the release (the workload and its pod template): their version is the release. */
  readonly workloadLabels: Readonly<Record<string, string>>;
  readonly objectNames: ServerObjectNames;
  /** The ports the server serves, as its Service publishes them (health port first). */
  readonly ports: readonly NamedPort[];
  /** The service ports the environment's ingress routes to, in route order. */
  readonly routedPorts: readonly NamedPort[];
  /** Data of the properties ConfigMap: the environment's properties file with this server's properties on top. */
  readonly propertiesData: Readonly<Record<string, string>>;
  /** Checksum of `propertiesData`, on the pod template so pods roll when the properties change. */
  readonly propertiesChecksum: string;
  /** The HorizontalPodAutoscaler, with defaults; the workload then leaves `replicas` to it. */
  readonly autoscaling?: ResolvedHorizontalAutoscaling;
  /** The canary rollout, with defaults: the server then runs as an Argo Rollouts Rollout instead of a Deployment. */
  readonly rollout?: ResolvedCanaryRollout;
  /** The kind of its workload: the preset's, or a Rollout (argoproj.io) for a canary. */
  readonly workloadKind: ServerWorkloadKind;
  /** Most pods the server may run: the autoscaler's maximum, or its replicas. */
  readonly maxReplicas: number;
  /** Whether it gets a PodDisruptionBudget (it may run more than one pod, or the spec blocks drains). */
  readonly disruptionBudget: boolean;
  /** Whether its budget allows no eviction, so node drains wait for a human (the spec's `blockNodeDrains`). */
  readonly blocksNodeDrains: boolean;
  /** Whether it gets a recommendation-only VerticalPodAutoscaler. */
  readonly verticalAutoscaler: boolean;
  readonly priorityTier?: PriorityTier;
  /** Name of the PriorityClass of its pods. */
  readonly priorityClassName?: string;
  /** The node pool it is pinned to. */
  readonly nodePool?: NodePoolSpec;
  /** How hard it spreads across nodes and zones, when it may run more than one pod (serverSpreadFor). */
  readonly spread: ServerSpread;
  /** Its state directory's volume, for every in-cluster server whose kind has one (image contract `stateDirectories`). */
  readonly stateStorage?: ResolvedStateStorage;
  /** Whether the environment's shared volume is mounted into it. */
  readonly mountsSharedFiles: boolean;
  /** Port of the JDWP agent, when the server runs in debug mode. */
  readonly debugPort?: number;
  /** The credentials mounted into it, besides the database's: the TLS stores it is chosen for, the LDAP bind for an Authserver. */
  readonly credentialMounts: readonly CredentialRole[];
}

/**
 * A server's dependencies, dependents, start depth, wave and wait timeout,
 * from the environment's graph and every server's startup budget.
 */
export function serverGraphFacts(
  server: Pick<ResolvedServer, 'name' | 'startupBudgetSeconds' | 'waitTimeoutSeconds'>,
  graph: DependencyGraph,
  startupBudgets: ReadonlyMap<string, number>,
  contract: ImageContract,
  kindOf: (name: string) => ServerKind | undefined = () => undefined,
): ServerGraphFacts {
  const dependencies = graph.dependenciesOf(server.name);
  const chains = dependencies.map((dependency) => graph.heaviestChain(dependency, (node) => startupBudgets.get(node) ?? 0));
  const waitTimeoutSeconds = server.waitTimeoutSeconds ?? Math.max(0, ...chains) + WAIT_MARGIN_SECONDS;
  const health = contract.health;
  const startDepth = graph.depth(server.name);
  return {
    dependencies,
    dependents: graph.dependentsOf(server.name),
    readOnlyDataservers: dependencies.filter((dependency) => kindOf(dependency) === 'readonly-dataserver'),
    startDepth,
    syncWave: serverWave(startDepth),
    waitTargets: dependencies.map(
      (dependency) => `${health.scheme.toLowerCase()}://${dependency}:${health.port.port}${health.readinessPath}`,
    ),
    waitTimeoutSeconds,
    progressDeadlineSeconds: waitTimeoutSeconds + server.startupBudgetSeconds,
  };
}

/** Every field of ServerGraphFacts, checked complete by the compiler: what a plan takes from its environment's graph. */
const GRAPH_FACT_FIELDS = Object.keys({
  dependencies: true,
  dependents: true,
  startDepth: true,
  syncWave: true,
  readOnlyDataservers: true,
  waitTargets: true,
  waitTimeoutSeconds: true,
  progressDeadlineSeconds: true,
} satisfies Record<keyof ServerGraphFacts, true>) as readonly (keyof ServerGraphFacts)[];

/** Only the graph facts of `facts`, which may be a whole plan: what another plan may take from it without its other fields. */
export function pickGraphFacts(facts: ServerGraphFacts): ServerGraphFacts {
  return Object.fromEntries(GRAPH_FACT_FIELDS.map((field) => [field, facts[field]])) as unknown as ServerGraphFacts;
}

/** The property that points a server at the read-only Dataservers it reads through, when it has any and the contract names one. */
function readOnlyDataserverProperty(contract: ImageContract, readOnlyDataservers: readonly string[]): Record<string, string> {
  const { property } = contract.readOnlyDataserver;
  if (property === '' || readOnlyDataservers.length === 0) return {};
  const [port] = contract.servicePorts['readonly-dataserver'];
  return { [property]: readOnlyDataservers.map((name) => `${name}:${port.port}`).join(',') };
}

/** The spec-level choices about one server that are not server options (the platform's; none for a hand-built server). */
export interface ServerPlanContext {
  readonly spec?: ServerSpec;
  readonly verticalAutoscaler?: boolean;
  readonly debugPort?: number;
}

export type { ServerWorkloadKind } from './server-kinds';

/** Everything an environment derives for one server. */
export function planServer(
  settings: ResolvedSettings,
  server: ResolvedServer,
  facts: ServerGraphFacts,
  context: ServerPlanContext = {},
): ServerPlan {
  const { contract } = settings;
  const spec = context.spec;
  const propertiesData = {
    [settings.propertiesFileName]: renderProperties(
      `${settings.propertiesFileName} for ${server.name}; rendered by calypso-k8s, do not edit`,
      {
        ...settings.properties,
        ...readOnlyDataserverProperty(contract, facts.readOnlyDataservers),
        ...server.properties,
      },
    ),
  };
  const inCluster = server.external === undefined;
  const autoscaling = inCluster ? resolveHorizontalAutoscaling(spec?.autoscaling, server.replicas) : undefined;
  const rollout = inCluster ? resolveRollout(spec?.rollout) : undefined;
  const maxReplicas = autoscaling?.maxReplicas ?? server.replicas;
  const priorityTier = inCluster ? priorityTierOf(server) : undefined;
  const nodePool = inCluster ? nodePoolNamed(settings.settings.placement, spec?.nodePool) : undefined;
  const stateDirectory = contract.stateDirectories[server.kind];
  const sharedFiles = settings.settings.storage?.sharedFiles;
  const { tls, ldap } = settings.settings;
  const chosen = (store: { readonly servers?: readonly string[] } | undefined): boolean =>
    store !== undefined && (store.servers === undefined || store.servers.includes(server.name));
  const credentialMounts = inCluster
    ? (['keystore', 'truststore', 'ldapBind'] as const).filter((role) =>
        role === 'ldapBind' ? ldap !== undefined && LDAP_BIND_KINDS.includes(server.kind) : chosen(tls?.[role]),
      )
    : [];
  const routedPorts: NamedPort[] = [];
  for (const route of settings.settings.ingress?.routes ?? []) {
    if (route.server !== server.name) continue;
    const name = routePort(route, server, contract);
    const port = contract.servicePorts[server.kind].find((candidate) => candidate.name === name);
    if (port !== undefined && !routedPorts.includes(port)) routedPorts.push(port);
  }
  return {
    ...server,
    ...pickGraphFacts(facts),
    selector: selectorLabels(settings.name, server.name),
    labels: recommendedLabels({
      environment: settings.name,
      name: server.kind,
      component: server.name,
      version: settings.configurationVersion,
    }),
    workloadLabels: recommendedLabels({ environment: settings.name, name: server.kind, component: server.name, version: settings.version }),
    objectNames: {
      server: server.name,
      propertiesConfigMap: `${server.name}-properties`,
      nodePortService: `${server.name}-nodeport`,
      headlessService: inCluster && server.preset.workload === 'StatefulSet' ? `${server.name}${HEADLESS_SERVICE_SUFFIX}` : undefined,
    },
    ports: serverPorts(contract, server.kind),
    routedPorts,
    propertiesData,
    propertiesChecksum: dataChecksum(propertiesData),
    autoscaling,
    rollout,
    workloadKind: rollout === undefined ? server.preset.workload : 'Rollout',
    maxReplicas,
    // At one pod a budget (maxUnavailable 1) protects nothing; one that blocks drains is the spec's explicit choice.
    disruptionBudget: inCluster && (maxReplicas > 1 || spec?.blockNodeDrains === true),
    blocksNodeDrains: inCluster && spec?.blockNodeDrains === true,
    verticalAutoscaler: inCluster && (context.verticalAutoscaler ?? false),
    priorityTier,
    priorityClassName: priorityTier === undefined ? undefined : priorityClassName(settings, priorityTier),
    nodePool,
    spread: serverSpreadFor(
      spreadPolicyOf(settings.settings.placement, settings.tier),
      { maxReplicas, autoscaled: autoscaling !== undefined },
      nodePool,
      settings.settings.placement?.zones,
    ),
    stateStorage:
      inCluster && stateDirectory !== undefined
        ? { size: DEFAULT_EPHEMERAL_STATE_SIZE, ...spec?.storage, directory: stateDirectory }
        : undefined,
    mountsSharedFiles: inCluster && (sharedFiles?.mountedBy.includes(server.name) ?? false),
    debugPort: inCluster ? context.debugPort : undefined,
    credentialMounts,
  };
}

/** The wave after the last in-cluster server's. */
export function afterServersWave(servers: readonly Pick<ServerPlan, 'external' | 'syncWave'>[]): number {
  return Math.max(
    SYNC_WAVES.firstServer,
    ...servers.filter((server) => server.external === undefined).map((server) => server.syncWave + 1),
  );
}
