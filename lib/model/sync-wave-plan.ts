/**
 * The ArgoCD sync wave plan: which wave each kind of object goes in. Plain
 * data; constructs/sync-waves.ts puts a platform's objects into them.
 */

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
  /**
   * The release upgrade, one Job per wave, in this order: stop every server of
   * the running release, back the database up, restore it, upgrade its schema.
   * Plain Jobs, not hooks: ArgoCD waits for each to complete and stops the sync
   * when one fails (see constructs/database-jobs.ts).
   */
  stopServers: 2,
  databaseBackup: 3,
  databaseRestore: 4,
  databaseUpgrade: 5,
  /** The servers: this plus the server's depth in the dependency graph (Eventserver 10, Authserver 11, Dataserver 12, …). */
  firstServer: 10,
} as const;

/**
 * Kinds that watch or route to running servers; they go one wave after the
 * last server. ArgoCD's health check reports an autoscaler Degraded while its
 * target is missing or has no metrics yet (which fails a sync that waits on
 * it), and an Ingress or a Gateway (and its routes) Progressing until the
 * controller publishes an address;
 * the last wave is applied without waiting on either.
 */
export const AFTER_SERVERS_KINDS: readonly string[] = [
  'HorizontalPodAutoscaler',
  'VerticalPodAutoscaler',
  'Ingress',
  'Gateway',
  'HTTPRoute',
];

/**
 * Workload kinds (an Argo Rollouts Rollout among them: a canary server's Deployment); one outside any
 * server (an exporter, say) goes after the servers, so it never holds them back.
 */
export const WORKLOAD_KINDS: readonly string[] = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
  'Pod',
  'Rollout',
];

/** The wave of a server's workload. */
export function serverWave(depth: number): number {
  return SYNC_WAVES.firstServer + depth;
}
