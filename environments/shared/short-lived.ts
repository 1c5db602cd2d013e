/**
 * How a short-lived (self-serve) environment differs from the environment
 * it is derived from. `npm run env:create` writes a file that calls this
 * with the name, creation time and time to live; everything else is policy,
 * kept here in one place:
 *
 * - it runs on the dev cluster, in its own namespace `calypso-<name>`, as a
 *   dev-tier environment with one replica of every server;
 * - it has a database of its own on the sandbox database server (never the
 *   base environment's database), which it may restore from a snapshot;
 * - it exposes nothing through the ingress (the base's host names are the base's);
 * - it has no node pools, zones, autoscalers or claims (the dev cluster has
 *   none of the base's pools or storage), and no event exporter (the base's
 *   control plane addresses are another cluster's; the stop step before its
 *   database jobs calls the dev cluster's); without a claim, the
 *   Eventserver's message store is an emptyDir, emptied whenever its pod is
 *   deleted, evicted or rescheduled (in-flight messages are lost);
 * - it gets none of the base's secrets that act for the base: no TLS
 *   keystore (the base's private key) and no LDAP bind; the truststore
 *   (public CA certificates only) stays, so the servers still trust the
 *   bank's CAs;
 * - it reaches none of the base's external systems: where a sandbox
 *   alternative exists (SANDBOX_EXTERNAL_SYSTEMS) it reaches that instead,
 *   from the same servers; otherwise nothing;
 * - `keepExternal` and `keepCredentials` (`env:create --keep-external`,
 *   `--keep-credentials`) opt back in to named ones of the base's;
 * - it keeps the base's access and monitoring.
 */
import type { DatabaseNetwork, DatabaseSpec, EnvironmentSpec, ExternalSystem } from '../../lib';
import { CLUSTERS, DEV_CLUSTER_API_SERVER, gitops, MQ_TEST_GATEWAY, restoreSnapshot, SECRET_STORES, secretPath } from './defaults';

/** The sandbox database servers short-lived environments get a database on, one per vendor. */
export const SANDBOX_DATABASES: Readonly<Partial<Record<DatabaseSpec['vendor'], (name: string) => string>>> = {
  oracle: (name) => `jdbc:oracle:thin:@//calypso-db.sandbox.bank.internal:1521/CAL_${name.toUpperCase().replace(/-/g, '_')}`,
  postgresql: (name) => `jdbc:postgresql://calypso-db.sandbox.bank.internal:5432/calypso_${name.replace(/-/g, '_')}`,
};

/** Where the sandbox database servers listen, for the egress network policy. */
export const SANDBOX_DATABASE_NETWORK: DatabaseNetwork = { cidrs: ['10.43.1.20/32'], tiers: ['dev'] };

/**
 * The sandbox alternative of a base's external system, by the base system's
 * name: what a short-lived environment reaches instead (from the same
 * servers) unless it keeps the base's. The UAT MQ gateway's is the MQ test
 * gateway on the dev network, which dev uses too. No sandbox alternative
 * exists for the corporate LDAP (the Authserver then has no directory to
 * bind to, as in dev) or the market data feeds (no feed on the dev network).
 */
export const SANDBOX_EXTERNAL_SYSTEMS: Readonly<Record<string, Omit<ExternalSystem, 'servers'>>> = {
  'mq-gateway-uat': MQ_TEST_GATEWAY,
  'mq-gateway-test': MQ_TEST_GATEWAY,
};

/** The base's credentials a short-lived environment can opt back in to. */
export const KEEPABLE_CREDENTIALS = ['keystore', 'ldap-bind'] as const;
export type KeepableCredential = (typeof KEEPABLE_CREDENTIALS)[number];

/** What `npm run env:create` records about a short-lived environment. */
export interface ShortLivedOptions {
  /** The environment's name: its file, folder and namespace. */
  readonly name: string;
  /** When it was created (UTC, to the second). */
  readonly createdAt: string;
  /** How long it may live, e.g. `3d`. */
  readonly ttl: string;
  /**
   * A database snapshot to start from.
   * @default - the base environment's restore, if it has one
   */
  readonly snapshot?: string;
  /**
   * The base's external systems it may still reach, by name (e.g.
   * `['mq-gateway-uat']`), instead of their sandbox alternatives.
   * @default [] (sandbox alternatives only)
   */
  readonly keepExternal?: readonly string[];
  /**
   * The base's credentials it keeps: `keystore` (the base's TLS private key)
   * and `ldap-bind` (the Authserver's bind; keep the directory's external
   * system with it).
   * @default [] (the truststore only)
   */
  readonly keepCredentials?: readonly KeepableCredential[];
}

