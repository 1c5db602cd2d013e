/**
 * The mistakes of issue 9, made in the committed environment files as a
 * platform engineer would make them: each is refused at synth time with a
 * message naming environment, server and field, never rendered.
 */
import { SpecError, type EnvironmentSpec, type GitOpsTarget, type ServerSpec } from '../lib';
import { loadEnvironments } from '../apps/load-environments';
import { renderEnvironment } from '../lib/output/render';
import { committedManifests } from './helpers';

const env = Object.fromEntries(loadEnvironments().map(({ name, spec }) => [name, spec])) as Readonly<
  Record<'dev' | 'uat' | 'prod', EnvironmentSpec>
>;

/** The environment with one server's spec changed; `change` may hold what the types refuse, as a typo would. */
function server(spec: EnvironmentSpec, name: string, change: object): EnvironmentSpec {
  const servers = spec.servers.map((entry) => ((entry.name ?? entry.kind) === name ? ({ ...entry, ...change } as ServerSpec) : entry));
  return { ...spec, servers };
}

function gitopsOf(spec: EnvironmentSpec): GitOpsTarget {
  if (spec.gitops === undefined) throw new Error(`${spec.name} has no GitOps target`);
  return spec.gitops;
}

function refusal(spec: EnvironmentSpec): string {
  try {
    renderEnvironment(spec);
  } catch (error) {
    if (error instanceof SpecError) return error.message;
    throw error;
  }
  throw new Error(`${spec.name} was rendered`);
}

