/** The environment's Ingress, and NodePort Services for local clusters. */
import type { EnvironmentSpec, IngressSpec } from '../lib';
import { find, inTier, render, specWith, testSpec } from './helpers';
import { ofKind, refusal, specOf } from './high-availability-helpers';

type IngressJson = {
  ingressClassName: string;
  tls?: { hosts: string[]; secretName: string }[];
  rules: {
    host: string;
    http: { paths: { path: string; pathType: string; backend: { service: { name: string; port: { name: string } } } }[] };
  }[];
};
type ServiceJson = {
  type: string;
  selector: Record<string, string>;
  ports: { name: string; port: number; nodePort?: number; targetPort: string }[];
};

const withIngress = (ingress: IngressSpec, tier: EnvironmentSpec['tier'] = 'dev'): EnvironmentSpec => ({
  ...inTier(specWith({ kind: 'presentation-server' }), tier),
  ingress,
});

describe('Ingress', () => {
  const manifests = render(
    withIngress({
      exposure: 'ingress',
      tls: { clusterIssuer: 'internal-ca' },
      routes: [
        { server: 'presentation-server', host: 'calypso.test.example' },
        { server: 'authserver', host: 'calypso.test.example', path: '/auth' },
        { server: 'engineserver', host: 'admin.test.example', port: 'admin' },
      ],
    }),
  );
  const ingress = find(manifests, 'Ingress', 'calypso');
  const spec = specOf<IngressJson>(ingress);

  test('one Ingress for the environment, nginx by default, a rule per host with Prefix paths', () => {
    expect(ofKind(manifests, 'Ingress')).toHaveLength(1);
    expect(ingress.apiVersion).toBe('networking.k8s.io/v1');
    expect(ingress.metadata.namespace).toBe('calypso-test');
    expect(spec.ingressClassName).toBe('nginx');
    expect(spec.rules.map((rule) => [rule.host, rule.http.paths.map((path) => `${path.pathType} ${path.path}`)])).toEqual([
      ['calypso.test.example', ['Prefix /', 'Prefix /auth']],
      ['admin.test.example', ['Prefix /']],
    ]);
  });

  test("every backend is a server's Service and one of its named ports", () => {
    const backends = spec.rules.flatMap((rule) => rule.http.paths.map((path) => path.backend.service));
    expect(backends).toEqual([
      { name: 'presentation-server', port: { name: 'app' } },
      { name: 'authserver', port: { name: 'app' } },
      { name: 'engineserver', port: { name: 'admin' } },
    ]);
    for (const backend of backends) {
      const service = specOf<ServiceJson>(find(manifests, 'Service', backend.name));
      expect(service.ports.map((port) => port.name)).toContain(backend.port.name);
    }
  });

  test('TLS covers every host; with a ClusterIssuer cert-manager makes the Secret', () => {
    expect(spec.tls).toEqual([{ hosts: ['calypso.test.example', 'admin.test.example'], secretName: 'test-ingress-tls' }]);
    expect(ingress.metadata.annotations).toMatchObject({ 'cert-manager.io/cluster-issuer': 'internal-ca' });
  });

  test('a named Secret and class are used as given, with no issuer annotation', () => {
    const named = find(
      render(
        withIngress(
          {
            exposure: 'ingress',
            className: 'internal',
            tls: { secretName: 'calypso-cert', provided: true },
            routes: [{ server: 'authserver', host: 'a.example' }],
          },
          'prod',
        ),
      ),
      'Ingress',
      'calypso',
    );
    expect(specOf<IngressJson>(named).tls).toEqual([{ hosts: ['a.example'], secretName: 'calypso-cert' }]);
    expect(specOf<IngressJson>(named).ingressClassName).toBe('internal');
    expect(named.metadata.annotations).not.toHaveProperty('cert-manager.io/cluster-issuer');
  });

  test('without ingress nothing is exposed', () => {
    expect(ofKind(render(testSpec()), 'Ingress')).toEqual([]);
  });
});

