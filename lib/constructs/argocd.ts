/**
 * The ArgoCD objects that deliver the environments: an AppProject per tier
 * (plus one for short-lived environments and one for platform add-ons), an
 * Application per environment pointing at its `dist/<env>` folder, and an
 * Application per add-on and cluster.
 *
 * They are built from the environments as rendered: a project allows exactly
 * the namespaces, clusters and kinds its environments render (so objects any
 * feature adds are allowed without a hand-kept list), and an Application
 * ignores `spec.replicas` on exactly the workloads that leave it to an
 * autoscaler.
 */
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import * as argo from '../../imports/argoproj.io';
import { SpecError, type SpecProblem } from '../model/errors';
import { environmentSetProblems } from '../model/environment-set-rules';
import { TIERS, type EnvironmentSpec, type Tier } from '../model/environment-spec';
import { isServerWorkloadKind } from '../model/server-kinds';
import { LOCAL_TIER } from '../model/tier';
import {
  DEFAULT_ARGOCD_NAMESPACE,
  expiresAt,
  formatTimestamp,
  parseKindEntry,
  type AddonSpec,
  type ClusterRef,
  type GroupKind,
} from '../model/gitops-spec';
import { imageVersion } from '../model/image';
import { compareText, LIBRARY_VERSION, recommendedLabels } from '../model/names';
import { SYNC_WAVE_ANNOTATION } from '../model/sync-wave-plan';

/** An object as rendered into `dist/<env>/` (the parts read here). */
export interface RenderedObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly annotations?: Readonly<Record<string, string>> };
  readonly spec?: unknown;
}

/** An environment and what it renders. */
export interface DeliveredEnvironment {
  readonly spec: EnvironmentSpec;
  readonly objects: readonly RenderedObject[];
}

/** Props of CalypsoGitOps. */
export interface CalypsoGitOpsProps {
  /** Every environment of the config repository, each with a GitOps target (a local one may have none: it is applied with kubectl). */
  readonly environments: readonly DeliveredEnvironment[];
  /**
   * Folder of the config repository holding one folder per environment.
   * @default 'dist'
   */
  readonly distPath?: string;
}

/** Name of a tier's project. */
export function tierProjectName(tier: Tier): string {
  return `calypso-${tier}`;
}
/** The project of short-lived (self-serve) environments. */
export const SHORT_LIVED_PROJECT = 'calypso-short-lived';
/** The project of platform add-ons. */
export const ADDONS_PROJECT = 'calypso-addons';
/** Deleting an Application with this finalizer deletes everything it synced. */
export const APPLICATION_FINALIZER = 'resources-finalizer.argocd.argoproj.io';
/** The folder name ArgoCD objects are written to, reserved among environment names. */
export const ARGOCD_FOLDER = 'argocd';

/**
 * Sync options of an environment's Application:
 * - PruneLast: objects removed from git are deleted after every wave is applied and healthy;
 * - RespectIgnoreDifferences: the sync leaves the autoscaler's replica count alone, not just the diff;
 * - ServerSideApply: field ownership lets the autoscaler own spec.replicas, and no
 *   last-applied annotation (whose 256 KiB limit large properties could reach);
 * - FailOnSharedResource: a sync fails rather than take over another Application's object.
 */
export const ENVIRONMENT_SYNC_OPTIONS: readonly string[] = [
  'PruneLast=true',
  'RespectIgnoreDifferences=true',
  'ServerSideApply=true',
  'FailOnSharedResource=true',
];
/**
 * Added to an environment's sync options when it renders custom resources:
 * on a first sync their CRDs may not exist yet (their add-on is a wave
 * earlier in the bootstrap Application), and the dry run would refuse the
 * whole sync instead of applying what it can and retrying. Application-level
 * form of the option: ArgoCD docs, user-guide/sync-options.md ("Skip Dry Run for
 * new custom resources types").
 */
export const SKIP_DRY_RUN_ON_MISSING_RESOURCE = 'SkipDryRunOnMissingResource=true';
/** Sync options of an add-on: ArgoCD creates its namespace; server-side apply for CRDs too large for client-side apply. */
export const ADDON_SYNC_OPTIONS: readonly string[] = ['CreateNamespace=true', 'ServerSideApply=true'];

/**
 * Waves of the ArgoCD objects within the bootstrap Application (app of
 * apps): projects first, then the add-ons that install the CRDs and
 * operators, then the environments. ArgoCD waits for a wave's Applications
 * to be healthy only when argocd-cm restores the Application health check
 * (see ARGOCD_CM_SETTINGS); without it the waves only order the creation.
 */
