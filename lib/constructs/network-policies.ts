/**
 * Network isolation of one environment, from its dependency graph:
 *
 * - `default-deny`: no pod of the namespace may send or receive anything;
 * - `allow-dns`: every pod may ask the cluster DNS (UDP and TCP 53);
 * - one policy per server, named after it, with one egress rule per
 *   dependency (exactly the ports the dependency's Service publishes) and
 *   one ingress rule admitting exactly its dependents (by name) on exactly
 *   its own ports, plus the front door (the Gateway's proxies, the ingress
 *   controller, or the node network) on the routed ports and the scraper on
 *   the management (metrics) port; an external dependent is admitted by its
 *   CIDRs, which reach the pods through its entry point (a LoadBalancer
 *   Service with `externalTrafficPolicy: Local`, which keeps the client's
 *   address; see external-entry-points.ts);
 * - `allow-database`: the servers may reach the database hosts on its port;
 * - `allow-external-<name>`: the named servers may reach one external
 *   system on its ports;
 * - `allow-telepresence-<server>` (dev only, for each server `debug.telepresence`
 *   names): see "Telepresence" below.
 *
 * Policies are additive, so each rule above opens exactly one thing and
 * nothing else is open. Servers outside the cluster (ExternalName) are
 * reached, and admitted, by the CIDRs the spec gives them.
 *
 * Telepresence 2 (dev only), from its docs:
 * - https://telepresence.io/docs/reference/architecture : the traffic-manager
 *   is "the central point of communication between Traffic Agents in the
 *   cluster and Telepresence Daemons", proxying the inbound and outbound
 *   traffic; the agent is a sidecar injected into the intercepted pods.
 *   The agent calls the manager (traffic-agent MANAGER_PORT 8081, the chart's
 *   Service port `api`), never the other way round: tunnels run over that
 *   gRPC stream, and the client reaches an agent by port-forward (the Role's
 *   `pods/portforward`, through the kubelet, which policies do not filter).
 *   So: egress from the server's pods to the manager's pod on its API port
 *   (`allow-telepresence-<server>`).
 * - https://telepresence.io/docs/reference/intercepts/sidecar and the chart
 *   (charts/telepresence, selector labels `app: traffic-manager`,
 *   `telepresence: manager`, namespace `ambassador` by default): with named
 *   target ports the agent takes over each port name and listens on
 *   AGENT_PORT (9900) and the ports after it, so whoever may reach the
 *   server's ports may reach that range too (its own policy's rules).
 * - https://www.telepresence.io/docs/latest/reference/routing/ : the
 *   laptop's outbound connections and lookups leave the cluster side from a
 *   traffic-agent in the connected namespace, or from the traffic-manager
 *   when there is none. From the agent they are the server's own edges,
 *   already admitted; from the manager, each in-cluster dependency of the
 *   server admits the manager's pod on exactly its own ports.
 */
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import type { CalypsoEnvironment } from './calypso-environment';
import type { CalypsoServer } from './calypso-server';
import { SpecError } from '../model/errors';
import type { NamedPort } from '../model/image-contract';
import { DEFAULT_GATEWAY_DATA_PLANE_NAMESPACE, gatewayDataPlaneLabels } from '../model/gateway-spec';
import { exposureOf } from '../model/ingress-spec';
import { routePort } from '../model/ingress-validation';
import { selectorLabels } from '../model/names';
import { NAMESPACE_NAME_LABEL, NETWORK_POLICY_NAMES } from '../model/network-spec';
import {
  resolveTelepresenceManager,
  TELEPRESENCE_POLICY_PREFIX,
  TELEPRESENCE_TIERS,
  type ResolvedTelepresenceManager,
} from '../model/debug-spec';

/** Props of CalypsoNetworkPolicies. */
export interface CalypsoNetworkPoliciesProps {
  readonly environment: CalypsoEnvironment;
  /**
   * Every server of the environment, with its dependencies already declared
   * (`dependsOn`): the policies follow the environment's graph as it is now.
   */
  readonly servers: readonly CalypsoServer[];
}

