/**
 * A server's plan is read many times while its objects are built
 * (CalypsoServer.plan). A spec's server hands back its environment's frozen
 * plan itself, never a copy; a server composed by hand gets a fresh plan
 * on each read, so what the graph adds later shows. A server whose own plan
 * is not its environment's, but whose graph facts are frozen, gets the two
 * merged once (the facts over its plan), read after read, and merged again
 * when the facts it is handed change.
 */
import { App, Chart } from 'cdk8s';
import { CalypsoEnvironment, CalypsoPlatform, CalypsoServer, resolveEnvironment } from '../lib';
import { loadEnvironments } from '../apps/load-environments';
import type { ResolvedEnvironment } from '../lib/model/resolved-environment';
import type { ServerGraphFacts, ServerPlan } from '../lib/model/server-plan';
import { specWith } from './helpers';
import { restoreSpies } from './fs-spy';

afterEach(restoreSpies);

let prod: ResolvedEnvironment | undefined;

/** environments/prod.ts resolved, once for the file: a resolved environment is immutable, and each test builds its own constructs from it. */
function resolvedProd(): ResolvedEnvironment {
  if (prod === undefined) {
    const spec = loadEnvironments().find((environment) => environment.name === 'prod')?.spec;
    if (spec === undefined) throw new Error('environments/prod.ts not found');
    prod = resolveEnvironment(spec);
  }
  return prod;
}

/** A bare environment of prod (no server built yet), a chart for it and the plan of a server with dependencies in it. */
function prodWithServer(): { environment: CalypsoEnvironment; planned: ServerPlan; chart: Chart } {
  const resolved = resolvedProd();
  const planned = [...resolved.serversByName.values()].find((plan) => plan.dependencies.length > 0 && plan.external === undefined);
  if (planned === undefined) throw new Error('prod has no server with dependencies');
  return { environment: new CalypsoEnvironment(resolved), planned, chart: new Chart(new App(), 'prod', { namespace: resolved.namespace }) };
}

/** The graph facts of a plan, frozen, with another sync wave: facts no plan holds itself. */
function frozenFacts(plan: ServerPlan, syncWave: number): ServerGraphFacts {
  const { dependencies, dependents, startDepth, readOnlyDataservers, waitTargets, waitTimeoutSeconds, progressDeadlineSeconds } = plan;
  return Object.freeze({
    dependencies,
    dependents,
    startDepth,
    syncWave,
    readOnlyDataservers,
    waitTargets,
    waitTimeoutSeconds,
    progressDeadlineSeconds,
  });
}

/** Only the graph facts of a plan, by the same explicit list (not by pickGraphFacts, the code under test). */
function graphFactsOf(plan: ServerPlan): ServerGraphFacts {
  return { ...frozenFacts(plan, plan.syncWave) };
}

test("a spec's server hands back one frozen plan, the environment's plan of it itself", () => {
  const resolved = resolvedProd();
  const platform = new CalypsoPlatform(new App(), resolved.name, { resolved });
  expect(platform.servers.size).toBeGreaterThan(5);
  for (const [name, server] of platform.servers) {
    const plan = server.plan;
    expect(server.plan).toBe(plan);
    expect(Object.isFrozen(plan)).toBe(true);
    expect({ name, same: plan === resolved.serversByName.get(name) }).toEqual({ name, same: true });
  }
});

test('a server composed by hand sees dependencies added after it was built', () => {
  const spec = specWith({ kind: 'presentation-server' });
  const chart = new Chart(new App(), 'team', { namespace: 'team' });
  const environment = new CalypsoEnvironment(spec);
  const dataserver = new CalypsoServer(chart, 'dataserver', { kind: 'dataserver', environment });
  const presentation = new CalypsoServer(chart, 'presentation-server', { kind: 'presentation-server', environment });
  const before = presentation.plan;
  expect(before.dependencies).toEqual([]);
  presentation.dependsOn(dataserver);
  expect(presentation.plan.dependencies).toEqual(['dataserver']);
  expect(dataserver.plan.dependents).toEqual(['presentation-server']);
  expect(before.dependencies).toEqual([]);
  expect(Object.isFrozen(presentation.plan)).toBe(false);
});

