/**
 * CalypsoPlatform: one whole Calypso environment from its spec: the
 * namespace (in a chart of its own, because a chart stamps its namespace on
 * every object in it), the database credentials, every server with its
 * dependencies, then what the spec asks for around them: high availability
 * (autoscalers, budgets, placement, storage, ingress), security (network
 * policies, access, credentials, debug mode), monitoring, database jobs and
 * the sync waves.
 */
import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { CalypsoEnvironment } from './calypso-environment';
import { CalypsoMonitoring } from './calypso-monitoring';
import { EVENT_EXPORTER_NAME } from '../model/monitoring-spec';
import { CalypsoServer } from './calypso-server';
import { CalypsoDatabaseJobs } from './database-jobs';
import { DATABASE_JOBS_COMPONENT, STOP_SERVERS_COMPONENT } from '../model/database-jobs-spec';
import { CalypsoExternalSecret } from './external-secret';
import { CalypsoAccessControl } from './access-control';
import { CalypsoCredentials } from './credentials';
import { enableDebug } from './debug-mode';
import { CalypsoNetworkPolicies } from './network-policies';
import type { EnvironmentSpec, ResolvedEnvironmentSpec } from '../model/environment-spec';
import { addHighAvailability, addServerHighAvailability } from './high-availability';
import { resolveEnvironment, type ResolvedEnvironment } from '../model/resolved-environment';
import { serverSpecName, type ServerSpec } from '../model/server-spec';
import { CalypsoSharedFiles } from './storage';
import { assignSyncWavesAtSynthesis } from './sync-waves';
import { POD_SECURITY_ADMISSION_VERSION } from '../model/kubernetes-versions';
import { SpecError } from '../model/errors';

/** Pod Security Standard version the namespace enforces: the oldest supported Kubernetes minor (see kubernetes-versions.ts). */
export const POD_SECURITY_VERSION = POD_SECURITY_ADMISSION_VERSION;

/** Props of a CalypsoPlatform: the environment's spec, or the environment already resolved from it. */
export interface CalypsoPlatformProps {
  /**
   * The environment to build; resolved (and so checked) here.
   * @default - `resolved` must be given
   */
  readonly spec?: EnvironmentSpec;
  /**
   * The environment to build, already resolved (`resolveEnvironment`); nothing is resolved or checked again.
   * @default - resolved from `spec`
   */
  readonly resolved?: ResolvedEnvironment;
}

/** A whole Calypso environment. */
export class CalypsoPlatform extends Construct {
  public readonly environment: CalypsoEnvironment;
  /** The environment, resolved once: every construct of the platform is built from it. */
  public readonly resolved: ResolvedEnvironment;
  /** Cluster-scoped objects (the Namespace); no namespace is stamped on them. */
  public readonly clusterChart: Chart;
  /** Every namespaced object of the environment. */
  public readonly chart: Chart;
  /**
   * The servers by name, in spec order, then those added later: by `addServer` at once, those
   * composed by hand in this environment (`new CalypsoServer(…, { environment: platform.environment })`) at synthesis.
   */
  public readonly servers: ReadonlyMap<string, CalypsoServer>;
  /** Default-deny and the allow rules derived from the dependency graph and the spec. */
  public readonly networkPolicies: CalypsoNetworkPolicies;
  /** The observability objects, when the spec has `monitoring`. */
  public readonly monitoring?: CalypsoMonitoring;
  private readonly serversByName: Map<string, CalypsoServer>;
  private readonly credentials: CalypsoCredentials;
  /** Specs of the servers added by `addServer`, resolved with the spec's each time one is added. */
  private readonly addedSpecs: ServerSpec[] = [];
  /** Servers whose platform objects (policies, budget, monitor, …) are built; the others are taken in at synthesis. */
  private readonly takenIn = new Set<CalypsoServer>();

