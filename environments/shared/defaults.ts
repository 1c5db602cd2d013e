/**
 * What every environment shares. An environment file states only what
 * differs from this, so a difference between dev, UAT and prod is visible as
 * a difference in data.
 */
import type { DatabaseSpec, EventExporterSpec, ImagesSpec, MonitoringSpec, SecretStoreRef } from '../../lib';

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
