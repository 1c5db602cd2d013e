/**
 * What an environment says about its observability: the labels its
 * Prometheus selects ServiceMonitors and rules by, where the runbooks live,
 * how alerts are graded and who they notify, where certificate expiry is
 * read, hints for the log collector and the optional Kubernetes event
 * exporter. Plain data and its validation; the constructs are in
 * service-monitor.ts, alert-rules.ts, alert-routing.ts, event-exporter.ts and
 * calypso-monitoring.ts.
 */
import { z } from 'zod';
import type { ProblemCollector, Report } from './errors';
import { imageProblemsForTier, ImageRefSchema } from './image';
import type { ImageContractOverrides } from './image-contract';
import { LOG_FORMAT_ANNOTATION } from './logging';
import { isDnsLabel, isLabelKey, isLabelValue } from './names';
import { RemoteSecretRefSchema } from './secret-refs';
import { cpuQuantity, memoryQuantity } from './quantity';
import { oneOf, whenMissing, type SpecOf } from './schema';
import type { ServerKind } from './server-kinds';
import { serverSpecName } from './server-options';
import type { Tier } from './tier';

/** Alert severities, as the kube-prometheus-stack Alertmanager routes them. */
export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
const SeveritySchema = oneOf(SEVERITIES, 'a severity');

/**
 * How urgent an alert is, independent of the tier: `page` means users of the
 * environment are cut off; `ticket` means it is degraded or about to be.
 */
export type AlertImpact = 'page' | 'ticket';

/** The severity each impact gets. */
export type AlertSeverities = Readonly<Record<AlertImpact, Severity>>;

/**
 * Severity per tier: only prod pages (critical); UAT raises warnings that go to
 * a channel in working hours; dev and local alerts are informational and notify nobody.
 */
export const DEFAULT_ALERT_SEVERITIES: Readonly<Record<Tier, AlertSeverities>> = {
  prod: { page: 'critical', ticket: 'warning' },
  uat: { page: 'warning', ticket: 'warning' },
  dev: { page: 'info', ticket: 'info' },
  local: { page: 'info', ticket: 'info' },
};

/** Log collector hints on every pod of the environment. */
export const LoggingSpecSchema = z.strictObject({
  /**
   * Extra pod annotations for the log collector, e.g. `{ 'splunk.com/index': 'calypso-prod' }`
   * or `{ 'fluentbit.io/parser': 'json' }`.
   * @default {}
   */
  podAnnotations: z.record(z.string(), z.string()).optional(),
});
export type LoggingSpec = SpecOf<typeof LoggingSpecSchema>;

/** The optional Kubernetes event exporter (resmoio/kubernetes-event-exporter or a build of it). */
export const EventExporterSpecSchema = z.strictObject({
  /** The exporter image, pinned by tag or digest, e.g. `ghcr.io/resmoio/kubernetes-event-exporter:v1.7`. */
  image: z.strictObject(ImageRefSchema.shape, whenMissing('the event exporter needs an image (repository and tag or digest)')),
  /**
   * CPU request (the limit is four times it: the exporter is bursty when many events arrive at once).
   * @default '50m'
   */
  cpu: cpuQuantity('50m').optional(),
  /**
   * Memory request and limit.
   * @default '128Mi'
   */
  memory: memoryQuantity('128Mi').optional(),
  /**
   * Events older than this when the exporter sees them are dropped (after a restart, the
   * exporter would otherwise log every event still held by the API server again).
   * @default 60
   */
  maxEventAgeSeconds: z.number().optional(),
});
export type EventExporterSpec = SpecOf<typeof EventExporterSpecSchema>;

/** The kinds of Alertmanager receiver, each with the one credential it needs (a URL or key, kept in the secret manager). */
export const RECEIVER_TYPES = ['pagerduty', 'slack', 'msteams', 'webhook'] as const;
export type ReceiverType = (typeof RECEIVER_TYPES)[number];

