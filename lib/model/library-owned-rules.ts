/**
 * Settings the library owns stay library-owned: what the image contract sets
 * (the server selector, the environment name, the JVM variables, the engines,
 * structured logging) cannot be set again through `env`; heap and GC flags
 * cannot be slipped in through `jvm.extraJavaOptions`; the properties the
 * library derives from the database cannot be overridden; a server outside
 * the cluster takes no in-cluster settings; and heap, wait timeout and grace
 * period are checked against what they must cover. Plain data: each rule is
 * a function of the spec (or its resolved pieces) and the contract.
 */
import type { EnvironmentSettings } from './environment-schema';
import type { ProblemCollector } from './errors';
import type { ImageContract } from './image-contract';
import { MIN_HEAP_BYTES } from './jvm';
import { formatMemory, parseMemory } from './quantity';
import { isServerKind, SERVER_PRESETS } from './server-kinds';
import type { ResolvedServer, ServerSpec } from './server-spec';

/**
 * Seconds a Calypso JVM is given to shut down after SIGTERM (close sessions,
 * flush the message store, release the database), on top of the preStop pause.
 */
export const SHUTDOWN_ALLOWANCE_SECONDS = 30;

/** Environment variables of the server container the library sets, each with the field that sets it. */
export function libraryOwnedVariables(contract: ImageContract): Map<string, string> {
  const owned = new Map<string, string>();
  const own = (variable: string, use: string): void => {
    if (variable !== '' && !owned.has(variable)) owned.set(variable, use);
  };
  own(contract.serverSelector.variable, 'the server kind: set kind');
  own(contract.environmentName.variable, 'the environment name: set name');
  own(contract.jvm.memoryOptsVariable, 'the heap: set memory, jvm.heap or jvm.heapPercent');
  own(contract.jvm.javaOptsVariable, 'the JVM flags: add yours to jvm.extraJavaOptions');
  own(contract.jvm.calypsoOptsVariable, 'the Calypso start options (-env): set name');
  own(contract.enginesVariable, 'the engines: set engines');
  own(contract.logging.formatVariable, 'structured logging: set imageContract.logging');
  return owned;
}

/** JVM flags that size the heap or pick and log the collector, each with the field that owns it. */
const HEAP_AND_GC_FLAGS: readonly { readonly pattern: RegExp; readonly use: string }[] = [
  { pattern: /^-Xm[xsn]/, use: 'the heap comes from memory, jvm.heap or jvm.heapPercent' },
  {
    pattern: /^-XX:[+-]?((Max|Initial|Min)RAMPercentage|MaxRAM)=/,
    use: 'the heap comes from memory, jvm.heap or jvm.heapPercent',
  },
  {
    pattern: /^(-XX:(MaxMetaspaceSize|ReservedCodeCacheSize|MaxDirectMemorySize)=|-Xss)/,
    use: 'the library caps metaspace, code cache, direct memory and thread stacks from the memory limit (jvm.ts)',
  },
  { pattern: /^-XX:[+-]Use\w*GC$/, use: 'the collector is not chosen per server; size the heap with memory, jvm.heap or jvm.heapPercent' },
  { pattern: /^-Xlog:gc/, use: `the library writes the GC log to the logs volume` },
  {
    pattern: /^-XX:([+-](HeapDumpOnOutOfMemoryError|ExitOnOutOfMemoryError)$|HeapDumpPath=)/,
    use: 'the library sets out-of-memory handling (exit, heap dump to the logs volume)',
  },
];

/** What owns a JVM flag, when it is a heap or GC flag the library sets; undefined for a flag anyone may add. */
export function libraryOwnedJavaFlag(flag: string): string | undefined {
  return HEAP_AND_GC_FLAGS.find(({ pattern }) => pattern.test(flag))?.use;
}

