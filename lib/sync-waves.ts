/**
 * ArgoCD sync waves from the dependency graph: ArgoCD applies one wave,
 * waits until everything in it is healthy, then applies the next. So the
 * Namespace comes first, then what the servers need (accounts, properties,
 * credentials, Services, policies), then the database jobs, then the servers
 * in start order (Eventserver, Authserver, Dataserver, then the servers that
 * depend on them), and last what watches or routes to running servers.
 *
 * Waves are assigned in one pass over every object of a platform when it is
 * synthesized, so objects any feature adds get a wave without knowing about
 * waves; an object that already carries a wave (or is a hook with its own
 * phase) keeps it.
 */
import { ApiObject, Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';
import type { CalypsoPlatform } from './calypso-platform';
import { CalypsoServer } from './calypso-server';

/** The annotation that puts an object in a sync wave. */
export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';
/** The annotation that makes an object an ArgoCD hook (run in a phase, not kept in sync). */
export const HOOK_ANNOTATION = 'argocd.argoproj.io/hook';
/** When ArgoCD deletes a hook. */
export const HOOK_DELETE_POLICY_ANNOTATION = 'argocd.argoproj.io/hook-delete-policy';

/** The waves, in the order ArgoCD applies them. */
export const SYNC_WAVES = {
  /** The Namespace and every other cluster-scoped object of the environment. */
  namespace: 0,
  /**
   * What the servers need before they start: ServiceAccounts, ConfigMaps,
   * ExternalSecrets (ArgoCD waits until the operator has made the Secret),
   * Services and policy objects (NetworkPolicies, PodDisruptionBudgets, RBAC).
   * Also the default for any kind this module does not know.
   */
  configuration: 1,
  /** Database jobs (Sync hooks), one wave each, in this order. */
  databaseBackup: 2,
  databaseRestore: 3,
  databaseUpgrade: 4,
  /** The servers: this plus the server's depth in the dependency graph (Eventserver 10, Authserver 11, Dataserver 12, …). */
  firstServer: 10,
} as const;

/**
 * Kinds that watch or route to running servers; they go one wave after the
 * last server. ArgoCD's health check reports an autoscaler Degraded while its
 * target is missing or has no metrics yet (which fails a sync that waits on
 * it), and an Ingress Progressing until the controller publishes an address;
 * the last wave is applied without waiting on either.
 */
export const AFTER_SERVERS_KINDS: readonly string[] = ['HorizontalPodAutoscaler', 'VerticalPodAutoscaler', 'Ingress'];

/** Workload kinds; one outside any server (an exporter, say) goes after the servers, so it never holds them back. */
const WORKLOAD_KINDS: readonly string[] = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod'];

/** The wave of a server's workload. */
export function serverWave(depth: number): number {
  return SYNC_WAVES.firstServer + depth;
}

function owningServer(object: IConstruct): CalypsoServer | undefined {
  return [...object.node.scopes].reverse().find((scope): scope is CalypsoServer => scope instanceof CalypsoServer);
}

function carriesOwnPlacement(object: ApiObject): boolean {
  const annotations = (object.metadata.toJson() as { annotations?: Record<string, string> }).annotations ?? {};
  return annotations[SYNC_WAVE_ANNOTATION] !== undefined || annotations[HOOK_ANNOTATION] !== undefined;
}

/** Objects a pass has already looked at; cdk8s validates once per chart, so later passes skip them. */
const placed = new WeakSet<ApiObject>();

/** Puts every object of the platform that has no wave yet into its wave. */
export function assignSyncWaves(platform: CalypsoPlatform): void {
  const graph = platform.environment.graph;
  const servers = [...platform.servers.values()].filter((server) => server.workload !== undefined);
  const afterServers = Math.max(SYNC_WAVES.firstServer, ...servers.map((server) => serverWave(graph.depth(server.name)) + 1));
  for (const object of platform.node.findAll()) {
    if (!(object instanceof ApiObject) || placed.has(object)) continue;
    placed.add(object);
    if (carriesOwnPlacement(object)) continue;
    const server = owningServer(object);
    let wave: number;
    if (Chart.of(object) === platform.clusterChart) wave = SYNC_WAVES.namespace;
    else if (server !== undefined && object === server.workload) wave = serverWave(graph.depth(server.name));
    else if (AFTER_SERVERS_KINDS.includes(object.kind) || WORKLOAD_KINDS.includes(object.kind)) wave = afterServers;
    else wave = SYNC_WAVES.configuration;
    object.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(wave));
  }
}

/**
 * Has the platform's objects put into waves when it is synthesized (cdk8s
 * validates every construct right before it renders a chart), so objects
 * added after the platform was built get waves too.
 */
export function assignSyncWavesAtSynthesis(platform: CalypsoPlatform): void {
  platform.node.addValidation({
    validate: () => {
      assignSyncWaves(platform);
      return [];
    },
  });
}
