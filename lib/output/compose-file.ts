/**
 * Docker Compose from the resolved model: the inner loop on a laptop, with
 * the same images, JVM settings, properties, credentials files, start order
 * and health endpoints as the Kubernetes objects, built from the same
 * `ResolvedEnvironment` (never from the rendered YAML).
 *
 * - one service per server, named after it (so `http://dataserver:8080/…`
 *   and `READ_ONLY_DATASERVER=<server>:8000` resolve as in the namespace);
 * - `calypso-init`, one-shot: copies every server's properties file (Compose
 *   `configs:` holding the ConfigMaps' data) into the `properties` volume,
 *   which each server mounts at the contract's properties directory
 *   (`subpath: <server>`); the servers wait for it to complete;
 * - the dependency graph as `depends_on` with `condition: service_healthy`,
 *   each server's healthcheck calling its readiness endpoint, the URL the
 *   dependency-wait container polls on Kubernetes (which Compose replaces);
 * - credentials as Compose `secrets:` from files the developer provides in
 *   `secrets/` next to compose.yaml (never committed), mounted where the
 *   image contract says the image reads them;
 * - the restricted pod's settings that Compose can express: a read-only root
 *   filesystem with the pod's writable paths (writable-volumes.ts, the list
 *   CalypsoServer uses) mounted where the pod mounts them: a tmpfs, of the
 *   emptyDir's size limit and owned by the image's user (Compose has no
 *   fsGroup), for the scratch paths; a named volume for the paths whose
 *   files must outlive a restart of the container, as an emptyDir outlives
 *   one (logs with a heap dump, work, state) and for a claim; the image's
 *   non-root user, no capabilities, no privilege escalation.
 *
 * Plain data: no cdk8s, no file system (apps/compose.ts writes the files).
 */
import { HELPER_CONTAINER_RESOURCES } from '../model/container-resources';
import { jdwpAgentOption } from '../model/debug-spec';
import { ProblemCollector } from '../model/errors';
import { imageName } from '../model/image';
import type { ImageContract, WritablePathPurpose } from '../model/image-contract';
import { routePort } from '../model/ingress-validation';
import { parseCpu, parseMemory } from '../model/quantity';
import type { ResolvedEnvironment } from '../model/resolved-environment';
import { serverEnvironment } from '../model/server-environment';
import type { CredentialRole, ServerPlan } from '../model/server-plan';
import { TMP_SIZE_LIMIT, writableVolumes } from '../model/writable-volumes';

/** Tiers Compose refuses: a laptop copy of them would be neither their data, their sizes nor their guards. */
export const COMPOSE_REFUSED_TIERS: readonly string[] = ['uat', 'prod'];

/** What a laptop offers the containers (Docker Desktop's VM, or the machine): the command warns above it. */
export const LAPTOP_BUDGET = { cpuMillis: 8000, memoryBytes: 16 * 1024 ** 3 } as const;

/** Name of the one-shot service that puts the properties files in place. */
export const INIT_SERVICE = 'calypso-init';
/** Name of the volume calypso-init writes the properties files into. */
export const PROPERTIES_VOLUME = 'properties';
/** Name of the local PostgreSQL service of the override file. */
export const DATABASE_SERVICE = 'database';
/** The override file that adds a local PostgreSQL database (`docker compose -f compose.yaml -f <it> up`). */
export const LOCAL_DATABASE_FILE = 'compose.local-database.yaml';

/**
 * The local database's image: PostgreSQL 17, the dev database's vendor (a
 * release tag, not a moving one).
 */
export const LOCAL_DATABASE_IMAGE = 'postgres:17.6';

/**
 * How a server's healthcheck calls its readiness endpoint. ASSUMED, like
 * preStop's `sh`: the application image has bash (a JVM base image does),
 * and bash's `/dev/tcp` sends the HTTP request, since the image contract
 * knows of no curl or wget. `curl` and `wget` are for images that have them
 * (and the only way to an HTTPS health port).
 */
