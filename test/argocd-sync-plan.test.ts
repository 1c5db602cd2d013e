/**
 * The ArgoCD sync plan, over the committed dist/: what the bootstrap
 * Application and then each Application would do, in wave and hook order,
 * checked the way ArgoCD checks it (see test/argocd-plan.ts).
 */
import { App } from 'cdk8s';
import { CalypsoGitOps, isServerKind, type EnvironmentSpec } from '../lib';
import { appManifests } from '../lib/output/render';
import { loadEnvironments } from '../apps/load-environments';
import { shortLived } from '../environments/shared/short-lived';
import {
  addonContentsOf,
  canSync,
  crdOrderProblems,
  deletionLeftovers,
  hookProblems,
  isCustomResource,
  isHealthChecked,
  isHook,
  permissionProblems,
  planBootstrap,
  projectsOf,
  readCommittedDist,
  syncOptionsOf,
  syncSteps,
  waveOf,
  type PlanObject,
  type PlannedApplication,
} from './argocd-plan';
import { render } from './helpers';

const folders = readCommittedDist();
const argocd = folders.get('argocd') ?? [];
const loaded = loadEnvironments();
const specs = loaded.map((environment) => environment.spec);
const addons = addonContentsOf(specs);
const projects = projectsOf(argocd);
const plan = planBootstrap(argocd, folders, addons);
const environmentApps = plan.filter((planned) => planned.spec.source.chart === undefined);
const addonApps = plan.filter((planned) => planned.spec.source.chart !== undefined);

describe('the bootstrap sync (app of apps over dist/argocd)', () => {
  test('creates the projects first, then the add-ons, then the environments on their cluster', () => {
    const projectWaves = argocd.filter((object) => object.kind === 'AppProject').map(waveOf);
    expect(Math.max(...projectWaves)).toBeLessThan(Math.min(...plan.map((planned) => planned.wave)));
    expect(environmentApps.length).toBeGreaterThanOrEqual(3);
    for (const environment of environmentApps) {
      const sameCluster = addonApps.filter((addon) => addon.cluster === environment.cluster);
      expect(sameCluster.length).toBeGreaterThan(0);
      const notBefore = sameCluster.filter((addon) => addon.wave >= environment.wave).map((addon) => `${addon.name} (wave ${addon.wave})`);
      expect([environment.name, notBefore]).toEqual([environment.name, []]);
    }
  });

  test('every Application is permitted by its project: its source, destination, each namespace it creates and each kind it applies', () => {
    expect(plan.length).toBeGreaterThan(10);
    expect(plan.flatMap((planned) => permissionProblems(planned, projects))).toEqual([]);
  });

  test('every custom resource comes after the CRD that defines it (add-ons before environments, across Applications)', () => {
    expect(crdOrderProblems(plan)).toEqual([]);
  });

  test('an environment with custom resources skips the dry run for kinds its cluster does not know yet (first sync)', () => {
    for (const environment of environmentApps.filter((planned) => planned.objects.some(isCustomResource))) {
      expect([environment.name, syncOptionsOf(environment.spec)]).toEqual([
        environment.name,
        expect.arrayContaining(['SkipDryRunOnMissingResource=true']),
      ]);
    }
  });
});