export const ARGOCD_WAVES = { projects: 0, addons: 1, environments: 2 } as const;

/**
 * Retry of a failed automated sync (dev, UAT, short-lived and their
 * add-ons): 5 more attempts, 30 s apart, doubling up to 10 min. A sync
 * stuck on a Progressing or Degraded resource fails once the controller's
 * sync timeout (`controller.sync.timeout.seconds`) ends it, and then retries.
 * Prod has none: its syncs are manual, and a manual sync takes its retry
 * from the person who starts it.
 */
export const AUTOMATED_SYNC_RETRY = { limit: 5, backoff: { duration: '30s', factor: 2, maxDuration: '10m' } } as const;

/**
 * ArgoCD settings this delivery relies on, which the platform team sets in
 * the ArgoCD installation (they are not rendered: the ConfigMaps belong to
 * the ArgoCD install). The README shows them as YAML; a test keeps both equal.
 */
export const ARGOCD_CM_SETTINGS: Readonly<Record<string, string>> = {
  // Annotation tracking (ArgoCD's default since 3.0, set explicitly): the app.kubernetes.io/instance
  // label is the environment's (ServiceMonitors select on it), not the Application's.
  'application.resourceTrackingMethod': 'annotation',
  // ArgoCD 1.8 removed the health check of Application objects; without it the bootstrap
  // Application's waves do not wait for the add-ons to be healthy before the environments.
  'resource.customizations.health.argoproj.io_Application': [
    'hs = {}',
    'hs.status = "Progressing"',
    'hs.message = ""',
    'if obj.status ~= nil then',
    '  if obj.status.health ~= nil then',
    '    hs.status = obj.status.health.status',
    '    if obj.status.health.message ~= nil then',
    '      hs.message = obj.status.health.message',
    '    end',
    '  end',
    'end',
    'return hs',
    '',
  ].join('\n'),
};
/** Controller settings (argocd-cmd-params-cm): a sync running longer than 30 min is terminated (and, where set, retried). */
export const ARGOCD_CMD_PARAMS_SETTINGS: Readonly<Record<string, string>> = { 'controller.sync.timeout.seconds': '1800' };

/** Name of the role on a project that may sync its Applications. */
export const SYNC_ROLE = 'sync';

/** Name of an environment's Application. */
export function applicationName(environment: string): string {
  return `calypso-${environment}`;
}

function destination(cluster: Pick<ClusterRef, 'name' | 'server'>): { server?: string; name?: string } {
  return cluster.server !== undefined ? { server: cluster.server } : { name: cluster.name };
}

function groupKind(object: RenderedObject): GroupKind {
  const slash = object.apiVersion.indexOf('/');
  return { group: slash < 0 ? '' : object.apiVersion.slice(0, slash), kind: object.kind };
}

function uniqueSorted<T>(items: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map(items.map((item) => [key(item), item]));
  return [...byKey.keys()].sort().map((k) => byKey.get(k) as T);
}

const gkKey = (gk: GroupKind & { name?: string }): string => `${gk.group}/${gk.kind}/${gk.name ?? ''}`;

function namespaceOf(spec: EnvironmentSpec): string {
  return spec.namespace ?? `calypso-${spec.name}`;
}

/** What one project allows, gathered from its environments. */
interface ProjectScope {
  readonly description: string;
  readonly environments: DeliveredEnvironment[];
}

/** The ArgoCD objects of every environment, in the ArgoCD namespace. */
export class CalypsoGitOps extends Construct {
  public readonly chart: Chart;
  /** Applications by name. */
  public readonly applications = new Map<string, argo.Application>();
  /** AppProjects by name. */
  public readonly projects = new Map<string, argo.AppProject>();

  /** Throws SpecError listing every problem (missing targets, clashing namespaces or add-ons). */
  public constructor(scope: Construct, id: string, props: CalypsoGitOpsProps) {
    super(scope, id);
    const environments = [...props.environments].sort((a, b) => compareText(a.spec.name, b.spec.name));
    const argocdNamespace = checkEnvironments(environments);
    const distPath = props.distPath ?? 'dist';
    this.chart = new Chart(this, 'ArgoCd', { namespace: argocdNamespace });

    // What ArgoCD delivers: every environment with a GitOps target (a local one without is applied with kubectl).
    const delivered = environments.filter((environment) => environment.spec.gitops !== undefined);
    const scopes = new Map<string, ProjectScope>();
    const tiers = TIERS.filter((tier) => tier !== LOCAL_TIER || delivered.some((environment) => environment.spec.tier === tier));
    for (const tier of tiers) scopes.set(tierProjectName(tier), { description: `Calypso ${tier} environments`, environments: [] });
    scopes.set(SHORT_LIVED_PROJECT, { description: 'Short-lived Calypso environments (npm run env:create)', environments: [] });
    for (const environment of delivered) scopes.get(projectOf(environment.spec))?.environments.push(environment);
    for (const [name, projectScope] of scopes) this.addEnvironmentProject(name, projectScope);
    for (const environment of delivered) this.addEnvironmentApplication(environment, distPath);
    this.addAddons(delivered);
  }