test("a server planned from a copy of its environment's plan merges the environment's frozen facts over it once: one frozen plan, read after read", () => {
  const { environment, planned, chart } = prodWithServer();
  // Its own plan is another object, with graph facts of its own: the environment's win.
  const own = Object.freeze({ ...planned, dependencies: [], syncWave: 99, propertiesChecksum: 'its own' });
  const server = new CalypsoServer(chart, planned.name, { environment, plan: own });
  const plan = server.plan;
  expect(server.plan).toBe(plan);
  expect(Object.isFrozen(plan)).toBe(true);
  expect([plan === own, plan === planned]).toEqual([false, false]);
  // The graph's facts are the environment's; everything else stays the server's own plan.
  expect(plan).toEqual({ ...own, ...graphFactsOf(planned) });
  expect([plan.dependencies, plan.syncWave, plan.propertiesChecksum]).toEqual([planned.dependencies, planned.syncWave, 'its own']);
});

test("a server composed by hand under the name of one its environment plans keeps its own options: only the graph facts are the environment's", () => {
  const resolved = resolvedProd();
  const planned = resolved.serversByName.get('authserver');
  if (planned === undefined) throw new Error('prod plans no authserver');
  const chart = new Chart(new App(), 'prod', { namespace: resolved.namespace });
  const environment = new CalypsoEnvironment(resolved);
  const replicas = planned.replicas + 3;
  const server = new CalypsoServer(chart, 'authserver', { kind: 'authserver', environment, replicas, properties: { 'own.key': 'mine' } });
  const plan = server.plan;
  expect([plan.replicas, plan.maxReplicas, plan.properties['own.key']]).toEqual([replicas, replicas, 'mine']);
  expect(Object.values(plan.propertiesData).join('')).toContain('own.key=mine');
  expect(plan).toEqual(expect.objectContaining(graphFactsOf(planned)));
  expect(environment.graphFacts(server.plan)).toBe(planned);
});

test('the merge memo: frozen facts are merged over the static plan, once per facts object, again when the facts change, and per server', () => {
  const { environment, planned, chart } = prodWithServer();
  const own = Object.freeze({ ...planned, propertiesChecksum: 'its own' });
  const server = new CalypsoServer(chart, planned.name, { environment, plan: own });
  const first = frozenFacts(planned, 7);
  const second = frozenFacts(planned, 8);
  const graphFacts = vi.spyOn(environment, 'graphFacts').mockReturnValue(first);
  const merged = server.plan;
  expect(merged).toEqual({ ...own, ...first });
  expect([merged.syncWave, merged.propertiesChecksum]).toEqual([7, 'its own']);
  expect(Object.isFrozen(merged)).toBe(true);
  // The same facts object: the same merge, not a new one.
  expect(server.plan).toBe(merged);
  // Other facts: merged again, not the memo's.
  graphFacts.mockReturnValue(second);
  const again = server.plan;
  expect(again).not.toBe(merged);
  expect(again).toEqual({ ...own, ...second });
  expect(server.plan).toBe(again);
  graphFacts.mockReturnValue(first);
  expect(server.plan).toEqual(merged);
  // Another server handed the same facts gets its own static plan under them, not this one's merge.
  const otherPlanned = [...environment.resolved!.serversByName.values()].find(
    (plan) => plan.name !== planned.name && plan.external === undefined,
  )!;
  const other = new CalypsoServer(chart, otherPlanned.name, { environment, plan: Object.freeze({ ...otherPlanned }) });
  expect(other.plan).toEqual({ ...otherPlanned, ...first });
  expect(graphFacts).toHaveBeenCalled();
});
