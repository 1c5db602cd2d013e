/**
 * The reachability matrix of every committed environment, computed by the
 * policy evaluator (lib/output/reachability.ts) from the NetworkPolicies,
 * workloads and Services in the committed dist/: who can open a connection
 * to whom, on which port, as a NetworkPolicy-enforcing CNI would decide.
 * What each peer needs comes from the resolved model (the dependency graph,
 * DNS, the database, the external systems, the routes, the scraper).
 */
import { STOP_SERVERS_COMPONENT } from '../lib/model/database-jobs-spec';
import { DEFAULT_GATEWAY_DATA_PLANE_NAMESPACE, gatewayDataPlaneLabels } from '../lib/model/gateway-spec';
import { exposureOf } from '../lib/model/ingress-spec';
import { loadEnvironments } from '../apps/load-environments';
import { resolveEnvironment, type EnvironmentSpec, type Manifest } from '../lib';
import { EVENT_EXPORTER_NAME } from '../lib/model/monitoring-spec';
import { DEFAULT_TELEPRESENCE_MANAGER, resolveTelepresenceManager } from '../lib/model/debug-spec';
import { committedFolders } from './committed-dist';
import { testSpec } from './helpers';
import { NetworkReachability, type NetworkEndpoint, type NetworkPort, type ServicePort } from '../lib/output/reachability';

const committed = new Set(committedFolders().map((folder) => folder.name));
const environments = loadEnvironments().filter((environment) => committed.has(environment.name));

/** The objects of one committed folder, as the files hold them (parsed once per run: test/committed-dist.ts). */
function distManifests(folder: string): readonly Manifest[] {
  return committedFolders().find((candidate) => candidate.name === folder)?.manifests ?? [];
}

const key = (port: NetworkPort): string => `${port.protocol ?? 'TCP'}/${port.port}`;
const keys = (ports: readonly NetworkPort[]): string[] => [...new Set(ports.map(key))].sort();
/** Ports nothing should open, added to every probe so that "exactly" also covers ports no object names. */
const STRAY_PORTS: NetworkPort[] = [22, 80, 443, 1414, 5005, 8443, 9090].map((port) => ({ port, protocol: 'TCP' }));

/** The route backends (Ingress, HTTPRoute, TLSRoute, TCPRoute) in a folder: Service name and port (number or name). */
function routeBackends(manifests: readonly Manifest[]): { service: string; port: number | string }[] {
  return manifests.flatMap((manifest) => {
    const spec = manifest.spec as {
      rules?: {
        http?: { paths?: { backend?: { service?: { name: string; port: { number?: number; name?: string } } } }[] };
        backendRefs?: { name: string; port?: number; kind?: string }[];
      }[];
    };
    if (manifest.kind === 'Ingress') {
      return (spec.rules ?? []).flatMap((rule) =>
        (rule.http?.paths ?? []).flatMap((path) => {
          const service = path.backend?.service;
          return service ? [{ service: service.name, port: service.port.number ?? service.port.name ?? '' }] : [];
        }),
      );
    }
    if (['HTTPRoute', 'TLSRoute', 'TCPRoute'].includes(manifest.kind)) {
      return (spec.rules ?? []).flatMap((rule) =>
        (rule.backendRefs ?? [])
          .filter((ref) => (ref.kind ?? 'Service') === 'Service')
          .map((ref) => ({ service: ref.name, port: ref.port ?? '' })),
      );
    }
    return [];
  });
}

