/**
 * Composition is safe: a server added to a CalypsoPlatform after it was built (by `addServer`, or composed by
 * hand in its environment and chart, or in a chart of its own) gets everything a server the spec declares gets:
 * its network policy and admission by what it depends on, database egress, priority, sync wave, budget,
 * ServiceMonitor and alerts. Checked on the rendered objects, with the policy evaluator.
 */
import { App, Chart } from 'cdk8s';
import {
  CalypsoEnvironment,
  CalypsoPlatform,
  CalypsoServer,
  SpecError,
  type EnvironmentSpec,
  type Manifest,
  type ServerSpec,
} from '../lib';
import { LOG_FORMAT_ANNOTATION } from '../lib/model/logging';
import { renderApp } from '../lib/output/render';
import { NetworkReachability, type NetworkEndpoint } from '../lib/output/reachability';
import { validateRendered } from '../lib/output/validate';
import { SYNC_WAVE_ANNOTATION } from '../lib/model/sync-wave-plan';
import { envOf, find, serverContainer, testSpec } from './helpers';

const spec: EnvironmentSpec = { ...testSpec(), monitoring: { runbookBaseUrl: 'https://git.example/calypso-k8s' } };
const extraEngine: ServerSpec = {
  kind: 'engineserver',
  name: 'engine-transfer',
  memory: '2Gi',
  engines: ['TransferEngine'],
  blockNodeDrains: true,
};
const NAMESPACE = 'calypso-test';

function renderPlatform(build: (platform: CalypsoPlatform, app: App) => void): readonly Manifest[] {
  const app = new App();
  const platform = new CalypsoPlatform(app, spec.name, { spec });
  build(platform, app);
  return renderApp(spec.name, spec.tier, app).manifests;
}

const declared = renderApp(
  spec.name,
  spec.tier,
  (() => {
    const app = new App();
    new CalypsoPlatform(app, spec.name, { spec: { ...spec, servers: [...spec.servers, extraEngine] } });
    return app;
  })(),
).manifests;

const objectNames = (manifests: readonly Manifest[]): string[] => manifests.map((m) => `${m.kind}/${m.metadata.name}`).sort();
const annotations = (manifest: Manifest): Record<string, string> =>
  ((manifest.metadata as { annotations?: Record<string, string> }).annotations ?? {}) as Record<string, string>;

/** What every added server must have, on the rendered objects. */
function expectFullyComposed(manifests: readonly Manifest[], name: string, options: { budget: boolean }): void {
  const network = new NetworkReachability(manifests);
  const pods = (server: string): Extract<NetworkEndpoint, { kind: 'pod' }> => network.podsOf(server, NAMESPACE);
  const port = (server: string): number => {
    const service = network.service(server, NAMESPACE);
    const servicePort = service?.ports.find((p) => p.name !== 'management') ?? service?.ports[0];
    if (servicePort === undefined) throw new Error(`no Service port for ${server}`);
    return network.targetPort(servicePort, pods(server))?.port ?? -1;
  };
  // It reaches the Dataserver and the database, and nothing admits it where it does not depend.
  expect(network.allows(pods(name), pods('dataserver'), { port: port('dataserver'), protocol: 'TCP' })).toBe(true);
  expect(network.allows(pods(name), { kind: 'address', cidr: '10.0.0.10/32' }, { port: 5432, protocol: 'TCP' })).toBe(true);
  expect(network.allows(pods('engineserver'), pods(name), { port: port(name), protocol: 'TCP' })).toBe(false);
  // It has its own policy, so the scraper reaches it and nothing else does by default.
  expect(find(manifests, 'NetworkPolicy', name)).toBeDefined();

  const workload = find(manifests, 'Deployment', name);
  const template = (workload.spec as { template: { spec: { priorityClassName?: string } } }).template.spec;
  expect(template.priorityClassName).toBe('calypso-test-singleton');
  expect(find(manifests, 'PriorityClass', 'calypso-test-singleton')).toBeDefined();
  // Its wave is after the Dataserver's, as a declared Engineserver's.
  const engineWave = annotations(find(declared, 'Deployment', 'engineserver'))[SYNC_WAVE_ANNOTATION];
  expect(annotations(workload)[SYNC_WAVE_ANNOTATION]).toBe(engineWave);
  expect(Number(engineWave)).toBeGreaterThan(Number(annotations(find(manifests, 'Deployment', 'dataserver'))[SYNC_WAVE_ANNOTATION] ?? -1));
  expect(manifests.some((m) => m.kind === 'PodDisruptionBudget' && m.metadata.name === name)).toBe(options.budget);
  expect(find(manifests, 'ServiceMonitor', name)).toBeDefined();
  const rule = find(manifests, 'PrometheusRule', 'calypso-alerts');
  expect(JSON.stringify(rule.spec)).toContain(`"server":"${name}"`);
  expect(validateRendered([{ name: spec.name, tier: spec.tier, manifests }])).toEqual([]);
}

