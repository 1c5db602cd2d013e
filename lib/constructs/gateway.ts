/**
 * CalypsoGateway: the Gateway API front door of an environment
 * (`ingress.exposure: 'gateway'`, the default). Renders the environment's
 * GatewayClass for Envoy Gateway (unless the spec names the platform's),
 * one Gateway `calypso` with a listener per host (HTTPS on 443 terminating
 * TLS with the front door's Secret, or HTTP on 80 without TLS), and one
 * HTTPRoute per host, named after it, routing each path prefix to a
 * server's Service port. Envoy Gateway's proxies run in its namespace and
 * reach the Services across namespaces; the network policy admits exactly
 * those proxies on exactly the routed ports.
 */
import { Construct } from 'constructs';
import type { CalypsoEnvironment } from './calypso-environment';
import type { CalypsoServer } from './calypso-server';
import { CERT_MANAGER_CLUSTER_ISSUER_ANNOTATION, ingressTlsSecretName } from './front-door-tls';
import * as gatewayClasses from '../../imports/gateway.networking.k8s.io-gatewayclasses';
import * as gateways from '../../imports/gateway.networking.k8s.io-gateways';
import * as httpRoutes from '../../imports/gateway.networking.k8s.io-httproutes';
import { ENVOY_GATEWAY_CONTROLLER_NAME, GATEWAY_NAME, GATEWAY_PORTS, gatewayClassName } from '../model/gateway-spec';
import type { IngressSpec } from '../model/ingress-spec';

/** One route of the front door, resolved to its server and Service port. */
export interface FrontDoorRoute {
  readonly host: string;
  readonly path: string;
  readonly server: CalypsoServer;
  /** Service port name. */
  readonly port: string;
}

/** Props of a CalypsoGateway. */
export interface CalypsoGatewayProps {
  readonly environment: CalypsoEnvironment;
  readonly spec: IngressSpec;
  /** The routes, checked: every one names a server of the environment and one of its Service ports. */
  readonly routes: readonly FrontDoorRoute[];
  /**
   * Where the cluster-scoped GatewayClass goes: a chart without a namespace.
   * @default - this construct (its chart's namespace, if it has one, would be set on the class)
   */
  readonly clusterScope?: Construct;
}

/** The GatewayClass, Gateway and HTTPRoutes of one environment. */
export class CalypsoGateway extends Construct {
  /** The environment's GatewayClass; undefined when the spec names the platform's. */
  public readonly gatewayClass?: gatewayClasses.GatewayClass;
  public readonly gateway: gateways.Gateway;
  /** HTTPRoutes by host. */
  public readonly httpRoutes: ReadonlyMap<string, httpRoutes.HttpRoute>;

  public constructor(scope: Construct, id: string, props: CalypsoGatewayProps) {
    super(scope, id);
    const { environment, spec, routes } = props;
    const className = gatewayClassName(environment.namespace, spec.gateway);
    if (spec.gateway?.className === undefined) {
      this.gatewayClass = new gatewayClasses.GatewayClass(props.clusterScope ?? this, 'GatewayClass', {
        metadata: { name: className, labels: environment.labels('gateway', className) },
        spec: {
          controllerName: ENVOY_GATEWAY_CONTROLLER_NAME,
          description: `Envoy Gateway, for the Calypso environment ${environment.name}`,
        },
      });
    }

    const hosts = [...new Set(routes.map((route) => route.host))];
    const tls = spec.tls !== undefined;
    const annotations: Record<string, string> = {};
    if (spec.tls?.clusterIssuer !== undefined) annotations[CERT_MANAGER_CLUSTER_ISSUER_ANNOTATION] = spec.tls.clusterIssuer;
    this.gateway = new gateways.Gateway(this, 'Gateway', {
      metadata: {
        name: GATEWAY_NAME,
        labels: environment.labels('gateway', GATEWAY_NAME),
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
      },
      spec: {
        gatewayClassName: className,
        // One listener per host: a route attaches to its host's listener only, and each host gets the certificate.
        listeners: hosts.map((host) => ({
          name: host,
          hostname: host,
          ...(tls
            ? {
                protocol: 'HTTPS',
                port: GATEWAY_PORTS.https,
                tls: {
                  mode: gateways.GatewaySpecListenersTlsMode.TERMINATE,
                  certificateRefs: [{ kind: 'Secret', name: ingressTlsSecretName(environment, spec) }],
                },
              }
            : { protocol: 'HTTP', port: GATEWAY_PORTS.http }),
          allowedRoutes: { namespaces: { from: gateways.GatewaySpecListenersAllowedRoutesNamespacesFrom.SAME } },
        })),
      },
    });

    const byHost = new Map<string, httpRoutes.HttpRoute>();
    for (const host of hosts) {
      byHost.set(
        host,
        new httpRoutes.HttpRoute(this, `HttpRoute-${host}`, {
          metadata: { name: host, labels: environment.labels('gateway', GATEWAY_NAME) },
          spec: {
            parentRefs: [{ name: GATEWAY_NAME, sectionName: host }],
            hostnames: [host],
            rules: routes
              .filter((route) => route.host === host)
              .map(({ server, port, path }) => ({
                matches: [{ path: { type: httpRoutes.HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value: path } }],
                backendRefs: [{ name: server.service.name, port: server.ports.find((candidate) => candidate.name === port)!.port }],
              })),
          },
        }),
      );
    }
    this.httpRoutes = byHost;
  }
}
