/**
 * Library-owned settings stay library-owned: what the image contract sets
 * cannot be set again through env, heap and GC flags do not go through
 * extraJavaOptions, derived properties are not overridden, an external
 * server takes no in-cluster settings, heap, wait timeout and grace period
 * cover what they must, and no server takes a name the library derives.
 * Each rule holds for spec servers and for a hand-built CalypsoServer.
 */
import { App, Chart } from 'cdk8s';
import {
  CalypsoEnvironment,
  CalypsoServer,
  DEFAULT_IMAGE_CONTRACT,
  resolveEnvironmentSpec,
  resolveImageContract,
  SpecError,
  type EnvironmentSpec,
  type ServerSpec,
} from '../lib';
import { environmentInvariantProblems } from '../lib/model/spec-invariants';
import { environmentSetProblems } from '../lib/model/environment-set-rules';
import { preStopPauseSeconds } from '../lib/model/library-owned-rules';
import { ProblemCollector } from '../lib/model/errors';
import { loadEnvironments } from '../apps/load-environments';
import { programPaths } from '../apps/paths';
import { envOf, find, refusal, render, serverContainer, specWith, synthRefusal, testSpec } from './helpers';

/** testSpec with one server changed. */
const withServer = (name: string, change: Partial<ServerSpec>): EnvironmentSpec => {
  const spec = testSpec();
  return { ...spec, servers: spec.servers.map((server) => ((server.name ?? server.kind) === name ? { ...server, ...change } : server)) };
};

describe('variables the image contract sets cannot be set through env', () => {
  test.each<[string, string]>([
    ['CALYPSO_SERVER', 'CALYPSO_SERVER is set by the library from the server kind: set kind instead'],
    ['CALYPSO_ENV', 'CALYPSO_ENV is set by the library from the environment name: set name instead'],
    ['CALYPSO_JAVA_MEM_OPTS', 'CALYPSO_JAVA_MEM_OPTS is set by the library from the heap: set memory, jvm.heap or jvm.heapPercent instead'],
    ['JAVA_OPTS', 'JAVA_OPTS is set by the library from the JVM flags: add yours to jvm.extraJavaOptions instead'],
    ['CALYPSO_OPTS', 'CALYPSO_OPTS is set by the library from the Calypso start options (-env): set name instead'],
    ['CALYPSO_ENGINES', 'CALYPSO_ENGINES is set by the library from the engines: set engines instead'],
    [
      'LOGGING_STRUCTURED_FORMAT_CONSOLE',
      'LOGGING_STRUCTURED_FORMAT_CONSOLE is set by the library from structured logging: set imageContract.logging instead',
    ],
  ])('%s', (variable, message) => {
    expect(refusal(withServer('engineserver', { env: { [variable]: 'x' } }))).toBe(
      `[test] server engineserver, field env.${variable}: ${message}`,
    );
  });

  test('the variables come from the contract: a renamed JVM variable is the one refused', () => {
    const spec = {
      ...withServer('dataserver', { env: { JAVA_OPTS: 'x', JVM_FLAGS: 'y' } }),
      imageContract: { jvm: { javaOptsVariable: 'JVM_FLAGS' } },
    };
    expect(refusal(spec)).toBe(
      '[test] server dataserver, field env.JVM_FLAGS: JVM_FLAGS is set by the library from the JVM flags: add yours to jvm.extraJavaOptions instead',
    );
  });

  test('other variables are passed through', () => {
    const container = serverContainer(find(render(withServer('dataserver', { env: { TZ: 'Europe/London' } })), 'Deployment', 'dataserver'));
    expect(envOf(container).TZ).toBe('Europe/London');
  });
});