describe('a server added to a platform gets what a declared server gets', () => {
  test('addServer: the same objects as when the spec declares it, and the network lets it work', () => {
    const manifests = renderPlatform((platform) => {
      const server = platform.addServer(extraEngine);
      expect(platform.servers.get('engine-transfer')).toBe(server);
    });
    expect(objectNames(manifests)).toEqual(objectNames(declared));
    expectFullyComposed(manifests, 'engine-transfer', { budget: true });
    // Its own objects are the declared server's, byte for byte.
    for (const kind of ['Deployment', 'NetworkPolicy', 'ServiceMonitor', 'PodDisruptionBudget', 'Service', 'ConfigMap'])
      for (const object of declared.filter((m) => m.kind === kind && m.metadata.name.startsWith('engine-transfer')))
        expect(find(manifests, kind, object.metadata.name)).toEqual(object);
  });

  test('addServer goes through the spec rules: dependencies by kind, unique names and engines', () => {
    const app = new App();
    const platform = new CalypsoPlatform(app, spec.name, { spec });
    expect(platform.addServer(extraEngine).dependencies).toEqual(['authserver', 'dataserver', 'eventserver']);
    expect(() => platform.addServer({ ...extraEngine, engines: ['ScheduledTaskEngine'] })).toThrow(
      '[test] server engine-transfer, field name: two servers are named "engine-transfer"; server names must be unique',
    );
    expect(() => platform.addServer({ kind: 'engineserver', name: 'engine-task', engines: ['TaskEngine'] })).toThrow(
      '[test] server engine-task, field engines: TaskEngine already runs in engineserver; each engine runs in exactly one engineserver',
    );
    expect(() =>
      platform.addServer({ kind: 'engineserver', name: 'engine-x', engines: ['X'], replica: 2 } as unknown as ServerSpec),
    ).toThrow(/server engine-x, field replica/);
  });

  test('addServer refuses a server that servers already built would depend on by kind', () => {
    const platform = new CalypsoPlatform(new App(), spec.name, {
      spec: { ...spec, servers: [...spec.servers, { kind: 'calculation-server', name: 'calc' }] },
    });
    expect(() => platform.addServer({ kind: 'readonly-dataserver', name: 'readonly' })).toThrow(
      '[test] server readonly, field kind: calc would depend on it by kind, but are built already; declare readonly in the spec instead',
    );
  });

  test('composed by hand in the platform chart, then dependsOn: policies both ways, database, priority, wave, monitor and alerts', () => {
    const manifests = renderPlatform((platform) => {
      const engine = new CalypsoServer(platform.chart, 'EngineTransfer', {
        environment: platform.environment,
        kind: 'engineserver',
        name: 'engine-transfer',
        memory: '2Gi',
        engines: ['TransferEngine'],
      });
      const servers = platform.servers;
      engine.dependsOn(servers.get('eventserver') as CalypsoServer, servers.get('authserver') as CalypsoServer);
      engine.dependsOn(servers.get('dataserver') as CalypsoServer);
    });
    expectFullyComposed(manifests, 'engine-transfer', { budget: false });
  });

  test('composed by hand in a chart of its own: its objects get their waves too', () => {
    const manifests = renderPlatform((platform, app) => {
      const chart = new Chart(app, 'Extra', { namespace: NAMESPACE });
      const engine = new CalypsoServer(chart, 'EngineTransfer', {
        environment: platform.environment,
        kind: 'engineserver',
        name: 'engine-transfer',
        engines: ['TransferEngine'],
      });
      engine.dependsOn(platform.servers.get('dataserver') as CalypsoServer);
    });
    expectFullyComposed(manifests, 'engine-transfer', { budget: false });
    expect(annotations(find(manifests, 'ServiceAccount', 'engine-transfer'))[SYNC_WAVE_ANNOTATION]).toBeDefined();
  });

  test('a server that depends on an added server is admitted by it, and starts after it', () => {
    const manifests = renderPlatform((platform) => {
      platform.addServer(extraEngine);
      platform.addServer({ kind: 'engineserver', name: 'engine-after', engines: ['MessageEngine'], dependsOn: ['engine-transfer'] });
    });
    const network = new NetworkReachability(manifests);
    const pods = (server: string): Extract<NetworkEndpoint, { kind: 'pod' }> => network.podsOf(server, NAMESPACE);
    const target = network.service('engine-transfer', NAMESPACE)?.ports[0];
    const port = target && network.targetPort(target, pods('engine-transfer'));
    expect(port).toBeDefined();
    expect(network.allows(pods('engine-after'), pods('engine-transfer'), port as { port: number })).toBe(true);
    const wave = (kind: string, name: string): number => Number(annotations(find(manifests, kind, name))[SYNC_WAVE_ANNOTATION]);
    expect(wave('Deployment', 'engine-after')).toBeGreaterThan(wave('Deployment', 'engine-transfer'));
    expect(validateRendered([{ name: spec.name, tier: spec.tier, manifests }])).toEqual([]);
  });
});

