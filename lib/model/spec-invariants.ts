/**
 * The invariants of one environment spec beyond its fields' own checks: tiers
 * bind what it touches, its namespace is its own, and what the library owns
 * stays library-owned. One call, so the resolution runs them all in one place.
 */
import type { EnvironmentSpec } from './environment-schema';
import { reservedNamespaceProblems } from './environment-set-rules';
import type { ProblemCollector } from './errors';
import { generatedNameProblems } from './generated-name-rules';
import { resolveImageContract } from './image-contract';
import { environmentLibraryOwnedProblems, serverLibraryOwnedProblems, waitTimeoutProblems } from './library-owned-rules';
import { serverSpecName, type ResolvedServer } from './server-spec';
import { tierProblems } from './tier-rules';

/** Checks every invariant of an environment; `servers` are the servers that resolved, `dependencies` their resolved edges. */
export function environmentInvariantProblems(
  spec: EnvironmentSpec,
  servers: readonly ResolvedServer[],
  dependencies: ReadonlyMap<string, readonly string[]>,
  problems: ProblemCollector,
): void {
  const contract = resolveImageContract(spec.imageContract);
  tierProblems(spec, problems);
  reservedNamespaceProblems(spec, problems);
  environmentLibraryOwnedProblems(spec, contract, problems);
  for (const server of spec.servers) serverLibraryOwnedProblems(server, contract, problems);
  waitTimeoutProblems(servers, dependencies, problems);
  generatedNameProblems(spec, servers, problems, dependencies);
  trustStoreProblems(spec, problems);
}

/**
 * A server that mounts the environment's truststore (`tls.truststore`) trusts
 * what is in it; a CA bundle made its JVM trust store as well would replace it,
 * and which one wins would depend on the image.
 */
function trustStoreProblems(spec: EnvironmentSpec, problems: ProblemCollector): void {
  const truststore = spec.tls?.truststore;
  if (truststore === undefined) return;
  for (const server of spec.servers) {
    const name = serverSpecName(server);
    if (server.caBundle?.jvmTruststoreType === undefined || server.external !== undefined) continue;
    if (truststore.servers !== undefined && !truststore.servers.includes(name)) continue;
    problems.serverProblem(
      name,
      'caBundle.jvmTruststoreType',
      `the server already trusts the environment's truststore (tls.truststore); add the CA to that store, or leave jvmTruststoreType out to mount the bundle only (${server.caBundle.jvmTruststoreType})`,
    );
  }
}