describe.each(environments.map((environment) => [environment.name, environment.spec] as const))('reachability in dist/%s', (name, spec) => {
  const manifests = distManifests(name);
  const network = new NetworkReachability(manifests);
  const resolved = resolveEnvironment(spec);
  const servers = resolved.servers;
  const inCluster = servers.filter((server) => server.external === undefined);
  const externalServers = servers.filter((server) => server.external !== undefined);
  const pods = (server: string): Extract<NetworkEndpoint, { kind: 'pod' }> => network.podsOf(server, resolved.namespace);
  const servicePortsOf = (server: string): readonly ServicePort[] => network.service(server, resolved.namespace)?.ports ?? [];
  // Where a server's Service ports land on its pods.
  const targetPortsOf = (server: string): NetworkPort[] =>
    servicePortsOf(server).flatMap((port) => network.targetPort(port, pods(server)) ?? []);
  // Every port a probe tries at a server's pods: its container ports, its Service's target ports, and the stray ones.
  const probePorts = (server: string): NetworkPort[] => [...network.containerPorts(server), ...targetPortsOf(server), ...STRAY_PORTS];
  const isEdge = (from: string, to: string): boolean => resolved.dependencies.get(from)?.includes(to) ?? false;
  const workloads = network.workloadNames;
  const pod = (namespace: string, labels: Record<string, string>): NetworkEndpoint => ({ kind: 'pod', namespace, labels });
  // Where routed traffic comes from: this environment's Gateway proxies (Envoy Gateway labels them by Gateway), or an ingress controller's pods.
  const frontDoor: NetworkEndpoint =
    spec.ingress !== undefined && exposureOf(spec.ingress) === 'gateway'
      ? pod(spec.ingress.gateway?.dataPlaneNamespace ?? DEFAULT_GATEWAY_DATA_PLANE_NAMESPACE, gatewayDataPlaneLabels(resolved.namespace))
      : pod(resolved.network.ingressControllerNamespace, {});

  test('every dependency edge is open on exactly its target ports, and nothing else between two servers in the cluster', () => {
    const open: string[] = [];
    const expected: string[] = [];
    for (const from of inCluster) {
      for (const to of inCluster) {
        if (from.name === to.name) continue;
        for (const port of network.openPorts(pods(from.name), pods(to.name), probePorts(to.name)))
          open.push(`${from.name} -> ${to.name} ${port}`);
        if (isEdge(from.name, to.name))
          for (const port of keys(targetPortsOf(to.name))) expected.push(`${from.name} -> ${to.name} ${port}`);
      }
    }
    expect(expected.length).toBeGreaterThan(5);
    expect(open.sort()).toEqual(expected.sort());
  });

  test('servers outside the cluster: dependents reach them at their addresses, and they reach exactly their dependencies', () => {
    for (const external of externalServers) {
      for (const cidr of external.external?.cidrs ?? []) {
        const address: NetworkEndpoint = { kind: 'address', cidr };
        for (const other of inCluster) {
          const outbound = isEdge(other.name, external.name) ? keys(servicePortsOf(external.name)) : [];
          expect({
            from: other.name,
            to: cidr,
            ports: network.openPorts(pods(other.name), address, [...servicePortsOf(external.name), ...STRAY_PORTS]),
          }).toEqual({
            from: other.name,
            to: cidr,
            ports: outbound,
          });
          const inbound = isEdge(external.name, other.name) ? keys(targetPortsOf(other.name)) : [];
          expect({ from: cidr, to: other.name, ports: network.openPorts(address, pods(other.name), probePorts(other.name)) }).toEqual({
            from: cidr,
            to: other.name,
            ports: inbound,
          });
        }
      }
    }
  });

  test("Telepresence, dev only: the agents reach the traffic-manager, which reaches the intercepted servers' dependencies; callers reach the agent", () => {
    const manager = resolveTelepresenceManager(spec.debug);
    const managerPods = pod(manager.namespace, manager.podLabels);
    const neighbour = pod(manager.namespace, { app: 'agent-injector' });
    // Intended: the servers debug.telepresence names, in dev only; nothing anywhere else.
    const intercepted = spec.tier === 'dev' ? (spec.debug?.telepresence ?? []) : [];
    // The agent takes over each Service port of an intercepted server, from the agent port on.
    const agentPortsOf = (server: string): NetworkPort[] =>
      servicePortsOf(server).map((_, index) => ({ port: manager.agentPort + index, protocol: 'TCP' }));
    const agentProbe = inCluster.flatMap((server) => agentPortsOf(server.name));
    const open: string[] = [];
    const expected: string[] = [];
    // Agent -> traffic-manager, on its API port only; no other pod of the namespace, to no other pod of the manager's.
    for (const workload of workloads) {
      const from = network.podsOf(workload, resolved.namespace);
      for (const port of network.openPorts(from, managerPods, [{ port: manager.apiPort }, ...agentProbe, ...STRAY_PORTS]))
        open.push(`${workload} -> traffic-manager ${port}`);
      for (const port of network.openPorts(from, neighbour, [{ port: manager.apiPort }, ...STRAY_PORTS]))
        open.push(`${workload} -> agent-injector ${port}`);
      if (intercepted.includes(workload)) expected.push(`${workload} -> traffic-manager TCP/${manager.apiPort}`);
    }
    for (const to of inCluster) {
      const probe = [...probePorts(to.name), ...agentPortsOf(to.name)];
      // The laptop's outbound calls from the traffic-manager: exactly the intercepted servers' dependencies, on their target ports.
      for (const port of network.openPorts(managerPods, pods(to.name), probe)) open.push(`traffic-manager -> ${to.name} ${port}`);
      for (const port of network.openPorts(neighbour, pods(to.name), probe)) open.push(`agent-injector -> ${to.name} ${port}`);
      if (intercepted.some((server) => isEdge(server, to.name)))
        for (const port of keys(targetPortsOf(to.name))) expected.push(`traffic-manager -> ${to.name} ${port}`);
      // Whoever calls an intercepted server reaches its agent's ports; nobody reaches an agent port of another server.
      for (const from of inCluster) {
        if (from.name === to.name) continue;
        for (const port of network.openPorts(pods(from.name), pods(to.name), agentProbe)) open.push(`${from.name} -> ${to.name} ${port}`);
        if (intercepted.includes(to.name) && isEdge(from.name, to.name))
          for (const port of keys(agentPortsOf(to.name))) expected.push(`${from.name} -> ${to.name} ${port}`);
      }
      // Prometheus scrapes the management port, which the agent takes over too: it reaches the agent's ports, and no other pod of its namespace does.
      const { scraper } = resolved.network;
      for (const port of network.openPorts(pod(scraper.namespace, scraper.podSelector), pods(to.name), agentProbe))
        open.push(`prometheus -> ${to.name} ${port}`);
      for (const port of network.openPorts(pod(scraper.namespace, { 'app.kubernetes.io/name': 'grafana' }), pods(to.name), agentProbe))
        open.push(`grafana -> ${to.name} ${port}`);
      if (intercepted.includes(to.name)) for (const port of keys(agentPortsOf(to.name))) expected.push(`prometheus -> ${to.name} ${port}`);
      // Routed servers: the front door (node network in dev) reaches the agent's ports too.
      const sources: NetworkEndpoint[] = resolved.network.nodePortExposure
        ? (spec.ingress?.nodePortSources ?? []).map((cidr) => ({ kind: 'address', cidr }))
        : [frontDoor];
      const routed = (spec.ingress?.routes ?? []).some((route) => route.server === to.name);
      for (const [index, source] of sources.entries()) {
        for (const port of network.openPorts(source, pods(to.name), agentProbe)) open.push(`front door ${index} -> ${to.name} ${port}`);
        if (intercepted.includes(to.name) && routed)
          for (const port of keys(agentPortsOf(to.name))) expected.push(`front door ${index} -> ${to.name} ${port}`);
      }
    }
    expect(open.sort()).toEqual(expected.sort());
    if (spec.tier === 'dev') {
      // dev intercepts the Engineserver, with the Helm chart's traffic-manager.
      expect(manager).toEqual({ ...DEFAULT_TELEPRESENCE_MANAGER, podLabels: { ...DEFAULT_TELEPRESENCE_MANAGER.podLabels } });
      expect(expected).toEqual(
        expect.arrayContaining([
          'engineserver -> traffic-manager TCP/8081',
          'traffic-manager -> dataserver TCP/8000',
          'front door 0 -> engineserver TCP/9900',
        ]),
      );
    } else {
      expect(expected).toEqual([]);
      expect(manifests.filter((m) => m.kind === 'NetworkPolicy' && m.metadata.name.startsWith('allow-telepresence-'))).toEqual([]);
    }
  });

  test('every dependency-wait URL is admitted on its port, from the waiting pod to the Service it names', () => {
    const urls: string[] = [];
    for (const server of inCluster) {
      // A canary server's workload is its Rollout.
      const workload = manifests.find((m) => ['Deployment', 'StatefulSet', 'Rollout'].includes(m.kind) && m.metadata.name === server.name);
      const template = (
        workload?.spec as { template: { spec: { initContainers?: { name: string; env?: { name: string; value?: string }[] }[] } } }
      ).template;
      const wait = template.spec.initContainers?.find((container) => container.name === 'calypso-dependency-wait');
      const targets = wait?.env?.find((variable) => variable.name === resolved.contract.dependencyWait.targetsVariable)?.value ?? '';
      expect({ server: server.name, waits: wait !== undefined }).toEqual({ server: server.name, waits: server.dependencies.length > 0 });
      for (const url of targets.split(',').filter(Boolean)) {
        const parsed = new URL(url);
        const service = network.service(parsed.hostname, resolved.namespace);
        const servicePort = service?.ports.find((port) => port.port === Number(parsed.port));
        expect({ url, servicePort: servicePort !== undefined, edge: isEdge(server.name, parsed.hostname) }).toEqual({
          url,
          servicePort: true,
          edge: true,
        });
        if (!service || !servicePort) continue;
        const target = servers.find((candidate) => candidate.name === service.name);
        const admitted = target?.external
          ? (target.external.cidrs ?? []).every((cidr) => network.allows(pods(server.name), { kind: 'address', cidr }, servicePort))
          : network.allows(pods(server.name), pods(service.name), network.targetPort(servicePort, pods(service.name)) ?? { port: -1 });
        expect({ from: server.name, url, admitted }).toEqual({ from: server.name, url, admitted: true });
        urls.push(url);
      }
    }
    if (inCluster.some((server) => server.dependencies.length > 0)) expect(urls.length).toBeGreaterThan(0);
  });

  test('every pod reaches the cluster DNS on UDP and TCP 53, and nothing else in its namespace', () => {
    const { dns } = resolved.network;
    const dnsPods = pod(dns.namespace, dns.podSelector);
    const others = pod(dns.namespace, { 'k8s-app': 'something-else' });
    const candidates: NetworkPort[] = [
      { port: dns.port, protocol: 'UDP' },
      { port: dns.port, protocol: 'TCP' },
      { port: 9153, protocol: 'TCP' },
      ...STRAY_PORTS,
    ];
    for (const workload of workloads) {
      const from = network.podsOf(workload, resolved.namespace);
      expect({ workload, ports: network.openPorts(from, dnsPods, candidates) }).toEqual({
        workload,
        ports: [`TCP/${dns.port}`, `UDP/${dns.port}`],
      });
      expect({ workload, ports: network.openPorts(from, others, candidates) }).toEqual({ workload, ports: [] });
    }
  });

  test('the servers and the database jobs reach the database on its port; nothing else does, on no other port', () => {
    const cidrs = spec.database.network?.cidrs ?? [];
    const port = resolved.network.databasePort ?? 0;
    // The database Jobs; the stop step before them talks to the API server only.
    const jobs = manifests
      .filter((m) => (m.kind === 'Job' || m.kind === 'CronJob') && !m.metadata.name.startsWith(`${STOP_SERVERS_COMPONENT}-`))
      .map((m) => m.metadata.name);
    const expected = [...inCluster.map((server) => server.name), ...jobs].sort();
    expect(cidrs.length).toBeGreaterThan(0);
    for (const cidr of cidrs) {
      const database: NetworkEndpoint = { kind: 'address', cidr };
      const reaching = workloads
        .filter((workload) => network.allows(network.podsOf(workload, resolved.namespace), database, { port }))
        .sort();
      expect({ cidr, reaching }).toEqual({ cidr, reaching: expected });
      for (const workload of workloads) {
        const from = network.podsOf(workload, resolved.namespace);
        const open = network.openPorts(from, database, [{ port }, ...STRAY_PORTS]);
        expect({ workload, open }).toEqual({ workload, open: expected.includes(workload) ? [`TCP/${port}`] : [] });
      }
    }
  });

  test('each named external system is reached by exactly the servers it names, on exactly its ports', () => {
    for (const system of spec.network?.externalSystems ?? []) {
      const ports = system.ports.map((port) => ({ port, protocol: system.protocol ?? 'TCP' }));
      for (const cidr of system.cidrs) {
        for (const workload of workloads) {
          const open = network.openPorts(network.podsOf(workload, resolved.namespace), { kind: 'address', cidr }, [
            ...ports,
            ...STRAY_PORTS,
          ]);
          expect({ system: system.name, workload, open }).toEqual({
            system: system.name,
            workload,
            open: system.servers.includes(workload) ? keys(ports) : [],
          });
        }
      }
    }
  });

  test('Prometheus reaches every server on the management (metrics) port only; other pods of its namespace reach nothing', () => {
    const { scraper } = resolved.network;
    const prometheus = pod(scraper.namespace, scraper.podSelector);
    const neighbour = pod(scraper.namespace, { 'app.kubernetes.io/name': 'grafana' });
    const management = `TCP/${resolved.contract.health.port.port}`;
    for (const server of inCluster) {
      expect({ server: server.name, open: network.openPorts(prometheus, pods(server.name), probePorts(server.name)) }).toEqual({
        server: server.name,
        open: [management],
      });
      expect({ server: server.name, open: network.openPorts(neighbour, pods(server.name), probePorts(server.name)) }).toEqual({
        server: server.name,
        open: [],
      });
    }
  });

  test('the ingress controller (or the node network, for node ports) reaches exactly the routed ports of the routed servers', () => {
    const { nodePortExposure } = resolved.network;
    const sources: NetworkEndpoint[] = nodePortExposure
      ? (spec.ingress?.nodePortSources ?? []).map((cidr) => ({ kind: 'address', cidr }))
      : [frontDoor];
    // What the routes need: from Ingress/Route backends, or from the NodePort Services.
    const routed = new Map<string, NetworkPort[]>();
    const backends = nodePortExposure
      ? network.services
          .filter((service) => service.type === 'NodePort')
          .flatMap((service) => service.ports.map((port) => ({ service: service.name, servicePort: port })))
      : routeBackends(manifests).map((backend) => {
          const ports = servicePortsOf(backend.service);
          return { service: backend.service, servicePort: ports.find((port) => port.port === backend.port || port.name === backend.port) };
        });
    for (const backend of backends) {
      const server = inCluster.find(
        (candidate) =>
          network.servicesSelecting(pods(candidate.name)).some((service) => service.name === backend.service) && backend.servicePort,
      );
      expect({ backend: backend.service, server: server?.name !== undefined }).toEqual({ backend: backend.service, server: true });
      if (!server || !backend.servicePort) continue;
      const target = network.targetPort(backend.servicePort, pods(server.name));
      if (target) routed.set(server.name, [...(routed.get(server.name) ?? []), target]);
    }
    // Every route of the spec has a rendered backend (routes for external clients, e.g. TCPRoutes, count as routed too).
    for (const route of spec.ingress?.routes ?? [])
      expect({ route: route.server, routed: routed.has(route.server) }).toEqual({ route: route.server, routed: true });
    for (const source of sources) {
      for (const server of inCluster) {
        expect({ server: server.name, open: network.openPorts(source, pods(server.name), probePorts(server.name)) }).toEqual({
          server: server.name,
          open: keys(routed.get(server.name) ?? []),
        });
      }
    }
  });

  test('only the event exporter and the stop step reach the API server, on its port', () => {
    const cidrs = spec.network?.apiServer?.cidrs ?? [];
    const port = { port: resolved.network.apiServerPort };
    for (const cidr of cidrs) {
      const reaching = workloads.filter((workload) =>
        network.allows(network.podsOf(workload, resolved.namespace), { kind: 'address', cidr }, port),
      );
      const stopStep = manifests.filter((m) => m.kind === 'Job' && m.metadata.name.startsWith(`${STOP_SERVERS_COMPONENT}-`));
      const expected = [...(resolved.eventExporter ? [EVENT_EXPORTER_NAME] : []), ...stopStep.map((m) => m.metadata.name)];
      expect({ cidr, reaching: [...reaching].sort() }).toEqual({ cidr, reaching: expected.sort() });
    }
  });

  test('every external client reaches every server it calls through an entry point that exists and admits its addresses', () => {
    const health = resolved.contract.health.port.name;
    const findings: string[] = [];
    const gatewaySource = frontDoor;
    const backends = routeBackends(manifests.filter((m) => ['TLSRoute', 'TCPRoute', 'HTTPRoute'].includes(m.kind)));
    for (const client of externalServers) {
      for (const dependency of client.dependencies) {
        const target = pods(dependency);
        // The ports a client calls: the Service ports but the management (health) port, which only probes, waits and scrapers use.
        for (const servicePort of servicePortsOf(dependency).filter((port) => port.name !== health)) {
          const targetPort = network.targetPort(servicePort, target);
          if (!targetPort) continue;
          // A LoadBalancer or NodePort Service on the same pod port, whose source ranges take in the client, admitted by the policies.
          const byService = network
            .servicesSelecting(target)
            .filter((service) => service.type === 'LoadBalancer' || service.type === 'NodePort')
            .some((service) =>
              service.ports.some(
                (port) =>
                  key(network.targetPort(port, target) ?? { port: -1 }) === key(targetPort) &&
                  (client.external?.cidrs ?? []).every(
                    (cidr) =>
                      (service.loadBalancerSourceRanges === undefined ||
                        service.loadBalancerSourceRanges.some((range) => range === cidr || range.endsWith('/0') || cidr === range)) &&
                      network.allows({ kind: 'address', cidr }, target, targetPort),
                  ),
              ),
            );
          // A Gateway route whose backend is the server's Service on that port, the gateway admitted by the policies
          // (the client's addresses are then the Gateway's to check).
          const byRoute = backends.some(
            (backend) =>
              backend.service === dependency &&
              (backend.port === servicePort.port || backend.port === servicePort.name) &&
              network.allows(gatewaySource, target, targetPort),
          );
          if (!byService && !byRoute)
            findings.push(`${client.name} -> ${dependency} ${servicePort.name} ${servicePort.port}: no entry point`);
        }
      }
    }
    // The prod Scheduler runs on premise: it reaches its servers through their `-external` LoadBalancer Services.
    expect(findings.sort()).toEqual([]);
  });
});

