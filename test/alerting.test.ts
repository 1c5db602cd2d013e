/**
 * Alerting: who is paged (the AlertmanagerConfig, routed the way Alertmanager
 * routes), the alerts on credentials, certificates and lost dependencies, and
 * the bad-input rules of the alerting settings, on the committed environments
 * and small test specs.
 */
import { type EnvironmentSpec, type MonitoringSpec, SEVERITIES } from '../lib';
import { ALERTING_NAME, UNROUTED_RECEIVER } from '../lib/model/monitoring-spec';
import type { Manifest } from '../lib/output/render';
import { promqlProblems } from '../lib/output/prometheus-rules';
import { committedManifests, find, inTier, refusal, render, testSpec } from './helpers';

interface AlertRule {
  alert: string;
  expr: string;
  for?: string;
  labels: Record<string, string>;
}
interface SecretRef {
  name: string;
  key: string;
}
interface Receiver {
  name: string;
  [configs: string]: unknown;
}
interface Route {
  receiver?: string;
  matchers?: { name: string; value: string; matchType?: string }[];
  routes?: Route[];
}

const rulesOf = (manifests: readonly Manifest[]): AlertRule[] =>
  (find(manifests, 'PrometheusRule', 'calypso-alerts').spec as { groups: { rules: AlertRule[] }[] }).groups.flatMap((group) => group.rules);

/** Alertmanager's routing: the first child route whose matchers all match, else the parent's receiver. */
function routeOf(route: Route, labels: Record<string, string>): string | undefined {
  for (const child of route.routes ?? []) {
    const matches = (child.matchers ?? []).every((matcher) =>
      (matcher.matchType ?? '=') === '=' ? labels[matcher.name] === matcher.value : labels[matcher.name] !== matcher.value,
    );
    if (matches) return routeOf(child, labels) ?? route.receiver;
  }
  return route.receiver;
}

/** Every Secret reference in a receiver's configs. */
function secretRefs(value: unknown): SecretRef[] {
  if (Array.isArray(value)) return value.flatMap(secretRefs);
  if (typeof value !== 'object' || value === null) return [];
  const object = value as Record<string, unknown>;
  if (typeof object.name === 'string' && typeof object.key === 'string') return [object as unknown as SecretRef];
  return Object.values(object).flatMap(secretRefs);
}

describe('who is paged', () => {
  test.each(['uat', 'prod'])('%s: every alert the rules can raise reaches a receiver that notifies someone', (env) => {
    const manifests = committedManifests(env);
    const config = find(manifests, 'AlertmanagerConfig', ALERTING_NAME).spec as { route: Route; receivers: Receiver[] };
    const receivers = new Map(config.receivers.map((receiver) => [receiver.name, receiver]));
    for (const rule of rulesOf(manifests)) {
      const receiver = routeOf(config.route, rule.labels);
      expect({ alert: rule.alert, severity: rule.labels.severity, receiver }).not.toEqual(
        expect.objectContaining({ receiver: UNROUTED_RECEIVER }),
      );
      const configs = Object.keys(receivers.get(receiver ?? '') ?? {}).filter((key) => key.endsWith('Configs'));
      expect({ alert: rule.alert, receiver, configs: configs.length > 0 }).toEqual({ alert: rule.alert, receiver, configs: true });
    }
  });

  test('prod pages on critical and sends warnings to the channel; UAT only sends warnings to the channel', () => {
    const route = (env: string): Route =>
      (find(committedManifests(env), 'AlertmanagerConfig', ALERTING_NAME).spec as { route: Route }).route;
    expect(routeOf(route('prod'), { severity: 'critical' })).toBe('bank-pager');
    expect(routeOf(route('prod'), { severity: 'warning' })).toBe('calypso-chat');
    expect(routeOf(route('uat'), { severity: 'warning' })).toBe('calypso-chat');
    expect(committedManifests('dev').some((manifest) => manifest.kind === 'AlertmanagerConfig')).toBe(false);
  });

  test.each(['uat', 'prod'])('%s: every credential comes from the ExternalSecret, none is in the repository', (env) => {
    const manifests = committedManifests(env);
    const config = find(manifests, 'AlertmanagerConfig', ALERTING_NAME);
    const secret = find(manifests, 'ExternalSecret', ALERTING_NAME).spec as {
      target: { name: string };
      data: { secretKey: string; remoteRef: { key: string } }[];
    };
    const refs = secretRefs((config.spec as { receivers: Receiver[] }).receivers);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref.name).toBe(secret.target.name);
      expect(secret.data.map((entry) => entry.secretKey)).toContain(ref.key);
    }
    for (const entry of secret.data) expect(entry.remoteRef.key).toBe(`calypso/${env}/alerting`);
    // No URL or key written as a literal anywhere in the object.
    expect(JSON.stringify(config.spec)).not.toMatch(/https?:\/\/|"(url|apiURL|routingKey|serviceKey)":"/);
    expect(manifests.some((manifest) => manifest.kind === 'Secret')).toBe(false);
  });
});

