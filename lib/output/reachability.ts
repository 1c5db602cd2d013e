/**
 * What the network lets through, computed from rendered NetworkPolicies,
 * workloads and Services, the way a NetworkPolicy-enforcing CNI decides
 * (Kubernetes "Network Policies" concept page and the
 * networking.k8s.io/v1 API reference):
 *
 * - a pod is isolated for ingress (egress) when some policy of its
 *   namespace selects it and lists `Ingress` (`Egress`) in `policyTypes`;
 *   an isolated pod accepts (sends) only what some rule of those policies
 *   allows, and policies add up;
 * - a connection succeeds only when the sender's egress and the receiver's
 *   ingress both allow it;
 * - a rule with no `from`/`to` matches every peer, with no `ports` every
 *   port; a peer with `podSelector` alone means pods of the policy's own
 *   namespace, `namespaceSelector` alone every pod of those namespaces,
 *   both together those pods of those namespaces, `ipBlock` addresses
 *   (less its `except` blocks), never pods of the cluster;
 * - a port is a number, a range (`endPort`), or a container port name of
 *   the receiving pod; the protocol defaults to TCP.
 *
 * Only the policies given are known: pods of other namespaces (the DNS,
 * Prometheus, the ingress controller) are taken as not isolated, and
 * addresses outside the cluster have no policies. Library code, so
 * consumers can run it over their own charts.
 */
import type { Manifest } from './render';

/** The label every Namespace carries with its own name. */
const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** A label selector: matchLabels and matchExpressions. */
export interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: readonly { readonly key: string; readonly operator: string; readonly values?: readonly string[] }[];
}

/** One end of a connection: pods (by namespace and labels) or an address block outside the cluster. */
export type NetworkEndpoint =
  | {
      readonly kind: 'pod';
      readonly namespace: string;
      readonly labels: Readonly<Record<string, string>>;
      /** Labels of the pod's namespace. @default { 'kubernetes.io/metadata.name': namespace } */
      readonly namespaceLabels?: Readonly<Record<string, string>>;
      /** The pod's container ports by name, for rules that name a port. @default {} */
      readonly namedPorts?: Readonly<Record<string, number>>;
    }
  | { readonly kind: 'address'; readonly cidr: string };

/** A port on the receiving end. */
export interface NetworkPort {
  readonly port: number;
  /** @default 'TCP' */
  readonly protocol?: string;
}

interface PolicyPeer {
  readonly podSelector?: LabelSelector;
  readonly namespaceSelector?: LabelSelector;
  readonly ipBlock?: { readonly cidr: string; readonly except?: readonly string[] };
}
interface PolicyPort {
  readonly protocol?: string;
  readonly port?: number | string;
  readonly endPort?: number;
}
interface PolicyRule {
  readonly peers?: readonly PolicyPeer[];
  readonly ports?: readonly PolicyPort[];
}
interface Policy {
  readonly namespace: string;
  readonly podSelector: LabelSelector;
  readonly ingressIsolated: boolean;
  readonly egressIsolated: boolean;
  readonly ingress: readonly PolicyRule[];
  readonly egress: readonly PolicyRule[];
}

/** A Service port: what clients connect to, and where it lands on the pods. */
export interface ServicePort {
  readonly name?: string;
  readonly port: number;
  readonly protocol: string;
  readonly targetPort: number | string;
  readonly nodePort?: number;
}

/** A Service, as the reachability model reads it. */
export interface ServiceView {
  readonly namespace: string;
  readonly name: string;
  readonly type: string;
  readonly selector?: Readonly<Record<string, string>>;
  readonly ports: readonly ServicePort[];
  readonly loadBalancerSourceRanges?: readonly string[];
}

/** True when a label selector selects these labels (an empty selector selects everything). */
export function selectorMatches(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  return (
    byLabels &&
    (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
      switch (operator) {
        case 'In':
          return key in labels && values.includes(labels[key]);
        case 'NotIn':
          return !(key in labels) || !values.includes(labels[key]);
        case 'Exists':
          return key in labels;
        case 'DoesNotExist':
          return !(key in labels);
        default:
          throw new Error(`unknown label selector operator ${operator}`);
      }
    })
  );
}

/** An IPv4 block as [first, last] address. IPv6 blocks are not modelled (none is emitted). */
function ipv4Range(cidr: string): [number, number] {
  const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)(?:\/(\d+))?$/.exec(cidr);
  if (!match) throw new Error(`"${cidr}" is not an IPv4 address or block`);
  const address = match.slice(1, 5).reduce((value, octet) => value * 256 + Number(octet), 0);
  const prefix = match[5] === undefined ? 32 : Number(match[5]);
  const size = 2 ** (32 - prefix);
  const first = Math.floor(address / size) * size;
  return [first, first + size - 1];
}

