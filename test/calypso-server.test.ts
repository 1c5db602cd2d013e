import { App, Chart } from 'cdk8s';
import { CalypsoEnvironment, CalypsoServer, SpecError } from '../lib';
import { PROPERTIES_CHECKSUM_ANNOTATION } from '../lib/constructs/calypso-server';
import { appManifests } from '../lib/output/render';
import { envOf, find, podOf, render, serverContainer, specWith, testSpec } from './helpers';

const manifests = render(testSpec());

describe('CalypsoServer objects', () => {
  test('each server gets a workload, Service, ServiceAccount and properties ConfigMap named after it', () => {
    for (const name of ['authserver', 'dataserver', 'engineserver']) {
      expect(find(manifests, 'Deployment', name).metadata.namespace).toBe('calypso-test');
      find(manifests, 'Service', name);
      find(manifests, 'ServiceAccount', name);
      find(manifests, 'ConfigMap', `${name}-properties`);
    }
    find(manifests, 'StatefulSet', 'eventserver');
  });

  test('selectors use only immutable labels, and pods carry the recommended labels', () => {
    const deployment = find(manifests, 'Deployment', 'dataserver');
    const selector = (deployment.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels;
    expect(selector).toEqual({
      'app.kubernetes.io/part-of': 'calypso',
      'app.kubernetes.io/instance': 'test',
      'app.kubernetes.io/component': 'dataserver',
    });
    const podLabels = (deployment.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
    expect(podLabels).toMatchObject({ ...selector, 'app.kubernetes.io/name': 'dataserver', 'app.kubernetes.io/version': '18.0.0.12' });
    expect(Object.keys(selector)).not.toContain('app.kubernetes.io/version');
    const service = find(manifests, 'Service', 'dataserver');
    expect((service.spec as { selector: unknown }).selector).toEqual(selector);
  });

  test('the Service has named ports that the container exposes', () => {
    const service = find(manifests, 'Service', 'engineserver');
    expect((service.spec as { ports: unknown[] }).ports).toEqual([
      { name: 'management', port: 8080, protocol: 'TCP', targetPort: 'management' },
      { name: 'admin', port: 8140, protocol: 'TCP', targetPort: 'admin' },
    ]);
    const ports = serverContainer(find(manifests, 'Deployment', 'engineserver')).ports?.map((port) => port.name);
    expect(ports).toEqual(['management', 'admin']);
  });

  test('the ServiceAccount and the pod do not mount a token', () => {
    expect(find(manifests, 'ServiceAccount', 'dataserver').automountServiceAccountToken).toBe(false);
    const pod = podOf(find(manifests, 'Deployment', 'dataserver'));
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.serviceAccountName).toBe('dataserver');
  });

  test('singletons roll with Recreate; the others surge one pod at a time', () => {
    const spec = (name: string): Record<string, unknown> =>
      find(render(specWith({ kind: 'calculator', replicas: 3 })), 'Deployment', name).spec as Record<string, unknown>;
    expect(spec('dataserver').strategy).toEqual({ type: 'Recreate' });
    expect(spec('engineserver').strategy).toEqual({ type: 'Recreate' });
    expect(spec('calculator').strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
    expect(spec('calculator').replicas).toBe(3);
  });
});

describe('database credentials', () => {
  test('come from an ExternalSecret that makes the Secret the pods mount, never from a Secret with data', () => {
    const external = find(manifests, 'ExternalSecret', 'calypso-database');
    expect(external.spec).toEqual({
      refreshInterval: '1h',
      secretStoreRef: { name: 'vault', kind: 'ClusterSecretStore' },
      target: { name: 'calypso-database', creationPolicy: 'Owner' },
      data: [
        { secretKey: 'username', remoteRef: { key: 'calypso/test/database', property: 'username' } },
        { secretKey: 'password', remoteRef: { key: 'calypso/test/database', property: 'password' } },
      ],
    });
    const pod = podOf(find(manifests, 'Deployment', 'dataserver'));
    expect(pod.volumes).toContainEqual({ name: 'database-credentials', secret: { secretName: 'calypso-database', defaultMode: 0o440 } });
    expect(serverContainer(find(manifests, 'Deployment', 'dataserver')).volumeMounts).toContainEqual({
      name: 'database-credentials',
      mountPath: '/var/run/secrets/calypso/database',
      readOnly: true,
    });
    expect(manifests.filter((manifest) => manifest.kind === 'Secret')).toEqual([]);
  });
});

describe('init containers', () => {
  test('calypso-init copies the properties from the ConfigMap into the volume the server reads', () => {
    const pod = podOf(find(manifests, 'Deployment', 'dataserver'));
    const init = pod.initContainers?.find((container) => container.name === 'calypso-init');
    expect(init?.image).toBe('registry.example/calypso-init:18.0.0.12');
    expect(envOf(init!)).toEqual({
      CALYPSO_INIT_SOURCE: '/calypso-init/source',
      CALYPSO_INIT_TARGET: '/opt/calypso/properties',
      CALYPSO_ENV: 'test',
    });
    expect(init?.volumeMounts).toContainEqual({ name: 'properties-source', mountPath: '/calypso-init/source', readOnly: true });
    expect(init?.volumeMounts).toContainEqual({ name: 'properties', mountPath: '/opt/calypso/properties' });
    expect(pod.volumes).toContainEqual({ name: 'properties-source', configMap: { name: 'dataserver-properties' } });
    expect(serverContainer(find(manifests, 'Deployment', 'dataserver')).volumeMounts).toContainEqual({
      name: 'properties',
      mountPath: '/opt/calypso/properties',
      readOnly: true,
    });
  });

  test('the properties file is named for the environment and holds the database and spec properties', () => {
    const spec = testSpec({
      properties: { 'custom.flag': true },
      servers: testSpec().servers.map((s) => (s.kind === 'dataserver' ? { ...s, properties: { 'ds.only': 'yes' } } : s)),
    });
    const data = find(render(spec), 'ConfigMap', 'dataserver-properties').data as Record<string, string>;
    expect(Object.keys(data)).toEqual(['calypsosystem.properties.test']);
    expect(data['calypsosystem.properties.test']).toContain('DBURL=jdbc:postgresql://db:5432/calypso\n');
    expect(data['calypsosystem.properties.test']).toContain('DRIVER=org.postgresql.Driver\n');
    expect(data['calypsosystem.properties.test']).toContain('custom.flag=true\n');
    expect(data['calypsosystem.properties.test']).toContain('ds.only=yes\n');
  });

  test('a properties change rolls that server and no other', () => {
    const checksum = (m: ReturnType<typeof render>, name: string): string =>
      (find(m, 'Deployment', name).spec as { template: { metadata: { annotations: Record<string, string> } } }).template.metadata
        .annotations[PROPERTIES_CHECKSUM_ANNOTATION];
    const changed = render(
      testSpec({ servers: testSpec().servers.map((s) => (s.kind === 'dataserver' ? { ...s, properties: { x: 1 } } : s)) }),
    );
    expect(checksum(changed, 'dataserver')).not.toBe(checksum(manifests, 'dataserver'));
    expect(checksum(changed, 'authserver')).toBe(checksum(manifests, 'authserver'));
    expect(checksum(manifests, 'dataserver')).toMatch(/^[0-9a-f]{64}$/);
  });

  test('calypso-dependency-wait waits for each dependency health endpoint, with a timeout from the startup chain', () => {
    const pod = podOf(find(manifests, 'Deployment', 'engineserver'));
    expect(pod.initContainers?.map((container) => container.name)).toEqual(['calypso-init', 'calypso-dependency-wait']);
    const wait = pod.initContainers![1];
    expect(wait.image).toBe('registry.example/calypso-dependency-wait:18.0.0.12');
    expect(envOf(wait)).toEqual({
      WAIT_FOR: [
        'http://authserver:8080/actuator/health/readiness',
        'http://dataserver:8080/actuator/health/readiness',
        'http://eventserver:8080/actuator/health/readiness',
      ].join(','),
      // dataserver 900 + authserver 300 + eventserver 300 + 300 margin
      WAIT_TIMEOUT_SECONDS: '1800',
    });
    expect(wait.resources).toEqual({ requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '50m', memory: '64Mi' } });
  });

  test('a server without dependencies has no wait container', () => {
    const pod = podOf(find(manifests, 'StatefulSet', 'eventserver'));
    expect(pod.initContainers?.map((container) => container.name)).toEqual(['calypso-init']);
  });
});

describe('probes, JVM and shutdown', () => {
  test('the Dataserver startup probe allows at least 10 minutes; liveness and readiness use their own endpoints', () => {
    const container = serverContainer(find(manifests, 'Deployment', 'dataserver'));
    const startup = container.startupProbe!;
    expect(startup.httpGet?.path).toBe('/actuator/health/liveness');
    expect((startup.periodSeconds ?? 0) * (startup.failureThreshold ?? 0)).toBeGreaterThanOrEqual(600);
    expect(container.readinessProbe?.httpGet?.path).toBe('/actuator/health/readiness');
    expect(container.livenessProbe?.httpGet?.path).toBe('/actuator/health/liveness');
    expect(container.livenessProbe?.httpGet?.port).toBe('management');
  });

  test('memory request equals limit and the heap is derived from it with -Xms equal to -Xmx', () => {
    const container = serverContainer(find(manifests, 'Deployment', 'dataserver'));
    expect(container.resources?.requests?.memory).toEqual(container.resources?.limits?.memory);
    const env = envOf(container);
    expect(env.CALYPSO_JAVA_MEM_OPTS).toBe(
      '-Xms1280m -Xmx1280m -XX:MaxMetaspaceSize=227m -XX:ReservedCodeCacheSize=113m -XX:MaxDirectMemorySize=113m -Xss1m',
    );
    expect(env.JAVA_OPTS).toContain('-XX:+ExitOnOutOfMemoryError');
    expect(env.JAVA_OPTS).toContain('-XX:HeapDumpPath=/var/log/calypso');
    expect(env.JAVA_OPTS).toContain('-Xlog:gc*:file=/var/log/calypso/gc.log');
    expect(env.CALYPSO_OPTS).toBe('-env test');
    expect(env.CALYPSO_SERVER).toBe('dataserver');
    expect(container.volumeMounts).toContainEqual({ name: 'logs', mountPath: '/var/log/calypso' });
  });

  test('an engineserver is told its engines', () => {
    expect(envOf(serverContainer(find(manifests, 'Deployment', 'engineserver'))).CALYPSO_ENGINES).toBe('TaskEngine');
  });

  test('shutdown gets a grace period and a preStop hook', () => {
    const deployment = find(manifests, 'Deployment', 'dataserver');
    expect(podOf(deployment).terminationGracePeriodSeconds).toBe(120);
    expect(serverContainer(deployment).lifecycle?.preStop?.exec?.command).toEqual(['sh', '-c', 'sleep 10']);
  });

  test('the image contract can be overridden per environment', () => {
    const spec = testSpec({
      imageContract: { health: { port: { name: 'health', port: 9090 } }, serverSelector: { variable: 'APP_ROLE' } },
    });
    const container = serverContainer(find(render(spec), 'Deployment', 'dataserver'));
    expect(container.readinessProbe?.httpGet?.port).toBe('health');
    expect(container.readinessProbe?.httpGet?.path).toBe('/actuator/health/readiness');
    expect(envOf(container).APP_ROLE).toBe('dataserver');
    expect(envOf(container).CALYPSO_SERVER).toBeUndefined();
  });
});

test('a health API served over TLS switches probes and dependency waits to HTTPS', () => {
  const output = render(testSpec({ imageContract: { health: { scheme: 'HTTPS' } } }));
  const engine = find(output, 'Deployment', 'engineserver');
  expect(serverContainer(engine).readinessProbe?.httpGet?.scheme).toBe('HTTPS');
  expect(serverContainer(engine).startupProbe?.httpGet?.scheme).toBe('HTTPS');
  expect(envOf(podOf(engine).initContainers![1]).WAIT_FOR).toMatch(/^https:\/\/authserver:8080\/actuator\/health\/readiness,/);
});

describe('external servers', () => {
  const spec = specWith(
    { kind: 'scheduler', external: { host: 'scheduler.onprem.example', cidrs: ['10.10.8.21/32'] } },
    { kind: 'calculator', dependsOn: ['dataserver', 'scheduler'] },
  );
  const output = render(spec);

  test('get an ExternalName Service and no workload', () => {
    const service = find(output, 'Service', 'scheduler');
    expect(service.spec).toMatchObject({ type: 'ExternalName', externalName: 'scheduler.onprem.example' });
    expect(output.filter((m) => m.metadata.name === 'scheduler').map((m) => m.kind)).toEqual(['Service']);
  });

  test('dependents still wait for them', () => {
    const wait = podOf(find(output, 'Deployment', 'calculator')).initContainers?.find((c) => c.name === 'calypso-dependency-wait');
    expect(envOf(wait!).WAIT_FOR).toContain('http://scheduler:8080/actuator/health/readiness');
  });
});

describe('composing servers by hand', () => {
  const settings = testSpec();

  test('construct ids do not name anything; dependsOn adds the wait container', () => {
    const app = new App();
    const chart = new Chart(app, 'chart', { namespace: 'team' });
    const environment = new CalypsoEnvironment(settings);
    const events = new CalypsoServer(chart, 'AnyId', { environment, kind: 'eventserver' });
    const data = new CalypsoServer(chart, 'Renamed', { environment, kind: 'dataserver', memory: '2Gi' });
    data.dependsOn(events);
    const objects = appManifests(app);
    const deployment = find(objects, 'Deployment', 'dataserver');
    expect(envOf(podOf(deployment).initContainers![1]).WAIT_FOR).toBe('http://eventserver:8080/actuator/health/readiness');
    expect(objects.every((m) => !/AnyId|Renamed|[a-f0-9]{8}$/.test(m.metadata.name))).toBe(true);
  });

  test('a dependency cycle is refused with the cycle in the message', () => {
    const app = new App();
    const chart = new Chart(app, 'chart');
    const environment = new CalypsoEnvironment(settings);
    const a = new CalypsoServer(chart, 'a', { environment, kind: 'calculator', name: 'calc-a' });
    const b = new CalypsoServer(chart, 'b', { environment, kind: 'calculator', name: 'calc-b' });
    const c = new CalypsoServer(chart, 'c', { environment, kind: 'calculator', name: 'calc-c' });
    a.dependsOn(b);
    b.dependsOn(c);
    expect(() => c.dependsOn(a)).toThrow(SpecError);
    expect(() => c.dependsOn(a)).toThrow('[test] server calc-c, field dependsOn: dependency cycle: calc-c -> calc-a -> calc-b -> calc-c');
  });

  test('two servers with one name are refused', () => {
    const app = new App();
    const chart = new Chart(app, 'chart');
    const environment = new CalypsoEnvironment(settings);
    new CalypsoServer(chart, 'one', { environment, kind: 'dataserver' });
    expect(() => new CalypsoServer(chart, 'two', { environment, kind: 'dataserver' })).toThrow(
      '[test] server dataserver, field name: two servers are named "dataserver"; server names must be unique',
    );
  });

  test('timeouts follow dependencies declared later', () => {
    const app = new App();
    const chart = new Chart(app, 'chart');
    const environment = new CalypsoEnvironment(settings);
    const events = new CalypsoServer(chart, 'e', { environment, kind: 'eventserver' });
    const data = new CalypsoServer(chart, 'd', { environment, kind: 'dataserver', memory: '2Gi' });
    const engine = new CalypsoServer(chart, 'g', { environment, kind: 'engineserver', memory: '2Gi', engines: ['TaskEngine'] });
    engine.dependsOn(data);
    data.dependsOn(events);
    expect(engine.waitTimeoutSeconds()).toBe(900 + 300 + 300);
  });
});
