/**
 * `npm run compose`: the Compose file of dev, by behaviour, against the
 * committed dist/dev (same images, variables, properties, limits, start
 * order and health endpoints); the refused tiers and servers with their
 * messages; the Compose schema; the command in a temp folder (in process:
 * test/command-line.test.ts runs the real one).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { resolveEnvironment, type EnvironmentSpec } from '../lib';
import { buildComposeProject, COMPOSE_DIR, COMPOSE_FILE, composeFiles, composeReport, runCompose } from '../apps/compose';
import { ENVIRONMENTS_DIR } from '../apps/load-environments';
import { composeProject, LAPTOP_BUDGET, LOCAL_DATABASE_FILE } from '../lib/output/compose-file';
import { composeSchemaProblems } from '../lib/output/compose-schema';
import type { Manifest } from '../lib/output/render';
import { committedFolders } from './committed-dist';
import { render, tempDir } from './helpers';
import { captureOutput, committedSpecs } from './temp-project';

interface Service {
  image: string;
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  configs?: { source: string; target: string }[];
  volumes?: { type: string; source: string; target: string; read_only?: boolean; volume?: { subpath: string } }[];
  secrets?: { source: string; target: string }[];
  ports?: string[];
  healthcheck?: { test: string[]; start_period: string };
  user?: string;
  read_only?: boolean;
  tmpfs?: string[];
  cap_drop?: string[];
  security_opt?: string[];
  deploy: { resources: { limits: { cpus: string; memory: string }; reservations: { cpus: string; memory: string } } };
}
interface ComposeFile {
  services: Record<string, Service>;
  configs: Record<string, { content: string }>;
  secrets: Record<string, Record<string, string>>;
  volumes: Record<string, object>;
}
interface Container {
  name: string;
  image: string;
  env?: { name: string; value: string }[];
  resources: { limits: { cpu: string; memory: string } };
  readinessProbe: { httpGet: { path: string; port: string } };
  ports: { name: string; containerPort: number }[];
  volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface Pod {
  containers: Container[];
  initContainers: Container[];
  volumes: { name: string; emptyDir?: { sizeLimit?: string }; persistentVolumeClaim?: { claimName: string } }[];
  securityContext: { runAsUser: number; runAsGroup: number; fsGroup: number };
}

const specs = committedSpecs();
const dev = specs.dev;
const project = buildComposeProject('dev', ENVIRONMENTS_DIR);
/** The file as Compose reads it: `$$` is a literal `$`. */
const unescape = (text: string): string => text.replaceAll('$$', '$');
const compose = load(readFileSync(join(COMPOSE_DIR, 'dev', COMPOSE_FILE), 'utf8')) as ComposeFile;
const manifests = committedFolders().find((folder) => folder.name === 'dev')!.manifests;
const find = (kind: string, name: string): Manifest => manifests.find((m) => m.kind === kind && m.metadata.name === name)!;
const podOfManifests = (objects: readonly Manifest[], server: string): Pod => {
  const workload = objects.find((m) => ['Deployment', 'StatefulSet', 'Rollout'].includes(m.kind) && m.metadata.name === server)!;
  return (workload.spec as { template: { spec: Pod } }).template.spec;
};
const podSpec = (server: string): Pod => podOfManifests(manifests, server);
const serverNames = dev.servers.map((server) => server.name ?? server.kind);

/** Bytes of a Kubernetes memory quantity (`1Gi`, `2304Mi`, `500M`) or a tmpfs size (`1g`, `1280m`, `512k`, bytes). */
function bytesOf(size: string): number {
  const [, number, unit] = /^(\d+)([A-Za-z]*)$/.exec(size)!;
  const units: Record<string, number> = {
    '': 1,
    k: 1024,
    m: 1024 ** 2,
    g: 1024 ** 3,
    Ki: 1024,
    Mi: 1024 ** 2,
    Gi: 1024 ** 3,
    M: 1e6,
    G: 1e9,
  };
  return Number(number) * units[unit];
}

