/**
 * Prod: the full set of servers at production sizes over three zones; the
 * Scheduler runs on premise. Syncs only by hand; a new release is backed up,
 * then upgraded. Pools, hosts, the filer and the certificate are the bank's
 * (values to adapt: see README, "Values to adapt").
 */
import type { EnvironmentSpec } from '../lib';
import {
  alerting,
  calypsoImages,
  CLUSTERS,
  CORPORATE_LDAP,
  database,
  engineServers,
  frontDoorCertificate,
  DATABASE_BACKUP,
  EVENT_EXPORTER,
  gitops,
  javaStore,
  ldapBind,
  monitoring,
  NODE_SIZES,
  nodePool,
  PLATFORM_ADDONS_WITH_CANARIES,
  PROD_CHANGE_WINDOW,
  PROD_SYNC_GROUPS,
  schemaUpgrade,
  STOP_SERVERS,
  SECRET_STORES,
  STORAGE_CLASSES,
} from './shared/defaults';

const release = '18.0.0.12';
// The release's image digests, or undefined (images by tag): set with the release by `npm run release` and `npm run promote`.
const digests = undefined;

const prod: EnvironmentSpec = {
  name: 'prod',
  tier: 'prod',
  images: calypsoImages(release, digests),
  // Three RAC nodes behind the listener.
  database: database('prod', 'oracle', 'jdbc:oracle:thin:@//calypso-db.prod.bank.internal:1521/CALPROD', {
    cidrs: ['10.42.1.20/32', '10.42.1.21/32', '10.42.1.22/32'],
  }),
  secretStore: SECRET_STORES.prod,
  placement: {
    zones: ['ldn-az1', 'ldn-az2', 'ldn-az3'],
    nodePools: [
      // Enough nodes that any one drains at minimum scale, and room for every HPA at its maximum (test/drain-and-scale.test.ts).
      nodePool('core', NODE_SIZES.large, true, { min: 3, max: 6 }),
      nodePool('engines', NODE_SIZES.large, false, { min: 3, max: 6 }),
      nodePool('risk', NODE_SIZES.xlarge, true, { min: 6, max: 12 }),
    ],
  },
  verticalAutoscaling: { recommendFor: 'singletons' },
  storage: {
    classes: STORAGE_CLASSES,
    sharedFiles: {
      size: '500Gi',
      mountedBy: ['dataserver', 'engineserver-trading', 'engineserver-positions', 'engineserver-accounting', 'presentation-server'],
      source: { type: 'nfs-export', server: 'nas-calypso.prod.bank.internal', path: '/exports/calypso/prod' },
    },
  },
  // The front door: the Gateway (Envoy Gateway); the certificate comes from the prod secret store.
  ingress: {
    tls: { secretName: 'calypso-prod-tls', fromSecretStore: frontDoorCertificate('prod') },
    routes: [
      { server: 'presentation-server', host: 'calypso.prod.bank.internal' },
      { server: 'authserver', host: 'calypso-auth.prod.bank.internal' },
    ],
  },
  network: {
    // The prod cluster's control plane, which the event exporter reads events from.
    apiServer: { cidrs: ['10.30.0.0/28'], port: 6443 },
    externalSystems: [
      CORPORATE_LDAP,
      { name: 'bloomberg-bpipe', cidrs: ['10.70.10.0/29'], ports: [8194], servers: ['marketdata-server'] },
      { name: 'refinitiv-rtds', cidrs: ['10.70.20.16/29'], ports: [14002], servers: ['marketdata-server'] },
      { name: 'mq-gateway', cidrs: ['10.50.10.0/28'], ports: [1414], servers: ['engineserver-trading', 'engineserver-accounting'] },
    ],
  },
  // People hold these groups only through a short-lived certificate: npm run access -- request prod <user> [--break-glass].
  access: { readOnlyGroups: ['calypso-prod-readonly'], breakGlassGroups: ['calypso-prod-break-glass'] },
  // The keystore only where a server accepts TLS connections; every server trusts the bank's CAs.
  tls: {
    keystore: javaStore('prod', 'keystore', ['eventserver', 'authserver', 'dataserver']),
    truststore: javaStore('prod', 'truststore'),
  },
  ldap: ldapBind('prod'),
  monitoring: monitoring({ eventExporter: EVENT_EXPORTER, alerting: alerting('prod') }),
  // Pinned: promotion moves the tag (the config repo's tags are the bank's: adapt).
  gitops: gitops(CLUSTERS.prod, PLATFORM_ADDONS_WITH_CANARIES, {
    revision: `prod-${release}`,
    revisionKind: 'tag',
    syncWindows: [PROD_CHANGE_WINDOW],
    syncGroups: [...PROD_SYNC_GROUPS],
  }),
  databaseJobs: { stopServers: STOP_SERVERS, backup: DATABASE_BACKUP, upgrade: schemaUpgrade(release, digests) },
  servers: [
    { kind: 'eventserver', cpu: '2', memory: '8Gi', nodePool: 'core', storage: { size: '50Gi', storageClass: 'block-ssd' } },
    { kind: 'authserver', replicas: 2, nodePool: 'core' },
    { kind: 'dataserver', cpu: '8', memory: '32Gi', nodePool: 'core' },
    { kind: 'readonly-dataserver', cpu: '4', memory: '16Gi', nodePool: 'risk', autoscaling: { minReplicas: 3, maxReplicas: 6 } },
    ...engineServers({ 'engineserver-accounting': { cpu: '4', memory: '16Gi' } }),
    { kind: 'marketdata-server', replicas: 2, nodePool: 'engines' },
    {
      kind: 'calculation-server',
      cpu: '8',
      memory: '32Gi',
      nodePool: 'risk',
      autoscaling: { minReplicas: 4, maxReplicas: 12, utilization: { cpu: 70 } },
      // A change within a release (properties, JVM options, resources) reaches 20%, then 50% of the risk tier, each checked by
      // analysis, before it replaces the rest; a new release starts after the stop step, straight at 100% (README, canary rollouts).
      rollout: { strategy: 'canary' },
    },
    { kind: 'presentation-server', replicas: 2, nodePool: 'engines' },
    { kind: 'dispatcher', nodePool: 'engines' },
    {
      kind: 'calculator',
      cpu: '4',
      memory: '16Gi',
      nodePool: 'risk',
      autoscaling: { minReplicas: 6, maxReplicas: 24, utilization: { cpu: 75 } },
    },
    { kind: 'scheduler', external: { host: 'calypso-scheduler.prod.bank.internal', cidrs: ['10.10.8.21/32'] } },
  ],
};

export default prod;
