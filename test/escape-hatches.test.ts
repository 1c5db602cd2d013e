/**
 * The typed escape hatches of a server's pod (server options probes,
 * sidecars, volumes, imagePullSecrets, caBundle, podLabels, podAnnotations,
 * podSecurity), on spec servers and on servers composed by hand, and the
 * JSON patch that is still offered on `server.workload`, round-tripping
 * quantities and int-or-string ports through the L1 types of the public API.
 */
import { App, Chart, JsonPatch } from 'cdk8s';
import { CalypsoEnvironment, CalypsoServer, k8s, type Manifest, manifestYaml, type ServerSpec } from '../lib';
import { appManifests } from '../lib/output/render';
import { podRequestOf } from '../lib/model/placement-spec';
import { declaredExternalObjects } from '../lib/output/references';
import { renderEnvironment } from '../lib/output/render';
import { validateRendered } from '../lib/output/validate';
import { envOf, find, podOf, refusal, render, serverContainer, specWith, testSpec } from './helpers';

const calculator = (extra: Partial<ServerSpec>): ServerSpec => ({ kind: 'calculator', replicas: 2, ...extra });

describe('typed escape hatches render', () => {
  const spec = specWith(
    calculator({
      probes: {
        startup: { periodSeconds: 5, failureThreshold: 200 },
        readiness: { path: '/actuator/health/ready-for-risk', successThreshold: 2, initialDelaySeconds: 3 },
        liveness: { timeoutSeconds: 10 },
      },
      volumes: [
        { name: 'grid-config', configMap: 'grid-config', mountPath: '/etc/grid' },
        { name: 'spool', emptyDir: '512Mi', mountPath: '/var/spool/grid' },
      ],
      sidecars: [
        {
          name: 'log-shipper',
          image: 'registry.bank.internal/log-shipper:2.1',
          args: ['--from', '/var/spool/grid'],
          env: { SHIP_TO: 'logs.bank.internal' },
          cpu: '100m',
          memory: '128Mi',
          volumeMounts: [{ name: 'spool', mountPath: '/var/spool/grid', readOnly: true }],
        },
      ],
      imagePullSecrets: ['bank-registry'],
      caBundle: { configMap: 'bank-ca', jvmTruststoreType: 'PKCS12' },
      podLabels: { 'bank.internal/cost-centre': 'risk-42' },
      podAnnotations: { 'bank.internal/owner': 'risk-it@bank.internal' },
      podSecurity: 'restricted-v2',
    }),
  );
  const manifests = render(spec);
  const deployment = find(manifests, 'Deployment', 'calculator');
  const pod = podOf(deployment);
  const container = serverContainer(deployment);

  test('probe overrides change only what they name, on the server’s own health port', () => {
    expect(container.startupProbe).toMatchObject({ periodSeconds: 5, failureThreshold: 200, timeoutSeconds: 5 });
    expect(container.readinessProbe).toMatchObject({
      httpGet: { path: '/actuator/health/ready-for-risk', port: 'management' },
      successThreshold: 2,
      initialDelaySeconds: 3,
      failureThreshold: 3,
    });
    expect(container.livenessProbe).toMatchObject({
      httpGet: { path: '/actuator/health/liveness', port: 'management' },
      timeoutSeconds: 10,
    });
  });

  test('extra volumes, the CA bundle and its truststore flags reach the server container', () => {
    expect(pod.volumes).toEqual(
      expect.arrayContaining([
        { name: 'grid-config', configMap: { name: 'grid-config' } },
        { name: 'spool', emptyDir: { sizeLimit: '512Mi' } },
        { name: 'ca-bundle', configMap: { name: 'bank-ca', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      ]),
    );
    expect(container.volumeMounts).toEqual(
      expect.arrayContaining([
        { name: 'grid-config', mountPath: '/etc/grid', readOnly: true },
        { name: 'spool', mountPath: '/var/spool/grid', readOnly: false },
        { name: 'ca-bundle', mountPath: '/etc/pki/calypso', readOnly: true },
      ]),
    );
    expect(envOf(container).JAVA_OPTS).toContain(
      '-Djavax.net.ssl.trustStore=/etc/pki/calypso/ca.crt -Djavax.net.ssl.trustStoreType=PKCS12',
    );
  });

  test('a sidecar gets the restricted security context, equal requests and limits, and its mounts', () => {
    const sidecar = pod.containers.find((c) => c.name === 'log-shipper');
    expect(sidecar).toEqual({
      name: 'log-shipper',
      image: 'registry.bank.internal/log-shipper:2.1',
      imagePullPolicy: 'IfNotPresent',
      args: ['--from', '/var/spool/grid'],
      env: [{ name: 'SHIP_TO', value: 'logs.bank.internal' }],
      resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '100m', memory: '128Mi' } },
      securityContext: serverContainer(deployment).securityContext,
      volumeMounts: [{ name: 'spool', mountPath: '/var/spool/grid', readOnly: true }],
    });
    expect(sidecar?.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      runAsNonRoot: true,
    });
  });

  test('pull secrets, pod labels and annotations; selector labels untouched', () => {
    expect(pod.imagePullSecrets).toEqual([{ name: 'bank-registry' }]);
    const template = (deployment.spec as { template: k8s.PodTemplateSpec; selector: k8s.LabelSelector }).template;
    expect(template.metadata?.labels).toMatchObject({
      'bank.internal/cost-centre': 'risk-42',
      'app.kubernetes.io/component': 'calculator',
    });
    expect(template.metadata?.annotations).toMatchObject({ 'bank.internal/owner': 'risk-it@bank.internal' });
    expect((deployment.spec as { selector: k8s.LabelSelector }).selector.matchLabels).not.toHaveProperty('bank.internal/cost-centre');
  });

  test('restricted-v2 sets no fixed UID, GID or fsGroup, and keeps the rest of the restricted profile', () => {
    expect(pod.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    const others = find(manifests, 'StatefulSet', 'eventserver');
    expect(podOf(others).securityContext).toMatchObject({ runAsUser: expect.any(Number), fsGroup: expect.any(Number) });
  });

  test('the rendered environment passes the project’s own checks once what the options name exists', () => {
    const rendered = renderEnvironment(spec);
    const ofCalculator = (manifests: readonly Manifest[]): string[] =>
      validateRendered([{ ...rendered, manifests, external: declaredExternalObjects(spec) }])
        .filter((finding) => finding.file.includes('calculator'))
        .map((finding) => finding.message);
    // The cross-object references rule catches a ConfigMap or Secret that nothing creates.
    expect(ofCalculator(rendered.manifests)).toEqual([
      'imagePullSecrets references Secret bank-registry, which is neither in the output nor created by an ExternalSecret',
      'volume grid-config references ConfigMap grid-config, which is not in the output',
      'volume ca-bundle references ConfigMap bank-ca, which is not in the output',
    ]);
    const namespace = find(rendered.manifests, 'Deployment', 'calculator').metadata.namespace;
    const made = (kind: string, name: string, data = {}): Manifest =>
      ({ apiVersion: 'v1', kind, metadata: { name, namespace }, data }) as Manifest;
    const withTeamObjects = [
      ...rendered.manifests,
      made('ConfigMap', 'grid-config'),
      made('ConfigMap', 'bank-ca', { 'ca.crt': '-----BEGIN CERTIFICATE-----' }),
      made('Secret', 'bank-registry'),
    ];
    expect(ofCalculator(withTeamObjects)).toEqual([]);
  });
});