describe('Gateway (the default front door)', () => {
  type GatewayJson = {
    gatewayClassName: string;
    listeners: {
      name: string;
      hostname: string;
      port: number;
      protocol: string;
      tls?: { mode: string; certificateRefs: { name: string }[] };
    }[];
  };
  type HttpRouteJson = {
    parentRefs: { name: string; sectionName: string }[];
    hostnames: string[];
    rules: { matches: { path: { type: string; value: string } }[]; backendRefs: { name: string; port: number }[] }[];
  };
  const certificate = {
    certificate: { key: 'calypso/test/tls', property: 'tls.crt' },
    privateKey: { key: 'calypso/test/tls', property: 'tls.key' },
  };
  const manifests = render(
    withIngress({
      tls: { fromSecretStore: certificate },
      routes: [
        { server: 'presentation-server', host: 'calypso.test.example' },
        { server: 'authserver', host: 'calypso.test.example', path: '/auth' },
        { server: 'engineserver', host: 'admin.test.example', port: 'admin' },
      ],
    }),
  );

  test('an Envoy Gateway class of its own, a Gateway with an HTTPS listener per host, and no Ingress', () => {
    expect(ofKind(manifests, 'Ingress')).toEqual([]);
    expect(find(manifests, 'GatewayClass', 'calypso-test').spec).toMatchObject({
      controllerName: 'gateway.envoyproxy.io/gatewayclass-controller',
    });
    const gateway = specOf<GatewayJson>(find(manifests, 'Gateway', 'calypso'));
    expect(gateway.gatewayClassName).toBe('calypso-test');
    expect(gateway.listeners.map((listener) => [listener.name, listener.hostname, listener.protocol, listener.port, listener.tls])).toEqual(
      [
        [
          'calypso.test.example',
          'calypso.test.example',
          'HTTPS',
          443,
          { mode: 'Terminate', certificateRefs: [{ kind: 'Secret', name: 'test-ingress-tls' }] },
        ],
        [
          'admin.test.example',
          'admin.test.example',
          'HTTPS',
          443,
          { mode: 'Terminate', certificateRefs: [{ kind: 'Secret', name: 'test-ingress-tls' }] },
        ],
      ],
    );
  });

  test("an HTTPRoute per host on its listener, each path prefix to a server's Service port", () => {
    const route = specOf<HttpRouteJson>(find(manifests, 'HTTPRoute', 'calypso.test.example'));
    expect(route.parentRefs).toEqual([{ name: 'calypso', sectionName: 'calypso.test.example' }]);
    expect(route.rules).toEqual([
      { matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ name: 'presentation-server', port: 8000 }] },
      { matches: [{ path: { type: 'PathPrefix', value: '/auth' } }], backendRefs: [{ name: 'authserver', port: 8000 }] },
    ]);
    expect(specOf<HttpRouteJson>(find(manifests, 'HTTPRoute', 'admin.test.example')).rules[0].backendRefs).toEqual([
      { name: 'engineserver', port: 8140 },
    ]);
  });

  test('the certificate Secret is made by an ExternalSecret of type kubernetes.io/tls', () => {
    expect(specOf(find(manifests, 'ExternalSecret', 'test-ingress-tls'))).toMatchObject({
      target: { name: 'test-ingress-tls', template: { type: 'kubernetes.io/tls' } },
      data: [
        { secretKey: 'tls.crt', remoteRef: { key: 'calypso/test/tls', property: 'tls.crt' } },
        { secretKey: 'tls.key', remoteRef: { key: 'calypso/test/tls', property: 'tls.key' } },
      ],
    });
  });

  test("the platform's GatewayClass and data-plane namespace are used as given, and no class is rendered", () => {
    const given = render(
      withIngress({
        gateway: { className: 'bank-edge', dataPlaneNamespace: 'edge' },
        routes: [{ server: 'authserver', host: 'a.example' }],
      }),
    );
    expect(ofKind(given, 'GatewayClass')).toEqual([]);
    expect(specOf<GatewayJson>(find(given, 'Gateway', 'calypso')).gatewayClassName).toBe('bank-edge');
    expect(specOf<GatewayJson>(find(given, 'Gateway', 'calypso')).listeners[0]).toMatchObject({ protocol: 'HTTP', port: 80 });
    expect(JSON.stringify(find(given, 'NetworkPolicy', 'authserver').spec)).toContain('"kubernetes.io/metadata.name":"edge"');
  });
});

