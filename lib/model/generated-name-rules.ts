/**
 * Object names the library derives from the spec, checked for clashes in the
 * model: a server's Service, ServiceAccount and workload carry its name, its
 * properties ConfigMap `<server>-properties`, a StatefulSet server's
 * headless Service `<server>-headless`, a node-port-exposed server's
 * Service `<server>-nodeport`, the database jobs' ServiceAccount
 * `calypso-database-jobs`. A clash names the server and the field that made
 * the name. (Network policy names, the event exporter's objects and the
 * credential Secrets have rules of their own: network-spec.ts,
 * monitoring-spec.ts, credentials-spec.ts.)
 */
import { DATABASE_JOBS_SERVICE_ACCOUNT, STOP_SERVERS_SERVICE_ACCOUNT } from './database-jobs-spec';
import type { EnvironmentSpec } from './environment-schema';
import type { ProblemCollector } from './errors';
import { exposureOf } from './ingress-spec';
import type { ResolvedServer } from './server-spec';

/** An object the library names after something in the spec. */
export interface DerivedObject {
  readonly kind: string;
  readonly name: string;
  /** The server it belongs to, if any. */
  readonly server?: string;
  /** What it is and where its name comes from, for messages. */
  readonly what: string;
}

/** Suffix of a server's properties ConfigMap. */
export const PROPERTIES_CONFIG_MAP_SUFFIX = '-properties';
/** Suffix of a server's NodePort Service. */
export const NODE_PORT_SERVICE_SUFFIX = '-nodeport';
/** Suffix of the headless Service that governs a StatefulSet server's pods (their stable DNS names). */
export const HEADLESS_SERVICE_SUFFIX = '-headless';
/** Suffix of the LoadBalancer Service through which servers outside the cluster reach a server. */
export const EXTERNAL_ENTRY_POINT_SUFFIX = '-external';

/** Name of the entry point Service of a server that external servers call. */
export function externalEntryPointName(server: string): string {
  return `${server}${EXTERNAL_ENTRY_POINT_SUFFIX}`;
}

/** The objects named after a server other than by its own name, and the environment-wide objects a server name could take. */
export function derivedObjects(
  spec: EnvironmentSpec,
  servers: readonly ResolvedServer[],
  dependencies: ReadonlyMap<string, readonly string[]> = new Map(),
): DerivedObject[] {
  const objects: DerivedObject[] = [];
  const calledFromOutside = new Set(
    servers.filter((server) => server.external !== undefined).flatMap((server) => dependencies.get(server.name) ?? []),
  );
  for (const server of servers) {
    if (server.external !== undefined) continue;
    if (calledFromOutside.has(server.name)) {
      objects.push({
        kind: 'Service',
        name: externalEntryPointName(server.name),
        server: server.name,
        what: `the LoadBalancer Service through which servers outside the cluster reach server ${server.name}`,
      });
    }
    objects.push({
      kind: 'ConfigMap',
      name: `${server.name}${PROPERTIES_CONFIG_MAP_SUFFIX}`,
      server: server.name,
      what: `the properties ConfigMap of server ${server.name}`,
    });
    if (server.preset.workload === 'StatefulSet') {
      objects.push({
        kind: 'Service',
        name: `${server.name}${HEADLESS_SERVICE_SUFFIX}`,
        server: server.name,
        what: `the headless Service of server ${server.name} (a StatefulSet's governing Service)`,
      });
    }
  }
  if (spec.ingress !== undefined && exposureOf(spec.ingress) === 'nodePort') {
    for (const routed of new Set((spec.ingress?.routes ?? []).map((route) => route.server))) {
      objects.push({
        kind: 'Service',
        name: `${routed}${NODE_PORT_SERVICE_SUFFIX}`,
        server: routed,
        what: `the NodePort Service of server ${routed} (ingress.routes)`,
      });
    }
  }
  if (spec.databaseJobs !== undefined) {
    objects.push({
      kind: 'ServiceAccount',
      name: DATABASE_JOBS_SERVICE_ACCOUNT,
      what: 'the ServiceAccount of the database jobs (databaseJobs)',
    });
    objects.push({
      kind: 'ServiceAccount',
      name: STOP_SERVERS_SERVICE_ACCOUNT,
      what: 'the ServiceAccount of the step that stops the servers before the database jobs (databaseJobs)',
    });
  }
  return objects;
}

/** The kinds a server's own name is given to. */
function ownKinds(server: ResolvedServer): string[] {
  if (server.external !== undefined) return ['Service'];
  return ['Service', 'ServiceAccount', server.preset.workload];
}

/**
 * No server takes a name the library derives for another object: not one of
 * the same kind (a real clash: one object would overwrite the other), and not
 * one of another kind either, so every name says whose object it is.
 */
export function generatedNameProblems(
  spec: EnvironmentSpec,
  servers: readonly ResolvedServer[],
  problems: ProblemCollector,
  dependencies: ReadonlyMap<string, readonly string[]> = new Map(),
): void {
  const derived = derivedObjects(spec, servers, dependencies);
  for (const server of servers) {
    const taken = derived.filter((object) => object.name === server.name && object.server !== server.name);
    if (taken.length === 0) continue;
    const sameKind = taken.find((object) => ownKinds(server).includes(object.kind));
    const object = sameKind ?? taken[0];
    const clash = sameKind
      ? `the ${object.kind} ${server.name} of this server would clash with ${object.what}`
      : `"${server.name}" is already the name of ${object.what}`;
    problems.serverProblem(server.name, 'name', `${clash}; choose another server name`);
  }
}