describe('heap and GC flags cannot be set through jvm.extraJavaOptions', () => {
  const heap = 'the heap comes from memory, jvm.heap or jvm.heapPercent';
  test.each<[string, string]>([
    ['-Xmx48g', heap],
    ['-Xms48g', heap],
    ['-Xmn2g', heap],
    ['-XX:MaxRAMPercentage=80', heap],
    ['-XX:InitialRAMPercentage=50', heap],
    ['-XX:MinRAMPercentage=50', heap],
    ['-XX:MaxRAM=16g', heap],
    ['-XX:+UseZGC', 'the collector is not chosen per server; size the heap with memory, jvm.heap or jvm.heapPercent'],
    ['-XX:-UseG1GC', 'the collector is not chosen per server; size the heap with memory, jvm.heap or jvm.heapPercent'],
    ['-Xlog:gc:stdout', 'the library writes the GC log to the logs volume'],
    ['-XX:HeapDumpPath=/tmp', 'the library sets out-of-memory handling (exit, heap dump to the logs volume)'],
    ['-XX:-HeapDumpOnOutOfMemoryError', 'the library sets out-of-memory handling (exit, heap dump to the logs volume)'],
    ['-XX:+ExitOnOutOfMemoryError', 'the library sets out-of-memory handling (exit, heap dump to the logs volume)'],
  ])('%s', (flag, use) => {
    expect(refusal(withServer('dataserver', { jvm: { extraJavaOptions: ['-Duser.timezone=UTC', flag] } }))).toBe(
      `[test] server dataserver, field jvm.extraJavaOptions: ${flag} is a heap or GC flag the library sets: ${use}`,
    );
  });

  test('other flags reach JAVA_OPTS', () => {
    const flags = ['-XX:+AlwaysPreTouch', '-XX:+UseStringDeduplication', '-Duser.timezone=UTC'];
    const container = serverContainer(
      find(render(withServer('dataserver', { jvm: { extraJavaOptions: flags } })), 'Deployment', 'dataserver'),
    );
    expect(envOf(container).JAVA_OPTS).toContain(flags.join(' '));
  });
});

describe('derived properties cannot be overridden', () => {
  test('the database URL in the environment properties', () => {
    expect(refusal(testSpec({ properties: { DBURL: 'jdbc:postgresql://elsewhere:5432/calypso' } }))).toBe(
      '[test] field properties.DBURL: DBURL is the database URL, derived from database.jdbcUrl: set database.jdbcUrl instead',
    );
  });

  test('the driver in a server properties', () => {
    expect(refusal(withServer('dataserver', { properties: { DRIVER: 'org.h2.Driver' } }))).toBe(
      '[test] server dataserver, field properties.DRIVER: DRIVER is the JDBC driver, derived from database.driverClass (or the vendor): set database.driverClass instead',
    );
  });

  test('the keys come from the contract', () => {
    const spec = testSpec({
      properties: { DBURL: 'x', 'calypso.db.url': 'y' },
      imageContract: { properties: { urlKey: 'calypso.db.url' } },
    });
    expect(refusal(spec)).toBe(
      '[test] field properties.calypso.db.url: calypso.db.url is the database URL, derived from database.jdbcUrl: set database.jdbcUrl instead',
    );
  });

  test('synth refuses a property that points every server at another database, and leaves dist/ untouched', () => {
    const error = synthRefusal({ test: testSpec({ properties: { DBURL: 'jdbc:postgresql://elsewhere:5432/calypso' } }) });
    expect(error.message).toBe(
      '[test] field properties.DBURL: DBURL is the database URL, derived from database.jdbcUrl: set database.jdbcUrl instead',
    );
  });
});

describe('fields that mean nothing for an external server are errors', () => {
  const external = { host: 'scheduler.example', cidrs: ['10.10.8.21/32'] };
  test.each<[string, Partial<ServerSpec>]>([
    ['replicas', { replicas: 2 }],
    ['cpu', { cpu: '2' }],
    ['cpuLimit', { cpuLimit: '2' }],
    ['memory', { memory: '4Gi' }],
    ['jvm', { jvm: { heapPercent: 50 } }],
    ['env', { env: { TZ: 'UTC' } }],
    ['properties', { properties: { a: 1 } }],
    ['startupBudgetSeconds', { startupBudgetSeconds: 600 }],
    ['terminationGracePeriodSeconds', { terminationGracePeriodSeconds: 90 }],
    ['waitTimeoutSeconds', { waitTimeoutSeconds: 3000 }],
    ['nodePool', { nodePool: 'core' }],
    ['storage', { storage: { size: '1Gi', storageClass: 'block-ssd' } }],
    ['autoscaling', { autoscaling: { minReplicas: 1, maxReplicas: 2 } }],
  ])('%s', (field, change) => {
    expect(refusal(specWith({ kind: 'scheduler', external, ...change }))).toContain(
      `[test] server scheduler, field ${field}: means nothing for a server outside the cluster (external: scheduler.example); remove it`,
    );
  });

  test('engines on an external engineserver', () => {
    const spec = withServer('engineserver', { external, memory: undefined });
    expect(refusal(spec)).toBe(
      '[test] server engineserver, field engines: means nothing for a server outside the cluster (external: scheduler.example); remove it',
    );
  });
});

