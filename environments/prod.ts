/** Prod: the full set of servers at production sizes; the Scheduler runs on premise. */
import type { EnvironmentSpec } from '../lib';
import { calypsoImages, CORPORATE_LDAP, database, javaStore, ldapBind, SECRET_STORES } from './shared/defaults';

const prod: EnvironmentSpec = {
  name: 'prod',
  tier: 'prod',
  images: calypsoImages('18.0.0.12'),
  // Three RAC nodes behind the listener.
  database: database('prod', 'oracle', 'jdbc:oracle:thin:@//calypso-db.prod.bank.internal:1521/CALPROD', {
    cidrs: ['10.42.1.20/32', '10.42.1.21/32', '10.42.1.22/32'],
  }),
  secretStore: SECRET_STORES.prod,
  network: {
    externalSystems: [
      CORPORATE_LDAP,
      { name: 'bloomberg-bpipe', cidrs: ['10.70.10.0/29'], ports: [8194], servers: ['marketdata-server'] },
      { name: 'refinitiv-rtds', cidrs: ['10.70.20.16/29'], ports: [14002], servers: ['marketdata-server'] },
      { name: 'mq-gateway', cidrs: ['10.50.10.0/28'], ports: [1414], servers: ['engineserver-trading', 'engineserver-accounting'] },
    ],
  },
  access: { readOnlyGroups: ['calypso-prod-readonly'] },
  // The keystore only where a server accepts TLS connections; every server trusts the bank's CAs.
  tls: {
    keystore: javaStore('prod', 'keystore', ['eventserver', 'authserver', 'dataserver']),
    truststore: javaStore('prod', 'truststore'),
  },
  ldap: ldapBind('prod'),
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
    { kind: 'scheduler', external: { host: 'calypso-scheduler.prod.bank.internal', cidrs: ['10.10.8.21/32'] } },
  ],
};

export default prod;
