/**
 * The alerts of one environment, as a PrometheusRule: the golden signals a
 * platform team can act on (a server unavailable or degraded, containers
 * restarting, pods stuck pending, an autoscaler at its maximum, a JVM out of
 * heap, metrics gone). Every expression is scoped to the environment's
 * namespace; every alert carries a severity (graded by tier), the
 * environment and the server as labels, and a link to its runbook in
 * `docs/runbooks/`.
 *
 * Workload and pod state come from kube-state-metrics (a canary server's
 * Rollout from the Argo Rollouts controller's metrics); JVM state from the
 * servers' own metrics endpoint (image contract `micrometerJvmMetrics`).
 * Request latency and error rates are left out: Calypso's client protocols
 * are not known to be instrumented, so such alerts would never fire.
 */
import { Construct } from 'constructs';
import * as prom from '../../imports/monitoring.coreos.com';
import type { CalypsoEnvironment } from './calypso-environment';
import type { CalypsoServer } from './calypso-server';
import {
  alertSeverities,
  DEFAULT_CERTIFICATE_EXPIRY,
  JVM_HEAP_THRESHOLD,
  runbookBase,
  type AlertImpact,
  type MonitoringSpec,
} from '../model/monitoring-spec';

// The heap threshold is the model's: the canary analysis (canary-rollout.ts) uses it too.
export { JVM_HEAP_THRESHOLD } from '../model/monitoring-spec';

/** Where the runbooks live in this repository, one `<Alert>.md` per alert. */
export const RUNBOOK_DIRECTORY = 'docs/runbooks';

/** Every alert this library defines. */
export const ALERTS = [
  'CalypsoServerUnavailable',
  'CalypsoServerDegraded',
  'CalypsoContainerRestarted',
  'CalypsoPodPending',
  'CalypsoAutoscalerAtMaximum',
  'CalypsoJvmHeapHigh',
  'CalypsoMetricsDown',
  'CalypsoDependencyDown',
  'CalypsoExternalSecretNotSynced',
  'CalypsoCertificateExpiring',
] as const;
export type AlertName = (typeof ALERTS)[number];

/**
 * Runbooks of procedures rather than alerts, in the same folder: what to do when the Dataserver
 * restarts or fails over, and when the Eventserver's node is lost. CalypsoDependencyDown links them.
 */
export const PROCEDURE_RUNBOOKS = ['ArgoCDSyncStuck', 'DataserverFailover', 'EventserverNodeLoss', 'release-upgrade-failed'] as const;

/** Name of the dependency-wait init container (calypso-server.ts); a pod in it is waiting, not stuck. */
export const DEPENDENCY_WAIT_CONTAINER = 'calypso-dependency-wait';
/** Minutes added to a server's startup budget before "not available" is an alert: image pull and scheduling. */
export const UNAVAILABLE_MARGIN_MINUTES = 5;

/**
 * Pod name to server name: a Deployment's pods are `<server>-<replicaset hash>-<5 characters>`,
 * a StatefulSet's `<server>-<ordinal>`. The shortest prefix that leaves one of those wins.
 */
export const POD_TO_SERVER_REGEX = '(.+?)-(?:[a-z0-9]{5,10}-[a-z0-9]{5}|[0-9]+)';

/** Path of an alert's runbook inside the repository. */
export function runbookPath(alert: AlertName): string {
  return `${RUNBOOK_DIRECTORY}/${alert}.md`;
}

/** One alerting rule, before severity and links are added. */
interface AlertDefinition {
  readonly alert: AlertName;
  readonly impact: AlertImpact;
  readonly expr: string;
  readonly for?: string;
  readonly summary: string;
  readonly description: string;
  /** The server, for rules about one server. */
  readonly server?: string;
  /** The server it depends on, for rules about one dependency edge. */
  readonly dependency?: string;
}

const quote = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** PromQL builder for one namespace: every selector it makes carries the namespace matcher. */
class Selectors {
  public constructor(private readonly namespace: string) {}

