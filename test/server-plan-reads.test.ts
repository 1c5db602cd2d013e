/**
 * A server's plan is read many times while its objects are built
 * (CalypsoServer.plan). A spec's server hands back its environment's frozen
 * plan itself, never a copy; a server composed by hand gets a fresh plan
 * on each read, so what the graph adds later shows.
 */
import { App, Chart } from 'cdk8s';
import { CalypsoEnvironment, CalypsoPlatform, CalypsoServer, resolveEnvironment } from '../lib';
import { loadEnvironments } from '../apps/load-environments';
import { specWith } from './helpers';

test("a spec's server hands back one frozen plan, the environment's plan of it itself", () => {
  const spec = loadEnvironments().find((environment) => environment.name === 'prod')?.spec;
  if (spec === undefined) throw new Error('environments/prod.ts not found');
  const resolved = resolveEnvironment(spec);
  const platform = new CalypsoPlatform(new App(), spec.name, { resolved });
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