/** A tmpfs entry of a service (`<path>:<option>,…`), read back as what Docker mounts. */
function tmpfsMount(entry: string): Record<string, unknown> {
  const [path, options = ''] = entry.split(':');
  const parsed = Object.fromEntries(options.split(',').map((option) => [option.split('=')[0], option.split('=')[1] ?? true]));
  return {
    path,
    size: bytesOf(parsed.size as string),
    uid: Number(parsed.uid),
    gid: Number(parsed.gid),
    mode: parsed.mode,
    exec: parsed.exec ?? false,
    readOnly: parsed.ro ?? false,
    // Nothing else: no option the pod's emptyDir has no counterpart for.
    others: Object.keys(parsed).filter((option) => !['size', 'uid', 'gid', 'mode', 'exec', 'ro'].includes(option)),
  };
}

/**
 * The pod's emptyDirs whose files a restart of the container must keep (an emptyDir outlives its container's
 * restarts): the logs, where the JVM writes its heap dump before it exits, the work directory and the state.
 */
const KEPT_ACROSS_RESTARTS = ['logs', 'work', 'data'];

/**
 * What a Compose service must mount where its Kubernetes container writes, derived from the pod alone: a tmpfs of
 * the emptyDir's size limit, owned by the pod's user and fsGroup and executable (as an emptyDir is), for each
 * writable scratch emptyDir; a named volume for each emptyDir kept across restarts, for each claim and for the
 * emptyDir calypso-init fills (the properties).
 */
function podWritableMounts(pod: Pod, container: Container): { tmpfs: Record<string, unknown>[]; volumes: string[] } {
  const byName = new Map(pod.volumes.map((volume) => [volume.name, volume]));
  const { runAsUser, fsGroup } = pod.securityContext;
  const tmpfs = [];
  const volumes = [];
  for (const mount of container.volumeMounts) {
    const volume = byName.get(mount.name);
    const onDisk = mount.name === 'properties' || KEPT_ACROSS_RESTARTS.includes(mount.name);
    if (volume?.emptyDir !== undefined && !onDisk) {
      tmpfs.push({
        path: mount.mountPath,
        size: bytesOf(volume.emptyDir.sizeLimit!),
        uid: runAsUser,
        gid: fsGroup,
        mode: '0770',
        exec: true,
        readOnly: mount.readOnly === true,
        others: [],
      });
    } else if (volume === undefined || volume.persistentVolumeClaim !== undefined || onDisk) {
      // No pod volume of that name: a claim template's mount.
      volumes.push(mount.mountPath);
    }
  }
  return { tmpfs, volumes: volumes.sort() };
}

/** The same, read from a Compose service. */
function serviceWritableMounts(service: Service): { tmpfs: Record<string, unknown>[]; volumes: string[] } {
  return {
    tmpfs: (service.tmpfs ?? []).map(tmpfsMount),
    volumes: (service.volumes ?? [])
      .filter((volume) => volume.type === 'volume')
      .map((volume) => volume.target)
      .sort(),
  };
}

/** Every service of a Compose file against the pods of the same environment's manifests: read-only, tmpfs and volumes where the pod writes, restricted. */
function expectRestrictedLikeThePods(services: Record<string, Service>, objects: readonly Manifest[], servers: readonly string[]): void {
  for (const server of servers) {
    const pod = podOfManifests(objects, server);
    const service = services[server];
    expect({ server, ...serviceWritableMounts(service) }).toEqual({ server, ...podWritableMounts(pod, pod.containers[0]) });
    const init = pod.initContainers.find((container) => container.name === 'calypso-init')!;
    expect({ server, init: serviceWritableMounts(services['calypso-init']) }).toEqual({ server, init: podWritableMounts(pod, init) });
    const { runAsUser, runAsGroup } = pod.securityContext;
    for (const [name, restricted] of [
      [server, service],
      ['calypso-init', services['calypso-init']],
    ] as const) {
      expect({
        name,
        read_only: restricted.read_only,
        user: restricted.user,
        cap_drop: restricted.cap_drop,
        security_opt: restricted.security_opt,
      }).toEqual({
        name,
        read_only: true,
        user: `${runAsUser}:${runAsGroup}`,
        cap_drop: ['ALL'],
        security_opt: ['no-new-privileges:true'],
      });
    }
  }
}

