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
 *   control plane addresses are another cluster's);
 * - it keeps the base's external systems, credentials, access and monitoring.
 */
import type { DatabaseNetwork, DatabaseSpec, EnvironmentSpec } from '../../lib';
import { CLUSTERS, gitops, restoreSnapshot, SECRET_STORES, secretPath } from './defaults';

/** The sandbox database servers short-lived environments get a database on, one per vendor. */
export const SANDBOX_DATABASES: Readonly<Partial<Record<DatabaseSpec['vendor'], (name: string) => string>>> = {
  oracle: (name) => `jdbc:oracle:thin:@//calypso-db.sandbox.bank.internal:1521/CAL_${name.toUpperCase().replace(/-/g, '_')}`,
  postgresql: (name) => `jdbc:postgresql://calypso-db.sandbox.bank.internal:5432/calypso_${name.replace(/-/g, '_')}`,
};

/** Where the sandbox database servers listen, for the egress network policy. */
export const SANDBOX_DATABASE_NETWORK: DatabaseNetwork = { cidrs: ['10.43.1.20/32'], tiers: ['dev'] };

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
}

/** A short-lived environment derived from a permanent one. */
export function shortLived(base: EnvironmentSpec, options: ShortLivedOptions): EnvironmentSpec {
  const sandbox = SANDBOX_DATABASES[base.database.vendor];
  if (sandbox === undefined) throw new Error(`no sandbox database server for ${base.database.vendor}; add one to SANDBOX_DATABASES`);
  const key = secretPath('short-lived', 'database');
  const { backup: _backup, ...jobs } = base.databaseJobs ?? {};
  return {
    ...base,
    name: options.name,
    tier: 'dev',
    namespace: undefined,
    ingress: undefined,
    placement: undefined,
    verticalAutoscaling: undefined,
    storage: undefined,
    network: base.network && { ...base.network, apiServer: undefined },
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
    databaseJobs: options.snapshot === undefined ? jobs : { ...jobs, restore: restoreSnapshot(options.snapshot) },
    gitops: gitops(CLUSTERS.dev, []),
    shortLived: { from: base.name, createdAt: options.createdAt, ttl: options.ttl },
    servers: base.servers.map(
      ({ replicas: _replicas, nodePool: _pool, autoscaling: _autoscaling, storage: _storage, ...server }) => server,
    ),
  };
}
