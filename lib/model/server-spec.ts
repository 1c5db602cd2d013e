/**
 * What a server spec may say, and the same spec with every default applied.
 * Plain data: no cdk8s here.
 */
import { z } from 'zod';
import { ProblemCollector } from './errors';
import { HIGH_AVAILABILITY_SERVER_SHAPE } from './high-availability-spec';
import { heapFor } from './jvm';
import { isDnsSubdomain } from './names';
import { podOptionsProblems } from './pod-options-spec';
import { propertyKeyProblem } from './properties';
import { parseCpu, parseMemory } from './quantity';
import type { ResolvedServer } from './resolved-server';
import { fieldPath, parseSpec, type SpecOf } from './schema';
import { SERVER_PRESETS, startupBudgetFor } from './server-kinds';
import { anyServerName, SERVER_OPTIONS_SHAPE, type ServerOptions } from './server-options';

export { serverSpecName, type ExternalServerOptions, type ServerOptions } from './server-options';
export type { ResolvedServer } from './resolved-server';

/** A server in an environment spec: its options plus the servers it depends on, and how it scales, where it runs and what it stores. */
export const ServerSpecSchema = z.strictObject({
  ...SERVER_OPTIONS_SHAPE,
  ...HIGH_AVAILABILITY_SERVER_SHAPE,
  /**
   * Names of the servers this one depends on.
   * @default - every server of the kinds the preset depends on (start order: Eventserver, Authserver, Dataserver, the rest)
   */
  dependsOn: z.array(z.string()).optional(),
});
export type ServerSpec = SpecOf<typeof ServerSpecSchema>;

/**
 * What resolveServer accepts: a server spec, plus the `environment` a
 * CalypsoServer's props carry (the construct's, not the spec's).
 */
const SERVER_INPUT = ServerSpecSchema.extend({ environment: z.unknown().optional() });

const SERVER_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** Longest server name: leaves room for suffixes such as `-properties` and pod hashes. */
export const MAX_SERVER_NAME_LENGTH = 40;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function positiveInteger(value: number | undefined): boolean {
  return value === undefined || (Number.isInteger(value) && value > 0);
}

/**
 * Applies the preset to a server's options, after checking them against the
 * server spec's schema (unknown fields, wrong types). Problems go to the
 * collector; the result is undefined when any were found.
 */
export function resolveServer(options: ServerOptions, problems: ProblemCollector): ResolvedServer | undefined {
  const name = anyServerName(options);
  const before = problems.problems.length;
  const parsed = parseSpec(SERVER_INPUT, options, (path, message) => problems.serverProblem(name, fieldPath(path) || 'spec', message));
  if (parsed.structural) return undefined;
  const resolved = resolveCheckedServer(options, problems);
  return problems.problems.length > before ? undefined : resolved;
}

/**
 * resolveServer for options whose structure is known to be right (the
 * environment's schema has checked them): the preset's defaults and the
 * rules between fields. Quantities the schema refused resolve to undefined
 * without a second report.
 */
export function resolveCheckedServer(options: ServerOptions, problems: ProblemCollector): ResolvedServer | undefined {
  const before = problems.problems.length;
  const preset = SERVER_PRESETS[options.kind];
  const name = options.name ?? preset.defaultName;
  const fail = problems.reporter(name);

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

  // The schema reports a quantity that does not parse; here it only stops the resolution.
  const cpu = options.cpu ?? preset.cpu;
  const cpuMillis = parseCpu(cpu);
  const cpuLimitMillis = options.cpuLimit === undefined ? cpuMillis : parseCpu(options.cpuLimit);
  if (cpuMillis !== undefined && cpuLimitMillis !== undefined && cpuLimitMillis < cpuMillis) {
    fail('cpuLimit', `limit ${options.cpuLimit} is below the request ${cpu}`);
  }

  const memory = options.memory ?? preset.memory;
  const memoryBytes = parseMemory(memory);
  let heapBytes: number | undefined;
  if (memoryBytes !== undefined) {
    const explicitHeap = options.jvm?.heap === undefined ? undefined : parseMemory(options.jvm.heap);
    const heapRefused = options.jvm?.heap !== undefined && explicitHeap === undefined;
    const percent = options.jvm?.heapPercent;
    if (percent !== undefined && !(percent > 0 && percent < 100)) {
      fail('jvm.heapPercent', `must be between 0 and 100, got ${percent}`);
    } else if (!heapRefused) {
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

  podOptionsProblems(options, fail);

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
    startupBudgetSeconds: options.startupBudgetSeconds ?? startupBudgetFor(preset, cpuMillis),
    terminationGracePeriodSeconds: options.terminationGracePeriodSeconds ?? preset.terminationGracePeriodSeconds,
    waitTimeoutSeconds: options.waitTimeoutSeconds,
    probes: options.probes,
    sidecars: options.sidecars,
    volumes: options.volumes,
    imagePullSecrets: options.imagePullSecrets,
    caBundle: options.caBundle,
    podLabels: options.podLabels,
    podAnnotations: options.podAnnotations,
    podSecurity: options.podSecurity,
  };
}

/** Fields only a server of an environment spec has: the platform acts on them (placement, budgets, claims, graph). */
export const SPEC_ONLY_SERVER_FIELDS = [...Object.keys(HIGH_AVAILABILITY_SERVER_SHAPE), 'dependsOn'] as const;

/**
 * A server composed by hand (`new CalypsoServer(…)`) has nothing that acts on
 * the spec-only fields, so it refuses them rather than ignore them.
 */
export function composedServerProblems(options: object, problems: ProblemCollector): void {
  const fail = problems.reporter(anyServerName(options));
  for (const field of SPEC_ONLY_SERVER_FIELDS) {
    if ((options as Record<string, unknown>)[field] === undefined) continue;
    fail(
      field,
      field === 'dependsOn'
        ? 'a server composed by hand declares its dependencies with server.dependsOn(other); this field would be ignored'
        : `only a server of an environment spec has ${field}: declare it in the spec, or add it with platform.addServer(spec); here it would be ignored`,
    );
  }
}
