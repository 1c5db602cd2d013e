/**
 * The resolved environment: one pass turns an environment spec into
 * immutable data with every default applied and every derived value
 * computed once: names, labels, ports, heap, budgets, wait timeouts, start
 * order and sync waves, each server's properties file, autoscaling,
 * disruption budgets, priority, placement and storage. Constructs read it
 * and never derive any of it again. Plain data: no cdk8s here.
 *
 * Servers composed by hand (CalypsoEnvironment plus CalypsoServer) go
 * through the same functions: `resolveSettings`, `planServer` and
 * `serverGraphFacts`.
 */
import {
  BACKOFF_LIMIT,
  databaseJobName,
  DEFAULT_TIMEOUT,
  JOB_WAVES,
  type DatabaseJobPurpose,
  type DatabaseJobSpec,
  type DatabaseJobsSpec,
} from './database-jobs-spec';
import { LDAP_BIND_KINDS } from './credentials-spec';
import { DependencyGraph } from './dependency-graph';
import { ProblemCollector } from './errors';
import {
  DATABASE_DRIVERS,
  DATABASE_SECRET_NAME,
  resolveEnvironmentSpec,
  settingsProblems,
  type EnvironmentSettings,
  type EnvironmentSpec,
  type Tier,
} from './environment-spec';
import { frozenCopy } from './freeze';
import { horizontallyScaled } from './high-availability-spec';
import { resolveHorizontalAutoscaling, verticalAutoscalingTargets, type ResolvedHorizontalAutoscaling } from './autoscaling-spec';
import { imageVersion } from './image';
import { resolveImageContract, serverPorts, type ImageContract, type NamedPort } from './image-contract';
import { EVENT_EXPORTER_DEFAULTS, type EventExporterSpec } from './monitoring-spec';
import { DEFAULT_INGRESS_CONTROLLER_NAMESPACE } from './ingress-spec';
import { routePort } from './ingress-validation';
import { recommendedLabels, selectorLabels } from './names';
import {
  databasePort,
  DEFAULT_API_SERVER_PORT,
  DEFAULT_DNS,
  DEFAULT_MONITORING,
  type DnsAccess,
  type MonitoringAccess,
} from './network-spec';
import { nodePoolNamed, spreadPolicyOf, type NodePoolSpec, type SpreadPolicy } from './placement-spec';
import { priorityClassName, priorityTierOf, type PriorityTier } from './priority';
import { dataChecksum, renderProperties, type PropertyMap } from './properties';
import { parseCpu, parseMemory } from './quantity';
import { serverSpecName, type ResolvedServer, type ServerSpec } from './server-spec';
import { serverWave, SYNC_WAVES } from './sync-wave-plan';

/** Seconds added to the dependency chain's startup budgets for image pulls and scheduling. */
export const WAIT_MARGIN_SECONDS = 300;

/** What the network policies allow besides the dependency graph, with defaults applied. */
export interface ResolvedNetwork {
  /** The cluster DNS every pod may ask. */
  readonly dns: Required<DnsAccess>;
  /** The metrics scraper, admitted on the management port. */
  readonly scraper: Required<MonitoringAccess>;
  /** Namespace of the ingress controller, admitted on the routed ports. */
  readonly ingressControllerNamespace: string;
  /** Whether routes are published on node ports (local clusters) rather than through the controller. */
  readonly nodePortExposure: boolean;
  /** Port of the database: the spec's, or the JDBC URL's. */
  readonly databasePort?: number;
  /** Port of the API server at its addresses. */
  readonly apiServerPort: number;
}

/** The environment-wide settings, validated, with defaults applied. */
export interface ResolvedSettings {
  readonly name: string;
  readonly tier: Tier;
  /** Namespace of every namespaced object: the spec's, or `calypso-<name>`. */
  readonly namespace: string;
  /** Value of the `app.kubernetes.io/version` label: the release, or the application image's tag. */
  readonly version: string;
  /** The image contract: the documented defaults with the spec's overrides. */
  readonly contract: ImageContract;
  /** Name of the Secret holding the database credentials. */
  readonly databaseSecretName: string;
  /** File name of the environment's properties file: `calypsosystem.properties.<ENV>`. */
  readonly propertiesFileName: string;
  /** Properties every server gets: the database driver and URL, then the spec's. */
  readonly properties: PropertyMap;
  readonly network: ResolvedNetwork;
  /** The settings as the spec states them. */
  readonly settings: EnvironmentSettings;
}

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
}

/** A claim per pod for the state a server keeps on disk. */
export interface ResolvedStateStorage {
  readonly size: string;
  readonly storageClass: string;
  /** Where the claim is mounted (image contract `stateDirectories`). */
  readonly directory: string;
}