test('the read-only Dataserver in prod serves the reads of the calculation servers, presentation servers and calculators', () => {
  const manifests = distManifests('prod');
  const network = new NetworkReachability(manifests);
  const readOnly = network.podsOf('readonly-dataserver', 'calypso-prod');
  const app = { port: 8000 };
  const readers = network.workloadNames
    .filter((workload) => network.allows(network.podsOf(workload, 'calypso-prod'), readOnly, app))
    .sort();
  expect(readers).toEqual(['calculation-server', 'calculator', 'presentation-server']);
  // They still write through the Dataserver.
  const dataserver = network.podsOf('dataserver', 'calypso-prod');
  for (const reader of readers)
    expect({ reader, writes: network.allows(network.podsOf(reader, 'calypso-prod'), dataserver, app) }).toEqual({ reader, writes: true });
  // Each reader is told where the read-only Dataserver is (image contract readOnlyDataserver, ASSUMED) and waits for it.
  for (const reader of readers) {
    const properties = manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === `${reader}-properties`) as unknown as {
      data: Record<string, string>;
    };
    expect({
      reader,
      line: properties.data['calypsosystem.properties.prod'].split('\n').find((line) => line.startsWith('READ_ONLY_DATASERVER=')),
    }).toEqual({
      reader,
      line: 'READ_ONLY_DATASERVER=readonly-dataserver:8000',
    });
    const workload = manifests.find((m) => ['Deployment', 'Rollout'].includes(m.kind) && m.metadata.name === reader);
    expect(JSON.stringify(workload)).toContain('http://readonly-dataserver:8080/actuator/health/readiness');
  }
  // Nobody else is told about it.
  const others = manifests.filter(
    (m) =>
      m.kind === 'ConfigMap' && m.metadata.name.endsWith('-properties') && !readers.includes(m.metadata.name.replace(/-properties$/, '')),
  );
  for (const other of others) expect(JSON.stringify(other)).not.toContain('READ_ONLY_DATASERVER');
});

