/**
 * UAT: production-like (every server prod has), with fewer replicas, smaller
 * nodes and no zones; the shared volume comes from the OpenEBS NFS
 * provisioner rather than a filer, and cert-manager issues the certificate.
 * Refreshed from a masked prod snapshot (set a new `snapshot` to refresh
 * again), then upgraded to the release under test.
 */
import type { EnvironmentSpec } from '../lib';
import {
  alerting,
  calypsoImages,
  CLUSTERS,
  CORPORATE_LDAP,
  database,
  engineServers,
  EVENT_EXPORTER,
  gitops,
  javaStore,
  ldapBind,
  monitoring,
  NODE_SIZES,
  nodePool,
  PLATFORM_ADDONS_WITH_CANARIES,
  restoreSnapshot,
  schemaUpgrade,
  STOP_SERVERS,
  SECRET_STORES,
  STORAGE_CLASSES,
} from './shared/defaults';

const release = '18.0.0.12';
// The release's image digests, or undefined (images by tag): set with the release by `npm run release` and `npm run promote`.
const digests = undefined;

const uat: EnvironmentSpec = {
  name: 'uat',
  tier: 'uat',
  images: calypsoImages(release, digests),
  // Two RAC nodes behind the listener.
  database: database('uat', 'oracle', 'jdbc:oracle:thin:@//calypso-db.uat.bank.internal:1521/CALUAT', {
    cidrs: ['10.41.1.20/32', '10.41.1.21/32'],
  }),
  secretStore: SECRET_STORES.nonProd,
  placement: {
    nodePools: [
      nodePool('core', NODE_SIZES.medium, true, { min: 2, max: 3 }),
      nodePool('engines', NODE_SIZES.medium, false, { min: 3, max: 4 }),
      nodePool('risk', NODE_SIZES.large, true, { min: 2, max: 4 }),
    ],
  },
  verticalAutoscaling: { recommendFor: 'singletons' },
  storage: {
    classes: STORAGE_CLASSES,
    sharedFiles: {
      size: '100Gi',
      mountedBy: [
        'dataserver',
        'engineserver-trading',
        'engineserver-positions',
        'engineserver-accounting',
        'presentation-server',
        'scheduler',
      ],
      source: { type: 'openebs-nfs', backendStorageClass: 'block-ssd' },
    },
  },
  // The front door: the Gateway (Envoy Gateway); cert-manager (with its Gateway API support on) issues the certificate.
  ingress: {
    tls: { clusterIssuer: 'bank-internal-ca' },
    routes: [
      { server: 'presentation-server', host: 'calypso.uat.bank.internal' },
      { server: 'authserver', host: 'calypso-auth.uat.bank.internal' },
      { server: 'engineserver-trading', host: 'calypso-admin.uat.bank.internal', port: 'admin' },
    ],
  },
  network: {
    // The uat cluster's control plane, which the event exporter reads events from.
    apiServer: { cidrs: ['10.20.0.0/28'], port: 6443 },
    externalSystems: [
      CORPORATE_LDAP,
      { name: 'bloomberg-bpipe-beta', cidrs: ['10.70.1.0/29'], ports: [8194], servers: ['marketdata-server'] },
      { name: 'mq-gateway-uat', cidrs: ['10.50.3.0/28'], ports: [1414], servers: ['engineserver-trading', 'engineserver-accounting'] },
    ],
  },
  access: { readOnlyGroups: ['calypso-uat-readonly', 'calypso-uat-testers'], breakGlassGroups: ['calypso-uat-break-glass'] },
  // The keystore only where a server accepts TLS connections; every server trusts the bank's CAs.
  tls: { keystore: javaStore('uat', 'keystore', ['eventserver', 'authserver', 'dataserver']), truststore: javaStore('uat', 'truststore') },
  ldap: ldapBind('uat'),
  monitoring: monitoring({ eventExporter: EVENT_EXPORTER, alerting: alerting('uat') }),
  gitops: gitops(CLUSTERS.uat, PLATFORM_ADDONS_WITH_CANARIES),
  databaseJobs: { stopServers: STOP_SERVERS, restore: restoreSnapshot('prod-masked-2026-11-20'), upgrade: schemaUpgrade(release, digests) },
  servers: [
    { kind: 'eventserver', cpu: '1', memory: '4Gi', nodePool: 'core', storage: { size: '20Gi', storageClass: 'block-ssd' } },
    { kind: 'authserver', replicas: 2, nodePool: 'core' },
    { kind: 'dataserver', cpu: '2', memory: '12Gi', nodePool: 'core' },
    { kind: 'readonly-dataserver', cpu: '1', memory: '6Gi', nodePool: 'risk', autoscaling: { minReplicas: 2, maxReplicas: 3 } },
    ...engineServers(),
    { kind: 'marketdata-server', memory: '6Gi', nodePool: 'engines' },
    {
      kind: 'calculation-server',
      cpu: '2',
      memory: '12Gi',
      nodePool: 'risk',
      autoscaling: { minReplicas: 2, maxReplicas: 4 },
      // Rehearses prod's canary (changes within a release) before prod gets them.
      rollout: { strategy: 'canary' },
    },
    { kind: 'presentation-server', replicas: 2, nodePool: 'engines' },
    { kind: 'dispatcher', nodePool: 'engines' },
    { kind: 'calculator', nodePool: 'risk', autoscaling: { minReplicas: 2, maxReplicas: 6 } },
    { kind: 'scheduler', nodePool: 'engines' },
  ],
};

export default uat;
