/**
 * What every environment shares. An environment file states only what
 * differs from this, so a difference between dev, UAT and prod is visible as
 * a difference in data.
 */
import type {
  AddonSpec,
  ClusterRef,
  DatabaseJobSpec,
  StopServersSpec,
  DatabaseNetwork,
  DatabaseSpec,
  EventExporterSpec,
  ExternalSystem,
  GitOpsTarget,
  ImagesSpec,
  JavaStoreSpec,
  AlertingSpec,
  LdapBindSpec,
  MonitoringSpec,
  NodePoolSpec,
  NodeSize,
  NodeTaint,
  RestoreJobSpec,
  SecretStoreSpec,
  ServerSpec,
  StorageClassKind,
  Tier,
  TlsFromSecretStore,
} from '../../lib';

/** The bank's registry; images are built from calypso-application by the image pipeline. */
export const REGISTRY = 'registry.bank.internal/calypso';

/**
 * The content digests (`sha256:…`) of the three images of one release build, as the image pipeline
 * reports them: `npm run release -- <env> <version> --digest application=… --digest init=… --digest dependency-wait=…`
 * writes them into the environment file, next to its release.
 */
export interface ReleaseDigests {
  readonly application: string;
  readonly init: string;
  readonly dependencyWait: string;
}

/**
 * The three Calypso images of one release; the image generation script builds them together.
 * With the release's digests each image is pinned by digest (the tag stays, as the version label).
 */
export function calypsoImages(tag: string, digests?: ReleaseDigests): ImagesSpec {
  const pin = (digest: string | undefined): { digest?: string } => (digest === undefined ? {} : { digest });
  return {
    application: { repository: `${REGISTRY}/calypso-application-custom`, tag, ...pin(digests?.application) },
    init: { repository: `${REGISTRY}/calypso-init`, tag, ...pin(digests?.init) },
    dependencyWait: { repository: `${REGISTRY}/calypso-dependency-wait`, tag, ...pin(digests?.dependencyWait) },
  };
}

/** Secret manager path of an environment's credentials: `calypso/<env>/<credential>`. */
export function secretPath(environment: string, credential: string): string {
  return `calypso/${environment}/${credential}`;
}

/**
 * The database of the permanent environment of a tier (named after it); the credentials live at `calypso/<env>/database`
 * (properties username, password). `network` gives the database hosts'
 * addresses for the egress network policy (serving that tier only); the port comes from the JDBC URL.
 */
export function database(
  environment: Tier,
  vendor: DatabaseSpec['vendor'],
  jdbcUrl: string,
  network: Omit<DatabaseNetwork, 'tiers'>,
): DatabaseSpec {
  const key = secretPath(environment, 'database');
  return {
    vendor,
    jdbcUrl,
    network: { ...network, tiers: [environment] },
    credentials: { username: { key, property: 'username' }, password: { key, property: 'password' } },
  };
}

/**
 * A Java keystore or truststore kept at `calypso/<env>/tls/<store>`: the
 * PKCS12 file base64-encoded in property `file`, its password in `password`.
 */
export function javaStore(environment: string, store: 'keystore' | 'truststore', servers?: readonly string[]): JavaStoreSpec {
  const key = secretPath(environment, `tls/${store}`);
  return { file: { key, property: 'file', decodingStrategy: 'Base64' }, password: { key, property: 'password' }, servers };
}

/**
 * The front door's certificate at `calypso/<env>/tls/front-door`: the PEM chain in property `tls.crt`, the key in
 * `tls.key`. An ExternalSecret of type kubernetes.io/tls makes the Secret the Gateway's listeners name.
 */
export function frontDoorCertificate(environment: string): TlsFromSecretStore {
  const key = secretPath(environment, 'tls/front-door');
  return { certificate: { key, property: 'tls.crt' }, privateKey: { key, property: 'tls.key' } };
}

/** The Authserver's LDAP bind at `calypso/<env>/ldap-bind` (properties bind-dn, password). */
export function ldapBind(environment: string): LdapBindSpec {
  const key = secretPath(environment, 'ldap-bind');
  return { bindDn: { key, property: 'bind-dn' }, password: { key, property: 'password' } };
}

/** The corporate directory (LDAPS) the Authservers of UAT and prod bind to. */
export const CORPORATE_LDAP: ExternalSystem = {
  name: 'corporate-ldap',
  cidrs: ['10.10.20.11/32', '10.10.20.12/32'],
  ports: [636],
  servers: ['authserver'],
};