export const HEALTHCHECK_TOOLS = ['bash', 'curl', 'wget'] as const;
export type HealthcheckTool = (typeof HEALTHCHECK_TOOLS)[number];

/** Choices of the Compose file. */
export interface ComposeOptions {
  /**
   * What runs the healthchecks in the application image (see HEALTHCHECK_TOOLS).
   * @default 'bash'
   */
  readonly healthcheck?: HealthcheckTool;
}

/** A port a service publishes on the developer's machine (127.0.0.1 only). */
export interface PublishedPort {
  readonly service: string;
  /** The port's name in the image contract (`app`, `admin`, `jdwp`, …). */
  readonly name: string;
  /** On 127.0.0.1: the route's node port (the URL is the same as against the local cluster), else the port itself. */
  readonly hostPort: number;
  readonly containerPort: number;
}

/** A credentials file the developer provides. */
export interface SecretFile {
  /** The Compose secret's name, and the file's name in `secrets/`. */
  readonly name: string;
  /** Path relative to the Compose folder: `secrets/<name>`. */
  readonly file: string;
  /** What goes in it. */
  readonly description: string;
}

/** What the environment needs from the machine: the limits of its long-running services, and its ports. */
export interface ComposeNeeds {
  /** Sum of the servers' CPU limits. */
  readonly cpuMillis: number;
  /** Sum of the servers' memory limits. */
  readonly memoryBytes: number;
  /** calypso-init's, which runs once, before the servers. */
  readonly initCpuMillis: number;
  readonly initMemoryBytes: number;
  /** The local database's limits, when the override file is used. */
  readonly localDatabase?: { readonly cpuMillis: number; readonly memoryBytes: number };
  readonly ports: readonly PublishedPort[];
}

/** A Compose document, as plain data (validated against the Compose JSON schema by compose-schema.ts). */
export type ComposeDocument = Record<string, unknown>;

/** Everything `npm run compose` writes and prints for one environment. */
export interface ComposeProject {
  readonly environment: string;
  /** compose.yaml. */
  readonly compose: ComposeDocument;
  /** The override that adds a local PostgreSQL database; only for a PostgreSQL environment. */
  readonly localDatabase?: ComposeDocument;
  readonly secretFiles: readonly SecretFile[];
  readonly needs: ComposeNeeds;
}

/** The local database's limits. */
const LOCAL_DATABASE_RESOURCES = { cpuMillis: 1000, memoryBytes: 1024 ** 3 };

/** Readiness checks: the readiness probe's period, timeout and failures (probes.ts); the start period is the startup budget. */
const HEALTHCHECK_TIMING = { interval: '10s', timeout: '5s', retries: 3 } as const;

/** Compose CPUs: cores as a decimal string (`0.5`). */
function cpus(millis: number): string {
  return String(millis / 1000);
}

