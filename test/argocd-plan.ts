/**
 * A small model of what ArgoCD does with dist/: the bootstrap Application
 * (app of apps) syncs dist/argocd in wave order, each Application then syncs
 * its source in phase, wave and hook order, checked against its AppProject
 * the way ArgoCD checks it. Shared by the sync-plan tests (and any test that
 * needs the order in which ArgoCD applies objects).
 *
 * ArgoCD rules modelled (argo-cd pkg/apis/application/v1alpha1 types.go,
 * gitops-engine pkg/sync, and the ArgoCD docs on projects, waves and hooks):
 * - a project permits a namespaced kind if namespaceResourceWhitelist is
 *   absent or lists it; a cluster-scoped kind only if
 *   clusterResourceWhitelist lists it (and its name, where an entry has one);
 * - the namespace CreateNamespace=true creates is a cluster-scoped Namespace,
 *   checked like any other;
 * - every object's destination (cluster + namespace) must be a project destination;
 * - objects sync by phase (PreSync, Sync, PostSync), then wave, then kind, then name;
 *   a hook runs in its phase (a Sync hook in its wave);
 * - a wave starts when the one before is healthy, and only kinds with a health check
 *   hold it back (HEALTH_CHECKED_KINDS): an Argo Rollouts Rollout has one built in;
 * - deleting an Application with resources-finalizer.argocd.argoproj.io
 *   deletes the resources it tracks, except those with sync option Delete=false;
 *   hooks are not tracked resources.
 */
import { parseAllDocuments } from 'yaml';
import { readDist, DIST_DIR } from '../apps/dist-folder';
import { committedFolders } from './committed-dist';

/** An object as it lies in dist/ (the parts read here). */
export interface PlanObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
    readonly finalizers?: readonly string[];
  };
  readonly spec?: unknown;
}

export interface GroupKind {
  readonly group: string;
  readonly kind: string;
}

/** What a Helm add-on's chart applies, as its spec's `installs` lists it. */
export interface AddonContents {
  readonly clusterScoped: readonly GroupKind[];
  readonly namespaced: readonly GroupKind[];
  readonly customResourceDefinitions: readonly GroupKind[];
}

export const HOOK_ANNOTATION = 'argocd.argoproj.io/hook';
export const HOOK_DELETE_POLICY_ANNOTATION = 'argocd.argoproj.io/hook-delete-policy';
export const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
export const SYNC_OPTIONS_ANNOTATION = 'argocd.argoproj.io/sync-options';
/** The hook phases ArgoCD knows (docs: Resource Hooks). */
export const HOOK_PHASES: readonly string[] = ['PreSync', 'Sync', 'PostSync', 'SyncFail', 'PostDelete', 'Skip'];
/** The hook delete policies ArgoCD knows. */
export const HOOK_DELETE_POLICIES: readonly string[] = ['HookSucceeded', 'HookFailed', 'BeforeHookCreation'];
export const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

/** Kinds that are cluster-scoped (the ones this repository or its add-ons can render). */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'GatewayClass',
  'PersistentVolume',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ClusterSecretStore',
  'ClusterExternalSecret',
]);

/**
 * Kinds (as Kind.group) whose health ArgoCD assesses, so the next wave waits until they are healthy:
 * the built-in checks of gitops-engine pkg/health (workloads, Jobs, Services of type LoadBalancer,
 * Ingresses, claims, HPAs), argo-cd's resource_customizations/argoproj.io/Rollout/health.lua
 * (Progressing during the canary steps, Suspended at a pause, Healthy once fully promoted,
 * Degraded when aborted), and the Application check argocd-cm restores (lib/constructs/argocd.ts).
 * Every other object counts as healthy once applied.
 */
export const HEALTH_CHECKED_KINDS: ReadonlySet<string> = new Set([
  'Deployment.apps',
  'StatefulSet.apps',
  'DaemonSet.apps',
  'ReplicaSet.apps',
  'Job.batch',
  'Pod',
  'Service',
  'PersistentVolumeClaim',
  'Ingress.networking.k8s.io',
  'HorizontalPodAutoscaler.autoscaling',
  'Rollout.argoproj.io',
  'Application.argoproj.io',
]);

/** Whether ArgoCD waits for an object to be healthy before the next wave. */
export const isHealthChecked = (object: PlanObject): boolean => HEALTH_CHECKED_KINDS.has(gkText(gkOf(object)));

