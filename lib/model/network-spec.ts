/**
 * What traffic an environment allows, as plain data: DNS, monitoring, the
 * database and named systems outside the cluster. Everything between the
 * servers follows from the dependency graph; everything else is denied.
 */
import { z } from 'zod';
import { cidrProblem } from './cidr';
import type { ProblemCollector, Report } from './errors';
import { isDnsLabel, isLabelKey, isLabelValue } from './names';
import { oneOf, type SpecOf } from './schema';
import type { ServerDirectory } from './server-directory';
import { serverSpecName, type ServerOptions } from './server-options';
import { TiersSchema } from './tier';

/** Where the cluster DNS runs; every pod may reach it on port 53 (UDP and TCP). */
export const DnsAccessSchema = z.strictObject({
  /**
   * Namespace of the cluster DNS pods.
   * @default 'kube-system'
   */
  namespace: z.string().optional(),
  /**
   * Labels of the cluster DNS pods (kube-dns and CoreDNS both carry `k8s-app: kube-dns`).
   * @default { 'k8s-app': 'kube-dns' }
   */
  podSelector: z.record(z.string(), z.string()).optional(),
  /**
   * DNS port.
   * @default 53
   */
  port: z.number().optional(),
});
export type DnsAccess = SpecOf<typeof DnsAccessSchema>;

/** Who scrapes metrics; it may reach only the management (metrics) port of each server. */
export const MonitoringAccessSchema = z.strictObject({
  /**
   * Namespace of the Prometheus that scrapes the servers.
   * @default 'monitoring'
   */
  namespace: z.string().optional(),
  /**
   * Labels of the scraping pods in that namespace.
   * @default { 'app.kubernetes.io/name': 'prometheus' } (the Prometheus operator's pods)
   */
  podSelector: z.record(z.string(), z.string()).optional(),
});
export type MonitoringAccess = SpecOf<typeof MonitoringAccessSchema>;

/** A system outside the cluster that some servers talk to: a market data feed, a messaging gateway, LDAP. */
export const ExternalSystemSchema = z.strictObject({
  /** Name (a DNS label); the NetworkPolicy is `allow-external-<name>`. */
  name: z.string(),
  /** Address blocks the system runs at, e.g. `['10.60.4.10/32']`. */
  cidrs: z.array(z.string()),
  /** Ports the servers connect to. */
  ports: z.array(z.number()),
  /**
   * Protocol of those ports.
   * @default 'TCP'
   */
  protocol: oneOf(['TCP', 'UDP']).optional(),
  /** Servers that may reach it (least privilege: no default, name them). */
  servers: z.array(z.string()),
});
export type ExternalSystem = SpecOf<typeof ExternalSystemSchema>;

/** Where the Kubernetes API server listens. */
export const ApiServerAccessSchema = z.strictObject({
  /** Address blocks of the control plane nodes (or the API server load balancer). */
  cidrs: z.array(z.string()),
  /**
   * Port the API server listens on at those addresses.
   * @default 6443
   */
  port: z.number().optional(),
});
export type ApiServerAccess = SpecOf<typeof ApiServerAccessSchema>;

/** Traffic allowed besides the dependency graph. */
export const NetworkSpecSchema = z.strictObject({
  /**
   * The cluster DNS.
   * @default kube-dns in kube-system, port 53
   */
  dns: DnsAccessSchema.optional(),
  /**
   * The metrics scraper.
   * @default Prometheus in the `monitoring` namespace
   */
  monitoring: MonitoringAccessSchema.optional(),
  /**
   * Systems outside the cluster that servers may reach.
   * @default [] (nothing but the database leaves the namespace)
   */
  externalSystems: z.array(ExternalSystemSchema).optional(),
  /**
   * The Kubernetes API server, for the few pods that talk to it (the event
   * exporter). Its Service address is rewritten before policies apply, so
   * give the control plane's addresses. Required when such a pod runs.
   * @default - no pod may reach the API server
   */
  apiServer: ApiServerAccessSchema.optional(),
});
export type NetworkSpec = SpecOf<typeof NetworkSpecSchema>;

/** Default API server port on the control plane nodes. */
export const DEFAULT_API_SERVER_PORT = 6443;