  /**
   * Recommended labels. A project spans environments that may run different
   * releases, so its version is this library's, which wrote it.
   */
  private labels(instance: string, name: string, version: string = LIBRARY_VERSION): Record<string, string> {
    return recommendedLabels({ environment: instance, name, component: 'gitops', version });
  }

  private addEnvironmentProject(name: string, scope: ProjectScope): void {
    const specs = scope.environments.map((environment) => environment.spec);
    const objects = scope.environments.flatMap((environment) => environment.objects);
    const namespaced = objects.filter((object) => object.metadata.namespace !== undefined).map(groupKind);
    const clusterScoped = objects
      .filter((object) => object.metadata.namespace === undefined)
      .map((object) => ({ ...groupKind(object), name: object.metadata.name }));
    this.projects.set(
      name,
      new argo.AppProject(this.chart, `Project-${name}`, {
        metadata: { name, labels: this.labels(name, 'appproject'), annotations: { [SYNC_WAVE_ANNOTATION]: String(ARGOCD_WAVES.projects) } },
        spec: {
          description: scope.description,
          sourceRepos: uniqueSorted(
            specs.map((spec) => spec.gitops?.repoUrl ?? ''),
            (repo) => repo,
          ),
          destinations: uniqueSorted(
            specs.map((spec) => ({ ...destination(spec.gitops?.cluster ?? { name: '', tiers: [] }), namespace: namespaceOf(spec) })),
            (d) => `${d.server ?? d.name}/${d.namespace}`,
          ),
          clusterResourceWhitelist: uniqueSorted(clusterScoped, gkKey),
          namespaceResourceWhitelist: uniqueSorted(namespaced, gkKey),
          orphanedResources: { warn: true },
          ...syncControls(name, specs),
        },
      }),
    );
  }

  private addEnvironmentApplication(environment: DeliveredEnvironment, distPath: string): void {
    const spec = environment.spec;
    const gitops = spec.gitops as NonNullable<EnvironmentSpec['gitops']>;
    const name = applicationName(spec.name);
    const namespace = namespaceOf(spec);
    // Prod never changes by itself: no automated sync, and deleting its Application leaves prod running.
    const manual = spec.tier === 'prod';
    const info: { name: string; value: string }[] = [{ name: 'tier', value: spec.tier }];
    if (spec.shortLived) {
      info.push({ name: 'derived from', value: spec.shortLived.from });
      info.push({ name: 'expires', value: formatTimestamp(expiresAt(spec.shortLived)) });
    }
    const version = spec.release ?? imageVersion(spec.images.application);
    // The autoscaler owns the replica count of workloads rendered without one.
    const ignoreDifferences = autoscaledWorkloads(environment.objects).map((object) => ({
      group: groupKind(object).group,
      kind: object.kind,
      name: object.metadata.name,
      namespace: object.metadata.namespace,
      jsonPointers: ['/spec/replicas'],
    }));
    this.applications.set(
      name,
      new argo.Application(this.chart, `Application-${name}`, {
        metadata: {
          name,
          labels: this.labels(spec.name, 'application', version),
          annotations: { [SYNC_WAVE_ANNOTATION]: String(ARGOCD_WAVES.environments) },
          ...(manual ? {} : { finalizers: [APPLICATION_FINALIZER] }),
        },
        spec: {
          project: projectOf(spec),
          source: {
            repoUrl: gitops.repoUrl,
            targetRevision: gitops.revision,
            path: `${distPath}/${spec.name}`,
            directory: { recurse: false },
          },
          destination: { ...destination(gitops.cluster), namespace },
          syncPolicy: {
            ...(manual ? {} : { automated: { prune: true, selfHeal: true }, retry: AUTOMATED_SYNC_RETRY }),
            syncOptions: [
              ...ENVIRONMENT_SYNC_OPTIONS,
              ...(environment.objects.some(isCustomResource) ? [SKIP_DRY_RUN_ON_MISSING_RESOURCE] : []),
            ],
          },
          ...(ignoreDifferences.length > 0 ? { ignoreDifferences } : {}),
          info,
        },
      }),
    );
  }