describe('bad escape-hatch input is refused with the field', () => {
  const refused = (extra: Partial<ServerSpec>): string => refusal(specWith(calculator(extra)));

  test.each<[string, Partial<ServerSpec>, string]>([
    [
      'a probe path without /',
      { probes: { liveness: { path: 'health' } } },
      '[test] server calculator, field probes.liveness.path: must start with / ("health")',
    ],
    [
      'a liveness success threshold above 1',
      { probes: { liveness: { successThreshold: 2 } } },
      '[test] server calculator, field probes.liveness.successThreshold: Kubernetes requires 1 for a liveness probe (2)',
    ],
    [
      'a period of 0',
      { probes: { startup: { periodSeconds: 0 } } },
      '[test] server calculator, field probes.startup.periodSeconds: must be a whole number of at least 1, got 0',
    ],
    [
      'a volume with two sources',
      { volumes: [{ name: 'x', configMap: 'a', secret: 'b', mountPath: '/x' }] },
      '[test] server calculator, field volumes[0]: needs exactly one of configMap, secret, persistentVolumeClaim, emptyDir (configMap, secret)',
    ],
    [
      'a relative mount path',
      { volumes: [{ name: 'x', configMap: 'a', mountPath: 'etc/x' }] },
      '[test] server calculator, field volumes[0].mountPath: must be an absolute path ("etc/x")',
    ],
    [
      'a sidecar named like a library container',
      { sidecars: [{ name: 'calypso-init', image: 'x:1', cpu: '100m', memory: '64Mi' }] },
      '[test] server calculator, field sidecars[0].name: clashes with another container of the pod ("calypso-init")',
    ],
    [
      'a pull secret that is no object name',
      { imagePullSecrets: ['Bank_Registry'] },
      '[test] server calculator, field imagePullSecrets[0]: is not a Secret name ("Bank_Registry")',
    ],
    [
      'a CA bundle from both a ConfigMap and a Secret',
      { caBundle: { configMap: 'a', secret: 'b' } },
      '[test] server calculator, field caBundle: needs exactly one of configMap and secret',
    ],
    [
      'a selector label',
      { podLabels: { 'app.kubernetes.io/component': 'other' } },
      "[test] server calculator, field podLabels.app.kubernetes.io/component: keys under app.kubernetes.io/ are the library's (selector and recommended labels, checksums)",
    ],
    [
      'a library-owned annotation',
      { podAnnotations: { 'checksum/properties': 'x' } },
      "[test] server calculator, field podAnnotations.checksum/properties: keys under checksum/ are the library's (selector and recommended labels, checksums)",
    ],
    [
      'an annotation key Kubernetes refuses',
      { podAnnotations: { 'owner team': 'risk' } },
      '[test] server calculator, field podAnnotations.owner team: is not a label or annotation key ("owner team")',
    ],
    [
      'a label value Kubernetes refuses',
      { podLabels: { team: 'risk it' } },
      '[test] server calculator, field podLabels.team: is not a label value ("risk it")',
    ],
  ])('%s', (_, extra, message) => {
    expect(refused(extra)).toBe(message);
  });

  test('an unknown pod security mode, a sidecar security context, a probe on a port the server does not have', () => {
    expect(refused({ podSecurity: 'privileged' as 'restricted' })).toBe(
      '[test] server calculator, field podSecurity: "privileged" is neither restricted nor restricted-v2',
    );
    const sidecar = { name: 'x', image: 'x:1', cpu: '100m', memory: '64Mi', securityContext: { privileged: true } };
    expect(refused({ sidecars: [sidecar as never] })).toBe(
      '[test] server calculator, field sidecars[0].securityContext: unknown field (fields here: name, image, command, args, env, cpu, memory, volumeMounts)',
    );
    // A probe never asks another server: its port is a port name of the server itself.
    expect(refused({ probes: { liveness: { port: 'dataserver' } } })).toBe(
      '[test] server calculator, field probes.liveness.port: is not a port of this server (it has: management, app) ("dataserver")',
    );
  });

  test('a sidecar mounting a volume the pod does not have; an extra volume named like a library one', () => {
    expect(
      refused({ sidecars: [{ name: 'x', image: 'x:1', cpu: '100m', memory: '64Mi', volumeMounts: [{ name: 'nope', mountPath: '/n' }] }] }),
    ).toBe('[test] server calculator, field sidecars[0].volumeMounts[0].name: no volume of the pod has that name ("nope")');
    expect(refused({ volumes: [{ name: 'tmp', emptyDir: '1Gi', mountPath: '/scratch' }] })).toBe(
      `[test] server calculator, field volumes[0].name: the library's own volume has that name ("tmp")`,
    );
  });
});

