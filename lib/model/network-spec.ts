/**
 * What traffic an environment allows, as plain data: DNS, monitoring, the
 * database and named systems outside the cluster. Everything between the
 * servers follows from the dependency graph; everything else is denied.
 */
import { cidrProblem } from './cidr';
import type { EnvironmentSpec, Tier } from './environment-spec';
import type { ProblemCollector } from './errors';
import { isDnsLabel, isLabelKey, isLabelValue } from './names';
import { serverSpecName } from './server-spec';
import type { ServerDirectory } from './server-directory';

/** Where the cluster DNS runs; every pod may reach it on port 53 (UDP and TCP). */
export interface DnsAccess {
  /**
   * Namespace of the cluster DNS pods.
   * @default 'kube-system'
   */
  readonly namespace?: string;
  /**
   * Labels of the cluster DNS pods (kube-dns and CoreDNS both carry `k8s-app: kube-dns`).
   * @default { 'k8s-app': 'kube-dns' }
   */
  readonly podSelector?: Readonly<Record<string, string>>;
  /**
   * DNS port.
   * @default 53
   */
  readonly port?: number;
}

/** Who scrapes metrics; it may reach only the management (metrics) port of each server. */
export interface MonitoringAccess {
  /**
   * Namespace of the Prometheus that scrapes the servers.
   * @default 'monitoring'
   */
  readonly namespace?: string;
  /**
   * Labels of the scraping pods in that namespace.
   * @default { 'app.kubernetes.io/name': 'prometheus' } (the Prometheus operator's pods)
   */
  readonly podSelector?: Readonly<Record<string, string>>;
}

/** A system outside the cluster that some servers talk to: a market data feed, a messaging gateway, LDAP. */
export interface ExternalSystem {
  /** Name (a DNS label); the NetworkPolicy is `allow-external-<name>`. */
  readonly name: string;
  /** Address blocks the system runs at, e.g. `['10.60.4.10/32']`. */
  readonly cidrs: readonly string[];
  /** Ports the servers connect to. */
  readonly ports: readonly number[];
  /**
   * Protocol of those ports.
   * @default 'TCP'
   */
  readonly protocol?: 'TCP' | 'UDP';
  /** Servers that may reach it (least privilege: no default, name them). */
  readonly servers: readonly string[];
}

/** Traffic allowed besides the dependency graph. */
export interface NetworkSpec {
  /**
   * The cluster DNS.
   * @default kube-dns in kube-system, port 53
   */
  readonly dns?: DnsAccess;
  /**
   * The metrics scraper.
   * @default Prometheus in the `monitoring` namespace
   */
  readonly monitoring?: MonitoringAccess;
  /**
   * Systems outside the cluster that servers may reach.
   * @default [] (nothing but the database leaves the namespace)
   */
  readonly externalSystems?: readonly ExternalSystem[];
  /**
   * The Kubernetes API server, for the few pods that talk to it (the event
   * exporter). Its Service address is rewritten before policies apply, so
   * give the control plane's addresses. Required when such a pod runs.
   * @default - no pod may reach the API server
   */
  readonly apiServer?: ApiServerAccess;
}

/** Where the Kubernetes API server listens. */
export interface ApiServerAccess {
  /** Address blocks of the control plane nodes (or the API server load balancer). */
  readonly cidrs: readonly string[];
  /**
   * Port the API server listens on at those addresses.
   * @default 6443
   */
  readonly port?: number;
}

/** Default API server port on the control plane nodes. */
export const DEFAULT_API_SERVER_PORT = 6443;

/** Where the database runs, for the egress rule (a JDBC URL names a host, but a NetworkPolicy needs addresses). */
export interface DatabaseNetwork {
  /** Address blocks of the database hosts (every node of a RAC or cluster, and its listeners). */
  readonly cidrs: readonly string[];
  /**
   * Database port. Must match the JDBC URL's port when the URL has one.
   * @default - the JDBC URL's port
   */
  readonly port?: number;
  /** Tiers whose environments may use this database network; one that serves prod serves prod only. */
  readonly tiers: readonly Tier[];
}

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

/** The database port the network policy opens: the spec's, else the JDBC URL's. */
export function databasePort(database: EnvironmentSpec['database']): number | undefined {
  return database.network?.port ?? jdbcUrlPort(database.jdbcUrl);
}

function cidrListProblems(
  field: string,
  what: string,
  cidrs: readonly string[] | undefined,
  fail: (field: string, m: string) => void,
): void {
  if (!Array.isArray(cidrs) || cidrs.length === 0) {
    fail(field, `${what} needs at least one CIDR block it runs at, e.g. 10.60.4.10/32`);
    return;
  }
  for (const cidr of cidrs) {
    const problem = cidrProblem(String(cidr));
    if (problem) fail(field, problem);
  }
}

function selectorProblems(
  field: string,
  selector: Readonly<Record<string, string>> | undefined,
  fail: (f: string, m: string) => void,
): void {
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
export function networkProblems(spec: EnvironmentSpec, servers: ServerDirectory, problems: ProblemCollector): void {
  const fail = (field: string, message: string): void => problems.environmentProblem(field, message);

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
    if (system.protocol !== undefined && !['TCP', 'UDP'].includes(system.protocol)) {
      fail(`${at}.protocol`, `"${system.protocol}" is neither TCP nor UDP`);
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
        (field, message) => problems.serverProblem(name, field, message),
      );
    }
    const reserved = Object.values(NETWORK_POLICY_NAMES).includes(name as never) || name.startsWith(NETWORK_POLICY_NAMES.externalPrefix);
    if (reserved)
      problems.serverProblem(name, 'name', `"${name}" is the name of an environment-wide network policy; choose another server name`);
  }
}