/** Compose memory: Docker's binary units (`2g`, `1536m`; bytes when not whole MiB). */
function memory(bytes: number): string {
  const mib = 1024 ** 2;
  if (bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3}g`;
  return bytes % mib === 0 ? `${bytes / mib}m` : `${bytes}b`;
}

/** `$` is Compose's interpolation: every string of the file is written with `$$`, so values reach the container as given. */
function escaped(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll('$', () => '$$');
  if (Array.isArray(value)) return value.map(escaped);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, escaped(v)]));
  return value;
}

/** The files of one credential role: secret name, file in the container, what it holds. */
function credentialFiles(
  contract: ImageContract,
  role: 'database' | CredentialRole,
): { name: string; target: string; description: string }[] {
  const { tls, ldapBind } = contract;
  switch (role) {
    case 'database':
      return [
        { name: 'database-username', target: `${contract.credentialsDirectory}/username`, description: 'the database user' },
        { name: 'database-password', target: `${contract.credentialsDirectory}/password`, description: "the database user's password" },
      ];
    case 'keystore':
      return [
        { name: 'keystore', target: `${tls.keystoreDirectory}/${tls.keystoreFile}`, description: 'the TLS keystore (PKCS12)' },
        { name: 'keystore-password', target: `${tls.keystoreDirectory}/${tls.passwordFile}`, description: "the keystore's password" },
      ];
    case 'truststore':
      return [
        { name: 'truststore', target: `${tls.truststoreDirectory}/${tls.truststoreFile}`, description: 'the TLS truststore (PKCS12)' },
        { name: 'truststore-password', target: `${tls.truststoreDirectory}/${tls.passwordFile}`, description: "the truststore's password" },
      ];
    case 'ldapBind':
      return [
        { name: 'ldap-bind-dn', target: `${ldapBind.directory}/${ldapBind.bindDnFile}`, description: "the Authserver's LDAP bind DN" },
        { name: 'ldap-password', target: `${ldapBind.directory}/${ldapBind.passwordFile}`, description: 'the LDAP bind password' },
      ];
  }
}

/** A word for the shell, in single quotes (a probe override's path is the spec's text). */
function shellQuoted(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The healthcheck command that asks a server's readiness endpoint, as the readiness probe does. */
function healthcheckTest(contract: ImageContract, tool: HealthcheckTool, path: string, port: number): string[] {
  const url = `${contract.health.scheme.toLowerCase()}://127.0.0.1:${port}${path}`;
  switch (tool) {
    case 'curl':
      // -k: the management port's certificate names the Service, not 127.0.0.1.
      return ['CMD', 'curl', '--fail', '--silent', '--insecure', '--output', '/dev/null', url];
    case 'wget':
      return ['CMD', 'wget', '--quiet', '--spider', '--no-check-certificate', url];
    case 'bash':
      // HTTP/1.0 so the server closes the connection; healthy on a 2xx status line, as a probe is.
      return [
        'CMD',
        'bash',
        '-c',
        `exec 3<>/dev/tcp/127.0.0.1/${port} && printf 'GET %s HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' ${shellQuoted(path)} >&3 && read -r _ status _ <&3 && [[ $status == 2* ]]`,
      ];
  }
}

/** Why a server cannot run under Compose as its spec says, reported by field. */
function unsupportedServerOptions(server: ServerPlan, report: (field: string, message: string) => void): void {
  if (server.external !== undefined) {
    report(
      'external',
      `runs outside the cluster (${server.external.host}); Compose runs every server on the laptop, so a Compose environment has no external servers`,
    );
  }
  if (server.sidecars?.length) report('sidecars', 'a sidecar shares the pod; Compose has no pods, so sidecars are not supported there');
  for (const [index, volume] of (server.volumes ?? []).entries()) {
    if (volume.emptyDir === undefined) {
      report(`volumes[${index}]`, `mounts a ConfigMap, Secret or claim of the cluster, which Compose does not have ("${volume.name}")`);
    }
  }
  if (server.caBundle !== undefined) report('caBundle', 'comes from a ConfigMap or Secret of the cluster, which Compose does not have');
}

/** The readiness endpoint a server's healthcheck asks: the probe override's path and port, else the contract's. */
function readinessEndpoint(contract: ImageContract, server: ServerPlan): { path: string; port: number } {
  const override = server.probes?.readiness;
  const port = server.ports.find((candidate) => candidate.name === override?.port)?.port ?? contract.health.port.port;
  return { path: override?.path ?? contract.health.readinessPath, port };
}

/** The ports a server publishes on 127.0.0.1: its routes (on their node ports where they have one) and its debug port. */
function publishedPorts(resolved: ResolvedEnvironment, server: ServerPlan): PublishedPort[] {
  const ports: PublishedPort[] = [];
  for (const route of resolved.settings.ingress?.routes ?? []) {
    if (route.server !== server.name) continue;
    const name = routePort(route, server, resolved.contract);
    const port = server.routedPorts.find((candidate) => candidate.name === name);
    if (port === undefined || ports.some((published) => published.containerPort === port.port)) continue;
    ports.push({ service: server.name, name: port.name, hostPort: route.nodePort ?? port.port, containerPort: port.port });
  }
  return ports;
}

