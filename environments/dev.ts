/** Dev: one small replica of each server a developer needs; snapshot images allowed; debug mode on the Engineserver. */
import type { EnvironmentSpec } from '../lib';
import { calypsoImages, database, SECRET_STORES } from './shared/defaults';

const dev: EnvironmentSpec = {
  name: 'dev',
  tier: 'dev',
  images: calypsoImages('18.1.0-SNAPSHOT'),
  database: database('dev', 'postgresql', 'jdbc:postgresql://calypso-db.dev.bank.internal:5432/calypso', { cidrs: ['10.40.1.15/32'] }),
  secretStore: SECRET_STORES.nonProd,
  network: {
    // The MQ test gateway the MessageEngine sends confirmations to.
    externalSystems: [{ name: 'mq-gateway-test', cidrs: ['10.50.2.10/32'], ports: [1414], servers: ['engineserver'] }],
  },
  access: { readOnlyGroups: ['calypso-dev-testers'], debugGroups: ['calypso-dev-developers'] },
  // A developer attaches a debugger with: kubectl -n calypso-dev port-forward deploy/engineserver 5005
  debug: { servers: ['engineserver'] },
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