const COMPONENT_LABEL = 'app.kubernetes.io/component';

function tcp(ports: readonly NamedPort[]): k8s.NetworkPolicyPort[] {
  return ports.map((port) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port.port) }));
}

function cidrPeers(cidrs: readonly string[]): k8s.NetworkPolicyPeer[] {
  return cidrs.map((cidr) => ({ ipBlock: { cidr } }));
}

function namespacePeer(namespace: string, podLabels?: Readonly<Record<string, string>>): k8s.NetworkPolicyPeer {
  return {
    namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: namespace } },
    ...(podLabels === undefined ? {} : { podSelector: { matchLabels: { ...podLabels } } }),
  };
}

/** The network policies of one environment. */
export class CalypsoNetworkPolicies extends Construct {
  public readonly defaultDeny: k8s.KubeNetworkPolicy;
  public readonly dns: k8s.KubeNetworkPolicy;
  public readonly database: k8s.KubeNetworkPolicy;
  /** One policy per server running in the cluster, by server name. */
  public readonly serverPolicies: ReadonlyMap<string, k8s.KubeNetworkPolicy>;
  /** One policy per external system, by system name. */
  public readonly externalSystemPolicies: ReadonlyMap<string, k8s.KubeNetworkPolicy>;
  /** Per server `debug.telepresence` names (dev only), the policy letting its traffic agent reach the traffic-manager. */
  public readonly telepresencePolicies: ReadonlyMap<string, k8s.KubeNetworkPolicy>;

  private readonly environment: CalypsoEnvironment;
  private readonly databaseClients: string[];
  private readonly byName = new Map<string, CalypsoServer>();
  private readonly policiesByServer = new Map<string, k8s.KubeNetworkPolicy>();
  /** Per server policy: its ingress rules and the dependents (pods, by name) its first rule admits; later dependents join them. */
  private readonly admissions = new Map<string, { ingress: k8s.NetworkPolicyIngressRule[]; pods: string[] }>();
  /** Components allowed to reach the API server, and their policy once there is one. */
  private readonly apiServerClients: string[] = [];
  private apiServerPolicy?: k8s.KubeNetworkPolicy;
  /** Servers Telepresence may intercept here (none outside dev), and where its traffic-manager runs. */
  private readonly intercepted: ReadonlySet<string>;
  private readonly telepresenceManager: ResolvedTelepresenceManager;

  public constructor(scope: Construct, id: string, props: CalypsoNetworkPoliciesProps) {
    super(scope, id);
    const env = props.environment;
    this.environment = env;
    const settings = env.settings;
    for (const server of props.servers) this.byName.set(server.name, server);
    const inCluster = props.servers.filter((server) => !server.resolved.external);
    const serverOf = (name: string): CalypsoServer => this.serverOf(name);

    this.defaultDeny = new k8s.KubeNetworkPolicy(this, 'DefaultDeny', {
      metadata: { name: NETWORK_POLICY_NAMES.defaultDeny, labels: env.labels('network-policy', 'platform') },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    });

    const network = env.resolvedSettings.network;
    const dns = network.dns;
    this.dns = new k8s.KubeNetworkPolicy(this, 'Dns', {
      metadata: { name: NETWORK_POLICY_NAMES.dns, labels: env.labels('network-policy', 'platform') },
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [
          {
            to: [namespacePeer(dns.namespace, dns.podSelector)],
            ports: [
              { protocol: 'UDP', port: k8s.IntOrString.fromNumber(dns.port) },
              { protocol: 'TCP', port: k8s.IntOrString.fromNumber(dns.port) },
            ],
          },
        ],
      },
    });

