/**
 * CalypsoServer: one Calypso server with everything it needs to run:
 * workload, Service, ServiceAccount, properties ConfigMap, the calypso-init
 * and calypso-dependency-wait init containers, probes, JVM settings and a
 * restricted security context. Names come from the server name, never from
 * the construct id, so renaming an id renames nothing in the cluster.
 */
import { ApiObject, Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import type { CalypsoEnvironment } from './calypso-environment';
import { CalypsoCanaryRollout } from './canary-rollout';
import { HELPER_CONTAINER_RESOURCES, type HelperContainerResources } from '../model/container-resources';
import { ProblemCollector, SpecError } from '../model/errors';
import { imageName } from '../model/image';
import type { NamedPort } from '../model/image-contract';
import {
  CONTAINER_PORT_NAME,
  ENVIRONMENT_VARIABLE_NAME,
  libraryOwnedJavaFlag,
  libraryOwnedVariables,
  serverLibraryOwnedProblems,
  waitTimeoutProblem,
} from '../model/library-owned-rules';
import { RESERVED_POD_ANNOTATIONS } from '../model/monitoring-spec';
import { isDnsLabel, isLabelKey } from '../model/names';
import { DEFAULT_CA_BUNDLE_KEY, DEFAULT_CA_BUNDLE_PATH, type ProbeOverrides } from '../model/pod-options-spec';
import { LOG_FORMAT_ANNOTATION, serverLogFormat } from '../model/logging';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from './pod-security';
import { serverProbes } from './probes';
import { formatCpu, formatMemory } from '../model/quantity';
import { serverEnvironment } from '../model/server-environment';
import { pickGraphFacts, planServer, type ServerGraphFacts, type ServerPlan } from '../model/server-plan';
import { composedServerProblems, resolveServer, type ResolvedServer, type ServerOptions } from '../model/server-spec';
import { STATE_VOLUME_NAME, TMP_VOLUME_NAME, writableVolumes } from '../model/writable-volumes';

/** Props of a CalypsoServer composed by hand: its options, resolved by the same rules as a server of a spec. */
export interface CalypsoServerProps extends ServerOptions {
  /** The environment the server belongs to. */
  readonly environment: CalypsoEnvironment;
}

/** Props of a CalypsoServer of a resolved environment (what CalypsoPlatform builds). */
export interface PlannedServerProps {
  /** The environment, built from the resolved environment the plan belongs to. */
  readonly environment: CalypsoEnvironment;
  /** The server as the resolved environment plans it. */
  readonly plan: ServerPlan;
}

/** Annotation on the pod template that changes whenever the properties do, so pods roll. */
export const PROPERTIES_CHECKSUM_ANNOTATION = 'checksum/properties';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Annotation on the pod template of a server whose state directory is an emptyDir: what is lost, and when. */
export const EPHEMERAL_STATE_ANNOTATION = 'calypso.io/ephemeral-state';

/** Volume names inside every server pod. */
const VOLUMES = {
  properties: 'properties',
  propertiesSource: 'properties-source',
  tmp: TMP_VOLUME_NAME,
  state: STATE_VOLUME_NAME,
  databaseCredentials: 'database-credentials',
} as const;

/** Name of the volume of the CA bundle (server option `caBundle`). */
const CA_BUNDLE_VOLUME = 'ca-bundle';

function helperResources(resources: HelperContainerResources): k8s.ResourceRequirements {
  const quantities = { cpu: k8s.Quantity.fromString(resources.cpu), memory: k8s.Quantity.fromString(resources.memory) };
  return { requests: quantities, limits: quantities };
}
const INIT_RESOURCES = helperResources(HELPER_CONTAINER_RESOURCES.init);
const WAIT_RESOURCES = helperResources(HELPER_CONTAINER_RESOURCES.dependencyWait);

function envList(variables: Record<string, string>): k8s.EnvVar[] {
  return Object.entries(variables).map(([name, value]) => ({ name, value }));
}

/** One Calypso server. */
export class CalypsoServer extends Construct {
  /** The server's name; every object of the server is named after it. */
  public readonly name: string;
  /** The options with every default applied. */
  public readonly resolved: ResolvedServer;
  public readonly environment: CalypsoEnvironment;
  /** Labels that select this server's pods (immutable). */
  public readonly selector: Record<string, string>;
  /** The Service clients use; an ExternalName Service for an external server. */
  public readonly service: k8s.KubeService;
  /** The headless Service that governs a StatefulSet's pods, which gives each a stable DNS name; undefined for a Deployment. */
  public readonly headlessService?: k8s.KubeService;
  /** The Deployment, StatefulSet or (spec `rollout`) Argo Rollouts Rollout; undefined for an external server. */
  public readonly workload?: ApiObject;
  /** The ServiceAccount; undefined for an external server. */
  public readonly serviceAccount?: k8s.KubeServiceAccount;
  /** The properties ConfigMap; undefined for an external server. */
  public readonly propertiesConfigMap?: k8s.KubeConfigMap;
  /** The ports the server serves, as its Service publishes them (health port first). */
  public readonly ports: readonly NamedPort[];
  private readonly staticPlan: ServerPlan;
  /** The last plan read, with the graph facts it was merged from (the same facts object means the same plan). */
  private mergedPlan?: { readonly facts: ServerGraphFacts; readonly plan: ServerPlan };
  private canary?: CalypsoCanaryRollout;

  private readonly podSpec: Mutable<k8s.PodSpec> = { containers: [] };
  private readonly initContainers: k8s.Container[] = [];
  private readonly volumes: k8s.Volume[] = [];
  private readonly mounts: k8s.VolumeMount[] = [];
  private readonly containerPorts: k8s.ContainerPort[] = [];
  private readonly appEnv: k8s.EnvVar[] = [];
  private readonly podAnnotations: Record<string, string> = {};
  private readonly workloadSpec: {
    replicas?: number;
    volumeClaimTemplates?: k8s.KubePersistentVolumeClaimProps[];
    persistentVolumeClaimRetentionPolicy?: k8s.StatefulSetPersistentVolumeClaimRetentionPolicy;
  } = {};

  /** Throws SpecError listing every problem with the options (none for a plan: it was checked when resolved). */
  public constructor(scope: Construct, id: string, props: CalypsoServerProps | PlannedServerProps) {
    super(scope, id);
    const { environment } = props;
    this.environment = environment;
    // A plan was checked when its environment was resolved; options are resolved here by the same rules.
    this.resolved = 'plan' in props ? (props.plan as ResolvedServer) : CalypsoServer.resolveOptions(props);
    this.staticPlan =
      'plan' in props ? props.plan : planServer(environment.resolvedSettings, this.resolved, environment.graphFacts(this.resolved));
    const plan = this.staticPlan;
    this.name = plan.name;
    this.selector = { ...plan.selector };
    environment.registerServer(this.resolved, this);

    const ports = plan.ports;
    this.ports = ports;
    const external = plan.external;
    this.service = new k8s.KubeService(this, 'Service', {
      metadata: this.metadata(),
      spec: external
        ? { type: 'ExternalName', externalName: external.host, ports: ports.map((p) => ({ name: p.name, port: p.port, protocol: 'TCP' })) }
        : {
            type: 'ClusterIP',
            selector: this.selector,
            ports: ports.map((p) => ({ name: p.name, port: p.port, targetPort: k8s.IntOrString.fromString(p.name), protocol: 'TCP' })),
          },
    });
    if (external) return;

    this.serviceAccount = new k8s.KubeServiceAccount(this, 'ServiceAccount', {
      metadata: this.metadata(),
      automountServiceAccountToken: false,
    });
    this.propertiesConfigMap = new k8s.KubeConfigMap(this, 'Properties', {
      metadata: this.metadata(plan.objectNames.propertiesConfigMap),
      data: { ...plan.propertiesData },
    });
    this.podAnnotations[PROPERTIES_CHECKSUM_ANNOTATION] = plan.propertiesChecksum;

    this.buildPod(ports.map((p) => ({ name: p.name, containerPort: p.port, protocol: 'TCP' })));
    const headlessName = plan.objectNames.headlessService;
    if (headlessName !== undefined) {
      // Without the health port: a ServiceMonitor scrapes only Services with it, so the server is scraped once,
      // through its ClusterIP Service (as with a `<server>-nodeport` Service). Pod DNS names need no port at all.
      const servicePorts = ports.filter((p) => p.name !== environment.contract.health.port.name);
      this.headlessService = new k8s.KubeService(this, 'HeadlessService', {
        metadata: this.metadata(headlessName),
        spec: {
          clusterIp: 'None',
          // A singleton broker has no peers to find before it is ready: its pod's name resolves only once it
          // is ready, like the ClusterIP Service's endpoints, so nothing connects to a broker still starting.
          publishNotReadyAddresses: false,
          selector: this.selector,
          ports: servicePorts.map((p) => ({ name: p.name, port: p.port, targetPort: k8s.IntOrString.fromString(p.name), protocol: 'TCP' })),
        },
      });
    }
    this.workload = this.buildWorkload();
    // A planned server knows its dependencies now; one composed by hand gets them from dependsOn.
    if (plan.dependencies.length > 0) this.initContainers.push(this.waitContainer());
  }

  /** Resolves hand-given options by the rules of a spec's server. */
  private static resolveOptions(props: CalypsoServerProps): ResolvedServer {
    const problems = new ProblemCollector(props.environment.name);
    const resolved = resolveServer(props, problems);
    composedServerProblems(props, problems);
    serverLibraryOwnedProblems(props, props.environment.contract, problems);
    problems.throwIfAny();
    return resolved as ResolvedServer;
  }

  /**
   * The server as its environment plans it. For a server composed by hand,
   * what depends on the graph (dependencies, wave, wait timeout) is as of now.
   */
  public get plan(): ServerPlan {
    const facts = this.environment.graphFacts(this.resolved);
    // A spec's server: its environment's facts are its frozen plan itself, nothing to merge.
    if (facts === this.staticPlan) return this.staticPlan;
    // Frozen facts of another plan: merged once, not on each of the many reads while the server is built.
    if (this.mergedPlan?.facts === facts) return this.mergedPlan.plan;
    // A hand-composed server's facts are worked out afresh on each read (the graph may still grow): a fresh plan, as before.
    if (!Object.isFrozen(facts)) return { ...this.staticPlan, ...facts };
    // The environment's facts are its whole plan of this server: only the graph's part of it wins over this server's own.
    const plan = Object.freeze({ ...this.staticPlan, ...pickGraphFacts(facts) });
    this.mergedPlan = { facts, plan };
    return plan;
  }

  /** The AnalysisTemplate of a server that rolls out as a canary (spec `rollout`); undefined otherwise. */
  public get analysisTemplate(): ApiObject | undefined {
    return this.canary?.analysisTemplate;
  }

  /** The kind of server. */
  public get kind(): string {
    return this.resolved.kind;
  }

  /** Servers this one depends on, by name. */
  public get dependencies(): string[] {
    return [...this.environment.graphFacts(this.resolved).dependencies];
  }

  /**
   * Makes this server wait for others: adds the calypso-dependency-wait init
   * container (on the first call) and records the edges in the environment's
   * graph. Throws if an edge would close a cycle.
   */
  public dependsOn(...servers: CalypsoServer[]): void {
    for (const server of servers) {
      const resolved = this.environment.resolved;
      if (resolved?.serversByName.has(this.name)) {
        if (this.dependencies.includes(server.name)) continue;
        throw this.problem(
          'dependsOn',
          `the environment was resolved from its spec; declare ${server.name} in the spec's dependsOn instead`,
        );
      }
      if (server.environment !== this.environment) {
        throw this.problem('dependsOn', `"${server.name}" belongs to environment ${server.environment.name}`);
      }
      try {
        this.environment.graph.addDependency(this.name, server.name);
      } catch (error) {
        throw this.problem('dependsOn', (error as Error).message);
      }
    }
    if (this.workload && servers.length > 0 && !this.initContainers.some((c) => c.name === 'calypso-dependency-wait')) {
      this.initContainers.push(this.waitContainer());
    }
  }

  /**
   * Adds a volume to the pod, mounted in the server container. Throws SpecError for a name that is no
   * DNS label or is taken (the library's own volumes included), and for a path something is mounted at already.
   */
  public addVolume(volume: k8s.Volume, mount: Omit<k8s.VolumeMount, 'name'>): void {
    const field = `volumes.${volume.name}`;
    if (!this.workload) throw this.problem(field, 'an external server has no pod in the cluster');
    if (!isDnsLabel(volume.name))
      throw this.problem(field, `"${volume.name}" is not a volume name (a DNS label: lowercase letters, digits, '-')`);
    if (this.volumes.some((existing) => existing.name === volume.name)) {
      throw this.problem(field, `the pod already has a volume named "${volume.name}"; give yours another name`);
    }
    const mounted = this.mounts.find((existing) => existing.mountPath === mount.mountPath);
    if (mounted !== undefined) throw this.problem(field, `volume ${mounted.name} is already mounted at ${mount.mountPath}`);
    this.volumes.push(volume);
    this.mounts.push({ name: volume.name, ...mount });
  }

  /**
   * Adds an environment variable to the server container. Throws SpecError for a name that is no variable
   * name, one the library sets from the image contract (the server kind, the environment, the JVM variables,
   * the engines, the log format), or one the server already has.
   */
  public addEnv(name: string, value: string): void {
    const field = `env.${name}`;
    if (!this.workload) throw this.problem(field, 'an external server has no container in the cluster');
    if (!ENVIRONMENT_VARIABLE_NAME.test(name)) {
      throw this.problem(field, `"${name}" is not an environment variable name (letters, digits and '_', not starting with a digit)`);
    }
    const use = libraryOwnedVariables(this.environment.contract).get(name);
    if (use !== undefined) throw this.problem(field, `${name} is set by the library from ${use} instead`);
    const existing = this.appEnv.find((variable) => variable.name === name);
    if (existing !== undefined) throw this.problem(field, `${name} is already set (to "${existing.value}")`);
    this.appEnv.push({ name, value });
  }

  /**
   * Appends flags to the JVM options variable (JAVA_OPTS) of the server container.
   * Throws SpecError for an external server, which has no container, and for a heap or GC flag the library sets.
   */
  public addJavaOptions(...options: string[]): void {
    const variable = this.appEnv.find((env) => env.name === this.environment.contract.jvm.javaOptsVariable);
    if (!this.workload || !variable) throw this.problem('jvm', 'an external server runs no JVM in the cluster');
    for (const option of options) {
      const owner = libraryOwnedJavaFlag(option);
      if (owner !== undefined) throw this.problem('jvm.extraJavaOptions', `${option} is a heap or GC flag the library sets: ${owner}`);
    }
    (variable as Mutable<k8s.EnvVar>).value = [variable.value, ...options].filter(Boolean).join(' ');
  }

  /**
   * Adds a port to the server container only (not to the Service), e.g. a
   * debug port reached through `kubectl port-forward`.
   */
  public addContainerPort(port: NamedPort): void {
    if (!this.workload) throw this.problem('ports', 'an external server has no container in the cluster');
    if (!CONTAINER_PORT_NAME.test(port.name)) {
      throw this.problem('ports', `"${port.name}" is not a port name (at most 15 lowercase letters, digits and inner '-', with a letter)`);
    }
    if (!Number.isInteger(port.port) || port.port < 1 || port.port > 65535) {
      throw this.problem('ports', `port ${port.name} ${port.port} is not a port number (1 to 65535)`);
    }
    if (this.containerPorts.some((existing) => existing.name === port.name || existing.containerPort === port.port)) {
      throw this.problem('ports', `port ${port.name} ${port.port} clashes with a port the server already has`);
    }
    this.containerPorts.push({ name: port.name, containerPort: port.port, protocol: 'TCP' });
  }

  /**
   * Adds an annotation to the pod template. Throws SpecError for a key that is no annotation key, and for
   * one the library sets (the properties checksum, the log format, the ephemeral-state note).
   */
  public addPodAnnotation(key: string, value: string): void {
    const field = `podAnnotations.${key}`;
    if (!this.workload) throw this.problem(field, 'an external server has no pod in the cluster');
    if (!isLabelKey(key)) {
      throw this.problem(
        field,
        `"${key}" is not an annotation key (an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_', '.')`,
      );
    }
    if ([...RESERVED_POD_ANNOTATIONS, PROPERTIES_CHECKSUM_ANNOTATION, EPHEMERAL_STATE_ANNOTATION].includes(key)) {
      throw this.problem(field, `"${key}" is set by calypso-k8s and cannot be overridden`);
    }
    this.podAnnotations[key] = value;
  }

  /** Sets pod scheduling: node selection, tolerations, affinity, spread and priority. */
  public schedule(
    options: Pick<k8s.PodSpec, 'nodeSelector' | 'tolerations' | 'affinity' | 'topologySpreadConstraints' | 'priorityClassName'>,
  ): void {
    Object.assign(this.podSpec, options);
  }

  /** Leaves `spec.replicas` out of the workload, so an autoscaler owns it. Throws SpecError for a singleton, which runs exactly one pod. */
  public releaseReplicas(): void {
    if (!this.workload) throw this.problem('replicas', 'an external server has no workload in the cluster');
    if (this.resolved.preset.singleton) {
      throw this.problem(
        'replicas',
        `${this.name} is a singleton (exactly one pod); nothing may scale it, so the workload keeps its replica count`,
      );
    }
    delete this.workloadSpec.replicas;
  }

  /**
   * Adds a per-pod volume claim template (StatefulSet only), mounted in the
   * server container. Claims are retained when the StatefulSet is deleted or
   * scaled down, so no data goes with the workload.
   */
  public addVolumeClaimTemplate(claim: k8s.KubePersistentVolumeClaimProps, mount: Omit<k8s.VolumeMount, 'name'>): void {
    if (this.resolved.preset.workload !== 'StatefulSet') {
      throw this.problem('storage', `a ${this.kind} runs as a Deployment; per-pod claims need a StatefulSet`);
    }
    const name = claim.metadata?.name ?? '';
    this.workloadSpec.volumeClaimTemplates = [...(this.workloadSpec.volumeClaimTemplates ?? []), claim];
    this.workloadSpec.persistentVolumeClaimRetentionPolicy = { whenDeleted: 'Retain', whenScaled: 'Retain' };
    // The claim takes the place of the emptyDir of the same name (the state directory's), mount and all.
    const volume = this.volumes.findIndex((existing) => existing.name === name);
    if (volume >= 0) this.volumes.splice(volume, 1);
    if (name === VOLUMES.state) delete this.podAnnotations[EPHEMERAL_STATE_ANNOTATION];
    const existing = this.mounts.findIndex((m) => m.name === name);
    if (existing >= 0) this.mounts.splice(existing, 1, { name, ...mount });
    else this.mounts.push({ name, ...mount });
  }

  /** Metadata for an object of this server. */
  public metadata(name = this.name): k8s.ObjectMeta {
    return { name, labels: { ...this.staticPlan.labels } };
  }

  /** Metadata of the workload: it runs the release, so its version label is the release. */
  private workloadMetadata(): k8s.ObjectMeta {
    return { name: this.name, labels: { ...this.staticPlan.workloadLabels } };
  }

  private problem(field: string, message: string): SpecError {
    return new SpecError([{ environment: this.environment.name, server: this.name, field, message }]);
  }

  private buildPod(containerPorts: k8s.ContainerPort[]): void {
    this.containerPorts.push(...containerPorts);
    const env = this.environment;
    const contract = env.contract;
    const server = this.resolved;
    this.podAnnotations[LOG_FORMAT_ANNOTATION] = serverLogFormat(contract);
    // The debug agent and a CA bundle's truststore are appended to JAVA_OPTS later (enableDebug, addPodOptions).
    this.appEnv.push(...envList(serverEnvironment(contract, env.name, server)));

    const emptyDir = (name: string, sizeLimit: string): k8s.Volume => ({
      name,
      emptyDir: { sizeLimit: k8s.Quantity.fromString(sizeLimit) },
    });
    // The root filesystem is read-only: every path the image contract says this kind writes is a volume.
    const writable = writableVolumes(contract, { ...server, stateStorage: this.staticPlan.stateStorage });
    this.volumes.push(
      emptyDir(VOLUMES.properties, '16Mi'),
      { name: VOLUMES.propertiesSource, configMap: { name: this.staticPlan.objectNames.propertiesConfigMap } },
      ...writable.map(({ name, sizeLimit }) => emptyDir(name, sizeLimit)),
      { name: VOLUMES.databaseCredentials, secret: { secretName: env.databaseSecretName, defaultMode: 0o440 } },
    );
    this.mounts.push(
      { name: VOLUMES.properties, mountPath: contract.properties.directory, readOnly: true },
      ...writable.map(({ name, path }) => ({ name, mountPath: path })),
      { name: VOLUMES.databaseCredentials, mountPath: contract.credentialsDirectory, readOnly: true },
    );
    this.addPodOptions();
    const state = writable.find((volume) => volume.name === VOLUMES.state);
    if (state !== undefined && this.staticPlan.stateStorage?.storageClass === undefined) {
      this.podAnnotations[EPHEMERAL_STATE_ANNOTATION] =
        `${state.path} is an emptyDir: kept across container restarts, emptied when the pod is deleted, evicted or rescheduled`;
    }

    this.initContainers.push({
      name: 'calypso-init',
      image: imageName(env.settings.images.init),
      imagePullPolicy: 'IfNotPresent',
      env: envList({
        [contract.init.sourceVariable]: contract.init.sourceDirectory,
        [contract.init.targetVariable]: contract.properties.directory,
        ...(contract.environmentName.variable ? { [contract.environmentName.variable]: env.name } : {}),
      }),
      resources: INIT_RESOURCES,
      securityContext: restrictedContainerSecurityContext(),
      volumeMounts: [
        { name: VOLUMES.propertiesSource, mountPath: contract.init.sourceDirectory, readOnly: true },
        { name: VOLUMES.properties, mountPath: contract.properties.directory },
        { name: VOLUMES.tmp, mountPath: contract.paths.tmp },
      ],
    });

    const cpu = k8s.Quantity.fromString(formatCpu(server.cpuMillis));
    const memory = k8s.Quantity.fromString(formatMemory(server.memoryBytes));
    Object.assign(this.podSpec, {
      serviceAccountName: this.name,
      automountServiceAccountToken: false,
      enableServiceLinks: false,
      terminationGracePeriodSeconds: server.terminationGracePeriodSeconds,
      securityContext: restrictedPodSecurityContext(contract, server.podSecurity),
      ...(server.imagePullSecrets?.length ? { imagePullSecrets: server.imagePullSecrets.map((name) => ({ name })) } : {}),
      initContainers: this.initContainers,
      containers: [
        {
          name: server.kind,
          image: imageName(env.settings.images.application),
          imagePullPolicy: 'IfNotPresent',
          ports: this.containerPorts,
          env: this.appEnv,
          resources: {
            requests: { cpu, memory },
            limits: { cpu: k8s.Quantity.fromString(formatCpu(server.cpuLimitMillis)), memory },
          },
          ...serverProbes(contract, server.startupBudgetSeconds, this.checkedProbeOverrides()),
          lifecycle: { preStop: { exec: { command: [...contract.preStopCommand] } } },
          securityContext: restrictedContainerSecurityContext(),
          volumeMounts: this.mounts,
        },
        ...this.sidecarContainers(),
      ],
      volumes: this.volumes,
    });
  }

  /**
   * The typed escape hatches of the options (pod-options-spec.ts) that add
   * volumes, mounts, JVM flags and pod metadata. Their shapes and rules were
   * checked when the server was resolved; what needs the pod (volume and
   * path clashes) is checked here.
   */
  private addPodOptions(): void {
    const server = this.resolved;
    const taken = (name: string): boolean => this.volumes.some((volume) => volume.name === name);
    const pathTaken = (path: string): boolean => this.mounts.some((mount) => mount.mountPath === path);
    (server.volumes ?? []).forEach((extra, index) => {
      if (taken(extra.name)) throw this.problem(`volumes[${index}].name`, `the library's own volume has that name ("${extra.name}")`);
      if (pathTaken(extra.mountPath))
        throw this.problem(`volumes[${index}].mountPath`, `another volume is mounted there ("${extra.mountPath}")`);
      const source: Omit<k8s.Volume, 'name'> =
        extra.configMap !== undefined
          ? { configMap: { name: extra.configMap } }
          : extra.secret !== undefined
            ? { secret: { secretName: extra.secret } }
            : extra.persistentVolumeClaim !== undefined
              ? { persistentVolumeClaim: { claimName: extra.persistentVolumeClaim } }
              : { emptyDir: { sizeLimit: k8s.Quantity.fromString(extra.emptyDir!) } };
      const readOnly = extra.readOnly ?? (extra.configMap !== undefined || extra.secret !== undefined);
      this.volumes.push({ name: extra.name, ...source });
      this.mounts.push({ name: extra.name, mountPath: extra.mountPath, readOnly });
    });

    const ca = server.caBundle;
    if (ca !== undefined) {
      const key = ca.key ?? DEFAULT_CA_BUNDLE_KEY;
      const directory = ca.mountPath ?? DEFAULT_CA_BUNDLE_PATH;
      if (taken(CA_BUNDLE_VOLUME)) throw this.problem('caBundle', `a volume is already named "${CA_BUNDLE_VOLUME}"`);
      if (pathTaken(directory)) throw this.problem('caBundle.mountPath', `another volume is mounted there ("${directory}")`);
      const items = [{ key, path: key }];
      this.volumes.push({
        name: CA_BUNDLE_VOLUME,
        ...(ca.configMap !== undefined ? { configMap: { name: ca.configMap, items } } : { secret: { secretName: ca.secret, items } }),
      });
      this.mounts.push({ name: CA_BUNDLE_VOLUME, mountPath: directory, readOnly: true });
      if (ca.jvmTruststoreType !== undefined) {
        const javaOpts = this.appEnv.find((env) => env.name === this.environment.contract.jvm.javaOptsVariable) as Mutable<k8s.EnvVar>;
        const flags = [`-Djavax.net.ssl.trustStore=${directory}/${key}`, `-Djavax.net.ssl.trustStoreType=${ca.jvmTruststoreType}`];
        javaOpts.value = [javaOpts.value, ...flags].filter(Boolean).join(' ');
      }
    }
    Object.assign(this.podAnnotations, server.podAnnotations ?? {});
  }

  /** The probe overrides, with each port checked against the server's own ports (a probe never asks another server). */
  private checkedProbeOverrides(): ProbeOverrides {
    const overrides = this.resolved.probes ?? {};
    for (const probe of ['startup', 'readiness', 'liveness'] as const) {
      const port = overrides[probe]?.port;
      if (port !== undefined && !this.ports.some((own) => own.name === port)) {
        throw this.problem(
          `probes.${probe}.port`,
          `is not a port of this server (it has: ${this.ports.map((p) => p.name).join(', ')}) ("${port}")`,
        );
      }
    }
    return overrides;
  }

  /** The sidecars of the options, each with the restricted security context of every container. */
  private sidecarContainers(): k8s.Container[] {
    return (this.resolved.sidecars ?? []).map((sidecar, index) => {
      (sidecar.volumeMounts ?? []).forEach((mount, m) => {
        if (!this.volumes.some((volume) => volume.name === mount.name)) {
          throw this.problem(`sidecars[${index}].volumeMounts[${m}].name`, `no volume of the pod has that name ("${mount.name}")`);
        }
      });
      const cpu = k8s.Quantity.fromString(sidecar.cpu);
      const memory = k8s.Quantity.fromString(sidecar.memory);
      return {
        name: sidecar.name,
        image: sidecar.image,
        imagePullPolicy: 'IfNotPresent',
        ...(sidecar.command ? { command: [...sidecar.command] } : {}),
        ...(sidecar.args ? { args: [...sidecar.args] } : {}),
        ...(sidecar.env ? { env: envList(sidecar.env) } : {}),
        resources: { requests: { cpu, memory }, limits: { cpu, memory } },
        securityContext: restrictedContainerSecurityContext(),
        ...(sidecar.volumeMounts ? { volumeMounts: sidecar.volumeMounts.map((mount) => ({ ...mount })) } : {}),
      };
    });
  }

  private waitContainer(): k8s.Container {
    const env = this.environment;
    const contract = env.contract;
    // Lazy: for a server composed by hand, dependencies (and theirs) may still be declared after this call.
    const targets = Lazy.any({ produce: () => this.plan.waitTargets.join(',') });
    const timeout = Lazy.any({ produce: () => String(this.waitTimeoutSeconds()) });
    return {
      name: 'calypso-dependency-wait',
      image: imageName(env.settings.images.dependencyWait),
      imagePullPolicy: 'IfNotPresent',
      env: [
        { name: contract.dependencyWait.targetsVariable, value: targets as unknown as string },
        { name: contract.dependencyWait.timeoutVariable, value: timeout as unknown as string },
      ],
      resources: WAIT_RESOURCES,
      securityContext: restrictedContainerSecurityContext(),
      volumeMounts: [{ name: VOLUMES.tmp, mountPath: contract.paths.tmp }],
    };
  }

  /** Seconds to wait for the dependencies: the slowest chain of startups below this server, plus a margin. */
  public waitTimeoutSeconds(): number {
    const plan = this.plan;
    // A spec's servers were checked when it was resolved; a server composed by hand learns its dependencies only once declared.
    const explicit = this.resolved.waitTimeoutSeconds;
    if (this.environment.resolved === undefined && explicit !== undefined) {
      const graph = this.environment.graph;
      const edges = new Map(graph.nodes.map((node) => [node, graph.dependenciesOf(node)]));
      const problem = waitTimeoutProblem(this.name, explicit, edges, (node) => this.environment.startupBudget(node));
      if (problem !== undefined) throw this.problem('waitTimeoutSeconds', problem);
    }
    return plan.waitTimeoutSeconds;
  }

  private buildWorkload(): ApiObject {
    const server = this.resolved;
    // With an autoscaler (planned), the workload leaves the replica count to it.
    if (this.staticPlan.autoscaling === undefined) this.workloadSpec.replicas = server.replicas;
    const template: k8s.PodTemplateSpec = {
      metadata: { labels: { ...this.resolved.podLabels, ...this.staticPlan.workloadLabels }, annotations: this.podAnnotations },
      spec: this.podSpec,
    };
    const selector = { matchLabels: this.selector };
    const rollout = this.staticPlan.rollout;
    if (rollout !== undefined) {
      // A canary: an Argo Rollouts Rollout of the same name, pod template and selector in place of the Deployment.
      this.canary = new CalypsoCanaryRollout(this, 'Canary', {
        name: this.name,
        namespace: this.environment.namespace,
        metadata: this.workloadMetadata(),
        analysisLabels: this.metadata().labels ?? {},
        selector: this.selector,
        template,
        replicas: this.workloadSpec,
        progressDeadlineSeconds: Lazy.any({ produce: () => this.plan.progressDeadlineSeconds }) as unknown as number,
        rollout,
        jvmMetrics: this.environment.contract.micrometerJvmMetrics,
      });
      return this.canary.rollout;
    }
    if (server.preset.workload === 'StatefulSet') {
      // A StatefulSet never runs two pods of one identity: a singleton rolls like Recreate.
      return new k8s.KubeStatefulSet(this, 'Workload', {
        metadata: this.workloadMetadata(),
        spec: Object.assign(this.workloadSpec, {
          // The headless Service gives the pod its DNS name <pod>.<service>.<namespace>.svc.
          serviceName: this.staticPlan.objectNames.headlessService ?? this.name,
          selector,
          podManagementPolicy: 'OrderedReady',
          updateStrategy: { type: 'RollingUpdate' },
          revisionHistoryLimit: 5,
          template,
        }),
      });
    }
    return new k8s.KubeDeployment(this, 'Workload', {
      metadata: this.workloadMetadata(),
      spec: Object.assign(this.workloadSpec, {
        selector,
        strategy: server.preset.singleton
          ? { type: 'Recreate' }
          : // Keep full capacity while a slow JVM starts: add one, then remove one.
            {
              type: 'RollingUpdate',
              rollingUpdate: { maxSurge: k8s.IntOrString.fromNumber(1), maxUnavailable: k8s.IntOrString.fromNumber(0) },
            },
        revisionHistoryLimit: 5,
        // Rollouts wait for dependencies and a slow start before they count as stuck.
        progressDeadlineSeconds: Lazy.any({ produce: () => this.plan.progressDeadlineSeconds }) as unknown as number,
        template,
      }),
    });
  }
}
