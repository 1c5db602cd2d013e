/** UAT: production-like (every server prod has), with fewer replicas. */
import type { EnvironmentSpec } from '../lib';
import { calypsoImages, database, EVENT_EXPORTER, monitoring, SECRET_STORES } from './shared/defaults';

const uat: EnvironmentSpec = {
  name: 'uat',
  tier: 'uat',
  images: calypsoImages('18.0.0.12'),
  database: database('uat', 'oracle', 'jdbc:oracle:thin:@//calypso-db.uat.bank.internal:1521/CALUAT'),
  secretStore: SECRET_STORES.nonProd,
  monitoring: monitoring({ eventExporter: EVENT_EXPORTER }),
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