  private addAddons(environments: readonly DeliveredEnvironment[]): void {
    const installs = new Map<string, { addon: AddonSpec; cluster: ClusterRef; manual: boolean }>();
    for (const { spec } of environments) {
      for (const addon of spec.gitops?.addons ?? []) {
        const cluster = spec.gitops?.cluster as ClusterRef;
        const name = `${addon.name}-${cluster.name}`;
        const manual = (installs.get(name)?.manual ?? false) || spec.tier === 'prod';
        installs.set(name, { addon, cluster, manual });
      }
    }
    if (installs.size === 0) return;
    const sorted = [...installs.entries()].sort(([a], [b]) => compareText(a, b));
    const entries = (pick: (addon: AddonSpec) => readonly string[]): GroupKind[] =>
      uniqueSorted(
        sorted.flatMap(([, { addon }]) => pick(addon).map(parseKindEntry)),
        gkKey,
      );
    this.projects.set(
      ADDONS_PROJECT,
      new argo.AppProject(this.chart, `Project-${ADDONS_PROJECT}`, {
        metadata: {
          name: ADDONS_PROJECT,
          labels: this.labels(ADDONS_PROJECT, 'appproject'),
          annotations: { [SYNC_WAVE_ANNOTATION]: String(ARGOCD_WAVES.projects) },
        },
        spec: {
          description: 'Platform add-ons the Calypso environments need on their clusters',
          sourceRepos: uniqueSorted(
            sorted.map(([, { addon }]) => addon.chart.repoUrl),
            (repo) => repo,
          ),
          destinations: uniqueSorted(
            sorted.map(([, { addon, cluster }]) => ({ ...destination(cluster), namespace: addon.namespace })),
            (d) => `${d.server ?? d.name}/${d.namespace}`,
          ),
          // ArgoCD checks the namespace CreateNamespace=true makes against the project: exactly the add-ons' namespaces.
          clusterResourceWhitelist: uniqueSorted(
            [
              ...entries((addon) => addon.installs.clusterScoped),
              ...sorted.map(([, { addon }]) => ({ group: '', kind: 'Namespace', name: addon.namespace })),
            ],
            gkKey,
          ),
          namespaceResourceWhitelist: entries((addon) => addon.installs.namespaced),
        },
      }),
    );
    for (const [name, { addon, cluster, manual }] of sorted) {
      this.applications.set(
        name,
        new argo.Application(this.chart, `Application-${name}`, {
          // No finalizer: deleting the Application must not uninstall an operator and its CRDs (and with them every object of those kinds).
          metadata: {
            name,
            labels: this.labels(cluster.name, addon.name, addon.chart.version),
            annotations: { [SYNC_WAVE_ANNOTATION]: String(ARGOCD_WAVES.addons) },
          },
          spec: {
            project: ADDONS_PROJECT,
            source: {
              repoUrl: addon.chart.repoUrl,
              chart: addon.chart.chart,
              targetRevision: addon.chart.version,
              helm: { releaseName: addon.name, valuesObject: addon.values ?? {} },
            },
            destination: { ...destination(cluster), namespace: addon.namespace },
            syncPolicy: {
              // Never prune by itself: pruning a CRD deletes every object of its kind in the cluster.
              ...(manual ? {} : { automated: { prune: false, selfHeal: true }, retry: AUTOMATED_SYNC_RETRY }),
              syncOptions: [...ADDON_SYNC_OPTIONS],
            },
            info: [{ name: 'installed for', value: cluster.name }],
          },
        }),
      );
    }
  }
}

/** The API groups a cluster serves without any add-on; anything else is a custom resource. */
export const BUILT_IN_API_GROUPS: ReadonlySet<string> = new Set([
  '',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apps',
  'autoscaling',
  'batch',
  'certificates.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'events.k8s.io',
  'flowcontrol.apiserver.k8s.io',
  'networking.k8s.io',
  'node.k8s.io',
  'policy',
  'rbac.authorization.k8s.io',
  'scheduling.k8s.io',
  'storage.k8s.io',
]);

/** Whether an object is of a kind some CRD defines (not served by Kubernetes itself). */
export function isCustomResource(object: Pick<RenderedObject, 'apiVersion'>): boolean {
  const slash = object.apiVersion.indexOf('/');
  return !BUILT_IN_API_GROUPS.has(slash < 0 ? '' : object.apiVersion.slice(0, slash));
}

/**
 * The sync windows and the sync role of a tier's project, from its
 * environments' specs. Each change window is a pair on the same schedule: an
 * allow window without manual sync (outside every window nothing syncs) and
 * a deny window with manual sync (inside it only a person syncs; ArgoCD's
 * CanSync lets an active deny win over an active allow).
 */
