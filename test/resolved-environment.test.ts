/**
 * The resolved environment: one pass over a spec, frozen, holding what the
 * constructs render (waves, wait timeouts, names, ports, properties, budgets)
 * so that the rendered objects say exactly what it says; servers composed by
 * hand resolve through the same functions and render the same objects.
 */
import { App, Chart } from 'cdk8s';
import {
  CalypsoEnvironment,
  CalypsoPlatform,
  CalypsoServer,
  DEFAULT_IMAGE_CONTRACT,
  resolveEnvironment,
  SERVER_PRESETS,
  SpecError,
  type ResolvedEnvironment,
  type ServerPlan,
} from '../lib';
import { priorityClassName, priorityTierOf } from '../lib/model/priority';
import { sizeEnvironment, sizeResolvedEnvironment } from '../lib/model/sizing';
import { SYNC_WAVE_ANNOTATION } from '../lib/model/sync-wave-plan';
import { loadEnvironments } from '../apps/load-environments';
import { appManifests, type Manifest } from '../lib/output/render';
import { committedManifests, envOf, find, podOf, render, specWith, testSpec } from './helpers';
import { pooledSpec } from './high-availability-helpers';

const committed = loadEnvironments().map(({ spec }) => ({
  spec,
  resolved: resolveEnvironment(spec),
  manifests: committedManifests(spec.name),
}));
const prod = committed.find(({ spec }) => spec.name === 'prod')!;

/** Every object and array reachable from a value that is not frozen, by path. */
function unfrozen(value: unknown, path = '$', seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const own = Object.isFrozen(value) ? [] : [path];
  const entries = value instanceof Map ? [...value.entries()].map(([key, entry]) => [String(key), entry] as const) : Object.entries(value);
  return [...own, ...entries.flatMap(([key, entry]) => unfrozen(entry, `${path}.${key}`, seen))];
}

const waveOf = (manifest: Manifest): number => Number((manifest.metadata.annotations as Record<string, string>)[SYNC_WAVE_ANNOTATION]);
// A canary server's workload is its Rollout (spec `rollout`).
const workloadOf = (manifests: readonly Manifest[], plan: ServerPlan): Manifest => find(manifests, plan.workloadKind, plan.name);

describe('the resolved environment is immutable', () => {
  test.each(committed.map(({ spec, resolved }) => [spec.name, resolved] as const))('%s: frozen all the way down', (_name, resolved) => {
    expect(unfrozen(resolved)).toEqual([]);
  });

  test('changing it throws; the spec it came from and the library defaults stay unfrozen', () => {
    const spec = testSpec();
    const resolved = resolveEnvironment(spec);
    expect(() => (resolved.servers as ServerPlan[]).push(resolved.servers[0])).toThrow(TypeError);
    expect(() => Object.assign(resolved.servers[0], { replicas: 5 })).toThrow(TypeError);
    expect(() => (resolved.dependencies as Map<string, readonly string[]>).set('x', [])).toThrow('a resolved environment is immutable');
    expect(resolved.spec).toEqual(spec);
    expect(resolved.serversByName.get(resolved.servers[0].name)).toBe(resolved.servers[0]);
    expect(unfrozen(spec)).not.toEqual([]);
    expect([Object.isFrozen(spec), Object.isFrozen(SERVER_PRESETS.dataserver), Object.isFrozen(DEFAULT_IMAGE_CONTRACT.health)]).toEqual([
      false,
      false,
      false,
    ]);
  });
});

test('its types are readonly all the way down, too', () => {
  const resolved = resolveEnvironment(testSpec());
  const [server] = resolved.servers;
  const changes = [
    // @ts-expect-error a resolved server is readonly
    () => (server.replicas = 2),
    // @ts-expect-error so are its ports
    () => (server.ports[0].port = 1),
    // @ts-expect-error and its labels
    () => (server.labels.extra = 'x'),
    // @ts-expect-error the server list is a readonly array
    () => resolved.servers.push(server),
    // @ts-expect-error the maps are readonly maps
    () => resolved.serversByName.set('x', server),
    // @ts-expect-error the spec is readonly
    () => (resolved.spec.servers[0].replicas = 2),
  ];
  for (const change of changes) expect(change).toThrow(TypeError);
});

