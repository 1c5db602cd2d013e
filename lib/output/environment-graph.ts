/**
 * A picture of one environment as a Mermaid flowchart, which code hosts
 * render in review: the servers grouped by node pool (and outside the
 * cluster), each with its kind, pod count and sync wave; an arrow from each
 * server to each server it depends on, labelled with the ports the network
 * policies admit (a server calls what it depends on, and starts after it,
 * so the waves grow against the arrows); and the peers outside the
 * environment the policies admit: the front door, the database, named
 * external systems and the metrics scraper. Drawn from the resolved
 * environment, whose dependency edges the network policies admit exactly
 * (test/network-policy.test.ts walks the graph both ways).
 */
import type { ResolvedEnvironment } from '../model/resolved-environment';
import type { ServerPlan } from '../model/server-plan';

/** A Mermaid node id: letters, digits and `_` only. */
function id(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '_');
}

/** A label in double quotes; Mermaid reads `#quot;` for a quote inside one. */
function label(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`;
}

const OUTSIDE = 'outside the cluster';

/** The id of a node pool's box: `pool_core`, `pool_any_node`, `pool_outside_the_cluster`. */
function poolId(pool: string): string {
  return id(`pool ${pool.replace(/^node pool /, '')}`);
}

function pods(server: ServerPlan): string {
  if (server.external !== undefined) return `outside the cluster: ${server.external.host}`;
  const scaling = server.autoscaling;
  if (scaling !== undefined) return `${scaling.minReplicas}–${scaling.maxReplicas} pods`;
  return server.replicas === 1 ? '1 pod' : `${server.replicas} pods`;
}

function serverNode(server: ServerPlan): string {
  const wave = server.external === undefined ? ` · wave ${server.syncWave}` : '';
  // A canary server runs as an Argo Rollouts Rollout: say so, it releases differently.
  const canary = server.workloadKind === 'Rollout' ? ' · canary' : '';
  return `    ${id(server.name)}[${label(`<b>${server.name}</b><br/>${server.kind} · ${pods(server)}${canary}${wave}`)}]`;
}

/** The Mermaid flowchart of an environment. */
export function environmentGraph(environment: ResolvedEnvironment): string {
  const lines = ['flowchart LR'];
  const pools = new Map<string, ServerPlan[]>();
  for (const server of environment.servers) {
    const pool = server.external !== undefined ? OUTSIDE : server.nodePool ? `node pool ${server.nodePool.name}` : 'any node';
    pools.set(pool, [...(pools.get(pool) ?? []), server]);
  }
  for (const [pool, servers] of pools) {
    lines.push(`  subgraph ${poolId(pool)}[${label(pool)}]`, ...servers.map(serverNode), '  end');
  }
  const byName = environment.serversByName;
  for (const server of environment.servers) {
    for (const dependency of server.dependencies) {
      const ports = (byName.get(dependency)?.ports ?? []).map((port) => port.port).join(', ');
      lines.push(`  ${id(server.name)} -->|${label(ports)}| ${id(dependency)}`);
    }
  }
  const spec = environment.spec;
  const inCluster = [...pools.keys()].filter((pool) => pool !== OUTSIDE).map(poolId);
  const routes = spec.ingress?.routes ?? [];
  if (routes.length > 0) {
    const door = environment.network.nodePortExposure ? 'node ports' : `front door (${environment.network.ingressControllerNamespace})`;
    lines.push(`  front_door([${label(door)}])`);
    for (const route of routes) lines.push(`  front_door -->|${label(route.host)}| ${id(route.server)}`);
  }
  const database = spec.database.network;
  if (database !== undefined) {
    lines.push(`  database[(${label(`database (${spec.database.vendor})<br/>${database.cidrs.join(', ')}`)})]`);
    for (const pool of inCluster) lines.push(`  ${pool} -->|${label(String(environment.network.databasePort ?? ''))}| database`);
  }
  for (const system of spec.network?.externalSystems ?? []) {
    const node = id(`external ${system.name}`);
    lines.push(`  ${node}>${label(`${system.name}<br/>${system.cidrs.join(', ')}`)}]`);
    for (const server of system.servers) lines.push(`  ${id(server)} -->|${label(system.ports.join(', '))}| ${node}`);
  }
  if (spec.monitoring !== undefined) {
    lines.push(`  scraper([${label(`metrics scraper (${environment.network.scraper.namespace})`)}])`);
    for (const pool of inCluster) lines.push(`  scraper -.-> ${pool}`);
  }
  return lines.join('\n');
}

/** The Markdown page of an environment's picture (`docs/graph/<env>.md`). */
export function environmentGraphPage(environment: ResolvedEnvironment): string {
  return [
    `# ${environment.name}: servers, start order and network`,
    '',
    'Rendered by `npm run graph`; do not edit (a test fails when it is stale). An arrow goes from a server to a server it',
    'depends on, labelled with the ports the network policies admit: the server calls it and starts after it, so sync',
    'waves grow against the arrows. Boxes group the servers by node pool.',
    '',
    '```mermaid',
    environmentGraph(environment),
    '```',
    '',
  ].join('\n');
}
