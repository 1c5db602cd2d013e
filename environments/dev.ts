/**
 * Dev: one small replica of each server a developer needs; snapshot images
 * allowed; debug mode on the Engineserver. Runs on a local cluster (minikube,
 * k3d, MicroK8s) without an ingress controller, so the exposed servers are
 * published on node ports.
 */
import type { EnvironmentSpec } from '../lib';
import { calypsoImages, CLUSTERS, database, gitops, monitoring, MQ_TEST_GATEWAY, SECRET_STORES } from './shared/defaults';

const release = '18.1.0-SNAPSHOT';
// The release's image digests, or undefined (images by tag): set with the release by `npm run release`.
const digests = undefined;

const dev: EnvironmentSpec = {
  name: 'dev',
  tier: 'dev',
  images: calypsoImages(release, digests),
  database: database('dev', 'postgresql', 'jdbc:postgresql://calypso-db.dev.bank.internal:5432/calypso', { cidrs: ['10.40.1.15/32'] }),
  secretStore: SECRET_STORES.nonProd,
  ingress: {
    exposure: 'nodePort',
    // minikube's Docker network; k3d and MicroK8s use their own node network: adapt.
    nodePortSources: ['192.168.49.0/24'],
    routes: [
      { server: 'presentation-server', host: 'localhost', nodePort: 30080 },
      { server: 'authserver', host: 'localhost', nodePort: 30081 },
      { server: 'engineserver', host: 'localhost', port: 'admin', nodePort: 30140 },
    ],
  },
  network: {
    // The MQ test gateway the MessageEngine sends confirmations to.
    externalSystems: [{ ...MQ_TEST_GATEWAY, servers: ['engineserver'] }],
  },
  access: { readOnlyGroups: ['calypso-dev-testers'], debugGroups: ['calypso-dev-developers'] },
  // A developer attaches a debugger with: kubectl -n calypso-dev port-forward deploy/engineserver 5005,
  // or runs the Engineserver on a laptop with: telepresence intercept engineserver (README, "Telepresence").
  debug: { servers: ['engineserver'], telepresence: ['engineserver'] },
  monitoring: monitoring(),
  gitops: gitops(CLUSTERS.dev),
  servers: [
    { kind: 'eventserver', cpu: '250m', memory: '1Gi' },
    { kind: 'authserver', cpu: '250m', memory: '1Gi' },
    { kind: 'dataserver', cpu: '500m', memory: '2Gi' },
    {
      kind: 'engineserver',
      cpu: '500m',
      memory: '2Gi',
      engines: ['TaskEngine', 'TransferEngine', 'MessageEngine', 'PositionEngine'],
    },
    { kind: 'calculation-server', cpu: '500m', memory: '2Gi' },
    { kind: 'presentation-server', cpu: '250m', memory: '1Gi' },
    { kind: 'scheduler', cpu: '250m', memory: '1Gi' },
  ],
};

export default dev;
