/**
 * Entry points for servers outside the cluster (`external: { host, cidrs }`,
 * e.g. the on-premise Scheduler) that call servers inside it. A ClusterIP
 * Service cannot be reached from outside, so every in-cluster server with
 * an external dependent gets a `<server>-external` Service of type
 * LoadBalancer on exactly its Service ports:
 *
 * - its Service ports but the health and metrics port;
 * - `loadBalancerSourceRanges` admits only the external dependents' CIDRs
 *   at the load balancer;
 * - `externalTrafficPolicy: Local` keeps the client's source address, so the
 *   server's NetworkPolicy (which admits those CIDRs on those ports) sees
 *   the real client and not a node's address.
 *
 * Plain TCP through a LoadBalancer rather than a TCPRoute on the Gateway:
 * TCPRoute comes from the Gateway API experimental channel (v1.6.1), and
 * Calypso's server-to-server protocols are not HTTP. The on-premise server
 * is configured with the load balancer's address (README, "Front door").
 */
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { externalEntryPointName } from '../model/generated-name-rules';
import type { CalypsoEnvironment } from './calypso-environment';
import type { CalypsoServer } from './calypso-server';
import { SYNC_WAVE_ANNOTATION } from '../model/sync-wave-plan';

/** Props of CalypsoExternalEntryPoints. */
export interface CalypsoExternalEntryPointsProps {
  readonly environment: CalypsoEnvironment;
  /** Every server of the environment, with its dependencies declared. */
  readonly servers: ReadonlyMap<string, CalypsoServer>;
}

/** The LoadBalancer Services through which external servers reach the servers they call. */
export class CalypsoExternalEntryPoints extends Construct {
  /** Entry point Services by the name of the server they lead to. */
  public readonly services: ReadonlyMap<string, k8s.KubeService>;

  public constructor(scope: Construct, id: string, props: CalypsoExternalEntryPointsProps) {
    super(scope, id);
    const services = new Map<string, k8s.KubeService>();
    for (const server of props.servers.values()) {
      if (server.resolved.external || server.workload === undefined) continue;
      const cidrs = server.plan.dependents
        .map((name) => props.servers.get(name)?.resolved.external)
        .flatMap((external) => external?.cidrs ?? []);
      if (cidrs.length === 0) continue;
      const named = server.metadata(externalEntryPointName(server.name));
      // ArgoCD reports a LoadBalancer Service Progressing until it has an address: after the servers, so it never holds them back.
      const afterServers = props.environment.resolved?.afterServersWave;
      const metadata =
        afterServers === undefined
          ? named
          : { ...named, annotations: { ...named.annotations, [SYNC_WAVE_ANNOTATION]: String(afterServers) } };
      services.set(
        server.name,
        new k8s.KubeService(this, externalEntryPointName(server.name), {
          metadata,
          spec: {
            type: 'LoadBalancer',
            selector: server.selector,
            externalTrafficPolicy: 'Local',
            loadBalancerSourceRanges: [...new Set(cidrs)].sort(),
            // The server's own ports; health and metrics stay inside the cluster.
            ports: server.ports
              .filter((port) => port.name !== props.environment.contract.health.port.name)
              .map((port) => ({
                name: port.name,
                port: port.port,
                targetPort: k8s.IntOrString.fromString(port.name),
                protocol: 'TCP',
              })),
          },
        }),
      );
    }
    this.services = services;
  }
}