/** API groups Kubernetes serves itself; any other group needs a CRD. */
export const BUILT_IN_GROUPS: ReadonlySet<string> = new Set([
  '',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apps',
  'autoscaling',
  'batch',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'networking.k8s.io',
  'policy',
  'rbac.authorization.k8s.io',
  'scheduling.k8s.io',
  'storage.k8s.io',
]);

export const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '');
export const gkOf = (object: PlanObject): GroupKind => ({ group: groupOf(object.apiVersion), kind: object.kind });
export const gkText = (gk: GroupKind): string => (gk.group === '' ? gk.kind : `${gk.kind}.${gk.group}`);
export const isCustomResource = (object: PlanObject): boolean => !BUILT_IN_GROUPS.has(groupOf(object.apiVersion));

/** Parses `Kind` or `Kind.group`. */
export function parseGroupKind(entry: string): GroupKind {
  const dot = entry.indexOf('.');
  return dot < 0 ? { group: '', kind: entry } : { group: entry.slice(dot + 1), kind: entry.slice(0, dot) };
}

/** Every folder of a dist/ tree, parsed (YAML 1.1, as ArgoCD reads it); the committed one as the global setup parsed it, once per run. */
export function readCommittedDist(distDir: string = DIST_DIR): Map<string, PlanObject[]> {
  if (distDir === DIST_DIR) return new Map(committedFolders().map((folder) => [folder.name, folder.manifests as unknown as PlanObject[]]));
  const folders = new Map<string, PlanObject[]>();
  for (const [folder, files] of readDist(distDir)) {
    folders.set(
      folder,
      [...files.values()].flatMap((text) => parseAllDocuments(text, { version: '1.1' }).map((doc) => doc.toJS() as PlanObject)),
    );
  }
  return folders;
}

// ---- projects -------------------------------------------------------------------------------------------

interface Destination {
  readonly server?: string;
  readonly name?: string;
  readonly namespace: string;
}
interface Entry extends GroupKind {
  readonly name?: string;
}
export interface ProjectSpec {
  readonly sourceRepos: readonly string[];
  readonly destinations: readonly Destination[];
  readonly clusterResourceWhitelist?: readonly Entry[];
  readonly namespaceResourceWhitelist?: readonly Entry[];
  readonly syncWindows?: readonly SyncWindow[];
  readonly roles?: readonly { name: string; groups?: string[]; policies?: string[] }[];
}
export interface SyncWindow {
  readonly kind: 'allow' | 'deny';
  readonly schedule: string;
  readonly duration: string;
  readonly applications?: readonly string[];
  readonly manualSync?: boolean;
  readonly timeZone?: string;
}

/** Go's filepath.Match for the patterns projects use (`*` and literal text). */
function globMatch(pattern: string, value: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );
  return regex.test(value);
}

const entryMatches = (entry: Entry, gk: GroupKind, name?: string): boolean =>
  globMatch(entry.group, gk.group) &&
  globMatch(entry.kind, gk.kind) &&
  (entry.name === undefined || (name !== undefined && globMatch(entry.name, name)));

/** ArgoCD's AppProject.IsGroupKindPermitted, with the name restriction of cluster-scoped entries. */
export function isPermitted(project: ProjectSpec, gk: GroupKind, namespaced: boolean, name?: string): boolean {
  if (namespaced) {
    const whitelist = project.namespaceResourceWhitelist;
    return whitelist === undefined || whitelist.some((entry) => entryMatches(entry, gk, name));
  }
  return (project.clusterResourceWhitelist ?? []).some((entry) => entryMatches(entry, gk, name));
}

export function isDestinationPermitted(project: ProjectSpec, cluster: { server?: string; name?: string }, namespace: string): boolean {
  return project.destinations.some(
    (d) =>
      ((d.server !== undefined && cluster.server !== undefined && globMatch(d.server, cluster.server)) ||
        (d.name !== undefined && cluster.name !== undefined && globMatch(d.name, cluster.name))) &&
      globMatch(d.namespace, namespace),
  );
}

