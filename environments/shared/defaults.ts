/**
 * What every environment shares. An environment file states only what
 * differs from this, so a difference between dev, UAT and prod is visible as
 * a difference in data.
 */
import type {
  DatabaseNetwork,
  DatabaseSpec,
  EventExporterSpec,
  ExternalSystem,
  ImagesSpec,
  JavaStoreSpec,
  LdapBindSpec,
  MonitoringSpec,
  NodePoolSpec,
  NodeSize,
  NodeTaint,
  SecretStoreRef,
  StorageClassKind,
} from '../../lib';

/** The bank's registry; images are built from calypso-application by the image pipeline. */
export const REGISTRY = 'registry.bank.internal/calypso';

/** The three Calypso images of one release; the image generation script builds them together. */
export function calypsoImages(tag: string): ImagesSpec {
  return {
    application: { repository: `${REGISTRY}/calypso-application-custom`, tag },
    init: { repository: `${REGISTRY}/calypso-init`, tag },
    dependencyWait: { repository: `${REGISTRY}/calypso-dependency-wait`, tag },
  };
}

/** Secret manager path of an environment's credentials: `calypso/<env>/<credential>`. */
export function secretPath(environment: string, credential: string): string {
  return `calypso/${environment}/${credential}`;
}

/**
 * An environment's database; the credentials live at `calypso/<env>/database`
 * (properties username, password). `network` gives the database hosts'
 * addresses for the egress network policy; the port comes from the JDBC URL.
 */
export function database(environment: string, vendor: DatabaseSpec['vendor'], jdbcUrl: string, network: DatabaseNetwork): DatabaseSpec {
  const key = secretPath(environment, 'database');
  return { vendor, jdbcUrl, network, credentials: { username: { key, property: 'username' }, password: { key, property: 'password' } } };
}

/**
 * A Java keystore or truststore kept at `calypso/<env>/tls/<store>`: the
 * PKCS12 file base64-encoded in property `file`, its password in `password`.
 */
export function javaStore(environment: string, store: 'keystore' | 'truststore', servers?: readonly string[]): JavaStoreSpec {
  const key = secretPath(environment, `tls/${store}`);
  return { file: { key, property: 'file', decodingStrategy: 'Base64' }, password: { key, property: 'password' }, servers };
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

/** The ClusterSecretStores the External Secrets Operator reads from: prod has its own. */
export const SECRET_STORES = {
  nonProd: { name: 'vault-calypso-nonprod', kind: 'ClusterSecretStore' },
  prod: { name: 'vault-calypso-prod', kind: 'ClusterSecretStore' },
} as const satisfies Record<string, SecretStoreRef>;

/** Node label (and taint key) that marks which pool a node belongs to. */
export const NODE_POOL_LABEL = 'calypso.bank.internal/pool';

/**
 * A node pool of the bank's clusters: nodes labelled `calypso.bank.internal/pool=<name>`.
 * A dedicated pool is also tainted `<label>=<name>:NoSchedule`, so only the Calypso
 * servers pinned to it run there. `nodeAllocatable` is what one node offers pods:
 * its allocatable CPU and memory less the DaemonSets (log shipper, node exporter, CNI).
 */
export function nodePool(name: string, nodeAllocatable: NodeSize, dedicated: boolean): NodePoolSpec {
  const taints: NodeTaint[] = dedicated ? [{ key: NODE_POOL_LABEL, value: name, effect: 'NoSchedule' }] : [];
  return { name, nodeLabels: { [NODE_POOL_LABEL]: name }, taints, nodeAllocatable };
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