/** The credentials besides the database's that a server may mount. */
export type CredentialRole = 'keystore' | 'truststore' | 'ldapBind';

/** One server of an environment: the server with defaults applied, plus everything the environment derives for it. */
export interface ServerPlan extends Omit<ResolvedServer, 'waitTimeoutSeconds'>, ServerGraphFacts {
  /** Labels that select the server's pods (immutable: no version). */
  readonly selector: Readonly<Record<string, string>>;
  /** Recommended labels of every object of the server. */
  readonly labels: Readonly<Record<string, string>>;
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
  /** Most pods the server may run: the autoscaler's maximum, or its replicas. */
  readonly maxReplicas: number;
  /** Whether it gets a PodDisruptionBudget (it may run more than one pod). */
  readonly disruptionBudget: boolean;
  /** Whether it gets a recommendation-only VerticalPodAutoscaler. */
  readonly verticalAutoscaler: boolean;
  readonly priorityTier?: PriorityTier;
  /** Name of the PriorityClass of its pods. */
  readonly priorityClassName?: string;
  /** The node pool it is pinned to. */
  readonly nodePool?: NodePoolSpec;
  readonly stateStorage?: ResolvedStateStorage;
  /** Whether the environment's shared volume is mounted into it. */
  readonly mountsSharedFiles: boolean;
  /** Port of the JDWP agent, when the server runs in debug mode. */
  readonly debugPort?: number;
  /** The credentials mounted into it, besides the database's: the TLS stores it is chosen for, the LDAP bind for an Authserver. */
  readonly credentialMounts: readonly CredentialRole[];
}

/** CPU limit of the event exporter as a multiple of its request: it is bursty when many events arrive at once. */
export const EVENT_EXPORTER_CPU_LIMIT_FACTOR = 4;

/** The event exporter with its defaults applied. */
export interface ResolvedEventExporter {
  readonly spec: EventExporterSpec;
  readonly cpuMillis: number;
  readonly cpuLimitMillis: number;
  readonly memoryBytes: number;
  readonly maxEventAgeSeconds: number;
}

/** Applies the event exporter's defaults; its quantities must have been checked (monitoring rules). */
export function resolveEventExporter(spec: EventExporterSpec): ResolvedEventExporter {
  const cpuMillis = parseCpu(spec.cpu ?? EVENT_EXPORTER_DEFAULTS.cpu) ?? 0;
  return {
    spec,
    cpuMillis,
    cpuLimitMillis: cpuMillis * EVENT_EXPORTER_CPU_LIMIT_FACTOR,
    memoryBytes: parseMemory(spec.memory ?? EVENT_EXPORTER_DEFAULTS.memory) ?? 0,
    maxEventAgeSeconds: spec.maxEventAgeSeconds ?? EVENT_EXPORTER_DEFAULTS.maxEventAgeSeconds,
  };
}

/** One database job with its defaults applied. */
export interface ResolvedDatabaseJob {
  readonly purpose: DatabaseJobPurpose;
  readonly spec: DatabaseJobSpec;
  /** What it runs once for: the release (backup, upgrade) or the snapshot (restore); it names the Job. */
  readonly key: string;
  /** Name of the Job. */
  readonly name: string;
  /** CPU and memory, request equal to limit. */
  readonly cpuMillis: number;
  readonly memoryBytes: number;
  readonly activeDeadlineSeconds: number;
  readonly backoffLimit: number;
  /** Sync wave of the Job (a Sync hook). */
  readonly syncWave: number;
}

/** Default CPU and memory of a database job. */
export const DATABASE_JOB_DEFAULT_RESOURCES = { cpu: '500m', memory: '1Gi' } as const;

/** The database jobs, in the order ArgoCD runs them, with defaults applied; their quantities must have been checked. */
export function resolveDatabaseJobs(jobs: DatabaseJobsSpec | undefined, version: string): ResolvedDatabaseJob[] {
  const resolveJob = (purpose: DatabaseJobPurpose, spec: DatabaseJobSpec, key: string): ResolvedDatabaseJob => ({
    purpose,
    spec,
    key,
    name: databaseJobName(purpose, key),
    cpuMillis: parseCpu(spec.cpu ?? DATABASE_JOB_DEFAULT_RESOURCES.cpu) ?? 500,
    memoryBytes: parseMemory(spec.memory ?? DATABASE_JOB_DEFAULT_RESOURCES.memory) ?? 1024 ** 3,
    activeDeadlineSeconds: spec.timeoutSeconds ?? DEFAULT_TIMEOUT[purpose],
    backoffLimit: BACKOFF_LIMIT[purpose],
    syncWave: JOB_WAVES[purpose],
  });
  return [
    ...(jobs?.backup ? [resolveJob('backup', jobs.backup, version)] : []),
    ...(jobs?.restore ? [resolveJob('restore', jobs.restore, jobs.restore.snapshot)] : []),
    ...(jobs?.upgrade ? [resolveJob('upgrade', jobs.upgrade, version)] : []),
  ];
}