/** Where the database runs, for the egress rule (a JDBC URL names a host, but a NetworkPolicy needs addresses). */
export const DatabaseNetworkSchema = z.strictObject({
  /** Address blocks of the database hosts (every node of a RAC or cluster, and its listeners). */
  cidrs: z.array(z.string()),
  /**
   * Database port. Must match the JDBC URL's port when the URL has one.
   * @default - the JDBC URL's port
   */
  port: z.number().optional(),
  /** Tiers whose environments may use this database network; one that serves prod serves prod only. */
  tiers: TiersSchema,
});
export type DatabaseNetwork = SpecOf<typeof DatabaseNetworkSchema>;

/** Default cluster DNS. */
export const DEFAULT_DNS: Required<DnsAccess> = { namespace: 'kube-system', podSelector: { 'k8s-app': 'kube-dns' }, port: 53 };
/** Default metrics scraper. */
export const DEFAULT_MONITORING: Required<MonitoringAccess> = {
  namespace: 'monitoring',
  podSelector: { 'app.kubernetes.io/name': 'prometheus' },
};

/** Names of the environment-wide NetworkPolicies; per-server policies are named after their server. */
export const NETWORK_POLICY_NAMES = {
  defaultDeny: 'default-deny',
  dns: 'allow-dns',
  database: 'allow-database',
  apiServer: 'allow-apiserver',
  /** Followed by the external system's name. */
  externalPrefix: 'allow-external-',
} as const;

/** The label every Namespace carries with its own name (Kubernetes sets it). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** True for a TCP/UDP port number. */
export function isPortNumber(port: unknown): port is number {
  return typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535;
}

/**
 * The port a JDBC URL names, or undefined when it names none:
 * `//host:5432/db`, `@//host:1521/SVC`, `@host:1521:SID`, `Tds:host:5000`,
 * and Oracle descriptors with `(PORT=1521)`.
 */
export function jdbcUrlPort(url: string): number | undefined {
  const descriptor = /\(\s*PORT\s*=\s*(\d+)\s*\)/i.exec(url);
  if (descriptor) return Number(descriptor[1]);
  const hostPort = /(?:\/\/|@|Tds:)\[?[A-Za-z0-9.:-]*?\]?:(\d{1,5})(?=[/:;?,]|$)/.exec(url);
  return hostPort ? Number(hostPort[1]) : undefined;
}

/** What the network rules read of the database spec. */
export interface NetworkedDatabase {
  readonly jdbcUrl: string;
  readonly network?: DatabaseNetwork;
}

/** What the network rules read of an environment spec. */
export interface NetworkedEnvironment {
  readonly database: NetworkedDatabase;
  readonly network?: NetworkSpec;
  readonly monitoring?: { readonly eventExporter?: unknown };
  readonly servers: readonly Pick<ServerOptions, 'kind' | 'name' | 'external'>[];
}

/** The database port the network policy opens: the spec's, else the JDBC URL's. */
export function databasePort(database: NetworkedDatabase): number | undefined {
  return database.network?.port ?? jdbcUrlPort(database.jdbcUrl);
}

function cidrListProblems(field: string, what: string, cidrs: readonly string[] | undefined, fail: Report): void {
  if (!Array.isArray(cidrs) || cidrs.length === 0) {
    fail(field, `${what} needs at least one CIDR block it runs at, e.g. 10.60.4.10/32`);
    return;
  }
  for (const cidr of cidrs) {
    const problem = cidrProblem(String(cidr));
    if (problem) fail(field, problem);
  }
}

function selectorProblems(field: string, selector: Readonly<Record<string, string>> | undefined, fail: Report): void {
  for (const [key, value] of Object.entries(selector ?? {})) {
    if (!isLabelKey(key)) fail(field, `"${key}" is not a label key`);
    if (!isLabelValue(String(value))) fail(field, `"${value}" (label ${key}) is not a label value`);
  }
}

/**
 * Checks the network settings of a spec: the database's addresses and port,
 * DNS, monitoring, external systems, external servers' addresses and the
 * ingress routes the policies admit.
 */
