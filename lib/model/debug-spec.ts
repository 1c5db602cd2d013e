/**
 * Debug mode, as plain data: a JDWP agent on chosen servers of a non-prod
 * environment, so a developer can attach a debugger through `kubectl
 * port-forward`, never in prod; and in dev only, the servers the debug
 * groups may intercept with Telepresence, to run one of them on a laptop.
 */
import { z } from 'zod';
import type { AccessSpec } from './access-spec';
import type { ProblemCollector, Report } from './errors';
import { isPortNumber } from './network-spec';
import type { SpecOf } from './schema';
import type { ServerDirectory } from './server-directory';
import type { Tier } from './tier';

/**
 * Where the Telepresence 2 traffic-manager runs, as dev's NetworkPolicies
 * expect it. The defaults are the Helm chart's (charts/telepresence in
 * telepresenceio/telepresence: namespace `ambassador`, selector labels
 * `app: traffic-manager`, `telepresence: manager`, Service port `api` 8081)
 * and the traffic-agent's (AGENT_PORT 9900, MANAGER_PORT 8081).
 */
export const TelepresenceManagerSpecSchema = z.strictObject({
  /**
   * Namespace the traffic-manager is installed in (`telepresence helm install --namespace`).
   * @default 'ambassador'
   */
  namespace: z.string().optional(),
  /**
   * Labels of the traffic-manager's pod.
   * @default { app: 'traffic-manager', telepresence: 'manager' }
   */
  podLabels: z.record(z.string(), z.string()).optional(),
  /**
   * The traffic-manager's gRPC API port, which the traffic agents call.
   * @default 8081
   */
  apiPort: z.number().optional(),
  /**
   * First port the traffic agent listens on in an intercepted pod: it takes over each named
   * container port a Service targets, the first on this port, the next on the one after, and so on.
   * @default 9900
   */
  agentPort: z.number().optional(),
});
export type TelepresenceManagerSpec = SpecOf<typeof TelepresenceManagerSpecSchema>;

/** The traffic-manager as the Helm chart installs it. */
export const DEFAULT_TELEPRESENCE_MANAGER = {
  namespace: 'ambassador',
  podLabels: { app: 'traffic-manager', telepresence: 'manager' },
  apiPort: 8081,
  agentPort: 9900,
} as const;

/** The traffic-manager, defaults applied. */
export interface ResolvedTelepresenceManager {
  readonly namespace: string;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly apiPort: number;
  readonly agentPort: number;
}

/** Prefix of the policy that lets one intercepted server's traffic agent work (dev only). */
export const TELEPRESENCE_POLICY_PREFIX = 'allow-telepresence-';

/** The traffic-manager the policies admit, defaults applied. */
export function resolveTelepresenceManager(debug: DebugSpec | undefined): ResolvedTelepresenceManager {
  const manager = debug?.telepresenceManager;
  return {
    namespace: manager?.namespace ?? DEFAULT_TELEPRESENCE_MANAGER.namespace,
    podLabels: { ...(manager?.podLabels ?? DEFAULT_TELEPRESENCE_MANAGER.podLabels) },
    apiPort: manager?.apiPort ?? DEFAULT_TELEPRESENCE_MANAGER.apiPort,
    agentPort: manager?.agentPort ?? DEFAULT_TELEPRESENCE_MANAGER.agentPort,
  };
}

/** Which servers run with a JDWP agent. */
export const DebugSpecSchema = z.strictObject({
  /** Servers to debug with JDWP (may be empty when only `telepresence` is wanted). */
  servers: z.array(z.string()),
  /**
   * Port the JDWP agent listens on, inside the pod only.
   * @default - the image contract's debug port (5005)
   */
  port: z.number().optional(),
  /**
   * Servers the environment's `access.debugGroups` may intercept with
   * Telepresence 2 (`telepresence intercept <server>`): their traffic goes
   * to a developer's laptop, which reaches the rest of the environment as a
   * pod would. Dev only. Needs the traffic-manager on the cluster.
   * @default [] (no Telepresence Role)
   */
  telepresence: z.array(z.string()).optional(),
  /**
   * Where the traffic-manager runs, for the NetworkPolicies that admit
   * Telepresence's connections (dev only, with `telepresence`).
   * @default - the Helm chart's: namespace `ambassador`, pod labels `app: traffic-manager`, `telepresence: manager`, API port 8081, agent port 9900
   */
  telepresenceManager: TelepresenceManagerSpecSchema.optional(),
});
export type DebugSpec = SpecOf<typeof DebugSpecSchema>;

/** Tiers where debug mode is refused. */
export const NO_DEBUG_TIERS: readonly string[] = ['prod'];

/**
 * Per tier, whether Telepresence intercepts are allowed. Only dev: an
 * intercept sends a server's real traffic to a laptop, which in UAT would
 * disturb the testers' runs and in prod the bank's. Not local either: on a
 * developer's own cluster the server runs on the laptop already.
 */
