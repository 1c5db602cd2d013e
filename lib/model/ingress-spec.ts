/**
 * What an environment exposes outside the cluster: through its Gateway
 * (Gateway API, the default), through an ingress controller the platform
 * maintains (Ingress), or on node ports (local clusters). Shared by the
 * front-door objects and by the network policy that lets the front door
 * reach exactly the exposed ports.
 */
import { z } from 'zod';
import { GatewaySpecSchema } from './gateway-spec';
import { oneOf, type SpecOf } from './schema';
import { RemoteSecretRefSchema } from './secret-refs';

/** One exposed server: a host and path routed to one of its Service ports. */
export const IngressRouteSchema = z.strictObject({
  /** Name of the server to expose. */
  server: z.string(),
  /** Host name, e.g. `calypso.prod.bank.internal`. */
  host: z.string(),
  /**
   * Path prefix.
   * @default '/'
   */
  path: z.string().optional(),
  /**
   * Name of the Service port to route to.
   * @default - the server's first service port (e.g. `app`, `admin` for an Engineserver)
   */
  port: z.string().optional(),
  /**
   * Node port (30000-32767) the route's Service port is published on; only
   * with `exposure: 'nodePort'`, where every route needs one.
   * @default - none
   */
  nodePort: z.number().optional(),
});
export type IngressRoute = SpecOf<typeof IngressRouteSchema>;

/** Where the External Secrets Operator reads the front door's certificate and key. */
export const TlsFromSecretStoreSchema = z.strictObject({
  /** The PEM certificate chain (becomes `tls.crt`). */
  certificate: RemoteSecretRefSchema,
  /** The PEM private key (becomes `tls.key`). */
  privateKey: RemoteSecretRefSchema,
});
export type TlsFromSecretStore = SpecOf<typeof TlsFromSecretStoreSchema>;

/**
 * TLS for every host of the front door: a `kubernetes.io/tls` Secret that
 * something must make: cert-manager (`clusterIssuer`), the External Secrets
 * Operator from the environment's secret store (`fromSecretStore`), or the
 * platform, outside this repository (`provided: true`). Exactly one.
 */
export const IngressTlsSchema = z.strictObject({
  /**
   * Secret holding the certificate and key.
   * @default - `<environment>-ingress-tls`
   */
  secretName: z.string().optional(),
  /**
   * cert-manager ClusterIssuer that issues the certificate (on the Gateway,
   * cert-manager needs its Gateway API support enabled).
   * @default - none
   */
  clusterIssuer: z.string().optional(),
  /**
   * Certificate and key from the secret store: an ExternalSecret of type
   * `kubernetes.io/tls` makes the Secret.
   * @default - none
   */
  fromSecretStore: TlsFromSecretStoreSchema.optional(),
  /**
   * The Secret is made outside this repository (by the platform team);
   * `secretName` is then required.
   * @default false
   */
  provided: z.boolean().optional(),
});
export type IngressTls = SpecOf<typeof IngressTlsSchema>;

/** How an environment's routes reach clients. */
export const INGRESS_EXPOSURES = ['gateway', 'ingress', 'nodePort'] as const;
export type IngressExposure = (typeof INGRESS_EXPOSURES)[number];

/** The environment's ingress. */
export const IngressSpecSchema = z.strictObject({
  /**
   * The Gateway, with `exposure: 'gateway'`.
   * @default - a `calypso` Gateway of class `calypso-<environment>`, served by Envoy Gateway
   */
  gateway: GatewaySpecSchema.optional(),
  /**
   * IngressClass of the controller, with `exposure: 'ingress'`.
   * @default 'nginx'
   */
  className: z.string().optional(),
  /**
   * Namespace the ingress controller runs in, with `exposure: 'ingress'`; network policies admit traffic from it.
   * @default 'ingress-nginx'
   */
  controllerNamespace: z.string().optional(),
  /**
   * TLS. Prod without TLS is an error.
   * @default - no TLS
   */
  tls: IngressTlsSchema.optional(),
  /** What is exposed. */
  routes: z.array(IngressRouteSchema),
  /**
   * How the routes reach clients: `gateway` through the environment's
   * Gateway (Gateway API: a GatewayClass, a Gateway and an HTTPRoute per
   * host, served by Envoy Gateway); `ingress` through an ingress controller
   * the platform provides and maintains (one Ingress per environment); or
   * `nodePort` for local development clusters (minikube, k3d, MicroK8s)
   * without either: a `<server>-nodeport` Service of type NodePort per
   * exposed server. NodePort is refused in prod.
   * @default 'gateway'
   */
  exposure: oneOf(INGRESS_EXPOSURES, 'an exposure').optional(),
  /**
   * With `exposure: 'nodePort'`: the addresses node-port traffic arrives
   * from, which the network policy admits on the routed ports. kube-proxy
   * rewrites the source to the node's address, so this is the local
   * cluster's node network (minikube's Docker driver: 192.168.49.0/24).
   * Required with node ports; never "everyone".
   * @default - none
   */
  nodePortSources: z.array(z.string()).optional(),
});
export type IngressSpec = SpecOf<typeof IngressSpecSchema>;

/** Default IngressClass. */
export const DEFAULT_INGRESS_CLASS = 'nginx';
/** Default namespace of the ingress controller. */
export const DEFAULT_INGRESS_CONTROLLER_NAMESPACE = 'ingress-nginx';

/** How an environment's routes reach clients, defaulted. */
export function exposureOf(ingress: IngressSpec): IngressExposure {
  return ingress.exposure ?? 'gateway';
}