/**
 * The debug ports on 127.0.0.1: each debugged server's own, or the next free one when another server
 * took it (on Kubernetes each has its own `kubectl port-forward`; here they share the laptop).
 */
function publishedDebugPorts(resolved: ResolvedEnvironment, taken: readonly PublishedPort[]): PublishedPort[] {
  const ports: PublishedPort[] = [];
  for (const server of resolved.servers) {
    if (server.debugPort === undefined) continue;
    let hostPort = server.debugPort;
    while ([...taken, ...ports].some((port) => port.hostPort === hostPort)) hostPort += 1;
    ports.push({ service: server.name, name: resolved.contract.debugPort.name, hostPort, containerPort: server.debugPort });
  }
  return ports;
}

/** Two routes that would publish one host port: the second server's route is reported. */
function portClashes(ports: readonly PublishedPort[], problems: ProblemCollector): void {
  for (const [index, port] of ports.entries()) {
    const first = ports.findIndex((other) => other.hostPort === port.hostPort);
    if (first < index) {
      problems.serverProblem(
        port.service,
        'ingress.routes',
        `would publish 127.0.0.1:${port.hostPort} as ${ports[first].service} does: a route without a node port is published on its port's number; ` +
          `use exposure nodePort and a node port per route (${port.hostPort})`,
      );
    }
  }
}

/** Limits and reservations: a server's limit and request, as on its container. */
function resources(limit: { cpuMillis: number; memoryBytes: number }, reservation = limit): Record<string, unknown> {
  return {
    resources: {
      limits: { cpus: cpus(limit.cpuMillis), memory: memory(limit.memoryBytes) },
      reservations: { cpus: cpus(reservation.cpuMillis), memory: memory(reservation.memoryBytes) },
    },
  };
}

/**
 * The hardening that carries over from the restricted pods: the image's user, no capabilities, no privilege
 * escalation, a read-only root filesystem with a tmpfs at each scratch path (writableMounts has the rest).
 */
function hardening(contract: ImageContract, tmpfs: readonly string[]): Record<string, unknown> {
  return {
    user: `${contract.user.uid}:${contract.user.gid}`,
    cap_drop: ['ALL'],
    security_opt: ['no-new-privileges:true'],
    read_only: true,
    ...(tmpfs.length > 0 ? { tmpfs: [...tmpfs] } : {}),
  };
}

/** A tmpfs `size=`: the kernel's k, m and g suffixes (binary), else bytes. */
function tmpfsSize(bytes: number): string {
  for (const [suffix, unit] of [
    ['g', 1024 ** 3],
    ['m', 1024 ** 2],
    ['k', 1024],
  ] as const) {
    if (bytes % unit === 0) return `${bytes / unit}${suffix}`;
  }
  return String(bytes);
}

/**
 * A tmpfs in place of an emptyDir (Docker's `--tmpfs` options): the size limit; owned by the image's user with
 * mode 0770, since Compose has no fsGroup to hand the directory to the pod's group; `exec`, as an emptyDir allows
 * (Docker's tmpfs default is noexec, and a JVM loads native libraries it unpacks into /tmp).
 */
function tmpfsEntry(contract: ImageContract, path: string, sizeLimit: string, readOnly = false): string {
  // A decimal quantity (`1.1k`) may not be whole bytes; tmpfs rounds up to pages anyway.
  const bytes = parseMemory(sizeLimit);
  // The spec's quantities are checked before this; a size of 0 would be a tmpfs without a limit.
  if (bytes === undefined || bytes <= 0) throw new Error(`tmpfs at ${path}: ${JSON.stringify(sizeLimit)} is no size limit`);
  const size = tmpfsSize(Math.ceil(bytes));
  return `${path}:size=${size},uid=${contract.user.uid},gid=${contract.user.gid},mode=0770,exec${readOnly ? ',ro' : ''}`;
}

