/**
 * CalypsoPlatform: one whole Calypso environment from its spec: the
 * namespace (in a chart of its own, because a chart stamps its namespace on
 * every object in it) and every server with its dependencies.
 */
import { Chart } from 'cdk8s';
import * as k8s from 'cdk8s-plus-27/lib/imports/k8s';
import { Construct } from 'constructs';
import { CalypsoEnvironment } from './calypso-environment';
import { CalypsoServer } from './calypso-server';
import { CalypsoDatabaseJobs } from './database-jobs';
import { CalypsoExternalSecret } from './external-secret';
import { resolveEnvironmentSpec, type EnvironmentSpec, type ResolvedEnvironmentSpec } from './environment-spec';
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
    if (props.spec.databaseJobs) new CalypsoDatabaseJobs(this.chart, 'DatabaseJobs', { environment: env, jobs: props.spec.databaseJobs });
    assignSyncWavesAtSynthesis(this);
  }
}
