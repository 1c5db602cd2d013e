/**
 * The image contract: every assumption this library makes about the Calypso
 * images, in one place.
 *
 * Calypso's public material says that one `calypso-application` image runs
 * every server (an environment property picks which), that `calypso-init`
 * puts environment-specific properties files in place, that
 * `calypso-dependency-wait` holds a server back until the servers it needs
 * are up, that every server has a REST health check API, and that the start
 * scripts read `JAVA_OPTS`, `CALYPSO_OPTS` and `CALYPSO_JAVA_MEM_OPTS`.
 * Everything else below (variable names, paths, ports) is NOT public: each
 * field says whether it is documented or assumed. Every field has a default
 * and can be overridden per environment (`EnvironmentSpec.imageContract`).
 * No other module hard-codes any of these values.
 */
import { z } from 'zod';
import type { Report } from './errors';
import { propertyKeyProblem } from './properties';
import { oneOf, type SpecOf } from './schema';
import { SERVER_KINDS, type ServerKind } from './server-kinds';

/** A named container port. */
export interface NamedPort {
  /** Port name (IANA service name rules: at most 15 characters). */
  readonly name: string;
  /** Port number. */
  readonly port: number;
}

/** Everything the library assumes about the Calypso images. */
export interface ImageContract {
  /**
   * ASSUMED: the variable that tells the application image which server to run,
   * and the value for each kind. (Documented: "an environment property
   * determines which Calypso component is started"; its name is not public.)
   * @default variable CALYPSO_SERVER, value = the kind name
   */
  readonly serverSelector: {
    readonly variable: string;
    readonly values: Readonly<Record<ServerKind, string>>;
  };
  /**
   * How the environment name reaches the server. DOCUMENTED: `-env <ENV>` on
   * the command line. ASSUMED: the start script also honours a variable.
   * Set either to the empty string to leave it out.
   * @default argument `-env` in CALYPSO_OPTS, variable CALYPSO_ENV
   */
  readonly environmentName: {
    readonly argument: string;
    readonly variable: string;
  };
  /**
   * Properties files. DOCUMENTED: one `calypsosystem.properties.<ENV>` per
   * environment. ASSUMED: the directory the server reads them from.
   * @default directory /opt/calypso/properties, file prefix calypsosystem.properties
   */
  readonly properties: {
    readonly directory: string;
    readonly filePrefix: string;
    /** ASSUMED: property keys for the JDBC driver class and URL. @default DRIVER, DBURL */
    readonly driverKey: string;
    readonly urlKey: string;
  };
  /**
   * ASSUMED: how `calypso-init` is told where to copy from and to.
   * @default source mounted at /calypso-init/source, variables CALYPSO_INIT_SOURCE and CALYPSO_INIT_TARGET
   */
  readonly init: {
    readonly sourceDirectory: string;
    readonly sourceVariable: string;
    readonly targetVariable: string;
  };
  /**
   * ASSUMED: the health check API. Public material says it is REST; the port
   * and paths here follow Spring Boot Actuator conventions (Calypso servers
   * moved to Spring Boot), whose liveness group excludes other servers.
   * The scheme is HTTP: with TLS on the management port, probes, the wait
   * container and Prometheus all switch to HTTPS by setting `scheme`.
   * @default port 8080 named management, HTTP; /actuator/health/liveness for startup and liveness, /actuator/health/readiness for readiness
   */
  readonly health: {
    readonly port: NamedPort;
    readonly scheme: 'HTTP' | 'HTTPS';
    readonly startupPath: string;
    readonly readinessPath: string;
    readonly livenessPath: string;
    /**
     * ASSUMED: the health groups are Spring Boot's two, `liveness` (the JVM and the server itself,
     * never another server) and `readiness`, and the readiness group includes the server's
     * connections to the servers it depends on (Eventserver, Dataserver, …): a server that lost
     * one reports not ready, leaves its Service's endpoints and is not restarted. Spring Boot's
     * readiness group holds only `readinessState` unless the application adds indicators
     * (`management.endpoint.health.group.readiness.include`); Calypso's configuration is not
     * public. Set to false when it does not: the CalypsoDependencyDown alert still fires, but
     * the server stays in its Service while it cannot work.
     * @default true
     */
    readonly readinessIncludesDependencies: boolean;
    /**
     * ASSUMED: a running server reconnects by itself when a dependency comes back (a Dataserver
     * restart or failover, an Eventserver rescheduled to another node), without a restart: the
     * white paper's demand that engine and risk servers survive a Dataserver restart. Liveness
     * never restarts it for a lost dependency either way; set to false to say that the image
     * needs a restart (the failover runbook then has a step for it).
     * @default true
     */
    readonly reconnectsToDependencies: boolean;
  };
  /**
   * ASSUMED: Prometheus metrics endpoint, on the management port.
   * @default /actuator/prometheus
   */
  readonly metricsPath: string;
  /**
   * ASSUMED: the metrics endpoint is Micrometer's Prometheus registry behind
   * Spring Boot Actuator (what `/actuator/prometheus` is), which always
   * carries the JVM meters `jvm_memory_used_bytes` and `jvm_memory_max_bytes`
   * (label `area="heap"`). The heap alert relies on them; set to false when
   * the endpoint is something else.
   * @default true
   */
  readonly micrometerJvmMetrics: boolean;
  /**
   * ASSUMED: the server logs to stdout (the console), and this variable
   * switches the console to one JSON object per line. Spring Boot 3.4+ reads
   * `LOGGING_STRUCTURED_FORMAT_CONSOLE` (`ecs`, `logstash` or `gelf`); whether
   * a Calypso release honours it depends on its logging configuration, which
   * is not public. The format is also stated on the pod (annotation
   * `calypso.io/log-format`) for the log collector. Set `formatVariable` to
   * the empty string to leave the variable out (the annotation then says `text`).
   * @default LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
   */
  readonly logging: {
    readonly formatVariable: string;
    readonly format: string;
  };
  /**
   * Ports each kind serves to other servers. DOCUMENTED: Engineserver web
   * admin on 8140. ASSUMED: the Eventserver's embedded ActiveMQ on 61616
   * (ActiveMQ's default), and an `app` port 8000 for every other server.
   */
  readonly servicePorts: Readonly<Record<ServerKind, readonly NamedPort[]>>;
  /**
   * ASSUMED: what `calypso-dependency-wait` reads: a comma-separated list of
   * health URLs to poll until each answers 2xx, and an overall timeout.
   * @default WAIT_FOR and WAIT_TIMEOUT_SECONDS
   */
  readonly dependencyWait: {
    readonly targetsVariable: string;
    readonly timeoutVariable: string;
  };
  /**
   * JVM variables. DOCUMENTED: the start scripts read all three.
   * @default JAVA_OPTS, CALYPSO_OPTS, CALYPSO_JAVA_MEM_OPTS
   */
  readonly jvm: {
    readonly javaOptsVariable: string;
    readonly calypsoOptsVariable: string;
    readonly memoryOptsVariable: string;
  };
  /**
   * ASSUMED: the most threads a Calypso server JVM runs (request handlers,
   * engine and JMS threads, GC and JIT threads), each with a stack of
   * `stackMiB` (`-Xss`, the JVM's default on x86-64 Linux). The non-heap
   * budget reserves `maxThreads` times `stackMiB` for stacks (see jvm.ts).
   * @default 200 threads of 1 MiB
   */
  readonly threadStacks: {
    readonly maxThreads: number;
    readonly stackMiB: number;
  };
  /**
   * ASSUMED: the variable that lists the engines an Engineserver hosts.
   * @default CALYPSO_ENGINES
   */
  readonly enginesVariable: string;
  /**
   * ASSUMED: the image runs as this non-root user and group.
   * @default 1000:1000
   */
  readonly user: { readonly uid: number; readonly gid: number };
  /**
   * ASSUMED: writable paths every kind of server needs (the JVM's and the start
   * script's temporary files, the server's work directory, its logs). The root
   * filesystem is read-only, so each gets an emptyDir. `logs` also holds heap
   * dumps and GC logs. `writablePaths(contract, kind)` lists, per kind, these
   * plus the kind's `stateDirectories` and `scratchDirectories`.
   * @default /tmp, /opt/calypso/work, /var/log/calypso
   */
  readonly paths: {
    readonly tmp: string;
    readonly work: string;
    readonly logs: string;
  };
  /**
   * ASSUMED: directories a kind writes besides `paths` and its state
   * directory, whose content may go with the pod (caches, spool files). None
   * is known today; an image that writes elsewhere would fail on the
   * read-only root filesystem, so list such a directory here and it gets an
   * emptyDir (1Gi) of its own in every pod of that kind.
   * @default - none
   */
  readonly scratchDirectories: Readonly<Partial<Record<ServerKind, readonly string[]>>>;
  /**
   * ASSUMED: where the server reads database credentials as files
   * (`username`, `password`).
   * @default /var/run/secrets/calypso/database
   */
  readonly credentialsDirectory: string;
  /**
   * ASSUMED: where a server reads its TLS keystore and truststore as files
   * (the store, and its password in a file of its own), in the format named
   * here. The start script is assumed to pass them to the JVM, as it does
   * with the database credentials.
   * @default /var/run/secrets/calypso/keystore/keystore.p12 and /var/run/secrets/calypso/truststore/truststore.p12, each with a `password` file, PKCS12
   */
  readonly tls: {
    readonly keystoreDirectory: string;
    readonly keystoreFile: string;
    readonly truststoreDirectory: string;
    readonly truststoreFile: string;
    readonly passwordFile: string;
  };
  /**
   * ASSUMED: where the Authserver reads its LDAP bind DN and password as files.
   * @default files `bind-dn` and `password` in /var/run/secrets/calypso/ldap
   */
  readonly ldapBind: {
    readonly directory: string;
    readonly bindDnFile: string;
    readonly passwordFile: string;
  };
  /**
   * ASSUMED: the property that points a server at the read-only Dataservers
   * it reads through (its writes still go to the Dataserver). DOCUMENTED: a
   * read-only Dataserver exists and scales horizontally (DESIGN.md section
   * 2). Not public: how a server is told to use one. The value is
   * `<service>:<port>` of each read-only Dataserver the server depends on
   * (its Service name and first service port, `app` 8000 by default),
   * comma-separated, in the server's properties file. Set `property` to the
   * empty string to leave it out (the dependency, wait and network edges
   * stay).
   * @default READ_ONLY_DATASERVER
   */
  readonly readOnlyDataserver: {
    readonly property: string;
  };
  /**
   * ASSUMED: a port the image does not use, for the JDWP debug agent in
   * non-prod debug mode. (The `-agentlib:jdwp` flag itself is a JVM fact and
   * reaches the JVM through JAVA_OPTS, which the start scripts read.)
   * @default jdwp 5005
   */
  readonly debugPort: NamedPort;
  /**
   * ASSUMED: the image has a shell; preStop waits this long so endpoints drop
   * the pod before the JVM gets SIGTERM.
   * @default ['sh', '-c', 'sleep 10']
   */
  readonly preStopCommand: readonly string[];
  /**
   * ASSUMED: where a server keeps state on disk that must outlive its pod, per
   * kind. Only the Eventserver has any: its embedded ActiveMQ broker keeps
   * the message store (KahaDB) in its data directory, `activemq-data` by
   * ActiveMQ's default, assumed absolute here. A server with a claim
   * (`storage.storageClass` in the spec) gets it mounted at this path; any
   * other gets an emptyDir there, whose content is lost with the pod.
   * @default eventserver /opt/calypso/activemq-data
   */
  readonly stateDirectories: Readonly<Partial<Record<ServerKind, string>>>;
  /**
   * ASSUMED: where servers read and write the files they share (reports,
   * uploads, documents). The environment's shared volume is mounted here.
   * @default /opt/calypso/shared
   */
  readonly sharedFilesDirectory: string;
  /**
   * ASSUMED: what the database job images (backup, restore from a snapshot,
   * schema upgrade; usually the DBA team's tooling or the application image
   * with an upgrade command) read besides the credential files in
   * `credentialsDirectory` and the environment name.
   * @default CALYPSO_DB_URL, CALYPSO_DB_DRIVER, CALYPSO_RELEASE, CALYPSO_DB_SNAPSHOT
   */
  readonly databaseJobs: {
    /** The JDBC URL. */
    readonly urlVariable: string;
    /** The JDBC driver class. */
    readonly driverVariable: string;
    /** The Calypso release being installed (backup and upgrade). */
    readonly releaseVariable: string;
    /** The snapshot to restore (restore). */
    readonly snapshotVariable: string;
  };
}

