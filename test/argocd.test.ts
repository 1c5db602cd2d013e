/**
 * dist/argocd: one AppProject per tier that allows only that tier's
 * destinations and the kinds its environments render, one Application per
 * environment (prod synced by hand), add-ons at pinned chart versions, and
 * replica counts left to autoscalers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'cdk8s';
import * as k8s from 'cdk8s-plus-27/lib/imports/k8s';
import { CalypsoGitOps, CalypsoPlatform, type EnvironmentSpec, type GitOpsTarget } from '../lib';
import { renderArgocd } from '../apps/argocd';
import { applicationName, ARGOCD_CM_SETTINGS, ARGOCD_CMD_PARAMS_SETTINGS } from '../lib/constructs/argocd';
import { loadEnvironments } from '../apps/load-environments';
import { appManifests, type Manifest } from '../lib/output/render';
import { sharedEnvironments } from './shared-render';
import { validateRendered } from '../lib/output/validate';
import { committedManifests, find, refusal, render, testSpec } from './helpers';

const loaded = loadEnvironments();
const rendered = sharedEnvironments();
const [argocd] = renderArgocd(rendered, loaded);
const objects = argocd.manifests;
const specOf = (name: string): EnvironmentSpec => loaded.find((environment) => environment.name === name)?.spec as EnvironmentSpec;
const manifestsOf = committedManifests;

type GroupKindJson = { group: string; kind: string; name?: string };
type ProjectSpec = {
  sourceRepos: string[];
  destinations: { server?: string; name?: string; namespace: string }[];
  clusterResourceWhitelist: GroupKindJson[];
  namespaceResourceWhitelist: GroupKindJson[];
};
type ApplicationSpec = {
  project: string;
  source: { repoURL: string; targetRevision: string; path?: string; chart?: string; directory?: unknown; helm?: unknown };
  destination: { server?: string; name?: string; namespace: string };
  syncPolicy: { automated?: { prune?: boolean; selfHeal?: boolean; allowEmpty?: boolean }; syncOptions: string[] };
  ignoreDifferences?: { group: string; kind: string; name: string; namespace: string; jsonPointers: string[] }[];
};
const projectSpec = (manifest: Manifest): ProjectSpec => manifest.spec as ProjectSpec;
const applicationSpec = (manifest: Manifest): ApplicationSpec => manifest.spec as ApplicationSpec;
const group = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0] : '');

/** Renders the ArgoCD objects for hand-made environments; returns them or throws. */
function gitOpsFor(...environments: { spec: EnvironmentSpec; objects?: readonly Manifest[] }[]): Manifest[] {
  const app = new App();
  new CalypsoGitOps(app, 'argocd', { environments: environments.map(({ spec, objects }) => ({ spec, objects: objects ?? render(spec) })) });
  return appManifests(app);
}

const target = (overrides: Partial<GitOpsTarget> = {}): GitOpsTarget => ({
  repoUrl: 'https://git.example/calypso-config.git',
  revision: 'main',
  cluster: { name: 'lab', server: 'https://lab.example:6443', tiers: ['dev'] },
  ...overrides,
});

