/**
 * Strict by schema: every field an environment file may write is checked
 * against one schema. An unknown key, a wrong type or a value outside an
 * enum is refused with environment, server and field, in our own words,
 * before any rule reads the spec; a malformed spec never crashes.
 */
import { App, Chart } from 'cdk8s';
import { CalypsoEnvironment, CalypsoServer, resolveEnvironmentSpec, SpecError, type EnvironmentSpec } from '../lib';
import { refusal, synthRefusal, testSpec } from './helpers';

const base = testSpec();

/** testSpec with one field changed to anything, typed or not. */
const specWithField = (field: string, value: unknown): EnvironmentSpec => ({ ...base, [field]: value }) as never;

/** testSpec with the server at `index` changed (fields merged in). */
const withServerChange = (index: number, change: object): EnvironmentSpec =>
  ({ ...base, servers: base.servers.map((server, at) => (at === index ? { ...server, ...change } : server)) }) as never;

/** The message resolveEnvironmentSpec refuses a spec with; fails the test if it is accepted or throws anything else. */
function resolutionRefusal(spec: unknown): string {
  try {
    resolveEnvironmentSpec(spec as EnvironmentSpec);
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError);
    return (error as Error).message;
  }
  throw new Error('expected the spec to be refused');
}

describe('an unknown key is refused, with the closest known key when one is close', () => {
  test.each<[string, EnvironmentSpec, string]>([
    [
      'at the top level',
      specWithField('verticalAutoscalling', { recommendFor: 'singletons' }),
      '[test] field verticalAutoscalling: unknown field; did you mean verticalAutoscaling?',
    ],
    ['in a server', withServerChange(2, { memroy: '2Gi' }), '[test] server dataserver, field memroy: unknown field; did you mean memory?'],
    [
      "in a server's jvm",
      withServerChange(2, { jvm: { heep: '1Gi' } }),
      '[test] server dataserver, field jvm.heep: unknown field; did you mean heap?',
    ],
    [
      "in a server's autoscaling",
      { ...base, servers: [...base.servers, { kind: 'calculator', autoscaling: { maxReplicas: 3, minReplica: 1 } }] } as never,
      '[test] server calculator, field autoscaling.minReplica: unknown field; did you mean minReplicas?',
    ],
    [
      'in the database credentials',
      { ...base, database: { ...base.database, credentials: { ...base.database.credentials, usrname: { key: 'k' } } } } as never,
      '[test] field database.credentials.usrname: unknown field; did you mean username?',
    ],
    [
      'in an ingress route',
      specWithField('ingress', {
        routes: [
          { server: 'dataserver', host: 'a.example' },
          { server: 'dataserver', host: 'b.example', hots: 'c.example' },
        ],
      }),
      '[test] field ingress.routes[1].hots: unknown field; did you mean host?',
    ],
  ])('%s', (_case, spec, message) => {
    expect(refusal(spec)).toBe(message);
  });

  test('in the image contract overrides, and in a map keyed by server kind', () => {
    const error = synthRefusal({ test: specWithField('imageContract', { helth: { scheme: 'HTTPS' }, servicePorts: { riskserver: [] } }) });
    expect(error.problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'imageContract.servicePorts.riskserver: unknown field (fields here: eventserver, authserver, dataserver, readonly-dataserver, engineserver, calculation-server, presentation-server, marketdata-server, dispatcher, calculator, scheduler)',
      'imageContract.helth: unknown field; did you mean health?',
    ]);
  });

  test('without a close key, the message lists the fields allowed there', () => {
    expect(refusal(withServerChange(0, { colour: 'red' }))).toBe(
      '[test] server eventserver, field colour: unknown field (fields here: kind, name, replicas, cpu, cpuLimit, memory, jvm, engines, properties, env, external, startupBudgetSeconds, terminationGracePeriodSeconds, waitTimeoutSeconds, probes, sidecars, volumes, imagePullSecrets, caBundle, podLabels, podAnnotations, podSecurity, autoscaling, nodePool, storage, blockNodeDrains, rollout, dependsOn)',
    );
  });

  test('every unknown key is reported, not just the first', () => {
    const error = synthRefusal({ test: { ...withServerChange(2, { memroy: '2Gi' }), namepsace: 'x' } as never });
    expect(error.problems.map((problem) => `${problem.server ?? '-'}/${problem.field}`)).toEqual(['dataserver/memroy', '-/namepsace']);
  });
});

describe('a wrong type is refused with the value given', () => {
  test.each<[string, EnvironmentSpec, string]>([
    [
      'a string for a number',
      withServerChange(1, { replicas: '2' }),
      '[test] server authserver, field replicas: expected a number, got "2"',
    ],
    ['a number for a string', specWithField('namespace', 5), '[test] field namespace: expected a string, got 5'],
    [
      'an object for a string',
      specWithField('release', { version: 1 }),
      '[test] field release: expected a string, got an object {"version":1}',
    ],
    ['a list for a map', specWithField('properties', ['a=b']), '[test] field properties: expected a map, got a list ["a=b"]'],
    ['null for an object', specWithField('network', null), '[test] field network: expected an object, got null'],
    [
      'null for a property value',
      specWithField('properties', { 'calypso.x': null }),
      '[test] field properties.calypso.x: expected a string, a number or a boolean, got null',
    ],
    [
      'a missing required field',
      specWithField('images', { ...base.images, init: undefined }),
      '[test] field images.init: missing; expected an object',
    ],
  ])('%s', (_case, spec, message) => {
    expect(refusal(spec)).toBe(message);
  });
});