/** ArgoCD's SyncWindows.CanSync, given which of the project's windows are open now. */
export function canSync(windows: readonly SyncWindow[], open: (window: SyncWindow) => boolean, manual: boolean): boolean {
  if (windows.length === 0) return true;
  const active = windows.filter(open);
  const activeDeny = active.filter((w) => w.kind === 'deny');
  if (activeDeny.length > 0) return manual && activeDeny.every((w) => w.manualSync === true);
  if (active.some((w) => w.kind === 'allow')) return true;
  const inactiveAllows = windows.filter((w) => w.kind === 'allow' && !open(w));
  if (inactiveAllows.length > 0) return manual && inactiveAllows.some((w) => w.manualSync === true);
  return true;
}

// ---- applications ---------------------------------------------------------------------------------------

export interface ApplicationSpec {
  readonly project: string;
  readonly source: { readonly repoURL: string; readonly targetRevision: string; readonly path?: string; readonly chart?: string };
  readonly destination: Destination;
  readonly syncPolicy?: {
    readonly automated?: { readonly prune?: boolean; readonly selfHeal?: boolean };
    readonly retry?: { readonly limit?: number; readonly backoff?: { duration?: string; factor?: number; maxDuration?: string } };
    readonly syncOptions?: readonly string[];
  };
}

/** One object an Application applies: a rendered object, or a kind a chart installs (name unknown). */
export interface AppliedObject {
  readonly gk: GroupKind;
  readonly namespaced: boolean;
  readonly namespace?: string;
  readonly name?: string;
  readonly object?: PlanObject;
}

/** An Application as the plan sees it: where it goes, and what it applies. */
export interface PlannedApplication {
  readonly name: string;
  readonly wave: number;
  readonly application: PlanObject;
  readonly spec: ApplicationSpec;
  readonly cluster: string;
  /** The rendered objects of a directory source (empty for a chart). */
  readonly objects: readonly PlanObject[];
  /** Everything it applies, the namespace CreateNamespace=true makes included. */
  readonly applies: readonly AppliedObject[];
  /** Custom resource kinds it defines (its CRDs). */
  readonly defines: readonly GroupKind[];
}

export const waveOf = (object: PlanObject): number => Number(object.metadata.annotations?.[SYNC_WAVE] ?? '0');
export const syncOptionsOf = (spec: ApplicationSpec): readonly string[] => spec.syncPolicy?.syncOptions ?? [];

/** Chart identity used to look up an add-on's contents. */
export const chartKey = (repoURL: string, chart: string, version: string): string => `${repoURL}|${chart}|${version}`;

/**
 * The bootstrap sync: every Application of dist/argocd in the order the
 * bootstrap Application creates them (wave, then name), with what each applies.
 * `addons` maps chartKey(...) to the chart's contents.
 */