/** Name of the named volume in place of the shared-files claim (storage.sharedFiles). */
const SHARED_FILES_VOLUME = 'shared-files';

/**
 * The writable paths whose files must outlive a restart of the container, as an emptyDir's outlive a restart
 * of its container (the kubelet's, or Compose's `restart`): the logs (the heap dump -XX:+HeapDumpOnOutOfMemoryError
 * writes there, just before the JVM exits), the work directory and the state. On a tmpfs they would be lost with
 * the container, and Docker counts a tmpfs's pages against the container's memory limit: a heap dump the size of
 * the heap would push a JVM already out of memory over it. Compose gives them a named volume on disk instead.
 */
const KEPT_ACROSS_RESTARTS: readonly WritablePathPurpose[] = ['logs', 'work', 'state'];

/** Name of the named volume at a server's writable path (`eventserver-logs`), or at its state claim (`eventserver-data`). */
function writableVolumeName(server: string, volume: string): string {
  return `${server}-${volume}`;
}

/**
 * The writable mounts of a server's pod, for Compose: a named volume for each writable path kept across restarts
 * and for each claim (the state claim, shared files); a tmpfs for the scratch paths (tmp, the kind's scratch
 * directories) and the spec's emptyDir volumes.
 */
function writableMounts(contract: ImageContract, server: ServerPlan): { tmpfs: string[]; volumes: Record<string, unknown>[] } {
  const tmpfs: string[] = [];
  const volumes: Record<string, unknown>[] = [];
  for (const volume of writableVolumes(contract, server)) {
    if (KEPT_ACROSS_RESTARTS.includes(volume.purpose)) {
      volumes.push({ type: 'volume', source: writableVolumeName(server.name, volume.name), target: volume.path });
    } else {
      tmpfs.push(tmpfsEntry(contract, volume.path, volume.sizeLimit));
    }
  }
  for (const extra of server.volumes ?? []) {
    if (extra.emptyDir !== undefined) tmpfs.push(tmpfsEntry(contract, extra.mountPath, extra.emptyDir, extra.readOnly ?? false));
  }
  if (server.mountsSharedFiles) volumes.push({ type: 'volume', source: SHARED_FILES_VOLUME, target: contract.sharedFilesDirectory });
  return { tmpfs, volumes };
}

/** The named volumes the services mount (top-level `volumes:`), each once, in the order they are first mounted. */
function namedVolumes(services: Record<string, unknown>): Record<string, object> {
  const names = Object.values(services).flatMap((service) =>
    ((service as { volumes?: readonly { type: string; source?: string }[] }).volumes ?? [])
      .filter((volume) => volume.type === 'volume' && volume.source !== undefined)
      .map((volume) => volume.source!),
  );
  return Object.fromEntries([...new Set(names)].map((name) => [name, {}]));
}

/** The Compose config name of a server's properties file. */
export function propertiesConfigName(server: string): string {
  return `${server}-properties`;
}

/** The JDBC database name of a PostgreSQL URL (`jdbc:postgresql://host:5432/calypso` is `calypso`). */
function postgresDatabaseName(jdbcUrl: string): string {
  return /^jdbc:postgresql:\/\/[^/]*\/([^?;]+)/.exec(jdbcUrl)?.[1] ?? 'calypso';
}

/** A properties file with the database URL line replaced (the URL is library-owned: only `database` sets it). */
function withDatabaseUrl(contract: ImageContract, file: string, url: string): string {
  const key = `${contract.properties.urlKey}=`;
  return file
    .split('\n')
    .map((line) => (line.startsWith(key) ? `${key}${url}` : line))
    .join('\n');
}

/**
 * The Compose project of an environment. Throws SpecError for a tier
 * Compose refuses and for servers it cannot run as specified.
 */