function syncControls(project: string, specs: readonly EnvironmentSpec[]): Pick<argo.AppProjectSpec, 'syncWindows' | 'roles'> {
  const applications = specs.map((spec) => applicationName(spec.name)).sort(compareText);
  const windows = specs.flatMap((spec) =>
    (spec.gitops?.syncWindows ?? []).map((window) => ({ window, application: applicationName(spec.name) })),
  );
  const syncWindows = windows.flatMap(({ window, application }) =>
    (['allow', 'deny'] as const).map((kind) => ({
      kind,
      schedule: window.schedule,
      duration: window.duration,
      timeZone: window.timeZone ?? 'UTC',
      applications: [application],
      manualSync: kind === 'deny',
      ...(window.description !== undefined ? { description: window.description } : {}),
    })),
  );
  const groups = uniqueSorted(
    specs.flatMap((spec) => spec.gitops?.syncGroups ?? []),
    (group) => group,
  );
  const roles =
    groups.length === 0
      ? []
      : [
          {
            name: SYNC_ROLE,
            description: `May see and sync ${applications.join(', ')}; nothing else`,
            groups,
            policies: applications.flatMap((application) =>
              ['get', 'sync'].map((action) => `p, proj:${project}:${SYNC_ROLE}, applications, ${action}, ${project}/${application}, allow`),
            ),
          },
        ];
  return { ...(syncWindows.length > 0 ? { syncWindows } : {}), ...(roles.length > 0 ? { roles } : {}) };
}

/** The project an environment's Application belongs to. */
export function projectOf(spec: EnvironmentSpec): string {
  return spec.shortLived !== undefined ? SHORT_LIVED_PROJECT : tierProjectName(spec.tier);
}

/** Deployments, StatefulSets and Rollouts (a canary server's workload) that leave `spec.replicas` to an autoscaler (rendered without it). */
export function autoscaledWorkloads(objects: readonly RenderedObject[]): RenderedObject[] {
  return objects.filter(
    (object) => isServerWorkloadKind(object.kind) && (object.spec as { replicas?: number } | undefined)?.replicas === undefined,
  );
}

/** Every environment has a target, none is named like the ArgoCD folder, add-ons agree, and the environment-set rules hold. Returns the ArgoCD namespace. */
function checkEnvironments(environments: readonly DeliveredEnvironment[]): string {
  const problems: SpecProblem[] = [];
  const addons = new Map<string, { environment: string; json: string }>();
  const argocdNamespaces = new Set<string>();
  for (const { spec } of environments) {
    const problem = (field: string, message: string): void => {
      problems.push({ environment: spec.name, field, message });
    };
    if (spec.name === ARGOCD_FOLDER) problem('name', `"${ARGOCD_FOLDER}" is reserved: dist/${ARGOCD_FOLDER} holds the ArgoCD objects`);
    const gitops = spec.gitops;
    // A local environment is applied with kubectl (no ArgoCD on a laptop) unless it names a GitOps target itself.
    if (gitops === undefined && spec.tier === LOCAL_TIER) continue;
    if (gitops === undefined) {
      problem('gitops', 'has no GitOps target; once one environment has one, every environment needs one (else ArgoCD never deploys it)');
      continue;
    }
    argocdNamespaces.add(gitops.argocdNamespace ?? DEFAULT_ARGOCD_NAMESPACE);
    for (const addon of gitops.addons ?? []) {
      const key = `${addon.name} on cluster ${gitops.cluster.name}`;
      const json = JSON.stringify(addon);
      const first = addons.get(key);
      if (first !== undefined && first.json !== json) {
        problem(
          `gitops.addons.${addon.name}`,
          `differs from the ${key} that environment ${first.environment} lists; environments on one cluster share an add-on, so they must list the same one`,
        );
      }
      if (first === undefined) addons.set(key, { environment: spec.name, json });
    }
  }
  // Clusters, namespaces, secret stores and node ports across the environments.
  problems.push(...environmentSetProblems(environments.map((environment) => environment.spec)));
  if (argocdNamespaces.size > 1) {
    problems.push({
      environment: environments.map((environment) => environment.spec.name).join(', '),
      field: 'gitops.argocdNamespace',
      message: `the environments name different ArgoCD namespaces (${[...argocdNamespaces].sort().join(', ')}); they are delivered by one ArgoCD`,
    });
  }
  if (problems.length > 0) throw new SpecError(problems);
  return [...argocdNamespaces][0] ?? DEFAULT_ARGOCD_NAMESPACE;
}