test('sidecars count in what the pod asks of the scheduler (placement checks, npm run sizing)', () => {
  const server = new CalypsoServer(new Chart(new App(), 'team'), 'Calc', {
    environment: new CalypsoEnvironment(testSpec()),
    kind: 'calculator',
    cpu: '2',
    memory: '4Gi',
    sidecars: [{ name: 'proxy', image: 'registry.bank.internal/proxy:1', cpu: '500m', memory: '1Gi' }],
  });
  expect(podRequestOf(server.resolved)).toEqual({ cpuMillis: 2500, memoryBytes: 5 * 1024 ** 3 });
});

describe('a server composed by hand takes the same options', () => {
  test('restricted-v2 and a sidecar on a CalypsoServer of your own chart', () => {
    const app = new App();
    const chart = new Chart(app, 'team', { namespace: 'team' });
    const environment = new CalypsoEnvironment(testSpec());
    new CalypsoServer(chart, 'Calc', {
      environment,
      kind: 'calculator',
      podSecurity: 'restricted-v2',
      sidecars: [{ name: 'proxy', image: 'registry.bank.internal/proxy:1', cpu: '50m', memory: '64Mi' }],
    });
    const pod = podOf(find(appManifests(app), 'Deployment', 'calculator'));
    expect(pod.securityContext).not.toHaveProperty('runAsUser');
    expect(pod.containers.map((c) => c.name)).toEqual(['calculator', 'proxy']);
  });
});