describe('heap, wait timeout and grace period cover what they must', () => {
  test('an explicit heap below the minimum', () => {
    expect(refusal(withServer('dataserver', { jvm: { heap: '8' } }))).toBe(
      '[test] server dataserver, field jvm.heap: "8" is below the smallest heap a Calypso server is given, 256Mi',
    );
  });

  test('a wait timeout below the slowest dependency chain', () => {
    expect(refusal(withServer('engineserver', { waitTimeoutSeconds: 600 }))).toBe(
      '[test] server engineserver, field waitTimeoutSeconds: 600 s is less than the 1500 s its slowest dependency chain needs to start (dataserver 900 s -> authserver 300 s -> eventserver 300 s); give at least 1500 or leave it out',
    );
  });

  test('a wait timeout that covers the chain is used as given', () => {
    const manifests = render(withServer('engineserver', { waitTimeoutSeconds: 1500 }));
    const wait = find(manifests, 'Deployment', 'engineserver') as unknown as {
      spec: { template: { spec: { initContainers: { name: string; env: { name: string; value: string }[] }[] } } };
    };
    const container = wait.spec.template.spec.initContainers.find((init) => init.name === 'calypso-dependency-wait');
    expect(container?.env.find((variable) => variable.name === 'WAIT_TIMEOUT_SECONDS')?.value).toBe('1500');
  });

  test('a grace period shorter than the preStop pause plus the shutdown allowance', () => {
    expect(refusal(withServer('authserver', { terminationGracePeriodSeconds: 30 }))).toBe(
      '[test] server authserver, field terminationGracePeriodSeconds: 30 s does not cover the preStop pause of 10 s plus 30 s for the JVM to shut down; give at least 40',
    );
  });

  test("a longer preStop pause in the contract holds the presets' grace periods to it too", () => {
    const spec = testSpec({ imageContract: { preStopCommand: ['sh', '-c', 'sleep 45'] } });
    expect(refusal(spec)).toContain(
      '[test] server authserver, field terminationGracePeriodSeconds: 60 s does not cover the preStop pause of 45 s plus 30 s for the JVM to shut down; give at least 75',
    );
  });

  test('the preStop pause is read from a sleep, directly or through a shell', () => {
    expect(preStopPauseSeconds(DEFAULT_IMAGE_CONTRACT)).toBe(10);
    expect(preStopPauseSeconds(resolveImageContract({ preStopCommand: ['sleep', '25'] }))).toBe(25);
    expect(preStopPauseSeconds(resolveImageContract({ preStopCommand: ['/opt/calypso/bin/drain.sh'] }))).toBe(0);
  });
});

describe('no server takes a name the library derives', () => {
  test('the database jobs ServiceAccount', () => {
    const spec = {
      ...specWith({ kind: 'calculator', name: 'calypso-database-jobs' }),
      databaseJobs: { backup: { image: { repository: 'registry.example/db-tools', tag: '3.4.1' }, command: ['backup'] } },
    };
    expect(refusal(spec)).toBe(
      '[test] server calypso-database-jobs, field name: the ServiceAccount calypso-database-jobs of this server would clash with the ServiceAccount of the database jobs (databaseJobs); choose another server name',
    );
  });

  test("another server's properties ConfigMap", () => {
    expect(refusal(specWith({ kind: 'calculator', name: 'dataserver-properties' }))).toBe(
      '[test] server dataserver-properties, field name: "dataserver-properties" is already the name of the properties ConfigMap of server dataserver; choose another server name',
    );
  });

  test("another server's NodePort Service", () => {
    const spec = {
      ...specWith({ kind: 'calculator', name: 'authserver-nodeport' }),
      ingress: {
        exposure: 'nodePort' as const,
        nodePortSources: ['192.168.49.0/24'],
        routes: [{ server: 'authserver', host: 'localhost', nodePort: 30081 }],
      },
    };
    expect(refusal(spec)).toBe(
      '[test] server authserver-nodeport, field name: the Service authserver-nodeport of this server would clash with the NodePort Service of server authserver (ingress.routes); choose another server name',
    );
  });
});