/** A name Kubernetes and a shell both take as an environment variable. */
export const ENVIRONMENT_VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A container port name: an IANA service name (at most 15 lowercase letters, digits and inner '-', with a letter). */
export const CONTAINER_PORT_NAME = /^(?=.{1,15}$)(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*$/;

/** The server fields that mean something only for a server running in the cluster. */
export const IN_CLUSTER_SERVER_FIELDS = [
  'replicas',
  'cpu',
  'cpuLimit',
  'memory',
  'jvm',
  'env',
  'properties',
  'engines',
  'startupBudgetSeconds',
  'terminationGracePeriodSeconds',
  'waitTimeoutSeconds',
  'autoscaling',
  'nodePool',
  'storage',
  'blockNodeDrains',
  'probes',
  'sidecars',
  'volumes',
  'imagePullSecrets',
  'caBundle',
  'podLabels',
  'podAnnotations',
  'podSecurity',
] as const satisfies readonly (keyof ServerSpec)[];

/** The property keys the library derives, each with the field to set instead. */
export function derivedProperties(contract: ImageContract): Map<string, string> {
  return new Map([
    [contract.properties.urlKey, 'the database URL, derived from database.jdbcUrl: set database.jdbcUrl'],
    [contract.properties.driverKey, 'the JDBC driver, derived from database.driverClass (or the vendor): set database.driverClass'],
  ]);
}

/** Seconds the contract's preStop command pauses: N for `sleep N` (directly or through `sh -c`), else 0. */
export function preStopPauseSeconds(contract: ImageContract): number {
  const command = contract.preStopCommand.join(' ');
  const sleep = /(?:^|[\s;&'"])sleep\s+(\d+)\s*(?:$|[;&'"])/.exec(command);
  return sleep ? Number(sleep[1]) : 0;
}

function derivedPropertyProblems(
  properties: EnvironmentSettings['properties'],
  contract: ImageContract,
  fail: (field: string, message: string) => void,
): void {
  const derived = derivedProperties(contract);
  for (const key of Object.keys(properties ?? {})) {
    const owner = derived.get(key);
    if (owner !== undefined) fail(`properties.${key}`, `${key} is ${owner} instead`);
  }
}

/** Environment-wide properties do not override what the library derives. */
export function environmentLibraryOwnedProblems(settings: EnvironmentSettings, contract: ImageContract, problems: ProblemCollector): void {
  derivedPropertyProblems(settings.properties, contract, (field, message) => problems.environmentProblem(field, message));
}

/**
 * One server's spec keeps off what the library owns: no library variable in
 * `env`, no heap or GC flag in `jvm.extraJavaOptions`, no derived property,
 * no in-cluster field on an external server, a heap of at least the minimum,
 * and a grace period that covers the preStop pause plus the shutdown allowance.
 */
export function serverLibraryOwnedProblems(options: ServerSpec, contract: ImageContract, problems: ProblemCollector): void {
  if (!isServerKind(options.kind)) return; // reported by resolveServer
  const preset = SERVER_PRESETS[options.kind];
  const name = options.name ?? preset.defaultName;
  const fail = problems.reporter(name);

  if (options.external !== undefined) {
    for (const field of IN_CLUSTER_SERVER_FIELDS) {
      if (options[field] !== undefined) {
        fail(field, `means nothing for a server outside the cluster (external: ${options.external.host}); remove it`);
      }
    }
    return;
  }

  const owned = libraryOwnedVariables(contract);
  for (const variable of Object.keys(options.env ?? {})) {
    const use = owned.get(variable);
    if (use !== undefined) fail(`env.${variable}`, `${variable} is set by the library from ${use} instead`);
  }
  for (const flag of options.jvm?.extraJavaOptions ?? []) {
    const owner = libraryOwnedJavaFlag(flag);
    if (owner !== undefined) fail('jvm.extraJavaOptions', `${flag} is a heap or GC flag the library sets: ${owner}`);
  }
  derivedPropertyProblems(options.properties, contract, fail);

  const heap = options.jvm?.heap === undefined ? undefined : parseMemory(options.jvm.heap);
  if (heap !== undefined && heap < MIN_HEAP_BYTES) {
    fail('jvm.heap', `"${options.jvm?.heap}" is below the smallest heap a Calypso server is given, ${formatMemory(MIN_HEAP_BYTES)}`);
  }

  const grace = options.terminationGracePeriodSeconds ?? preset.terminationGracePeriodSeconds;
  const pause = preStopPauseSeconds(contract);
  if (Number.isInteger(grace) && grace < pause + SHUTDOWN_ALLOWANCE_SECONDS) {
    fail(
      'terminationGracePeriodSeconds',
      `${grace} s does not cover the preStop pause of ${pause} s plus ${SHUTDOWN_ALLOWANCE_SECONDS} s for the JVM to shut down; give at least ${pause + SHUTDOWN_ALLOWANCE_SECONDS}`,
    );
  }
}

/** The heaviest chain of startup budgets below a server (its dependencies and theirs), heaviest first; cycles are cut. */
export function heaviestDependencyChain(
  server: string,
  dependencies: ReadonlyMap<string, readonly string[]>,
  budget: (server: string) => number,
): { readonly chain: readonly string[]; readonly seconds: number } {
  const below = (node: string, visiting: ReadonlySet<string>): { chain: string[]; seconds: number } => {
    let best = { chain: [] as string[], seconds: 0 };
    for (const dependency of dependencies.get(node) ?? []) {
      if (visiting.has(dependency)) continue; // a cycle is reported on its own
      const rest = below(dependency, new Set([...visiting, dependency]));
      const seconds = budget(dependency) + rest.seconds;
      if (seconds > best.seconds) best = { chain: [dependency, ...rest.chain], seconds };
    }
    return best;
  };
  return below(server, new Set([server]));
}

/**
 * Why an explicit wait timeout is too short for the slowest chain of startup
 * budgets among a server's dependencies, or undefined when it covers it.
 */
export function waitTimeoutProblem(
  server: string,
  waitTimeoutSeconds: number,
  dependencies: ReadonlyMap<string, readonly string[]>,
  budget: (server: string) => number,
): string | undefined {
  const { chain, seconds } = heaviestDependencyChain(server, dependencies, budget);
  if (waitTimeoutSeconds >= seconds) return undefined;
  const steps = chain.map((name) => `${name} ${budget(name)} s`).join(' -> ');
  return `${waitTimeoutSeconds} s is less than the ${seconds} s its slowest dependency chain needs to start (${steps}); give at least ${seconds} or leave it out`;
}

/** An explicit `waitTimeoutSeconds` covers the slowest chain of startup budgets among the server's dependencies. */
export function waitTimeoutProblems(
  servers: readonly ResolvedServer[],
  dependencies: ReadonlyMap<string, readonly string[]>,
  problems: ProblemCollector,
): void {
  const budgets = new Map(servers.map((server) => [server.name, server.startupBudgetSeconds]));
  for (const server of servers) {
    if (server.waitTimeoutSeconds === undefined || server.external !== undefined) continue;
    const problem = waitTimeoutProblem(server.name, server.waitTimeoutSeconds, dependencies, (name) => budgets.get(name) ?? 0);
    if (problem !== undefined) problems.serverProblem(server.name, 'waitTimeoutSeconds', problem);
  }
}