    // Every route names a server given here and one of its service ports (checked with a spec; this guards policies built by hand).
    for (const [index, route] of (settings.ingress?.routes ?? []).entries()) {
      const server = serverOf(route.server);
      const name = routePort(route, server.resolved, env.contract);
      if (!server.plan.routedPorts.some((port) => port.name === name)) {
        throw this.problem(`ingress.routes[${index}].port`, `${route.server} has no service port named "${name}"`);
      }
    }

    const debug = settings.debug;
    this.intercepted = new Set(TELEPRESENCE_TIERS.includes(settings.tier) ? (debug?.telepresence ?? []) : []);
    this.telepresenceManager = resolveTelepresenceManager(debug);
    this.serverPolicies = this.policiesByServer;
    for (const server of inCluster) this.addServerPolicy(server, server.plan.dependents);
    this.telepresencePolicies = this.addTelepresence(inCluster.filter((server) => this.intercepted.has(server.name)));

    const database = settings.database.network;
    const port = network.databasePort;
    if (!database?.cidrs.length || port === undefined) throw this.problem('database.network', 'the database CIDRs and port are required');
    this.databaseClients = inCluster.map((server) => server.name);
    this.database = new k8s.KubeNetworkPolicy(this, 'Database', {
      metadata: { name: NETWORK_POLICY_NAMES.database, labels: env.labels('network-policy', 'database') },
      spec: {
        podSelector: this.podsOf(this.databaseClients),
        policyTypes: ['Egress'],
        egress: [{ to: cidrPeers(database.cidrs), ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) }] }],
      },
    });

    const externalPolicies = new Map<string, k8s.KubeNetworkPolicy>();
    for (const system of settings.network?.externalSystems ?? []) {
      for (const name of system.servers) serverOf(name);
      if (!system.cidrs.length || !system.ports.length || !system.servers.length) {
        throw this.problem(`network.externalSystems.${system.name}`, 'needs CIDRs, ports and servers');
      }
      externalPolicies.set(
        system.name,
        new k8s.KubeNetworkPolicy(this, `External-${system.name}`, {
          metadata: { name: `${NETWORK_POLICY_NAMES.externalPrefix}${system.name}`, labels: env.labels('network-policy', system.name) },
          spec: {
            podSelector: this.podsOf([...system.servers]),
            policyTypes: ['Egress'],
            egress: [
              {
                to: cidrPeers(system.cidrs),
                ports: system.ports.map((p) => ({ protocol: system.protocol ?? 'TCP', port: k8s.IntOrString.fromNumber(p) })),
              },
            ],
          },
        }),
      );
    }
    this.externalSystemPolicies = externalPolicies;
  }

  /**
   * Takes in servers added after the policies were built (see CalypsoPlatform): each one's own policy
   * (its dependents and dependencies as the environment's graph has them now), admission by
   * each server it depends on, and the database. Call once its dependencies are declared.
   */
  public addServers(servers: readonly CalypsoServer[]): void {
    const added = servers.filter((server) => !this.byName.has(server.name));
    // All first: one added server may depend on another.
    for (const server of added) this.byName.set(server.name, server);
    for (const server of added) if (!server.resolved.external) this.addInCluster(server);
  }

  private addInCluster(server: CalypsoServer): void {
    this.addServerPolicy(server, this.environment.graph.dependentsOf(server.name));
    for (const dependency of server.plan.dependencies) {
      const admission = this.admissions.get(dependency);
      if (admission === undefined) continue;
      if (admission.pods.length === 0) {
        admission.ingress.unshift({ from: [{ podSelector: this.podsOf(admission.pods) }], ports: tcp(this.serverOf(dependency).ports) });
      }
      if (!admission.pods.includes(server.name)) admission.pods.push(server.name);
    }
    this.allowDatabase(server.name);
  }

  private serverOf(name: string): CalypsoServer {
    const server = this.byName.get(name);
    if (!server) throw this.problem('servers', `"${name}" is named by the spec but was not given to the network policies`, name);
    return server;
  }

  /**
   * A peer for a server: its pods, or the addresses it runs at when it is outside the cluster.
   * (An empty peer list would mean "anyone", so an external server without CIDRs is refused.)
   */
  private peersOf(server: CalypsoServer): k8s.NetworkPolicyPeer[] {
    const external = server.resolved.external;
    if (!external) return [{ podSelector: { matchLabels: server.selector } }];
    if (!external.cidrs?.length)
      throw this.problem('external.cidrs', 'a server outside the cluster needs the CIDR blocks it runs at', server.name);
    return cidrPeers(external.cidrs);
  }

  /** The policy of one in-cluster server, admitting `dependentNames`. */
  private addServerPolicy(server: CalypsoServer, dependentNames: readonly string[]): void {
    const env = this.environment;
    const settings = env.settings;
    const network = env.resolvedSettings.network;
    // One rule admits every dependent, on exactly this server's ports: its pods by name, external ones by address.
    const dependents = dependentNames.map((name) => this.serverOf(name));
    const podDependents = dependents.filter((dependent) => !dependent.resolved.external).map((dependent) => dependent.name);
    const from = [
      ...(podDependents.length > 0 ? [{ podSelector: this.podsOf(podDependents) }] : []),
      ...dependents.filter((dependent) => dependent.resolved.external).flatMap((dependent) => this.peersOf(dependent)),
    ];
    const agentPorts = this.agentPortsOf(server);
    const ingress: k8s.NetworkPolicyIngressRule[] = from.length > 0 ? [{ from, ports: [...tcp(server.ports), ...agentPorts] }] : [];
    // Servers added later join the pods of the first rule (or get one, when no pod was admitted yet).
    this.admissions.set(server.name, { ingress, pods: podDependents });
    const routed = server.plan.routedPorts;
    // Through the Gateway: only this environment's Envoy proxies (by Envoy Gateway's owning-gateway labels, in its namespace).
    // Through an ingress controller: only its namespace. Through node ports (local dev clusters; prod refuses them): the node network.
    if (routed.length > 0 && settings.ingress !== undefined) {
      const exposure = exposureOf(settings.ingress);
      const from =
        exposure === 'nodePort'
          ? (settings.ingress.nodePortSources ?? []).map((cidr) => ({ ipBlock: { cidr } }))
          : exposure === 'gateway'
            ? [
                namespacePeer(
                  settings.ingress.gateway?.dataPlaneNamespace ?? DEFAULT_GATEWAY_DATA_PLANE_NAMESPACE,
                  gatewayDataPlaneLabels(env.namespace),
                ),
              ]
            : [namespacePeer(network.ingressControllerNamespace)];
      ingress.push({ from, ports: [...tcp(routed), ...agentPorts] });
    }
    // An intercepted server's agent takes over the management port too: its metrics are scraped there.
    ingress.push({
      from: [namespacePeer(network.scraper.namespace, network.scraper.podSelector)],
      ports: [...tcp([env.contract.health.port]), ...agentPorts],
    });
    const egress: k8s.NetworkPolicyEgressRule[] = server.plan.dependencies.map((dependency) => {
      const target = this.serverOf(dependency);
      return { to: this.peersOf(target), ports: tcp(target.ports) };
    });
    this.policiesByServer.set(
      server.name,
      new k8s.KubeNetworkPolicy(this, `Server-${server.name}`, {
        metadata: server.metadata(),
        spec: {
          podSelector: { matchLabels: server.selector },
          policyTypes: egress.length > 0 ? ['Ingress', 'Egress'] : ['Ingress'],
          ingress,
          ...(egress.length > 0 ? { egress } : {}),
        },
      }),
    );
  }

  /**
   * Where an intercepted server's traffic agent listens (none for other servers): it takes over each
   * of the server's named ports, from the manager's agent port on.
   */
  private agentPortsOf(server: CalypsoServer): k8s.NetworkPolicyPort[] {
    if (!this.intercepted.has(server.name) || server.ports.length === 0) return [];
    const first = this.telepresenceManager.agentPort;
    const last = first + server.ports.length - 1;
    return [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(first), ...(last > first ? { endPort: last } : {}) }];
  }

  /**
   * Telepresence's connections for the intercepted servers (see the file comment): each one's agent
   * reaches the traffic-manager's API port, and each of its in-cluster dependencies admits the
   * traffic-manager's pod on its own ports, for the laptop's outbound calls.
   */
  private addTelepresence(servers: readonly CalypsoServer[]): Map<string, k8s.KubeNetworkPolicy> {
    const manager = this.telepresenceManager;
    const managerPeer = namespacePeer(manager.namespace, manager.podLabels);
    const policies = new Map<string, k8s.KubeNetworkPolicy>();
    const admitting = new Set<string>();
    for (const server of servers) {
      policies.set(
        server.name,
        new k8s.KubeNetworkPolicy(this, `Telepresence-${server.name}`, {
          metadata: { name: `${TELEPRESENCE_POLICY_PREFIX}${server.name}`, labels: this.environment.labels('network-policy', server.name) },
          spec: {
            podSelector: { matchLabels: server.selector },
            policyTypes: ['Egress'],
            egress: [{ to: [managerPeer], ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(manager.apiPort) }] }],
          },
        }),
      );
      for (const dependency of server.plan.dependencies) {
        const admission = this.admissions.get(dependency);
        if (admission === undefined || admitting.has(dependency)) continue;
        admitting.add(dependency);
        admission.ingress.push({ from: [managerPeer], ports: tcp(this.serverOf(dependency).ports) });
      }
    }
    return policies;
  }

  /**
   * Lets more pods of the namespace reach the database, by their
   * `app.kubernetes.io/component` label (e.g. a restore Job's). They must
   * also carry the environment's `part-of` and `instance` labels.
   */
  public allowDatabase(component: string): void {
    if (!this.databaseClients.includes(component)) this.databaseClients.push(component);
  }

  /**
   * Lets the pods of one component reach the Kubernetes API server at the
   * addresses the spec gives (`network.apiServer`), in a policy of its own.
   */
  public allowApiServer(component: string): k8s.KubeNetworkPolicy {
    const apiServer = this.environment.settings.network?.apiServer;
    if (!apiServer?.cidrs.length) throw this.problem('network.apiServer', `${component} needs the API server's addresses`);
    // One policy for every component that calls the API server: a later call adds its component to the selector.
    if (this.apiServerPolicy !== undefined) {
      if (!this.apiServerClients.includes(component)) this.apiServerClients.push(component);
      return this.apiServerPolicy;
    }
    this.apiServerClients.push(component);
    this.apiServerPolicy = new k8s.KubeNetworkPolicy(this, 'ApiServer', {
      metadata: { name: NETWORK_POLICY_NAMES.apiServer, labels: this.environment.labels('network-policy', 'apiserver') },
      spec: {
        podSelector: this.podsOf(this.apiServerClients),
        policyTypes: ['Egress'],
        egress: [
          {
            to: cidrPeers(apiServer.cidrs),
            ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(this.environment.resolvedSettings.network.apiServerPort) }],
          },
        ],
      },
    });
    return this.apiServerPolicy;
  }

  /** Selects the pods of the named components of this environment. */
  private podsOf(components: string[]): k8s.LabelSelector {
    const { [COMPONENT_LABEL]: _component, ...environmentLabels } = selectorLabels(this.environment.name, '');
    return { matchLabels: environmentLabels, matchExpressions: [{ key: COMPONENT_LABEL, operator: 'In', values: components }] };
  }

  private problem(field: string, message: string, server?: string): SpecError {
    return new SpecError([{ environment: this.environment.name, server, field, message }]);
  }
}