describe('prod, resolved', () => {
  const plan = (name: string): ServerPlan => prod.resolved.serversByName.get(name)!;
  const engineservers = prod.resolved.servers.filter((server) => server.kind === 'engineserver');

  test("the dataserver's wave, after the eventserver's and the authserver's", () => {
    expect([plan('eventserver').syncWave, plan('authserver').syncWave, plan('dataserver').syncWave]).toEqual([10, 11, 12]);
    expect(prod.resolved.startOrder.slice(0, 3)).toEqual(['eventserver', 'authserver', 'dataserver']);
  });

  test("the engineservers' wait timeout: dataserver 900 + authserver 300 + eventserver 300 + 300 margin", () => {
    expect(engineservers.length).toBeGreaterThan(1);
    for (const server of engineservers) {
      expect({ server: server.name, wait: server.waitTimeoutSeconds }).toEqual({ server: server.name, wait: 1800 });
      expect(server.dependencies).toEqual(['authserver', 'dataserver', 'eventserver']);
    }
  });

  test("the calculation-server's budgets: its startup, its rollout deadline and its disruption budget", () => {
    const calculation = plan('calculation-server');
    expect(calculation.startupBudgetSeconds).toBe(calculation.preset.startupBudgetSeconds);
    expect(calculation.progressDeadlineSeconds).toBe(calculation.waitTimeoutSeconds + calculation.startupBudgetSeconds);
    expect(calculation.autoscaling).toBeDefined();
    expect(calculation.maxReplicas).toBe(calculation.autoscaling?.maxReplicas);
    expect(calculation.disruptionBudget).toBe(true);
  });

  test('names and ports', () => {
    const engine = engineservers[0];
    expect(engine.objectNames).toEqual({
      server: engine.name,
      propertiesConfigMap: `${engine.name}-properties`,
      nodePortService: `${engine.name}-nodeport`,
    });
    expect(engine.ports).toEqual([
      { name: 'management', port: 8080 },
      { name: 'admin', port: 8140 },
    ]);
    expect(prod.resolved.namespace).toBe('calypso-prod');
    // The ingress routes to the presentation server's and the authserver's first service port, and nothing else.
    expect(
      prod.resolved.servers.filter((server) => server.routedPorts.length > 0).map((server) => [server.name, server.routedPorts]),
    ).toEqual([
      ['authserver', [plan('authserver').ports[1]]],
      ['presentation-server', [plan('presentation-server').ports[1]]],
    ]);
    expect(prod.resolved.network.databasePort).toBeGreaterThan(0);
    expect(plan('dataserver').selector).toEqual({
      'app.kubernetes.io/part-of': 'calypso',
      'app.kubernetes.io/instance': 'prod',
      'app.kubernetes.io/component': 'dataserver',
    });
  });
});

describe.each(committed.map(({ spec, resolved, manifests }) => [spec.name, resolved, manifests] as const))(
  '%s: the rendered objects say what the resolved environment says',
  (_name, resolved: ResolvedEnvironment, manifests: readonly Manifest[]) => {
    const inCluster = resolved.servers.filter((server) => server.external === undefined);

    test('waves, waits, rollout deadlines and properties of every server', () => {
      for (const server of inCluster) {
        const workload = workloadOf(manifests, server);
        const wait = podOf(workload).initContainers?.find((container) => container.name === 'calypso-dependency-wait');
        expect({
          server: server.name,
          wave: waveOf(workload),
          wait: wait === undefined ? undefined : envOf(wait),
          deadline: (workload.spec as { progressDeadlineSeconds?: number }).progressDeadlineSeconds,
          properties: find(manifests, 'ConfigMap', server.objectNames.propertiesConfigMap).data,
        }).toEqual({
          server: server.name,
          wave: server.syncWave,
          wait:
            server.dependencies.length === 0
              ? undefined
              : { WAIT_FOR: server.waitTargets.join(','), WAIT_TIMEOUT_SECONDS: String(server.waitTimeoutSeconds) },
          deadline: server.preset.workload === 'Deployment' ? server.progressDeadlineSeconds : undefined,
          properties: server.propertiesData,
        });
      }
    });

    test('disruption budgets, autoscalers, priority and the wave after the servers', () => {
      const has = (kind: string, name: string): boolean => manifests.some((m) => m.kind === kind && m.metadata.name === name);
      for (const server of inCluster) {
        expect({
          server: server.name,
          budget: has('PodDisruptionBudget', server.name),
          autoscaler: has('HorizontalPodAutoscaler', server.name),
          vertical: has('VerticalPodAutoscaler', server.name),
          priority: podOf(workloadOf(manifests, server)).priorityClassName,
        }).toEqual({
          server: server.name,
          budget: server.disruptionBudget,
          autoscaler: server.autoscaling !== undefined,
          vertical: server.verticalAutoscaler,
          priority: server.priorityClassName,
        });
      }
      for (const autoscaler of manifests.filter((m) => m.kind === 'HorizontalPodAutoscaler')) {
        expect(waveOf(autoscaler)).toBe(resolved.afterServersWave);
      }
    });

    test('the credentials each server mounts', () => {
      const volumeOf = { keystore: 'keystore', truststore: 'truststore', ldapBind: 'ldap-bind' } as const;
      for (const server of inCluster) {
        const volumes = (podOf(workloadOf(manifests, server)).volumes ?? []).map((volume) => volume.name);
        expect({ server: server.name, volumes: volumes.filter((name) => Object.values(volumeOf).includes(name as never)) }).toEqual({
          server: server.name,
          volumes: server.credentialMounts.map((role) => volumeOf[role]),
        });
      }
    });

    test('the database jobs', () => {
      // Each Job's name is the resolved name and a hash of its rendered spec; the stop step comes with the jobs.
      const jobs = manifests.filter((m) => m.kind === 'Job');
      const named = (prefix: string): Manifest => jobs.find((job) => new RegExp(`^${prefix}-[0-9a-f]{10}$`).test(job.metadata.name ?? ''))!;
      expect(jobs.length).toBe(resolved.databaseJobs.length + (resolved.stopServers ? 1 : 0));
      if (resolved.stopServers) expect(named(resolved.stopServers.name)).toBeDefined();
      for (const job of resolved.databaseJobs) {
        const rendered = named(job.name);
        expect({ wave: waveOf(rendered), spec: rendered.spec }).toMatchObject({
          wave: job.syncWave,
          spec: { activeDeadlineSeconds: job.activeDeadlineSeconds, backoffLimit: job.backoffLimit },
        });
      }
    });

    test('sizing from the model equals sizing from the rendered objects', () => {
      expect(sizeResolvedEnvironment(resolved)).toEqual(sizeEnvironment(resolved.name, manifests, resolved.spec.placement));
    });
  },
);