/** True when every address of `inner` lies in `outer`. */
export function cidrContains(outer: string, inner: string): boolean {
  const [outerFirst, outerLast] = ipv4Range(outer);
  const [innerFirst, innerLast] = ipv4Range(inner);
  return outerFirst <= innerFirst && innerLast <= outerLast;
}

function cidrsOverlap(a: string, b: string): boolean {
  const [aFirst, aLast] = ipv4Range(a);
  const [bFirst, bLast] = ipv4Range(b);
  return aFirst <= bLast && bFirst <= aLast;
}

const namespaceLabelsOf = (endpoint: Extract<NetworkEndpoint, { kind: 'pod' }>): Readonly<Record<string, string>> =>
  endpoint.namespaceLabels ?? { [NAMESPACE_NAME_LABEL]: endpoint.namespace };

function peerMatches(peer: PolicyPeer, policyNamespace: string, endpoint: NetworkEndpoint): boolean {
  if (peer.ipBlock !== undefined) {
    if (endpoint.kind !== 'address') return false;
    return (
      cidrContains(peer.ipBlock.cidr, endpoint.cidr) && !(peer.ipBlock.except ?? []).some((except) => cidrsOverlap(except, endpoint.cidr))
    );
  }
  if (endpoint.kind !== 'pod') return false;
  const inNamespace =
    peer.namespaceSelector === undefined
      ? endpoint.namespace === policyNamespace
      : selectorMatches(peer.namespaceSelector, namespaceLabelsOf(endpoint));
  return inNamespace && (peer.podSelector === undefined || selectorMatches(peer.podSelector, endpoint.labels));
}

function portMatches(rulePort: PolicyPort, port: NetworkPort, receiver: NetworkEndpoint): boolean {
  if ((rulePort.protocol ?? 'TCP') !== (port.protocol ?? 'TCP')) return false;
  if (rulePort.port === undefined) return true;
  if (typeof rulePort.port === 'string') return receiver.kind === 'pod' && receiver.namedPorts?.[rulePort.port] === port.port;
  return rulePort.endPort === undefined ? rulePort.port === port.port : rulePort.port <= port.port && port.port <= rulePort.endPort;
}

function ruleAllows(
  rule: PolicyRule,
  policyNamespace: string,
  peer: NetworkEndpoint,
  port: NetworkPort,
  receiver: NetworkEndpoint,
): boolean {
  const peerOk = rule.peers === undefined || rule.peers.length === 0 || rule.peers.some((p) => peerMatches(p, policyNamespace, peer));
  const portOk = rule.ports === undefined || rule.ports.length === 0 || rule.ports.some((p) => portMatches(p, port, receiver));
  return peerOk && portOk;
}

function policyOf(manifest: Manifest): Policy {
  const spec = manifest.spec as {
    podSelector?: LabelSelector;
    policyTypes?: string[];
    ingress?: { from?: PolicyPeer[]; ports?: PolicyPort[] }[];
    egress?: { to?: PolicyPeer[]; ports?: PolicyPort[] }[];
  };
  // Without policyTypes, a policy is for Ingress, and for Egress too when it has egress rules.
  const types = spec.policyTypes ?? ['Ingress', ...(spec.egress === undefined ? [] : ['Egress'])];
  return {
    namespace: manifest.metadata.namespace ?? 'default',
    podSelector: spec.podSelector ?? {},
    ingressIsolated: types.includes('Ingress'),
    egressIsolated: types.includes('Egress'),
    ingress: (spec.ingress ?? []).map((rule) => ({ peers: rule.from, ports: rule.ports })),
    egress: (spec.egress ?? []).map((rule) => ({ peers: rule.to, ports: rule.ports })),
  };
}

function serviceOf(manifest: Manifest): ServiceView {
  const spec = manifest.spec as {
    type?: string;
    selector?: Record<string, string>;
    ports?: { name?: string; port: number; protocol?: string; targetPort?: number | string; nodePort?: number }[];
    loadBalancerSourceRanges?: string[];
  };
  return {
    namespace: manifest.metadata.namespace ?? 'default',
    name: manifest.metadata.name,
    type: spec.type ?? 'ClusterIP',
    selector: spec.selector,
    ports: (spec.ports ?? []).map((port) => ({
      name: port.name,
      port: port.port,
      protocol: port.protocol ?? 'TCP',
      targetPort: port.targetPort ?? port.port,
      nodePort: port.nodePort,
    })),
    loadBalancerSourceRanges: spec.loadBalancerSourceRanges,
  };
}

const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Rollout'];

interface PodTemplate {
  metadata?: { labels?: Record<string, string> };
  spec?: { containers?: { ports?: { name?: string; containerPort: number; protocol?: string }[] }[] };
}

