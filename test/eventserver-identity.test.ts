/**
 * The Eventserver's identity, over the committed dist/: a StatefulSet's pods
 * get stable DNS names (`<pod>.<service>.<namespace>.svc`) only from a
 * headless governing Service, so `serviceName` must name one; clients keep
 * the ClusterIP Service, and nothing that finds Services by labels or by
 * name (the ServiceMonitors, the dependency-wait targets) now finds two.
 */
import { podTemplateOf, selects, type LabelSelector } from '../lib/output/policies';
import type { Manifest } from '../lib/output/render';
import { committedFolders } from './committed-dist';
import { find, refusal, render, testSpec } from './helpers';

type ServiceSpec = {
  type?: string;
  clusterIP?: string;
  publishNotReadyAddresses?: boolean;
  selector?: Record<string, string>;
  ports?: { name?: string }[];
};
const serviceSpec = (service: Manifest): ServiceSpec => service.spec as ServiceSpec;
const ofKind = (manifests: readonly Manifest[], kind: string): Manifest[] => manifests.filter((manifest) => manifest.kind === kind);
const environments = committedFolders().filter((folder) => folder.environment !== undefined);

describe.each(environments)('the committed dist/$name', ({ manifests }) => {
  const statefulSets = ofKind(manifests, 'StatefulSet');

  test('has the Eventserver as a StatefulSet', () => {
    expect(statefulSets.map((statefulSet) => statefulSet.metadata.name)).toContain('eventserver');
  });

  test.each(statefulSets.map((statefulSet) => [statefulSet.metadata.name, statefulSet] as const))(
    'StatefulSet %s: serviceName is a headless Service selecting its pods, its clients keep the ClusterIP Service',
    (name, statefulSet) => {
      const serviceName = (statefulSet.spec as { serviceName: string }).serviceName;
      expect(serviceName).toBe(`${name}-headless`);
      const governing = serviceSpec(find(manifests, 'Service', serviceName));
      expect(governing.clusterIP).toBe('None');
      // A singleton broker: its pod's DNS name answers only once it is ready, like the client Service.
      expect(governing.publishNotReadyAddresses).toBe(false);
      expect(selects({ matchLabels: governing.selector }, podTemplateOf(statefulSet)!.labels)).toBe(true);
      const client = serviceSpec(find(manifests, 'Service', name));
      expect(client.type).toBe('ClusterIP');
      expect(client.clusterIP).toBeUndefined();
      // The headless Service publishes the service ports, not the health port (so no ServiceMonitor scrapes through it).
      expect(governing.ports).toEqual(client.ports?.filter((port) => port.name !== 'management'));
      expect(governing.ports?.length).toBeGreaterThan(0);
    },
  );

  test('every ServiceMonitor matches exactly one Service with its endpoint port, never a headless one', () => {
    for (const monitor of ofKind(manifests, 'ServiceMonitor')) {
      const spec = monitor.spec as { selector: LabelSelector; endpoints: { port: string }[] };
      const matched = ofKind(manifests, 'Service').filter(
        (service) =>
          selects(spec.selector, (service.metadata.labels ?? {}) as Record<string, string>) &&
          spec.endpoints.every((endpoint) => (serviceSpec(service).ports ?? []).some((port) => port.name === endpoint.port)),
      );
      expect(matched.map((service) => service.metadata.name)).toEqual([monitor.metadata.name]);
    }
  });

  test('every dependency-wait target names a ClusterIP Service, not a headless one', () => {
    for (const manifest of manifests) {
      const wait = podTemplateOf(manifest)?.spec.initContainers?.find((container) => container.name === 'calypso-dependency-wait');
      const targets = (wait?.env?.find((variable) => variable.name === 'WAIT_FOR')?.value ?? '').split(',').filter(Boolean);
      for (const target of targets) {
        const service = serviceSpec(find(manifests, 'Service', new URL(target).hostname));
        expect(service.clusterIP).not.toBe('None');
      }
    }
  });
});

test('a Deployment server gets no headless Service', () => {
  const names = render(testSpec())
    .filter((manifest) => manifest.kind === 'Service')
    .map((service) => service.metadata.name)
    .sort();
  expect(names).toEqual(['authserver', 'dataserver', 'engineserver', 'eventserver', 'eventserver-headless']);
});

test('a server named after another server with -headless is refused: the two Services would clash', () => {
  const spec = testSpec();
  const renamed = {
    ...spec,
    servers: [...spec.servers, { kind: 'engineserver' as const, name: 'eventserver-headless', engines: ['TransferEngine'] }],
  };
  expect(refusal(renamed)).toContain(
    "[test] server eventserver-headless, field name: the Service eventserver-headless of this server would clash with the headless Service of server eventserver (a StatefulSet's governing Service); choose another server name",
  );
});