const APP_PORT: readonly NamedPort[] = [{ name: 'app', port: 8000 }];

/** The defaults; see each field for what is documented and what is assumed. */
export const DEFAULT_IMAGE_CONTRACT: ImageContract = {
  serverSelector: {
    variable: 'CALYPSO_SERVER',
    values: {
      eventserver: 'eventserver',
      authserver: 'authserver',
      dataserver: 'dataserver',
      'readonly-dataserver': 'readonly-dataserver',
      engineserver: 'engineserver',
      'calculation-server': 'calculation-server',
      'presentation-server': 'presentation-server',
      'marketdata-server': 'marketdata-server',
      dispatcher: 'dispatcher',
      calculator: 'calculator',
      scheduler: 'scheduler',
    },
  },
  environmentName: { argument: '-env', variable: 'CALYPSO_ENV' },
  properties: {
    directory: '/opt/calypso/properties',
    filePrefix: 'calypsosystem.properties',
    driverKey: 'DRIVER',
    urlKey: 'DBURL',
  },
  init: {
    sourceDirectory: '/calypso-init/source',
    sourceVariable: 'CALYPSO_INIT_SOURCE',
    targetVariable: 'CALYPSO_INIT_TARGET',
  },
  health: {
    port: { name: 'management', port: 8080 },
    scheme: 'HTTP',
    startupPath: '/actuator/health/liveness',
    readinessPath: '/actuator/health/readiness',
    livenessPath: '/actuator/health/liveness',
    readinessIncludesDependencies: true,
    reconnectsToDependencies: true,
  },
  metricsPath: '/actuator/prometheus',
  micrometerJvmMetrics: true,
  logging: { formatVariable: 'LOGGING_STRUCTURED_FORMAT_CONSOLE', format: 'ecs' },
  servicePorts: {
    eventserver: [{ name: 'jms', port: 61616 }],
    authserver: APP_PORT,
    dataserver: APP_PORT,
    'readonly-dataserver': APP_PORT,
    engineserver: [{ name: 'admin', port: 8140 }],
    'calculation-server': APP_PORT,
    'presentation-server': APP_PORT,
    'marketdata-server': APP_PORT,
    dispatcher: APP_PORT,
    calculator: APP_PORT,
    scheduler: APP_PORT,
  },
  dependencyWait: { targetsVariable: 'WAIT_FOR', timeoutVariable: 'WAIT_TIMEOUT_SECONDS' },
  jvm: {
    javaOptsVariable: 'JAVA_OPTS',
    calypsoOptsVariable: 'CALYPSO_OPTS',
    memoryOptsVariable: 'CALYPSO_JAVA_MEM_OPTS',
  },
  threadStacks: { maxThreads: 200, stackMiB: 1 },
  enginesVariable: 'CALYPSO_ENGINES',
  user: { uid: 1000, gid: 1000 },
  paths: { tmp: '/tmp', work: '/opt/calypso/work', logs: '/var/log/calypso' },
  scratchDirectories: {},
  credentialsDirectory: '/var/run/secrets/calypso/database',
  tls: {
    keystoreDirectory: '/var/run/secrets/calypso/keystore',
    keystoreFile: 'keystore.p12',
    truststoreDirectory: '/var/run/secrets/calypso/truststore',
    truststoreFile: 'truststore.p12',
    passwordFile: 'password',
  },
  ldapBind: { directory: '/var/run/secrets/calypso/ldap', bindDnFile: 'bind-dn', passwordFile: 'password' },
  readOnlyDataserver: { property: 'READ_ONLY_DATASERVER' },
  debugPort: { name: 'jdwp', port: 5005 },
  preStopCommand: ['sh', '-c', 'sleep 10'],
  stateDirectories: { eventserver: '/opt/calypso/activemq-data' },
  sharedFilesDirectory: '/opt/calypso/shared',
  databaseJobs: {
    urlVariable: 'CALYPSO_DB_URL',
    driverVariable: 'CALYPSO_DB_DRIVER',
    releaseVariable: 'CALYPSO_RELEASE',
    snapshotVariable: 'CALYPSO_DB_SNAPSHOT',
  },
};

