/**
 * Resolution of an environment spec (the schema is environment-schema.ts):
 * the spec is parsed against its schema first (unknown fields, wrong types),
 * then the rules between fields run, collecting every problem before anything
 * is built, each naming environment, server and field.
 */
import { z } from 'zod';
import { remoteSecretProblems } from './credentials-spec';
import { DATABASE_DRIVERS, DATABASE_SECRET_NAME } from './database-spec';
import { findCycles } from './dependency-graph';
import { EnvironmentSettingsSchema, EnvironmentSpecSchema, MAX_ENVIRONMENT_NAME_LENGTH } from './environment-schema';
import type { EnvironmentSettings, EnvironmentSpec } from './environment-schema';
import { environmentNamespace } from './environment-set-rules';
import { ProblemCollector, SpecError } from './errors';
import { highAvailabilityProblems } from './high-availability-spec';
import { rolloutProblems } from './rollout-spec';
import { deliveryProblems } from './gitops-spec';
import { imageProblemsForTier, imageVersion } from './image';
import { imageContractProblems, resolveImageContract } from './image-contract';
import { monitoringProblems } from './monitoring-spec';
import { isDnsLabel, isDnsSubdomain, isLabelValue } from './names';
import { propertyKeyProblem } from './properties';
import { priorityClassProblems } from './priority';
import { fieldPath, parseSpec, type SpecPath } from './schema';
import { securityProblems } from './security-spec';
import { CORE_KINDS } from './server-kinds';
import { anyServerName } from './server-options';
import { resolveCheckedServer, serverSpecName, type ResolvedServer } from './server-spec';
import { environmentInvariantProblems } from './spec-invariants';

// Where the environment's names used to live; importers keep their paths.
export { DATABASE_DRIVERS, DATABASE_SECRET_NAME, DATABASE_VENDORS } from './database-spec';
export type { DatabaseCredentials, DatabaseSpec, DatabaseVendor } from './database-spec';
export { MAX_ENVIRONMENT_NAME_LENGTH } from './environment-schema';
export type { EnvironmentSettings, EnvironmentSpec, ImagesSpec } from './environment-schema';
export { TIERS, type Tier } from './tier';

/** The name problems are reported under: the spec's, or `?` when it has none that is a string. */
function environmentNameOf(spec: unknown): string {
  const name = (spec as { name?: unknown } | null | undefined)?.name;
  return typeof name === 'string' ? name : '?';
}

/**
 * Reports a problem at a path of a whole spec: under `servers[i]` it is that
 * server's problem (named by serverSpecName), anywhere else the
 * environment's.
 */
function reportAtPath(problems: ProblemCollector, spec: unknown): (path: SpecPath, message: string) => void {
  const servers = (spec as { servers?: unknown } | null | undefined)?.servers;
  return (path, message) => {
    if (path[0] === 'servers' && typeof path[1] === 'number' && path.length > 2 && Array.isArray(servers)) {
      problems.serverProblem(anyServerName(servers[path[1]]), fieldPath(path.slice(2)), message);
    } else {
      problems.environmentProblem(fieldPath(path) || 'spec', message);
    }
  };
}

/** What settingsProblems accepts: settings, or a whole spec (whose servers CalypsoServer checks). */
const SETTINGS_INPUT = EnvironmentSettingsSchema.extend({ servers: z.unknown().optional() });

/**
 * Checks the environment-wide settings: first against the schema, then the
 * rules between fields (skipped when the structure is wrong).
 */
export function settingsProblems(settings: EnvironmentSettings, problems: ProblemCollector): void {
  const parsed = parseSpec(SETTINGS_INPUT, settings, reportAtPath(problems, settings));
  if (!parsed.structural) checkedSettingsProblems(settings, problems);
}

