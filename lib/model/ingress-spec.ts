/**
 * What an environment exposes outside the cluster, through one ingress
 * controller. Shared by the Ingress itself and by the network policy that
 * lets the controller reach exactly the exposed ports.
 */

/** One exposed server: a host and path routed to one of its Service ports. */
export interface IngressRoute {
  /** Name of the server to expose. */
  readonly server: string;
  /** Host name, e.g. `calypso.prod.bank.internal`. */
  readonly host: string;
  /**
   * Path prefix.
   * @default '/'
   */
  readonly path?: string;
  /**
   * Name of the Service port to route to.
   * @default - the server's first service port (e.g. `app`, `admin` for an Engineserver)
   */
  readonly port?: string;
  /**
   * Node port (30000-32767) the route's Service port is published on; only
   * with `exposure: 'nodePort'`, where every route needs one.
   * @default - none
   */
  readonly nodePort?: number;
}

/** TLS for every host of the Ingress: a named Secret, or a cert-manager issuer that makes one. */
export interface IngressTls {
  /**
   * Secret holding the certificate and key.
   * @default - `<environment>-ingress-tls`, made by cert-manager when an issuer is given
   */
  readonly secretName?: string;
  /**
   * cert-manager ClusterIssuer that issues the certificate.
   * @default - none; the Secret must then exist
   */
  readonly clusterIssuer?: string;
}

/** The environment's ingress. */
export interface IngressSpec {
  /**
   * IngressClass of the controller.
   * @default 'nginx'
   */
  readonly className?: string;
  /**
   * Namespace the ingress controller runs in; network policies admit traffic from it.
   * @default 'ingress-nginx'
   */
  readonly controllerNamespace?: string;
  /**
   * TLS. Prod without TLS is an error.
   * @default - no TLS
   */
  readonly tls?: IngressTls;
  /** What is exposed. */
  readonly routes: readonly IngressRoute[];
  /**
   * How the routes reach clients: `ingress` through the ingress controller
   * (one Ingress per environment), or `nodePort` for local development
   * clusters (minikube, k3d, MicroK8s) without one: a `<server>-nodeport`
   * Service of type NodePort per exposed server, and no Ingress. NodePort is
   * refused in prod.
   * @default 'ingress'
   */
  readonly exposure?: IngressExposure;
  /**
   * With `exposure: 'nodePort'`: the addresses node-port traffic arrives
   * from, which the network policy admits on the routed ports. kube-proxy
   * rewrites the source to the node's address, so this is the local
   * cluster's node network (minikube's Docker driver: 192.168.49.0/24).
   * Required with node ports; never "everyone".
   * @default - none
   */
  readonly nodePortSources?: readonly string[];
}

/** How an environment's routes reach clients. */
export type IngressExposure = 'ingress' | 'nodePort';

/** Default IngressClass. */
export const DEFAULT_INGRESS_CLASS = 'nginx';
/** Default namespace of the ingress controller. */
export const DEFAULT_INGRESS_CONTROLLER_NAMESPACE = 'ingress-nginx';