test('the read-only Dataserver property follows the image contract, and can be left out', () => {
  const spec = testSpec({
    servers: [
      { kind: 'eventserver' },
      { kind: 'authserver' },
      { kind: 'dataserver' },
      { kind: 'readonly-dataserver' },
      { kind: 'readonly-dataserver', name: 'readonly-dataserver-b' },
      { kind: 'calculation-server' },
      { kind: 'engineserver', engines: ['TaskEngine'] },
    ],
  });
  const property = (overrides: EnvironmentSpec['imageContract'], server: string): string | undefined => {
    const plan = resolveEnvironment({ ...spec, imageContract: overrides }).serversByName.get(server);
    return Object.values(plan?.propertiesData ?? {})[0]
      ?.split('\n')
      .find((line) => line.includes('readonly-dataserver:'));
  };
  expect(property(undefined, 'calculation-server')).toBe('READ_ONLY_DATASERVER=readonly-dataserver:8000,readonly-dataserver-b:8000');
  expect(property({ readOnlyDataserver: { property: 'DS_READ_ONLY' } }, 'calculation-server')).toBe(
    'DS_READ_ONLY=readonly-dataserver:8000,readonly-dataserver-b:8000',
  );
  expect(property({ readOnlyDataserver: { property: '' } }, 'calculation-server')).toBeUndefined();
  // The Engineserver writes and reads through the Dataserver only.
  expect(property(undefined, 'engineserver')).toBeUndefined();
  expect(resolveEnvironment(spec).serversByName.get('engineserver')?.dependencies).not.toContain('readonly-dataserver');
});