/** The MQ test gateway on the dev network (dev's MessageEngine sends confirmations to it); add the servers that may reach it. */
export const MQ_TEST_GATEWAY: Omit<ExternalSystem, 'servers'> = { name: 'mq-gateway-test', cidrs: ['10.50.2.10/32'], ports: [1414] };

/** The ClusterSecretStores the External Secrets Operator reads from: prod has its own. */
export const SECRET_STORES = {
  nonProd: { name: 'vault-calypso-nonprod', kind: 'ClusterSecretStore', tiers: ['dev', 'uat'] },
  prod: { name: 'vault-calypso-prod', kind: 'ClusterSecretStore', tiers: ['prod'] },
} as const satisfies Record<string, SecretStoreSpec>;

/**
 * Which engines run together: the same split in UAT and prod, so UAT tests
 * what prod runs. Each engine runs in exactly one engine server; a server's
 * own sizing (e.g. prod's larger accounting server) is given by name.
 */
export function engineServers(sizes: Readonly<Record<string, Pick<ServerSpec, 'cpu' | 'memory'>>> = {}): ServerSpec[] {
  const split: Record<string, string[]> = {
    'engineserver-trading': ['TaskEngine', 'TransferEngine', 'MessageEngine'],
    'engineserver-positions': ['PositionEngine', 'LiquidationEngine', 'InventoryEngine'],
    'engineserver-accounting': ['AccountingEngine', 'PostingEngine', 'SenderEngine'],
  };
  return Object.entries(split).map(([name, engines]) => ({ kind: 'engineserver', name, nodePool: 'engines', engines, ...sizes[name] }));
}

/** Node label (and taint key) that marks which pool a node belongs to. */
export const NODE_POOL_LABEL = 'calypso.bank.internal/pool';

/**
 * A node pool of the bank's clusters: nodes labelled `calypso.bank.internal/pool=<name>`.
 * A dedicated pool is also tainted `<label>=<name>:NoSchedule`, so only the Calypso
 * servers pinned to it run there. `nodeAllocatable` is what one node offers pods:
 * its allocatable CPU and memory less the DaemonSets (log shipper, node exporter, CNI).
 * `nodes`: how many nodes the pool always has, and the most its cluster autoscaler adds.
 */
export function nodePool(name: string, nodeAllocatable: NodeSize, dedicated: boolean, nodes: NodePoolSpec['nodes']): NodePoolSpec {
  const taints: NodeTaint[] = dedicated ? [{ key: NODE_POOL_LABEL, value: name, effect: 'NoSchedule' }] : [];
  return { name, nodeLabels: { [NODE_POOL_LABEL]: name }, taints, nodeAllocatable, nodes };
}

/** Node shapes the platform team offers, as allocatable for pods (see nodePool). */
export const NODE_SIZES = {
  /** 8 vCPU, 32 GiB nodes. */
  medium: { cpu: '7500m', memory: '28Gi' },
  /** 16 vCPU, 64 GiB nodes. */
  large: { cpu: '15', memory: '58Gi' },
  /** 32 vCPU, 128 GiB nodes. */
  xlarge: { cpu: '31', memory: '120Gi' },
} as const satisfies Record<string, NodeSize>;

/** The StorageClasses of the bank's clusters: replicated SSD block storage (ReadWriteOnce). */
export const STORAGE_CLASSES = { 'block-ssd': 'block' } as const satisfies Record<string, StorageClassKind>;
/**
 * Where this repository's files are browsed, at the branch the clusters follow: alert runbook
 * links point at `docs/runbooks/<Alert>.md` under it.
 */
export const RUNBOOK_BASE_URL = 'https://git.bank.internal/calypso/calypso-k8s/-/blob/main';

/** The Kubernetes event exporter, pinned to a release (mirror it into the bank's registry if pulls from ghcr.io are blocked). */
export const EVENT_EXPORTER: EventExporterSpec = {
  image: { repository: 'ghcr.io/resmoio/kubernetes-event-exporter', tag: 'v1.7' },
};

/**
 * Monitoring as the clusters' kube-prometheus-stack (Helm release `kube-prometheus-stack`)
 * selects it: its Prometheus picks ServiceMonitors and PrometheusRules labelled with the release.
 */
