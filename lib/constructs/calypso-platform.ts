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
import * as k8s from 'cdk8s-plus-27/lib/imports/k8s';
import { Construct } from 'constructs';
import { CalypsoEnvironment } from './calypso-environment';
import { CalypsoMonitoring } from './calypso-monitoring';
import { EVENT_EXPORTER_NAME } from '../model/monitoring-spec';
import { CalypsoServer } from './calypso-server';
import { CalypsoDatabaseJobs } from './database-jobs';
import { DATABASE_JOBS_COMPONENT } from '../model/database-jobs-spec';
import { CalypsoExternalSecret } from './external-secret';
import { CalypsoAccessControl } from './access-control';
import { CalypsoCredentials } from './credentials';
import { enableDebug } from './debug-mode';
import { CalypsoNetworkPolicies } from './network-policies';
import { resolveEnvironmentSpec, type EnvironmentSpec, type ResolvedEnvironmentSpec } from '../model/environment-spec';
import { addHighAvailability } from './high-availability';
import { assignSyncWavesAtSynthesis } from './sync-waves';

/** Pod Security Standard version the namespace enforces (the cluster's minor version). */
export const POD_SECURITY_VERSION = 'v1.27';

/** Props of a CalypsoPlatform. */
export interface CalypsoPlatformProps {
  /** The environment to build. */
  readonly spec: EnvironmentSpec;
}

/** A whole Calypso environment. */
export class CalypsoPlatform extends Construct {
  public readonly environment: CalypsoEnvironment;
  /** The spec with defaults applied and dependencies resolved. */
  public readonly resolvedSpec: ResolvedEnvironmentSpec;
  /** Cluster-scoped objects (the Namespace); no namespace is stamped on them. */
  public readonly clusterChart: Chart;
  /** Every namespaced object of the environment. */
  public readonly chart: Chart;
  /** The servers by name, in spec order. */
  public readonly servers: ReadonlyMap<string, CalypsoServer>;
  /** Default-deny and the allow rules derived from the dependency graph and the spec. */
  public readonly networkPolicies: CalypsoNetworkPolicies;

  /** Throws SpecError listing every problem with the spec before building anything. */
  public constructor(scope: Construct, id: string, props: CalypsoPlatformProps) {
    super(scope, id);
    this.resolvedSpec = resolveEnvironmentSpec(props.spec);
    this.environment = new CalypsoEnvironment(props.spec);
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
    const credentials = props.spec.database.credentials;
    new CalypsoExternalSecret(this.chart, 'DatabaseCredentials', {
      environment: env,
      name: env.databaseSecretName,
      component: 'database',
      store: props.spec.secretStore,
      data: { username: credentials.username, password: credentials.password },
    });
    const servers = new Map<string, CalypsoServer>();
    for (const { dependsOn: _declared, ...options } of props.spec.servers) {
      const server = new CalypsoServer(this.chart, options.name ?? options.kind, { ...options, environment: env });
      servers.set(server.name, server);
    }
    this.servers = servers;
    for (const [name, dependencies] of this.resolvedSpec.dependencies) {
      servers.get(name)?.dependsOn(...dependencies.map((dep) => servers.get(dep) as CalypsoServer));
    }
    addHighAvailability(this);
    // Security: credentials, debug mode, network policies from the graph, people's access.
    new CalypsoCredentials(this.chart, 'Credentials', { environment: env, servers: [...servers.values()] });
    for (const name of props.spec.debug?.servers ?? []) enableDebug(servers.get(name) as CalypsoServer, props.spec.debug?.port);
    this.networkPolicies = new CalypsoNetworkPolicies(this.chart, 'NetworkPolicies', { environment: env, servers: [...servers.values()] });
    new CalypsoAccessControl(this.chart, 'AccessControl', { environment: env, access: props.spec.access });
    if (props.spec.monitoring) {
      new CalypsoMonitoring(this.chart, 'Monitoring', {
        environment: env,
        monitoring: props.spec.monitoring,
        servers: [...servers.values()],
      });
      if (props.spec.monitoring.eventExporter) this.networkPolicies.allowApiServer(EVENT_EXPORTER_NAME);
    }
    if (props.spec.databaseJobs) {
      new CalypsoDatabaseJobs(this.chart, 'DatabaseJobs', { environment: env, jobs: props.spec.databaseJobs });
      this.networkPolicies.allowDatabase(DATABASE_JOBS_COMPONENT);
    }
    assignSyncWavesAtSynthesis(this);
  }
}