describe('a hand-built CalypsoServer keeps the same rules', () => {
  const build = (options: ServerSpec): (() => CalypsoServer) => {
    const chart = new Chart(new App(), 'team', { namespace: 'team' });
    const environment = new CalypsoEnvironment(testSpec());
    return () => new CalypsoServer(chart, 'Server', { environment, ...options });
  };

  test('a library variable in env', () => {
    expect(build({ kind: 'dataserver', env: { CALYPSO_JAVA_MEM_OPTS: '-Xmx48g' } })).toThrow(
      '[test] server dataserver, field env.CALYPSO_JAVA_MEM_OPTS: CALYPSO_JAVA_MEM_OPTS is set by the library from the heap: set memory, jvm.heap or jvm.heapPercent instead',
    );
  });

  test('a heap flag and an external server with replicas', () => {
    expect(build({ kind: 'dataserver', jvm: { extraJavaOptions: ['-Xmx48g'] } })).toThrow(
      '[test] server dataserver, field jvm.extraJavaOptions: -Xmx48g is a heap or GC flag the library sets: the heap comes from memory, jvm.heap or jvm.heapPercent',
    );
    expect(build({ kind: 'scheduler', replicas: 1, external: { host: 'scheduler.example' } })).toThrow(
      '[test] server scheduler, field replicas: means nothing for a server outside the cluster (external: scheduler.example); remove it',
    );
  });

  test('a wait timeout below the chain its dependencies, declared later, need to start', () => {
    const chart = new Chart(new App(), 'team', { namespace: 'team' });
    const environment = new CalypsoEnvironment(testSpec());
    const events = new CalypsoServer(chart, 'Events', { environment, kind: 'eventserver' });
    const data = new CalypsoServer(chart, 'Data', { environment, kind: 'dataserver', memory: '2Gi' });
    const engine = new CalypsoServer(chart, 'Engine', {
      environment,
      kind: 'engineserver',
      memory: '2Gi',
      engines: ['TaskEngine'],
      waitTimeoutSeconds: 1000,
    });
    engine.dependsOn(data);
    expect(engine.waitTimeoutSeconds()).toBe(1000);
    data.dependsOn(events);
    expect(() => chart.toJson()).toThrow(
      '[test] server engineserver, field waitTimeoutSeconds: 1000 s is less than the 1200 s its slowest dependency chain needs to start (dataserver 900 s -> eventserver 300 s); give at least 1200 or leave it out',
    );
  });

  test('a derived property in the environment settings', () => {
    const build = (): CalypsoEnvironment =>
      new CalypsoEnvironment(testSpec({ properties: { DBURL: 'jdbc:postgresql://elsewhere:5432/x' } }));
    expect(build).toThrow(SpecError);
    expect(build).toThrow(
      '[test] field properties.DBURL: DBURL is the database URL, derived from database.jdbcUrl: set database.jdbcUrl instead',
    );
  });
});

test("today's committed environments keep every new rule", () => {
  const specs = loadEnvironments(programPaths().environmentsDir).map((environment) => environment.spec);
  expect(specs.map((spec) => spec.name).sort()).toEqual(['dev', 'local', 'prod', 'uat']);
  for (const spec of specs) {
    const resolved = resolveEnvironmentSpec(spec);
    const problems = new ProblemCollector(spec.name);
    environmentInvariantProblems(spec, resolved.servers, resolved.dependencies, problems);
    expect(problems.problems).toEqual([]);
  }
  expect(environmentSetProblems(specs)).toEqual([]);
});
