/**
 * CalypsoIngress: how an environment's servers are reached from outside
 * the cluster (its front door). Through the environment's Gateway (Gateway
 * API, the default; see gateway.ts). Through an ingress controller the
 * platform maintains: one Ingress per environment with a rule per host,
 * each path routed to a server's Service by port name. On a local
 * development cluster without either, a `<server>-nodeport` Service of type
 * NodePort per exposed server (the ClusterIP Service stays as it is). TLS
 * comes from a cert-manager ClusterIssuer, the secret store (an
 * ExternalSecret, see front-door-tls.ts) or the platform.
 */
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import type { CalypsoEnvironment } from './calypso-environment';
import type { CalypsoServer } from './calypso-server';
import { CERT_MANAGER_CLUSTER_ISSUER_ANNOTATION, CalypsoFrontDoorTls, ingressTlsSecretName } from './front-door-tls';
import { CalypsoGateway } from './gateway';
import { ProblemCollector } from '../model/errors';
import { ingressProblems, routePath, routePort } from '../model/ingress-validation';
import { DEFAULT_INGRESS_CLASS, exposureOf, type IngressSpec } from '../model/ingress-spec';

export { CERT_MANAGER_CLUSTER_ISSUER_ANNOTATION, ingressTlsSecretName } from './front-door-tls';

/** Name of the environment's Ingress. */
export const INGRESS_NAME = 'calypso';

/** Props of a CalypsoIngress. */
export interface CalypsoIngressProps {
  readonly environment: CalypsoEnvironment;
  readonly spec: IngressSpec;
  /** The environment's servers by name; every route names one of them. */
  readonly servers: ReadonlyMap<string, CalypsoServer>;
  /**
   * Where the Gateway's cluster-scoped GatewayClass goes: a chart without a namespace.
   * @default - this construct
   */
  readonly clusterScope?: Construct;
}

/** The Gateway, the Ingress, or the NodePort Services, of an environment. */
export class CalypsoIngress extends Construct {
  /** The Gateway and its routes; undefined unless exposure gateway. */
  public readonly gateway?: CalypsoGateway;
  /** The Ingress; undefined unless exposure ingress. */
  public readonly ingress?: k8s.KubeIngress;
  /** NodePort Services by server name; empty unless exposure nodePort. */
  public readonly nodePortServices: ReadonlyMap<string, k8s.KubeService>;
  /** What makes the TLS Secret when it comes from the secret store. */
  public readonly tls: CalypsoFrontDoorTls;

  /** Throws SpecError if a route does not resolve or the spec breaks a rule. */
  public constructor(scope: Construct, id: string, props: CalypsoIngressProps) {
    super(scope, id);
    const { environment, spec, servers } = props;
    // A resolved environment's ingress was checked when it was resolved.
    if (environment.resolved?.spec.ingress !== spec) {
      const problems = new ProblemCollector(environment.name);
      const resolved = [...servers.values()].map((server) => server.resolved);
      ingressProblems(spec, environment.tier, resolved, environment.contract, problems);
      problems.throwIfAny();
    }

    const routes = spec.routes.map((route) => {
      const server = servers.get(route.server)!;
      return { route, server, port: routePort(route, server.resolved, environment.contract), path: routePath(route) };
    });
    this.tls = new CalypsoFrontDoorTls(this, 'Tls', { environment, spec });

    const exposure = exposureOf(spec);
    if (exposure === 'gateway') {
      this.nodePortServices = new Map();
      this.gateway = new CalypsoGateway(this, 'Gateway', {
        environment,
        spec,
        routes: routes.map(({ route, server, port, path }) => ({ host: route.host, path, server, port })),
        clusterScope: props.clusterScope,
      });
      return;
    }
    if (exposure === 'nodePort') {
      const services = new Map<string, k8s.KubeService>();
      for (const server of new Set(routes.map((entry) => entry.server))) {
        const published = routes.filter((entry) => entry.server === server);
        const service = new k8s.KubeService(this, `${server.name}-nodeport`, {
          metadata: server.metadata(server.plan.objectNames.nodePortService),
          spec: {
            type: 'NodePort',
            selector: server.selector,
            ports: published.map(({ route, port }) => ({
              name: port,
              port: server.ports.find((candidate) => candidate.name === port)!.port,
              targetPort: k8s.IntOrString.fromString(port),
              nodePort: route.nodePort,
              protocol: 'TCP',
            })),
          },
        });
        services.set(server.name, service);
      }
      this.nodePortServices = services;
      return;
    }

    this.nodePortServices = new Map();
    const hosts = [...new Set(routes.map((entry) => entry.route.host))];
    const annotations: Record<string, string> = {};
    if (spec.tls?.clusterIssuer !== undefined) annotations[CERT_MANAGER_CLUSTER_ISSUER_ANNOTATION] = spec.tls.clusterIssuer;
    this.ingress = new k8s.KubeIngress(this, 'Resource', {
      metadata: {
        name: INGRESS_NAME,
        labels: environment.labels('ingress', INGRESS_NAME),
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
      },
      spec: {
        ingressClassName: spec.className ?? DEFAULT_INGRESS_CLASS,
        ...(spec.tls === undefined ? {} : { tls: [{ hosts, secretName: ingressTlsSecretName(environment, spec) }] }),
        rules: hosts.map((host) => ({
          host,
          http: {
            paths: routes
              .filter((entry) => entry.route.host === host)
              .map(({ server, port, path }) => ({
                path,
                pathType: 'Prefix',
                backend: { service: { name: server.service.name, port: { name: port } } },
              })),
          },
        })),
      },
    });
  }
}
