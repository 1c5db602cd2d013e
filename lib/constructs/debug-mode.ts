/**
 * Debug mode on one server: the JDWP agent in JAVA_OPTS and a container
 * port named after the contract's debug port. The port is NOT added to the
 * Service and no network policy opens it: a developer reaches it with
 * `kubectl port-forward`, which goes through the kubelet, not the pod
 * network. Refused in prod.
 */
import type { CalypsoServer } from './calypso-server';
import { jdwpAgentOption, NO_DEBUG_TIERS } from '../model/debug-spec';
import { SpecError } from '../model/errors';

/** Starts a server's JVM with a JDWP agent on `port` (default: the image contract's debug port). */
export function enableDebug(server: CalypsoServer, port: number = server.environment.contract.debugPort.port): void {
  const env = server.environment;
  if (NO_DEBUG_TIERS.includes(env.tier)) {
    throw new SpecError([
      { environment: env.name, server: server.name, field: 'debug', message: `debug mode is not allowed in a ${env.tier} environment` },
    ]);
  }
  server.addContainerPort({ name: env.contract.debugPort.name, port });
  server.addJavaOptions(jdwpAgentOption(port));
}