export function monitoring(options: Partial<MonitoringSpec> = {}): MonitoringSpec {
  const release = { release: 'kube-prometheus-stack' };
  return { runbookBaseUrl: RUNBOOK_BASE_URL, serviceMonitorLabels: release, prometheusRuleLabels: release, ...options };
}

/**
 * Who is notified, at `calypso/<env>/alerting` in the secret manager: prod pages the bank's
 * on-call through PagerDuty (property `pagerduty-routing-key`) on critical, and posts warnings to
 * the Calypso team's Teams channel (property `msteams-webhook-url`); UAT's warnings go to the
 * channel only. Dev alerts are informational and notify nobody (no alerting).
 */
export function alerting(environment: 'uat' | 'prod'): AlertingSpec {
  const key = secretPath(environment, 'alerting');
  const chat = { name: 'calypso-chat', type: 'msteams', credential: { key, property: 'msteams-webhook-url' } } as const;
  if (environment === 'uat') return { receivers: [chat], routes: { warning: chat.name } };
  const pager = { name: 'bank-pager', type: 'pagerduty', credential: { key, property: 'pagerduty-routing-key' } } as const;
  return { receivers: [pager, chat], routes: { critical: pager.name, warning: chat.name } };
}

/** The config repository ArgoCD reads `dist/` from (this repository), and the branch dev and UAT follow. */
export const CONFIG_REPO = 'https://git.bank.internal/platform/calypso-k8s.git';
export const CONFIG_REVISION = 'main';

/**
 * The clusters, one per tier (the white paper: at least one development
 * cluster and one UAT cluster besides production), as registered in ArgoCD.
 */
export const CLUSTERS = {
  dev: { name: 'calypso-dev', server: 'https://calypso-dev.k8s.bank.internal:6443', tiers: ['dev'] },
  uat: { name: 'calypso-uat', server: 'https://calypso-uat.k8s.bank.internal:6443', tiers: ['uat'] },
  prod: { name: 'calypso-prod', server: 'https://calypso-prod.k8s.bank.internal:6443', tiers: ['prod'] },
} as const satisfies Record<string, ClusterRef>;

const RBAC = 'rbac.authorization.k8s.io';
const ADMISSION = 'admissionregistration.k8s.io';
const CRD = 'CustomResourceDefinition.apiextensions.k8s.io';

/**
 * Platform add-ons, installed by ArgoCD from their upstream Helm charts.
 * The versions are pins to review (and bump deliberately), not a
 * recommendation; `installs` lists what each chart installs with these
 * values, and is what the add-on project allows: review it with every bump.
 */
