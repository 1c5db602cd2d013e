/**
 * Prod: the full set of servers at production sizes; the Scheduler runs on
 * premise. Syncs only by hand; a new release is backed up, then upgraded.
 */
import type { EnvironmentSpec } from '../lib';
import { calypsoImages, CLUSTERS, DATABASE_BACKUP, database, gitops, schemaUpgrade, SECRET_STORES } from './shared/defaults';

const release = '18.0.0.12';

const prod: EnvironmentSpec = {
  name: 'prod',
  tier: 'prod',
  images: calypsoImages(release),
  database: database('prod', 'oracle', 'jdbc:oracle:thin:@//calypso-db.prod.bank.internal:1521/CALPROD'),
  secretStore: SECRET_STORES.prod,
  gitops: gitops(CLUSTERS.prod),
  databaseJobs: { backup: DATABASE_BACKUP, upgrade: schemaUpgrade(release) },
  servers: [
    { kind: 'eventserver', cpu: '2', memory: '8Gi' },
    { kind: 'authserver', replicas: 2 },
    { kind: 'dataserver', cpu: '8', memory: '32Gi' },
    { kind: 'readonly-dataserver', replicas: 3, cpu: '4', memory: '16Gi' },
    { kind: 'engineserver', name: 'engineserver-trading', engines: ['TaskEngine', 'TransferEngine', 'MessageEngine'] },
    { kind: 'engineserver', name: 'engineserver-positions', engines: ['PositionEngine', 'LiquidationEngine', 'InventoryEngine'] },
    {
      kind: 'engineserver',
      name: 'engineserver-accounting',
      cpu: '4',
      memory: '16Gi',
      engines: ['AccountingEngine', 'PostingEngine', 'SenderEngine'],
    },
    { kind: 'marketdata-server', replicas: 2 },
    { kind: 'calculation-server', replicas: 4, cpu: '8', memory: '32Gi' },
    { kind: 'presentation-server', replicas: 2 },
    { kind: 'dispatcher' },
    { kind: 'calculator', replicas: 6, cpu: '4', memory: '16Gi' },
    { kind: 'scheduler', external: { host: 'calypso-scheduler.prod.bank.internal' } },
  ],
};

export default prod;
