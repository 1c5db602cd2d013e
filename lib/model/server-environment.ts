/**
 * The environment variables of a server container, in one place: the
 * server kind, the environment's name, the JVM (memory plan, JAVA_OPTS,
 * CALYPSO_OPTS), the engines, the log format, then the spec's `env`.
 * CalypsoServer sets them on the Kubernetes container and the Compose file
 * on its service, both from this function, so the two cannot drift.
 */
import type { ImageContract } from './image-contract';
import { jvmEnvironment } from './jvm';
import { structuredLoggingEnvironment } from './logging';
import type { ResolvedServer } from './resolved-server';

/** What the variables depend on. */
export type EnvironmentServer = Pick<ResolvedServer, 'kind' | 'memoryBytes' | 'heapBytes' | 'extraJavaOptions' | 'engines' | 'env'>;

/**
 * The variables of one server container, in the order the container lists them.
 * `addedJavaOptions` go at the end of JAVA_OPTS, after the spec's `extraJavaOptions`:
 * where the JDWP agent goes in debug mode, as CalypsoServer.addJavaOptions appends it.
 * @param environmentName the environment's name (`-env <name>`, and the environment variable where the contract has one)
 */
export function serverEnvironment(
  contract: ImageContract,
  environmentName: string,
  server: EnvironmentServer,
  addedJavaOptions: readonly string[] = [],
): Record<string, string> {
  const calypsoOptions = contract.environmentName.argument ? [contract.environmentName.argument, environmentName] : [];
  const variables: Record<string, string> = { [contract.serverSelector.variable]: contract.serverSelector.values[server.kind] };
  if (contract.environmentName.variable) variables[contract.environmentName.variable] = environmentName;
  Object.assign(variables, jvmEnvironment(contract, server, calypsoOptions, [...server.extraJavaOptions, ...addedJavaOptions]));
  if (server.engines.length > 0) variables[contract.enginesVariable] = server.engines.join(',');
  // The spec's own variables last: none may be one of the above (library-owned-rules.ts refuses them).
  return Object.assign(variables, structuredLoggingEnvironment(contract), server.env);
}
