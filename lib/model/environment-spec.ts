/**
 * The environment spec: everything that differs between dev, UAT, prod and
 * any other Calypso environment, as plain typed data. Validation collects
 * every problem before anything is built, each naming environment, server
 * and field.
 */
import { findCycles } from './dependency-graph';
import { ProblemCollector } from './errors';
import { highAvailabilityProblems, type HighAvailabilitySettings } from './high-availability-spec';
import { deliveryProblems, type DeliverySettings } from './gitops-spec';
import { imageProblemsForTier, imageVersion, type ImageRef } from './image';
import { imageContractProblems, resolveImageContract, type ImageContractOverrides } from './image-contract';
import type { IngressSpec } from './ingress-spec';
import { monitoringProblems, type MonitoringSpec } from './monitoring-spec';
import { isDnsLabel, isDnsSubdomain, isLabelValue } from './names';
import { propertyKeyProblem, type PropertyMap } from './properties';
import type { RemoteSecretRef, SecretStoreRef } from './secret-refs';
import type { DatabaseNetwork } from './network-spec';
import { securityProblems, type SecuritySettings } from './security-spec';
import { CORE_KINDS } from './server-kinds';
import { resolveServer, serverSpecName, type ResolvedServer, type ServerSpec } from './server-spec';
import { environmentInvariantProblems } from './spec-invariants';

/** Environment tiers; prod gets the strictest rules. */
export const TIERS = ['dev', 'uat', 'prod'] as const;
export type Tier = (typeof TIERS)[number];

/** Database vendors Calypso supports (others go through `custom`). */
export const DATABASE_VENDORS = ['oracle', 'sybase', 'postgresql', 'custom'] as const;
export type DatabaseVendor = (typeof DATABASE_VENDORS)[number];

/** JDBC URL prefix and driver class per vendor. */
export const DATABASE_DRIVERS: Readonly<Record<Exclude<DatabaseVendor, 'custom'>, { urlPrefix: string; driverClass: string }>> = {
  oracle: { urlPrefix: 'jdbc:oracle:', driverClass: 'oracle.jdbc.OracleDriver' },
  sybase: { urlPrefix: 'jdbc:sybase:', driverClass: 'com.sybase.jdbc4.jdbc.SybDriver' },
  postgresql: { urlPrefix: 'jdbc:postgresql:', driverClass: 'org.postgresql.Driver' },
};

/** The database an environment runs against. */
export interface DatabaseSpec {
  /** Database vendor. */
  readonly vendor: DatabaseVendor;
  /** JDBC URL, e.g. `jdbc:oracle:thin:@//db.bank.internal:1521/CALPROD`. */
  readonly jdbcUrl: string;
  /**
   * JDBC driver class.
   * @default - the vendor's driver; required for `custom`
   */
  readonly driverClass?: string;
  /** Where the database user and password live in the secret manager. */
  readonly credentials: DatabaseCredentials;
  /** The database hosts' addresses and port, for the egress network policy (required by CalypsoPlatform). */
  readonly network?: DatabaseNetwork;
}

/** The database credentials: fetched by the External Secrets Operator into a Secret with `username` and `password`. */
export interface DatabaseCredentials {
  /**
   * Name of the Secret (and of its ExternalSecret).
   * @default 'calypso-database'
   */
  readonly secretName?: string;
  /** The database user in the secret manager. */
  readonly username: RemoteSecretRef;
  /** The database password in the secret manager. */
  readonly password: RemoteSecretRef;
}

/** Default name of the database credentials Secret. */
export const DATABASE_SECRET_NAME = 'calypso-database';

/** The three images every environment runs. */
export interface ImagesSpec {
  /** The `calypso-application` image (usually the bank's custom image built on it). */
  readonly application: ImageRef;
  /** The `calypso-init` image. */
  readonly init: ImageRef;
  /** The `calypso-dependency-wait` image. */
  readonly dependencyWait: ImageRef;
}

/** The secret store an environment reads its credentials from, and the tiers it serves. */
export interface SecretStoreSpec extends SecretStoreRef {
  /** Tiers whose environments may read from this store; a store that serves prod serves prod only. */
  readonly tiers: readonly Tier[];
}

