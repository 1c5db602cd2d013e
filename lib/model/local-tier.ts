/**
 * The `local` tier: an environment on a developer's own cluster (MicroK8s,
 * k3d, minikube, Rancher Desktop). Such a cluster has none of the platform's
 * add-ons, so a local environment reads no secret store (its Secrets are made
 * from local files by `npm run local:secrets`, with the names and keys the
 * ExternalSecrets make elsewhere), publishes its routes on node ports, and
 * renders no VerticalPodAutoscaler. It runs on a local cluster only, and a
 * local cluster serves nothing else: the shared dev cluster's secrets (the
 * non-prod secret store) never reach a laptop, and a laptop's never reach it.
 * Plain data and its rules; the constructs skip the ExternalSecrets.
 */
import { DATABASE_SECRET_NAME } from './database-spec';
import type { EnvironmentSettings } from './environment-schema';
import type { ProblemCollector } from './errors';
import { environmentCluster, type ClusterRef } from './gitops-spec';
import { resolveImageContract } from './image-contract';
import { exposureOf } from './ingress-spec';
import { isDnsSubdomain } from './names';
import { CREDENTIAL_SECRET_NAMES } from './credentials-spec';
import { ALERTING_NAME } from './monitoring-spec';
import { LOCAL_DISTRIBUTIONS, LOCAL_TIER } from './tier';

/** One Secret `npm run local:secrets` makes: its name, and each key with the file it is read from. */
export interface LocalSecret {
  /** Name of the Secret, the same as the ExternalSecret of a dev environment makes. */
  readonly name: string;
  /** What the credential is for, e.g. `database`. */
  readonly component: string;
  /** The Secret's keys, each read from the file of the same name in `<dir>/<secret name>/`. */
  readonly keys: readonly string[];
}

/** Whether an environment reads its credentials from a secret store (every tier but local). */
export function readsSecretStore(settings: Pick<EnvironmentSettings, 'tier'>): boolean {
  return settings.tier !== LOCAL_TIER;
}

/** Whether a cluster is a developer's own (it names a local distribution). */
export function isLocalCluster(cluster: ClusterRef): boolean {
  return cluster.distribution !== undefined;
}

/**
 * The Secrets the servers (and the Alertmanager) of an environment read, with
 * their keys: what the ExternalSecrets make in a tier with a secret store, and
 * what `npm run local:secrets` makes in a local one. The key names come from
 * the image contract, as the constructs mount them.
 */
export function environmentSecrets(settings: EnvironmentSettings): LocalSecret[] {
  const contract = resolveImageContract(settings.imageContract);
  const tls = contract.tls;
  const secrets: LocalSecret[] = [
    { name: settings.database.credentials.secretName ?? DATABASE_SECRET_NAME, component: 'database', keys: ['username', 'password'] },
  ];
  const stores = [
    { role: 'keystore', spec: settings.tls?.keystore, file: tls.keystoreFile },
    { role: 'truststore', spec: settings.tls?.truststore, file: tls.truststoreFile },
  ] as const;
  for (const { role, spec, file } of stores) {
    if (spec !== undefined)
      secrets.push({ name: spec.secretName ?? CREDENTIAL_SECRET_NAMES[role], component: role, keys: [file, tls.passwordFile] });
  }
  const ldap = settings.ldap;
  if (ldap !== undefined) {
    const files = contract.ldapBind;
    secrets.push({
      name: ldap.secretName ?? CREDENTIAL_SECRET_NAMES.ldapBind,
      component: 'ldap-bind',
      keys: [files.bindDnFile, files.passwordFile],
    });
  }
  const receivers = settings.monitoring?.alerting?.receivers ?? [];
  if (settings.monitoring?.alerting !== undefined)
    secrets.push({ name: ALERTING_NAME, component: 'alerting', keys: receivers.map((r) => r.name) });
  return secrets;
}

const DISTRIBUTIONS = LOCAL_DISTRIBUTIONS.join(', ');

/**
 * Checks what binds the local tier: a local environment names a local cluster
 * (in `cluster`, or `gitops.cluster` when ArgoCD delivers it), has no secret
 * store, publishes on node ports and has no VerticalPodAutoscalers; every
 * other environment reads a secret store; a local cluster serves the local
 * tier only, and only a local cluster serves it.
 */
export function localTierProblems(settings: EnvironmentSettings, problems: ProblemCollector): void {
  const fail = problems.reporter();
  const local = settings.tier === LOCAL_TIER;
  if (settings.cluster !== undefined && settings.gitops !== undefined) {
    fail('cluster', `the GitOps target names the cluster (gitops.cluster ${settings.gitops.cluster.name}); leave cluster out`);
  }
  if (settings.cluster !== undefined && !isDnsSubdomain(settings.cluster.name ?? '')) {
    fail('cluster.name', `"${settings.cluster.name ?? ''}" is not a cluster name (a DNS name such as calypso-local)`);
  }
  const clusterField = settings.gitops === undefined ? 'cluster' : 'gitops.cluster';
  const cluster = environmentCluster(settings);
  if (cluster !== undefined && Array.isArray(cluster.tiers)) {
    const servesLocal = cluster.tiers.includes(LOCAL_TIER);
    if (isLocalCluster(cluster) && (cluster.tiers.length !== 1 || !servesLocal)) {
      fail(
        `${clusterField}.tiers`,
        `cluster ${cluster.name} is a local ${cluster.distribution} cluster, which serves the local tier only (tiers: ['local']), got ${cluster.tiers.join(', ')}`,
      );
    } else if (!isLocalCluster(cluster) && servesLocal) {
      fail(
        `${clusterField}.distribution`,
        `cluster ${cluster.name} serves the local tier but is not a local cluster; name its distribution (${DISTRIBUTIONS}) or take local out of its tiers`,
      );
    }
  }
  if (!local) {
    if (settings.secretStore === undefined) {
      fail(
        'secretStore',
        `credentials (database, keystores, LDAP bind) are read from a secret store; name a SecretStore or ClusterSecretStore (only a local environment makes its Secrets from files)`,
      );
    }
    return;
  }
  if (cluster === undefined) {
    fail('cluster', `a local environment runs on a developer's own cluster: name it, with its distribution (${DISTRIBUTIONS})`);
  } else if (!isLocalCluster(cluster) && !(cluster.tiers ?? []).includes(LOCAL_TIER)) {
    // (A cluster that serves local without being local is reported above.)
    fail(
      `${clusterField}.distribution`,
      `a local environment runs only on a local cluster (${DISTRIBUTIONS}); cluster ${cluster.name} is not one (it names no distribution)`,
    );
  }
  if (settings.secretStore !== undefined) {
    fail(
      'secretStore',
      `a local cluster has no External Secrets Operator; leave the secret store out and make the Secrets with npm run local:secrets (${settings.secretStore.name})`,
    );
  }
  if (settings.ingress !== undefined && exposureOf(settings.ingress) !== 'nodePort') {
    fail(
      'ingress.exposure',
      `a local cluster has no Gateway or ingress controller of the platform's; publish the routes on node ports (exposure: 'nodePort'), got ${exposureOf(settings.ingress)}`,
    );
  }
  if (settings.verticalAutoscaling !== undefined) {
    fail('verticalAutoscaling', 'a local cluster has no Vertical Pod Autoscaler recommender; leave verticalAutoscaling out');
  }
}
