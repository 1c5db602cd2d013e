/**
 * The front door as a cluster would use it, over the committed dist/: every
 * routed server is reachable through its environment's Gateway on its
 * route's host, path and port (listener, HTTPRoute, Service, and the
 * network policy admitting the Gateway's proxies); every certificate a
 * listener names is a Secret something makes; every server outside the
 * cluster reaches each server it calls through an entry point that admits
 * only its CIDRs.
 */
import { isServerKind, resolveEnvironment, type EnvironmentSpec } from '../lib';
import dev from '../environments/dev';
import prod from '../environments/prod';
import uat from '../environments/uat';
import { committedFolder } from './committed-dist';

type Labels = Record<string, string>;
interface Object {
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Labels; annotations?: Labels };
  spec?: Record<string, unknown>;
}
interface Peer {
  namespaceSelector?: { matchLabels?: Labels };
  podSelector?: { matchLabels?: Labels; matchExpressions?: { key: string; operator: string; values: string[] }[] };
  ipBlock?: { cidr: string };
}
interface Rule {
  from?: Peer[];
  ports?: { port: number; protocol: string }[];
}
interface ServicePort {
  name: string;
  port: number;
}

const ENVIRONMENTS: Record<string, EnvironmentSpec> = { dev, prod, uat };

/** The objects of one committed dist/ folder, as its files hold them (parsed once per run: test/committed-dist.ts). */
function committed(folder: string): Object[] {
  return committedFolder(folder).manifests as unknown as Object[];
}