/** A spec's problems as Compose reports them. */
function composeError(spec: EnvironmentSpec, options = {}): string {
  try {
    composeProject(resolveEnvironment(spec), options);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

test('the committed compose/dev files are what the environment gives now (run npm run compose -- dev), and pass the Compose schema', () => {
  for (const [file, text] of composeFiles(project))
    expect({ file, text: readFileSync(join(COMPOSE_DIR, 'dev', file), 'utf8') }).toEqual({ file, text });
  expect(composeSchemaProblems(project.compose)).toEqual([]);
  expect(composeSchemaProblems(project.localDatabase)).toEqual([]);
});

test('one service per server from the images of dist/dev, plus calypso-init; the same variables and limits as the containers', () => {
  expect(Object.keys(compose.services).sort()).toEqual(['calypso-init', ...serverNames].sort());
  for (const server of serverNames) {
    const container = podSpec(server).containers[0];
    const service = compose.services[server];
    expect({ server, image: service.image }).toEqual({ server, image: container.image });
    const environment = Object.fromEntries(Object.entries(service.environment!).map(([name, value]) => [name, unescape(value)]));
    expect({ server, environment }).toEqual({ server, environment: Object.fromEntries(container.env!.map((v) => [v.name, v.value])) });
    const toBytes = (memory: string): number =>
      Number.parseInt(memory, 10) * 1024 ** (memory.endsWith('Gi') || memory.endsWith('g') ? 3 : 2);
    const toMillis = (cpu: string): number => (cpu.endsWith('m') ? Number.parseInt(cpu, 10) : Number(cpu) * 1000);
    const { limits } = service.deploy.resources;
    expect({ server, cpu: toMillis(limits.cpus), memory: toBytes(limits.memory) }).toEqual({
      server,
      cpu: toMillis(container.resources.limits.cpu),
      memory: toBytes(container.resources.limits.memory),
    });
  }
  const init = podSpec('dataserver').initContainers.find((container) => container.name === 'calypso-init')!;
  expect(compose.services['calypso-init'].image).toBe(init.image);
  expect(compose.services['calypso-init'].environment).toEqual(Object.fromEntries(init.env!.map((v) => [v.name, v.value])));
});

test("one function gives both the container's variables and the service's: debug on two servers, extra JVM flags, engines, the spec's env", () => {
  const spec: EnvironmentSpec = {
    ...dev,
    debug: { servers: ['engineserver', 'dataserver'] },
    servers: dev.servers.map((server) =>
      server.kind === 'dataserver' ? { ...server, jvm: { extraJavaOptions: ['-Duser.timezone=UTC'] }, env: { FEATURE_X: 'on$1' } } : server,
    ),
  };
  const objects = render(spec);
  const services = composeProject(resolveEnvironment(spec)).compose.services as Record<string, Service>;
  for (const server of serverNames) {
    const container = podOfManifests(objects, server).containers[0];
    const environment = Object.fromEntries(Object.entries(services[server].environment!).map(([name, value]) => [name, unescape(value)]));
    expect({ server, environment }).toEqual({ server, environment: Object.fromEntries(container.env!.map((v) => [v.name, v.value])) });
  }
  expect(unescape(services.dataserver.environment!.JAVA_OPTS)).toMatch(/ -Duser\.timezone=UTC -agentlib:jdwp=\S+$/);
  expect(services.dataserver.environment!.FEATURE_X).toBe('on$$1');
});

test('every server waits for calypso-init to complete, and for the healthchecks of exactly the servers its wait container polls', () => {
  for (const server of serverNames) {
    const wait = podSpec(server).initContainers.find((container) => container.name === 'calypso-dependency-wait');
    const polled = (wait?.env?.find((v) => v.name === 'WAIT_FOR')?.value.split(',') ?? []).map((url) => new URL(url).hostname);
    const dependsOn = compose.services[server].depends_on!;
    expect({ server, init: dependsOn['calypso-init'] }).toEqual({ server, init: { condition: 'service_completed_successfully' } });
    const healthy = Object.entries(dependsOn).filter(([, { condition }]) => condition === 'service_healthy');
    expect({ server, healthy: healthy.map(([name]) => name).sort() }).toEqual({ server, healthy: polled.sort() });
    // Each of those has a healthcheck on the path and port of its readiness probe.
    const probe = podSpec(server).containers[0].readinessProbe.httpGet;
    const port = podSpec(server).containers[0].ports.find((p) => p.name === probe.port)!.containerPort;
    const script = unescape(compose.services[server].healthcheck!.test.join(' '));
    expect(script).toContain(`/dev/tcp/127.0.0.1/${port} `);
    expect(script).toContain(`printf 'GET %s HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' '${probe.path}' >&3`);
  }
  expect(compose.services.engineserver.healthcheck!.start_period).toBe(
    `${resolveEnvironment(dev).serversByName.get('engineserver')!.startupBudgetSeconds}s`,
  );
});

test("the properties calypso-init puts in place are the ConfigMaps' of dist/dev, one folder per server, each mounted by its server", () => {
  const file = `calypsosystem.properties.dev`;
  for (const server of serverNames) {
    const configMap = find('ConfigMap', `${server}-properties`) as Manifest & { data: Record<string, string> };
    expect({ server, content: unescape(compose.configs[`${server}-properties`].content) }).toEqual({
      server,
      content: configMap.data[file],
    });
    expect(compose.services['calypso-init'].configs).toContainEqual({
      source: `${server}-properties`,
      target: `/calypso-init/source/${server}/${file}`,
    });
    expect(compose.services[server].volumes!.filter((volume) => volume.source === 'properties')).toEqual([
      { type: 'volume', source: 'properties', target: '/opt/calypso/properties', read_only: true, volume: { subpath: server } },
    ]);
  }
  expect(compose.services['calypso-init'].volumes).toEqual([{ type: 'volume', source: 'properties', target: '/opt/calypso/properties' }]);
});

test('read-only root, like the pods of dist/dev: a tmpfs at exactly the scratch emptyDir paths of each container, same size, the pod user; no capabilities', () => {
  expectRestrictedLikeThePods(compose.services, manifests, serverNames);
  expect(compose.services.eventserver.tmpfs).toEqual(['/tmp:size=1g,uid=1000,gid=1000,mode=0770,exec']);
});

test('logs, work and state on named volumes, not a tmpfs: a heap dump outlives the restart and is not counted against the memory limit', () => {
  const eventserver = compose.services.eventserver;
  expect(eventserver.volumes).toEqual(
    expect.arrayContaining([
      { type: 'volume', source: 'eventserver-logs', target: '/var/log/calypso' },
      { type: 'volume', source: 'eventserver-work', target: '/opt/calypso/work' },
      { type: 'volume', source: 'eventserver-data', target: '/opt/calypso/activemq-data' },
    ]),
  );
  // Where the JVM writes its heap dump is one of them.
  const heapDumpPath = /-XX:HeapDumpPath=(\S+)/.exec(eventserver.environment!.JAVA_OPTS)![1];
  expect(eventserver.volumes!.map((volume) => volume.target)).toContain(heapDumpPath);
  expect((eventserver.tmpfs ?? []).some((entry) => entry.startsWith(`${heapDumpPath}:`))).toBe(false);
  for (const server of serverNames) {
    for (const volume of compose.services[server].volumes!.filter((volume) => volume.type === 'volume' && volume.source !== 'properties')) {
      expect(compose.volumes).toHaveProperty([volume.source]);
    }
  }
});

test("a state claim, the shared files and a spec's emptyDir volume: a named volume for each claim, a tmpfs for the emptyDir, as the pods have", () => {
  const spec: EnvironmentSpec = {
    ...dev,
    storage: {
      classes: specs.uat.storage!.classes,
      sharedFiles: {
        size: '10Gi',
        mountedBy: ['dataserver', 'engineserver'],
        source: { type: 'openebs-nfs', backendStorageClass: 'block-ssd' },
      },
    },
    servers: dev.servers.map((server) =>
      server.kind === 'eventserver'
        ? { ...server, storage: { size: '8Gi', storageClass: 'block-ssd' } }
        : server.kind === 'dataserver'
          ? {
              ...server,
              volumes: [
                { name: 'spool', mountPath: '/opt/spool', emptyDir: '500M' },
                { name: 'seed', mountPath: '/opt/seed', emptyDir: '1Mi', readOnly: true },
              ],
            }
          : server,
    ),
  };
  const local = composeProject(resolveEnvironment(spec));
  const services = local.compose.services as Record<string, Service>;
  expectRestrictedLikeThePods(services, render(spec), serverNames);
  expect(services.eventserver.volumes).toContainEqual({ type: 'volume', source: 'eventserver-data', target: '/opt/calypso/activemq-data' });
  expect(services.dataserver.tmpfs).toContain('/opt/spool:size=500000000,uid=1000,gid=1000,mode=0770,exec');
  expect(Object.keys(local.compose.volumes as object).filter((name) => !/-(logs|work)$/.test(name))).toEqual([
    'properties',
    'eventserver-data',
    'shared-files',
  ]);
  expect(composeSchemaProblems(local.compose)).toEqual([]);
});

test('no secret value is in the file: credentials are files in secrets/, kept out of git, mounted where the image reads them', () => {
  expect(compose.secrets).toEqual({
    'database-username': { file: './secrets/database-username' },
    'database-password': { file: './secrets/database-password' },
  });
  for (const server of serverNames) {
    expect(compose.services[server].secrets).toEqual([
      { source: 'database-username', target: '/var/run/secrets/calypso/database/username' },
      { source: 'database-password', target: '/var/run/secrets/calypso/database/password' },
    ]);
    expect(Object.keys(compose.services[server].environment!).filter((name) => /PASSWORD|SECRET|TOKEN/.test(name))).toEqual([]);
  }
  expect(readFileSync(join(COMPOSE_DIR, '.gitignore'), 'utf8')).toMatch(/^\*\/secrets\/$/m);
});

test('TLS stores and the LDAP bind, where the spec has them: a file each, mounted only in the servers that mount them on Kubernetes', () => {
  const withStores = composeProject(resolveEnvironment({ ...dev, tls: specs.uat.tls, ldap: specs.uat.ldap }));
  expect(withStores.secretFiles.map((secret) => secret.file)).toEqual([
    'secrets/database-username',
    'secrets/database-password',
    'secrets/keystore',
    'secrets/keystore-password',
    'secrets/truststore',
    'secrets/truststore-password',
    'secrets/ldap-bind-dn',
    'secrets/ldap-password',
  ]);
  const mounted = (server: string): string[] =>
    (withStores.compose.services as Record<string, Service>)[server].secrets!.map((secret) => secret.target).slice(2);
  expect(mounted('authserver')).toEqual([
    '/var/run/secrets/calypso/keystore/keystore.p12',
    '/var/run/secrets/calypso/keystore/password',
    '/var/run/secrets/calypso/truststore/truststore.p12',
    '/var/run/secrets/calypso/truststore/password',
    '/var/run/secrets/calypso/ldap/bind-dn',
    '/var/run/secrets/calypso/ldap/password',
  ]);
  expect(mounted('engineserver')).toEqual([
    '/var/run/secrets/calypso/truststore/truststore.p12',
    '/var/run/secrets/calypso/truststore/password',
  ]);
  expect(composeSchemaProblems(withStores.compose)).toEqual([]);
});

test('published on 127.0.0.1: the node ports of dist/dev and the debug port; dev fits a laptop', () => {
  const nodePorts = manifests
    .filter((m) => m.kind === 'Service' && m.metadata.name.endsWith('-nodeport'))
    .flatMap((m) =>
      (m.spec as { ports: { nodePort: number }[] }).ports.map((p) => `${m.metadata.name.replace(/-nodeport$/, '')} ${p.nodePort}`),
    );
  const published = Object.entries(compose.services).flatMap(([name, service]) => (service.ports ?? []).map((port) => `${name} ${port}`));
  expect(published.sort()).toEqual(
    [
      'authserver 127.0.0.1:30081:8000',
      'engineserver 127.0.0.1:30140:8140',
      'engineserver 127.0.0.1:5005:5005',
      'presentation-server 127.0.0.1:30080:8000',
    ].sort(),
  );
  for (const nodePort of nodePorts) expect(published.some((port) => port.startsWith(nodePort.replace(' ', ' 127.0.0.1:')))).toBe(true);
  expect(project.needs.cpuMillis).toBeLessThanOrEqual(LAPTOP_BUDGET.cpuMillis);
  expect(project.needs.memoryBytes).toBeLessThanOrEqual(LAPTOP_BUDGET.memoryBytes);
  expect(project.needs).toMatchObject({ cpuMillis: 2500, memoryBytes: 10 * 1024 ** 3 });
});

test('the local-database override: a PostgreSQL service on the same credentials files, every server waiting for it, the URL pointing at it', () => {
  const override = load(readFileSync(join(COMPOSE_DIR, 'dev', LOCAL_DATABASE_FILE), 'utf8')) as ComposeFile;
  expect(override.services.database.secrets).toEqual(['database-username', 'database-password']);
  for (const server of serverNames) {
    expect(override.services[server]).toEqual({ depends_on: { database: { condition: 'service_healthy' } } });
    const lines = (text: string): string[] => text.split('\n');
    const [local, remote] = [override, compose].map((file) => lines(file.configs[`${server}-properties`].content));
    expect(local.filter((line) => !remote.includes(line))).toEqual(['DBURL=jdbc:postgresql://database:5432/calypso']);
  }
});

describe('refused', () => {
  test.each([
    ['uat', specs.uat, 'uat'],
    ['prod', specs.prod, 'prod'],
  ])('%s', (_name, spec, tier) => {
    expect(composeError(spec)).toBe(
      `[${tier}] field tier: Docker Compose runs a developer's copy of an environment on one machine; a ${tier} environment is sized, ` +
        `secured and fed with data for its cluster, so it has no Compose file (use dev, or a short-lived environment: npm run env:create) ("${tier}")`,
    );
  });

  const withServer = (name: string, options: object): EnvironmentSpec => ({
    ...dev,
    servers: dev.servers.map((server) => ((server.name ?? server.kind) === name ? { ...server, ...options } : server)),
  });

  test.each<[string, EnvironmentSpec, string]>([
    [
      'an external server',
      {
        ...dev,
        servers: dev.servers.map((server) =>
          server.kind === 'scheduler'
            ? { kind: 'scheduler', external: { host: 'scheduler.bank.internal', cidrs: ['10.1.1.1/32'] } }
            : server,
        ),
      },
      '[dev] server scheduler, field external: runs outside the cluster (scheduler.bank.internal); Compose runs every server on the laptop, so a Compose environment has no external servers',
    ],
    [
      'a sidecar',
      withServer('dataserver', {
        sidecars: [{ name: 'shipper', image: 'registry.bank.internal/shipper:1.0', cpu: '50m', memory: '64Mi' }],
      }),
      '[dev] server dataserver, field sidecars: a sidecar shares the pod; Compose has no pods, so sidecars are not supported there',
    ],
    [
      "a volume from the cluster's ConfigMap",
      withServer('dataserver', { volumes: [{ name: 'extra', mountPath: '/opt/extra', configMap: 'extra' }] }),
      '[dev] server dataserver, field volumes[0]: mounts a ConfigMap, Secret or claim of the cluster, which Compose does not have ("extra")',
    ],
    [
      'a CA bundle',
      withServer('dataserver', { caBundle: { configMap: 'bank-ca' } }),
      '[dev] server dataserver, field caBundle: comes from a ConfigMap or Secret of the cluster, which Compose does not have',
    ],
    [
      'two routes without node ports on one port number',
      {
        ...dev,
        ingress: {
          exposure: 'gateway',
          routes: [
            { server: 'presentation-server', host: 'a.localhost' },
            { server: 'authserver', host: 'b.localhost' },
          ],
        },
      },
      "[dev] server presentation-server, field ingress.routes: would publish 127.0.0.1:8000 as authserver does: a route without a node port is published on its port's number; use exposure nodePort and a node port per route (8000)",
    ],
    [
      'an HTTPS health port with the bash healthcheck',
      { ...dev, imageContract: { health: { scheme: 'HTTPS' } } },
      '[dev] field imageContract.health.scheme: the bash healthcheck speaks plain HTTP; an HTTPS health port needs --healthcheck curl or --healthcheck wget ("HTTPS")',
    ],
  ])('%s', (_case, spec, message) => {
    expect(composeError(spec)).toBe(message);
  });

  test('two debugged servers share the laptop: the second gets the next free port, each container keeps its own', () => {
    const debugged = composeProject(resolveEnvironment({ ...dev, debug: { servers: ['engineserver', 'dataserver'] } }));
    expect(debugged.needs.ports.filter((port) => port.name === 'jdwp')).toEqual([
      { service: 'dataserver', name: 'jdwp', hostPort: 5005, containerPort: 5005 },
      { service: 'engineserver', name: 'jdwp', hostPort: 5006, containerPort: 5005 },
    ]);
  });

  test('HTTPS works with curl', () => {
    const https = composeProject(resolveEnvironment({ ...dev, imageContract: { health: { scheme: 'HTTPS' } } }), { healthcheck: 'curl' });
    const test = (https.compose.services as Record<string, Service>).dataserver.healthcheck!.test;
    expect(test).toEqual([
      'CMD',
      'curl',
      '--fail',
      '--silent',
      '--insecure',
      '--output',
      '/dev/null',
      'https://127.0.0.1:8080/actuator/health/readiness',
    ]);
  });

  test("the Compose schema's additionalProperties rejects a field Compose does not know, anywhere", () => {
    const services = project.compose.services as Record<string, Record<string, unknown>>;
    const broken = { ...project.compose, services: { ...services, dataserver: { ...services.dataserver, memory_limit: '2g' } } };
    expect(composeSchemaProblems(broken)).toEqual(['services.dataserver: unknown field "memory_limit"']);
    expect(composeSchemaProblems({ ...project.compose, service: {} })).toEqual(['(top level): unknown field "service"']);
  });
});

describe('the command, in a temp folder', () => {
  test('writes the files, prints the needs, the ports and the credentials files; warns while they are missing', () => {
    const dir = tempDir();
    const output = captureOutput();
    const env = { ...process.env, CALYPSO_COMPOSE_DIR: dir };
    expect(runCompose(['dev'], output, env)).toBe(0);
    const expected = project;
    for (const [file, text] of composeFiles(expected)) expect(readFileSync(join(dir, 'dev', file), 'utf8')).toBe(text);
    const shown = output.stdout.join('\n');
    expect(shown).toContain('needs: 2.5 CPU and 10Gi of memory');
    expect(shown).toContain(
      'ports on 127.0.0.1: 30081 (authserver app), 30140 (engineserver admin), 30080 (presentation-server app), 5005 (engineserver jdwp)',
    );
    expect(shown).toMatch(/secrets\/database-password: the database user's password \(missing\)/);
    expect(output.stderr).toEqual([expect.stringContaining('warning: 2 credentials files are missing')]);

    mkdirSync(join(dir, 'dev', 'secrets'));
    for (const secret of expected.secretFiles) writeFileSync(join(dir, 'dev', secret.file), 'x');
    const again = captureOutput();
    expect(runCompose(['dev'], again, env)).toBe(0);
    expect(again.stderr).toEqual([]);
    expect(runCompose(['dev', '--check'], captureOutput(), env)).toBe(0);
    writeFileSync(join(dir, 'dev', COMPOSE_FILE), '');
    const stale = captureOutput();
    expect(runCompose(['dev', '--check'], stale, env)).toBe(1);
    expect(stale.stderr[0]).toMatch(/compose\.yaml differ from the environment; run npm run compose -- dev$/);
  });

  test('more than a laptop gives Docker: a warning with the budget', () => {
    const big = { ...dev, servers: dev.servers.map((server) => (server.kind === 'dataserver' ? { ...server, memory: '12Gi' } : server)) };
    const { warnings } = composeReport(composeProject(resolveEnvironment(big)), tempDir(), 'compose/dev');
    expect(warnings[0]).toBe("warning: that is more than a laptop gives Docker (8 CPU, 16Gi); shrink the servers or raise Docker's limits");
  });

  test('prod: refused, exit 1, nothing written (the command)', () => {
    const dir = tempDir();
    const output = captureOutput();
    expect(runCompose(['prod'], output, { ...process.env, CALYPSO_COMPOSE_DIR: dir })).toBe(1);
    expect(output.stderr.join('\n')).toContain('compose failed; nothing written:\n[prod] field tier: Docker Compose runs');
    expect(output.stdout).toEqual([]);
    expect(existsSync(join(dir, 'prod'))).toBe(false);
  });
});

describe('the bash healthcheck, run by bash against an HTTP server on the port', () => {
  /** Runs the dataserver's healthcheck (port swapped for the test server's) and returns bash's exit status. */
  async function check(status: number): Promise<number | null> {
    const server = createServer((_request, response) => response.writeHead(status).end());
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const port = (server.address() as AddressInfo).port;
    const [, command, ...args] = compose.services.dataserver.healthcheck!.test.map((part) => unescape(part).replace('/8080 ', `/${port} `));
    const exit = await new Promise<number | null>((done) => spawn(command, args).on('close', done));
    server.close();
    return exit;
  }

  test('healthy on 200, unhealthy on 503 (what readiness answers while a dependency is down)', async () => {
    expect(await check(200)).toBe(0);
    expect(await check(503)).not.toBe(0);
  });
});