/** A whole environment, resolved once. Frozen: nothing in it can change. */
export interface ResolvedEnvironment extends ResolvedSettings {
  /** The spec it was resolved from (a frozen copy). */
  readonly spec: EnvironmentSpec;
  /** The servers, in spec order. */
  readonly servers: readonly ServerPlan[];
  /** The same servers by name. */
  readonly serversByName: ReadonlyMap<string, ServerPlan>;
  /** Server name to the names it depends on, as declared (or implied by the presets). */
  readonly dependencies: ReadonlyMap<string, readonly string[]>;
  /** Server names, dependencies before dependents, ties broken by name. */
  readonly startOrder: readonly string[];
  /** The wave after the last server's: what watches or routes to running servers. */
  readonly afterServersWave: number;
  /** Priority tiers some server uses, each one PriorityClass, in the order servers first use them. */
  readonly priorityTiers: readonly PriorityTier[];
  /** Hard or soft spreading of multi-pod servers. */
  readonly spread: SpreadPolicy;
  /** The event exporter, when monitoring has one. */
  readonly eventExporter?: ResolvedEventExporter;
  /** The database jobs, in the order ArgoCD runs them. */
  readonly databaseJobs: readonly ResolvedDatabaseJob[];
}

/** Applies the defaults of the environment-wide settings; they must have been checked (`settingsProblems`). */
export function resolveSettings(settings: EnvironmentSettings): ResolvedSettings {
  const contract = resolveImageContract(settings.imageContract);
  const name = settings.name;
  const db = settings.database;
  const driver = db.driverClass ?? (db.vendor === 'custom' ? '' : (DATABASE_DRIVERS[db.vendor]?.driverClass ?? ''));
  return {
    name,
    tier: settings.tier,
    namespace: settings.namespace ?? `calypso-${name}`,
    version: settings.release ?? imageVersion(settings.images.application),
    contract,
    databaseSecretName: db.credentials.secretName ?? DATABASE_SECRET_NAME,
    propertiesFileName: `${contract.properties.filePrefix}.${name}`,
    properties: { [contract.properties.driverKey]: driver, [contract.properties.urlKey]: db.jdbcUrl, ...settings.properties },
    network: {
      dns: { ...DEFAULT_DNS, ...settings.network?.dns },
      scraper: { ...DEFAULT_MONITORING, ...settings.network?.monitoring },
      ingressControllerNamespace: settings.ingress?.controllerNamespace ?? DEFAULT_INGRESS_CONTROLLER_NAMESPACE,
      nodePortExposure: settings.ingress?.exposure === 'nodePort',
      databasePort: databasePort(db),
      apiServerPort: settings.network?.apiServer?.port ?? DEFAULT_API_SERVER_PORT,
    },
    settings,
  };
}

/**
 * Checks the environment-wide settings and applies their defaults, for
 * servers composed by hand. Throws SpecError listing every problem.
 */
export function resolveCheckedSettings(settings: EnvironmentSettings): ResolvedSettings {
  const problems = new ProblemCollector(settings.name);
  settingsProblems(settings, problems);
  problems.throwIfAny();
  return resolveSettings(settings);
}

/** A dependency graph from a plain map (validated: no cycles, no dangling names). */
function graphOf(dependencies: ReadonlyMap<string, readonly string[]>): DependencyGraph {
  const graph = new DependencyGraph();
  for (const name of dependencies.keys()) graph.addNode(name);
  for (const [name, targets] of dependencies) for (const target of targets) if (graph.has(target)) graph.addDependency(name, target);
  return graph;
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
): ServerGraphFacts {
  const dependencies = graph.dependenciesOf(server.name);
  const chains = dependencies.map((dependency) => graph.heaviestChain(dependency, (node) => startupBudgets.get(node) ?? 0));
  const waitTimeoutSeconds = server.waitTimeoutSeconds ?? Math.max(0, ...chains) + WAIT_MARGIN_SECONDS;
  const health = contract.health;
  const startDepth = graph.depth(server.name);
  return {
    dependencies,
    dependents: graph.dependentsOf(server.name),
    startDepth,
    syncWave: serverWave(startDepth),
    waitTargets: dependencies.map(
      (dependency) => `${health.scheme.toLowerCase()}://${dependency}:${health.port.port}${health.readinessPath}`,
    ),
    waitTimeoutSeconds,
    progressDeadlineSeconds: waitTimeoutSeconds + server.startupBudgetSeconds,
  };
}