  public select(metric: string, matchers: Readonly<Record<string, string>> = {}): string {
    const all = { namespace: this.namespace, ...matchers };
    return `${metric}{${Object.entries(all)
      .map(([label, value]) => `${label}=${quote(value)}`)
      .join(', ')}}`;
  }

  /** Ready (StatefulSet) or available (Deployment, Rollout) replicas of a server, and how many it should have. */
  public replicas(server: CalypsoServer): { available: string; desired: string } {
    if (server.plan.workloadKind === 'Rollout') {
      // kube-state-metrics knows no Rollouts: the Argo Rollouts controller's own metrics (add-on argoRollouts) say it.
      return {
        available: this.select('rollout_info_replicas_available', { name: server.name }),
        desired: this.select('rollout_info_replicas_desired', { name: server.name }),
      };
    }
    if (server.resolved.preset.workload === 'StatefulSet') {
      return {
        available: this.select('kube_statefulset_status_replicas_ready', { statefulset: server.name }),
        desired: this.select('kube_statefulset_replicas', { statefulset: server.name }),
      };
    }
    return {
      available: this.select('kube_deployment_status_replicas_available', { deployment: server.name }),
      desired: this.select('kube_deployment_spec_replicas', { deployment: server.name }),
    };
  }
}

/** Adds a `server` label taken from another label, for rules that cover the whole namespace. */
function withServerLabel(expr: string, from: 'pod' | 'service' | 'horizontalpodautoscaler'): string {
  const regex = from === 'pod' ? POD_TO_SERVER_REGEX : '(.+)';
  return `label_replace(\n  ${expr.replace(/\n/g, '\n  ')},\n  "server", "$1", ${quote(from)}, ${quote(regex)}\n)`;
}

function minutes(seconds: number): string {
  return `${Math.ceil(seconds / 60)}m`;
}

/** The rules about one server's availability. */
function serverAlerts(
  environment: CalypsoEnvironment,
  server: CalypsoServer,
  inCluster: ReadonlyMap<string, CalypsoServer>,
  monitoring: MonitoringSpec,
): AlertDefinition[] {
  const q = new Selectors(environment.namespace);
  const { available, desired } = q.replicas(server);
  const env = environment.name;
  // A server waiting for an unavailable dependency is not the problem: alert on the root cause only.
  // The dependency-wait container polls the dependencies' readiness, so "none available" is what holds it back.
  const dependencies = server.dependencies.map((name) => inCluster.get(name)).filter((dep): dep is CalypsoServer => dep !== undefined);
  const blocked = dependencies.map((dep) => `${q.replicas(dep).available} == 0`);
  const unavailable = `(${available} == 0 and ${desired} > 0)`;
  const budget = server.resolved.startupBudgetSeconds;
  const holdFor = minutes(budget + UNAVAILABLE_MARGIN_MINUTES * 60);
  const alerts: AlertDefinition[] = [
    {
      alert: 'CalypsoServerUnavailable',
      impact: 'page',
      server: server.name,
      expr: blocked.length === 0 ? unavailable : `${unavailable}\nunless on (namespace)\n(\n  ${blocked.join('\n  or\n  ')}\n)`,
      for: holdFor,
      summary: `[${env}] ${server.name} is unavailable: no replica is ready`,
      description:
        `${server.name} (${server.kind}) in environment ${env} (namespace ${environment.namespace}) has had no ready replica for ${holdFor}, ` +
        `longer than its startup budget of ${budget}s, while the servers it depends on` +
        (dependencies.length === 0 ? ' (none)' : ` (${dependencies.map((dep) => dep.name).join(', ')})`) +
        ' are available. Servers that depend on it wait or fail until it is back.',
    },
  ];
  if (server.resolved.preset.scalable || server.resolved.replicas > 1) {
    alerts.push({
      alert: 'CalypsoServerDegraded',
      impact: 'ticket',
      server: server.name,
      expr: `(${available} < ${desired})\nand\n(${available} > 0)`,
      for: holdFor,
      summary: `[${env}] ${server.name} runs with fewer replicas than it should`,
      description:
        `${server.name} (${server.kind}) in environment ${env} has had {{ $value }} replica(s) available for ${holdFor}, ` +
        'fewer than desired: it serves with reduced capacity and no redundancy margin.',
    });
  }
  alerts.push(...dependencyAlerts(environment, server, dependencies, monitoring));
  return alerts;
}