test('sizing from the model equals sizing from the rendered objects for pools and an autoscaler', () => {
  const spec = pooledSpec();
  expect(sizeResolvedEnvironment(resolveEnvironment(spec))).toEqual(sizeEnvironment(spec.name, render(spec), spec.placement));
});

describe('a platform built from a resolved environment and a chart composed by hand', () => {
  const spec = specWith({ kind: 'presentation-server' });
  const resolved = resolveEnvironment(spec);

  const platformApp = new App();
  const platform = new CalypsoPlatform(platformApp, spec.name, { resolved });
  const fromPlatform = appManifests(platformApp);

  const handApp = new App();
  const chart = new Chart(handApp, 'team', { namespace: resolved.namespace });
  const environment = new CalypsoEnvironment(spec);
  const byHand = new Map(
    spec.servers.map(({ dependsOn: _dependsOn, ...options }) => {
      const server = new CalypsoServer(chart, options.name ?? options.kind, { ...options, environment });
      return [server.name, server] as const;
    }),
  );
  for (const [name, dependencies] of resolved.dependencies)
    byHand.get(name)?.dependsOn(...dependencies.map((dependency) => byHand.get(dependency)!));
  const fromHand = appManifests(handApp);

  test('the platform takes the resolved environment as it is', () => {
    expect(platform.resolved).toBe(resolved);
    expect(platform.environment.resolved).toBe(resolved);
  });

  test('priority reads the same from a server construct as from its plan', () => {
    const dataserver = platform.servers.get('dataserver')!;
    expect([priorityTierOf(dataserver), priorityTierOf(dataserver.plan)]).toEqual(['core', 'core']);
    expect(priorityClassName(platform.environment, 'core')).toBe(dataserver.plan.priorityClassName);
    expect(priorityTierOf(platform.servers.get('presentation-server')!)).toBeUndefined();
  });

  test('resolve the server the same way', () => {
    expect(byHand.get('presentation-server')?.plan).toEqual(resolved.serversByName.get('presentation-server'));
  });

  test('render the same objects for it (the platform adds the sync wave)', () => {
    const withoutWave = (manifest: Manifest): Manifest => {
      const { [SYNC_WAVE_ANNOTATION]: _wave, ...annotations } = (manifest.metadata.annotations ?? {}) as Record<string, string>;
      const { annotations: _all, ...metadata } = manifest.metadata;
      return { ...manifest, metadata: Object.keys(annotations).length > 0 ? { ...metadata, annotations } : metadata };
    };
    const objectsOf = (manifests: readonly Manifest[]): Manifest[] =>
      manifests
        .filter((m) => ['Deployment', 'Service', 'ServiceAccount'].includes(m.kind) && m.metadata.name === 'presentation-server')
        .concat(manifests.filter((m) => m.kind === 'ConfigMap' && m.metadata.name === 'presentation-server-properties'))
        .map(withoutWave);
    expect(objectsOf(fromHand)).toHaveLength(4);
    expect(objectsOf(fromHand)).toEqual(objectsOf(fromPlatform));
  });
});

describe('bad input', () => {
  test("a dependency added to a resolved environment's server is refused: it belongs in the spec", () => {
    const platform = new CalypsoPlatform(new App(), 'test', { spec: specWith({ kind: 'calculator' }) });
    const [engine, calculator] = [platform.servers.get('engineserver')!, platform.servers.get('calculator')!];
    engine.dependsOn(platform.servers.get('dataserver')!); // already declared: nothing changes
    expect(() => engine.dependsOn(calculator)).toThrow(SpecError);
    expect(() => engine.dependsOn(calculator)).toThrow(
      "[test] server engineserver, field dependsOn: the environment was resolved from its spec; declare calculator in the spec's dependsOn instead",
    );
  });

  test('a platform needs a spec or a resolved environment, not both', () => {
    const spec = testSpec();
    expect(() => new CalypsoPlatform(new App(), 'none', {})).toThrow('CalypsoPlatform none: give either spec or resolved');
    expect(() => new CalypsoPlatform(new App(), 'both', { spec, resolved: resolveEnvironment(spec) })).toThrow(
      'CalypsoPlatform both: give either spec or resolved',
    );
  });
});
