/**
 * Every bad-input rule: the message names environment, server and field,
 * and a synth with the bad spec leaves dist/ exactly as it was.
 */
import { type EnvironmentSpec } from '../lib';
import { refusal, render, specWith, synthRefusal, testSpec } from './helpers';

const withServer = (name: string, change: object): EnvironmentSpec => {
  const spec = testSpec();
  return { ...spec, servers: spec.servers.map((server) => ((server.name ?? server.kind) === name ? { ...server, ...change } : server)) };
};

describe('bad input is refused with environment, server and field, and dist/ is untouched', () => {
  test.each<[string, EnvironmentSpec, string]>([
    [
      'unknown dependency',
      withServer('engineserver', { dependsOn: ['dataserver', 'riskserver'] }),
      '[test] server engineserver, field dependsOn: depends on "riskserver", which is not a server of this environment (servers: eventserver, authserver, dataserver, engineserver)',
    ],
    [
      'dependency cycle',
      withServer('eventserver', { dependsOn: ['engineserver'] }),
      '[test] server authserver, field dependsOn: dependency cycle: authserver -> eventserver -> engineserver -> authserver',
    ],
    [
      'duplicate server names',
      specWith({ kind: 'calculator', name: 'dataserver' }),
      '[test] server dataserver, field name: two servers are named "dataserver"; server names must be unique',
    ],
    [
      'a name that is not a DNS label',
      withServer('engineserver', { name: 'Engine_Server' }),
      '[test] server Engine_Server, field name: "Engine_Server" is not a DNS-1035 label of at most 40 characters (lowercase letters, digits and \'-\', starting with a letter)',
    ],
    [
      'more than one replica for a singleton',
      withServer('dataserver', { replicas: 2 }),
      '[test] server dataserver, field replicas: a dataserver is a singleton and runs exactly 1 replica, got 2',
    ],
    [
      'zero replicas',
      withServer('authserver', { replicas: 0 }),
      '[test] server authserver, field replicas: must be a whole number of at least 1, got 0',
    ],
    [
      'negative replicas',
      withServer('authserver', { replicas: -2 }),
      '[test] server authserver, field replicas: must be a whole number of at least 1, got -2',
    ],
    [
      'a memory limit too small for the heap',
      withServer('dataserver', { memory: '2Gi', jvm: { heap: '2Gi' } }),
      '[test] server dataserver, field memory: memory limit 2Gi is too small for heap 2Gi: the JVM needs 768Mi beyond the heap (25% of the limit, at least 768Mi)',
    ],
    [
      'a memory limit too small for any heap',
      withServer('authserver', { memory: '600Mi' }),
      '[test] server authserver, field memory: memory limit 600Mi is too small: a heap of at least 256Mi plus 768Mi non-heap needs 1Gi',
    ],
    [
      'an image without tag or digest',
      testSpec({ images: { ...testSpec().images, init: { repository: 'registry.example/calypso-init' } } }),
      '[test] field images.init: image registry.example/calypso-init has neither a tag nor a digest; pin it to one',
    ],
  ])('%s', (_case, spec, message) => {
    const error = synthRefusal({ test: spec });
    expect(error.message).toContain(message);
  });

  test('an environment name that does not match its folder', () => {
    const error = synthRefusal({ uat: testSpec({ name: 'prod' }) });
    expect(error.message).toBe(
      '[uat] field name: environments/uat.ts declares name "prod"; the name must match the file (and its folder dist/uat)',
    );
  });

  test('problems in several environments are reported together', () => {
    const error = synthRefusal({
      alpha: { ...withServer('dataserver', { replicas: 3 }), name: 'alpha' },
      beta: { ...withServer('engineserver', { engines: [] }), name: 'beta' },
    });
    expect(error.problems.map((problem) => `${problem.environment}/${problem.server}/${problem.field}`)).toEqual([
      'alpha/dataserver/replicas',
      'beta/engineserver/engines',
    ]);
    expect(error.message).toMatch(/^2 problems in the environment spec:\n {2}- \[alpha\]/);
  });
});