/**
 * One rule per dependency edge: the dependency has had no ready replica for longer than a normal
 * restart, while this server should run. The dependency wait runs only at pod start, so this is
 * what tells that a running server lost the server it needs (its readiness drops with the
 * connection, image contract `health.readinessIncludesDependencies`; its liveness does not).
 */
function dependencyAlerts(
  environment: CalypsoEnvironment,
  server: CalypsoServer,
  dependencies: readonly CalypsoServer[],
  monitoring: MonitoringSpec,
): AlertDefinition[] {
  const q = new Selectors(environment.namespace);
  const env = environment.name;
  const readiness = environment.contract.health.readinessIncludesDependencies
    ? `its pods report not ready until the connection is back (readiness includes it) but are not restarted (liveness does not)`
    : 'its readiness does not show the lost connection (image contract), so it may look healthy while it cannot work';
  return dependencies.map((dependency) => {
    const holdFor = monitoring.dependencyDownFor ?? minutes(dependency.resolved.startupBudgetSeconds + UNAVAILABLE_MARGIN_MINUTES * 60);
    const down = q.replicas(dependency);
    return {
      alert: 'CalypsoDependencyDown',
      impact: 'ticket',
      server: server.name,
      dependency: dependency.name,
      expr: `(${down.available} == 0 and ${down.desired} > 0)\nand on (namespace)\n(${q.replicas(server).desired} > 0)`,
      for: holdFor,
      summary: `[${env}] ${server.name} has been without ${dependency.name} for ${holdFor}`,
      description:
        `${dependency.name}, which ${server.name} depends on, has had no ready replica for ${holdFor} in environment ${env} ` +
        `(longer than its startup budget of ${dependency.resolved.startupBudgetSeconds}s): ${server.name} cannot do its work; ${readiness}. ` +
        `When ${dependency.name} is back, ${server.name} must reconnect by itself; if it stays not ready, CalypsoServerUnavailable follows.`,
    };
  });
}

/** The rules that cover every pod of the namespace. */
function podAlerts(environment: CalypsoEnvironment): AlertDefinition[] {
  const q = new Selectors(environment.namespace);
  const env = environment.name;
  return [
    {
      alert: 'CalypsoContainerRestarted',
      impact: 'ticket',
      expr: withServerLabel(`increase(${q.select('kube_pod_container_status_restarts_total')}[30m]) > 0`, 'pod'),
      summary: `[${env}] {{ $labels.server }}: container {{ $labels.container }} of pod {{ $labels.pod }} restarted`,
      description:
        `Container {{ $labels.container }} of pod {{ $labels.pod }} (server {{ $labels.server }}, environment ${env}) restarted ` +
        '{{ $value | humanize }} time(s) in the last 30 minutes. A JVM restart loses in-flight work and takes the server away for its startup time.',
    },
    {
      alert: 'CalypsoPodPending',
      impact: 'ticket',
      expr: withServerLabel(
        `(${q.select('kube_pod_status_phase', { phase: 'Pending' })} == 1)\nunless on (namespace, pod)\n` +
          `(${q.select('kube_pod_init_container_status_running', { container: DEPENDENCY_WAIT_CONTAINER })} == 1)`,
        'pod',
      ),
      for: '15m',
      summary: `[${env}] {{ $labels.server }}: pod {{ $labels.pod }} has been pending for 15 minutes`,
      description:
        `Pod {{ $labels.pod }} (server {{ $labels.server }}, environment ${env}) has been Pending for 15 minutes without waiting for its ` +
        'dependencies: it cannot be scheduled, its image cannot be pulled, or an init container keeps failing.',
    },
    {
      alert: 'CalypsoAutoscalerAtMaximum',
      impact: 'ticket',
      expr: withServerLabel(
        `(${q.select('kube_horizontalpodautoscaler_status_current_replicas')} >= ${q.select('kube_horizontalpodautoscaler_spec_max_replicas')})\n` +
          'unless on (namespace, horizontalpodautoscaler)\n' +
          `(${q.select('kube_horizontalpodautoscaler_spec_max_replicas')} == ${q.select('kube_horizontalpodautoscaler_spec_min_replicas')})`,
        'horizontalpodautoscaler',
      ),
      for: '15m',
      summary: `[${env}] {{ $labels.server }} has run at its autoscaler's maximum for 15 minutes`,
      description:
        `The HorizontalPodAutoscaler {{ $labels.horizontalpodautoscaler }} in environment ${env} has held {{ $value }} replicas, its maximum, ` +
        'for 15 minutes: load beyond this is not absorbed, and latency or queues grow.',
    },
  ];
}