/** The spec-level choices about one server that are not server options (the platform's; none for a hand-built server). */
export interface ServerPlanContext {
  readonly spec?: ServerSpec;
  readonly verticalAutoscaler?: boolean;
  readonly debugPort?: number;
}

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
        ...server.properties,
      },
    ),
  };
  const inCluster = server.external === undefined;
  const autoscaling = inCluster ? resolveHorizontalAutoscaling(spec?.autoscaling, server.replicas) : undefined;
  const maxReplicas = autoscaling?.maxReplicas ?? server.replicas;
  const priorityTier = inCluster ? priorityTierOf(server) : undefined;
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
    ...facts,
    selector: selectorLabels(settings.name, server.name),
    labels: recommendedLabels({ environment: settings.name, name: server.kind, component: server.name, version: settings.version }),
    objectNames: { server: server.name, propertiesConfigMap: `${server.name}-properties`, nodePortService: `${server.name}-nodeport` },
    ports: serverPorts(contract, server.kind),
    routedPorts,
    propertiesData,
    propertiesChecksum: dataChecksum(propertiesData),
    autoscaling,
    maxReplicas,
    // At one pod a budget (maxUnavailable 1) blocks nothing.
    disruptionBudget: inCluster && maxReplicas > 1,
    verticalAutoscaler: inCluster && (context.verticalAutoscaler ?? false),
    priorityTier,
    priorityClassName: priorityTier === undefined ? undefined : priorityClassName(settings.name, priorityTier),
    nodePool: inCluster ? nodePoolNamed(settings.settings.placement, spec?.nodePool) : undefined,
    stateStorage:
      inCluster && spec?.storage !== undefined && stateDirectory !== undefined ? { ...spec.storage, directory: stateDirectory } : undefined,
    mountsSharedFiles: inCluster && (sharedFiles?.mountedBy.includes(server.name) ?? false),
    debugPort: inCluster ? context.debugPort : undefined,
    credentialMounts,
  };
}

/** Startup budgets by server name. */
function budgetsOf(servers: readonly ResolvedServer[]): Map<string, number> {
  return new Map(servers.map((server) => [server.name, server.startupBudgetSeconds]));
}

/** The wave after the last in-cluster server's. */
export function afterServersWave(servers: readonly Pick<ServerPlan, 'external' | 'syncWave'>[]): number {
  return Math.max(
    SYNC_WAVES.firstServer,
    ...servers.filter((server) => server.external === undefined).map((server) => server.syncWave + 1),
  );
}

/**
 * Validates a whole environment spec and resolves it, once. Throws one
 * SpecError listing every problem found. The result is frozen.
 */
export function resolveEnvironment(spec: EnvironmentSpec): ResolvedEnvironment {
  const { servers: resolvedServers, dependencies } = resolveEnvironmentSpec(spec);
  const settings = resolveSettings(spec);

  const graph = graphOf(dependencies);
  const budgets = budgetsOf(resolvedServers);
  const specsByName = new Map(spec.servers.map((server) => [serverSpecName(server), server]));
  const recommended = new Set(verticalAutoscalingTargets(spec.verticalAutoscaling, resolvedServers, horizontallyScaled(spec)));
  const debugged = new Set(spec.debug?.servers ?? []);
  const servers = resolvedServers.map((server) =>
    planServer(settings, server, serverGraphFacts(server, graph, budgets, settings.contract), {
      spec: specsByName.get(server.name),
      verticalAutoscaler: recommended.has(server.name),
      debugPort: debugged.has(server.name) ? (spec.debug?.port ?? settings.contract.debugPort.port) : undefined,
    }),
  );
  const priorityTiers = [...new Set(servers.flatMap((server) => (server.priorityTier === undefined ? [] : [server.priorityTier])))];
  const resolved: ResolvedEnvironment = {
    ...settings,
    spec,
    servers,
    serversByName: new Map(servers.map((server) => [server.name, server])),
    dependencies: new Map(dependencies),
    startOrder: graph.startOrder(),
    afterServersWave: afterServersWave(servers),
    priorityTiers,
    spread: spreadPolicyOf(spec.placement, spec.tier),
    eventExporter: spec.monitoring?.eventExporter && resolveEventExporter(spec.monitoring.eventExporter),
    databaseJobs: resolveDatabaseJobs(spec.databaseJobs, settings.version),
  };
  // A copy, frozen: neither the caller's spec nor the library's defaults (presets, the image contract) are frozen with it.
  return frozenCopy(resolved) as ResolvedEnvironment;
}
