/**
 * Rules that hold across the environments of one config repository, which
 * ArgoCD delivers together: a cluster is declared once, namespaces and node
 * ports are unique per cluster, a PriorityClass name on a cluster belongs to
 * one environment, a secret store name means one store, and no environment
 * takes a namespace that belongs to Kubernetes, ArgoCD, an add-on or the
 * cluster's DNS and monitoring. Plain data: each rule is a
 * function of the list of specs.
 */
import type { EnvironmentSpec } from './environment-schema';
import type { ProblemCollector, SpecProblem } from './errors';
import { DEFAULT_ARGOCD_NAMESPACE, environmentCluster, type ClusterRef } from './gitops-spec';
import { DEFAULT_GATEWAY_DATA_PLANE_NAMESPACE } from './gateway-spec';
import { DEFAULT_INGRESS_CONTROLLER_NAMESPACE, exposureOf } from './ingress-spec';
import { DEFAULT_DNS, DEFAULT_MONITORING } from './network-spec';
import { PRIORITY_TIERS, priorityClassChoice, type PriorityTier } from './priority';

/** Namespaces Kubernetes itself owns. */
export const SYSTEM_NAMESPACES: readonly string[] = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

/** The namespace an environment's objects go to. */
export function environmentNamespace(spec: Pick<EnvironmentSpec, 'name' | 'namespace'>): string {
  return spec.namespace ?? `calypso-${spec.name}`;
}

/** The key a cluster is known by: its API server URL, or its name when it has none. */
export function clusterKey(cluster: ClusterRef): string {
  return cluster.server ?? cluster.name;
}

/**
 * Namespaces an environment may not take, each with what it belongs to:
 * Kubernetes' own, the ArgoCD namespace, its add-ons', and the DNS,
 * monitoring, ingress controller and Gateway data-plane namespaces its network policies name.
 */
export function reservedNamespaces(spec: EnvironmentSpec): Map<string, string> {
  const reserved = new Map<string, string>();
  const reserve = (namespace: string | undefined, owner: string): void => {
    if (namespace !== undefined && !reserved.has(namespace)) reserved.set(namespace, owner);
  };
  for (const namespace of SYSTEM_NAMESPACES) reserve(namespace, 'a Kubernetes system namespace');
  reserve(spec.gitops?.argocdNamespace ?? DEFAULT_ARGOCD_NAMESPACE, 'the ArgoCD namespace');
  for (const addon of spec.gitops?.addons ?? []) reserve(addon.namespace, `the namespace of add-on ${addon.name}`);
  reserve(spec.network?.dns?.namespace ?? DEFAULT_DNS.namespace, 'the cluster DNS namespace (network.dns.namespace)');
  reserve(spec.network?.monitoring?.namespace ?? DEFAULT_MONITORING.namespace, 'the monitoring namespace (network.monitoring.namespace)');
  reserve(
    spec.ingress?.controllerNamespace ?? DEFAULT_INGRESS_CONTROLLER_NAMESPACE,
    'the ingress controller namespace (ingress.controllerNamespace)',
  );
  if (spec.ingress !== undefined && exposureOf(spec.ingress) === 'gateway') {
    reserve(
      spec.ingress.gateway?.dataPlaneNamespace ?? DEFAULT_GATEWAY_DATA_PLANE_NAMESPACE,
      "the Gateway's data-plane namespace (ingress.gateway.dataPlaneNamespace)",
    );
  }
  return reserved;
}

function reservedMessage(namespace: string, owner: string): string {
  return `${namespace} is ${owner}; an environment needs a namespace of its own`;
}

/** One environment's namespace is none of the namespaces it reserves itself (see reservedNamespaces). */
export function reservedNamespaceProblems(spec: EnvironmentSpec, problems: ProblemCollector): void {
  const namespace = environmentNamespace(spec);
  const owner = reservedNamespaces(spec).get(namespace);
  if (owner !== undefined) problems.environmentProblem('namespace', reservedMessage(namespace, owner));
}

/** What a secret store name stands for, to compare declarations. */
function storeIdentity(store: NonNullable<EnvironmentSpec['secretStore']>): string {
  return `a ${store.kind ?? 'ClusterSecretStore'} serving ${[...(store.tiers ?? [])].sort().join(', ') || 'no tier'}`;
}

/** A PriorityClass name an environment takes on its cluster: one it renders, or an existing one it names. */
interface PriorityClassUse {
  readonly environment: string;
  readonly tier: PriorityTier;
  readonly name: string;
  /** True when named in `placement.priorityClasses` (the cluster provides it), false when rendered. */
  readonly existing: boolean;
}

/**
 * Every problem across the environments of one config repository. Each
 * problem belongs to the environment that declares the second, clashing
 * value (in the order given), and names the environment of the first.
 */