describe('the add methods of a CalypsoServer refuse what the library owns and what Kubernetes refuses', () => {
  const platform = new CalypsoPlatform(new App(), spec.name, { spec });
  const engine = platform.servers.get('engineserver') as CalypsoServer;
  const calculator = platform.addServer({ kind: 'calculator', name: 'calc', replicas: 2 });

  test.each<[string, () => void, string]>([
    [
      'the server selector variable',
      () => engine.addEnv('CALYPSO_SERVER', 'dataserver'),
      '[test] server engineserver, field env.CALYPSO_SERVER: CALYPSO_SERVER is set by the library from the server kind: set kind instead',
    ],
    [
      'the JVM options variable',
      () => engine.addEnv('JAVA_OPTS', '-Xmx1g'),
      '[test] server engineserver, field env.JAVA_OPTS: JAVA_OPTS is set by the library from the JVM flags: add yours to jvm.extraJavaOptions instead',
    ],
    [
      'the heap variable',
      () => engine.addEnv('CALYPSO_JAVA_MEM_OPTS', '-Xmx1g'),
      '[test] server engineserver, field env.CALYPSO_JAVA_MEM_OPTS: CALYPSO_JAVA_MEM_OPTS is set by the library from the heap: set memory, jvm.heap or jvm.heapPercent instead',
    ],
    [
      'an environment variable name with a dash',
      () => engine.addEnv('MY-VAR', 'x'),
      `[test] server engineserver, field env.MY-VAR: "MY-VAR" is not an environment variable name (letters, digits and '_', not starting with a digit)`,
    ],
    [
      'a variable set twice',
      () => {
        calculator.addEnv('FEATURE_FLAG', 'on');
        calculator.addEnv('FEATURE_FLAG', 'off');
      },
      '[test] server calc, field env.FEATURE_FLAG: FEATURE_FLAG is already set (to "on")',
    ],
    [
      'the properties checksum annotation',
      () => engine.addPodAnnotation('checksum/properties', 'x'),
      '[test] server engineserver, field podAnnotations.checksum/properties: "checksum/properties" is set by calypso-k8s and cannot be overridden',
    ],
    [
      'the log format annotation',
      () => engine.addPodAnnotation(LOG_FORMAT_ANNOTATION, 'text'),
      `[test] server engineserver, field podAnnotations.${LOG_FORMAT_ANNOTATION}: "${LOG_FORMAT_ANNOTATION}" is set by calypso-k8s and cannot be overridden`,
    ],
    [
      'an annotation key with a space',
      () => engine.addPodAnnotation('team owner', 'risk'),
      `[test] server engineserver, field podAnnotations.team owner: "team owner" is not an annotation key (an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_', '.')`,
    ],
    [
      'a heap flag',
      () => engine.addJavaOptions('-Xmx4g'),
      '[test] server engineserver, field jvm.extraJavaOptions: -Xmx4g is a heap or GC flag the library sets: the heap comes from memory, jvm.heap or jvm.heapPercent',
    ],
    [
      'a volume named like one of the library',
      () => engine.addVolume({ name: 'tmp', emptyDir: {} }, { mountPath: '/scratch' }),
      '[test] server engineserver, field volumes.tmp: the pod already has a volume named "tmp"; give yours another name',
    ],
    [
      'a volume name that is no DNS label',
      () => engine.addVolume({ name: 'My_Volume', emptyDir: {} }, { mountPath: '/scratch' }),
      `[test] server engineserver, field volumes.My_Volume: "My_Volume" is not a volume name (a DNS label: lowercase letters, digits, '-')`,
    ],
    [
      'a port name that is no IANA service name',
      () => engine.addContainerPort({ name: 'Debug_Port', port: 5005 }),
      `[test] server engineserver, field ports: "Debug_Port" is not a port name (at most 15 lowercase letters, digits and inner '-', with a letter)`,
    ],
    [
      'releasing the replicas of a singleton',
      () => engine.releaseReplicas(),
      '[test] server engineserver, field replicas: engineserver is a singleton (exactly one pod); nothing may scale it, so the workload keeps its replica count',
    ],
  ])('%s', (_what, add, message) => {
    expect(add).toThrow(SpecError);
    expect(add).toThrow(message);
  });

  test('what is not owned is added', () => {
    engine.addEnv('FEATURE_FLAG', 'on');
    engine.addPodAnnotation('example.com/team', 'risk');
    engine.addJavaOptions('-Dcalypso.trace=true');
    engine.addVolume({ name: 'extra', emptyDir: {} }, { mountPath: '/opt/extra' });
    calculator.releaseReplicas();
    const manifests = renderApp(spec.name, spec.tier, platform.node.root as App).manifests;
    const workload = find(manifests, 'Deployment', 'engineserver');
    const template = (workload.spec as { template: { metadata: { annotations: Record<string, string> } } }).template;
    expect(template.metadata.annotations['example.com/team']).toBe('risk');
    expect(envOf(serverContainer(workload)).FEATURE_FLAG).toBe('on');
    expect(envOf(serverContainer(workload)).JAVA_OPTS).toContain('-Dcalypso.trace=true');
    expect((find(manifests, 'Deployment', 'calc').spec as { replicas?: number }).replicas).toBeUndefined();
  });
});