describe("each environment's sync", () => {
  test('hooks have phases and delete policies ArgoCD knows; the release Jobs are plain objects, not hooks', () => {
    const objects = environmentApps.flatMap((planned) => planned.objects);
    expect(hookProblems(objects)).toEqual([]);
    // A hook's delete policy either loses a failed Job's logs or runs a succeeded one again (see database-jobs.ts).
    const jobs = objects.filter((object) => object.kind === 'Job');
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.filter(isHook)).toEqual([]);
  });

  test('every server workload, a canary server’s Rollout among them, holds its wave until ArgoCD finds it healthy', () => {
    const serverKinds = new Set<string>();
    for (const environment of environmentApps) {
      const workloads = environment.objects.filter(
        (object) =>
          isServerKind(object.metadata.labels?.['app.kubernetes.io/name'] ?? '') &&
          ['Deployment', 'StatefulSet', 'Rollout'].includes(object.kind),
      );
      for (const workload of workloads) {
        serverKinds.add(workload.kind);
        expect({ workload: `${workload.kind}/${workload.metadata.name}`, checked: isHealthChecked(workload) }).toEqual({
          workload: `${workload.kind}/${workload.metadata.name}`,
          checked: true,
        });
      }
      // A Rollout's AnalysisTemplate is applied in an earlier wave, so the first canary step finds it.
      for (const rollout of workloads.filter((object) => object.kind === 'Rollout')) {
        const template = environment.objects.find(
          (object) => object.kind === 'AnalysisTemplate' && object.metadata.name === rollout.metadata.name,
        );
        expect(template && waveOf(template)).toBeLessThan(waveOf(rollout));
      }
    }
    expect([...serverKinds].sort()).toEqual(['Deployment', 'Rollout', 'StatefulSet']);
  });

  test('runs every object and Sync hook exactly once, phase by phase and wave by wave', () => {
    for (const environment of environmentApps) {
      const steps = syncSteps(environment.objects);
      const applied = steps.flatMap((step) => step.objects);
      expect(applied.length).toBe(environment.objects.length);
      const waves = steps.filter((step) => step.phase === 'Sync').map((step) => step.wave);
      expect(waves).toEqual([...waves].sort((a, b) => a - b));
      // The Namespace and the cluster-scoped objects come before anything that lives in the namespace.
      const namespaceStep = steps.findIndex((step) => step.objects.some((object) => object.kind === 'Namespace'));
      expect(namespaceStep).toBe(0);
    }
  });
});