const NamedPortSchema = z.strictObject({ name: z.string(), port: z.number() });
const partial = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape).partial().optional();

/**
 * Partial overrides of the contract; nested objects merge, arrays replace.
 * Each field is documented on ImageContract.
 */
export const ImageContractOverridesSchema = z.strictObject({
  serverSelector: partial({ variable: z.string(), values: z.record(z.enum(SERVER_KINDS), z.string()) }),
  environmentName: partial({ argument: z.string(), variable: z.string() }),
  properties: partial({ directory: z.string(), filePrefix: z.string(), driverKey: z.string(), urlKey: z.string() }),
  init: partial({ sourceDirectory: z.string(), sourceVariable: z.string(), targetVariable: z.string() }),
  health: partial({
    port: NamedPortSchema,
    scheme: oneOf(['HTTP', 'HTTPS']),
    startupPath: z.string(),
    readinessPath: z.string(),
    livenessPath: z.string(),
    readinessIncludesDependencies: z.boolean(),
    reconnectsToDependencies: z.boolean(),
  }),
  metricsPath: z.string().optional(),
  micrometerJvmMetrics: z.boolean().optional(),
  logging: partial({ formatVariable: z.string(), format: z.string() }),
  servicePorts: z.partialRecord(z.enum(SERVER_KINDS), z.array(NamedPortSchema)).optional(),
  dependencyWait: partial({ targetsVariable: z.string(), timeoutVariable: z.string() }),
  jvm: partial({ javaOptsVariable: z.string(), calypsoOptsVariable: z.string(), memoryOptsVariable: z.string() }),
  threadStacks: partial({ maxThreads: z.number(), stackMiB: z.number() }),
  enginesVariable: z.string().optional(),
  user: partial({ uid: z.number(), gid: z.number() }),
  paths: partial({ tmp: z.string(), work: z.string(), logs: z.string() }),
  scratchDirectories: z.partialRecord(z.enum(SERVER_KINDS), z.array(z.string())).optional(),
  credentialsDirectory: z.string().optional(),
  tls: partial({
    keystoreDirectory: z.string(),
    keystoreFile: z.string(),
    truststoreDirectory: z.string(),
    truststoreFile: z.string(),
    passwordFile: z.string(),
  }),
  ldapBind: partial({ directory: z.string(), bindDnFile: z.string(), passwordFile: z.string() }),
  readOnlyDataserver: partial({ property: z.string() }),
  debugPort: NamedPortSchema.optional(),
  preStopCommand: z.array(z.string()).optional(),
  stateDirectories: z.partialRecord(z.enum(SERVER_KINDS), z.string()).optional(),
  sharedFilesDirectory: z.string().optional(),
  databaseJobs: partial({ urlVariable: z.string(), driverVariable: z.string(), releaseVariable: z.string(), snapshotVariable: z.string() }),
});
export type ImageContractOverrides = SpecOf<typeof ImageContractOverridesSchema>;