test('a server composed by hand refuses the fields only a spec server has, rather than ignore them', () => {
  const { servers: _servers, ...settings } = testSpec();
  const refused = (extra: object): string => {
    try {
      new CalypsoServer(new Chart(new App(), 'hand'), 'Calc', {
        environment: new CalypsoEnvironment(settings),
        kind: 'calculator',
        ...extra,
      });
    } catch (error) {
      if (error instanceof SpecError) return error.message;
      throw error;
    }
    throw new Error('accepted');
  };
  expect(refused({ autoscaling: { maxReplicas: 3 } })).toBe(
    '[test] server calculator, field autoscaling: only a server of an environment spec has autoscaling: declare it in the spec, or add it with platform.addServer(spec); here it would be ignored',
  );
  expect(refused({ blockNodeDrains: true, nodePool: 'risk' })).toBe(
    [
      '2 problems in the environment spec:',
      '  - [test] server calculator, field nodePool: only a server of an environment spec has nodePool: declare it in the spec, or add it with platform.addServer(spec); here it would be ignored',
      '  - [test] server calculator, field blockNodeDrains: only a server of an environment spec has blockNodeDrains: declare it in the spec, or add it with platform.addServer(spec); here it would be ignored',
    ].join('\n'),
  );
  expect(refused({ dependsOn: ['dataserver'] })).toBe(
    '[test] server calculator, field dependsOn: a server composed by hand declares its dependencies with server.dependsOn(other); this field would be ignored',
  );
});