export const TELEPRESENCE_ALLOWED: Readonly<Record<Tier, boolean>> = { local: false, dev: true, uat: false, prod: false };

/** Tiers where Telepresence intercepts are allowed. */
export const TELEPRESENCE_TIERS: readonly string[] = Object.entries(TELEPRESENCE_ALLOWED)
  .filter(([, allowed]) => allowed)
  .map(([tier]) => tier);

/**
 * The JVM flag that starts the JDWP agent (a JVM fact, not an image
 * assumption): a socket on every interface of the pod, not suspending the
 * start, so probes and start order behave as without it.
 */
export function jdwpAgentOption(port: number): string {
  return `-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:${port}`;
}

/** Checks Telepresence: dev only, debug groups to bind it to, known in-cluster servers. */
function telepresenceProblems(
  spec: { readonly name: string; readonly tier: Tier; readonly debug?: DebugSpec; readonly access?: AccessSpec },
  servers: ServerDirectory,
  fail: Report,
): void {
  const intercepted = spec.debug?.telepresence ?? [];
  const manager = spec.debug?.telepresenceManager;
  if (manager !== undefined) {
    if (!TELEPRESENCE_TIERS.includes(spec.tier)) {
      fail(
        'debug.telepresenceManager',
        `admits the Telepresence traffic-manager (namespace ${manager.namespace ?? DEFAULT_TELEPRESENCE_MANAGER.namespace}) through the NetworkPolicies, which is for ${TELEPRESENCE_TIERS.join(', ')} only; remove it from the ${spec.name} environment`,
      );
    } else if (intercepted.length === 0) {
      fail('debug.telepresenceManager', 'is set but debug.telepresence names no server to intercept; remove it or list the servers');
    }
    for (const field of ['apiPort', 'agentPort'] as const) {
      const port = manager[field];
      if (port !== undefined && !isPortNumber(port))
        fail(`debug.telepresenceManager.${field}`, `must be a port number from 1 to 65535, got ${port}`);
    }
    if (manager.namespace === '') fail('debug.telepresenceManager.namespace', 'is empty; name the namespace the traffic-manager runs in');
    if (manager.podLabels !== undefined && Object.keys(manager.podLabels).length === 0) {
      fail(
        'debug.telepresenceManager.podLabels',
        "is empty, which would admit every pod of the namespace; give the traffic-manager pod's labels",
      );
    }
  }
  if (intercepted.length === 0) return;
  if (!TELEPRESENCE_TIERS.includes(spec.tier)) {
    fail(
      'debug.telepresence',
      `Telepresence intercepts (servers: ${intercepted.join(', ')}) send a server's traffic to a laptop and are for ${TELEPRESENCE_TIERS.join(', ')} only; remove them from the ${spec.name} environment`,
    );
    return;
  }
  if ((spec.access?.debugGroups ?? []).length === 0) {
    fail('debug.telepresence', 'needs access.debugGroups: the Telepresence Role is bound to them, and nobody else may intercept');
  }
  for (const server of intercepted) {
    const problem = servers.podServerProblem(server, 'there is no workload in the cluster to intercept');
    if (problem) fail('debug.telepresence', problem);
  }
}

/** Checks debug mode: never in prod, known in-cluster servers, a free port; and Telepresence. */
export function debugProblems(
  spec: { readonly name: string; readonly tier: Tier; readonly debug?: DebugSpec; readonly access?: AccessSpec },
  servers: ServerDirectory,
  problems: ProblemCollector,
): void {
  const debug = spec.debug;
  if (debug === undefined) return;
  const fail = problems.reporter();
  telepresenceProblems(spec, servers, fail);
  if (NO_DEBUG_TIERS.includes(spec.tier)) {
    // Telepresence alone was refused above, once.
    if ((debug.servers ?? []).length === 0 && ((debug.telepresence ?? []).length > 0 || debug.telepresenceManager !== undefined)) return;
    fail(
      'debug',
      `debug mode opens a JDWP port (servers: ${(debug.servers ?? []).join(', ')}) and is not allowed in ${spec.tier}; remove it from the ${spec.name} environment`,
    );
    return;
  }
  const telepresenceOnly = (debug.telepresence ?? []).length > 0 || debug.telepresenceManager !== undefined;
  if (!Array.isArray(debug.servers) || (debug.servers.length === 0 && !telepresenceOnly)) {
    fail('debug.servers', 'names no server; list the servers to debug');
  }
  const port = debug.port ?? servers.contract.debugPort.port;
  if (!isPortNumber(port)) fail('debug.port', `must be a port number from 1 to 65535, got ${debug.port}`);
  for (const server of debug.servers ?? []) {
    const problem = servers.podServerProblem(server, 'there is no JVM in the cluster to debug');
    if (problem) {
      fail('debug.servers', problem);
      continue;
    }
    const taken = servers.ports(server)?.find((served) => served.port === port);
    if (taken) fail('debug.port', `port ${port} is already the ${taken.name} port of ${server}; choose another debug port`);
  }
}