describe('a short-lived environment', () => {
  const uat = specs.find((spec) => spec.name === 'uat') as EnvironmentSpec;
  const spec = shortLived(uat, { name: 'risk-fix-42', createdAt: '2026-11-24T09:30:00Z', ttl: '3d' });
  const objects = render(spec) as readonly PlanObject[];
  const app = new App();
  new CalypsoGitOps(app, 'argocd', {
    environments: [
      ...loaded.map((environment) => ({ spec: environment.spec, objects: folders.get(environment.name) ?? [] })),
      { spec, objects },
    ],
  });
  const withShortLived = appManifests(app) as readonly PlanObject[];
  const allFolders = new Map([...folders, ['risk-fix-42', [...objects]]]);
  const shortPlan = planBootstrap(withShortLived, allFolders, addonContentsOf([...specs, spec]));
  const planned = shortPlan.find((entry) => entry.name === 'calypso-risk-fix-42') as PlannedApplication;

  test('is permitted by the short-lived project, and its custom resources follow their CRDs', () => {
    expect(planned.spec.project).toBe('calypso-short-lived');
    expect(permissionProblems(planned, projectsOf(withShortLived))).toEqual([]);
    expect(crdOrderProblems(shortPlan).filter((problem) => problem.startsWith('calypso-risk-fix-42'))).toEqual([]);
  });

  test('deleting its Application removes everything it created: finalizer, its own Namespace object, nothing kept or outside', () => {
    expect(planned.application.metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
    expect(syncOptionsOf(planned.spec)).not.toContain('CreateNamespace=true');
    expect(objects.filter((object) => object.kind === 'Namespace').map((object) => object.metadata.name)).toEqual(['calypso-risk-fix-42']);
    expect(deletionLeftovers(planned).map((object) => `${object.kind}/${object.metadata.name}`)).toEqual([]);
  });
});

describe('prod', () => {
  const prod = plan.find((planned) => planned.name === 'calypso-prod') as PlannedApplication;
  const project = projects.get('calypso-prod');

  test('syncs only by hand and only inside a declared change window', () => {
    const windows = (project?.syncWindows ?? []).filter((window) => (window.applications ?? []).includes('calypso-prod'));
    expect(windows.length).toBeGreaterThan(0);
    expect(prod.spec.syncPolicy?.automated).toBeUndefined();
    // Each declared change window is one schedule: all of its windows open and close together.
    const inWindow = (): boolean => true;
    const outside = (): boolean => false;
    expect({ manual: canSync(windows, inWindow, true), automated: canSync(windows, inWindow, false) }).toEqual({
      manual: true,
      automated: false,
    });
    expect({ manual: canSync(windows, outside, true), automated: canSync(windows, outside, false) }).toEqual({
      manual: false,
      automated: false,
    });
  });

  test('follows a pinned tag or commit, not a branch', () => {
    expect(prod.spec.source.targetRevision).not.toMatch(/^(main|master|HEAD)$/);
    const spec = specs.find((entry) => entry.name === 'prod') as EnvironmentSpec;
    expect(['tag', 'commit']).toContain(spec.gitops?.revisionKind);
    expect(prod.spec.source.targetRevision).toBe(spec.gitops?.revision);
  });

  test('its project has one role: the spec’s sync groups may see and sync the prod Application, nothing more', () => {
    const spec = specs.find((entry) => entry.name === 'prod') as EnvironmentSpec;
    expect(project?.roles).toEqual([
      {
        name: 'sync',
        description: expect.any(String) as string,
        groups: [...(spec.gitops?.syncGroups ?? [])].sort(),
        policies: [
          'p, proj:calypso-prod:sync, applications, get, calypso-prod/calypso-prod, allow',
          'p, proj:calypso-prod:sync, applications, sync, calypso-prod/calypso-prod, allow',
        ],
      },
    ]);
    expect(spec.gitops?.syncGroups?.length).toBeGreaterThan(0);
  });
});

describe('the simulator refuses what ArgoCD refuses', () => {
  const project = {
    sourceRepos: ['https://charts.example'],
    destinations: [{ server: 'https://c', namespace: 'op' }],
    clusterResourceWhitelist: [],
  };
  const addonApp = (options: string[]): PlannedApplication =>
    planBootstrap(
      [
        {
          apiVersion: 'argoproj.io/v1alpha1',
          kind: 'Application',
          metadata: { name: 'op-c', annotations: { 'argocd.argoproj.io/sync-wave': '1' } },
          spec: {
            project: 'addons',
            source: { repoURL: 'https://charts.example', chart: 'op', targetRevision: '1.0.0' },
            destination: { server: 'https://c', namespace: 'op' },
            syncPolicy: { syncOptions: options },
          },
        },
      ],
      new Map(),
      new Map([['https://charts.example|op|1.0.0', { clusterScoped: [], namespaced: [], customResourceDefinitions: [] }]]),
    )[0];

  test('a namespace created by CreateNamespace=true that the project does not permit', () => {
    expect(permissionProblems(addonApp(['CreateNamespace=true']), new Map([['addons', project]]))).toEqual([
      'op-c: cluster-scoped Namespace op is not permitted in project addons',
    ]);
    const permitted = { ...project, clusterResourceWhitelist: [{ group: '', kind: 'Namespace', name: 'op' }] };
    expect(permissionProblems(addonApp(['CreateNamespace=true']), new Map([['addons', permitted]]))).toEqual([]);
  });

  test('a custom resource in the same wave as the Application defining its CRD', () => {
    const cr: PlanObject = { apiVersion: 'example.io/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'n' } };
    const base = {
      application: cr,
      spec: { project: 'p', source: { repoURL: 'r', targetRevision: 'main' }, destination: { namespace: 'n' } },
      cluster: 'c',
      applies: [],
    };
    const definer = { ...base, name: 'op', wave: 1, objects: [], defines: [{ group: 'example.io', kind: 'Widget' }] };
    const user = { ...base, name: 'env', wave: 1, objects: [cr], defines: [] };
    expect(crdOrderProblems([definer, user])).toEqual([
      'env (wave 1): Widget.example.io is defined only by an Application in the same or a later wave',
    ]);
    expect(crdOrderProblems([definer, { ...user, wave: 2 }])).toEqual([]);
  });

  test('hooks with an unknown phase or delete policy', () => {
    const hook: PlanObject = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name: 'j',
        annotations: { 'argocd.argoproj.io/hook': 'PreUpgrade', 'argocd.argoproj.io/hook-delete-policy': 'OnSuccess' },
      },
    };
    expect(hookProblems([hook])).toEqual(['Job j: unknown hook phase PreUpgrade', 'Job j: unknown hook delete policy OnSuccess']);
  });
});