/** One Alertmanager receiver: where notifications go. */
export const AlertReceiverSpecSchema = z.strictObject({
  /** Receiver name (a DNS label), e.g. `bank-pager` or `calypso-chat`; routes name it. */
  name: z.string(),
  /**
   * What it notifies: `pagerduty` (Events API v2; the credential is the integration's routing key),
   * `slack` (an incoming-webhook URL), `msteams` (a Teams workflow webhook URL) or `webhook`
   * (any HTTP endpoint; the credential is its URL).
   */
  type: oneOf(RECEIVER_TYPES, 'a receiver type'),
  /**
   * The routing key or webhook URL in the secret manager; the ExternalSecret `calypso-alerting`
   * fetches it, so it is never in the repository.
   */
  credential: RemoteSecretRefSchema,
  /**
   * Also notify when the alert resolves.
   * @default true
   */
  sendResolved: z.boolean().optional(),
});
export type AlertReceiverSpec = SpecOf<typeof AlertReceiverSpecSchema>;

/** Who is notified of the environment's alerts: receivers, and a route per severity. */
export const AlertingSpecSchema = z.strictObject({
  /** The receivers. */
  receivers: z.array(AlertReceiverSpecSchema),
  /**
   * The receiver of each severity, e.g. `{ critical: 'bank-pager', warning: 'calypso-chat' }`. Every
   * severity the environment's alerts use (see `alertSeverities`) needs one.
   */
  routes: z.partialRecord(SeveritySchema, z.string()),
  /**
   * How often a still-firing alert is sent again.
   * @default '4h'
   */
  repeatInterval: z.string().optional(),
});
export type AlertingSpec = SpecOf<typeof AlertingSpecSchema>;

/**
 * Where certificate expiry is read from. ASSUMED (a platform fact, not a Calypso one): the cluster
 * runs the X.509 certificate exporter (enix/x509-certificate-exporter, v4 reads PKCS#12 keystores
 * and truststores in Secrets) over the environment's Secrets, which publishes
 * `x509_cert_not_after` (seconds since the epoch) labelled with the Secret's namespace and name.
 */
export const CertificateExpirySpecSchema = z.strictObject({
  /**
   * The gauge holding each certificate's notAfter time, in seconds since the epoch.
   * @default 'x509_cert_not_after'
   */
  metric: z.string().optional(),
  /**
   * Its label naming the namespace of the Secret the certificate is in.
   * @default 'secret_namespace'
   */
  namespaceLabel: z.string().optional(),
  /**
   * Its label naming the Secret.
   * @default 'secret_name'
   */
  secretLabel: z.string().optional(),
  /**
   * Days before expiry the alert fires: time to renew the keystore and roll the servers.
   * @default 30
   */
  warningDays: z.number().optional(),
});
export type CertificateExpirySpec = SpecOf<typeof CertificateExpirySpecSchema>;

/** The certificate-expiry source the alert uses when the spec says nothing. */
export const DEFAULT_CERTIFICATE_EXPIRY = {
  metric: 'x509_cert_not_after',
  namespaceLabel: 'secret_namespace',
  secretLabel: 'secret_name',
  warningDays: 30,
} as const;
/** How often a firing alert is repeated by default. */
export const DEFAULT_REPEAT_INTERVAL = '4h';
/** Name of the AlertmanagerConfig, of its ExternalSecret and of the Secret that holds the receivers' credentials. */
export const ALERTING_NAME = 'calypso-alerting';
/** The receiver of alerts no route takes (a receiver without configs notifies nobody). */
export const UNROUTED_RECEIVER = 'unrouted';