describe('a value outside an enum is refused with the allowed values', () => {
  test.each<[string, EnvironmentSpec, string]>([
    ['tier', specWithField('tier', 'production'), '[test] field tier: "production" is not a tier; use one of local, dev, uat, prod'],
    [
      'server kind',
      { ...base, servers: [...base.servers, { kind: 'riskserver', name: 'risk' }] } as never,
      '[test] server risk, field kind: "riskserver" is not a server kind; use one of eventserver, authserver, dataserver, readonly-dataserver, engineserver, calculation-server, presentation-server, marketdata-server, dispatcher, calculator, scheduler',
    ],
    [
      'database vendor',
      { ...base, database: { ...base.database, vendor: 'mysql' } } as never,
      '[test] field database.vendor: "mysql" is not a vendor; use one of oracle, sybase, postgresql, custom',
    ],
    [
      'a tier of the secret store',
      specWithField('secretStore', { name: 'vault', tiers: ['dev', 'qa'] }),
      '[test] field secretStore.tiers[1]: "qa" is not a tier; use one of local, dev, uat, prod',
    ],
  ])('%s', (_case, spec, message) => {
    expect(refusal(spec)).toBe(message);
  });
});

describe('the new tiers fields', () => {
  test('a secret store serves at least one tier', () => {
    expect(refusal(specWithField('secretStore', { name: 'vault', tiers: [] }))).toBe('[test] field secretStore.tiers: must not be empty');
  });

  test('a database network names each tier once', () => {
    const spec = { ...base, database: { ...base.database, network: { cidrs: ['10.0.0.10/32'], tiers: ['dev', 'dev'] } } } as never;
    expect(refusal(spec)).toBe('[test] field database.network.tiers: lists "dev" more than once; name each tier once');
  });

  test('a cluster needs its tiers', () => {
    const gitops = { repoUrl: 'https://git.example/config.git', revision: 'main', cluster: { name: 'lab' } };
    expect(refusal(specWithField('gitops', gitops))).toBe('[test] field gitops.cluster.tiers: missing; expected a list');
  });
});

describe('a malformed spec gives problems, never a crash', () => {
  test('every structural problem is reported, and no rule runs on the broken parts', () => {
    const spec = { ...base, database: 'postgres', servers: [...base.servers, 'calculator', null], ingress: { routes: 'all' } };
    const message = resolutionRefusal(spec);
    expect(message).toBe(
      [
        '4 problems in the environment spec:',
        '  - [test] field database: expected an object, got "postgres"',
        '  - [test] field ingress.routes: expected a list, got "all"',
        '  - [test] field servers[4]: expected an object, got "calculator"',
        '  - [test] field servers[5]: expected an object, got null',
      ].join('\n'),
    );
  });

  test('a spec that is not an object at all', () => {
    expect(resolutionRefusal(null)).toBe('[?] field spec: expected an object, got null');
  });

  test("a list where a map of servers' environment variables belongs", () => {
    expect(refusal(withServerChange(3, { env: ['A=1'] }))).toBe(
      '[test] server engineserver, field env: expected a map, got a list ["A=1"]',
    );
  });

  test("a string where the shared volume's source belongs", () => {
    const spec = specWithField('storage', {
      classes: { nfs: 'nfs' },
      sharedFiles: { size: '1Gi', mountedBy: ['dataserver'], source: 'nfs' },
    });
    expect(refusal(spec)).toBe('[test] field storage.sharedFiles.source: expected an object, got "nfs"');
  });
});

describe('hand-built constructs get the same rules and wording', () => {
  const settings = (): Omit<EnvironmentSpec, 'servers'> => {
    const { servers: _servers, ...rest } = testSpec();
    return rest;
  };

  test('an unknown key in a CalypsoServer', () => {
    const chart = new Chart(new App(), 'test');
    const environment = new CalypsoEnvironment(settings());
    expect(() => new CalypsoServer(chart, 'x', { environment, kind: 'authserver', memroy: '2Gi' } as never)).toThrow(
      new SpecError([{ environment: 'test', server: 'authserver', field: 'memroy', message: 'unknown field; did you mean memory?' }]),
    );
  });

  test('a wrong type in a CalypsoServer', () => {
    const chart = new Chart(new App(), 'test');
    const environment = new CalypsoEnvironment(settings());
    expect(() => new CalypsoServer(chart, 'x', { environment, kind: 'authserver', replicas: '2' } as never)).toThrow(
      '[test] server authserver, field replicas: expected a number, got "2"',
    );
  });

  test('an unknown key in CalypsoEnvironment settings', () => {
    expect(() => new CalypsoEnvironment({ ...settings(), verticalAutoscalling: {} } as never)).toThrow(
      '[test] field verticalAutoscalling: unknown field; did you mean verticalAutoscaling?',
    );
  });

  test('a synth with an unknown key leaves dist/ untouched', () => {
    const error = synthRefusal({ test: withServerChange(2, { memroy: '2Gi' }) });
    expect(error.message).toBe('[test] server dataserver, field memroy: unknown field; did you mean memory?');
  });
});
