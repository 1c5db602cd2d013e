/**
 * No add-on pin of any environment is retired or known-vulnerable (the list
 * in lib/model/addon-advisories.ts), and synthesis refuses one that is,
 * naming the pin and the advisory.
 */
import { ADDON_ADVISORIES, type AddonSpec, type EnvironmentSpec, type GitOpsTarget } from '../lib';
import { loadEnvironments } from '../apps/load-environments';
import { advisoriesFor, compareVersions } from '../lib/model/addon-advisories';
import { refusal, render, synthRefusal, testSpec } from './helpers';

const ingressNginx = (version: string): AddonSpec => ({
  name: 'ingress-nginx',
  chart: { repoUrl: 'https://kubernetes.github.io/ingress-nginx', chart: 'ingress-nginx', version },
  namespace: 'ingress-nginx',
  installs: { clusterScoped: [], namespaced: ['Deployment.apps'] },
});

const withAddons = (...addons: AddonSpec[]): EnvironmentSpec => {
  const gitops: GitOpsTarget = {
    repoUrl: 'https://git.example/calypso-config.git',
    revision: 'main',
    cluster: { name: 'lab', server: 'https://lab.example:6443', tiers: ['dev'] },
    addons,
  };
  return { ...testSpec(), gitops };
};

describe('add-on pins', () => {
  const pins = loadEnvironments().flatMap(({ name, spec }) => (spec.gitops?.addons ?? []).map((addon) => ({ environment: name, addon })));

  test('every environment pins add-ons (the check below reads them)', () => {
    expect(pins.length).toBeGreaterThan(0);
  });

  test('no environment pins an add-on on the advisory list', () => {
    const refused = pins.flatMap(({ environment, addon }) =>
      advisoriesFor(addon.chart).map(
        (advisory) =>
          `${environment}: ${addon.chart.chart} ${addon.chart.version} (${addon.chart.repoUrl}): ${advisory.reason} (${advisory.reference})`,
      ),
    );
    expect(refused).toEqual([]);
  });

  test('the list names ingress-nginx as retired and the CVE-2025-1974 range', () => {
    expect(advisoriesFor(ingressNginx('4.12.0').chart).map((advisory) => advisory.reason)).toEqual([
      expect.stringContaining('retired in March 2026'),
      expect.stringContaining('CVE-2025-1974'),
    ]);
    // The fixed releases are still retired; the same chart name from another repository is not this project.
    expect(advisoriesFor(ingressNginx('4.12.1').chart)).toEqual([ADDON_ADVISORIES[0]]);
    expect(advisoriesFor(ingressNginx('4.11.5').chart)).toEqual([ADDON_ADVISORIES[0]]);
    expect(advisoriesFor(ingressNginx('4.11.4').chart)).toHaveLength(2);
    expect(advisoriesFor({ ...ingressNginx('4.12.0').chart, repoUrl: 'https://charts.example/ingress-nginx' })).toEqual([]);
  });

  test('versions compare by their numbers, with or without a leading v', () => {
    expect(compareVersions('4.12.0', '4.9.9')).toBeGreaterThan(0);
    expect(compareVersions('v1.9.1', '1.9.1')).toBe(0);
    expect(compareVersions('4.11.4', '4.11.5')).toBeLessThan(0);
  });

  test('synthesis refuses a pin on the list, naming the pin and the advisory, and leaves dist/ as it was', () => {
    const message =
      '[test] field gitops.addons.ingress-nginx.chart.version: ingress-nginx 4.12.0 is refused: CVE-2025-1974: unauthenticated remote code execution through the admission controller (fixed in chart 4.11.5 and 4.12.1) (https://kubernetes.io/blog/2025/03/24/ingress-nginx-cve-2025-1974/)';
    expect(refusal(withAddons(ingressNginx('4.12.0')))).toContain(message);
    expect(refusal(withAddons(ingressNginx('4.12.1')))).toContain(
      '[test] field gitops.addons.ingress-nginx.chart.version: ingress-nginx 4.12.1 is refused: the ingress-nginx project was retired in March 2026',
    );
    expect(synthRefusal({ test: withAddons(ingressNginx('4.12.0')) }).message).toContain(message);
  });
});

describe('OCI chart repositories', () => {
  const gateway = (repoUrl: string, version: string): AddonSpec => ({
    name: 'envoy-gateway',
    chart: { repoUrl, chart: 'gateway-helm', version },
    namespace: 'envoy-gateway-system',
    installs: { clusterScoped: [], namespaced: ['Deployment.apps'] },
  });

  test('an OCI registry path without a scheme is a chart repository, and its tag may start with v', () => {
    expect(() => render(withAddons(gateway('docker.io/envoyproxy', 'v1.9.1')))).not.toThrow();
  });

  test.each<[string, AddonSpec, string]>([
    [
      'an OCI tag that is not exact',
      gateway('docker.io/envoyproxy', 'v1.9'),
      '[test] field gitops.addons.envoy-gateway.chart.version: "v1.9" is not an exact chart version such as v1.9.1; ranges, wildcards and "latest" let the cluster drift',
    ],
    [
      'an oci:// scheme (ArgoCD names a Helm OCI repository without one)',
      gateway('oci://docker.io/envoyproxy', 'v1.9.1'),
      '[test] field gitops.addons.envoy-gateway.chart.repoUrl: "oci://docker.io/envoyproxy" is not an https:// Helm repository URL or an OCI registry path (registry/path)',
    ],
  ])('%s', (_case, addon, message) => {
    expect(refusal(withAddons(addon))).toContain(message);
  });
});
