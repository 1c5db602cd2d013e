/**
 * The committed environments: what each must contain, that every object is
 * schema-valid and restricted, and that dist/ is exactly what synth renders.
 */
import { renderArgocd } from '../apps/argocd';
import { DIST_DIR, readDist } from '../apps/dist-folder';
import { loadEnvironments } from '../apps/load-environments';
import { renderEnvironment, type Manifest, type RenderedEnvironment } from '../lib/output/render';
import { renderAll } from '../apps/synth';
import { podSpecOf, restrictedProblems } from '../lib/output/pod-security-standard';
import { validateRendered } from '../lib/output/validate';
import { declaredExternalObjects, type ExternalObjects } from '../lib/output/references';
import { find, podOf, testSpec } from './helpers';
import { sharedEnvironments, sharedRender } from './shared-render';

/** The committed environments, rendered once for the whole test run (test/shared-render.ts). */
const rendered = sharedEnvironments();
const byName = new Map(rendered.map((environment) => [environment.name, environment]));
const manifestsOf = (name: string): readonly Manifest[] => (byName.get(name) as RenderedEnvironment).manifests;
const all = rendered.flatMap((environment) => environment.manifests);
const CLUSTER_SCOPED_KINDS = ['Namespace', 'PriorityClass', 'StorageClass', 'PersistentVolume', 'GatewayClass'];
/** Everything synth writes: the environments, then dist/argocd built from them. */
const delivered = sharedRender();

test('there are local, dev, uat and prod environments, each in its own namespace', () => {
  expect([...byName.keys()]).toEqual(['dev', 'local', 'prod', 'uat']);
  for (const name of byName.keys()) {
    const namespaced = manifestsOf(name).filter((manifest) => !CLUSTER_SCOPED_KINDS.includes(manifest.kind));
    expect(new Set(namespaced.map((manifest) => manifest.metadata.namespace))).toEqual(new Set([`calypso-${name}`]));
    expect(find(manifestsOf(name), 'Namespace', `calypso-${name}`).metadata.namespace).toBeUndefined();
  }
});

test('dev is small: one replica each and small sizes', () => {
  const workloads = manifestsOf('dev').filter((manifest) => podSpecOf(manifest));
  for (const workload of workloads) {
    expect((workload.spec as { replicas: number }).replicas).toBe(1);
    const memory = podOf(workload).containers[0].resources?.limits?.memory as unknown as string;
    expect(['1Gi', '2Gi']).toContain(memory);
  }
});

test('prod has the full set of servers, at least two engine servers and a scaled calculation tier', () => {
  const prod = loadEnvironments().find((environment) => environment.name === 'prod')?.spec;
  const kinds = new Set(prod?.servers.map((server) => server.kind));
  expect([...kinds].sort()).toEqual(
    [
      'authserver',
      'calculation-server',
      'calculator',
      'dataserver',
      'dispatcher',
      'engineserver',
      'eventserver',
      'marketdata-server',
      'presentation-server',
      'readonly-dataserver',
      'scheduler',
    ].sort(),
  );
  expect(prod?.servers.filter((server) => server.kind === 'engineserver').length).toBeGreaterThanOrEqual(2);
  // An HPA owns the calculation tier's replica count.
  expect(
    (find(manifestsOf('prod'), 'HorizontalPodAutoscaler', 'calculation-server').spec as { minReplicas: number }).minReplicas,
  ).toBeGreaterThan(1);
});

test('UAT runs every server prod runs', () => {
  const names = (env: string): string[] =>
    manifestsOf(env)
      // A server's Service; not the entry points prod's on-premise Scheduler reaches the cluster through.
      .filter((m) => m.kind === 'Service' && !m.metadata.name.endsWith('-external'))
      .map((m) => m.metadata.name)
      .sort();
  expect(names('uat')).toEqual(names('prod'));
});

test('every object in every environment, and every ArgoCD object, is valid against its schema', () => {
  // With what each spec declares the cluster provides, as synth validates (a local environment's Secrets are made by npm run local:secrets).
  const specs = new Map(loadEnvironments().map((environment) => [environment.name, environment.spec]));
  const external = (name: string): ExternalObjects | undefined => {
    const spec = specs.get(name);
    return spec === undefined ? undefined : declaredExternalObjects(spec);
  };
  expect(validateRendered(delivered.map((environment) => ({ ...environment, external: external(environment.name) })))).toEqual([]);
});

test('every pod passes the restricted Pod Security Standard, init containers included', () => {
  const pods = all.filter((manifest) => podSpecOf(manifest));
  expect(pods.length).toBeGreaterThan(20);
  for (const manifest of pods)
    expect({ object: `${manifest.kind}/${manifest.metadata.name}`, problems: restrictedProblems(podSpecOf(manifest)!) }).toEqual({
      object: `${manifest.kind}/${manifest.metadata.name}`,
      problems: [],
    });
});

test('the namespace enforces the restricted profile', () => {
  const labels = find(manifestsOf('prod'), 'Namespace', 'calypso-prod').metadata.labels as Record<string, string>;
  expect(labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
  expect(labels['pod-security.kubernetes.io/enforce-version']).toBe('v1.28');
});

test('no object name carries a generated hash suffix', () => {
  for (const manifest of all) expect(manifest.metadata.name).not.toMatch(/-c8[0-9a-f]{6}$|-[0-9a-f]{8}$/);
});

test('the committed dist/ is exactly what synth renders now (run `npm run synth` if this fails)', () => {
  const committed = readDist(DIST_DIR);
  expect([...committed.keys()]).toEqual(['argocd', ...rendered.map((environment) => environment.name)]);
  for (const environment of delivered) {
    expect([...(committed.get(environment.name)?.keys() ?? [])]).toEqual([...environment.files.keys()]);
    for (const [file, content] of environment.files)
      expect({ file, content: committed.get(environment.name)?.get(file) }).toEqual({ file, content });
  }
});

test('two renders of the same code are byte-identical', () => {
  // The shared render was made in vitest's own process; this one in a test worker, after another render (state left by one
  // render must not leak into the next).
  renderEnvironment(testSpec());
  const again = renderAll();
  const againDelivered = [...again, ...renderArgocd(again, loadEnvironments())];
  expect(againDelivered.map((environment) => [...environment.files])).toEqual(delivered.map((environment) => [...environment.files]));
});