describe('more spec rules', () => {
  test.each<[string, EnvironmentSpec, string]>([
    ['unknown server kind', specWith({ kind: 'riskserver' as never }), 'field kind: "riskserver" is not a server kind'],
    [
      'missing core server',
      testSpec({ servers: testSpec().servers.filter((s) => s.kind !== 'authserver') }),
      '[test] field servers: an environment needs exactly one authserver, found 0',
    ],
    [
      'an engine in two engine servers',
      specWith({ kind: 'engineserver', name: 'engineserver-b', engines: ['TaskEngine'] }),
      '[test] server engineserver-b, field engines: TaskEngine already runs in engineserver; each engine runs in exactly one engineserver',
    ],
    [
      'engines on a server that is not an engineserver',
      withServer('dataserver', { engines: ['TaskEngine'] }),
      'field engines: only an engineserver hosts engines; a dataserver got TaskEngine',
    ],
    [
      'a JDBC URL of another vendor',
      testSpec({ database: { ...testSpec().database, jdbcUrl: 'jdbc:oracle:thin:@//db:1521/X' } }),
      '[test] field database.jdbcUrl: "jdbc:oracle:thin:@//db:1521/X" is not a postgresql JDBC URL (jdbc:postgresql:…)',
    ],
    [
      'a custom database without a driver',
      testSpec({ database: { ...testSpec().database, vendor: 'custom', jdbcUrl: 'jdbc:db2://db:50000/X' } }),
      '[test] field database.driverClass: a custom database needs its JDBC driver class',
    ],
    [
      'a bad CPU quantity',
      withServer('dataserver', { cpu: 'two' }),
      '[test] server dataserver, field cpu: "two" is not a CPU quantity such as 500m or 2',
    ],
    [
      'a CPU limit under the request',
      withServer('dataserver', { cpu: '2', cpuLimit: '1' }),
      '[test] server dataserver, field cpuLimit: limit 1 is below the request 2',
    ],
    [
      'an environment name that is not a DNS label',
      testSpec({ name: 'Prod_1' }),
      '[Prod_1] field name: "Prod_1" is not a DNS label of at most 30 characters',
    ],
    [
      'a mutable tag in prod',
      testSpec({ tier: 'prod', images: { ...testSpec().images, application: { repository: 'r.example/app', tag: 'latest' } } }),
      '[test] field images.application: prod images must be immutable: tag "latest" of r.example/app moves; pin a digest or a release version',
    ],
    [
      'a snapshot tag in prod',
      testSpec({ tier: 'prod', images: { ...testSpec().images, init: { repository: 'r.example/init', tag: '18.1.0-SNAPSHOT' } } }),
      '[test] field images.init: prod images must be immutable: tag "18.1.0-SNAPSHOT" of r.example/init is a snapshot build; pin a release version',
    ],
    [
      'an empty tag in prod',
      testSpec({ tier: 'prod', images: { ...testSpec().images, init: { repository: 'r.example/init', tag: '' } } }),
      '[test] field images.init: prod images must be immutable: image r.example/init has an empty tag',
    ],
    [
      'a malformed digest',
      testSpec({ images: { ...testSpec().images, init: { repository: 'r.example/init', digest: 'sha256:abc' } } }),
      '[test] field images.init: digest "sha256:abc" of r.example/init is not sha256: followed by 64 hex digits',
    ],
    [
      'a secret store without a name',
      testSpec({ secretStore: { name: '', tiers: ['dev'] } }),
      '[test] field secretStore.name: "" is not the name of a SecretStore or ClusterSecretStore',
    ],
    [
      'a credential without a remote key',
      testSpec({ database: { ...testSpec().database, credentials: { ...testSpec().database.credentials, password: { key: '' } } } }),
      '[test] field database.credentials.password: needs the key of the value in the secret manager',
    ],
    [
      'a self dependency',
      withServer('authserver', { dependsOn: ['authserver'] }),
      '[test] server authserver, field dependsOn: a server cannot depend on itself',
    ],
    [
      'a bad property key',
      testSpec({ properties: { 'bad key': 1 } }),
      "[test] field properties.bad key: property key \"bad key\" may only hold letters, digits, '.', '_', '-' and '/'",
    ],
  ])('%s', (_case, spec, message) => {
    expect(refusal(spec)).toContain(message);
  });

  test.each<[string, EnvironmentSpec['imageContract'], string]>([
    [
      'an empty server-selector variable',
      { serverSelector: { variable: '' } },
      '[test] field imageContract.serverSelector.variable: "" is not an environment variable name',
    ],
    [
      'a health port named like a service port',
      { health: { port: { name: 'app', port: 8080 } } },
      '[test] field imageContract.servicePorts.authserver: app 8000 clashes with app 8080 (the health, service and debug ports of one server need their own names and numbers)',
    ],
    [
      'a kind without a service port',
      { servicePorts: { 'presentation-server': [] } },
      '[test] field imageContract.servicePorts.presentation-server: a presentation-server must serve at least one port besides the health port',
    ],
    [
      'a port name Kubernetes refuses',
      { debugPort: { name: 'java-debug-wire-protocol', port: 5005 } },
      '[test] field imageContract.debugPort: "java-debug-wire-protocol" is not a port name (at most 15 lowercase letters, digits and \'-\')',
    ],
    [
      'a relative path',
      { paths: { tmp: 'tmp', work: '/w', logs: '/l' } },
      '[test] field imageContract.paths.tmp: "tmp" is not an absolute path',
    ],
    [
      'a root user',
      { user: { uid: 0, gid: 0 } },
      '[test] field imageContract.user.uid: must be a whole number above 0 (the restricted profile forbids root), got 0',
    ],
    [
      'a read-only Dataserver property that is no property key',
      { readOnlyDataserver: { property: 'read only' } },
      "[test] field imageContract.readOnlyDataserver.property: property key \"read only\" may only hold letters, digits, '.', '_', '-' and '/' (use '' to leave it out)",
    ],
  ])('an image contract override: %s', (_case, imageContract, message) => {
    expect(refusal(testSpec({ imageContract }))).toContain(message);
  });

  test('a default version label that Kubernetes would refuse is reported on the image', () => {
    const tag = `18.0.0.12-${'x'.repeat(60)}`;
    const images = { ...testSpec().images, application: { repository: 'r.example/app', tag } };
    expect(refusal(testSpec({ images }))).toBe(
      `[test] field images.application: "${tag}" is not a valid label value (at most 63 characters, starting and ending with a letter or digit); it would be the app.kubernetes.io/version label: set release`,
    );
    expect(() => render(testSpec({ images, release: '18.0.0.12' }))).not.toThrow();
  });

  test('a bad CPU request is reported once, not again as a bad limit', () => {
    expect(refusal(withServer('dataserver', { cpu: 'lots' }))).toBe(
      '[test] server dataserver, field cpu: "lots" is not a CPU quantity such as 500m or 2',
    );
  });

  test('prod accepts a digest or a release version', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const images = { ...testSpec().images, application: { repository: 'r.example/app', digest } };
    expect(() => render(testSpec({ tier: 'prod', images }))).not.toThrow();
  });
});