/** Observability of one environment. */
export const MonitoringSpecSchema = z.strictObject({
  /**
   * https URL under which the repository's files can be browsed, at the branch the clusters
   * follow; runbook links are this plus `/docs/runbooks/<Alert>.md`. For example
   * `https://git.bank.internal/calypso/calypso-k8s/-/blob/main`.
   */
  runbookBaseUrl: z.string(),
  /**
   * Labels on every ServiceMonitor, matching the Prometheus `serviceMonitorSelector`,
   * e.g. `{ release: 'kube-prometheus-stack' }`.
   * @default {}
   */
  serviceMonitorLabels: z.record(z.string(), z.string()).optional(),
  /**
   * Labels on the PrometheusRule, matching the Prometheus `ruleSelector`.
   * @default {}
   */
  prometheusRuleLabels: z.record(z.string(), z.string()).optional(),
  /**
   * Scrape interval of the servers' metrics endpoints. A JVM's registry is large and
   * a scrape can stall in a GC pause, so not too often.
   * @default '30s'
   */
  scrapeInterval: z.string().optional(),
  /**
   * Scrape timeout; at most the interval.
   * @default '10s'
   */
  scrapeTimeout: z.string().optional(),
  /**
   * Severity per alert impact.
   * @default - by tier: prod critical/warning, UAT warning/warning, dev info/info
   */
  alertSeverities: z.strictObject({ page: SeveritySchema.optional(), ticket: SeveritySchema.optional() }).optional(),
  /**
   * Receivers and a route per severity, rendered as an AlertmanagerConfig. Required in prod.
   * @default - no routing: alerts reach only the cluster Alertmanager's default receiver
   */
  alerting: AlertingSpecSchema.optional(),
  /**
   * Where certificate expiry is read from (alert CalypsoCertificateExpiring).
   * @default - the X.509 certificate exporter's x509_cert_not_after, alert 30 days ahead
   */
  certificateExpiry: CertificateExpirySpecSchema.optional(),
  /**
   * How long a dependency may have no ready replica before the servers that need it alert
   * (CalypsoDependencyDown), as a Prometheus duration.
   * @default - the dependency's startup budget plus 5 minutes: a normal restart stays quiet
   */
  dependencyDownFor: z.string().optional(),
  /**
   * Log collector hints.
   * @default - none beyond the format annotation
   */
  logging: LoggingSpecSchema.optional(),
  /**
   * Ships the namespace's Kubernetes events to stdout as JSON for the logging stack.
   * @default - no event exporter
   */
  eventExporter: EventExporterSpecSchema.optional(),
});
export type MonitoringSpec = SpecOf<typeof MonitoringSpecSchema>;

/** Name of every object of the event exporter; no server may take it. */
export const EVENT_EXPORTER_NAME = 'event-exporter';
/** Default scrape interval and timeout. */
export const DEFAULT_SCRAPE_INTERVAL = '30s';
export const DEFAULT_SCRAPE_TIMEOUT = '10s';
/** Default event exporter sizing and event age. */
export const EVENT_EXPORTER_DEFAULTS = { cpu: '50m', memory: '128Mi', maxEventAgeSeconds: 60 } as const;

/** Pod annotations this library sets itself; the spec may not override them. */
export const RESERVED_POD_ANNOTATIONS: readonly string[] = [LOG_FORMAT_ANNOTATION, 'checksum/properties', 'checksum/config'];

/** Prometheus's duration syntax (the units in this order, each at most once), as the operator's CRDs check it. */
const DURATION = /^(?:([0-9]+)y)?(?:([0-9]+)w)?(?:([0-9]+)d)?(?:([0-9]+)h)?(?:([0-9]+)m)?(?:([0-9]+)s)?(?:([0-9]+)ms)?$/;
const DURATION_UNIT_SECONDS = [31536000, 604800, 86400, 3600, 60, 1, 0.001];

/** Seconds in a Prometheus duration such as `30s` or `1m30s`; undefined if it is not one. */
export function parsePrometheusDuration(duration: string): number | undefined {
  const match = DURATION.exec(duration);
  if (!match) return undefined;
  const seconds = DURATION_UNIT_SECONDS.reduce((sum, unit, index) => sum + Number(match[index + 1] ?? 0) * unit, 0);
  return seconds > 0 ? seconds : undefined;
}

/** The severities an environment's alerts get: the tier's, with the spec's overrides. */
export function alertSeverities(tier: Tier, monitoring: MonitoringSpec): AlertSeverities {
  return { ...(DEFAULT_ALERT_SEVERITIES[tier] ?? DEFAULT_ALERT_SEVERITIES.dev), ...monitoring.alertSeverities };
}

/** The severities an environment's alerts use: one per impact. */
export function usedSeverities(tier: Tier, monitoring: MonitoringSpec): Severity[] {
  const severities = alertSeverities(tier, monitoring);
  return SEVERITIES.filter((severity) => Object.values(severities).includes(severity));
}

