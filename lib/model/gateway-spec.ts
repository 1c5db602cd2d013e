/**
 * The Gateway API front door of an environment (types in ingress-spec.ts:
 * `ingress.exposure: 'gateway'`, the default): one GatewayClass and one
 * Gateway per environment, served by Envoy Gateway (the `envoy-gateway`
 * add-on), with an HTTPRoute per host. What the implementation does that
 * the rendered objects and the network policy rely on is kept here, each
 * with its source.
 */
import { z } from 'zod';
import type { SpecOf } from './schema';

/** The environment's Gateway. */
export const GatewaySpecSchema = z.strictObject({
  /**
   * GatewayClass the Gateway uses. When given, the class is the platform's
   * and is not rendered; otherwise the environment renders its own
   * `calypso-<environment>` class for Envoy Gateway's controller.
   * @default - `calypso-<environment>`, rendered
   */
  className: z.string().optional(),
  /**
   * Namespace the Gateway's data-plane (Envoy proxy) pods run in; the
   * network policy admits them on the routed ports. Envoy Gateway's default
   * "controller namespace" deployment mode puts every proxy in the
   * controller's namespace.
   * @default 'envoy-gateway-system'
   */
  dataPlaneNamespace: z.string().optional(),
});
export type GatewaySpec = SpecOf<typeof GatewaySpecSchema>;

/** Name of the environment's Gateway. */
export const GATEWAY_NAME = 'calypso';

/**
 * Controller name of Envoy Gateway's GatewayClasses: the gateway-helm chart's
 * `config.envoyGateway.gateway.controllerName` default
 * (https://gateway.envoyproxy.io/latest/install/api/). Envoy Gateway accepts
 * several GatewayClasses of its controller, so every environment on a cluster
 * may have its own (https://gateway.envoyproxy.io/docs/tasks/operations/deployment-mode/).
 */
export const ENVOY_GATEWAY_CONTROLLER_NAME = 'gateway.envoyproxy.io/gatewayclass-controller';

/**
 * Namespace Envoy Gateway's controller, and in the default (controller
 * namespace) mode every Envoy proxy, runs in
 * (https://gateway.envoyproxy.io/latest/tasks/operations/gateway-namespace-mode/).
 */
export const DEFAULT_GATEWAY_DATA_PLANE_NAMESPACE = 'envoy-gateway-system';

/**
 * Labels Envoy Gateway puts on the proxy pods of one Gateway (its
 * `gateway.envoyproxy.io/owning-gateway-*` labels, also what its own
 * proxy Service selects), so a network policy admits that Gateway's
 * proxies and no other tenant's.
 */
export function gatewayDataPlaneLabels(gatewayNamespace: string, gatewayName: string = GATEWAY_NAME): Record<string, string> {
  return {
    'gateway.envoyproxy.io/owning-gateway-name': gatewayName,
    'gateway.envoyproxy.io/owning-gateway-namespace': gatewayNamespace,
  };
}

/** The GatewayClass an environment's Gateway uses. */
export function gatewayClassName(namespace: string, spec: GatewaySpec | undefined): string {
  // Cluster-scoped: named after the namespace, which is unique per cluster (calypso-<env> by default).
  return spec?.className ?? namespace;
}

/** Gateway listener ports: HTTPS where the front door has TLS, HTTP otherwise. */
export const GATEWAY_PORTS = { https: 443, http: 80 } as const;
