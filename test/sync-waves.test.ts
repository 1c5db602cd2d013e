/**
 * Sync waves follow the dependency graph: Namespace first, then the
 * configuration, then the database jobs, then the servers in start order,
 * then what watches the running servers.
 */
import { App, Lazy } from 'cdk8s';
import * as k8s from 'cdk8s-plus-27/lib/imports/k8s';
import { CalypsoPlatform, type EnvironmentSpec } from '../lib';
import { HOOK_ANNOTATION, SYNC_WAVE_ANNOTATION, SYNC_WAVES } from '../lib/model/sync-wave-plan';
import { loadEnvironments } from '../apps/load-environments';
import { appManifests, type Manifest } from '../lib/output/render';
import { sharedEnvironments } from './shared-render';
import { find, testSpec } from './helpers';

const rendered = sharedEnvironments();
const specs = new Map(loadEnvironments().map((environment) => [environment.name, environment.spec]));

const annotation = (manifest: Manifest, key: string): string | undefined =>
  (manifest.metadata.annotations as Record<string, string> | undefined)?.[key];
const waveOf = (manifest: Manifest): number => Number(annotation(manifest, SYNC_WAVE_ANNOTATION));
const isHook = (manifest: Manifest): boolean => annotation(manifest, HOOK_ANNOTATION) !== undefined;
const isWorkload = (manifest: Manifest): boolean => manifest.kind === 'Deployment' || manifest.kind === 'StatefulSet';

/** Builds a platform, lets a test add to it, and returns its manifests. */
function build(spec: EnvironmentSpec, extend: (platform: CalypsoPlatform) => void = () => undefined): Manifest[] {
  const app = new App();
  const platform = new CalypsoPlatform(app, spec.name, { spec });
  extend(platform);
  return appManifests(app);
}

describe.each(['dev', 'uat', 'prod'])('%s', (name) => {
  const manifests = rendered.find((environment) => environment.name === name)?.manifests ?? [];
  const spec = specs.get(name) as EnvironmentSpec;

  test('every object carries a sync wave', () => {
    for (const manifest of manifests)
      expect({ object: manifest.metadata.name, wave: annotation(manifest, SYNC_WAVE_ANNOTATION) }).not.toEqual({
        object: manifest.metadata.name,
        wave: undefined,
      });
  });

  test('the Namespace is in the first wave, with only cluster-scoped objects beside it', () => {
    const synced = manifests.filter((manifest) => !isHook(manifest));
    const namespace = find(manifests, 'Namespace', `calypso-${name}`);
    expect(waveOf(namespace)).toBe(Math.min(...synced.map(waveOf)));
    for (const manifest of synced.filter((m) => waveOf(m) === waveOf(namespace))) expect(manifest.metadata.namespace).toBeUndefined();
  });

  test("every server's workload is in a later wave than each of its dependencies", () => {
    const workloads = new Map(manifests.filter(isWorkload).map((manifest) => [manifest.metadata.name, waveOf(manifest)]));
    expect(workloads.size).toBeGreaterThan(5);
    const app = new App();
    const platform = new CalypsoPlatform(app, name, { spec });
    for (const [server, dependencies] of platform.resolvedSpec.dependencies) {
      for (const dependency of dependencies) {
        if (!workloads.has(server) || !workloads.has(dependency)) continue; // an external server has no workload
        expect({ server, dependency, later: (workloads.get(server) as number) > (workloads.get(dependency) as number) }).toEqual({
          server,
          dependency,
          later: true,
        });
      }
    }
  });

  test('configuration comes before any server and the servers start Eventserver, Authserver, Dataserver', () => {
    const firstServer = Math.min(...manifests.filter(isWorkload).map(waveOf));
    // A LoadBalancer Service (an external client's entry point) is Progressing until it has an address: it goes after the servers.
    const loadBalancer = (m: Manifest): boolean => (m.spec as { type?: string } | undefined)?.type === 'LoadBalancer';
    for (const manifest of manifests.filter(
      (m) => ['ServiceAccount', 'ConfigMap', 'ExternalSecret', 'Service'].includes(m.kind) && !loadBalancer(m),
    )) {
      expect(waveOf(manifest)).toBe(SYNC_WAVES.configuration);
    }
    for (const manifest of manifests.filter(loadBalancer)) expect(waveOf(manifest)).toBeGreaterThan(SYNC_WAVES.configuration);
    expect(SYNC_WAVES.configuration).toBeLessThan(firstServer);
    const eventserver = waveOf(find(manifests, 'StatefulSet', 'eventserver'));
    expect(eventserver).toBe(firstServer);
    expect(waveOf(find(manifests, 'Deployment', 'authserver'))).toBe(eventserver + 1);
    expect(waveOf(find(manifests, 'Deployment', 'dataserver'))).toBe(eventserver + 2);
  });
});