test.each<[string, () => EnvironmentSpec, string]>([
  [
    'a typo in a server field: memroy',
    () => server(env.prod, 'dataserver', { memroy: '32Gi' }),
    '[prod] server dataserver, field memroy: unknown field; did you mean memory?',
  ],
  [
    'a typo in a server field: replica',
    () => server(env.uat, 'authserver', { replica: 2 }),
    '[uat] server authserver, field replica: unknown field; did you mean replicas?',
  ],
  [
    'a typo in a top-level field: verticalAutoscalling',
    () => ({ ...env.prod, verticalAutoscalling: env.prod.verticalAutoscaling }) as EnvironmentSpec,
    '[prod] field verticalAutoscalling: unknown field; did you mean verticalAutoscaling?',
  ],
  [
    'prod declared with tier uat',
    () => ({ ...env.prod, tier: 'uat' }) as EnvironmentSpec,
    "5 problems in the environment spec:\n  - [prod] field gitops.syncWindows: only prod has sync windows; a uat environment syncs by itself\n  - [prod] field tier: an environment named prod has tier prod, got uat; rename the environment or fix its tier\n  - [prod] field gitops.cluster: cluster calypso-prod serves prod, not this environment's tier uat\n  - [prod] field secretStore: secret store vault-calypso-prod serves prod, not this environment's tier uat\n  - [prod] field database.network: the database network (10.42.1.20/32, 10.42.1.21/32, 10.42.1.22/32) serves prod, not this environment's tier uat",
  ],
  [
    'UAT targeting the prod cluster',
    () => ({ ...env.uat, gitops: { ...gitopsOf(env.uat), cluster: gitopsOf(env.prod).cluster } }) as EnvironmentSpec,
    "[uat] field gitops.cluster: cluster calypso-prod serves prod, not this environment's tier uat",
  ],
  [
    'UAT reading the prod secret store',
    () => ({ ...env.uat, secretStore: env.prod.secretStore }) as EnvironmentSpec,
    "[uat] field secretStore: secret store vault-calypso-prod serves prod, not this environment's tier uat",
  ],
  [
    'UAT opening the prod database hosts',
    () => ({ ...env.uat, database: { ...env.uat.database, network: env.prod.database.network } }) as EnvironmentSpec,
    "[uat] field database.network: the database network (10.42.1.20/32, 10.42.1.21/32, 10.42.1.22/32) serves prod, not this environment's tier uat",
  ],
  [
    'a namespace of kube-system',
    () => ({ ...env.uat, namespace: 'kube-system' }) as EnvironmentSpec,
    '[uat] field namespace: kube-system is a Kubernetes system namespace; an environment needs a namespace of its own',
  ],
  [
    'JAVA_OPTS through env',
    () => server(env.prod, 'dataserver', { env: { JAVA_OPTS: '-Dx=1' } }),
    '[prod] server dataserver, field env.JAVA_OPTS: JAVA_OPTS is set by the library from the JVM flags: add yours to jvm.extraJavaOptions instead',
  ],
  [
    'CALYPSO_SERVER through env',
    () => server(env.prod, 'dataserver', { env: { CALYPSO_SERVER: 'x' } }),
    '[prod] server dataserver, field env.CALYPSO_SERVER: CALYPSO_SERVER is set by the library from the server kind: set kind instead',
  ],
  [
    '-Xmx48g in extraJavaOptions',
    () => server(env.prod, 'dataserver', { jvm: { extraJavaOptions: ['-Xmx48g'] } }),
    '[prod] server dataserver, field jvm.extraJavaOptions: -Xmx48g is a heap or GC flag the library sets: the heap comes from memory, jvm.heap or jvm.heapPercent',
  ],
  [
    'a DBURL property pointing prod at another database',
    () => ({ ...env.prod, properties: { DBURL: 'jdbc:oracle:thin:@//other:1521/X' } }) as EnvironmentSpec,
    '[prod] field properties.DBURL: DBURL is the database URL, derived from database.jdbcUrl: set database.jdbcUrl instead',
  ],
  [
    "heap: '8' (8 bytes)",
    () => server(env.prod, 'dataserver', { jvm: { heap: '8' } }),
    '[prod] server dataserver, field jvm.heap: "8" is below the smallest heap a Calypso server is given, 256Mi',
  ],
  [
    'replicas on the external Scheduler',
    () => server(env.prod, 'scheduler', { replicas: 2 }),
    '2 problems in the environment spec:\n  - [prod] server scheduler, field replicas: a scheduler is a singleton and runs exactly 1 replica, got 2\n  - [prod] server scheduler, field replicas: means nothing for a server outside the cluster (external: calypso-scheduler.prod.bank.internal); remove it',
  ],
  [
    'memory on the external Scheduler',
    () => server(env.prod, 'scheduler', { memory: '4Gi' }),
    '[prod] server scheduler, field memory: means nothing for a server outside the cluster (external: calypso-scheduler.prod.bank.internal); remove it',
  ],
  [
    'env on the external Scheduler',
    () => server(env.prod, 'scheduler', { env: { A: 'b' } }),
    '[prod] server scheduler, field env: means nothing for a server outside the cluster (external: calypso-scheduler.prod.bank.internal); remove it',
  ],
  [
    "a wait timeout shorter than the dependency chain's startup budget",
    () => server(env.prod, 'calculation-server', { waitTimeoutSeconds: 60 }),
    '[prod] server calculation-server, field waitTimeoutSeconds: 60 s is less than the 2400 s its slowest dependency chain needs to start (readonly-dataserver 900 s -> dataserver 900 s -> authserver 300 s -> eventserver 300 s); give at least 2400 or leave it out',
  ],
  [
    'a grace period shorter than the preStop pause',
    () => server(env.prod, 'authserver', { terminationGracePeriodSeconds: 5 }),
    '[prod] server authserver, field terminationGracePeriodSeconds: 5 s does not cover the preStop pause of 10 s plus 30 s for the JVM to shut down; give at least 40',
  ],
  [
    "a server named like another server's entry point for the on-premise Scheduler",
    () => ({
      ...env.prod,
      servers: env.prod.servers.map((entry) =>
        entry.kind === 'dispatcher'
          ? { ...entry, name: 'dataserver-external' }
          : entry.kind === 'calculator'
            ? { ...entry, dependsOn: ['eventserver', 'dataserver', 'dataserver-external'] }
            : entry,
      ),
    }),
    '[prod] server dataserver-external, field name: the Service dataserver-external of this server would clash with the LoadBalancer Service through which servers outside the cluster reach server dataserver; choose another server name',
  ],
  [
    'a CA bundle made the JVM trust store of a server that mounts the environment truststore',
    () => server(env.prod, 'dataserver', { caBundle: { configMap: 'bank-ca', key: 'ca.p12', jvmTruststoreType: 'PKCS12' } }),
    "[prod] server dataserver, field caBundle.jvmTruststoreType: the server already trusts the environment's truststore (tls.truststore); add the CA to that store, or leave jvmTruststoreType out to mount the bundle only (PKCS12)",
  ],
])('%s is refused', (_mistake, mistaken, message) => {
  expect(refusal(mistaken())).toBe(message);
});

test('the committed environments themselves render', () => {
  // They are rendered (and validated) once per test run; committedManifests throws if that failed.
  for (const spec of Object.values(env)) expect(committedManifests(spec.name).length).toBeGreaterThan(0);
});