  /** Throws SpecError listing every problem with the spec before building anything. */
  public constructor(scope: Construct, id: string, props: CalypsoPlatformProps) {
    super(scope, id);
    if ((props.spec === undefined) === (props.resolved === undefined)) {
      throw new Error(`CalypsoPlatform ${id}: give either spec or resolved`);
    }
    const resolved = props.resolved ?? resolveEnvironment(props.spec as EnvironmentSpec);
    this.resolved = resolved;
    const spec = resolved.spec;
    this.environment = new CalypsoEnvironment(resolved);
    const env = this.environment;

    this.clusterChart = new Chart(this, 'Cluster');
    new k8s.KubeNamespace(this.clusterChart, 'Namespace', {
      metadata: {
        name: env.namespace,
        labels: {
          ...env.labels('namespace', 'platform'),
          'pod-security.kubernetes.io/enforce': 'restricted',
          'pod-security.kubernetes.io/enforce-version': POD_SECURITY_VERSION,
          'pod-security.kubernetes.io/audit': 'restricted',
          'pod-security.kubernetes.io/audit-version': POD_SECURITY_VERSION,
          'pod-security.kubernetes.io/warn': 'restricted',
          'pod-security.kubernetes.io/warn-version': POD_SECURITY_VERSION,
        },
      },
    });

    this.chart = new Chart(this, 'Namespaced', { namespace: env.namespace });
    const credentials = spec.database.credentials;
    new CalypsoExternalSecret(this.chart, 'DatabaseCredentials', {
      environment: env,
      name: env.databaseSecretName,
      component: 'database',
      store: spec.secretStore,
      data: { username: credentials.username, password: credentials.password },
    });
    // Each server from its plan: dependencies, waits and waves are already resolved.
    const servers = new Map(
      resolved.servers.map((plan) => [plan.name, new CalypsoServer(this.chart, plan.name, { environment: env, plan })]),
    );
    this.servers = servers;
    this.serversByName = servers;
    for (const server of servers.values()) this.takenIn.add(server);
    addHighAvailability(this);
    // Security: credentials, debug mode, network policies from the graph, people's access.
    this.credentials = new CalypsoCredentials(this.chart, 'Credentials', { environment: env, servers: [...servers.values()] });
    for (const plan of resolved.servers)
      if (plan.debugPort !== undefined) enableDebug(servers.get(plan.name) as CalypsoServer, plan.debugPort);
    this.networkPolicies = new CalypsoNetworkPolicies(this.chart, 'NetworkPolicies', { environment: env, servers: [...servers.values()] });
    new CalypsoAccessControl(this.chart, 'AccessControl', {
      environment: env,
      access: spec.access,
      telepresence: spec.debug?.telepresence,
    });
    if (spec.monitoring) {
      this.monitoring = new CalypsoMonitoring(this.chart, 'Monitoring', {
        environment: env,
        monitoring: spec.monitoring,
        servers: [...servers.values()],
      });
      if (spec.monitoring.eventExporter) this.networkPolicies.allowApiServer(EVENT_EXPORTER_NAME);
    }
    if (spec.databaseJobs) {
      new CalypsoDatabaseJobs(this.chart, 'DatabaseJobs', { environment: env, jobs: spec.databaseJobs });
      this.networkPolicies.allowDatabase(DATABASE_JOBS_COMPONENT);
      if (resolved.stopServers !== undefined) this.networkPolicies.allowApiServer(STOP_SERVERS_COMPONENT);
    }
    // Servers added after this point get what the spec's got, once their dependencies are declared: at synthesis,
    // before the waves are assigned (validations run in the order they were added).
    this.node.addValidation({
      validate: () => {
        this.takeInAddedServers();
        return [];
      },
    });
    assignSyncWavesAtSynthesis(this);
  }

  /**
   * Adds a server to the environment as if the spec declared it: checked by the same schema and rules
   * (names, library-owned fields, engines), its dependencies by kind unless it names them in `dependsOn`,
   * and at synthesis everything a spec's server gets: its network policy and admission by the servers it
   * depends on, database egress, priority class, sync wave, disruption budget, ServiceMonitor and alerts.
   * Throws SpecError naming the environment, the server and the field.
   */
  public addServer(spec: ServerSpec): CalypsoServer {
    const resolved = resolveEnvironment({ ...this.resolved.spec, servers: [...this.resolved.spec.servers, ...this.addedSpecs, spec] });
    const name = serverSpecName(spec);
    // Servers already built keep their dependencies: a server their kind depends on (a read-only Dataserver for
    // the calculation servers) belongs in the spec, where every server that waits for it is planned with it.
    const changed = [...resolved.dependencies].filter(
      ([server, dependencies]) =>
        server !== name &&
        this.environment.graph.has(server) &&
        [...dependencies].sort().join() !== this.environment.graph.dependenciesOf(server).join(),
    );
    if (changed.length > 0) {
      throw new SpecError([
        {
          environment: this.environment.name,
          server: name,
          field: 'kind',
          message: `${changed.map(([server]) => server).join(', ')} would depend on it by kind, but are built already; declare ${name} in the spec instead`,
        },
      ]);
    }
    const plan = resolved.serversByName.get(name);
    if (plan === undefined) throw new Error(`CalypsoPlatform: server ${name} was not resolved`);
    const server = new CalypsoServer(this.chart, name, { environment: this.environment, plan });
    for (const dependency of plan.dependencies) this.environment.graph.addDependency(name, dependency);
    this.addedSpecs.push(spec);
    this.serversByName.set(name, server);
    return server;
  }

  /**
   * Servers of this environment built in another chart: their objects get sync waves too.
   * @internal
   */
  public serversElsewhere(): readonly CalypsoServer[] {
    return [...this.serversByName.values()].filter((server) => !server.node.scopes.includes(this));
  }

  /** Gives every server added after the platform was built what a spec's server gets, from its plan as the graph has it now. */
  private takeInAddedServers(): void {
    const added = this.environment.serverConstructs.filter(
      (construct): construct is CalypsoServer => construct instanceof CalypsoServer && !this.takenIn.has(construct),
    );
    if (added.length === 0) return;
    const sharedFiles = this.chart.node.tryFindChild('SharedFiles');
    for (const server of added) {
      this.takenIn.add(server);
      this.serversByName.set(server.name, server);
      addServerHighAvailability(this, server, server.plan, sharedFiles instanceof CalypsoSharedFiles ? sharedFiles : undefined);
      this.credentials.addServer(server);
    }
    this.networkPolicies.addServers(added);
    for (const server of added) this.monitoring?.addServer(server);
  }

  /**
   * The spec with defaults applied and dependencies resolved.
   * @deprecated read `resolved`, which holds the same and everything derived from it
   */
  public get resolvedSpec(): ResolvedEnvironmentSpec {
    return this.resolved;
  }
}