export const ADDONS = {
  /**
   * The front door: Envoy Gateway (CNCF), the Gateway API implementation that serves every environment's
   * GatewayClass, Gateway and HTTPRoutes (replaces ingress-nginx, retired in March 2026: see addon-advisories.ts).
   * Published only as an OCI chart (oci://docker.io/envoyproxy/gateway-helm, tags with a leading v), so ArgoCD needs
   * `docker.io/envoyproxy` registered as a Helm repository with `enableOCI: "true"`
   * (https://gateway.envoyproxy.io/docs/install/install-helm/). v1.9.1: released 2026-08-28, end of life 2027-02-14
   * (https://gateway.envoyproxy.io/news/releases/matrix/). The chart installs the Gateway API CRDs (experimental
   * channel, so TCPRoute and TLSRoute exist too) with its own CRDs, and since v1.9 the Gateway API safe-upgrade
   * ValidatingAdmissionPolicy (https://gateway.envoyproxy.io/news/releases/v1.9/). The proxies it creates for each
   * Gateway (Deployment, Service of type LoadBalancer) are the controller's, in this namespace, not the chart's.
   */
  envoyGateway: {
    name: 'envoy-gateway',
    chart: { repoUrl: 'docker.io/envoyproxy', chart: 'gateway-helm', version: 'v1.9.1' },
    namespace: 'envoy-gateway-system',
    // Chart defaults: one controller replica (the control plane; the proxies that carry traffic are separate).
    installs: {
      clusterScoped: [
        CRD,
        `ClusterRole.${RBAC}`,
        `ClusterRoleBinding.${RBAC}`,
        `MutatingWebhookConfiguration.${ADMISSION}`,
        `ValidatingAdmissionPolicy.${ADMISSION}`,
        `ValidatingAdmissionPolicyBinding.${ADMISSION}`,
      ],
      namespaced: [
        'ConfigMap',
        'Service',
        'ServiceAccount',
        'Deployment.apps',
        'Job.batch',
        `Role.${RBAC}`,
        `RoleBinding.${RBAC}`,
        'PodDisruptionBudget.policy',
      ],
      // The Gateway API CRDs (experimental bundle) and Envoy Gateway's own, from the chart's crds.
      customResourceDefinitions: [
        'GatewayClass.gateway.networking.k8s.io',
        'Gateway.gateway.networking.k8s.io',
        'HTTPRoute.gateway.networking.k8s.io',
        'GRPCRoute.gateway.networking.k8s.io',
        'ReferenceGrant.gateway.networking.k8s.io',
        'BackendTLSPolicy.gateway.networking.k8s.io',
        'TCPRoute.gateway.networking.k8s.io',
        'TLSRoute.gateway.networking.k8s.io',
        'UDPRoute.gateway.networking.k8s.io',
        'EnvoyProxy.gateway.envoyproxy.io',
        'ClientTrafficPolicy.gateway.envoyproxy.io',
        'BackendTrafficPolicy.gateway.envoyproxy.io',
        'SecurityPolicy.gateway.envoyproxy.io',
        'EnvoyPatchPolicy.gateway.envoyproxy.io',
        'EnvoyExtensionPolicy.gateway.envoyproxy.io',
        'Backend.gateway.envoyproxy.io',
        'HTTPRouteFilter.gateway.envoyproxy.io',
      ],
    },
  },
  /** External Secrets Operator: makes the Secrets every environment's ExternalSecrets ask for. */
  externalSecrets: {
    name: 'external-secrets',
    chart: { repoUrl: 'https://charts.external-secrets.io', chart: 'external-secrets', version: '2.9.0' },
    namespace: 'external-secrets',
    values: { installCRDs: true },
    installs: {
      clusterScoped: [CRD, `ClusterRole.${RBAC}`, `ClusterRoleBinding.${RBAC}`, `ValidatingWebhookConfiguration.${ADMISSION}`],
      namespaced: ['Secret', 'Service', 'ServiceAccount', 'Deployment.apps', `Role.${RBAC}`, `RoleBinding.${RBAC}`],
      // The core CRDs of the chart (it also installs the generators.external-secrets.io ones, which no environment uses).
      customResourceDefinitions: [
        'ExternalSecret.external-secrets.io',
        'SecretStore.external-secrets.io',
        'ClusterSecretStore.external-secrets.io',
        'ClusterExternalSecret.external-secrets.io',
        'PushSecret.external-secrets.io',
        'ClusterPushSecret.external-secrets.io',
      ],
    },
  },
  /** OpenEBS dynamic NFS provisioner: ReadWriteMany volumes on top of the cluster's block storage. */
  nfsProvisioner: {
    name: 'nfs-provisioner',
    chart: { repoUrl: 'https://openebs-archive.github.io/dynamic-nfs-provisioner', chart: 'nfs-provisioner', version: '0.11.0' },
    namespace: 'openebs-nfs',
    // Retain: a deleted claim never takes its data with it. No usage analytics from the bank's clusters.
    values: { nfsStorageClass: { reclaimPolicy: 'Retain' }, analytics: { enabled: 'false' } },
    installs: {
      clusterScoped: [`ClusterRole.${RBAC}`, `ClusterRoleBinding.${RBAC}`, 'StorageClass.storage.k8s.io'],
      namespaced: ['ServiceAccount', 'Deployment.apps'],
    },
  },
  /** Prometheus operator with Prometheus and Alertmanager: reads ServiceMonitors and PrometheusRules from every namespace. */
  kubePrometheusStack: {
    name: 'kube-prometheus-stack',
    chart: { repoUrl: 'https://prometheus-community.github.io/helm-charts', chart: 'kube-prometheus-stack', version: '81.6.2' },
    namespace: 'monitoring',
    values: {
      // Select the environments' ServiceMonitors and rules without a Helm release label.
      prometheus: {
        prometheusSpec: {
          serviceMonitorSelectorNilUsesHelmValues: false,
          podMonitorSelectorNilUsesHelmValues: false,
          ruleSelectorNilUsesHelmValues: false,
        },
      },
      // Control-plane scraping is the cluster team's; these would put Services into kube-system.
      kubeControllerManager: { enabled: false },
      kubeScheduler: { enabled: false },
      kubeEtcd: { enabled: false },
      kubeProxy: { enabled: false },
      coreDns: { enabled: false },
    },
    installs: {
      clusterScoped: [
        CRD,
        `ClusterRole.${RBAC}`,
        `ClusterRoleBinding.${RBAC}`,
        `MutatingWebhookConfiguration.${ADMISSION}`,
        `ValidatingWebhookConfiguration.${ADMISSION}`,
      ],
      namespaced: [
        'ConfigMap',
        'Secret',
        'Service',
        'ServiceAccount',
        'Deployment.apps',
        'DaemonSet.apps',
        'Job.batch',
        `Role.${RBAC}`,
        `RoleBinding.${RBAC}`,
        'Prometheus.monitoring.coreos.com',
        'Alertmanager.monitoring.coreos.com',
        'ServiceMonitor.monitoring.coreos.com',
        'PrometheusRule.monitoring.coreos.com',
      ],
      // Every CRD of the Prometheus operator, from the chart's crds sub-chart.
      customResourceDefinitions: [
        'Alertmanager.monitoring.coreos.com',
        'AlertmanagerConfig.monitoring.coreos.com',
        'PodMonitor.monitoring.coreos.com',
        'Probe.monitoring.coreos.com',
        'Prometheus.monitoring.coreos.com',
        'PrometheusAgent.monitoring.coreos.com',
        'PrometheusRule.monitoring.coreos.com',
        'ScrapeConfig.monitoring.coreos.com',
        'ServiceMonitor.monitoring.coreos.com',
        'ThanosRuler.monitoring.coreos.com',
      ],
    },
  },
  /**
   * Vertical Pod Autoscaler, recommender only (the environments' VPAs are
   * recommendation-only, updateMode Off): the Fairwinds `vpa` chart 5.0.0
   * (VPA 1.7.1, Kubernetes 1.28+), FairwindsOps/charts stable/vpa at
   * 21a94b6 (2026-08-21). Its `crds/` folder holds the two VPA CRDs; with the
   * updater and admission controller off it renders the recommender's
   * Deployment, ServiceAccount, ClusterRoles and ClusterRoleBindings. The
   * recommender reads the metrics API: the cluster needs metrics-server
   * (the HorizontalPodAutoscalers need it too).
   */
  verticalPodAutoscaler: {
    name: 'vpa',
    chart: { repoUrl: 'https://charts.fairwinds.com/stable', chart: 'vpa', version: '5.0.0' },
    namespace: 'vpa',
    values: { recommender: { enabled: true }, updater: { enabled: false }, admissionController: { enabled: false } },
    installs: {
      clusterScoped: [CRD, `ClusterRole.${RBAC}`, `ClusterRoleBinding.${RBAC}`],
      namespaced: ['ServiceAccount', 'Deployment.apps'],
      customResourceDefinitions: ['VerticalPodAutoscaler.autoscaling.k8s.io', 'VerticalPodAutoscalerCheckpoint.autoscaling.k8s.io'],
    },
  },
  /**
   * Argo Rollouts, the controller that runs the canary servers' Rollouts and their analyses (spec `rollout`):
   * argoproj/argo-helm charts/argo-rollouts 2.41.0 (controller v1.9.0) at af0a931 (2026-07-02); its CRDs are the
   * ones vendored in schemas/ (argoproj/argo-rollouts manifests/crds). The dashboard stays off (chart default);
   * the controller's metrics are scraped (a ServiceMonitor in its namespace, values metrics.serviceMonitor), so the
   * availability alerts of a canary server read `rollout_info_replicas_available`: kube-state-metrics knows no Rollouts.
   */
  argoRollouts: {
    name: 'argo-rollouts',
    chart: { repoUrl: 'https://argoproj.github.io/argo-helm', chart: 'argo-rollouts', version: '2.41.0' },
    namespace: 'argo-rollouts',
    values: {
      controller: {
        metrics: {
          enabled: true,
          serviceMonitor: {
            enabled: true,
            // The controller's series name each Rollout's namespace in `namespace`, which Prometheus renames to
            // `exported_namespace` (the target's namespace wins); put it back, so the alert rules scope and join on it.
            metricRelabelings: [
              { sourceLabels: ['exported_namespace'], regex: '(.+)', targetLabel: 'namespace', action: 'replace' },
              { regex: 'exported_namespace', action: 'labeldrop' },
            ],
          },
        },
      },
    },
    installs: {
      // The controller's ClusterRole and binding, and the aggregate roles that give admin, edit and view the Rollout kinds.
      clusterScoped: [CRD, `ClusterRole.${RBAC}`, `ClusterRoleBinding.${RBAC}`],
      // argo-rollouts-config and the notifications ConfigMap; the metrics Service and its ServiceMonitor.
      namespaced: ['ConfigMap', 'Service', 'ServiceAccount', 'Deployment.apps', 'ServiceMonitor.monitoring.coreos.com'],
      customResourceDefinitions: [
        'Rollout.argoproj.io',
        'AnalysisTemplate.argoproj.io',
        'AnalysisRun.argoproj.io',
        'ClusterAnalysisTemplate.argoproj.io',
        'Experiment.argoproj.io',
      ],
    },
  },
} as const satisfies Record<string, AddonSpec>;

