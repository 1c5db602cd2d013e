/**
 * The environment-wide settings resolved: namespace, version label, image
 * contract, database Secret, the properties file every server gets and the
 * network defaults, each with its default applied. Plain data; no cdk8s.
 */
import { ProblemCollector } from './errors';
import { DATABASE_DRIVERS, DATABASE_SECRET_NAME, settingsProblems, type EnvironmentSettings, type Tier } from './environment-spec';
import { imageVersion } from './image';
import { resolveImageContract, type ImageContract } from './image-contract';
import { environmentLibraryOwnedProblems } from './library-owned-rules';
import { LIBRARY_VERSION } from './names';
import { DEFAULT_INGRESS_CONTROLLER_NAMESPACE } from './ingress-spec';
import {
  databasePort,
  DEFAULT_API_SERVER_PORT,
  DEFAULT_DNS,
  DEFAULT_MONITORING,
  type DnsAccess,
  type MonitoringAccess,
} from './network-spec';
import type { PropertyMap } from './properties';

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
  /** The release: the `app.kubernetes.io/version` of what runs it (workloads, pod templates, database Jobs); the release, or the application image's tag. */
  readonly version: string;
  /**
   * The `app.kubernetes.io/version` of everything else of the environment
   * (Namespace, Services, ConfigMaps, policies, monitors, …): this library's
   * version, which wrote them, so a release bump changes only what runs the
   * release.
   */
  readonly configurationVersion: string;
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
    configurationVersion: LIBRARY_VERSION,
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
  // The rules between library-owned fields need settings whose structure the schema has accepted.
  if (problems.problems.length === 0) environmentLibraryOwnedProblems(settings, resolveImageContract(settings.imageContract), problems);
  problems.throwIfAny();
  return resolveSettings(settings);
}