export function planBootstrap(
  argocd: readonly PlanObject[],
  folders: ReadonlyMap<string, readonly PlanObject[]>,
  addons: ReadonlyMap<string, AddonContents>,
): PlannedApplication[] {
  const applications = argocd.filter((object) => object.kind === 'Application');
  return applications
    .map((application): PlannedApplication => {
      const spec = application.spec as ApplicationSpec;
      const destination = spec.destination;
      const cluster = destination.server ?? destination.name ?? '';
      const applies: AppliedObject[] = [];
      if (syncOptionsOf(spec).includes('CreateNamespace=true')) {
        applies.push({ gk: { group: '', kind: 'Namespace' }, namespaced: false, name: destination.namespace });
      }
      let objects: readonly PlanObject[] = [];
      let defines: GroupKind[] = [];
      if (spec.source.chart !== undefined) {
        const contents = addons.get(chartKey(spec.source.repoURL, spec.source.chart, spec.source.targetRevision));
        if (contents === undefined) throw new Error(`no contents known for chart ${spec.source.chart} ${spec.source.targetRevision}`);
        for (const gk of contents.clusterScoped) applies.push({ gk, namespaced: false });
        for (const gk of contents.namespaced) applies.push({ gk, namespaced: true, namespace: destination.namespace });
        defines = [...contents.customResourceDefinitions];
      } else {
        const folder = (spec.source.path ?? '').replace(/^dist\//, '');
        objects = folders.get(folder) ?? [];
        for (const object of objects) {
          const namespaced = !CLUSTER_SCOPED_KINDS.has(object.kind);
          applies.push({
            gk: gkOf(object),
            namespaced,
            namespace: namespaced ? (object.metadata.namespace ?? destination.namespace) : undefined,
            name: object.metadata.name,
            object,
          });
        }
      }
      return { name: application.metadata.name, wave: waveOf(application), application, spec, cluster, objects, applies, defines };
    })
    .sort((a, b) => a.wave - b.wave || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Why an Application's project would refuse it (empty when ArgoCD lets it sync). */
export function permissionProblems(planned: PlannedApplication, projects: ReadonlyMap<string, ProjectSpec>): string[] {
  const project = projects.get(planned.spec.project);
  if (project === undefined) return [`${planned.name}: project ${planned.spec.project} does not exist`];
  const problems: string[] = [];
  const destination = planned.spec.destination;
  const clusterRef = { server: destination.server, name: destination.name };
  if (!project.sourceRepos.some((repo) => globMatch(repo, planned.spec.source.repoURL))) {
    problems.push(`${planned.name}: source ${planned.spec.source.repoURL} is not permitted in project ${planned.spec.project}`);
  }
  if (!isDestinationPermitted(project, clusterRef, destination.namespace)) {
    problems.push(
      `${planned.name}: destination ${planned.cluster}/${destination.namespace} is not permitted in project ${planned.spec.project}`,
    );
  }
  for (const applied of planned.applies) {
    const what = `${gkText(applied.gk)}${applied.name !== undefined ? ` ${applied.name}` : ''}`;
    if (!isPermitted(project, applied.gk, applied.namespaced, applied.name)) {
      problems.push(
        `${planned.name}: ${applied.namespaced ? 'namespaced' : 'cluster-scoped'} ${what} is not permitted in project ${planned.spec.project}`,
      );
    }
    if (applied.namespaced && !isDestinationPermitted(project, clusterRef, applied.namespace ?? destination.namespace)) {
      problems.push(
        `${planned.name}: ${what} goes to namespace ${applied.namespace}, not a destination of project ${planned.spec.project}`,
      );
    }
  }
  return problems;
}

/**
 * Custom resources that would reach the API server before their CRD: a CR
 * needs its kind defined by an Application on the same cluster in an
 * earlier wave of the bootstrap sync (or by a CRD of its own Application).
 */
export function crdOrderProblems(plan: readonly PlannedApplication[]): string[] {
  const problems: string[] = [];
  for (const planned of plan) {
    const own = new Set(
      planned.objects
        .filter((object) => object.kind === 'CustomResourceDefinition')
        .map((object) => {
          const names = (object.spec as { group: string; names: { kind: string } }) ?? { group: '', names: { kind: '' } };
          return gkText({ group: names.group, kind: names.names.kind });
        }),
    );
    const earlier = new Set(
      plan.filter((other) => other.cluster === planned.cluster && other.wave < planned.wave).flatMap((other) => other.defines.map(gkText)),
    );
    const later = new Set(
      plan
        .filter((other) => other.cluster === planned.cluster && other.wave >= planned.wave && other !== planned)
        .flatMap((other) => other.defines.map(gkText)),
    );
    const missing = new Set(
      planned.objects
        .filter(isCustomResource)
        .map((object) => gkText(gkOf(object)))
        .filter((kind) => !own.has(kind) && !earlier.has(kind)),
    );
    for (const kind of [...missing].sort()) {
      problems.push(
        later.has(kind)
          ? `${planned.name} (wave ${planned.wave}): ${kind} is defined only by an Application in the same or a later wave`
          : `${planned.name} (wave ${planned.wave}): no Application on ${planned.cluster} defines ${kind}`,
      );
    }
  }
  return problems;
}

// ---- one Application's sync ------------------------------------------------------------------------------

export type Phase = 'PreSync' | 'Sync' | 'PostSync' | 'SyncFail' | 'PostDelete';
/** One step of an Application's sync: the objects (and hooks) ArgoCD applies together, then waits on. */
export interface SyncStep {
  readonly phase: Phase;
  readonly wave: number;
  readonly objects: readonly PlanObject[];
}

export const hookPhases = (object: PlanObject): string[] =>
  (object.metadata.annotations?.[HOOK_ANNOTATION] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
export const hookDeletePolicies = (object: PlanObject): string[] =>
  (object.metadata.annotations?.[HOOK_DELETE_POLICY_ANNOTATION] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
export const isHook = (object: PlanObject): boolean => hookPhases(object).length > 0;
export const objectSyncOptions = (object: PlanObject): string[] =>
  (object.metadata.annotations?.[SYNC_OPTIONS_ANNOTATION] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** Hooks whose phase or delete policy ArgoCD does not know. */
export function hookProblems(objects: readonly PlanObject[]): string[] {
  const problems: string[] = [];
  for (const object of objects.filter(isHook)) {
    const name = `${object.kind} ${object.metadata.name}`;
    for (const phase of hookPhases(object)) if (!HOOK_PHASES.includes(phase)) problems.push(`${name}: unknown hook phase ${phase}`);
    for (const policy of hookDeletePolicies(object)) {
      if (!HOOK_DELETE_POLICIES.includes(policy)) problems.push(`${name}: unknown hook delete policy ${policy}`);
    }
  }
  return problems;
}

/**
 * The steps of a successful sync, in order: PreSync hooks, then the Sync
 * phase wave by wave (each wave's objects and Sync hooks together), then
 * PostSync hooks. SyncFail and PostDelete hooks are not part of it; Skip
 * objects are never applied.
 */
export function syncSteps(objects: readonly PlanObject[]): SyncStep[] {
  const steps = new Map<string, { phase: Phase; wave: number; objects: PlanObject[] }>();
  const order: Record<Phase, number> = { PreSync: 0, Sync: 1, PostSync: 2, SyncFail: 3, PostDelete: 4 };
  for (const object of objects) {
    const phases = isHook(object) ? hookPhases(object) : ['Sync'];
    for (const phase of phases) {
      if (phase === 'Skip' || phase === 'SyncFail' || phase === 'PostDelete') continue;
      const key = `${phase}/${waveOf(object)}`;
      const step = steps.get(key) ?? { phase: phase as Phase, wave: waveOf(object), objects: [] };
      step.objects.push(object);
      steps.set(key, step);
    }
  }
  return [...steps.values()].sort((a, b) => order[a.phase] - order[b.phase] || a.wave - b.wave);
}

/**
 * What deleting the Application leaves in the cluster: without the
 * resources finalizer, everything; with it, hooks outside the destination
 * namespace, objects marked Delete=false, and anything inside a namespace
 * that is itself left.
 */
export function deletionLeftovers(planned: PlannedApplication): PlanObject[] {
  if (!(planned.application.metadata.finalizers ?? []).includes(RESOURCES_FINALIZER)) return [...planned.objects];
  const kept = (object: PlanObject): boolean => objectSyncOptions(object).includes('Delete=false');
  const namespace = planned.spec.destination.namespace;
  const namespaceObject = planned.objects.find((object) => object.kind === 'Namespace' && object.metadata.name === namespace);
  const namespaceGoes = namespaceObject !== undefined && !kept(namespaceObject) && !isHook(namespaceObject);
  return planned.objects.filter((object) => {
    const namespaced = !CLUSTER_SCOPED_KINDS.has(object.kind);
    const inNamespace = namespaced && (object.metadata.namespace ?? namespace) === namespace;
    if (inNamespace && namespaceGoes) return false;
    if (isHook(object)) return true;
    return kept(object);
  });
}

// ---- the committed repository ----------------------------------------------------------------------------

/** The contents of every add-on the environment specs list, by chartKey. */
export function addonContentsOf(specs: readonly { gitops?: { addons?: readonly AddonLike[] } }[]): Map<string, AddonContents> {
  const contents = new Map<string, AddonContents>();
  for (const spec of specs) {
    for (const addon of spec.gitops?.addons ?? []) {
      contents.set(chartKey(addon.chart.repoUrl, addon.chart.chart, addon.chart.version), {
        clusterScoped: addon.installs.clusterScoped.map(parseGroupKind),
        namespaced: addon.installs.namespaced.map(parseGroupKind),
        customResourceDefinitions: (addon.installs.customResourceDefinitions ?? []).map(parseGroupKind),
      });
    }
  }
  return contents;
}
interface AddonLike {
  readonly chart: { readonly repoUrl: string; readonly chart: string; readonly version: string };
  readonly installs: {
    readonly clusterScoped: readonly string[];
    readonly namespaced: readonly string[];
    readonly customResourceDefinitions?: readonly string[];
  };
}

/** The AppProjects of dist/argocd by name. */
export function projectsOf(argocd: readonly PlanObject[]): Map<string, ProjectSpec> {
  return new Map(
    argocd.filter((object) => object.kind === 'AppProject').map((object) => [object.metadata.name, object.spec as ProjectSpec]),
  );
}
