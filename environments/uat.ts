/** UAT: production-like (every server prod has), with fewer replicas. */
import type { EnvironmentSpec } from '../lib';
import { calypsoImages, CORPORATE_LDAP, database, javaStore, ldapBind, SECRET_STORES } from './shared/defaults';

const uat: EnvironmentSpec = {
  name: 'uat',
  tier: 'uat',
  images: calypsoImages('18.0.0.12'),
  // Two RAC nodes behind the listener.
  database: database('uat', 'oracle', 'jdbc:oracle:thin:@//calypso-db.uat.bank.internal:1521/CALUAT', {
    cidrs: ['10.41.1.20/32', '10.41.1.21/32'],
  }),
  secretStore: SECRET_STORES.nonProd,
  network: {
    externalSystems: [
      CORPORATE_LDAP,
      { name: 'bloomberg-bpipe-beta', cidrs: ['10.70.1.0/29'], ports: [8194], servers: ['marketdata-server'] },
      { name: 'mq-gateway-uat', cidrs: ['10.50.3.0/28'], ports: [1414], servers: ['engineserver-trading', 'engineserver-accounting'] },
    ],
  },
  access: { readOnlyGroups: ['calypso-uat-readonly', 'calypso-uat-testers'] },
  // The keystore only where a server accepts TLS connections; every server trusts the bank's CAs.
  tls: { keystore: javaStore('uat', 'keystore', ['eventserver', 'authserver', 'dataserver']), truststore: javaStore('uat', 'truststore') },
  ldap: ldapBind('uat'),
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