describe('objects another feature adds get a sensible wave without knowing about waves', () => {
  const manifests = build(testSpec(), (platform) => {
    const calculator = platform.servers.get('engineserver');
    new k8s.KubeConfigMap(platform.chart, 'Extra', { metadata: { name: 'extra-config' }, data: { a: 'b' } });
    new k8s.KubePodDisruptionBudget(platform.chart, 'Pdb', {
      metadata: { name: 'dataserver' },
      spec: { maxUnavailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: { a: 'b' } } },
    });
    new k8s.KubeHorizontalPodAutoscalerV2(platform.chart, 'Hpa', {
      metadata: { name: 'engineserver' },
      spec: { maxReplicas: 3, scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: calculator?.name ?? '' } },
    });
    new k8s.KubeDeployment(platform.chart, 'Exporter', {
      metadata: { name: 'event-exporter' },
      spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [] } } },
    });
    const pinned = new k8s.KubeConfigMap(platform.chart, 'Pinned', { metadata: { name: 'pinned' } });
    pinned.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, '-5');
    // Annotations a Lazy produces: the one with a value keeps it, the one producing nothing gets its wave.
    const produced = (value: string | undefined): string => Lazy.any({ produce: () => value }) as unknown as string;
    new k8s.KubeConfigMap(platform.chart, 'LazyPinned', {
      metadata: { name: 'lazy-pinned', annotations: { [SYNC_WAVE_ANNOTATION]: produced('-4') } },
    });
    new k8s.KubeConfigMap(platform.chart, 'LazyNothing', {
      metadata: { name: 'lazy-nothing', annotations: { [HOOK_ANNOTATION]: produced(undefined) } },
    });
  });
  const lastServer = Math.max(
    ...['eventserver', 'authserver', 'dataserver', 'engineserver'].map((name) =>
      waveOf(manifests.find((m) => isWorkload(m) && m.metadata.name === name) as Manifest),
    ),
  );

  test('configuration and policy objects go with the configuration', () => {
    expect(waveOf(find(manifests, 'ConfigMap', 'extra-config'))).toBe(SYNC_WAVES.configuration);
    expect(waveOf(find(manifests, 'PodDisruptionBudget', 'dataserver'))).toBe(SYNC_WAVES.configuration);
  });

  test('an autoscaler, and a workload outside any server, go after the last server', () => {
    expect(waveOf(find(manifests, 'HorizontalPodAutoscaler', 'engineserver'))).toBe(lastServer + 1);
    expect(waveOf(find(manifests, 'Deployment', 'event-exporter'))).toBe(lastServer + 1);
  });

  test('an object that names its own wave keeps it', () => {
    expect(waveOf(find(manifests, 'ConfigMap', 'pinned'))).toBe(-5);
  });

  test('a wave or hook annotation a Lazy produces counts as what it resolves to', () => {
    expect(waveOf(find(manifests, 'ConfigMap', 'lazy-pinned'))).toBe(-4);
    expect(waveOf(find(manifests, 'ConfigMap', 'lazy-nothing'))).toBe(SYNC_WAVES.configuration);
  });
});
