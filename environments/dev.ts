/** Dev: one small replica of each server a developer needs; snapshot images allowed. */
import type { EnvironmentSpec } from '../lib';
import { calypsoImages, CLUSTERS, database, gitops, SECRET_STORES } from './shared/defaults';

const dev: EnvironmentSpec = {
  name: 'dev',
  tier: 'dev',
  images: calypsoImages('18.1.0-SNAPSHOT'),
  database: database('dev', 'postgresql', 'jdbc:postgresql://calypso-db.dev.bank.internal:5432/calypso'),
  secretStore: SECRET_STORES.nonProd,
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