export function networkProblems(spec: NetworkedEnvironment, servers: ServerDirectory, problems: ProblemCollector): void {
  const fail = problems.reporter();

  const database = spec.database.network;
  if (database === undefined) {
    fail(
      'database.network',
      'the database hosts are needed for the egress network policy: give { cidrs: [...], port } (all other traffic leaving the namespace is denied)',
    );
  } else {
    cidrListProblems('database.network.cidrs', 'the database', database.cidrs, fail);
    const urlPort = jdbcUrlPort(spec.database.jdbcUrl);
    if (database.port !== undefined && !isPortNumber(database.port)) {
      fail('database.network.port', `must be a port number from 1 to 65535, got ${database.port}`);
    } else if (database.port !== undefined && urlPort !== undefined && database.port !== urlPort) {
      fail('database.network.port', `port ${database.port} differs from port ${urlPort} in the JDBC URL ${spec.database.jdbcUrl}`);
    } else if (database.port === undefined && urlPort === undefined) {
      fail('database.network.port', `the JDBC URL ${spec.database.jdbcUrl} names no port; give the port the database listens on`);
    }
  }

  const dns = spec.network?.dns ?? {};
  if (dns.namespace !== undefined && !isDnsLabel(dns.namespace))
    fail('network.dns.namespace', `"${dns.namespace}" is not a namespace name`);
  if (dns.port !== undefined && !isPortNumber(dns.port)) fail('network.dns.port', `must be a port number from 1 to 65535, got ${dns.port}`);
  selectorProblems('network.dns.podSelector', dns.podSelector, fail);
  const monitoring = spec.network?.monitoring ?? {};
  if (monitoring.namespace !== undefined && !isDnsLabel(monitoring.namespace)) {
    fail('network.monitoring.namespace', `"${monitoring.namespace}" is not a namespace name`);
  }
  selectorProblems('network.monitoring.podSelector', monitoring.podSelector, fail);

  const apiServer = spec.network?.apiServer;
  if (apiServer !== undefined) {
    cidrListProblems('network.apiServer.cidrs', 'the API server', apiServer.cidrs, fail);
    if (apiServer.port !== undefined && !isPortNumber(apiServer.port)) {
      fail('network.apiServer.port', `must be a port number from 1 to 65535, got ${apiServer.port}`);
    }
  } else if (spec.monitoring?.eventExporter !== undefined) {
    fail(
      'network.apiServer',
      'the event exporter reads events from the API server: give the control plane addresses { cidrs: [...], port }',
    );
  }

  const maxName = 63 - NETWORK_POLICY_NAMES.externalPrefix.length;
  const systemNames = new Set<string>();
  (spec.network?.externalSystems ?? []).forEach((system, index) => {
    const at = `network.externalSystems[${index}]`;
    const name = system.name ?? '';
    if (!isDnsLabel(name) || name.length > maxName) fail(`${at}.name`, `"${name}" is not a DNS label of at most ${maxName} characters`);
    if (systemNames.has(name)) fail(`${at}.name`, `two external systems are named "${name}"; names must be unique`);
    systemNames.add(name);
    cidrListProblems(`${at}.cidrs`, `external system "${name}"`, system.cidrs, fail);
    if (!Array.isArray(system.ports) || system.ports.length === 0) {
      fail(`${at}.ports`, `external system "${name}" needs at least one port the servers connect to`);
    } else {
      for (const port of system.ports) {
        if (!isPortNumber(port)) fail(`${at}.ports`, `external system "${name}": ${port} is not a port number from 1 to 65535`);
      }
    }
    if (!Array.isArray(system.servers) || system.servers.length === 0) {
      fail(`${at}.servers`, `external system "${name}" must name the servers that may reach it`);
    } else {
      for (const server of system.servers) {
        const problem = servers.podServerProblem(server, 'only servers running in the cluster get egress rules');
        if (problem) fail(`${at}.servers`, `external system "${name}": ${problem}`);
      }
    }
  });

  for (const server of spec.servers) {
    const name = serverSpecName(server);
    if (server.external !== undefined) {
      cidrListProblems(
        'external.cidrs',
        `a server outside the cluster (${server.external.host})`,
        server.external.cidrs,
        problems.reporter(name),
      );
    }
    const reserved = Object.values(NETWORK_POLICY_NAMES).includes(name as never) || name.startsWith(NETWORK_POLICY_NAMES.externalPrefix);
    if (reserved)
      problems.serverProblem(name, 'name', `"${name}" is the name of an environment-wide network policy; choose another server name`);
  }
}
