/**
 * Network isolation: default-deny, one allow rule per dependency edge (and
 * nothing more), DNS, the ingress controller, monitoring, the database and
 * external systems. The graph walk runs over every committed environment.
 */
import { App, Chart } from 'cdk8s';
import {
  CalypsoEnvironment,
  CalypsoNetworkPolicies,
  CalypsoPlatform,
  CalypsoServer,
  resolveEnvironmentSpec,
  type EnvironmentSpec,
} from '../lib';
import { loadEnvironments } from '../apps/load-environments';
import { appManifests, type Manifest } from '../lib/output/render';
import { committedManifests, find, render, serverContainer, specWith, testSpec } from './helpers';

interface Port {
  protocol: string;
  port: number;
}
interface Peer {
  podSelector?: { matchLabels?: Record<string, string> };
  namespaceSelector?: { matchLabels?: Record<string, string> };
  ipBlock?: { cidr: string };
}
interface PolicySpec {
  podSelector: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values: string[] }[] };
  policyTypes: string[];
  ingress?: { from?: Peer[]; ports?: Port[] }[];
  egress?: { to?: Peer[]; ports?: Port[] }[];
}

const TRAFFIC_MANAGER_LABELS = { app: 'traffic-manager', telepresence: 'manager' };

const policiesOf = (manifests: readonly Manifest[]): Map<string, PolicySpec> =>
  new Map(manifests.filter((m) => m.kind === 'NetworkPolicy').map((m) => [m.metadata.name, m.spec as PolicySpec]));

const namespace = (name: string): Peer['namespaceSelector'] => ({ matchLabels: { 'kubernetes.io/metadata.name': name } });
const tcp = (...ports: number[]): Port[] => ports.map((port) => ({ protocol: 'TCP', port }));

/** True when a label selector (matchLabels and `In` expressions, all this library emits) selects these labels. */
function selects(selector: PolicySpec['podSelector'], labels: Record<string, string>): boolean {
  return (
    Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value) &&
    (selector.matchExpressions ?? []).every((expression) => {
      if (expression.operator !== 'In') throw new Error(`unexpected operator ${expression.operator}`);
      return expression.values.includes(labels[expression.key]);
    })
  );
}

const sortPorts = (ports: Port[]): string[] => [...new Set(ports.map((p) => `${p.protocol}/${p.port}`))].sort();