describe('NodePort for local clusters', () => {
  const manifests = render(
    withIngress({
      exposure: 'nodePort',
      nodePortSources: ['192.168.49.0/24'],
      routes: [
        { server: 'presentation-server', host: 'localhost', nodePort: 30080 },
        { server: 'engineserver', host: 'localhost', port: 'admin', nodePort: 30140 },
      ],
    }),
  );

  test('the network policy admits the node network, not the controller namespace, on exactly the routed port', () => {
    const policy = find(manifests, 'NetworkPolicy', 'engineserver').spec as { ingress: { from?: unknown[]; ports: unknown[] }[] };
    expect(policy.ingress).toContainEqual({ from: [{ ipBlock: { cidr: '192.168.49.0/24' } }], ports: [{ protocol: 'TCP', port: 8140 }] });
    expect(JSON.stringify(policy.ingress)).not.toContain('ingress-nginx');
  });

  test('a <server>-nodeport Service per exposed server, selecting its pods, and no Ingress', () => {
    expect(ofKind(manifests, 'Ingress')).toEqual([]);
    const service = specOf<ServiceJson>(find(manifests, 'Service', 'engineserver-nodeport'));
    expect(service).toEqual({
      type: 'NodePort',
      selector: specOf<ServiceJson>(find(manifests, 'Service', 'engineserver')).selector,
      ports: [{ name: 'admin', port: 8140, targetPort: 'admin', nodePort: 30140, protocol: 'TCP' }],
    });
    expect(specOf<ServiceJson>(find(manifests, 'Service', 'presentation-server-nodeport')).ports[0]).toMatchObject({
      name: 'app',
      nodePort: 30080,
    });
  });

  test('the ClusterIP Service stays as it is', () => {
    expect(specOf<ServiceJson>(find(manifests, 'Service', 'engineserver')).type).toBe('ClusterIP');
  });
});