/** The contract with an environment's overrides applied on top of the defaults. */
export function resolveImageContract(overrides: ImageContractOverrides = {}): ImageContract {
  const merged: Record<string, unknown> = { ...DEFAULT_IMAGE_CONTRACT };
  for (const [key, value] of Object.entries(overrides)) {
    const base = merged[key];
    const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
    merged[key] = isObject(base) && isObject(value) ? { ...base, ...value } : value;
  }
  return merged as unknown as ImageContract;
}

/** What a server keeps in a writable path, which decides its volume. */
export type WritablePathPurpose = 'tmp' | 'work' | 'logs' | 'state' | 'scratch';

/** One directory a server writes; the root filesystem is read-only, so each is a mounted volume. */
export interface WritablePath {
  readonly path: string;
  /**
   * `state` is the state the server keeps on disk (a claim where the spec
   * declares storage, else an emptyDir); every other purpose is an emptyDir.
   */
  readonly purpose: WritablePathPurpose;
}

/**
 * Every path a kind of server writes, as the image contract assumes: `paths`
 * (every kind), its state directory, its scratch directories. Each one must
 * be a mounted volume in every pod of the kind.
 */
export function writablePaths(contract: ImageContract, kind: ServerKind): readonly WritablePath[] {
  const state = contract.stateDirectories[kind];
  return [
    { path: contract.paths.tmp, purpose: 'tmp' },
    { path: contract.paths.work, purpose: 'work' },
    { path: contract.paths.logs, purpose: 'logs' },
    ...(state === undefined ? [] : [{ path: state, purpose: 'state' as const }]),
    ...(contract.scratchDirectories[kind] ?? []).map((path) => ({ path, purpose: 'scratch' as const })),
  ];
}