export function composeProject(resolved: ResolvedEnvironment, options: ComposeOptions = {}): ComposeProject {
  const tool = options.healthcheck ?? 'bash';
  const contract = resolved.contract;
  const problems = new ProblemCollector(resolved.name);
  if (COMPOSE_REFUSED_TIERS.includes(resolved.tier)) {
    problems.environmentProblem(
      'tier',
      `Docker Compose runs a developer's copy of an environment on one machine; a ${resolved.tier} environment is sized, secured and ` +
        `fed with data for its cluster, so it has no Compose file (use dev, or a short-lived environment: npm run env:create) ("${resolved.tier}")`,
    );
    problems.throwIfAny();
  }
  if (tool === 'bash' && contract.health.scheme === 'HTTPS') {
    problems.environmentProblem(
      'imageContract.health.scheme',
      'the bash healthcheck speaks plain HTTP; an HTTPS health port needs --healthcheck curl or --healthcheck wget ("HTTPS")',
    );
  }
  for (const server of resolved.servers) unsupportedServerOptions(server, problems.reporter(server.name));
  const routed = resolved.servers.flatMap((server) => publishedPorts(resolved, server));
  portClashes(routed, problems);
  problems.throwIfAny();
  const ports = [...routed, ...publishedDebugPorts(resolved, routed)];

  const images = resolved.settings.images;
  const init = HELPER_CONTAINER_RESOURCES.init;
  const initLimits = { cpuMillis: parseCpu(init.cpu) ?? 0, memoryBytes: parseMemory(init.memory) ?? 0 };
  const roles = (server: ServerPlan): ('database' | CredentialRole)[] => ['database', ...server.credentialMounts];
  const secretNames = new Map<string, string>();
  for (const server of resolved.servers) {
    for (const role of roles(server)) for (const file of credentialFiles(contract, role)) secretNames.set(file.name, file.description);
  }
  const secretFiles = [...secretNames].map(([name, description]) => ({ name, file: `secrets/${name}`, description }));

  const services: Record<string, unknown> = {
    [INIT_SERVICE]: {
      image: imageName(images.init),
      environment: {
        [contract.init.sourceVariable]: contract.init.sourceDirectory,
        [contract.init.targetVariable]: contract.properties.directory,
        ...(contract.environmentName.variable ? { [contract.environmentName.variable]: resolved.name } : {}),
      },
      // One folder per server under the source, copied to the volume as is: each server mounts its own folder.
      configs: resolved.servers.map((server) => ({
        source: propertiesConfigName(server.name),
        target: `${contract.init.sourceDirectory}/${server.name}/${resolved.propertiesFileName}`,
      })),
      volumes: [{ type: 'volume', source: PROPERTIES_VOLUME, target: contract.properties.directory }],
      // The init container's emptyDirs: the properties (the volume above) and tmp.
      ...hardening(contract, [tmpfsEntry(contract, contract.paths.tmp, TMP_SIZE_LIMIT)]),
      restart: 'no',
      deploy: resources(initLimits),
    },
  };
  for (const name of resolved.startOrder) {
    const server = resolved.serversByName.get(name)!;
    const published = ports.filter((port) => port.service === server.name);
    const readiness = readinessEndpoint(contract, server);
    const writable = writableMounts(contract, server);
    services[server.name] = {
      image: imageName(images.application),
      depends_on: {
        [INIT_SERVICE]: { condition: 'service_completed_successfully' },
        ...Object.fromEntries(server.dependencies.map((dependency) => [dependency, { condition: 'service_healthy' }])),
      },
      // The container's variables (server-environment.ts), with the JDWP agent that enableDebug adds on Kubernetes.
      environment: serverEnvironment(
        contract,
        resolved.name,
        server,
        server.debugPort === undefined ? [] : [jdwpAgentOption(server.debugPort)],
      ),
      ...(published.length > 0 ? { ports: published.map((port) => `127.0.0.1:${port.hostPort}:${port.containerPort}`) } : {}),
      volumes: [
        {
          type: 'volume',
          source: PROPERTIES_VOLUME,
          target: contract.properties.directory,
          read_only: true,
          volume: { subpath: server.name },
        },
        ...writable.volumes,
      ],
      secrets: roles(server).flatMap((role) => credentialFiles(contract, role).map(({ name, target }) => ({ source: name, target }))),
      healthcheck: {
        test: healthcheckTest(contract, tool, readiness.path, readiness.port),
        ...HEALTHCHECK_TIMING,
        start_period: `${server.startupBudgetSeconds}s`,
      },
      ...hardening(contract, writable.tmpfs),
      stop_grace_period: `${server.terminationGracePeriodSeconds}s`,
      // A JVM that ran out of memory exits (-XX:+ExitOnOutOfMemoryError): start it again, as the kubelet does.
      restart: 'unless-stopped',
      labels: { ...server.workloadLabels },
      deploy: resources(
        { cpuMillis: server.cpuLimitMillis, memoryBytes: server.memoryBytes },
        { cpuMillis: server.cpuMillis, memoryBytes: server.memoryBytes },
      ),
    };
  }
  const compose = escaped({
    name: `calypso-${resolved.name}`,
    services,
    volumes: namedVolumes(services),
    configs: Object.fromEntries(
      resolved.servers.map((server) => [
        propertiesConfigName(server.name),
        { content: server.propertiesData[resolved.propertiesFileName] },
      ]),
    ),
    secrets: Object.fromEntries(secretFiles.map(({ name, file }) => [name, { file: `./${file}` }])),
  }) as ComposeDocument;

  const localDatabase = resolved.spec.database.vendor === 'postgresql' ? localDatabaseOverride(resolved) : undefined;
  const sum = (pick: (server: ServerPlan) => number): number => resolved.servers.reduce((total, server) => total + pick(server), 0);
  return {
    environment: resolved.name,
    compose,
    localDatabase,
    secretFiles,
    needs: {
      cpuMillis: sum((server) => server.cpuLimitMillis),
      memoryBytes: sum((server) => server.memoryBytes),
      initCpuMillis: initLimits.cpuMillis,
      initMemoryBytes: initLimits.memoryBytes,
      localDatabase: localDatabase === undefined ? undefined : LOCAL_DATABASE_RESOURCES,
      ports,
    },
  };
}