describe('ingress rules', () => {
  const route = { server: 'presentation-server', host: 'calypso.test.example' };
  const certificate = {
    certificate: { key: 'calypso/test/tls', property: 'tls.crt' },
    privateKey: { key: 'calypso/test/tls', property: 'tls.key' },
  };
  test.each<[string, EnvironmentSpec, string]>([
    [
      'a host that is not a DNS name',
      withIngress({ routes: [{ ...route, host: 'Calypso_Test' }] }),
      '[test] field ingress.routes[0].host: "Calypso_Test" is not a DNS name (lowercase labels separated by dots)',
    ],
    [
      'two routes on the same host and path',
      withIngress({ routes: [route, { server: 'authserver', host: 'calypso.test.example', path: '/' }] }),
      '[test] field ingress.routes[1].path: calypso.test.example/ is already routed by ingress.routes[0]; each host and path goes to one server',
    ],
    [
      'a route to an unknown server',
      withIngress({ routes: [{ ...route, server: 'webserver' }] }),
      '[test] field ingress.routes[0].server: "webserver" is not a server of this environment',
    ],
    [
      'a route to an external server',
      {
        ...specWith({ kind: 'scheduler', external: { host: 's.example', cidrs: ['10.60.4.10/32'] } }),
        ingress: { routes: [{ server: 'scheduler', host: 's.test.example' }] },
      },
      '[test] field ingress.routes[0].server: scheduler runs outside the cluster (external); expose it where it runs',
    ],
    [
      'an unknown port name',
      withIngress({ routes: [{ ...route, port: 'http' }] }),
      '[test] field ingress.routes[0].port: "http" is not a Service port of presentation-server (ports: app); the Ingress and its network policy would open a port nothing listens on',
    ],
    [
      'the health and metrics port',
      withIngress({ routes: [{ ...route, port: 'management' }] }),
      '[test] field ingress.routes[0].port: management serves health and metrics inside the cluster and is never exposed; use one of app',
    ],
    [
      'prod without TLS',
      withIngress({ routes: [route] }, 'prod'),
      '[test] field ingress.tls: prod serves every host over TLS; give tls.clusterIssuer, tls.fromSecretStore or tls.provided with tls.secretName',
    ],
    [
      'NodePort in prod',
      withIngress({ exposure: 'nodePort', nodePortSources: ['192.168.49.0/24'], routes: [{ ...route, nodePort: 30080 }] }, 'prod'),
      '[test] field ingress.exposure: prod exposes servers through the Gateway or an ingress controller only, never on node ports',
    ],
    [
      'a node port outside the range',
      withIngress({ exposure: 'nodePort', nodePortSources: ['192.168.49.0/24'], routes: [{ ...route, nodePort: 8080 }] }),
      '[test] field ingress.routes[0].nodePort: 8080 is outside the node port range 30000-32767',
    ],
    [
      'a node port taken twice',
      withIngress({
        exposure: 'nodePort',
        nodePortSources: ['192.168.49.0/24'],
        routes: [
          { ...route, nodePort: 30080 },
          { server: 'authserver', host: 'localhost', nodePort: 30080 },
        ],
      }),
      '[test] field ingress.routes[1].nodePort: 30080 is already taken by ingress.routes[0]',
    ],
    [
      'a NodePort route without a node port',
      withIngress({ exposure: 'nodePort', nodePortSources: ['192.168.49.0/24'], routes: [route] }),
      '[test] field ingress.routes[0].nodePort: exposure nodePort needs a node port for every route (30000-32767)',
    ],
    [
      'a node port without NodePort exposure',
      withIngress({ routes: [{ ...route, nodePort: 30080 }] }),
      '[test] field ingress.routes[0].nodePort: a node port needs exposure nodePort; the ingress controller routes by host and path',
    ],
    [
      'TLS on NodePort',
      withIngress({
        exposure: 'nodePort',
        nodePortSources: ['192.168.49.0/24'],
        tls: { clusterIssuer: 'ca' },
        routes: [{ ...route, nodePort: 30080 }],
      }),
      '[test] field ingress.tls: a NodePort Service cannot terminate TLS; TLS needs exposure gateway or ingress',
    ],
    ['no routes', withIngress({ routes: [] }), '[test] field ingress.routes: exposes nothing; leave ingress out instead'],
    [
      'node ports without the addresses their traffic comes from',
      withIngress({ exposure: 'nodePort', routes: [{ ...route, nodePort: 30080 }] }),
      '[test] field ingress.nodePortSources: node ports need the addresses their traffic comes from (the node network), e.g. 192.168.49.0/24',
    ],
    [
      'node port sources that are not CIDRs',
      withIngress({ exposure: 'nodePort', nodePortSources: ['minikube'], routes: [{ ...route, nodePort: 30080 }] }),
      '[test] field ingress.nodePortSources: "minikube" is not',
    ],
    [
      'node port sources without node ports',
      withIngress({ nodePortSources: ['192.168.49.0/24'], routes: [route] }),
      '[test] field ingress.nodePortSources: only node ports take sources; the ingress controller is admitted by its namespace',
    ],
    [
      'TLS that nothing makes',
      withIngress({ tls: { secretName: 'calypso-cert' }, routes: [route] }),
      '[test] field ingress.tls: nothing makes the TLS Secret "calypso-cert"; give tls.clusterIssuer (cert-manager), tls.fromSecretStore (External Secrets) or tls.provided: true (made outside this repository)',
    ],
    [
      'TLS made two ways',
      withIngress({ tls: { clusterIssuer: 'ca', fromSecretStore: certificate }, routes: [route] }),
      '[test] field ingress.tls: the TLS Secret is made one way only; choose one of tls.clusterIssuer, tls.fromSecretStore',
    ],
    [
      'a provided TLS Secret without its name',
      withIngress({ tls: { provided: true }, routes: [route] }),
      '[test] field ingress.tls.secretName: a provided TLS Secret needs its name; give tls.secretName',
    ],
    [
      'a Gateway with another exposure',
      withIngress({ exposure: 'ingress', gateway: { className: 'edge' }, routes: [route] }),
      '[test] field ingress.gateway: only exposure gateway takes a Gateway; this front door is exposure ingress',
    ],
    [
      'an ingress controller setting on the Gateway',
      withIngress({ className: 'nginx', routes: [route] }),
      '[test] field ingress.className: an ingress controller setting needs exposure ingress; the Gateway takes ingress.gateway.className and ingress.gateway.dataPlaneNamespace',
    ],
    [
      'a GatewayClass name that is not a name',
      withIngress({ gateway: { className: 'Edge_Class' }, routes: [route] }),
      '[test] field ingress.gateway.className: "Edge_Class" is not a GatewayClass name',
    ],
    [
      'a data-plane namespace that is not a namespace name',
      withIngress({ gateway: { dataPlaneNamespace: 'Envoy.System' }, routes: [route] }),
      '[test] field ingress.gateway.dataPlaneNamespace: "Envoy.System" is not a namespace name',
    ],
    [
      'an unknown key under gateway',
      withIngress({ gateway: { controller: 'envoy' } as never, routes: [route] }),
      '[test] field ingress.gateway.controller: unknown field (fields here: className, dataPlaneNamespace)',
    ],
  ])('%s', (_case, spec, message) => {
    expect(refusal(spec)).toContain(message);
  });

  test('each ingress mistake is reported once, though the Ingress and the network policy both depend on it', () => {
    const spec = withIngress({
      exposure: 'ingress',
      controllerNamespace: 'Edge_Ingress',
      routes: [{ server: 'riskserver', host: 'a.example' }],
    });
    expect(
      refusal(spec)
        .split('\n')
        .filter((line) => line.includes('field ingress.')),
    ).toEqual([
      '  - [test] field ingress.controllerNamespace: "Edge_Ingress" is not a namespace name',
      expect.stringMatching(/^ {2}- \[test\] field ingress\.routes\[0\]\.server: "riskserver" is not a server/),
    ]);
  });
});