/** Everything about an environment except its servers. */
export interface EnvironmentSettings extends HighAvailabilitySettings, SecuritySettings, DeliverySettings {
  /** Environment name: a DNS label, also the `dist/` folder and the `-env` argument. */
  readonly name: string;
  /** Tier: dev, uat or prod. */
  readonly tier: Tier;
  /**
   * Namespace of every namespaced object.
   * @default `calypso-<name>`
   */
  readonly namespace?: string;
  /**
   * Calypso release shown in the `app.kubernetes.io/version` label.
   * @default - the application image's tag (or digest prefix)
   */
  readonly release?: string;
  /** The images. */
  readonly images: ImagesSpec;
  /** The database. */
  readonly database: DatabaseSpec;
  /** The SecretStore or ClusterSecretStore every credential is read from. */
  readonly secretStore: SecretStoreSpec;
  /**
   * Properties in `calypsosystem.properties.<ENV>` for every server.
   * @default {}
   */
  readonly properties?: PropertyMap;
  /**
   * What the environment exposes through the ingress controller.
   * @default - nothing exposed
   */
  readonly ingress?: IngressSpec;
  /**
   * Overrides of the image contract (see image-contract.ts).
   * @default - the documented defaults
   */
  readonly imageContract?: ImageContractOverrides;
  /**
   * ServiceMonitors, alert rules, log collector hints and the event exporter.
   * @default - none: the cluster may have no Prometheus operator
   */
  readonly monitoring?: MonitoringSpec;
}

/** A whole environment. */
export interface EnvironmentSpec extends EnvironmentSettings {
  /** The servers, in any order. */
  readonly servers: readonly ServerSpec[];
}

/** Longest environment name, so that `calypso-<name>` and derived names stay DNS labels. */
export const MAX_ENVIRONMENT_NAME_LENGTH = 30;

/** Checks the environment-wide settings. */
export function settingsProblems(settings: EnvironmentSettings, problems: ProblemCollector): void {
  const fail = (field: string, message: string): void => problems.environmentProblem(field, message);
  if (!isDnsLabel(settings.name) || settings.name.length > MAX_ENVIRONMENT_NAME_LENGTH) {
    fail('name', `"${settings.name}" is not a DNS label of at most ${MAX_ENVIRONMENT_NAME_LENGTH} characters`);
  }
  if (!(TIERS as readonly string[]).includes(settings.tier)) {
    fail('tier', `"${settings.tier}" is not a tier; use one of ${TIERS.join(', ')}`);
  }
  if (settings.namespace !== undefined && !isDnsLabel(settings.namespace)) {
    fail('namespace', `"${settings.namespace}" is not a DNS label`);
  }
  imageContractProblems(resolveImageContract(settings.imageContract), fail);
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
  if (!(DATABASE_VENDORS as readonly string[]).includes(db.vendor)) {
    fail('database.vendor', `"${db.vendor}" is not a vendor; use one of ${DATABASE_VENDORS.join(', ')}`);
  } else if (db.vendor === 'custom') {
    if (!db.driverClass) fail('database.driverClass', 'a custom database needs its JDBC driver class');
    if (!db.jdbcUrl.startsWith('jdbc:')) fail('database.jdbcUrl', `"${db.jdbcUrl}" is not a JDBC URL`);
  } else if (!db.jdbcUrl.startsWith(DATABASE_DRIVERS[db.vendor].urlPrefix)) {
    fail('database.jdbcUrl', `"${db.jdbcUrl}" is not a ${db.vendor} JDBC URL (${DATABASE_DRIVERS[db.vendor].urlPrefix}…)`);
  }
  const secretName = db.credentials.secretName ?? DATABASE_SECRET_NAME;
  if (!isDnsSubdomain(secretName)) fail('database.credentials.secretName', `"${secretName}" is not a Secret name`);
  for (const field of ['username', 'password'] as const) {
    if (!db.credentials[field]?.key) fail(`database.credentials.${field}`, 'needs the key of the value in the secret manager');
  }
  if (settings.secretStore === undefined) {
    fail(
      'secretStore',
      'credentials (database, keystores, LDAP bind) are read from a secret store; name a SecretStore or ClusterSecretStore',
    );
  } else if (!isDnsSubdomain(settings.secretStore.name ?? '')) {
    fail('secretStore.name', `"${settings.secretStore?.name ?? ''}" is not the name of a SecretStore or ClusterSecretStore`);
  }
  if (settings.secretStore?.kind !== undefined && !['SecretStore', 'ClusterSecretStore'].includes(settings.secretStore.kind)) {
    fail('secretStore.kind', `"${settings.secretStore.kind}" is neither SecretStore nor ClusterSecretStore`);
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
 * SpecError listing every problem found.
 */
export function resolveEnvironmentSpec(spec: EnvironmentSpec): ResolvedEnvironmentSpec {
  const problems = new ProblemCollector(spec.name);
  settingsProblems(spec, problems);
  monitoringProblems(spec, problems);

  const servers: ResolvedServer[] = [];
  for (const server of spec.servers) {
    const resolved = resolveServer(server, problems);
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

  securityProblems(spec, problems);
  environmentInvariantProblems(spec, servers, dependencies, problems);

  problems.throwIfAny();
  return { spec, servers, dependencies };
}
