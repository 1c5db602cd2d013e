/**
 * Observability: ServiceMonitors, alert rules and their runbooks, structured
 * logging and the event exporter, asserted on the synthesized objects of the
 * committed environments and of small test specs.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_IMAGE_CONTRACT, SEVERITIES, type EnvironmentSpec, type MonitoringSpec } from '../lib';
import { ALERTS, POD_TO_SERVER_REGEX, PROCEDURE_RUNBOOKS, RUNBOOK_DIRECTORY } from '../lib/constructs/alert-rules';
import { LOG_FORMAT_ANNOTATION } from '../lib/model/logging';
import { EVENT_EXPORTER_NAME } from '../lib/model/monitoring-spec';
import type { Manifest } from '../lib/output/render';
import { podSpecOf, restrictedProblems } from '../lib/output/pod-security-standard';
import { prometheusRuleFindings, promqlProblems } from '../lib/output/prometheus-rules';
import { validateRendered } from '../lib/output/validate';
import { RUNBOOK_BASE_URL } from '../environments/shared/defaults';
import { committedManifests, envOf, find, podOf, render, serverContainer, serverWorkloads, specWith, testSpec } from './helpers';

const REPO = join(__dirname, '..');
const manifestsOf = committedManifests;

interface AlertRule {
  alert?: string;
  expr: string;
  for?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}
const rulesOf = (manifests: readonly Manifest[]): AlertRule[] =>
  (find(manifests, 'PrometheusRule', 'calypso-alerts').spec as { groups: { rules: AlertRule[] }[] }).groups.flatMap((group) => group.rules);
const labelsOf = (manifest: Manifest): Record<string, string> => (manifest.metadata.labels ?? {}) as Record<string, string>;
const podAnnotations = (manifest: Manifest): Record<string, string> =>
  (manifest.spec as { template: { metadata: { annotations: Record<string, string> } } }).template.metadata.annotations;

const monitoring = (options: Partial<MonitoringSpec> = {}): MonitoringSpec => ({
  runbookBaseUrl: 'https://git.example/calypso-k8s/-/blob/main',
  serviceMonitorLabels: { release: 'prom' },
  ...options,
});
const EXPORTER_IMAGE = { repository: 'ghcr.io/resmoio/kubernetes-event-exporter', tag: 'v1.7' };
const monitored = (options: Partial<MonitoringSpec> = {}, spec: EnvironmentSpec = testSpec()): EnvironmentSpec => ({
  ...spec,
  monitoring: monitoring(options),
});

describe('ServiceMonitors', () => {
  test.each(['dev', 'uat', 'prod'])('%s: one per in-cluster server, scraping exactly its Service on a port the Service has', (env) => {
    const manifests = manifestsOf(env);
    const services = manifests.filter((manifest) => manifest.kind === 'Service');
    const monitors = manifests.filter((manifest) => manifest.kind === 'ServiceMonitor');
    const servers = serverWorkloads(manifests).map((workload) => workload.metadata.name);
    expect(monitors.map((monitor) => monitor.metadata.name).sort()).toEqual([...servers].sort());
    for (const monitor of monitors) {
      const spec = monitor.spec as { selector: { matchLabels: Record<string, string> }; endpoints: { port: string; path: string }[] };
      // Prometheus scrapes the selected Services that have the endpoint's port: a dev `<server>-nodeport`
      // Service carries the same labels but never the management port, so it yields no target.
      const hasPort = (service: Manifest): boolean =>
        (service.spec as { ports: { name: string }[] }).ports.some((port) => port.name === spec.endpoints[0]?.port);
      const selected = services.filter(
        (service) =>
          Object.entries(spec.selector.matchLabels).every(([key, value]) => labelsOf(service)[key] === value) && hasPort(service),
      );
      expect({ monitor: monitor.metadata.name, selects: selected.map((service) => service.metadata.name) }).toEqual({
        monitor: monitor.metadata.name,
        selects: [monitor.metadata.name],
      });
      const servicePorts = (selected[0].spec as { ports: { name: string }[] }).ports.map((port) => port.name);
      expect(spec.endpoints).toHaveLength(1);
      expect(servicePorts).toContain(spec.endpoints[0].port);
      expect(spec.endpoints[0].path).toBe(DEFAULT_IMAGE_CONTRACT.metricsPath);
      // Only the immutable selector labels: never the version.
      expect(Object.keys(spec.selector.matchLabels).sort()).toEqual([
        'app.kubernetes.io/component',
        'app.kubernetes.io/instance',
        'app.kubernetes.io/part-of',
      ]);
      expect(labelsOf(monitor).release).toBe('kube-prometheus-stack');
    }
  });

  test('the external prod Scheduler (an ExternalName Service) gets no ServiceMonitor', () => {
    const prod = manifestsOf('prod');
    expect((find(prod, 'Service', 'scheduler').spec as { type: string }).type).toBe('ExternalName');
    expect(prod.some((manifest) => manifest.kind === 'ServiceMonitor' && manifest.metadata.name === 'scheduler')).toBe(false);
    expect(manifestsOf('uat').some((manifest) => manifest.kind === 'ServiceMonitor' && manifest.metadata.name === 'scheduler')).toBe(true);
  });

  test('path and port come from the image contract, interval and timeout from the spec', () => {
    const spec = monitored(
      { scrapeInterval: '1m', scrapeTimeout: '20s' },
      testSpec({ imageContract: { health: { port: { name: 'health', port: 9090 }, scheme: 'HTTPS' }, metricsPath: '/metrics' } }),
    );
    const monitor = find(render(spec), 'ServiceMonitor', 'dataserver');
    expect((monitor.spec as { endpoints: unknown[] }).endpoints).toEqual([
      { port: 'health', path: '/metrics', scheme: 'https', interval: '1m', scrapeTimeout: '20s' },
    ]);
  });

  test('an environment without monitoring gets no monitoring objects (the cluster may lack the Prometheus operator)', () => {
    const kinds = new Set(render(testSpec()).map((manifest) => manifest.kind));
    expect(kinds.has('ServiceMonitor')).toBe(false);
    expect(kinds.has('PrometheusRule')).toBe(false);
  });
});

describe('alert rules', () => {
  const base = RUNBOOK_BASE_URL.replace(/\/+$/, '');

  test.each(['dev', 'uat', 'prod'])(
    '%s: every alert has a severity, the environment, a runbook that exists, and PromQL scoped to the namespace',
    (env) => {
      const manifests = manifestsOf(env);
      const rule = find(manifests, 'PrometheusRule', 'calypso-alerts');
      expect(labelsOf(rule).release).toBe('kube-prometheus-stack');
      const namespace = `calypso-${env}`;
      const rules = rulesOf(manifests);
      expect(new Set(rules.map((r) => r.alert))).toEqual(new Set(ALERTS));
      for (const alert of rules) {
        const where = `${env}/${alert.alert}/${alert.labels.server ?? '-'}`;
        expect({ where, severity: (SEVERITIES as readonly string[]).includes(alert.labels.severity) }).toEqual({ where, severity: true });
        expect(alert.labels.environment).toBe(env);
        expect(alert.annotations.runbook_url).toBe(`${base}/${RUNBOOK_DIRECTORY}/${alert.alert}.md`);
        expect({ where, exists: existsSync(join(REPO, alert.annotations.runbook_url.slice(base.length + 1))) }).toEqual({
          where,
          exists: true,
        });
        expect(alert.annotations.summary).toContain(`[${env}]`);
        expect(alert.annotations.description).toContain(`environment ${env}`);
        expect({ where, problems: promqlProblems(alert.expr, namespace) }).toEqual({ where, problems: [] });
      }
    },
  );

  test('every alert has a runbook page and every runbook page an alert or a procedure', () => {
    const pages = readdirSync(join(REPO, RUNBOOK_DIRECTORY)).filter((file) => file !== 'README.md');
    expect(pages.sort()).toEqual([...ALERTS, ...PROCEDURE_RUNBOOKS].map((alert) => `${alert}.md`).sort());
  });

  test('each in-cluster server has its own availability rule, held for its startup budget plus 5 minutes', () => {
    const prod = rulesOf(manifestsOf('prod')).filter((rule) => rule.alert === 'CalypsoServerUnavailable');
    expect(prod.map((rule) => rule.labels.server).sort()).toEqual(
      serverWorkloads(manifestsOf('prod'))
        .map((workload) => workload.metadata.name)
        .sort(),
    );
    const forOf = (server: string): string | undefined => prod.find((rule) => rule.labels.server === server)?.for;
    expect(forOf('dataserver')).toBe('20m');
    expect(forOf('engineserver-trading')).toBe('15m');
    expect(forOf('eventserver')).toBe('10m');
  });

  test('a server is only reported unavailable while its dependencies are available (root cause only)', () => {
    const rules = rulesOf(manifestsOf('prod')).filter((rule) => rule.alert === 'CalypsoServerUnavailable');
    const exprOf = (server: string): string => rules.find((rule) => rule.labels.server === server)?.expr ?? '';
    expect(exprOf('eventserver')).not.toContain('unless');
    const engine = exprOf('engineserver-trading');
    expect(engine).toContain('unless on (namespace)');
    expect(engine).toContain('kube_deployment_status_replicas_available{namespace="calypso-prod", deployment="dataserver"} == 0');
    expect(engine).toContain('kube_statefulset_status_replicas_ready{namespace="calypso-prod", statefulset="eventserver"} == 0');
  });

  test('degraded is reported for servers with several replicas or an autoscaler only', () => {
    const degraded = rulesOf(manifestsOf('prod'))
      .filter((rule) => rule.alert === 'CalypsoServerDegraded')
      .map((rule) => rule.labels.server)
      .sort();
    expect(degraded).toEqual([
      'authserver',
      'calculation-server',
      'calculator',
      'marketdata-server',
      'presentation-server',
      'readonly-dataserver',
    ]);
  });

  test('severity by tier: prod pages, UAT warns, dev informs; the spec can override', () => {
    const severity = (env: string, alert: string): string | undefined =>
      rulesOf(manifestsOf(env)).find((rule) => rule.alert === alert)?.labels.severity;
    expect([severity('prod', 'CalypsoServerUnavailable'), severity('prod', 'CalypsoContainerRestarted')]).toEqual(['critical', 'warning']);
    expect([severity('uat', 'CalypsoServerUnavailable'), severity('uat', 'CalypsoContainerRestarted')]).toEqual(['warning', 'warning']);
    expect([severity('dev', 'CalypsoServerUnavailable'), severity('dev', 'CalypsoContainerRestarted')]).toEqual(['info', 'info']);
    const overridden = rulesOf(render(monitored({ alertSeverities: { page: 'critical' } })));
    expect(overridden.find((rule) => rule.alert === 'CalypsoServerUnavailable')?.labels.severity).toBe('critical');
    expect(overridden.find((rule) => rule.alert === 'CalypsoPodPending')?.labels.severity).toBe('info');
  });

  test('the heap alert exists only when the contract says the endpoint carries Micrometer JVM metrics', () => {
    const alerts = (spec: EnvironmentSpec): (string | undefined)[] => rulesOf(render(spec)).map((rule) => rule.alert);
    expect(alerts(monitored())).toContain('CalypsoJvmHeapHigh');
    expect(alerts(monitored({}, testSpec({ imageContract: { micrometerJvmMetrics: false } })))).not.toContain('CalypsoJvmHeapHigh');
  });

  test('pod-level alerts name the server: the pod-name pattern maps Deployment and StatefulSet pods to their server', () => {
    const server = (pod: string): string | undefined => new RegExp(`^(?:${POD_TO_SERVER_REGEX})$`).exec(pod)?.[1];
    expect(server('engineserver-trading-7d9c8f6b4-xk2lp')).toBe('engineserver-trading');
    expect(server('authserver-5f7b9c6d48-24567')).toBe('authserver');
    expect(server('eventserver-0')).toBe('eventserver');
    expect(server('calc-2-1')).toBe('calc-2');
  });
});

describe('PromQL validation', () => {
  test('parses with the Prometheus grammar and requires every selector to be scoped to the namespace', () => {
    expect(promqlProblems('sum(rate(x{namespace="ns"}[5m])) > 0', 'ns')).toEqual([]);
    expect(promqlProblems('sum(rate(x{namespace="ns"}[5m]) > 0', 'ns')[0]).toMatch(/^syntax error near "/);
    expect(promqlProblems('x{namespace="ns"', 'ns')[0]).toMatch(/^syntax error/);
    expect(promqlProblems('   ', 'ns')).toEqual(['the expression is empty']);
    expect(promqlProblems('x{namespace="ns"} / y', 'ns')).toEqual(['selector y is not scoped to namespace="ns"']);
    expect(promqlProblems('x{namespace="other"}', 'ns')).toEqual(['selector x{namespace="other"} is not scoped to namespace="ns"']);
    expect(promqlProblems('x{namespace=~"ns"}', 'ns')).toEqual(['selector x{namespace=~"ns"} is not scoped to namespace="ns"']);
  });

  test('synth validation reports a PrometheusRule with an unscoped expression, no severity or a non-https runbook', () => {
    const manifest: Manifest = {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: 'bad', namespace: 'calypso-x' },
      spec: {
        groups: [
          {
            name: 'g',
            rules: [
              { alert: 'A', expr: 'up == 0', labels: {}, annotations: { runbook_url: 'http://x/A.md', summary: 's', description: 'd' } },
            ],
          },
        ],
      },
    };
    const messages = prometheusRuleFindings('x', manifest).map((finding) => finding.message);
    expect(messages).toEqual([
      'group g, rule 0 (A): selector up is not scoped to namespace="calypso-x"',
      'group g, rule 0 (A): severity "undefined" is not one of critical, warning, info',
      'group g, rule 0 (A): runbook_url "http://x/A.md" is not an https link',
    ]);
  });
});

describe('structured logging', () => {
  test.each(['dev', 'uat', 'prod'])('%s: every server logs JSON (ECS) to stdout and says so on its pod', (env) => {
    for (const workload of serverWorkloads(manifestsOf(env))) {
      expect(envOf(serverContainer(workload)).LOGGING_STRUCTURED_FORMAT_CONSOLE).toBe('ecs');
      expect(podAnnotations(workload)[LOG_FORMAT_ANNOTATION]).toBe('ecs');
    }
  });

  test('the pods carry environment and server in the recommended labels, and no redundant extra labels', () => {
    const pod = (find(manifestsOf('prod'), 'Deployment', 'engineserver-trading').spec as { template: { metadata: { labels: object } } })
      .template.metadata.labels;
    expect(pod).toEqual({
      'app.kubernetes.io/name': 'engineserver',
      'app.kubernetes.io/instance': 'prod',
      'app.kubernetes.io/component': 'engineserver-trading',
      'app.kubernetes.io/part-of': 'calypso',
      'app.kubernetes.io/managed-by': 'calypso-k8s',
      'app.kubernetes.io/version': '18.0.0.12',
    });
  });

  test('the image contract chooses the format, or turns the variable off (the pod then says text)', () => {
    const logstash = find(render(testSpec({ imageContract: { logging: { format: 'logstash' } } })), 'Deployment', 'dataserver');
    expect(envOf(serverContainer(logstash)).LOGGING_STRUCTURED_FORMAT_CONSOLE).toBe('logstash');
    expect(podAnnotations(logstash)[LOG_FORMAT_ANNOTATION]).toBe('logstash');
    const off = find(render(testSpec({ imageContract: { logging: { formatVariable: '' } } })), 'Deployment', 'dataserver');
    expect(Object.keys(envOf(serverContainer(off)))).not.toContain('LOGGING_STRUCTURED_FORMAT_CONSOLE');
    expect(podAnnotations(off)[LOG_FORMAT_ANNOTATION]).toBe('text');
  });

  test('log collector hints from the spec reach every pod, the event exporter included', () => {
    const manifests = render(
      monitored({ logging: { podAnnotations: { 'splunk.com/index': 'calypso-test' } }, eventExporter: { image: EXPORTER_IMAGE } }),
    );
    const pods = manifests.filter((manifest) => podSpecOf(manifest));
    expect(pods.map((pod) => pod.metadata.name)).toContain(EVENT_EXPORTER_NAME);
    for (const pod of pods) expect(podAnnotations(pod)['splunk.com/index']).toBe('calypso-test');
    expect(podAnnotations(find(manifests, 'Deployment', EVENT_EXPORTER_NAME))[LOG_FORMAT_ANNOTATION]).toBe('json');
  });
});

describe('event exporter', () => {
  test('runs in UAT and prod, not in dev', () => {
    expect(manifestsOf('dev').some((manifest) => manifest.metadata.name === EVENT_EXPORTER_NAME)).toBe(false);
    for (const env of ['uat', 'prod']) {
      const kinds = manifestsOf(env)
        .filter((manifest) => manifest.metadata.name === EVENT_EXPORTER_NAME)
        .map((manifest) => manifest.kind)
        .sort();
      expect(kinds).toEqual(['ConfigMap', 'Deployment', 'Role', 'RoleBinding', 'ServiceAccount']);
    }
  });

  test('its pod is restricted, and it is the only pod that mounts a ServiceAccount token', () => {
    for (const env of ['uat', 'prod']) {
      const manifests = manifestsOf(env);
      const exporter = find(manifests, 'Deployment', EVENT_EXPORTER_NAME);
      expect(restrictedProblems(podSpecOf(exporter)!)).toEqual([]);
      const pod = podOf(exporter);
      expect(pod.securityContext?.runAsNonRoot).toBe(true);
      expect(pod.containers[0].securityContext?.readOnlyRootFilesystem).toBe(true);
      expect(pod.serviceAccountName).toBe(EVENT_EXPORTER_NAME);
      expect(pod.automountServiceAccountToken).toBe(true);
      expect(
        (find(manifests, 'ServiceAccount', EVENT_EXPORTER_NAME) as { automountServiceAccountToken?: boolean }).automountServiceAccountToken,
      ).toBe(false);
      for (const workload of serverWorkloads(manifests)) expect(podOf(workload).automountServiceAccountToken).toBe(false);
      expect(exporter.spec).toMatchObject({ replicas: 1, strategy: { type: 'Recreate' } });
    }
  });

  test('its Role reads events of the namespace only: no wildcards, no other resources, no writes, no cluster scope', () => {
    const manifests = manifestsOf('prod');
    expect(manifests.some((manifest) => manifest.kind === 'ClusterRole' || manifest.kind === 'ClusterRoleBinding')).toBe(false);
    const role = find(manifests, 'Role', EVENT_EXPORTER_NAME) as Manifest & {
      rules: { apiGroups: string[]; resources: string[]; verbs: string[] }[];
    };
    expect(role.metadata.namespace).toBe('calypso-prod');
    expect(JSON.stringify(role.rules)).not.toContain('*');
    expect(role.rules.flatMap((rule) => rule.apiGroups).sort()).toEqual(['', 'events.k8s.io']);
    for (const rule of role.rules) {
      expect(rule.resources).toEqual(['events']);
      expect([...rule.verbs].sort()).toEqual(['get', 'list', 'watch']);
    }
    const binding = find(manifests, 'RoleBinding', EVENT_EXPORTER_NAME) as Manifest & { roleRef: object; subjects: object[] };
    expect(binding.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: EVENT_EXPORTER_NAME });
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: EVENT_EXPORTER_NAME, namespace: 'calypso-prod' }]);
  });

  test('its configuration sends every event of the namespace to stdout as JSON, from the file the container reads', () => {
    const manifests = manifestsOf('uat');
    const data = (find(manifests, 'ConfigMap', EVENT_EXPORTER_NAME) as unknown as { data: Record<string, string> }).data;
    const config = parse(data['config.yaml']) as Record<string, unknown>;
    expect(config).toMatchObject({
      namespace: 'calypso-uat',
      logFormat: 'json',
      omitLookup: true,
      maxEventAgeSeconds: 60,
      route: { routes: [{ match: [{ receiver: 'stdout' }] }] },
      receivers: [{ name: 'stdout', stdout: {} }],
    });
    const pod = podOf(find(manifests, 'Deployment', EVENT_EXPORTER_NAME));
    const container = pod.containers[0];
    expect(container.image).toBe('ghcr.io/resmoio/kubernetes-event-exporter:v1.7');
    const mount = container.volumeMounts?.find((m) => pod.volumes?.find((v) => v.name === m.name)?.configMap?.name === EVENT_EXPORTER_NAME);
    expect(container.args).toContain(`-conf=${mount?.mountPath}/config.yaml`);
    const resources = container.resources as { requests: Record<string, unknown>; limits: Record<string, unknown> };
    expect(resources.requests.memory).toEqual(resources.limits.memory);
    expect(labelsOf(find(manifests, 'Deployment', EVENT_EXPORTER_NAME))['app.kubernetes.io/version']).toBe('v1.7');
  });

  test('a configuration change rolls the exporter pod', () => {
    const checksum = (maxEventAgeSeconds: number): string =>
      podAnnotations(
        find(render(monitored({ eventExporter: { image: EXPORTER_IMAGE, maxEventAgeSeconds } })), 'Deployment', EVENT_EXPORTER_NAME),
      )['checksum/config'];
    expect(checksum(60)).toMatch(/^[0-9a-f]{64}$/);
    expect(checksum(120)).not.toBe(checksum(60));
  });

  test('a spec without an exporter gets none, even with monitoring', () => {
    expect(render(monitored()).some((manifest) => manifest.metadata.name === EVENT_EXPORTER_NAME)).toBe(false);
  });
});

describe('a spec of your own', () => {
  test('an added scalable server gets its ServiceMonitor and degraded rule, and everything validates', () => {
    const manifests = render({
      ...specWith({ kind: 'calculator', replicas: 2 }),
      monitoring: monitoring({ eventExporter: { image: EXPORTER_IMAGE } }),
    });
    expect(find(manifests, 'ServiceMonitor', 'calculator')).toBeDefined();
    expect(rulesOf(manifests).some((rule) => rule.alert === 'CalypsoServerDegraded' && rule.labels.server === 'calculator')).toBe(true);
    expect(validateRendered([{ name: 'test', tier: 'dev', manifests }])).toEqual([]);
  });
});