function templateOf(manifest: Manifest): PodTemplate | undefined {
  const spec = manifest.spec as { template?: PodTemplate; jobTemplate?: { spec?: { template?: PodTemplate } } } | undefined;
  return manifest.kind === 'CronJob' ? spec?.jobTemplate?.spec?.template : spec?.template;
}

/** The network of a set of rendered objects: who may open a connection to whom, on which port. */
export class NetworkReachability {
  private readonly policies: readonly Policy[];
  private readonly workloads: readonly Manifest[];
  /** Every Service, in the order given. */
  public readonly services: readonly ServiceView[];

  public constructor(manifests: readonly Manifest[]) {
    this.policies = manifests.filter((m) => m.kind === 'NetworkPolicy').map(policyOf);
    this.services = manifests.filter((m) => m.kind === 'Service').map(serviceOf);
    this.workloads = manifests.filter((m) => WORKLOAD_KINDS.includes(m.kind));
  }

  /** The pods of a workload (Deployment, StatefulSet, DaemonSet, Job, CronJob) by name. */
  public podsOf(name: string, namespace?: string): Extract<NetworkEndpoint, { kind: 'pod' }> {
    const workload = this.workloads.find(
      (m) => m.metadata.name === name && (namespace === undefined || m.metadata.namespace === namespace),
    );
    const template = workload && templateOf(workload);
    if (!workload || !template) throw new Error(`no workload named ${name}${namespace === undefined ? '' : ` in ${namespace}`}`);
    const namedPorts: Record<string, number> = {};
    for (const container of template.spec?.containers ?? [])
      for (const port of container.ports ?? []) if (port.name) namedPorts[port.name] = port.containerPort;
    return { kind: 'pod', namespace: workload.metadata.namespace ?? 'default', labels: template.metadata?.labels ?? {}, namedPorts };
  }

  /** Names of every workload given. */
  public get workloadNames(): string[] {
    return this.workloads.map((m) => m.metadata.name);
  }

  /** The ports a workload's containers declare. */
  public containerPorts(name: string): NetworkPort[] {
    const workload = this.workloads.find((m) => m.metadata.name === name);
    const template = workload && templateOf(workload);
    return (template?.spec?.containers ?? []).flatMap((container) =>
      (container.ports ?? []).map((port) => ({ port: port.containerPort, protocol: port.protocol ?? 'TCP' })),
    );
  }

  /** Whether `from` may open a connection to `to` on `port`: the sender's egress and the receiver's ingress both allow it. */
  public allows(from: NetworkEndpoint, to: NetworkEndpoint, port: NetworkPort): boolean {
    return this.allowedBy('egress', from, to, port) && this.allowedBy('ingress', to, from, port);
  }

  /** The ports among `candidates` that `from` may open to `to`, as `PROTOCOL/port`, sorted. */
  public openPorts(from: NetworkEndpoint, to: NetworkEndpoint, candidates: readonly NetworkPort[]): string[] {
    const open = candidates.filter((port) => this.allows(from, to, port)).map((port) => `${port.protocol ?? 'TCP'}/${port.port}`);
    return [...new Set(open)].sort();
  }

  /** The Service of that name, if any. */
  public service(name: string, namespace?: string): ServiceView | undefined {
    return this.services.find((s) => s.name === name && (namespace === undefined || s.namespace === namespace));
  }

  /** Services whose selector selects the pods. */
  public servicesSelecting(pods: Extract<NetworkEndpoint, { kind: 'pod' }>): ServiceView[] {
    return this.services.filter(
      (s) => s.namespace === pods.namespace && s.selector !== undefined && selectorMatches({ matchLabels: s.selector }, pods.labels),
    );
  }

  /** The pod port a Service port lands on, for those pods (a named target port resolves to their container port). */
  public targetPort(servicePort: ServicePort, pods: Extract<NetworkEndpoint, { kind: 'pod' }>): NetworkPort | undefined {
    const port = typeof servicePort.targetPort === 'number' ? servicePort.targetPort : pods.namedPorts?.[servicePort.targetPort];
    return port === undefined ? undefined : { port, protocol: servicePort.protocol };
  }

  private allowedBy(direction: 'ingress' | 'egress', subject: NetworkEndpoint, peer: NetworkEndpoint, port: NetworkPort): boolean {
    // Outside the cluster nothing is enforced by these policies.
    if (subject.kind !== 'pod') return true;
    const receiver = direction === 'ingress' ? subject : peer;
    const selecting = this.policies.filter(
      (policy) =>
        policy.namespace === subject.namespace &&
        (direction === 'ingress' ? policy.ingressIsolated : policy.egressIsolated) &&
        selectorMatches(policy.podSelector, subject.labels),
    );
    if (selecting.length === 0) return true;
    return selecting.some((policy) => policy[direction].some((rule) => ruleAllows(rule, policy.namespace, peer, port, receiver)));
  }
}
