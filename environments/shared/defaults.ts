/**
 * What every environment shares. An environment file states only what
 * differs from this, so a difference between dev, UAT and prod is visible as
 * a difference in data.
 */
import type { DatabaseSpec, ImagesSpec, NodePoolSpec, NodeSize, NodeTaint, SecretStoreRef, StorageClassKind } from '../../lib';

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

/** An environment's database; the credentials live at `calypso/<env>/database` (properties username, password). */
export function database(environment: string, vendor: DatabaseSpec['vendor'], jdbcUrl: string): DatabaseSpec {
  const key = secretPath(environment, 'database');
  return { vendor, jdbcUrl, credentials: { username: { key, property: 'username' }, password: { key, property: 'password' } } };
}

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
