/**
 * Local: a developer's own cluster (here k3d; MicroK8s, minikube and Rancher
 * Desktop work the same way, see the README "Local clusters"). The servers a
 * developer needs, one small replica each, snapshot images, debug mode on the
 * Engineserver. No secret store, ArgoCD or platform add-ons: the Secrets come
 * from local files (`npm run local:secrets -- local --from <dir>`), the
 * folder is applied with `kubectl apply -f dist/local/`, and the exposed
 * servers are published on node ports.
 */
import type { ClusterRef, EnvironmentSpec } from '../lib';
import { calypsoImages } from './shared/defaults';

/**
 * The developer's cluster: `k3d cluster create calypso-local --subnet 172.28.0.0/16 …`.
 * k3d names it `k3d-calypso-local` in the kubeconfig; the name here labels it only.
 */
const release = '18.1.0-SNAPSHOT';
// The release's image digests, or undefined (images by tag): set with the release by `npm run release`.
const digests = undefined;

const cluster: ClusterRef = { name: 'calypso-local', distribution: 'k3d', tiers: ['local'] };

/** The cluster's node network (the k3d Docker network made with --subnet): kube-proxy rewrites node-port traffic to a node address in it. */
const NODE_NETWORK = '172.28.0.0/16';

/** The database on the developer's machine, reached from the cluster at the Docker network's gateway (host.k3d.internal). */
const DATABASE_HOST = '172.28.0.1';

const local: EnvironmentSpec = {
  name: 'local',
  tier: 'local',
  cluster,
  images: calypsoImages(release, digests),
  database: {
    vendor: 'postgresql',
    jdbcUrl: 'jdbc:postgresql://host.k3d.internal:5432/calypso',
    network: { cidrs: [`${DATABASE_HOST}/32`], tiers: ['local'] },
    // No secret store: these name the Secret keys npm run local:secrets fills from <dir>/calypso-database/{username,password}.
    credentials: { username: { key: 'local/database', property: 'username' }, password: { key: 'local/database', property: 'password' } },
  },
  ingress: {
    exposure: 'nodePort',
    nodePortSources: [NODE_NETWORK],
    routes: [
      { server: 'presentation-server', host: 'localhost', nodePort: 30080 },
      { server: 'authserver', host: 'localhost', nodePort: 30081 },
      { server: 'engineserver', host: 'localhost', port: 'admin', nodePort: 30140 },
    ],
  },
  // A developer attaches a debugger with: kubectl -n calypso-local port-forward deploy/engineserver 5005
  debug: { servers: ['engineserver'] },
  servers: [
    { kind: 'eventserver', cpu: '250m', memory: '1Gi' },
    { kind: 'authserver', cpu: '250m', memory: '1Gi' },
    { kind: 'dataserver', cpu: '500m', memory: '2Gi' },
    { kind: 'engineserver', cpu: '500m', memory: '1536Mi', engines: ['TaskEngine', 'TransferEngine', 'PositionEngine'] },
    { kind: 'presentation-server', cpu: '250m', memory: '1Gi' },
  ],
};

export default local;