/** The runbook base URL without a trailing slash. */
export function runbookBase(monitoring: MonitoringSpec): string {
  return monitoring.runbookBaseUrl.replace(/\/+$/, '');
}

/** What the monitoring rules need from an environment spec. */
export interface MonitoredEnvironment {
  readonly tier: Tier;
  readonly monitoring?: MonitoringSpec;
  readonly imageContract?: ImageContractOverrides;
  readonly servers: readonly { readonly kind: ServerKind; readonly name?: string }[];
}

function labelProblems(field: string, labels: Readonly<Record<string, string>> | undefined, fail: Report): void {
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (!isLabelKey(key)) {
      fail(
        `${field}.${key}`,
        `"${key}" is not a valid label key (an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_', '.')`,
      );
    } else if (key.startsWith('app.kubernetes.io/')) {
      fail(`${field}.${key}`, `"${key}" would override a recommended label; pick a key outside app.kubernetes.io/`);
    }
    if (!isLabelValue(value)) fail(`${field}.${key}`, `"${value}" is not a valid label value`);
  }
}

/** Checks the observability settings of an environment. */
export function monitoringProblems(spec: MonitoredEnvironment, problems: ProblemCollector): void {
  const fail = problems.reporter();

  const monitoring = spec.monitoring;
  if (monitoring === undefined) return;
  const field = (name: string): string => `monitoring.${name}`;

  let url: URL | undefined;
  try {
    url = new URL(monitoring.runbookBaseUrl);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' || url.search !== '' || url.hash !== '') {
    fail(
      field('runbookBaseUrl'),
      `"${monitoring.runbookBaseUrl}" is not an https URL without query or fragment; runbook links must be https`,
    );
  }

  labelProblems(field('serviceMonitorLabels'), monitoring.serviceMonitorLabels, fail);
  labelProblems(field('prometheusRuleLabels'), monitoring.prometheusRuleLabels, fail);

  const interval = parsePrometheusDuration(monitoring.scrapeInterval ?? DEFAULT_SCRAPE_INTERVAL);
  const timeout = parsePrometheusDuration(monitoring.scrapeTimeout ?? DEFAULT_SCRAPE_TIMEOUT);
  if (interval === undefined)
    fail(field('scrapeInterval'), `"${monitoring.scrapeInterval}" is not a Prometheus duration such as 30s or 1m`);
  if (timeout === undefined) fail(field('scrapeTimeout'), `"${monitoring.scrapeTimeout}" is not a Prometheus duration such as 10s`);
  if (interval !== undefined && timeout !== undefined && timeout > interval) {
    fail(
      field('scrapeTimeout'),
      `${monitoring.scrapeTimeout ?? DEFAULT_SCRAPE_TIMEOUT} is longer than the scrape interval ${monitoring.scrapeInterval ?? DEFAULT_SCRAPE_INTERVAL}`,
    );
  }

  alertingProblems(spec.tier, monitoring, fail);
  certificateExpiryProblems(monitoring.certificateExpiry, fail);
  if (monitoring.dependencyDownFor !== undefined && parsePrometheusDuration(monitoring.dependencyDownFor) === undefined) {
    fail(field('dependencyDownFor'), `"${monitoring.dependencyDownFor}" is not a Prometheus duration such as 15m`);
  }

  for (const key of Object.keys(monitoring.logging?.podAnnotations ?? {})) {
    const where = field(`logging.podAnnotations.${key}`);
    if (!isLabelKey(key)) fail(where, `"${key}" is not a valid annotation key`);
    else if (RESERVED_POD_ANNOTATIONS.includes(key)) fail(where, `"${key}" is set by calypso-k8s and cannot be overridden`);
  }

  const exporter = monitoring.eventExporter;
  if (exporter === undefined) return;
  const exporterField = (name: string): string => field(`eventExporter.${name}`);
  for (const message of imageProblemsForTier(exporter.image, spec.tier)) fail(exporterField('image'), message);
  const age = exporter.maxEventAgeSeconds;
  if (age !== undefined && !(Number.isInteger(age) && age > 0)) {
    fail(exporterField('maxEventAgeSeconds'), `must be a whole number of seconds above 0, got ${age}`);
  }
  for (const server of spec.servers) {
    const name = serverSpecName(server);
    if (name === EVENT_EXPORTER_NAME) {
      problems.serverProblem(
        name,
        'name',
        `"${EVENT_EXPORTER_NAME}" is taken by the event exporter (monitoring.eventExporter); rename the server`,
      );
    }
  }
}