/** What is wrong with the options against their base, one sentence each; env:create refuses them before writing anything. */
export function shortLivedOptionProblems(
  base: EnvironmentSpec,
  options: Pick<ShortLivedOptions, 'keepExternal' | 'keepCredentials'>,
): string[] {
  const systems = (base.network?.externalSystems ?? []).map((system) => system.name);
  const problems = (options.keepExternal ?? [])
    .filter((name) => !systems.includes(name))
    .map((name) => `--keep-external ${name}: ${base.name} has no external system "${name}" (it has: ${systems.join(', ') || 'none'})`);
  for (const credential of options.keepCredentials ?? []) {
    const has =
      credential === 'keystore' ? base.tls?.keystore !== undefined : credential === 'ldap-bind' ? base.ldap !== undefined : undefined;
    if (has === undefined) problems.push(`--keep-credentials ${credential}: not one of ${KEEPABLE_CREDENTIALS.join(', ')}`);
    else if (!has) problems.push(`--keep-credentials ${credential}: ${base.name} has no ${credential} to keep`);
  }
  return problems;
}

/** The external systems of a short-lived environment: the kept ones of its base, the sandbox alternatives of the others. */
function shortLivedExternalSystems(base: EnvironmentSpec, keep: readonly string[]): ExternalSystem[] {
  const systems: ExternalSystem[] = [];
  for (const system of base.network?.externalSystems ?? []) {
    const sandbox = SANDBOX_EXTERNAL_SYSTEMS[system.name];
    const chosen = keep.includes(system.name) ? system : sandbox && { ...sandbox, servers: system.servers };
    if (chosen === undefined) continue;
    // Two base systems with one sandbox alternative share one policy, from the servers of both.
    const same = systems.find((other) => other.name === chosen.name);
    if (same) systems.splice(systems.indexOf(same), 1, { ...same, servers: [...new Set([...same.servers, ...chosen.servers])] });
    else systems.push(chosen);
  }
  return systems;
}

/** A short-lived environment derived from a permanent one. */
export function shortLived(base: EnvironmentSpec, options: ShortLivedOptions): EnvironmentSpec {
  const sandbox = SANDBOX_DATABASES[base.database.vendor];
  if (sandbox === undefined) throw new Error(`no sandbox database server for ${base.database.vendor}; add one to SANDBOX_DATABASES`);
  const key = secretPath('short-lived', 'database');
  const { backup: _backup, ...jobs } = base.databaseJobs ?? {};
  const problems = shortLivedOptionProblems(base, options);
  if (problems.length > 0) throw new Error(`short-lived environment ${options.name}: ${problems.join('; ')}`);
  const keep = new Set<KeepableCredential>(options.keepCredentials ?? []);
  const truststore = base.tls?.truststore;
  const keystore = keep.has('keystore') ? base.tls?.keystore : undefined;
  const databaseJobs = options.snapshot === undefined ? jobs : { ...jobs, restore: restoreSnapshot(options.snapshot) };
  const runsJobs = databaseJobs.restore !== undefined || databaseJobs.upgrade !== undefined;
  return {
    ...base,
    name: options.name,
    tier: 'dev',
    namespace: undefined,
    ingress: undefined,
    placement: undefined,
    verticalAutoscaling: undefined,
    storage: undefined,
    network: {
      ...base.network,
      // The stop step before the database jobs calls the API server: the dev cluster's, not the base's.
      apiServer: runsJobs ? { cidrs: [...DEV_CLUSTER_API_SERVER.cidrs], port: DEV_CLUSTER_API_SERVER.port } : undefined,
      externalSystems: shortLivedExternalSystems(base, options.keepExternal ?? []),
    },
    tls:
      truststore === undefined && keystore === undefined ? undefined : { ...(truststore && { truststore }), ...(keystore && { keystore }) },
    ldap: keep.has('ldap-bind') ? base.ldap : undefined,
    // Dev tier: its alerts are informational and page nobody, so the base's receivers are dropped.
    monitoring: base.monitoring && { ...base.monitoring, eventExporter: undefined, alerting: undefined },
    secretStore: SECRET_STORES.nonProd,
    database: {
      vendor: base.database.vendor,
      jdbcUrl: sandbox(options.name),
      driverClass: base.database.driverClass,
      credentials: { username: { key, property: 'username' }, password: { key, property: 'password' } },
      network: SANDBOX_DATABASE_NETWORK,
    },
    databaseJobs,
    gitops: gitops(CLUSTERS.dev, []),
    shortLived: { from: base.name, createdAt: options.createdAt, ttl: options.ttl },
    servers: base.servers.map(
      // No storage: the message store gets the default emptyDir (storage-spec DEFAULT_EPHEMERAL_STATE_SIZE), not the base's claim.
      // No canary: one pod each, and the dev cluster runs no Argo Rollouts controller.
      ({ replicas: _replicas, nodePool: _pool, autoscaling: _autoscaling, storage: _storage, rollout: _rollout, ...server }) => server,
    ),
  };
}
