/**
 * UAT: production-like (every server prod has), with fewer replicas. Refreshed
 * from a masked prod snapshot (set a new `snapshot` to refresh again), then
 * upgraded to the release under test.
 */
import type { EnvironmentSpec } from '../lib';
import { calypsoImages, CLUSTERS, database, gitops, restoreSnapshot, schemaUpgrade, SECRET_STORES } from './shared/defaults';

const release = '18.0.0.12';

const uat: EnvironmentSpec = {
  name: 'uat',
  tier: 'uat',
  images: calypsoImages(release),
  database: database('uat', 'oracle', 'jdbc:oracle:thin:@//calypso-db.uat.bank.internal:1521/CALUAT'),
  secretStore: SECRET_STORES.nonProd,
  gitops: gitops(CLUSTERS.uat),
  databaseJobs: { restore: restoreSnapshot('prod-masked-2026-11-20'), upgrade: schemaUpgrade(release) },
  servers: [
    { kind: 'eventserver', cpu: '1', memory: '4Gi' },
    { kind: 'authserver', replicas: 2 },
    { kind: 'dataserver', cpu: '2', memory: '12Gi' },
    { kind: 'readonly-dataserver', replicas: 2, cpu: '1', memory: '6Gi' },
    { kind: 'engineserver', name: 'engineserver-trading', engines: ['TaskEngine', 'TransferEngine', 'MessageEngine'] },
    { kind: 'engineserver', name: 'engineserver-positions', engines: ['PositionEngine', 'LiquidationEngine', 'InventoryEngine'] },
    { kind: 'engineserver', name: 'engineserver-accounting', engines: ['AccountingEngine', 'PostingEngine', 'SenderEngine'] },
    { kind: 'marketdata-server', memory: '6Gi' },
    { kind: 'calculation-server', replicas: 2, cpu: '2', memory: '12Gi' },
    { kind: 'presentation-server', replicas: 2 },
    { kind: 'dispatcher' },
    { kind: 'calculator', replicas: 2 },
    { kind: 'scheduler' },
  ],
};

export default uat;