describe.each(loadEnvironments().map((environment) => [environment.name, environment.spec] as const))(
  'the graph walk over %s',
  (name, spec) => {
    const manifests = committedManifests(name);
    const policies = policiesOf(manifests);
    const dependencies = resolveEnvironmentSpec(spec).dependencies;
    const serverNames = [...dependencies.keys()];
    const external = new Map(spec.servers.filter((s) => s.external).map((s) => [s.name ?? s.kind, s.external?.cidrs ?? []]));
    const inCluster = serverNames.filter((server) => !external.has(server));
    const edges = serverNames.flatMap((from) => (dependencies.get(from) ?? []).map((to) => ({ from, to })));
    const isEdge = (from: string, to: string): boolean => edges.some((edge) => edge.from === from && edge.to === to);
    // The servers Telepresence may intercept (dev only), and where their traffic agent listens: from 9900, one port per Service port.
    const intercepted = spec.tier === 'dev' ? (spec.debug?.telepresence ?? []) : [];
    const agentPorts = (server: string): Port[] => {
      if (!intercepted.includes(server)) return [];
      const count = portsOf(server).length;
      return [{ protocol: 'TCP', port: 9900, ...(count > 1 ? { endPort: 9900 + count - 1 } : {}) } as Port];
    };
    // The ports a server serves, as its Service publishes them.
    const portsOf = (server: string): Port[] =>
      (find(manifests, 'Service', server).spec as { ports: { port: number; protocol: string }[] }).ports.map((p) => ({
        protocol: p.protocol,
        port: p.port,
      }));
    // The Service ports routes name (the first non-management port when they name none), in Service order.
    const sortedRoutePorts = (server: string, names: (string | undefined)[]): Port[] => {
      const ports = (find(manifests, 'Service', server).spec as { ports: { name: string; port: number; protocol: string }[] }).ports;
      const wanted = names.map((name) => name ?? ports.find((p) => p.name !== 'management')?.name);
      return ports.filter((p) => wanted.includes(p.name)).map((p) => ({ protocol: p.protocol, port: p.port }));
    };
    // The labels a server's pods really carry, from its workload's pod template.
    const podLabels = (server: string): Record<string, string> => {
      // A canary server's pods are its Rollout's.
      const workload = manifests.find((m) => ['Deployment', 'StatefulSet', 'Rollout'].includes(m.kind) && m.metadata.name === server);
      return (workload?.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
    };
    // Does a rule's peer take in this server: its pods (in this namespace), or one of its addresses?
    const peerTakesIn = (peer: Peer, server: string, cidr?: string): boolean =>
      cidr !== undefined
        ? peer.ipBlock?.cidr === cidr
        : !peer.namespaceSelector && !peer.ipBlock && peer.podSelector !== undefined && selects(peer.podSelector, podLabels(server));
    // Every port the policies selecting `subject` open towards (egress) or from (ingress) `other`.
    const allowed = (direction: 'Ingress' | 'Egress', subject: string, other: string, cidr?: string): string[] =>
      sortPorts(
        [...policies.values()]
          .filter((policy) => policy.policyTypes.includes(direction) && selects(policy.podSelector, podLabels(subject)))
          .flatMap((policy) =>
            direction === 'Egress'
              ? (policy.egress ?? []).map((rule) => ({ peers: rule.to ?? [], ports: rule.ports ?? [] }))
              : (policy.ingress ?? []).map((rule) => ({ peers: rule.from ?? [], ports: rule.ports ?? [] })),
          )
          .filter((rule) => rule.peers.some((peer) => peerTakesIn(peer, other, cidr)))
          .flatMap((rule) => rule.ports),
      );

    test('the namespace starts from default-deny for ingress and egress', () => {
      expect(policies.get('default-deny')).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    });

    test('between any two servers, exactly the dependency edges are open, on exactly the target Service ports, both ways', () => {
      expect(edges.length).toBeGreaterThan(5);
      for (const from of serverNames) {
        for (const to of serverNames) {
          const expected = isEdge(from, to) ? sortPorts(portsOf(to)) : [];
          const pair = `${from} -> ${to}`;
          // Egress at the source: to the target's pods, or to every address of an external target.
          if (!external.has(from)) {
            for (const cidr of external.get(to) ?? [undefined])
              expect({ pair, cidr, ports: allowed('Egress', from, to, cidr) }).toEqual({ pair, cidr, ports: expected });
          }
          // Ingress at the target: from the source's pods, or from every address of an external source.
          if (!external.has(to)) {
            for (const cidr of external.get(from) ?? [undefined])
              expect({ pair, cidr, ports: allowed('Ingress', to, from, cidr) }).toEqual({ pair, cidr, ports: expected });
          }
        }
      }
    });

    test('each server policy selects exactly its server; each other policy is exactly DNS, the database or a declared external system', () => {
      const network = spec.network ?? {};
      const expectedNames = [
        'default-deny',
        'allow-dns',
        'allow-database',
        ...(network.externalSystems ?? []).map((system) => `allow-external-${system.name}`),
        ...(spec.monitoring?.eventExporter || spec.databaseJobs ? ['allow-apiserver'] : []),
        ...intercepted.map((server) => `allow-telepresence-${server}`),
        ...inCluster,
      ];
      expect([...policies.keys()].sort()).toEqual(expectedNames.sort());
      for (const server of inCluster) {
        const policy = policies.get(server) as PolicySpec;
        expect(inCluster.filter((other) => selects(policy.podSelector, podLabels(other)))).toEqual([server]);
        // Besides the graph: the routed ports (from the controller, or from anywhere through node ports) and the scraper.
        const routes = (spec.ingress?.routes ?? []).filter((route) => route.server === server);
        const routed =
          routes.length === 0
            ? []
            : [
                {
                  from: [
                    ...(spec.ingress?.exposure === 'nodePort'
                      ? (spec.ingress.nodePortSources ?? []).map((cidr) => ({ ipBlock: { cidr } }))
                      : spec.ingress?.exposure === 'ingress'
                        ? [{ namespaceSelector: namespace('ingress-nginx') }]
                        : // The Gateway: only this environment's Envoy proxies.
                          [
                            {
                              namespaceSelector: namespace('envoy-gateway-system'),
                              podSelector: {
                                matchLabels: {
                                  'gateway.envoyproxy.io/owning-gateway-name': 'calypso',
                                  'gateway.envoyproxy.io/owning-gateway-namespace': `calypso-${spec.name}`,
                                },
                              },
                            },
                          ]),
                  ],
                  ports: [
                    ...sortedRoutePorts(
                      server,
                      routes.map((route) => route.port),
                    ),
                    ...agentPorts(server),
                  ],
                },
              ];
        // Telepresence (dev only): a dependency of an intercepted server admits the traffic-manager on its own ports.
        const managerRules = intercepted.some((name) => isEdge(name, server))
          ? [
              {
                from: [{ namespaceSelector: namespace('ambassador'), podSelector: { matchLabels: TRAFFIC_MANAGER_LABELS } }],
                ports: portsOf(server),
              },
            ]
          : [];
        expect(
          policy.ingress?.filter((rule) =>
            rule.from?.some(
              (peer) => peer.namespaceSelector || (peer.ipBlock && spec.ingress?.nodePortSources?.includes(peer.ipBlock.cidr)),
            ),
          ),
        ).toEqual([
          ...routed,
          {
            from: [
              { namespaceSelector: namespace('monitoring'), podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } },
            ],
            // An intercepted server's agent takes over the management port, where Prometheus scrapes.
            ports: [...tcp(8080), ...agentPorts(server)],
          },
          ...managerRules,
        ]);
        // No address that is not an external server's.
        const cidrs = [
          ...(policy.ingress ?? []).flatMap((rule) => rule.from ?? []),
          ...(policy.egress ?? []).flatMap((rule) => rule.to ?? []),
        ]
          .filter((peer) => peer.ipBlock)
          .map((peer) => peer.ipBlock?.cidr);
        for (const cidr of cidrs) expect([...[...external.values()].flat(), ...(spec.ingress?.nodePortSources ?? [])]).toContain(cidr);
      }

      expect(policies.get('allow-dns')).toEqual({
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [
          {
            to: [{ namespaceSelector: namespace('kube-system'), podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
            ports: [
              { protocol: 'UDP', port: 53 },
              { protocol: 'TCP', port: 53 },
            ],
          },
        ],
      });
      const podsOf = (servers: readonly string[]): PolicySpec['podSelector'] => ({
        matchLabels: { 'app.kubernetes.io/part-of': 'calypso', 'app.kubernetes.io/instance': name },
        matchExpressions: [{ key: 'app.kubernetes.io/component', operator: 'In', values: [...servers] }],
      });
      const databasePort = Number(/:(\d+)\//.exec(spec.database.jdbcUrl)?.[1]);
      expect(policies.get('allow-database')).toEqual({
        // The servers, and the database jobs' pods where the spec has jobs.
        podSelector: podsOf([...inCluster, ...(spec.databaseJobs ? ['database'] : [])]),
        policyTypes: ['Egress'],
        egress: [{ to: spec.database.network?.cidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: tcp(databasePort) }],
      });
      if (spec.monitoring?.eventExporter || spec.databaseJobs) {
        // The event exporter and the release's stop step, and nothing else, reach the control plane.
        expect(policies.get('allow-apiserver')).toEqual({
          podSelector: podsOf([
            ...(spec.monitoring?.eventExporter ? ['event-exporter'] : []),
            ...(spec.databaseJobs ? ['stop-servers'] : []),
          ]),
          policyTypes: ['Egress'],
          egress: [{ to: network.apiServer?.cidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: tcp(network.apiServer?.port ?? 6443) }],
        });
      }
      for (const system of network.externalSystems ?? []) {
        expect(policies.get(`allow-external-${system.name}`)).toEqual({
          podSelector: podsOf(system.servers),
          policyTypes: ['Egress'],
          egress: [{ to: system.cidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: tcp(...system.ports) }],
        });
      }
    });

    test('no rule is open-ended: every rule names its peers and its ports, and no peer is everyone', () => {
      for (const [policyName, policy] of policies) {
        const rules = [
          ...(policy.ingress ?? []).map((r) => ({ peers: r.from, ports: r.ports })),
          ...(policy.egress ?? []).map((r) => ({ peers: r.to, ports: r.ports })),
        ];
        for (const rule of rules) {
          expect({ policyName, peers: rule.peers?.length ?? 0 }).not.toEqual({ policyName, peers: 0 });
          expect({ policyName, ports: rule.ports?.length ?? 0 }).not.toEqual({ policyName, ports: 0 });
          for (const peer of rule.peers ?? []) {
            if (peer.namespaceSelector)
              expect(Object.keys(peer.namespaceSelector.matchLabels ?? {})).toEqual(['kubernetes.io/metadata.name']);
            if (peer.podSelector && !peer.namespaceSelector)
              expect(peer.podSelector.matchLabels).toMatchObject({ 'app.kubernetes.io/instance': name });
            if (peer.ipBlock) expect(peer.ipBlock.cidr).not.toMatch(/\/0$/);
          }
        }
      }
    });
  },
);

describe('network rules from the spec', () => {
  test('the ingress controller namespace reaches exactly the routed ports of the routed servers', () => {
    const spec: EnvironmentSpec = {
      ...specWith({ kind: 'presentation-server' }, { kind: 'calculation-server' }),
      ingress: {
        exposure: 'ingress',
        routes: [
          { server: 'presentation-server', host: 'calypso.test.bank.internal' },
          { server: 'engineserver', host: 'engines.test.bank.internal', port: 'admin' },
        ],
      },
    };
    const policies = policiesOf(render(spec));
    const controller = (ports: Port[]): { from: Peer[]; ports: Port[] } => ({
      from: [{ namespaceSelector: namespace('ingress-nginx') }],
      ports,
    });
    expect(policies.get('presentation-server')?.ingress).toContainEqual(controller(tcp(8000)));
    expect(policies.get('engineserver')?.ingress).toContainEqual(controller(tcp(8140)));
    for (const server of ['dataserver', 'calculation-server', 'eventserver']) {
      const fromController = policies
        .get(server)
        ?.ingress?.filter((rule) => rule.from?.some((peer) => peer.namespaceSelector && !peer.podSelector));
      expect(fromController).toEqual([]);
    }

    const custom = policiesOf(render({ ...spec, ingress: { ...spec.ingress!, controllerNamespace: 'edge-ingress' } }));
    expect(custom.get('presentation-server')?.ingress).toContainEqual({
      from: [{ namespaceSelector: namespace('edge-ingress') }],
      ports: tcp(8000),
    });
  });

  test('monitoring reaches only the management (metrics) port, from the configured namespace and pods', () => {
    const policies = policiesOf(
      render(testSpec({ network: { monitoring: { namespace: 'observability', podSelector: { app: 'vmagent' } } } })),
    );
    for (const server of ['eventserver', 'authserver', 'dataserver', 'engineserver']) {
      const scrape = policies.get(server)?.ingress?.filter((rule) => rule.from?.some((peer) => peer.namespaceSelector));
      expect(scrape).toEqual([
        { from: [{ namespaceSelector: namespace('observability'), podSelector: { matchLabels: { app: 'vmagent' } } }], ports: tcp(8080) },
      ]);
    }
  });

  test('DNS is configurable', () => {
    const policies = policiesOf(
      render(testSpec({ network: { dns: { namespace: 'dns-system', podSelector: { 'app.kubernetes.io/name': 'coredns' }, port: 5353 } } })),
    );
    expect(policies.get('allow-dns')?.egress).toEqual([
      {
        to: [{ namespaceSelector: namespace('dns-system'), podSelector: { matchLabels: { 'app.kubernetes.io/name': 'coredns' } } }],
        ports: [
          { protocol: 'UDP', port: 5353 },
          { protocol: 'TCP', port: 5353 },
        ],
      },
    ]);
  });

  test('a server outside the cluster is reached, and admitted, by the CIDRs the spec gives it', () => {
    const spec = specWith(
      { kind: 'scheduler', external: { host: 'scheduler.onprem.example', cidrs: ['10.10.8.21/32', '10.10.9.0/29'] } },
      { kind: 'calculator', dependsOn: ['dataserver', 'scheduler'] },
    );
    const policies = policiesOf(render(spec));
    const scheduler = [{ ipBlock: { cidr: '10.10.8.21/32' } }, { ipBlock: { cidr: '10.10.9.0/29' } }];
    expect(policies.get('calculator')?.egress).toContainEqual({ to: scheduler, ports: tcp(8080, 8000) });
    for (const dependency of ['eventserver', 'authserver', 'dataserver']) {
      const [fromDependents] = policies.get(dependency)?.ingress ?? [];
      expect(fromDependents.from).toEqual(expect.arrayContaining(scheduler));
      expect(fromDependents.ports).toEqual(tcp(...(dependency === 'eventserver' ? [8080, 61616] : [8080, 8000])));
    }
    expect(policies.has('scheduler')).toBe(false);
  });

  test('an external system is reachable only from the servers it names, on its ports and protocol', () => {
    const spec = testSpec({
      network: {
        externalSystems: [
          { name: 'market-feed', cidrs: ['10.70.1.0/29'], ports: [7500, 7501], protocol: 'UDP', servers: ['engineserver'] },
        ],
      },
    });
    expect(policiesOf(render(spec)).get('allow-external-market-feed')).toEqual({
      podSelector: {
        matchLabels: { 'app.kubernetes.io/part-of': 'calypso', 'app.kubernetes.io/instance': 'test' },
        matchExpressions: [{ key: 'app.kubernetes.io/component', operator: 'In', values: ['engineserver'] }],
      },
      policyTypes: ['Egress'],
      egress: [
        {
          to: [{ ipBlock: { cidr: '10.70.1.0/29' } }],
          ports: [
            { protocol: 'UDP', port: 7500 },
            { protocol: 'UDP', port: 7501 },
          ],
        },
      ],
    });
  });

  test('the database port comes from the spec or the JDBC URL', () => {
    const spec = testSpec();
    const withPort = testSpec({
      database: {
        ...spec.database,
        jdbcUrl: 'jdbc:postgresql://db/calypso',
        network: { cidrs: ['10.0.0.10/32'], port: 6432, tiers: ['dev'] },
      },
    });
    expect(policiesOf(render(withPort)).get('allow-database')?.egress?.[0].ports).toEqual(tcp(6432));
    expect(policiesOf(render(spec)).get('allow-database')?.egress?.[0].ports).toEqual(tcp(5432));
  });

  test('more pods can be let through to the database by component (e.g. a restore Job)', () => {
    const app = new App();
    const platform = new CalypsoPlatform(app, 'test', { spec: testSpec() });
    platform.networkPolicies.allowDatabase('database-restore');
    const policy = find(appManifests(app), 'NetworkPolicy', 'allow-database').spec as PolicySpec;
    expect(policy.podSelector.matchExpressions?.[0].values).toEqual([
      'eventserver',
      'authserver',
      'dataserver',
      'engineserver',
      'database-restore',
    ]);
  });

  test('the debug port is on the container only: not in the Service, not in any network policy', () => {
    const manifests = render(testSpec({ debug: { servers: ['engineserver'] } }));
    expect(serverContainer(find(manifests, 'Deployment', 'engineserver')).ports).toContainEqual({
      name: 'jdwp',
      containerPort: 5005,
      protocol: 'TCP',
    });
    expect((find(manifests, 'Service', 'engineserver').spec as { ports: Port[] }).ports.map((p) => p.port)).not.toContain(5005);
    for (const policy of policiesOf(manifests).values()) {
      const ports = [...(policy.ingress ?? []), ...(policy.egress ?? [])].flatMap((rule) => rule.ports ?? []).map((p) => p.port);
      expect(ports).not.toContain(5005);
    }
  });
});

test('Telepresence in dev: the traffic-manager the spec names is the one admitted, on its ports', () => {
  const manifests = render(
    testSpec({
      access: { debugGroups: ['devs'] },
      debug: {
        servers: [],
        telepresence: ['engineserver'],
        telepresenceManager: { namespace: 'telepresence', podLabels: { app: 'tm' }, apiPort: 9081, agentPort: 19900 },
      },
    }),
  );
  const policies = policiesOf(manifests);
  const manager: Peer = { namespaceSelector: namespace('telepresence'), podSelector: { matchLabels: { app: 'tm' } } };
  expect(policies.get('allow-telepresence-engineserver')).toEqual({
    podSelector: {
      matchLabels: {
        'app.kubernetes.io/component': 'engineserver',
        'app.kubernetes.io/instance': 'test',
        'app.kubernetes.io/part-of': 'calypso',
      },
    },
    policyTypes: ['Egress'],
    egress: [{ to: [manager], ports: tcp(9081) }],
  });
  // The Engineserver's dependencies admit the manager on their own ports; nobody else does.
  const admitting = [...policies]
    .filter(([, policy]) => JSON.stringify(policy.ingress ?? []).includes('"telepresence"'))
    .map(([name]) => name);
  expect(admitting.sort()).toEqual(['authserver', 'dataserver', 'eventserver']);
  const servicePorts = (server: string): Port[] =>
    (find(manifests, 'Service', server).spec as { ports: Port[] }).ports.map((p) => ({ protocol: p.protocol, port: p.port }));
  expect(
    policies
      .get('dataserver')
      ?.ingress?.find((rule) =>
        rule.from?.some((peer) => peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'telepresence'),
      ),
  ).toEqual({
    from: [manager],
    ports: servicePorts('dataserver'),
  });
});

test("Telepresence without a traffic-manager spec admits the Helm chart's; without Telepresence nothing of it is rendered", () => {
  const withIt = policiesOf(
    render(testSpec({ access: { debugGroups: ['devs'] }, debug: { servers: [], telepresence: ['engineserver'] } })),
  );
  expect(withIt.get('allow-telepresence-engineserver')?.egress).toEqual([
    {
      to: [
        { namespaceSelector: namespace('ambassador'), podSelector: { matchLabels: { app: 'traffic-manager', telepresence: 'manager' } } },
      ],
      ports: tcp(8081),
    },
  ]);
  const without = policiesOf(render(testSpec({ debug: { servers: ['engineserver'] } })));
  expect([...without.keys()].filter((name) => name.startsWith('allow-telepresence-'))).toEqual([]);
  expect(JSON.stringify([...without.values()])).not.toContain('traffic-manager');
});

test('built by hand, the network policies refuse an external server without addresses, naming environment, server and field', () => {
  const chart = new Chart(new App(), 'team', { namespace: 'team' });
  const environment = new CalypsoEnvironment(testSpec());
  const events = new CalypsoServer(chart, 'Events', { environment, kind: 'eventserver' });
  const scheduler = new CalypsoServer(chart, 'Scheduler', { environment, kind: 'scheduler', external: { host: 'scheduler.example' } });
  scheduler.dependsOn(events);
  expect(() => new CalypsoNetworkPolicies(chart, 'Policies', { environment, servers: [events, scheduler] })).toThrow(
    '[test] server scheduler, field external.cidrs: a server outside the cluster needs the CIDR blocks it runs at',
  );
});
