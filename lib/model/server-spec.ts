/**
 * What a server spec may say, and the same spec with every default applied.
 * Plain data: no cdk8s here.
 */
import { ProblemCollector } from './errors';
import type { HighAvailabilityServerOptions } from './high-availability-spec';
import { heapFor, type JvmOptions } from './jvm';
import { isDnsSubdomain } from './names';
import { propertyKeyProblem, type PropertyMap } from './properties';
import { parseCpu, parseMemory } from './quantity';
import { SERVER_KINDS, SERVER_PRESETS, isServerKind, type ServerKind, type ServerPreset } from './server-kinds';

/** A server that runs outside the cluster (e.g. the Scheduler on premise). */
export interface ExternalServerOptions {
  /** DNS name the in-cluster Service points at (ExternalName). */
  readonly host: string;
  /**
   * Addresses (CIDRs) the server runs at: network policies let its dependents
   * reach it there, and admit it to the servers it depends on. Required by
   * CalypsoPlatform, which denies all other traffic.
   * @default - none
   */
  readonly cidrs?: readonly string[];
}

/** Options of one Calypso server; everything but `kind` has a default from the preset. */
export interface ServerOptions {
  /** Which Calypso server this is. */
  readonly kind: ServerKind;
  /**
   * Object name of every resource of this server; a DNS-1035 label.
   * @default - the preset's default name, e.g. `dataserver`
   */
  readonly name?: string;
  /**
   * Pods to run. Singletons (Eventserver, Dataserver, Engineserver, Dispatcher, Scheduler) run exactly one.
   * @default 1
   */
  readonly replicas?: number;
  /**
   * CPU request.
   * @default - the preset's, e.g. `4` for the Dataserver
   */
  readonly cpu?: string;
  /**
   * CPU limit. Equal to the request gives the Guaranteed QoS class, so these
   * pods are evicted last under node pressure.
   * @default - equal to `cpu`
   */
  readonly cpuLimit?: string;
  /**
   * Memory request and limit (always equal for a JVM).
   * @default - the preset's, e.g. `16Gi` for the Dataserver
   */
  readonly memory?: string;
  /**
   * JVM heap and flags.
   * @default - heap 75% of memory, at most memory minus 512Mi
   */
  readonly jvm?: JvmOptions;
  /**
   * Engines an Engineserver hosts, e.g. `['TaskEngine', 'TransferEngine']`. Required for, and only for, Engineservers.
   * @default []
   */
  readonly engines?: readonly string[];
  /**
   * Properties for this server only, on top of the environment's.
   * @default {}
   */
  readonly properties?: PropertyMap;
  /**
   * Extra environment variables of the server container.
   * @default {}
   */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Runs outside the cluster: a Service of type ExternalName and no workload.
   * @default - runs in the cluster
   */
  readonly external?: ExternalServerOptions;
  /**
   * Seconds the startup probe allows for the JVM to start.
   * @default - the preset's (Dataserver 900, Engineserver 600, …)
   */
  readonly startupBudgetSeconds?: number;
  /**
   * Seconds between SIGTERM and SIGKILL.
   * @default - the preset's
   */
  readonly terminationGracePeriodSeconds?: number;
  /**
   * Seconds the dependency-wait container waits for every dependency.
   * @default - the heaviest chain of startup budgets below this server
   */
  readonly waitTimeoutSeconds?: number;
}

/** A server in an environment spec: its options plus the servers it depends on, and how it scales, where it runs and what it stores. */
export interface ServerSpec extends ServerOptions, HighAvailabilityServerOptions {
  /**
   * Names of the servers this one depends on.
   * @default - every server of the kinds the preset depends on (start order: Eventserver, Authserver, Dataserver, the rest)
   */
  readonly dependsOn?: readonly string[];
}

/** A server with every default applied. */
export interface ResolvedServer {
  readonly kind: ServerKind;
  readonly preset: ServerPreset;
  readonly name: string;
  readonly replicas: number;
  readonly cpuMillis: number;
  readonly cpuLimitMillis: number;
  readonly memoryBytes: number;
  readonly heapBytes: number;
  readonly extraJavaOptions: readonly string[];
  readonly engines: readonly string[];
  readonly properties: PropertyMap;
  readonly env: Readonly<Record<string, string>>;
  readonly external?: ExternalServerOptions;
  readonly startupBudgetSeconds: number;
  readonly terminationGracePeriodSeconds: number;
  readonly waitTimeoutSeconds?: number;
}

const SERVER_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** Longest server name: leaves room for suffixes such as `-properties` and pod hashes. */
export const MAX_SERVER_NAME_LENGTH = 40;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function positiveInteger(value: number | undefined): boolean {
  return value === undefined || (Number.isInteger(value) && value > 0);
}

/**
 * Applies the preset to a server's options. Problems go to the collector;
 * the result is undefined when any were found.
 */