/** The rules on the servers' own metrics. */
function metricsAlerts(environment: CalypsoEnvironment, monitored: boolean): AlertDefinition[] {
  const q = new Selectors(environment.namespace);
  const env = environment.name;
  const alerts: AlertDefinition[] = [];
  if (environment.contract.micrometerJvmMetrics) {
    const bySeries = 'sum by (namespace, service, pod)';
    alerts.push({
      alert: 'CalypsoJvmHeapHigh',
      impact: 'ticket',
      expr: withServerLabel(
        `${bySeries} (${q.select('jvm_memory_used_bytes', { area: 'heap' })})\n/\n` +
          `${bySeries} (${q.select('jvm_memory_max_bytes', { area: 'heap' })} > 0)\n> ${JVM_HEAP_THRESHOLD}`,
        'service',
      ),
      for: '15m',
      summary: `[${env}] {{ $labels.server }}: heap of {{ $labels.pod }} above ${JVM_HEAP_THRESHOLD * 100}% for 15 minutes`,
      description:
        `The JVM of pod {{ $labels.pod }} (server {{ $labels.server }}, environment ${env}) has used {{ $value | humanizePercentage }} of its ` +
        'maximum heap for 15 minutes: it spends its time collecting garbage and will exit on OutOfMemoryError (then restart).',
    });
  }
  if (monitored) {
    const up = q.select('up');
    alerts.push({
      alert: 'CalypsoMetricsDown',
      impact: 'ticket',
      expr:
        withServerLabel(
          `(${up} == 0)\nand on (namespace, pod)\n(${q.select('kube_pod_status_ready', { condition: 'true' })} == 1)`,
          'service',
        ) + `\nor\nabsent(${up})`,
      for: '15m',
      summary: `[${env}] metrics of {{ if $labels.server }}{{ $labels.server }}{{ else }}every server{{ end }} are not scraped`,
      description:
        `Prometheus has not scraped {{ if $labels.pod }}pod {{ $labels.pod }}, which is ready,{{ else }}any target in namespace ${environment.namespace}{{ end }} ` +
        `for 15 minutes (environment ${env}): alerts that rely on the servers' metrics are blind.`,
    });
  }
  return alerts;
}

/**
 * The rules on what the platform provides the environment: its credentials (the External Secrets
 * Operator's `externalsecret_status_condition`, labelled with the ExternalSecret's `name`; its
 * `namespace` is the ExternalSecret's when the operator's metrics are scraped with honorLabels, else
 * `exported_namespace`, so both are read) and its certificates (see CertificateExpirySpec).
 */