describe('dist/argocd', () => {
  test('holds a project per tier, one for short-lived environments and one for add-ons, and an Application per environment', () => {
    const names = (kind: string): string[] =>
      objects
        .filter((object) => object.kind === kind)
        .map((object) => object.metadata.name)
        .sort();
    expect(names('AppProject')).toEqual(['calypso-addons', 'calypso-dev', 'calypso-prod', 'calypso-short-lived', 'calypso-uat']);
    expect(names('Application').filter((name) => /^calypso-/.test(name))).toEqual(['calypso-dev', 'calypso-prod', 'calypso-uat']);
    for (const object of objects) expect(object.metadata.namespace).toBe('argocd');
  });

  test('every Application and AppProject is valid against the ArgoCD CRDs', () => {
    expect(objects.length).toBeGreaterThan(5);
    expect(validateRendered([argocd])).toEqual([]);
  });

  test('each Application syncs its dist/<env> folder of the config repo to the cluster and namespace in its spec', () => {
    for (const name of ['dev', 'uat', 'prod']) {
      const gitops = specOf(name).gitops as GitOpsTarget;
      const spec = applicationSpec(find(objects, 'Application', `calypso-${name}`));
      expect(spec.project).toBe(`calypso-${specOf(name).tier}`);
      expect(spec.source).toEqual({
        repoURL: gitops.repoUrl,
        targetRevision: gitops.revision,
        path: `dist/${name}`,
        directory: { recurse: false },
      });
      expect(spec.destination).toEqual({ server: gitops.cluster.server, namespace: `calypso-${name}` });
    }
    const clusters = ['dev', 'uat', 'prod'].map(
      (name) => applicationSpec(find(objects, 'Application', `calypso-${name}`)).destination.server,
    );
    expect(new Set(clusters).size).toBe(3);
  });

  test('dev and UAT sync automatically with prune and self-heal; prod has no automated sync and no cascading finalizer', () => {
    for (const name of ['dev', 'uat']) {
      const application = find(objects, 'Application', `calypso-${name}`);
      expect(applicationSpec(application).syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
      expect(application.metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
    }
    const prod = find(objects, 'Application', 'calypso-prod');
    expect(applicationSpec(prod).syncPolicy).not.toHaveProperty('automated');
    expect(prod.metadata.finalizers).toBeUndefined();
    expect(applicationSpec(prod).syncPolicy.syncOptions).toEqual(
      expect.arrayContaining(['PruneLast=true', 'RespectIgnoreDifferences=true', 'ServerSideApply=true', 'FailOnSharedResource=true']),
    );
  });

  test('no Application ever sets allowEmpty', () => {
    const applications = objects.filter((object) => object.kind === 'Application');
    expect(applications.length).toBeGreaterThan(3);
    for (const application of applications) expect(JSON.stringify(application.spec)).not.toContain('allowEmpty');
  });

  test("a tier's project allows only that tier's repo, destinations, and the kinds its environments render, with no wildcard", () => {
    for (const tier of ['dev', 'uat', 'prod']) {
      const project = projectSpec(find(objects, 'AppProject', `calypso-${tier}`));
      const manifests = manifestsOf(tier);
      const gitops = specOf(tier).gitops as GitOpsTarget;
      expect(project.sourceRepos).toEqual([gitops.repoUrl]);
      expect(project.destinations).toEqual([{ server: gitops.cluster.server, namespace: `calypso-${tier}` }]);
      const namespacedKinds = new Set(manifests.filter((m) => m.metadata.namespace).map((m) => `${group(m.apiVersion)}/${m.kind}`));
      expect(new Set(project.namespaceResourceWhitelist.map((entry) => `${entry.group}/${entry.kind}`))).toEqual(namespacedKinds);
      const clusterScoped = manifests.filter((m) => !m.metadata.namespace);
      expect(project.clusterResourceWhitelist).toHaveLength(clusterScoped.length);
      for (const m of clusterScoped)
        expect(project.clusterResourceWhitelist).toContainEqual({ group: group(m.apiVersion), kind: m.kind, name: m.metadata.name });
      expect(project.clusterResourceWhitelist).toContainEqual({ group: '', kind: 'Namespace', name: `calypso-${tier}` });
      // A sync window's cron schedule is not a wildcard permission.
      expect(JSON.stringify({ ...project, syncWindows: undefined })).not.toMatch(/\*/);
    }
    // Derived, not listed by hand: only the tiers that run database jobs may create Jobs.
    const kinds = (tier: string): string[] =>
      projectSpec(find(objects, 'AppProject', `calypso-${tier}`)).namespaceResourceWhitelist.map((e) => e.kind);
    expect(kinds('uat')).toContain('Job');
    expect(kinds('prod')).toContain('Job');
    expect(kinds('dev')).not.toContain('Job');
  });

  test('the short-lived project exists with nothing allowed until a short-lived environment does', () => {
    const project = projectSpec(find(objects, 'AppProject', 'calypso-short-lived'));
    expect(project).toMatchObject({ sourceRepos: [], destinations: [], namespaceResourceWhitelist: [], clusterResourceWhitelist: [] });
  });

  test('a kind a feature adds is allowed in its tier without a hand-kept list', () => {
    const spec = { ...testSpec(), gitops: target() };
    const app = new App();
    const platform = new CalypsoPlatform(app, 'test', { spec });
    new k8s.KubeNetworkPolicy(platform.chart, 'Deny', {
      metadata: { name: 'default-deny' },
      spec: { podSelector: {} },
    });
    const project = find(gitOpsFor({ spec, objects: appManifests(app) }), 'AppProject', 'calypso-dev');
    expect(projectSpec(project).namespaceResourceWhitelist).toContainEqual({ group: 'networking.k8s.io', kind: 'NetworkPolicy' });
  });
});

describe('replica counts owned by an autoscaler', () => {
  test('are ignored in diffs exactly for the workloads rendered without spec.replicas', () => {
    const spec = { ...testSpec({ servers: [...testSpec().servers, { kind: 'calculation-server', replicas: 2 }] }), gitops: target() };
    const app = new App();
    const platform = new CalypsoPlatform(app, 'test', { spec });
    platform.servers.get('calculation-server')?.releaseReplicas();
    const manifests = appManifests(app);
    expect(find(manifests, 'Deployment', 'calculation-server').spec).not.toHaveProperty('replicas');
    const application = find(gitOpsFor({ spec, objects: manifests }), 'Application', 'calypso-test');
    expect(applicationSpec(application).ignoreDifferences).toEqual([
      { group: 'apps', kind: 'Deployment', name: 'calculation-server', namespace: 'calypso-test', jsonPointers: ['/spec/replicas'] },
    ]);
  });

  test('in every committed environment, exactly for its workloads rendered without a replica count (the autoscaled ones)', () => {
    // UAT and prod autoscale their read-only Dataservers, calculation servers and calculators; dev nothing.
    expect(applicationSpec(find(objects, 'Application', 'calypso-prod')).ignoreDifferences?.map((entry) => entry.name)).toEqual([
      'readonly-dataserver',
      'calculation-server',
      'calculator',
    ]);
    for (const name of ['dev', 'uat', 'prod']) {
      const autoscaled = manifestsOf(name)
        .filter((m) => ['Deployment', 'StatefulSet', 'Rollout'].includes(m.kind) && !('replicas' in (m.spec as object)))
        .map((m) => m.metadata.name);
      const ignored = applicationSpec(find(objects, 'Application', `calypso-${name}`)).ignoreDifferences ?? [];
      expect(ignored.map((entry) => entry.name)).toEqual(autoscaled);
    }
  });
});

describe('platform add-ons', () => {
  const addonApps = objects.filter((object) => object.kind === 'Application' && applicationSpec(object).project === 'calypso-addons');

  test('are Applications with Helm sources at exact chart versions, one per add-on and cluster', () => {
    expect(addonApps.map((app) => app.metadata.name)).toContain('external-secrets-calypso-prod');
    // Four platform add-ons on each of the three clusters, and the VPA recommender where VPAs are rendered and the
    // Argo Rollouts controller where servers canary (UAT, prod).
    expect(addonApps.length).toBe(4 * 3 + 2 + 2);
    for (const app of addonApps) {
      const { source } = applicationSpec(app);
      // An exact version; an OCI chart (no scheme, e.g. docker.io/envoyproxy) is pulled by its tag, which may start with v.
      expect(source.targetRevision).toMatch(/^v?\d+\.\d+\.\d+$/);
      expect(source.chart).toBeDefined();
      expect(source.repoURL).toMatch(/^(https:\/\/|[a-z0-9.-]+\/)/);
      expect(app.metadata.finalizers).toBeUndefined();
    }
    expect(applicationSpec(find(objects, 'Application', 'external-secrets-calypso-dev')).source).toMatchObject({
      repoURL: 'https://charts.external-secrets.io',
      chart: 'external-secrets',
    });
  });

  test('on the prod cluster sync by hand; elsewhere automatically, never pruning by themselves', () => {
    for (const app of addonApps) {
      const automated = applicationSpec(app).syncPolicy.automated;
      if (app.metadata.name.endsWith('-calypso-prod')) expect(automated).toBeUndefined();
      else expect(automated).toEqual({ prune: false, selfHeal: true });
    }
  });

  test('have a project of their own that allows exactly their chart repositories, namespaces and kinds', () => {
    const project = projectSpec(find(objects, 'AppProject', 'calypso-addons'));
    expect(project.sourceRepos).toEqual([
      'docker.io/envoyproxy',
      'https://argoproj.github.io/argo-helm',
      'https://charts.external-secrets.io',
      'https://charts.fairwinds.com/stable',
      'https://openebs-archive.github.io/dynamic-nfs-provisioner',
      'https://prometheus-community.github.io/helm-charts',
    ]);
    expect(project.destinations).toContainEqual({ server: 'https://calypso-prod.k8s.bank.internal:6443', namespace: 'external-secrets' });
    expect(project.clusterResourceWhitelist).toContainEqual({ group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' });
    expect(JSON.stringify(project)).not.toMatch(/\*/);
  });
});

describe('bad GitOps input is refused with environment and field', () => {
  const addon = {
    name: 'external-secrets',
    chart: { repoUrl: 'https://charts.external-secrets.io', chart: 'external-secrets', version: '2.9.0' },
    namespace: 'external-secrets',
    installs: { clusterScoped: [], namespaced: ['Deployment.apps'] },
  };

  test.each<[string, Partial<GitOpsTarget>, string]>([
    [
      'a repository URL ArgoCD cannot clone',
      { repoUrl: 'git.example/calypso' },
      '[test] field gitops.repoUrl: "git.example/calypso" is not a repository URL (https://host/path or ssh://git@host/path or git@host:path)',
    ],
    ['a revision that is not a ref', { revision: 'main..x' }, '[test] field gitops.revision: "main..x" is not a branch or tag name'],
    [
      'a cluster URL that is not https',
      { cluster: { name: 'lab', server: 'http://lab:6443', tiers: ['dev'] } },
      '[test] field gitops.cluster.server: "http://lab:6443" is not an https:// API server URL',
    ],
    [
      'a chart version range',
      { addons: [{ ...addon, chart: { ...addon.chart, version: '^2.9.0' } }] },
      '[test] field gitops.addons.external-secrets.chart.version: "^2.9.0" is not an exact chart version such as 2.9.0; ranges, wildcards and "latest" let the cluster drift',
    ],
    [
      'latest',
      { addons: [{ ...addon, chart: { ...addon.chart, version: 'latest' } }] },
      '[test] field gitops.addons.external-secrets.chart.version: "latest" is not an exact chart version such as 2.9.0; ranges, wildcards and "latest" let the cluster drift',
    ],
    [
      'a leading v',
      { addons: [{ ...addon, chart: { ...addon.chart, version: 'v2.9.0' } }] },
      '[test] field gitops.addons.external-secrets.chart.version: "v2.9.0" has a leading "v"; write the chart version as 2.9.0',
    ],
    [
      'a wildcard kind',
      { addons: [{ ...addon, installs: { clusterScoped: ['*'], namespaced: [] } }] },
      '[test] field gitops.addons.external-secrets.installs.clusterScoped: "*" is not Kind or Kind.group (wildcards are not allowed)',
    ],
    [
      'a chart repository that is not https',
      { addons: [{ ...addon, chart: { ...addon.chart, repoUrl: 'oci://ghcr.io/x' } }] },
      '[test] field gitops.addons.external-secrets.chart.repoUrl: "oci://ghcr.io/x" is not an https:// Helm repository URL',
    ],
  ])('%s', (_, change, message) => {
    expect(refusal({ ...testSpec(), gitops: target(change) })).toContain(message);
  });

  test('an environment without a target once another has one', () => {
    const withTarget = { ...testSpec({ name: 'a' }), gitops: target() };
    const without = testSpec({ name: 'b' });
    expect(() => gitOpsFor({ spec: withTarget }, { spec: without })).toThrow(
      '[b] field gitops: has no GitOps target; once one environment has one, every environment needs one (else ArgoCD never deploys it)',
    );
  });

  test('an environment named like the ArgoCD folder', () => {
    expect(() => gitOpsFor({ spec: { ...testSpec({ name: 'argocd' }), gitops: target() } })).toThrow(
      '[argocd] field name: "argocd" is reserved: dist/argocd holds the ArgoCD objects',
    );
  });

  test('two environments in one namespace of one cluster', () => {
    const a = { ...testSpec({ name: 'a', namespace: 'calypso-shared' }), gitops: target() };
    const b = { ...testSpec({ name: 'b', namespace: 'calypso-shared' }), gitops: target() };
    expect(() => gitOpsFor({ spec: a }, { spec: b })).toThrow(
      "[b] field namespace: calypso-shared on cluster lab is also environment a's; each environment needs a namespace of its own",
    );
  });

  test('two environments on one cluster listing different versions of one add-on', () => {
    const a = { ...testSpec({ name: 'a' }), gitops: target({ addons: [addon] }) };
    const b = { ...testSpec({ name: 'b' }), gitops: target({ addons: [{ ...addon, chart: { ...addon.chart, version: '2.8.0' } }] }) };
    expect(() => gitOpsFor({ spec: a }, { spec: b })).toThrow(
      '[b] field gitops.addons.external-secrets: differs from the external-secrets on cluster lab that environment a lists; environments on one cluster share an add-on, so they must list the same one',
    );
  });
});

describe('retry, timeout and tracking', () => {
  test('dev, UAT and their add-ons retry a failed automated sync with backoff; prod syncs by hand and has none', () => {
    const applications = objects.filter((object) => object.kind === 'Application');
    for (const application of applications) {
      const spec = applicationSpec(application) as ApplicationSpec & { syncPolicy: { retry?: unknown } };
      if (spec.syncPolicy.automated === undefined)
        expect([application.metadata.name, spec.syncPolicy.retry]).toEqual([application.metadata.name, undefined]);
      else
        expect([application.metadata.name, spec.syncPolicy.retry]).toEqual([
          application.metadata.name,
          { limit: 5, backoff: { duration: '30s', factor: 2, maxDuration: '10m' } },
        ]);
    }
    expect(applications.filter((application) => applicationSpec(application).syncPolicy.automated !== undefined).length).toBeGreaterThan(5);
  });

  test('nothing relies on label tracking: instance labels are the environment, selectors use them, and annotation tracking is required', () => {
    // Under label tracking ArgoCD would overwrite app.kubernetes.io/instance with the Application name on every object.
    const relyOnInstanceLabel: string[] = [];
    for (const name of ['dev', 'uat', 'prod']) {
      const application = applicationName(name);
      for (const manifest of manifestsOf(name)) {
        const instance = (manifest.metadata.labels as Record<string, string> | undefined)?.['app.kubernetes.io/instance'];
        if (instance !== undefined && instance !== application) relyOnInstanceLabel.push(`${manifest.kind}/${manifest.metadata.name}`);
        // Nothing forges ArgoCD's own tracking marks.
        expect(manifest.metadata.labels ?? {}).not.toHaveProperty(['argocd.argoproj.io/instance']);
        expect(manifest.metadata.annotations ?? {}).not.toHaveProperty(['argocd.argoproj.io/tracking-id']);
      }
    }
    const selectsOnInstance = manifestsOf('prod').filter(
      (manifest) => manifest.kind === 'ServiceMonitor' && JSON.stringify(manifest.spec).includes('app.kubernetes.io/instance'),
    );
    expect(selectsOnInstance.length).toBeGreaterThan(0);
    // So the delivery states annotation tracking explicitly, and the README gives the platform team that setting.
    expect(relyOnInstanceLabel.length).toBeGreaterThan(0);
    expect(ARGOCD_CM_SETTINGS['application.resourceTrackingMethod']).toBe('annotation');
  });

  test('the README gives the platform team exactly the argocd-cm and argocd-cmd-params-cm settings the delivery relies on', () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    expect(readme).toContain(configMapYaml('argocd-cm', ARGOCD_CM_SETTINGS));
    expect(readme).toContain(configMapYaml('argocd-cmd-params-cm', ARGOCD_CMD_PARAMS_SETTINGS));
  });
});

/** A ConfigMap's data as the README shows it. */
function configMapYaml(name: string, data: Readonly<Record<string, string>>): string {
  const lines = [`metadata: { name: ${name}, namespace: argocd }`, 'data:'];
  for (const [key, value] of Object.entries(data)) {
    if (value.includes('\n'))
      lines.push(
        `  ${key}: |`,
        ...value
          .trimEnd()
          .split('\n')
          .map((line) => `    ${line}`),
      );
    else lines.push(`  ${key}: ${/^\d+$/.test(value) ? `'${value}'` : value}`);
  }
  return lines.join('\n');
}

describe('bad prod delivery input is refused with environment and field', () => {
  const prodTarget = (overrides: Partial<GitOpsTarget> = {}): GitOpsTarget =>
    target({
      cluster: { name: 'lab', server: 'https://lab.example:6443', tiers: ['prod'] },
      revision: 'prod-18.0.0.12',
      revisionKind: 'tag',
      syncWindows: [{ schedule: '0 18 * * 6', duration: '6h' }],
      syncGroups: ['calypso-prod-release-managers'],
      ...overrides,
    });
  const prodRefusal = (overrides: Partial<GitOpsTarget>): string =>
    refusal({ ...testSpec({ tier: 'prod' }), gitops: prodTarget(overrides) });

  test('prod following a branch', () => {
    expect(prodRefusal({ revision: 'main', revisionKind: undefined })).toContain(
      `[test] field gitops.revision: prod follows the branch "main", so every merge is live at the next sync; pin a tag or commit that promotion moves (revisionKind: 'tag' or 'commit')`,
    );
  });

  test.each<[string, Partial<GitOpsTarget>, string]>([
    [
      'a commit that is not a full SHA',
      { revision: 'abc123', revisionKind: 'commit' },
      '[test] field gitops.revision: "abc123" is not a full commit SHA (40 lowercase hex digits)',
    ],
    ['a tag named like a branch', { revision: 'main' }, '[test] field gitops.revision: "main" is a branch name, not a tag'],
    [
      'no change window',
      { syncWindows: [] },
      '[test] field gitops.syncWindows: prod needs at least one change window; without one, anyone with access could sync prod at any time',
    ],
    [
      'no sync groups',
      { syncGroups: undefined },
      '[test] field gitops.syncGroups: prod needs the groups who may sync it; without them only ArgoCD admins could',
    ],
    [
      'a sync group that is not a name',
      { syncGroups: ['release managers'] },
      '[test] field gitops.syncGroups: "release managers" is not a group name (letters, digits, . _ - / : @)',
    ],
    [
      'a schedule that is not cron',
      { syncWindows: [{ schedule: 'saturdays', duration: '6h' }] },
      '[test] field gitops.syncWindows[0].schedule: "saturdays" is not a cron schedule of five fields such as "0 18 * * 6"',
    ],
    [
      'a duration that is not one',
      { syncWindows: [{ schedule: '0 18 * * 6', duration: 'all day' }] },
      '[test] field gitops.syncWindows[0].duration: "all day" is not a duration such as 90m or 6h',
    ],
    [
      'a window longer than a day',
      { syncWindows: [{ schedule: '0 18 * * 6', duration: '48h' }] },
      '[test] field gitops.syncWindows[0].duration: 48h is longer than 24h; a window open for good is no window',
    ],
    [
      'a time zone that is not one',
      { syncWindows: [{ schedule: '0 18 * * 6', duration: '6h', timeZone: 'london' }] },
      '[test] field gitops.syncWindows[0].timeZone: "london" is not an IANA time zone such as Europe/London or UTC',
    ],
  ])('%s', (_, change, message) => {
    expect(prodRefusal(change)).toContain(message);
  });

  test('sync windows outside prod', () => {
    expect(refusal({ ...testSpec(), gitops: target({ syncWindows: [{ schedule: '0 18 * * 6', duration: '6h' }] }) })).toContain(
      '[test] field gitops.syncWindows: only prod has sync windows; a dev environment syncs by itself',
    );
  });

  test('an add-on CRD entry that is not Kind.group', () => {
    const addon = {
      name: 'vpa',
      chart: { repoUrl: 'https://charts.fairwinds.com/stable', chart: 'vpa', version: '5.0.0' },
      namespace: 'vpa',
      installs: { clusterScoped: [], namespaced: [], customResourceDefinitions: ['VerticalPodAutoscaler'] },
    };
    expect(refusal({ ...testSpec(), gitops: target({ addons: [addon] }) })).toContain(
      '[test] field gitops.addons.vpa.installs.customResourceDefinitions: "VerticalPodAutoscaler" is not Kind.group (e.g. ExternalSecret.external-secrets.io)',
    );
  });

  test('a valid prod target is accepted', () => {
    expect(() => render({ ...testSpec({ tier: 'prod' }), gitops: prodTarget() })).not.toThrow();
  });
});
