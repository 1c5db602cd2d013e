/**
 * `npm run graph`: the Mermaid picture of each environment in docs/graph/
 * is what the code renders (a stale picture fails), its arrows are the
 * dependency edges the committed network policies admit, and the README
 * shows today's prod picture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveEnvironment } from '../lib';
import { environmentGraph } from '../lib/output/environment-graph';
import { GRAPH_DIR, graphPages, runGraph } from '../apps/graph';
import { loadEnvironments } from '../apps/load-environments';
import { programPaths } from '../apps/paths';
import { committedFolder } from './committed-dist';
import { tempDir } from './test-temp-folders';

const environments = loadEnvironments();
const prod = resolveEnvironment(environments.find(({ name }) => name === 'prod')?.spec ?? environments[0].spec);

function capture(): { lines: string[]; log: (line: string) => void; error: (line: string) => void } {
  const lines: string[] = [];
  return { lines, log: (line) => lines.push(line), error: (line) => lines.push(line) };
}

test('docs/graph holds exactly the current picture of every environment', () => {
  const pages = graphPages([], programPaths().environmentsDir);
  expect(readdirSync(GRAPH_DIR).sort()).toEqual([...pages.keys()].sort());
  for (const [file, page] of pages) expect([file, readFileSync(join(GRAPH_DIR, file), 'utf8')]).toEqual([file, page]);
});

test('the README shows the current prod picture', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  expect(readme).toContain(['```mermaid', environmentGraph(prod), '```'].join('\n'));
});

test("every arrow between servers is a dependency edge that the target's committed network policy admits from the source", () => {
  const graph = environmentGraph(prod);
  const arrows = [...graph.matchAll(/^ {2}(\w+) -->\|"[^"]*"\| (\w+)$/gm)].map(([, from, to]) => [from, to]);
  const names = new Map(prod.servers.map((server) => [server.name.replace(/-/g, '_'), server.name]));
  const serverArrows = arrows
    .filter(([from, to]) => names.has(from) && names.has(to))
    .map(([from, to]) => [names.get(from), names.get(to)]);
  const edges = prod.servers.flatMap((server) => server.dependencies.map((dependency) => [server.name, dependency]));
  expect(serverArrows.sort()).toEqual(edges.sort());
  const folder = committedFolder('prod');
  for (const [from, to] of serverArrows.filter(([from]) => prod.serversByName.get(from as string)?.external === undefined)) {
    const [policy] = (folder.files.get(`networkpolicy-${to}.yaml`) ?? []) as unknown as {
      spec: {
        ingress: { from?: { podSelector?: { matchLabels?: Record<string, string>; matchExpressions?: { values: string[] }[] } }[] }[];
      };
    }[];
    expect(policy).toBeDefined();
    const admitted = policy.spec.ingress.flatMap((rule) =>
      (rule.from ?? []).flatMap((peer) => [
        ...(peer.podSelector?.matchExpressions ?? []).flatMap((expression) => expression.values),
        ...[peer.podSelector?.matchLabels?.['app.kubernetes.io/component'] ?? []].flat(),
      ]),
    );
    expect([from, to, admitted]).toEqual([from, to, expect.arrayContaining([from])]);
  }
});

test('servers are grouped by node pool, with their waves; the on-premise Scheduler is outside the cluster', () => {
  const graph = environmentGraph(prod);
  expect(graph).toContain(
    '  subgraph pool_core["node pool core"]\n    eventserver["<b>eventserver</b><br/>eventserver · 1 pod · wave 10"]',
  );
  expect(graph).toContain('  subgraph pool_outside_the_cluster["outside the cluster"]\n    scheduler[');
  for (const server of prod.servers.filter((plan) => plan.external === undefined)) expect(graph).toContain(`wave ${server.syncWave}"]`);
});

test('npm run graph writes the pages, prints its usage on --help and refuses a bad flag or an unknown environment', () => {
  const dir = tempDir('calypso-graph-');
  const out = capture();
  expect(runGraph(['prod'], out, dir)).toBe(0);
  expect(readdirSync(dir)).toEqual(['prod.md']);
  const help = capture();
  expect(runGraph(['--help'], help, dir)).toBe(0);
  expect(help.lines[0]).toMatch(/^usage: npm run graph/);
  const bad = capture();
  expect(runGraph(['--bogus'], bad, dir)).toBe(2);
  expect(bad.lines[0]).toMatch(/^unknown option --bogus\n/);
  const unknown = capture();
  expect(runGraph(['prd'], unknown, dir)).toBe(1);
  expect(unknown.lines).toEqual(['graph failed: no environment named prd (environments: dev, local, prod, uat)']);
});