/** What every Calypso cluster runs besides Calypso. */
export const PLATFORM_ADDONS: readonly AddonSpec[] = [
  ADDONS.externalSecrets,
  ADDONS.kubePrometheusStack,
  ADDONS.envoyGateway,
  ADDONS.nfsProvisioner,
];

/** What every Calypso cluster runs, plus the VPA recommender where an environment has VerticalPodAutoscalers. */
export const PLATFORM_ADDONS_WITH_VPA: readonly AddonSpec[] = [...PLATFORM_ADDONS, ADDONS.verticalPodAutoscaler];

/** PLATFORM_ADDONS_WITH_VPA, plus the Argo Rollouts controller where servers roll out as canaries (spec `rollout`). */
export const PLATFORM_ADDONS_WITH_CANARIES: readonly AddonSpec[] = [...PLATFORM_ADDONS_WITH_VPA, ADDONS.argoRollouts];

/**
 * An environment's GitOps target: this repository's main branch, on a
 * cluster, with the platform add-ons. Prod overrides the revision with a
 * pinned tag and adds its sync windows and sync groups.
 */
export function gitops(
  cluster: ClusterRef,
  addons: readonly AddonSpec[] = PLATFORM_ADDONS,
  overrides: Partial<GitOpsTarget> = {},
): GitOpsTarget {
  return { repoUrl: CONFIG_REPO, revision: CONFIG_REVISION, cluster, addons, ...overrides };
}