/** The rules of the environment-wide settings, for settings whose structure the schema has accepted. */
function checkedSettingsProblems(settings: EnvironmentSettings, problems: ProblemCollector): void {
  const fail = problems.reporter();
  if (!isDnsLabel(settings.name) || settings.name.length > MAX_ENVIRONMENT_NAME_LENGTH) {
    fail('name', `"${settings.name}" is not a DNS label of at most ${MAX_ENVIRONMENT_NAME_LENGTH} characters`);
  }
  if (settings.namespace !== undefined && !isDnsLabel(settings.namespace)) {
    fail('namespace', `"${settings.namespace}" is not a DNS label`);
  }
  imageContractProblems(resolveImageContract(settings.imageContract), fail);
  priorityClassProblems(environmentNamespace(settings), settings.placement, problems);
  // The release is the version label of every object; by default it is the application image's tag.
  const release = settings.release ?? imageVersion(settings.images.application);
  if (!isLabelValue(release)) {
    const field = settings.release === undefined ? 'images.application' : 'release';
    fail(
      field,
      `"${release}" is not a valid label value (at most 63 characters, starting and ending with a letter or digit); it would be the app.kubernetes.io/version label${settings.release === undefined ? ': set release' : ''}`,
    );
  }
  for (const role of ['application', 'init', 'dependencyWait'] as const) {
    const image = settings.images[role];
    for (const message of imageProblemsForTier(image, settings.tier)) fail(`images.${role}`, message);
  }
  const db = settings.database;
  if (db.vendor === 'custom') {
    if (!db.driverClass) fail('database.driverClass', 'a custom database needs its JDBC driver class');
    if (!db.jdbcUrl.startsWith('jdbc:')) fail('database.jdbcUrl', `"${db.jdbcUrl}" is not a JDBC URL`);
  } else if (!db.jdbcUrl.startsWith(DATABASE_DRIVERS[db.vendor].urlPrefix)) {
    fail('database.jdbcUrl', `"${db.jdbcUrl}" is not a ${db.vendor} JDBC URL (${DATABASE_DRIVERS[db.vendor].urlPrefix}…)`);
  }
  const secretName = db.credentials.secretName ?? DATABASE_SECRET_NAME;
  if (!isDnsSubdomain(secretName)) fail('database.credentials.secretName', `"${secretName}" is not a Secret name`);
  for (const field of ['username', 'password'] as const) remoteSecretProblems(`database.credentials.${field}`, db.credentials[field], fail);
  if (settings.secretStore !== undefined && !isDnsSubdomain(settings.secretStore.name)) {
    fail('secretStore.name', `"${settings.secretStore.name}" is not the name of a SecretStore or ClusterSecretStore`);
  }
  for (const key of Object.keys(settings.properties ?? {})) {
    const problem = propertyKeyProblem(key);
    if (problem) fail(`properties.${key}`, problem);
  }
  deliveryProblems(settings, problems);
}

/** The dependencies of a server: explicit, or the preset's kinds present in the environment. */
export function dependencyNames(server: ResolvedServer, declared: readonly string[] | undefined, all: readonly ResolvedServer[]): string[] {
  if (declared !== undefined) return [...declared];
  return all.filter((other) => server.preset.dependsOnKinds.includes(other.kind)).map((other) => other.name);
}

/** An environment spec with every server resolved and every dependency known. */
export interface ResolvedEnvironmentSpec {
  readonly spec: EnvironmentSpec;
  readonly servers: readonly ResolvedServer[];
  /** Server name to the names it depends on. */
  readonly dependencies: ReadonlyMap<string, readonly string[]>;
}

/**
 * Validates a whole environment spec and applies defaults. Throws one
 * SpecError listing every problem found: the structural ones alone when the
 * shape is wrong, else every rule's.
 */
export function resolveEnvironmentSpec(spec: EnvironmentSpec): ResolvedEnvironmentSpec {
  const problems = new ProblemCollector(environmentNameOf(spec));
  // Structure first: with a wrong shape or type, the rules below could not read the spec.
  if (parseSpec(EnvironmentSpecSchema, spec, reportAtPath(problems, spec)).structural) throw new SpecError(problems.problems);
  checkedSettingsProblems(spec, problems);
  monitoringProblems(spec, problems);

  const servers: ResolvedServer[] = [];
  for (const server of spec.servers) {
    const resolved = resolveCheckedServer(server, problems);
    if (resolved) servers.push(resolved);
  }

  const names = spec.servers.map(serverSpecName);
  for (const name of new Set(names.filter((name, index) => names.indexOf(name) !== index))) {
    problems.serverProblem(name, 'name', `two servers are named "${name}"; server names must be unique`);
  }
  for (const kind of CORE_KINDS) {
    const count = spec.servers.filter((server) => server.kind === kind).length;
    if (count !== 1) problems.environmentProblem('servers', `an environment needs exactly one ${kind}, found ${count}`);
  }
  const engineHosts = new Map<string, string>();
  for (const server of servers) {
    for (const engine of server.engines) {
      const other = engineHosts.get(engine);
      if (other)
        problems.serverProblem(server.name, 'engines', `${engine} already runs in ${other}; each engine runs in exactly one engineserver`);
      engineHosts.set(engine, server.name);
    }
  }

  const dependencies = new Map<string, readonly string[]>();
  spec.servers.forEach((server, index) => {
    const resolved = servers.find((candidate) => candidate.name === names[index]);
    if (!resolved) return;
    const declared = dependencyNames(resolved, server.dependsOn, servers);
    for (const dependency of declared) {
      if (dependency === resolved.name) {
        problems.serverProblem(resolved.name, 'dependsOn', 'a server cannot depend on itself');
      } else if (!names.includes(dependency)) {
        problems.serverProblem(
          resolved.name,
          'dependsOn',
          `depends on "${dependency}", which is not a server of this environment (servers: ${names.join(', ')})`,
        );
      }
    }
    dependencies.set(
      resolved.name,
      declared.filter((dependency) => dependency !== resolved.name),
    );
  });
  for (const cycle of findCycles(dependencies)) {
    problems.serverProblem(cycle[0], 'dependsOn', `dependency cycle: ${cycle.join(' -> ')}`);
  }
  highAvailabilityProblems(spec, servers, problems);
  rolloutProblems(spec, problems);

  securityProblems(spec, problems);
  environmentInvariantProblems(spec, servers, dependencies, problems);

  problems.throwIfAny();
  return { spec, servers, dependencies };
}