export function resolveServer(options: ServerOptions, problems: ProblemCollector): ResolvedServer | undefined {
  const before = problems.problems.length;
  if (!isServerKind(options.kind)) {
    problems.serverProblem(options.name ?? '?', 'kind', `"${options.kind}" is not a server kind; use one of ${SERVER_KINDS.join(', ')}`);
    return undefined;
  }
  const preset = SERVER_PRESETS[options.kind];
  const name = options.name ?? preset.defaultName;
  const fail = (field: string, message: string): void => problems.serverProblem(name, field, message);

  if (!SERVER_NAME.test(name) || name.length > MAX_SERVER_NAME_LENGTH) {
    fail(
      'name',
      `"${name}" is not a DNS-1035 label of at most ${MAX_SERVER_NAME_LENGTH} characters (lowercase letters, digits and '-', starting with a letter)`,
    );
  }

  const replicas = options.replicas ?? 1;
  if (!Number.isInteger(replicas) || replicas < 1) {
    fail('replicas', `must be a whole number of at least 1, got ${replicas}`);
  } else if (preset.singleton && replicas !== 1) {
    fail('replicas', `a ${options.kind} is a singleton and runs exactly 1 replica, got ${replicas}`);
  }

  const cpu = options.cpu ?? preset.cpu;
  const cpuMillis = parseCpu(cpu);
  if (cpuMillis === undefined) fail('cpu', `"${cpu}" is not a CPU quantity such as 500m or 2`);
  const cpuLimitMillis = options.cpuLimit === undefined ? cpuMillis : parseCpu(options.cpuLimit);
  if (cpuLimitMillis === undefined && options.cpuLimit !== undefined) {
    fail('cpuLimit', `"${options.cpuLimit}" is not a CPU quantity such as 500m or 2`);
  } else if (cpuMillis !== undefined && cpuLimitMillis !== undefined && cpuLimitMillis < cpuMillis) {
    fail('cpuLimit', `limit ${options.cpuLimit} is below the request ${cpu}`);
  }

  const memory = options.memory ?? preset.memory;
  const memoryBytes = parseMemory(memory);
  let heapBytes: number | undefined;
  if (memoryBytes === undefined) {
    fail('memory', `"${memory}" is not a memory quantity such as 512Mi or 8Gi`);
  } else {
    const explicitHeap = options.jvm?.heap === undefined ? undefined : parseMemory(options.jvm.heap);
    const percent = options.jvm?.heapPercent;
    if (options.jvm?.heap !== undefined && explicitHeap === undefined) {
      fail('jvm.heap', `"${options.jvm.heap}" is not a memory quantity such as 6Gi`);
    } else if (percent !== undefined && !(percent > 0 && percent < 100)) {
      fail('jvm.heapPercent', `must be between 0 and 100, got ${percent}`);
    } else {
      const heap = heapFor(memoryBytes, percent, explicitHeap);
      if (typeof heap === 'string') fail('memory', heap);
      else heapBytes = heap;
    }
  }

  const engines = options.engines ?? [];
  if (options.kind === 'engineserver' && engines.length === 0) {
    fail('engines', 'an engineserver must host at least one engine, e.g. TaskEngine');
  }
  if (options.kind !== 'engineserver' && engines.length > 0) {
    fail('engines', `only an engineserver hosts engines; a ${options.kind} got ${engines.join(', ')}`);
  }
  for (const engine of engines) {
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(engine)) fail('engines', `"${engine}" is not an engine name`);
  }
  const repeated = engines.filter((engine, index) => engines.indexOf(engine) !== index);
  if (repeated.length > 0) fail('engines', `lists ${repeated.join(', ')} more than once`);

  for (const key of Object.keys(options.properties ?? {})) {
    const problem = propertyKeyProblem(key);
    if (problem) fail(`properties.${key}`, problem);
  }
  for (const variable of Object.keys(options.env ?? {})) {
    if (!ENV_NAME.test(variable)) fail(`env.${variable}`, `"${variable}" is not an environment variable name`);
  }
  if (options.external !== undefined && !isDnsSubdomain(options.external.host)) {
    fail('external.host', `"${options.external.host}" is not a DNS name`);
  }
  for (const field of ['startupBudgetSeconds', 'terminationGracePeriodSeconds', 'waitTimeoutSeconds'] as const) {
    if (!positiveInteger(options[field])) fail(field, `must be a whole number of seconds above 0, got ${options[field]}`);
  }

  if (problems.problems.length > before || cpuMillis === undefined || cpuLimitMillis === undefined) return undefined;
  if (memoryBytes === undefined || heapBytes === undefined) return undefined;
  return {
    kind: options.kind,
    preset,
    name,
    replicas,
    cpuMillis,
    cpuLimitMillis,
    memoryBytes,
    heapBytes,
    extraJavaOptions: options.jvm?.extraJavaOptions ?? [],
    engines,
    properties: options.properties ?? {},
    env: options.env ?? {},
    external: options.external,
    startupBudgetSeconds: options.startupBudgetSeconds ?? preset.startupBudgetSeconds,
    terminationGracePeriodSeconds: options.terminationGracePeriodSeconds ?? preset.terminationGracePeriodSeconds,
    waitTimeoutSeconds: options.waitTimeoutSeconds,
  };
}

/** The name a server spec gives its server: its own, or its preset's default (`?` for an unknown kind). */
export function serverSpecName(server: Pick<ServerOptions, 'name' | 'kind'>): string {
  return server.name ?? SERVER_PRESETS[server.kind]?.defaultName ?? '?';
}