function platformAlerts(environment: CalypsoEnvironment, monitoring: MonitoringSpec): AlertDefinition[] {
  const q = new Selectors(environment.namespace);
  const env = environment.name;
  const notReady = { condition: 'Ready', status: 'False' };
  const exported = `externalsecret_status_condition{${Object.entries({ exported_namespace: environment.namespace, ...notReady })
    .map(([label, value]) => `${label}=${quote(value)}`)
    .join(', ')}}`;
  const expiry = { ...DEFAULT_CERTIFICATE_EXPIRY, ...monitoring.certificateExpiry };
  const certificates = `${expiry.metric}{${expiry.namespaceLabel}=${quote(environment.namespace)}}`;
  return [
    {
      alert: 'CalypsoExternalSecretNotSynced',
      impact: 'ticket',
      expr: `(\n  ${q.select('externalsecret_status_condition', notReady)}\n  or\n  ${exported}\n) == 1`,
      for: '15m',
      summary: `[${env}] ExternalSecret {{ $labels.name }} has not synced for 15 minutes`,
      description:
        `The External Secrets Operator has failed to sync ExternalSecret {{ $labels.name }} in environment ${env} for 15 minutes: ` +
        'its Secret keeps the last values it had, or does not exist yet, and a pod that mounts a missing Secret does not start.',
    },
    {
      alert: 'CalypsoCertificateExpiring',
      impact: 'ticket',
      expr: `(${certificates} - time()) / 86400 < ${expiry.warningDays}`,
      for: '1h',
      summary: `[${env}] a certificate in Secret {{ $labels.${expiry.secretLabel} }} expires in less than ${expiry.warningDays} days`,
      description:
        `A certificate in Secret {{ $labels.${expiry.secretLabel} }} of environment ${env} expires in {{ $value | humanize }} days: ` +
        'renew it in the secret manager before then; TLS clients refuse an expired certificate.',
    },
  ];
}

/** Props of CalypsoAlertRules. */
export interface CalypsoAlertRulesProps {
  readonly environment: CalypsoEnvironment;
  /** The servers of the environment; external ones are skipped. */
  readonly servers: readonly CalypsoServer[];
  readonly monitoring: MonitoringSpec;
}

/** The rule groups of an environment. Call after every dependency is declared. */
export function alertRuleGroups(props: CalypsoAlertRulesProps): prom.PrometheusRuleSpecGroups[] {
  const { environment, monitoring } = props;
  const inCluster = new Map(props.servers.filter((server) => server.workload !== undefined).map((server) => [server.name, server]));
  const severities = alertSeverities(environment.tier, monitoring);
  const base = runbookBase(monitoring);
  const rule = (definition: AlertDefinition): prom.PrometheusRuleSpecGroupsRules => ({
    alert: definition.alert,
    expr: prom.PrometheusRuleSpecGroupsRulesExpr.fromString(definition.expr),
    for: definition.for,
    labels: {
      severity: severities[definition.impact],
      environment: environment.name,
      ...(definition.server === undefined ? {} : { server: definition.server }),
      ...(definition.dependency === undefined ? {} : { dependency: definition.dependency }),
    },
    annotations: {
      summary: definition.summary,
      description: definition.description,
      runbook_url: `${base}/${runbookPath(definition.alert)}`,
    },
  });
  const group = (name: string, definitions: AlertDefinition[]): prom.PrometheusRuleSpecGroups => ({
    name: `calypso-${environment.name}.${name}`,
    rules: definitions.map(rule),
  });
  return [
    group(
      'servers',
      [...inCluster.values()].flatMap((server) => serverAlerts(environment, server, inCluster, monitoring)),
    ),
    group('pods', podAlerts(environment)),
    group('metrics', metricsAlerts(environment, inCluster.size > 0)),
    group('platform', platformAlerts(environment, monitoring)),
  ].filter((g) => (g.rules ?? []).length > 0);
}

/** The PrometheusRule `calypso-alerts` of one environment. */
export class CalypsoAlertRules extends Construct {
  public readonly prometheusRule: prom.PrometheusRule;
  private props: CalypsoAlertRulesProps;
  private readonly groups: prom.PrometheusRuleSpecGroups[];

  public constructor(scope: Construct, id: string, props: CalypsoAlertRulesProps) {
    super(scope, id);
    this.props = props;
    this.groups = alertRuleGroups(props);
    const labels = { ...props.environment.labels('prometheus-rule', 'monitoring'), ...props.monitoring.prometheusRuleLabels };
    this.prometheusRule = new prom.PrometheusRule(this, 'Resource', {
      metadata: { name: 'calypso-alerts', labels },
      spec: { groups: this.groups },
    });
  }

  /** Adds the alerts of a server added after the rules were built; the groups are recomputed with it. */
  public addServer(server: CalypsoServer): void {
    const props = { ...this.props, servers: [...this.props.servers, server] };
    this.props = props;
    this.groups.splice(0, this.groups.length, ...alertRuleGroups(props));
  }
}