/** The ports a server serves, which its Service publishes: the health (management) port, then the kind's service ports. */
export function serverPorts(contract: ImageContract, kind: ServerKind): readonly NamedPort[] {
  return [contract.health.port, ...contract.servicePorts[kind]];
}

/** Most MiB of thread stacks the contract may assume: what the smallest non-heap budget (768Mi, jvm.ts) keeps for them, a third. */
export const MAX_THREAD_STACKS_MIB = 256;

const ENV_VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** IANA service name, what a container port name must be. */
const PORT_NAME = /^(?=.{1,15}$)(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*$/;
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Everything wrong with an environment's image contract (defaults plus its
 * overrides), reported on `imageContract.<field>`: a variable that is not a
 * variable name, a port name Kubernetes refuses or two ports of one server
 * under one name, a kind without a service port, a path that is not absolute,
 * a root user.
 */
export function imageContractProblems(contract: ImageContract, fail: Report): void {
  const variable = (field: string, name: string, optional = false): void => {
    if (optional && name === '') return;
    if (!ENV_VARIABLE.test(name))
      fail(`imageContract.${field}`, `"${name}" is not an environment variable name${optional ? " (use '' to leave it out)" : ''}`);
  };
  variable('serverSelector.variable', contract.serverSelector.variable);
  variable('environmentName.variable', contract.environmentName.variable, true);
  variable('init.sourceVariable', contract.init.sourceVariable);
  variable('init.targetVariable', contract.init.targetVariable);
  variable('dependencyWait.targetsVariable', contract.dependencyWait.targetsVariable);
  variable('dependencyWait.timeoutVariable', contract.dependencyWait.timeoutVariable);
  for (const [key, name] of Object.entries(contract.jvm)) variable(`jvm.${key}`, name);
  variable('enginesVariable', contract.enginesVariable);
  const { maxThreads, stackMiB } = contract.threadStacks;
  if (!Number.isInteger(maxThreads) || !Number.isInteger(stackMiB) || maxThreads < 1 || stackMiB < 1) {
    fail('imageContract.threadStacks', `needs whole numbers above 0, got ${maxThreads} threads of ${stackMiB} MiB`);
  } else if (maxThreads * stackMiB > MAX_THREAD_STACKS_MIB) {
    fail(
      'imageContract.threadStacks',
      `${maxThreads} threads of ${stackMiB} MiB take ${maxThreads * stackMiB} MiB, more than the ${MAX_THREAD_STACKS_MIB} MiB the smallest non-heap budget keeps for stacks`,
    );
  }
  variable('logging.formatVariable', contract.logging.formatVariable, true);
  for (const [key, name] of Object.entries(contract.databaseJobs)) variable(`databaseJobs.${key}`, name);
  const readOnlyProperty = contract.readOnlyDataserver.property;
  const readOnlyProblem = readOnlyProperty === '' ? undefined : propertyKeyProblem(readOnlyProperty);
  if (readOnlyProblem) fail('imageContract.readOnlyDataserver.property', `${readOnlyProblem} (use '' to leave it out)`);
  if (!TOKEN.test(contract.logging.format)) {
    fail('imageContract.logging.format', `"${contract.logging.format}" is not a format name such as ecs, logstash or gelf`);
  }

  const port = (field: string, named: NamedPort): void => {
    if (!PORT_NAME.test(named.name))
      fail(`imageContract.${field}`, `"${named.name}" is not a port name (at most 15 lowercase letters, digits and '-')`);
    if (!Number.isInteger(named.port) || named.port < 1 || named.port > 65535) {
      fail(`imageContract.${field}`, `${named.port} is not a port number from 1 to 65535`);
    }
  };
  port('health.port', contract.health.port);
  port('debugPort', contract.debugPort);
  for (const [kind, ports] of Object.entries(contract.servicePorts) as [ServerKind, readonly NamedPort[]][]) {
    if (ports.length === 0) fail(`imageContract.servicePorts.${kind}`, `a ${kind} must serve at least one port besides the health port`);
    ports.forEach((named, index) => port(`servicePorts.${kind}[${index}]`, named));
    const all = [...serverPorts(contract, kind), contract.debugPort];
    for (const [index, named] of all.entries()) {
      const clash = all.findIndex((other) => other.name === named.name || other.port === named.port);
      if (clash < index)
        fail(
          `imageContract.servicePorts.${kind}`,
          `${named.name} ${named.port} clashes with ${all[clash].name} ${all[clash].port} (the health, service and debug ports of one server need their own names and numbers)`,
        );
    }
  }

  const absolute = (field: string, path: string): void => {
    if (!path.startsWith('/')) fail(`imageContract.${field}`, `"${path}" is not an absolute path`);
  };
  absolute('properties.directory', contract.properties.directory);
  absolute('init.sourceDirectory', contract.init.sourceDirectory);
  for (const key of ['startupPath', 'readinessPath', 'livenessPath'] as const) absolute(`health.${key}`, contract.health[key]);
  // Liveness never depends on another server, readiness does: one path for both would restart servers on a dependency outage.
  if (contract.health.readinessIncludesDependencies && contract.health.livenessPath === contract.health.readinessPath) {
    fail(
      'imageContract.health.livenessPath',
      `"${contract.health.livenessPath}" is also the readiness path, which includes other servers; liveness must not, or a Dataserver outage restarts every server`,
    );
  }
  absolute('metricsPath', contract.metricsPath);
  for (const [key, path] of Object.entries(contract.paths)) absolute(`paths.${key}`, path);
  absolute('credentialsDirectory', contract.credentialsDirectory);
  absolute('tls.keystoreDirectory', contract.tls.keystoreDirectory);
  absolute('tls.truststoreDirectory', contract.tls.truststoreDirectory);
  absolute('ldapBind.directory', contract.ldapBind.directory);
  for (const [kind, path] of Object.entries(contract.stateDirectories)) absolute(`stateDirectories.${kind}`, path ?? '');
  for (const [kind, paths] of Object.entries(contract.scratchDirectories) as [ServerKind, readonly string[]][]) {
    paths.forEach((path, index) => absolute(`scratchDirectories.${kind}[${index}]`, path));
  }
  for (const kind of SERVER_KINDS) {
    const seen = new Map<string, string>();
    for (const { path, purpose } of writablePaths(contract, kind)) {
      const normalized = path.replace(/\/+$/, '') || '/';
      const other = seen.get(normalized);
      if (other !== undefined) {
        fail(
          `imageContract.${purpose === 'scratch' ? `scratchDirectories.${kind}` : purpose === 'state' ? `stateDirectories.${kind}` : `paths.${purpose}`}`,
          `every ${kind} pod would mount two volumes at ${path} (its ${other} path and its ${purpose} path); give each writable path a directory of its own`,
        );
      }
      seen.set(normalized, purpose);
    }
  }
  absolute('sharedFilesDirectory', contract.sharedFilesDirectory);

  for (const key of ['uid', 'gid'] as const) {
    const id = contract.user[key];
    if (!Number.isInteger(id) || id < 1)
      fail(`imageContract.user.${key}`, `must be a whole number above 0 (the restricted profile forbids root), got ${id}`);
  }
}
