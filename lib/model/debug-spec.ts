/**
 * Debug mode, as plain data: a JDWP agent on chosen servers of a non-prod
 * environment, so a developer can attach a debugger through `kubectl
 * port-forward`. Never in prod.
 */
import { z } from 'zod';
import type { ProblemCollector } from './errors';
import { isPortNumber } from './network-spec';
import type { SpecOf } from './schema';
import type { ServerDirectory } from './server-directory';
import type { Tier } from './tier';

/** Which servers run with a JDWP agent. */
export const DebugSpecSchema = z.strictObject({
  /** Servers to debug. */
  servers: z.array(z.string()),
  /**
   * Port the JDWP agent listens on, inside the pod only.
   * @default - the image contract's debug port (5005)
   */
  port: z.number().optional(),
});
export type DebugSpec = SpecOf<typeof DebugSpecSchema>;

/** Tiers where debug mode is refused. */
export const NO_DEBUG_TIERS: readonly string[] = ['prod'];

/**
 * The JVM flag that starts the JDWP agent (a JVM fact, not an image
 * assumption): a socket on every interface of the pod, not suspending the
 * start, so probes and start order behave as without it.
 */
export function jdwpAgentOption(port: number): string {
  return `-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:${port}`;
}

/** Checks debug mode: never in prod, known in-cluster servers, a free port. */
export function debugProblems(
  spec: { readonly name: string; readonly tier: Tier; readonly debug?: DebugSpec },
  servers: ServerDirectory,
  problems: ProblemCollector,
): void {
  const debug = spec.debug;
  if (debug === undefined) return;
  const fail = problems.reporter();
  if (NO_DEBUG_TIERS.includes(spec.tier)) {
    fail(
      'debug',
      `debug mode opens a JDWP port (servers: ${(debug.servers ?? []).join(', ')}) and is not allowed in ${spec.tier}; remove it from the ${spec.name} environment`,
    );
    return;
  }
  if (!Array.isArray(debug.servers) || debug.servers.length === 0) fail('debug.servers', 'names no server; list the servers to debug');
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
