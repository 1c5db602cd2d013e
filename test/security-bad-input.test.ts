/**
 * Bad security input is refused before anything is built, each problem
 * naming environment, server (when it is about one) and field; and a
 * failing synth leaves dist/ as it was.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cidrProblem, jdbcUrlPort, type EnvironmentSpec, type ExternalSystem } from '../lib';
import { synthesize } from '../apps/synth';
import { refusal, snapshotTree, specWith, tempDir, testSpec } from './helpers';

const base = testSpec();
const prod = (overrides: Partial<EnvironmentSpec>): EnvironmentSpec => testSpec({ tier: 'prod', ...overrides });
const feed: ExternalSystem = { name: 'market-feed', cidrs: ['10.70.1.0/29'], ports: [8194], servers: ['engineserver'] };
const withSystem = (change: Partial<ExternalSystem>): EnvironmentSpec =>
  testSpec({ network: { externalSystems: [{ ...feed, ...change }] } });
const store = {
  file: { key: 'calypso/test/tls/keystore', property: 'file' },
  password: { key: 'calypso/test/tls/keystore', property: 'password' },
};

describe('the bad inputs the issue names', () => {
  test.each<[string, EnvironmentSpec, string]>([
    [
      'debug in prod',
      prod({ debug: { servers: ['engineserver'] } }),
      '[test] field debug: debug mode opens a JDWP port (servers: engineserver) and is not allowed in prod; remove it from the test environment',
    ],
    [
      'a mutable tag in prod (a moving name)',
      prod({ images: { ...base.images, application: { repository: 'r.example/app', tag: 'main' } } }),
      '[test] field images.application: prod images must be immutable: tag "main" of r.example/app moves; pin a digest or a release version',
    ],
    [
      'a mutable tag in prod (not a release version)',
      prod({ images: { ...base.images, dependencyWait: { repository: 'r.example/wait', tag: 'feature-x' } } }),
      '[test] field images.dependencyWait: prod images must be immutable: tag "feature-x" of r.example/wait is not a release version (such as 18.0.0.12); pin a digest or a version tag',
    ],
    [
      'an external system without CIDR',
      withSystem({ cidrs: [] }),
      '[test] field network.externalSystems[0].cidrs: external system "market-feed" needs at least one CIDR block it runs at, e.g. 10.60.4.10/32',
    ],
    [
      'an external system without port',
      withSystem({ ports: [] }),
      '[test] field network.externalSystems[0].ports: external system "market-feed" needs at least one port the servers connect to',
    ],
    [
      'an external system with a port out of range',
      withSystem({ ports: [8194, 70000] }),
      '[test] field network.externalSystems[0].ports: external system "market-feed": 70000 is not a port number from 1 to 65535',
    ],
    [
      'an external system with an invalid CIDR',
      withSystem({ cidrs: ['10.70.1.300/29'] }),
      '[test] field network.externalSystems[0].cidrs: "10.70.1.300/29" is not a CIDR block such as 10.20.30.0/24 or 10.20.30.40/32',
    ],
    [
      'an external system open to every address',
      withSystem({ cidrs: ['0.0.0.0/0'] }),
      '[test] field network.externalSystems[0].cidrs: "0.0.0.0/0" is every address; name the hosts or networks the traffic is for',
    ],
    [
      'an access group name that is empty',
      testSpec({ access: { readOnlyGroups: ['calypso-test-readonly', ''] } }),
      '[test] field access.readOnlyGroups[1]: group name is empty; name a group of the identity provider, e.g. calypso-dev-developers',
    ],
    [
      'a secret reference without a store',
      { ...testSpec({ tls: { keystore: store } }), secretStore: undefined as never },
      '[test] field secretStore: credentials (database, keystores, LDAP bind) are read from a secret store; name a SecretStore or ClusterSecretStore',
    ],
    [
      'a network rule that would open a port no server listens on (an ingress route to an unknown port)',
      testSpec({ ingress: { routes: [{ server: 'engineserver', host: 'engines.test.bank.internal', port: 'http' }] } }),
      '[test] field ingress.routes[0].port: "http" is not a Service port of engineserver (ports: admin); the Ingress and its network policy would open a port nothing listens on',
    ],
  ])('%s', (_case, spec, message) => {
    expect(refusal(spec)).toContain(message);
  });
});

describe('more security rules', () => {
  test.each<[string, EnvironmentSpec, string]>([
    [
      'exec and port-forward outside dev',
      testSpec({ tier: 'uat', access: { debugGroups: ['calypso-uat-support'] } }),
      '[test] field access.debugGroups: exec and port-forward are for dev only; a uat environment may not grant them (groups: calypso-uat-support)',
    ],
    [
      'a group name with stray spaces',
      testSpec({ access: { debugGroups: [' calypso-dev-developers'] } }),
      '[test] field access.debugGroups[0]: group name " calypso-dev-developers" has leading or trailing spaces',
    ],
    [
      'an ingress route exposing the management port',
      testSpec({ ingress: { routes: [{ server: 'dataserver', host: 'd.test.bank.internal', port: 'management' }] } }),
      '[test] field ingress.routes[0].port: management serves health and metrics inside the cluster and is never exposed; use one of app',
    ],
    [
      'an ingress route to a server that does not exist',
      testSpec({ ingress: { routes: [{ server: 'riskserver', host: 'r.test.bank.internal' }] } }),
      '[test] field ingress.routes[0].server: "riskserver" is not a server of this environment (servers: eventserver, authserver, dataserver, engineserver)',
    ],
    [
      'an external system naming an unknown server',
      withSystem({ servers: ['engineserver', 'marketdata-server'] }),
      '[test] field network.externalSystems[0].servers: external system "market-feed": "marketdata-server" is not a server of this environment (servers: eventserver, authserver, dataserver, engineserver)',
    ],
    [
      'an external system naming no server',
      withSystem({ servers: [] }),
      '[test] field network.externalSystems[0].servers: external system "market-feed" must name the servers that may reach it',
    ],
    [
      'an external system with host bits in its CIDR',
      withSystem({ cidrs: ['10.70.1.5/29'] }),
      '[test] field network.externalSystems[0].cidrs: "10.70.1.5/29" has host bits set below the /29 prefix; the block is 10.70.1.0/29, or use /32 for one host',
    ],
    [
      'two external systems with one name',
      testSpec({ network: { externalSystems: [feed, { ...feed, cidrs: ['10.70.2.0/29'] }] } }),
      '[test] field network.externalSystems[1].name: two external systems are named "market-feed"; names must be unique',
    ],
    [
      'a database without network addresses',
      testSpec({ database: { ...base.database, network: undefined } }),
      '[test] field database.network: the database hosts are needed for the egress network policy: give { cidrs: [...], port } (all other traffic leaving the namespace is denied)',
    ],
    [
      'a database port that contradicts the JDBC URL',
      testSpec({ database: { ...base.database, network: { cidrs: ['10.0.0.10/32'], port: 5433, tiers: ['dev'] } } }),
      '[test] field database.network.port: port 5433 differs from port 5432 in the JDBC URL jdbc:postgresql://db:5432/calypso',
    ],
    [
      'a database without any port',
      testSpec({ database: { ...base.database, jdbcUrl: 'jdbc:postgresql://db/calypso' } }),
      '[test] field database.network.port: the JDBC URL jdbc:postgresql://db/calypso names no port; give the port the database listens on',
    ],
    [
      'a server outside the cluster without CIDRs',
      specWith({ kind: 'scheduler', external: { host: 'scheduler.onprem.example' } }),
      '[test] server scheduler, field external.cidrs: a server outside the cluster (scheduler.onprem.example) needs at least one CIDR block it runs at, e.g. 10.60.4.10/32',
    ],
    [
      'a server named like an environment-wide policy',
      specWith({ kind: 'calculator', name: 'allow-dns' }),
      '[test] server allow-dns, field name: "allow-dns" is the name of an environment-wide network policy; choose another server name',
    ],
    [
      'debug on an unknown server',
      testSpec({ debug: { servers: ['calculator'] } }),
      '[test] field debug.servers: "calculator" is not a server of this environment (servers: eventserver, authserver, dataserver, engineserver)',
    ],
    [
      'debug on a server outside the cluster',
      {
        ...specWith({ kind: 'scheduler', external: { host: 's.onprem.example', cidrs: ['10.10.8.21/32'] } }),
        debug: { servers: ['scheduler'] },
      },
      '[test] field debug.servers: "scheduler" runs outside the cluster; there is no JVM in the cluster to debug',
    ],
    [
      'a debug port a server already serves',
      testSpec({ debug: { servers: ['engineserver'], port: 8140 } }),
      '[test] field debug.port: port 8140 is already the admin port of engineserver; choose another debug port',
    ],
    [
      'a keystore reference without a remote key',
      testSpec({ tls: { keystore: { ...store, password: { key: '' } } } }),
      '[test] field tls.keystore.password: needs the key of the value in the secret manager',
    ],
    [
      'a keystore mounted in an unknown server',
      testSpec({ tls: { keystore: { ...store, servers: ['presentation-server'] } } }),
      '[test] field tls.keystore.servers: "presentation-server" is not a server of this environment',
    ],
    [
      'two credentials sharing one Secret',
      testSpec({ ldap: { secretName: 'calypso-database', bindDn: { key: 'l', property: 'dn' }, password: { key: 'l', property: 'pw' } } }),
      '[test] field ldap.secretName: "calypso-database" is already the Secret of database.credentials; each credential needs a Secret of its own',
    ],
  ])('%s', (_case, spec, message) => {
    expect(refusal(spec)).toContain(message);
  });

  test('a synth with bad security input leaves dist/ untouched and reports every environment', () => {
    const root = tempDir();
    const distDir = join(root, 'dist');
    mkdirSync(join(root, 'environments'));
    mkdirSync(join(distDir, 'old'), { recursive: true });
    writeFileSync(join(distDir, 'old', 'networkpolicy-x.yaml'), 'kind: NetworkPolicy\n');
    const bad = { ...prod({ debug: { servers: ['engineserver'] } }), name: 'prod' };
    writeFileSync(join(root, 'environments', 'prod.ts'), `export default ${JSON.stringify(bad)};\n`);
    const before = snapshotTree(distDir);
    expect(() => synthesize({ environmentsDir: join(root, 'environments'), distDir })).toThrow(
      '[prod] field debug: debug mode opens a JDWP port',
    );
    expect(snapshotTree(distDir)).toEqual(before);
  });
});

describe('CIDR blocks and JDBC ports', () => {
  test.each(['10.0.0.0/8', '10.42.1.20/32', '192.168.4.0/22', '2001:db8::/32', '2001:db8::10/128', '::ffff:10.0.0.0/104'])(
    '%s is a CIDR',
    (cidr) => expect(cidrProblem(cidr)).toBeUndefined(),
  );
  test.each([
    ['10.0.0.1', 'is not a CIDR block'],
    ['10.0.0.0/33', 'is not a CIDR block'],
    ['calypso-db.bank.internal/32', 'is not a CIDR block'],
    ['10.0.0.0/ 8', 'is not a CIDR block'],
    ['::/0', 'is every address'],
    ['2001:db8::1/64', 'has host bits set below the /64 prefix'],
  ])('%s is refused', (cidr, message) => expect(cidrProblem(cidr)).toContain(message));

  test.each<[string, number | undefined]>([
    ['jdbc:postgresql://db.bank.internal:5432/calypso', 5432],
    ['jdbc:oracle:thin:@//db.bank.internal:1521/CALPROD', 1521],
    ['jdbc:oracle:thin:@db.bank.internal:1522:CALSID', 1522],
    ['jdbc:sybase:Tds:db.bank.internal:5000/calypso', 5000],
    ['jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db)(PORT=1523))(CONNECT_DATA=(SERVICE_NAME=X)))', 1523],
    ['jdbc:postgresql://[fd00::15]:6432/calypso', 6432],
    ['jdbc:postgresql://db.bank.internal/calypso', undefined],
  ])('%s names port %p', (url, port) => expect(jdbcUrlPort(url)).toBe(port));
});