describe('alerts on credentials, certificates and lost dependencies', () => {
  test.each(['dev', 'uat', 'prod'])('%s: one CalypsoDependencyDown per in-cluster dependency edge, held past a normal restart', (env) => {
    const manifests = committedManifests(env);
    const rules = rulesOf(manifests);
    const workloads = new Map(
      manifests
        .filter(
          (manifest) =>
            ['Deployment', 'StatefulSet', 'Rollout'].includes(manifest.kind) &&
            (manifest.metadata.labels as Record<string, string> | undefined)?.['app.kubernetes.io/part-of'] === 'calypso',
        )
        .map((manifest) => [manifest.metadata.name, manifest]),
    );
    const budget = (server: string): number => {
      const pod = (
        workloads.get(server)?.spec as {
          template: { spec: { containers: { startupProbe?: { periodSeconds: number; failureThreshold: number } }[] } };
        }
      ).template.spec.containers[0].startupProbe;
      return (pod?.periodSeconds ?? 0) * (pod?.failureThreshold ?? 0);
    };
    const down = rules.filter((rule) => rule.alert === 'CalypsoDependencyDown');
    expect(down.length).toBeGreaterThan(0);
    for (const rule of down) {
      const { server, dependency } = rule.labels;
      expect(workloads.has(server) && workloads.has(dependency)).toBe(true);
      expect(promqlProblems(rule.expr, `calypso-${env}`)).toEqual([]);
      expect(rule.expr).toContain(`"${dependency}"`);
      expect(parseInt(rule.for ?? '0', 10) * 60).toBeGreaterThan(budget(dependency));
    }
    // The engine servers need the Dataserver: losing it is detected for each of them.
    const engines = [...workloads.keys()].filter((name) => name.startsWith('engineserver'));
    for (const engine of engines)
      expect(down.some((rule) => rule.labels.server === engine && rule.labels.dependency === 'dataserver')).toBe(true);
  });

  test.each(['dev', 'uat', 'prod'])('%s: ExternalSecret sync failures and expiring certificates alert, scoped to the namespace', (env) => {
    const rules = rulesOf(committedManifests(env));
    const namespace = `calypso-${env}`;
    const eso = rules.find((rule) => rule.alert === 'CalypsoExternalSecretNotSynced');
    expect(eso?.expr).toContain('externalsecret_status_condition{namespace="' + namespace + '", condition="Ready", status="False"}');
    expect(eso?.expr).toContain(`exported_namespace="${namespace}"`);
    const certificates = rules.find((rule) => rule.alert === 'CalypsoCertificateExpiring');
    expect(certificates?.expr).toBe(`(x509_cert_not_after{secret_namespace="${namespace}"} - time()) / 86400 < 30`);
    for (const rule of [eso, certificates]) expect(promqlProblems(rule?.expr ?? '', namespace)).toEqual([]);
  });

  test('a selector on a label that is not a namespace label is still refused', () => {
    expect(promqlProblems('x509_cert_not_after{secret_name="calypso-test"}', 'calypso-test')).toEqual([
      'selector x509_cert_not_after{secret_name="calypso-test"} is not scoped to namespace="calypso-test"',
    ]);
  });

  test('the certificate source and the dependency hold time come from the spec', () => {
    const spec: EnvironmentSpec = {
      ...testSpec(),
      monitoring: {
        runbookBaseUrl: 'https://git.example/calypso-k8s',
        certificateExpiry: {
          metric: 'cert_exporter_secret_not_after',
          namespaceLabel: 'secret_namespace',
          secretLabel: 'secret_name',
          warningDays: 14,
        },
        dependencyDownFor: '3m',
      },
    };
    const rules = rulesOf(render(spec));
    expect(rules.find((rule) => rule.alert === 'CalypsoCertificateExpiring')?.expr).toBe(
      '(cert_exporter_secret_not_after{secret_namespace="calypso-test"} - time()) / 86400 < 14',
    );
    expect(new Set(rules.filter((rule) => rule.alert === 'CalypsoDependencyDown').map((rule) => rule.for))).toEqual(new Set(['3m']));
  });
});