function one(objects: Object[], kind: string, name: string): Object {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind}/${name} in dist/`);
  return found;
}

const matches = (labels: Labels, selector: Labels = {}): boolean => Object.entries(selector).every(([key, value]) => labels[key] === value);

function selects(selector: Peer['podSelector'], labels: Labels): boolean {
  return (
    matches(labels, selector?.matchLabels) &&
    (selector?.matchExpressions ?? []).every(
      (expression) => expression.operator === 'In' && expression.values.includes(labels[expression.key]),
    )
  );
}

/** The pod labels of a Service's pods: the Deployment, StatefulSet or (canary) Rollout its selector matches. */
function podLabelsOf(objects: Object[], service: Object): Labels {
  const selector = (service.spec as { selector: Labels }).selector;
  const workload = objects.find(
    (object) =>
      ['Deployment', 'StatefulSet', 'Rollout'].includes(object.kind) &&
      matches((object.spec as { template: { metadata: { labels: Labels } } }).template.metadata.labels, selector),
  );
  if (!workload) throw new Error(`no pods behind Service/${service.metadata.name}`);
  return (workload.spec as { template: { metadata: { labels: Labels } } }).template.metadata.labels;
}

/** The ingress rules of every policy of the namespace that selects these pods. */
function admittedRules(objects: Object[], podLabels: Labels): Rule[] {
  return objects
    .filter((object) => object.kind === 'NetworkPolicy')
    .filter((policy) => selects((policy.spec as { podSelector: Peer['podSelector'] }).podSelector, podLabels))
    .flatMap((policy) => (policy.spec as { ingress?: Rule[] }).ingress ?? []);
}

/** Whether a peer from another namespace (with its namespace's and pod's labels) may open this port. */
function admitsPod(rules: Rule[], namespaceLabels: Labels, podLabels: Labels, port: number): boolean {
  return rules.some(
    (rule) =>
      (rule.ports ?? []).some((candidate) => candidate.port === port && candidate.protocol === 'TCP') &&
      (rule.from ?? []).some(
        (peer) =>
          peer.namespaceSelector !== undefined &&
          matches(namespaceLabels, peer.namespaceSelector.matchLabels) &&
          selects(peer.podSelector, podLabels),
      ),
  );
}

describe('the Gateway is the front door of UAT and prod; dev keeps node ports', () => {
  test.each(['uat', 'prod'])('%s: a Gateway of an Envoy Gateway class and HTTPRoutes, no Ingress, nothing from ingress-nginx', (name) => {
    const objects = committed(name);
    expect(objects.filter((object) => object.kind === 'Ingress')).toEqual([]);
    const gateway = one(objects, 'Gateway', 'calypso');
    const className = (gateway.spec as { gatewayClassName: string }).gatewayClassName;
    expect(one(objects, 'GatewayClass', className).spec).toMatchObject({ controllerName: 'gateway.envoyproxy.io/gatewayclass-controller' });
    expect(objects.filter((object) => object.kind === 'HTTPRoute').length).toBeGreaterThan(0);
    expect(JSON.stringify(objects)).not.toContain('ingress-nginx');
    // The class is cluster-scoped: no namespace, so the project allows it by kind and name.
    expect(one(objects, 'GatewayClass', className).metadata.namespace).toBeUndefined();
  });

  test.each(['uat', 'prod'])(
    '%s: what ArgoCD reports Progressing until it has an address (Gateway, routes, LoadBalancers) syncs after the last server',
    (name) => {
      const objects = committed(name);
      const wave = (object: Object): number => Number(object.metadata.annotations?.['argocd.argoproj.io/sync-wave']);
      const servers = objects.filter(
        (object) =>
          ['Deployment', 'StatefulSet', 'Rollout'].includes(object.kind) &&
          isServerKind(object.metadata.labels?.['app.kubernetes.io/name'] ?? ''),
      );
      const lastServer = Math.max(...servers.map(wave));
      const addressed = objects.filter(
        (object) =>
          ['Gateway', 'HTTPRoute'].includes(object.kind) ||
          (object.kind === 'Service' && (object.spec as { type?: string }).type === 'LoadBalancer'),
      );
      expect(addressed.length).toBeGreaterThan(0);
      for (const object of addressed)
        expect({ object: `${object.kind}/${object.metadata.name}`, after: wave(object) > lastServer }).toEqual({
          object: `${object.kind}/${object.metadata.name}`,
          after: true,
        });
    },
  );

  test('dev: NodePort Services and no Gateway', () => {
    const objects = committed('dev');
    expect(objects.filter((object) => ['Gateway', 'HTTPRoute', 'Ingress'].includes(object.kind))).toEqual([]);
    expect(objects.filter((object) => (object.spec as { type?: string } | undefined)?.type === 'NodePort').length).toBeGreaterThan(0);
  });
});

describe.each(['uat', 'prod'])('every exposed server of %s is reachable through the Gateway', (name) => {
  const objects = committed(name);
  const spec = ENVIRONMENTS[name];
  const namespace = `calypso-${name}`;
  const gateway = one(objects, 'Gateway', 'calypso');
  const listeners = (gateway.spec as { listeners: { name: string; hostname: string; port: number; protocol: string }[] }).listeners;
  const routes = objects.filter((object) => object.kind === 'HTTPRoute');
  // Envoy Gateway's proxies for this Gateway, in its controller namespace.
  const proxyNamespace = { 'kubernetes.io/metadata.name': 'envoy-gateway-system' };
  const proxyPod = { 'gateway.envoyproxy.io/owning-gateway-name': 'calypso', 'gateway.envoyproxy.io/owning-gateway-namespace': namespace };

  test.each((spec.ingress?.routes ?? []).map((route) => [`${route.server} at ${route.host}${route.path ?? '/'}`, route] as const))(
    '%s',
    (_name, route) => {
      const listener = listeners.find((candidate) => candidate.hostname === route.host);
      expect(listener).toMatchObject({ protocol: 'HTTPS', port: 443 });
      const httpRoute = routes.find((candidate) => (candidate.spec as { hostnames: string[] }).hostnames.includes(route.host));
      expect(httpRoute).toBeDefined();
      const routeSpec = httpRoute!.spec as {
        parentRefs: { name: string; sectionName: string }[];
        rules: { matches: { path: { type: string; value: string } }[]; backendRefs: { name: string; port: number }[] }[];
      };
      expect(routeSpec.parentRefs).toEqual([{ name: 'calypso', sectionName: listener!.name }]);
      const rule = routeSpec.rules.find((candidate) => candidate.matches.some((match) => match.path.value === (route.path ?? '/')));
      expect(rule?.matches[0].path.type).toBe('PathPrefix');
      const [backend] = rule!.backendRefs;
      expect(backend.name).toBe(route.server);
      const service = one(objects, 'Service', backend.name);
      const servicePort = (service.spec as { ports: ServicePort[] }).ports.find((port) => port.port === backend.port);
      expect(servicePort?.name).toBe(route.port ?? 'app');
      const rules = admittedRules(objects, podLabelsOf(objects, service));
      expect(admitsPod(rules, proxyNamespace, proxyPod, backend.port)).toBe(true);
      // Another tenant's proxies, or any other pod of Envoy Gateway's namespace, are not admitted.
      expect(
        admitsPod(rules, proxyNamespace, { ...proxyPod, 'gateway.envoyproxy.io/owning-gateway-namespace': 'other' }, backend.port),
      ).toBe(false);
      expect(admitsPod(rules, proxyNamespace, { 'app.kubernetes.io/name': 'envoy-gateway' }, backend.port)).toBe(false);
    },
  );

  test('the proxies are admitted on the routed ports only', () => {
    // Every in-cluster Service but the external entry points (an ExternalName Service has no pods).
    const services = objects.filter(
      (object) =>
        object.kind === 'Service' &&
        !object.metadata.name.endsWith('-external') &&
        (object.spec as { selector?: Labels }).selector !== undefined,
    );
    for (const service of services) {
      const routed = new Set(
        routes.flatMap((route) =>
          (route.spec as { rules: { backendRefs: { name: string; port: number }[] }[] }).rules
            .flatMap((rule) => rule.backendRefs)
            .filter((backend) => backend.name === service.metadata.name)
            .map((backend) => backend.port),
        ),
      );
      const rules = admittedRules(objects, podLabelsOf(objects, service));
      for (const port of (service.spec as { ports: ServicePort[] }).ports) {
        expect({
          service: service.metadata.name,
          port: port.port,
          admitted: admitsPod(rules, proxyNamespace, proxyPod, port.port),
        }).toEqual({
          service: service.metadata.name,
          port: port.port,
          admitted: routed.has(port.port),
        });
      }
    }
  });
});

describe.each(['uat', 'prod'])('every certificate the %s Gateway names is made', (name) => {
  test('by an ExternalSecret of type kubernetes.io/tls with tls.crt and tls.key, or by cert-manager', () => {
    const objects = committed(name);
    const gateway = one(objects, 'Gateway', 'calypso');
    const issuer = gateway.metadata.annotations?.['cert-manager.io/cluster-issuer'];
    const secrets = (gateway.spec as { listeners: { tls?: { certificateRefs: { name: string }[] } }[] }).listeners.flatMap((listener) =>
      (listener.tls?.certificateRefs ?? []).map((ref) => ref.name),
    );
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of new Set(secrets)) {
      if (issuer !== undefined) continue;
      const externalSecret = one(objects, 'ExternalSecret', secret).spec as {
        target: { name: string; template?: { type?: string } };
        data: { secretKey: string }[];
      };
      expect(externalSecret.target).toMatchObject({ name: secret, template: { type: 'kubernetes.io/tls' } });
      expect(externalSecret.data.map((entry) => entry.secretKey).sort()).toEqual(['tls.crt', 'tls.key']);
    }
  });
});

test('prod: the certificate Secret calypso-prod-tls comes from the prod secret store', () => {
  expect(one(committed('prod'), 'ExternalSecret', 'calypso-prod-tls').spec).toMatchObject({
    secretStoreRef: { name: 'vault-calypso-prod', kind: 'ClusterSecretStore' },
    target: { template: { type: 'kubernetes.io/tls' } },
  });
});

describe.each(Object.keys(ENVIRONMENTS))('each external server of %s reaches the servers it calls', (name) => {
  const spec = ENVIRONMENTS[name];
  const resolved = resolveEnvironment(spec);
  const external = resolved.servers.filter((server) => server.external !== undefined);
  const calls = external.flatMap((client) =>
    client.dependencies.map((server) => [`${client.name} → ${server}`, client.name, server] as const),
  );

  if (calls.length === 0) {
    test('(no server runs outside the cluster)', () => expect(external).toEqual([]));
    return;
  }

  test.each(calls)(
    '%s: a LoadBalancer that admits only its CIDRs, keeps the client address, and a policy that admits them',
    (_call, client, server) => {
      const objects = committed(name);
      const cidrs = [...(resolved.serversByName.get(client)?.external?.cidrs ?? [])];
      const service = objects.find(
        (object) =>
          object.kind === 'Service' &&
          (object.spec as { type?: string }).type === 'LoadBalancer' &&
          matches(podLabelsOf(objects, one(objects, 'Service', server)), (object.spec as { selector: Labels }).selector),
      );
      expect(service?.metadata.name).toBe(`${server}-external`);
      const lb = service!.spec as { loadBalancerSourceRanges: string[]; externalTrafficPolicy: string; ports: ServicePort[] };
      expect(lb.loadBalancerSourceRanges).toEqual(cidrs.sort());
      expect(lb.externalTrafficPolicy).toBe('Local');
      // Every port the entry point publishes is admitted from exactly the client's CIDRs, and from no other address.
      const rules = admittedRules(objects, podLabelsOf(objects, service!));
      for (const port of lb.ports) {
        const fromAddresses = rules
          .filter((rule) => (rule.ports ?? []).some((candidate) => candidate.port === port.port))
          .flatMap((rule) => rule.from ?? [])
          .flatMap((peer) => (peer.ipBlock ? [peer.ipBlock.cidr] : []));
        expect({ port: port.name, fromAddresses }).toEqual({ port: port.name, fromAddresses: cidrs });
      }
      expect(lb.ports.map((port) => port.name)).not.toContain('management');
    },
  );
});