export function environmentSetProblems(specs: readonly EnvironmentSpec[]): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const urlsByName = new Map<string, { url: string; environment: string }>();
  const namesByUrl = new Map<string, { name: string; environment: string }>();
  const namespaces = new Map<string, string>();
  const stores = new Map<string, { identity: string; environment: string }>();
  const nodePorts = new Map<string, { environment: string; server: string }>();
  const priorityClasses = new Map<string, PriorityClassUse>();
  const addonNamespaces = new Map<string, string>();
  for (const spec of specs) {
    for (const addon of spec.gitops?.addons ?? []) {
      if (!addonNamespaces.has(addon.namespace))
        addonNamespaces.set(addon.namespace, `the namespace of add-on ${addon.name} (environment ${spec.name})`);
    }
    const argocd = spec.gitops?.argocdNamespace ?? DEFAULT_ARGOCD_NAMESPACE;
    if (!addonNamespaces.has(argocd)) addonNamespaces.set(argocd, `the ArgoCD namespace (environment ${spec.name})`);
  }

  for (const spec of specs) {
    const fail = (field: string, message: string): void => {
      problems.push({ environment: spec.name, field, message });
    };
    const namespace = environmentNamespace(spec);
    // What the environment reserves itself is reported with the environment alone (reservedNamespaceProblems).
    const othersReserve = addonNamespaces.get(namespace);
    if (othersReserve !== undefined && !reservedNamespaces(spec).has(namespace))
      fail('namespace', reservedMessage(namespace, othersReserve));

    const store = spec.secretStore;
    if (store?.name !== undefined) {
      const identity = storeIdentity(store);
      const first = stores.get(store.name);
      if (first !== undefined && first.identity !== identity) {
        fail(
          'secretStore',
          `secret store ${store.name} is ${identity} here but ${first.identity} in environment ${first.environment}; one store name is one store`,
        );
      }
      if (first === undefined) stores.set(store.name, { identity, environment: spec.name });
    }

    const cluster = environmentCluster(spec);
    if (cluster === undefined) continue;
    const clusterField = spec.gitops === undefined ? 'cluster' : 'gitops.cluster';
    if (cluster.server !== undefined) {
      const byName = urlsByName.get(cluster.name);
      if (byName !== undefined && byName.url !== cluster.server) {
        fail(
          clusterField,
          `cluster ${cluster.name} has API server ${cluster.server} here but ${byName.url} in environment ${byName.environment}; a cluster is declared once`,
        );
      }
      if (byName === undefined) urlsByName.set(cluster.name, { url: cluster.server, environment: spec.name });
      const byUrl = namesByUrl.get(cluster.server);
      if (byUrl !== undefined && byUrl.name !== cluster.name) {
        fail(
          clusterField,
          `API server ${cluster.server} is cluster ${byUrl.name} in environment ${byUrl.environment} but ${cluster.name} here; one cluster under two names would let two environments share a namespace`,
        );
      }
      if (byUrl === undefined) namesByUrl.set(cluster.server, { name: cluster.name, environment: spec.name });
    }

    const key = clusterKey(cluster);
    const place = `${namespace} on cluster ${cluster.name}`;
    const other = namespaces.get(`${key}/${namespace}`);
    if (other !== undefined) fail('namespace', `${place} is also environment ${other}'s; each environment needs a namespace of its own`);
    else namespaces.set(`${key}/${namespace}`, spec.name);

    // PriorityClasses are cluster-wide. The names environments render come from their namespaces, so they clash only where the
    // namespaces do (reported above); a name one environment renders is also no other's existing class, which would go with it.
    for (const tier of other === undefined ? PRIORITY_TIERS : []) {
      const use: PriorityClassUse = { environment: spec.name, tier, ...priorityClassChoice(namespace, spec.placement, tier) };
      const classKey = `${key}/${use.name}`;
      const first = priorityClasses.get(classKey);
      if (first === undefined || (first.existing && !use.existing)) priorityClasses.set(classKey, use);
      if (first === undefined || (first.existing && use.existing)) continue;
      const clash = use.existing
        ? `${use.name} is the ${first.tier} PriorityClass environment ${first.environment} renders on cluster ${cluster.name}, and goes when that environment goes: name a class the cluster provides`
        : `this environment renders its ${tier} PriorityClass ${use.name} on cluster ${cluster.name}, which environment ${first.environment} ` +
          (first.existing
            ? `names as an existing class (placement.priorityClasses.${first.tier}); it would go when this environment goes, so that environment names a class the cluster provides`
            : 'renders too; a PriorityClass name belongs to one environment');
      fail(use.existing ? `placement.priorityClasses.${tier}` : 'namespace', clash);
    }

    if (spec.ingress === undefined || exposureOf(spec.ingress) !== 'nodePort') continue;
    (spec.ingress?.routes ?? []).forEach((route, index) => {
      if (route.nodePort === undefined) return;
      const portKey = `${key}/${route.nodePort}`;
      const taken = nodePorts.get(portKey);
      if (taken !== undefined && taken.environment !== spec.name) {
        fail(
          `ingress.routes[${index}].nodePort`,
          `node port ${route.nodePort} on cluster ${cluster.name} is already environment ${taken.environment}'s (${taken.server}); node ports are cluster-wide`,
        );
      } else if (taken === undefined) nodePorts.set(portKey, { environment: spec.name, server: route.server });
    });
  }
  return problems;
}