/**
 * The override that runs the database on the laptop: a PostgreSQL service
 * with the same credentials files, every server waiting for it, and the
 * properties files pointing at it. It starts empty (see the README).
 */
function localDatabaseOverride(resolved: ResolvedEnvironment): ComposeDocument {
  const contract = resolved.contract;
  const databaseName = postgresDatabaseName(resolved.spec.database.jdbcUrl);
  const url = `jdbc:postgresql://${DATABASE_SERVICE}:5432/${databaseName}`;
  const services: Record<string, unknown> = {
    [DATABASE_SERVICE]: {
      image: LOCAL_DATABASE_IMAGE,
      // The image's entrypoint reads the *_FILE variables: the same files the servers read.
      environment: {
        POSTGRES_DB: databaseName,
        POSTGRES_USER_FILE: '/run/secrets/database-username',
        POSTGRES_PASSWORD_FILE: '/run/secrets/database-password',
      },
      secrets: ['database-username', 'database-password'],
      volumes: [{ type: 'volume', source: 'database-data', target: '/var/lib/postgresql/data' }],
      healthcheck: {
        test: ['CMD', 'pg_isready', '--host', '127.0.0.1', '--dbname', databaseName],
        ...HEALTHCHECK_TIMING,
        start_period: '30s',
      },
      restart: 'unless-stopped',
      deploy: resources(LOCAL_DATABASE_RESOURCES),
    },
  };
  for (const server of resolved.servers) services[server.name] = { depends_on: { [DATABASE_SERVICE]: { condition: 'service_healthy' } } };
  return escaped({
    services,
    volumes: { 'database-data': {} },
    configs: Object.fromEntries(
      resolved.servers.map((server) => [
        propertiesConfigName(server.name),
        { content: withDatabaseUrl(contract, server.propertiesData[resolved.propertiesFileName], url) },
      ]),
    ),
  }) as ComposeDocument;
}
