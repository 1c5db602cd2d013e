/**
 * What an environment exposes outside the cluster, through one ingress
 * controller. Shared by the Ingress itself and by the network policy that
 * lets the controller reach exactly the exposed ports.
 */
import { z } from 'zod';
import { oneOf, type SpecOf } from './schema';

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

/** TLS for every host of the Ingress: a named Secret, or a cert-manager issuer that makes one. */
export const IngressTlsSchema = z.strictObject({
  /**
   * Secret holding the certificate and key.
   * @default - `<environment>-ingress-tls`, made by cert-manager when an issuer is given
   */
  secretName: z.string().optional(),
  /**
   * cert-manager ClusterIssuer that issues the certificate.
   * @default - none; the Secret must then exist
   */
  clusterIssuer: z.string().optional(),
});
export type IngressTls = SpecOf<typeof IngressTlsSchema>;

/** How an environment's routes reach clients. */
export const INGRESS_EXPOSURES = ['ingress', 'nodePort'] as const;
export type IngressExposure = (typeof INGRESS_EXPOSURES)[number];

/** The environment's ingress. */
export const IngressSpecSchema = z.strictObject({
  /**
   * IngressClass of the controller.
   * @default 'nginx'
   */
  className: z.string().optional(),
  /**
   * Namespace the ingress controller runs in; network policies admit traffic from it.
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
   * How the routes reach clients: `ingress` through the ingress controller
   * (one Ingress per environment), or `nodePort` for local development
   * clusters (minikube, k3d, MicroK8s) without one: a `<server>-nodeport`
   * Service of type NodePort per exposed server, and no Ingress. NodePort is
   * refused in prod.
   * @default 'ingress'
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