const PROMETHEUS_LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const PROMETHEUS_METRIC = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** Receivers with names and credentials; a route for every severity the alerts use, to a receiver that exists. */
function alertingProblems(tier: Tier, monitoring: MonitoringSpec, fail: Report): void {
  const alerting = monitoring.alerting;
  if (alerting === undefined) {
    if (tier === 'prod') {
      fail('monitoring.alerting', 'prod alerts must reach someone; add receivers and a route for each severity (critical, warning)');
    }
    return;
  }
  const names = new Set<string>();
  alerting.receivers.forEach((receiver, index) => {
    const where = `monitoring.alerting.receivers[${index}].name`;
    if (!isDnsLabel(receiver.name) || receiver.name === UNROUTED_RECEIVER) {
      fail(
        where,
        receiver.name === UNROUTED_RECEIVER
          ? `"${UNROUTED_RECEIVER}" is the receiver of alerts no route takes; pick another name`
          : `"${receiver.name}" is not a DNS label (lowercase letters, digits and '-', at most 63)`,
      );
    }
    if (names.has(receiver.name)) fail(where, `"${receiver.name}" is used by another receiver`);
    names.add(receiver.name);
  });
  for (const [severity, receiver] of Object.entries(alerting.routes)) {
    if (receiver !== undefined && !names.has(receiver)) {
      fail(`monitoring.alerting.routes.${severity}`, `no receiver is named "${receiver}" (receivers: ${[...names].join(', ') || 'none'})`);
    }
  }
  for (const severity of usedSeverities(tier, monitoring)) {
    if (alerting.routes[severity] === undefined) {
      fail(`monitoring.alerting.routes.${severity}`, `the alerts of this environment are ${severity}, and no route takes them`);
    }
  }
  if (alerting.repeatInterval !== undefined && parsePrometheusDuration(alerting.repeatInterval) === undefined) {
    fail('monitoring.alerting.repeatInterval', `"${alerting.repeatInterval}" is not a Prometheus duration such as 4h`);
  }
}

function certificateExpiryProblems(expiry: CertificateExpirySpec | undefined, fail: Report): void {
  if (expiry === undefined) return;
  if (expiry.metric !== undefined && !PROMETHEUS_METRIC.test(expiry.metric)) {
    fail('monitoring.certificateExpiry.metric', `"${expiry.metric}" is not a Prometheus metric name`);
  }
  for (const key of ['namespaceLabel', 'secretLabel'] as const) {
    const label = expiry[key];
    if (label !== undefined && !PROMETHEUS_LABEL.test(label)) {
      fail(`monitoring.certificateExpiry.${key}`, `"${label}" is not a Prometheus label name`);
    }
  }
  const namespaceLabel = expiry.namespaceLabel;
  if (namespaceLabel !== undefined && PROMETHEUS_LABEL.test(namespaceLabel) && !/(^|_)namespace$/.test(namespaceLabel)) {
    fail(
      'monitoring.certificateExpiry.namespaceLabel',
      `"${namespaceLabel}" is neither namespace nor a label ending in _namespace; alert rules may only read series scoped to the environment's namespace`,
    );
  }
  const days = expiry.warningDays;
  if (days !== undefined && !(Number.isInteger(days) && days > 0)) {
    fail('monitoring.certificateExpiry.warningDays', `must be a whole number of days above 0, got ${days}`);
  }
}

/**
 * Heap used over heap max above which a JVM is in trouble: the CalypsoJvmHeapHigh alert fires when it is held
 * for 15 minutes, and a canary analysis fails a measurement above it.
 */
export const JVM_HEAP_THRESHOLD = 0.9;