/**
 * Prod's change window: Saturday 18:00 to midnight, London time. The bank's
 * change calendar decides it: adapt (see "Values to adapt").
 */
export const PROD_CHANGE_WINDOW = {
  schedule: '0 18 * * 6',
  duration: '6h',
  timeZone: 'Europe/London',
  description: 'weekly prod change window',
} as const;
/** The SSO group (as ArgoCD's OIDC groups claim carries it) whose members may sync prod. */
export const PROD_SYNC_GROUPS = ['calypso-prod-release-managers'] as const;

/** The DBA team's database tooling image: backups and restores from snapshots. */
export const DATABASE_TOOLS_IMAGE = { repository: `${REGISTRY}/calypso-db-tools`, tag: '3.4.1' } as const;

/** A restore of a database snapshot with the DBA team's tooling. */
export function restoreSnapshot(snapshot: string): RestoreJobSpec {
  return { image: DATABASE_TOOLS_IMAGE, command: ['calypso-db-tools', 'restore'], snapshot, memory: '2Gi' };
}

/** A backup with the DBA team's tooling, taken before the schema upgrade. */
export const DATABASE_BACKUP: DatabaseJobSpec = { image: DATABASE_TOOLS_IMAGE, command: ['calypso-db-tools', 'backup'], memory: '2Gi' };

/**
 * The step that stops the servers before the database jobs: the bank's mirror of the Kubernetes
 * project's kubectl image (registry.k8s.io/kubectl, which has bash), pinned to a version tag.
 */
export const STOP_SERVERS: StopServersSpec = { image: { repository: 'registry.bank.internal/mirror/kubectl', tag: 'v1.34.1' } };

/** The dev cluster's control plane, which a short-lived environment's stop step calls. */
export const DEV_CLUSTER_API_SERVER = { cidrs: ['10.10.0.0/28'], port: 6443 } as const;

/** The schema upgrade to a release: the release's application image (by digest, when pinned) runs its database upgrade. */
export function schemaUpgrade(tag: string, digests?: ReleaseDigests): DatabaseJobSpec {
  return { image: calypsoImages(tag, digests).application, command: ['/opt/calypso/bin/upgrade-database.sh'], timeoutSeconds: 5400 };
}
