/**
 * Every bad-input rule of the observability settings: refused before
 * anything is built, with environment, server and field in the message,
 * and a synth with such a spec leaves dist/ as it was.
 */
import { App, Chart } from 'cdk8s';
import { CalypsoEnvironment, CalypsoMonitoring, CalypsoServer, type EnvironmentSpec, type MonitoringSpec } from '../lib';
import { refusal, render, specWith, synthRefusal, testSpec } from './helpers';

const EXPORTER_IMAGE = { repository: 'ghcr.io/resmoio/kubernetes-event-exporter', tag: 'v1.7' };
const withMonitoring = (options: Partial<MonitoringSpec>, spec: EnvironmentSpec = testSpec()): EnvironmentSpec => ({
  ...spec,
  monitoring: { runbookBaseUrl: 'https://git.example/calypso-k8s/-/blob/main', ...options },
});

describe('observability settings are checked with environment, server and field', () => {
  test.each<[string, EnvironmentSpec, string]>([
    [
      'a runbook base URL that is not https',
      withMonitoring({ runbookBaseUrl: 'http://git.example/calypso-k8s' }),
      '[test] field monitoring.runbookBaseUrl: "http://git.example/calypso-k8s" is not an https URL without query or fragment; runbook links must be https',
    ],
    [
      'a runbook base URL that is not a URL',
      withMonitoring({ runbookBaseUrl: 'docs/runbooks' }),
      '[test] field monitoring.runbookBaseUrl: "docs/runbooks" is not an https URL without query or fragment; runbook links must be https',
    ],
    [
      'a runbook base URL with a query',
      withMonitoring({ runbookBaseUrl: 'https://git.example/x?ref=main' }),
      '[test] field monitoring.runbookBaseUrl: "https://git.example/x?ref=main" is not an https URL without query or fragment; runbook links must be https',
    ],
    [
      'an invalid ServiceMonitor label key',
      withMonitoring({ serviceMonitorLabels: { 'release name': 'kube-prometheus-stack' } }),
      "[test] field monitoring.serviceMonitorLabels.release name: \"release name\" is not a valid label key (an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_', '.')",
    ],
    [
      'a label key with an invalid prefix',
      withMonitoring({ prometheusRuleLabels: { 'Prometheus_Team/release': 'x' } }),
      '[test] field monitoring.prometheusRuleLabels.Prometheus_Team/release: "Prometheus_Team/release" is not a valid label key',
    ],
    [
      'a label that would override a recommended label',
      withMonitoring({ serviceMonitorLabels: { 'app.kubernetes.io/instance': 'prom' } }),
      '[test] field monitoring.serviceMonitorLabels.app.kubernetes.io/instance: "app.kubernetes.io/instance" would override a recommended label; pick a key outside app.kubernetes.io/',
    ],
    [
      'an invalid label value',
      withMonitoring({ prometheusRuleLabels: { release: 'kube prometheus' } }),
      '[test] field monitoring.prometheusRuleLabels.release: "kube prometheus" is not a valid label value',
    ],
    [
      'a scrape interval that is not a duration',
      withMonitoring({ scrapeInterval: '30 seconds' }),
      '[test] field monitoring.scrapeInterval: "30 seconds" is not a Prometheus duration such as 30s or 1m',
    ],
    [
      'a scrape timeout longer than the interval',
      withMonitoring({ scrapeInterval: '15s', scrapeTimeout: '20s' }),
      '[test] field monitoring.scrapeTimeout: 20s is longer than the scrape interval 15s',
    ],
    [
      'an unknown severity',
      withMonitoring({ alertSeverities: { page: 'urgent' as never } }),
      '[test] field monitoring.alertSeverities.page: "urgent" is not a severity; use one of critical, warning, info',
    ],
    [
      'an invalid log collector annotation key',
      withMonitoring({ logging: { podAnnotations: { 'splunk.com/index name': 'x' } } }),
      '[test] field monitoring.logging.podAnnotations.splunk.com/index name: "splunk.com/index name" is not a valid annotation key',
    ],
    [
      'a log collector annotation that overrides one of ours',
      withMonitoring({ logging: { podAnnotations: { 'calypso.io/log-format': 'text' } } }),
      '[test] field monitoring.logging.podAnnotations.calypso.io/log-format: "calypso.io/log-format" is set by calypso-k8s and cannot be overridden',
    ],
    [
      'an event exporter image without tag or digest',
      withMonitoring({ eventExporter: { image: { repository: 'ghcr.io/resmoio/kubernetes-event-exporter' } } }),
      '[test] field monitoring.eventExporter.image: image ghcr.io/resmoio/kubernetes-event-exporter has neither a tag nor a digest; pin it to one',
    ],
    [
      'an event exporter without an image',
      withMonitoring({ eventExporter: {} as never }),
      '[test] field monitoring.eventExporter.image: the event exporter needs an image (repository and tag or digest)',
    ],
    [
      'a mutable event exporter tag in prod',
      withMonitoring({ eventExporter: { image: { ...EXPORTER_IMAGE, tag: 'latest' } } }, testSpec({ tier: 'prod' })),
      '[test] field monitoring.eventExporter.image: prod images must be immutable: tag "latest" of ghcr.io/resmoio/kubernetes-event-exporter moves; pin a digest or a release version',
    ],
    [
      'a bad event exporter CPU',
      withMonitoring({ eventExporter: { image: EXPORTER_IMAGE, cpu: 'a little' } }),
      '[test] field monitoring.eventExporter.cpu: "a little" is not a CPU quantity such as 50m',
    ],
    [
      'a bad event exporter memory',
      withMonitoring({ eventExporter: { image: EXPORTER_IMAGE, memory: '128MB' } }),
      '[test] field monitoring.eventExporter.memory: "128MB" is not a memory quantity such as 128Mi',
    ],
    [
      'a zero event age',
      withMonitoring({ eventExporter: { image: EXPORTER_IMAGE, maxEventAgeSeconds: 0 } }),
      '[test] field monitoring.eventExporter.maxEventAgeSeconds: must be a whole number of seconds above 0, got 0',
    ],
    [
      'a server named like the event exporter',
      withMonitoring({ eventExporter: { image: EXPORTER_IMAGE } }, specWith({ kind: 'calculator', name: 'event-exporter' })),
      '[test] server event-exporter, field name: "event-exporter" is taken by the event exporter (monitoring.eventExporter); rename the server',
    ],
    [
      'an event exporter without the API server addresses it reads from',
      withMonitoring({ eventExporter: { image: EXPORTER_IMAGE } }, testSpec({ network: {} })),
      '[test] field network.apiServer: the event exporter reads events from the API server: give the control plane addresses { cidrs: [...], port }',
    ],
    [
      'API server addresses that are not CIDRs',
      testSpec({ network: { apiServer: { cidrs: ['control-plane'] } } }),
      '[test] field network.apiServer.cidrs: "control-plane" is not',
    ],
    [
      'a log format variable that is not a variable name',
      testSpec({ imageContract: { logging: { formatVariable: 'LOG FORMAT' } } }),
      '[test] field imageContract.logging.formatVariable: "LOG FORMAT" is not an environment variable name (use \'\' to leave it out)',
    ],
    [
      'an empty log format',
      testSpec({ imageContract: { logging: { format: '' } } }),
      '[test] field imageContract.logging.format: "" is not a format name such as ecs, logstash or gelf',
    ],
  ])('%s', (_case, spec, message) => {
    expect(refusal(spec)).toContain(message);
  });

  test('several problems are reported together', () => {
    const error = refusal(withMonitoring({ runbookBaseUrl: 'http://x', eventExporter: { image: { repository: 'r.example/exporter' } } }));
    expect(error).toMatch(/^2 problems in the environment spec:/);
    expect(error).toContain('field monitoring.runbookBaseUrl');
    expect(error).toContain('field monitoring.eventExporter.image');
  });

  test('a server named event-exporter is fine when there is no event exporter', () => {
    expect(() => render(withMonitoring({}, specWith({ kind: 'calculator', name: 'event-exporter' })))).not.toThrow();
  });

  test('synth refuses the spec and leaves dist/ untouched', () => {
    expect(synthRefusal({ test: withMonitoring({ runbookBaseUrl: 'http://x' }) }).message).toContain(
      '[test] field monitoring.runbookBaseUrl: "http://x" is not an https URL',
    );
  });

  test('CalypsoMonitoring used in a chart of your own checks its settings too', () => {
    const chart = new Chart(new App(), 'team', { namespace: 'team' });
    const spec = testSpec();
    const environment = new CalypsoEnvironment(spec);
    const servers = [new CalypsoServer(chart, 'Data', { environment, kind: 'dataserver', memory: '2Gi' })];
    expect(
      () => new CalypsoMonitoring(chart, 'Monitoring', { environment, servers, monitoring: { runbookBaseUrl: 'ftp://runbooks.example' } }),
    ).toThrow('[test] field monitoring.runbookBaseUrl: "ftp://runbooks.example" is not an https URL');
  });
});