describe('the policy evaluator follows the NetworkPolicy rules', () => {
  const policy = (name: string, spec: Record<string, unknown>): Manifest => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace: 'ns' },
    spec,
  });
  const web: NetworkEndpoint = { kind: 'pod', namespace: 'ns', labels: { app: 'web' }, namedPorts: { http: 8080 } };
  const db: NetworkEndpoint = { kind: 'pod', namespace: 'ns', labels: { app: 'db' } };
  const elsewhere: NetworkEndpoint = { kind: 'pod', namespace: 'other', labels: { app: 'web' } };

  test('no policy: everything is open; a policy without policyTypes isolates ingress only, unless it has egress rules', () => {
    expect(new NetworkReachability([]).allows(web, db, { port: 1 })).toBe(true);
    const ingressOnly = new NetworkReachability([policy('p', { podSelector: {} })]);
    expect(ingressOnly.allows(web, db, { port: 1 })).toBe(false);
    expect(ingressOnly.allows(web, { kind: 'address', cidr: '10.0.0.1/32' }, { port: 1 })).toBe(true);
    const both = new NetworkReachability([policy('p', { podSelector: {}, egress: [] })]);
    expect(both.allows(web, { kind: 'address', cidr: '10.0.0.1/32' }, { port: 1 })).toBe(false);
  });

  test('peers: a podSelector alone is the policy namespace; ipBlock takes addresses less except, never pods', () => {
    const network = new NetworkReachability([
      policy('p', {
        podSelector: { matchLabels: { app: 'web' } },
        policyTypes: ['Ingress'],
        ingress: [
          { from: [{ podSelector: { matchLabels: { app: 'web' } } }, { ipBlock: { cidr: '10.1.0.0/16', except: ['10.1.2.0/24'] } }] },
        ],
      }),
    ]);
    expect(network.allows(web, web, { port: 8080 })).toBe(true);
    expect(network.allows(elsewhere, web, { port: 8080 })).toBe(false);
    expect(network.allows({ kind: 'address', cidr: '10.1.3.4/32' }, web, { port: 8080 })).toBe(true);
    expect(network.allows({ kind: 'address', cidr: '10.1.2.4/32' }, web, { port: 8080 })).toBe(false);
    expect(network.allows({ kind: 'address', cidr: '10.1.0.0/15' }, web, { port: 8080 })).toBe(false);
  });

  test('ports: numbers, ranges, names of the receiving pod, and the protocol (TCP by default)', () => {
    const network = new NetworkReachability([
      policy('p', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ port: 'http' }, { port: 9000, endPort: 9010 }, { protocol: 'UDP', port: 53 }] }],
      }),
    ]);
    expect(
      network.openPorts(db, web, [{ port: 8080 }, { port: 9005 }, { port: 9011 }, { port: 53 }, { port: 53, protocol: 'UDP' }]),
    ).toEqual(['TCP/8080', 'TCP/9005', 'UDP/53']);
    // The name resolves against the receiver: db has no port named http.
    expect(network.allows(web, db, { port: 8080 })).toBe(false);
  });

  test('selectors: In, NotIn, Exists, DoesNotExist', () => {
    const only = (expression: Record<string, unknown>): NetworkReachability =>
      new NetworkReachability([policy('p', { podSelector: { matchExpressions: [expression] }, policyTypes: ['Ingress'] })]);
    expect(only({ key: 'app', operator: 'In', values: ['db'] }).allows(web, db, { port: 1 })).toBe(false);
    expect(only({ key: 'app', operator: 'NotIn', values: ['db'] }).allows(web, db, { port: 1 })).toBe(true);
    expect(only({ key: 'app', operator: 'Exists' }).allows(web, db, { port: 1 })).toBe(false);
    expect(only({ key: 'tier', operator: 'DoesNotExist' }).allows(web, db, { port: 1 })).toBe(false);
  });
});