describe('the JSON patch on server.workload round-trips with the L1 types', () => {
  test('plain values are what the README warns of: the L1 rendering does not keep them', () => {
    const app = new App();
    const chart = new Chart(app, 'team', { namespace: 'team' });
    const server = new CalypsoServer(chart, 'Calc', { environment: new CalypsoEnvironment(testSpec()), kind: 'calculator' });
    server.workload!.addJsonPatch(
      JsonPatch.replace('/spec/template/spec/containers/0/resources/limits/cpu', '2500m'),
      JsonPatch.replace('/spec/template/spec/containers/0/livenessProbe', { tcpSocket: { port: 8080 }, periodSeconds: 20 }),
    );
    const container = serverContainer(find(appManifests(app), 'Deployment', 'calculator'));
    expect(container.resources?.limits?.cpu).toBeUndefined();
    expect(container.livenessProbe).toEqual({ periodSeconds: 20, tcpSocket: {} });
  });

  test('a quantity and a tcpSocket port survive into the rendered YAML', () => {
    const app = new App();
    const chart = new Chart(app, 'team', { namespace: 'team' });
    const environment = new CalypsoEnvironment(testSpec());
    const server = new CalypsoServer(chart, 'Calc', { environment, kind: 'calculator' });
    server.workload!.addJsonPatch(
      JsonPatch.replace('/spec/template/spec/containers/0/resources/limits/cpu', k8s.Quantity.fromString('2500m')),
      JsonPatch.replace('/spec/template/spec/containers/0/livenessProbe', {
        tcpSocket: { port: k8s.IntOrString.fromNumber(8080) },
        periodSeconds: 20,
      }),
    );
    const deployment = find(appManifests(app), 'Deployment', 'calculator');
    const yaml = manifestYaml(deployment);
    expect(yaml).toContain('cpu: 2500m');
    expect(yaml).toMatch(/livenessProbe:\n\s+periodSeconds: 20\n\s+tcpSocket:\n\s+port: 8080/);
    expect(serverContainer(deployment).livenessProbe).toEqual({ periodSeconds: 20, tcpSocket: { port: 8080 } });
  });
});