describe('alerting settings are checked with environment and field', () => {
  const key = 'calypso/test/alerting';
  const pager = { name: 'pager', type: 'pagerduty', credential: { key, property: 'routing-key' } } as const;
  const chat = { name: 'chat', type: 'slack', credential: { key, property: 'webhook-url' } } as const;
  const withMonitoring = (options: Partial<MonitoringSpec>, spec: EnvironmentSpec = testSpec()): EnvironmentSpec => ({
    ...spec,
    monitoring: { runbookBaseUrl: 'https://git.example/calypso-k8s', ...options },
  });
  const prod = (options: Partial<MonitoringSpec>): EnvironmentSpec => withMonitoring(options, inTier(testSpec(), 'prod'));

  test.each<[string, EnvironmentSpec, string]>([
    [
      'prod without alerting',
      prod({}),
      '[test] field monitoring.alerting: prod alerts must reach someone; add receivers and a route for each severity (critical, warning)',
    ],
    [
      'a severity the alerts use without a route',
      prod({ alerting: { receivers: [pager], routes: { critical: 'pager' } } }),
      '[test] field monitoring.alerting.routes.warning: the alerts of this environment are warning, and no route takes them',
    ],
    [
      'a route to a receiver that does not exist',
      withMonitoring({ alerting: { receivers: [chat], routes: { info: 'pager' } } }),
      '[test] field monitoring.alerting.routes.info: no receiver is named "pager" (receivers: chat)',
    ],
    [
      'two receivers of one name',
      withMonitoring({ alerting: { receivers: [chat, { ...pager, name: 'chat' }], routes: { info: 'chat' } } }),
      '[test] field monitoring.alerting.receivers[1].name: "chat" is used by another receiver',
    ],
    [
      'a receiver name that is not a DNS label',
      withMonitoring({ alerting: { receivers: [{ ...chat, name: 'Chat Room' }], routes: { info: 'Chat Room' } } }),
      `[test] field monitoring.alerting.receivers[0].name: "Chat Room" is not a DNS label (lowercase letters, digits and '-', at most 63)`,
    ],
    [
      'a receiver named like the catch-all',
      withMonitoring({ alerting: { receivers: [{ ...chat, name: UNROUTED_RECEIVER }], routes: { info: UNROUTED_RECEIVER } } }),
      '[test] field monitoring.alerting.receivers[0].name: "unrouted" is the receiver of alerts no route takes; pick another name',
    ],
    [
      'a repeat interval that is not a duration',
      withMonitoring({ alerting: { receivers: [chat], routes: { info: 'chat' }, repeatInterval: 'hourly' } }),
      '[test] field monitoring.alerting.repeatInterval: "hourly" is not a Prometheus duration such as 4h',
    ],
    [
      'a dependency hold time that is not a duration',
      withMonitoring({ dependencyDownFor: 'ten minutes' }),
      '[test] field monitoring.dependencyDownFor: "ten minutes" is not a Prometheus duration such as 15m',
    ],
    [
      'a certificate metric that is not a metric name',
      withMonitoring({ certificateExpiry: { metric: 'x509-cert' } }),
      '[test] field monitoring.certificateExpiry.metric: "x509-cert" is not a Prometheus metric name',
    ],
    [
      'a certificate label that is not a label name',
      withMonitoring({ certificateExpiry: { secretLabel: 'secret.name' } }),
      '[test] field monitoring.certificateExpiry.secretLabel: "secret.name" is not a Prometheus label name',
    ],
    [
      'a certificate namespace label that does not scope to a namespace',
      withMonitoring({ certificateExpiry: { namespaceLabel: 'secret_ns' } }),
      `[test] field monitoring.certificateExpiry.namespaceLabel: "secret_ns" is neither namespace nor a label ending in _namespace; alert rules may only read series scoped to the environment's namespace`,
    ],
    [
      'a warning lead time that is not a whole number of days',
      withMonitoring({ certificateExpiry: { warningDays: 0.5 } }),
      '[test] field monitoring.certificateExpiry.warningDays: must be a whole number of days above 0, got 0.5',
    ],
    [
      'an unknown receiver type',
      withMonitoring({ alerting: { receivers: [{ ...chat, type: 'pager' as never }], routes: { info: 'chat' } } }),
      'monitoring.alerting.receivers[0].type',
    ],
  ])('%s', (_name, spec, message) => {
    expect(refusal(spec)).toContain(message);
  });

  test('every severity can be routed', () => {
    expect(SEVERITIES).toEqual(['critical', 'warning', 'info']);
    const spec = withMonitoring({ alerting: { receivers: [chat], routes: { info: 'chat' } } });
    expect(find(render(spec), 'AlertmanagerConfig', ALERTING_NAME)).toBeDefined();
  });
});
