/** Canary rollouts (spec `rollout`): an Argo Rollouts Rollout in place of a scalable server's Deployment, gated by analysis. */
import type { LRParser } from '@lezer/lr';
import { App, Chart } from 'cdk8s';
import { CalypsoEnvironment, CalypsoServer, type EnvironmentSpec, type ServerSpec } from '../lib';
import { ADDONS, CLUSTERS, gitops, PLATFORM_ADDONS } from '../environments/shared/defaults';
import { SchemaValidator } from '../lib/output/schema-validator';
import { reviewSummary } from '../lib/output/change-summary';
import { prometheusRuleFindings } from '../lib/output/prometheus-rules';
import { manifestYaml, type Manifest } from '../lib/output/render';
import { committedFolders } from './committed-dist';
import { find, refusal, render, specWith, testSpec } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parser } = require('@prometheus-io/lezer-promql') as { parser: LRParser };

const canary = (server: Partial<ServerSpec> = {}): ServerSpec => ({
  kind: 'calculation-server',
  replicas: 4,
  rollout: { strategy: 'canary' },
  ...server,
});
/** An environment of these servers, with monitoring: a canary's analysis reads what the ServiceMonitors scrape. */
const canarySpec = (...servers: ServerSpec[]): EnvironmentSpec => ({
  ...specWith(...servers),
  monitoring: { runbookBaseUrl: 'https://git.example/calypso/calypso-k8s/-/blob/main' },
});
const refused = (...servers: ServerSpec[]): string => refusal(canarySpec(...servers));

type Selector = { matchLabels?: Record<string, string> };
type Step = { setWeight?: number; pause?: { duration?: string }; analysis?: { templates: { templateName: string }[]; args: unknown[] } };
type RolloutSpec = {
  replicas?: number;
  selector: Selector;
  template: { metadata: { labels: Record<string, string> }; spec: Record<string, unknown> };
  strategy: { canary: { steps: Step[]; maxSurge: number; maxUnavailable: number } };
};
type Metric = { name: string; successCondition: string; provider: { prometheus: { address: string; query: string } } };
const specOf = <T>(manifest: Manifest): T => manifest.spec as T;

describe('the spec refuses a rollout that makes no sense', () => {
  test('on a singleton, naming the server and the field', () => {
    expect(
      refusal(
        testSpec({ servers: testSpec().servers.map((s) => (s.kind === 'dataserver' ? { ...s, rollout: { strategy: 'canary' } } : s)) }),
      ),
    ).toBe(
      '[test] server dataserver, field rollout: a dataserver is a singleton and can never canary: two releases would run side by side; ' +
        'only the scalable kinds (readonly-dataserver, calculation-server, presentation-server, calculator) may',
    );
  });

  test('on a kind that is no scalable tier', () => {
    expect(refused({ kind: 'marketdata-server', replicas: 2, rollout: { strategy: 'canary' } })).toBe(
      '[test] server marketdata-server, field rollout: a marketdata-server is not one of the scalable kinds that may canary ' +
        '(readonly-dataserver, calculation-server, presentation-server, calculator)',
    );
  });

  test('weights that do not climb, or leave 1..99', () => {
    expect(refused(canary({ rollout: { strategy: 'canary', steps: [{ weight: 50 }, { weight: 50 }] } }))).toBe(
      '[test] server calculation-server, field rollout.steps[1].weight: must be above the weight of the step before (50), got 50',
    );
    expect(refused(canary({ rollout: { strategy: 'canary', steps: [{ weight: 20 }, { weight: 120 }] } }))).toBe(
      '[test] server calculation-server, field rollout.steps[1].weight: must be a whole percent from 1 to 99 (the rollout ends at 100 after the last step), got 120',
    );
    expect(refused(canary({ rollout: { strategy: 'canary', steps: [] } }))).toBe(
      '[test] server calculation-server, field rollout.steps: a canary needs at least one step; leave steps out for the default 20% and 50%',
    );
  });

  test('a pause of 0, or one that is no duration', () => {
    expect(refused(canary({ rollout: { strategy: 'canary', steps: [{ weight: 20, pause: '0s' }] } }))).toBe(
      `[test] server calculation-server, field rollout.steps[0].pause: a pause of "0s" holds nothing; give a duration such as 5m, or 'manual'`,
    );
    expect(refused(canary({ rollout: { strategy: 'canary', steps: [{ weight: 20, pause: 'ten minutes' }] } }))).toBe(
      `[test] server calculation-server, field rollout.steps[0].pause: "ten minutes" is not a duration such as 30s, 5m or 1h, nor 'manual'`,
    );
  });

  test('an analysis that could never fail, or a strategy other than canary', () => {
    expect(refused(canary({ rollout: { strategy: 'canary', analysis: { count: 3, failureLimit: 3 } } }))).toBe(
      '[test] server calculation-server, field rollout.analysis.failureLimit: 3 failures of 3 measurements would let every measurement fail',
    );
    expect(refused(canary({ rollout: { strategy: 'blueGreen' as 'canary' } }))).toMatch(
      /^\[test\] server calculation-server, field rollout\.strategy: "blueGreen" is not a rollout strategy/,
    );
  });

  test('a canary in an environment without monitoring, whose analysis would find no metrics and abort every rollout', () => {
    expect(refusal(specWith(canary()))).toBe(
      '[test] field monitoring: calculation-server rolls out as a canary, whose analysis reads the metrics Prometheus scrapes through ' +
        'the ServiceMonitors that monitoring renders; without them every measurement fails and aborts the rollout: add monitoring',
    );
  });

  test('a canary on a cluster without the Argo Rollouts add-on', () => {
    const spec = { ...canarySpec(canary()), gitops: gitops(CLUSTERS.dev, PLATFORM_ADDONS) };
    expect(refusal(spec)).toBe(
      '[test] field gitops.addons: calculation-server rolls out as a canary, but no add-on of cluster calypso-dev installs Rollout.argoproj.io; ' +
        'add the Argo Rollouts add-on (ADDONS.argoRollouts), or nothing would run their pods',
    );
    expect(() => render({ ...spec, gitops: gitops(CLUSTERS.dev, [...PLATFORM_ADDONS, ADDONS.argoRollouts]) })).not.toThrow();
  });

  test('on a server composed by hand, which has no platform to install the controller', () => {
    const chart = new Chart(new App(), 'team', { namespace: 'team' });
    const environment = new CalypsoEnvironment(testSpec());
    expect(() => new CalypsoServer(chart, 'Calc', { environment, ...canary() })).toThrow(
      '[test] server calculation-server, field rollout: only a server of an environment spec has rollout: declare it in the spec, or add it with platform.addServer(spec); here it would be ignored',
    );
  });
});

describe('a canary server', () => {
  const manifests = render(
    canarySpec(
      canary({
        rollout: {
          strategy: 'canary',
          steps: [
            { weight: 25, pause: '5m' },
            { weight: 75, pause: 'manual' },
          ],
        },
      }),
    ),
  );
  const plain = render(canarySpec(canary({ rollout: undefined })));

  test('runs as a Rollout with the Deployment’s name, pod template, labels and selector, and no Deployment', () => {
    expect(manifests.some((m) => m.kind === 'Deployment' && m.metadata.name === 'calculation-server')).toBe(false);
    const rollout = find(manifests, 'Rollout', 'calculation-server');
    const deployment = find(plain, 'Deployment', 'calculation-server');
    expect(rollout.apiVersion).toBe('argoproj.io/v1alpha1');
    expect(rollout.metadata.labels).toEqual(deployment.metadata.labels);
    const [canarySpec, deploymentSpec] = [specOf<RolloutSpec>(rollout), specOf<RolloutSpec>(deployment)];
    expect(canarySpec.selector).toEqual(deploymentSpec.selector);
    expect(canarySpec.replicas).toBe(4);
    // The same pod, but for the label that tells revisions apart in the spread constraints.
    const sameRevision = (template: unknown): string =>
      JSON.stringify(template).replace(/rollouts-pod-template-hash|pod-template-hash/g, 'revision');
    expect(sameRevision(canarySpec.template)).toEqual(sameRevision(deploymentSpec.template));
    expect(JSON.stringify(canarySpec.template)).toContain('"matchLabelKeys":["rollouts-pod-template-hash"]');
  });

  test('climbs by its steps, each followed by the analysis of its AnalysisTemplate on the canary’s pod template hash', () => {
    const analysis = {
      templates: [{ templateName: 'calculation-server' }],
      args: [{ name: 'canary-hash', valueFrom: { podTemplateHashValue: 'Latest' } }],
    };
    expect(specOf<RolloutSpec>(find(manifests, 'Rollout', 'calculation-server')).strategy.canary).toEqual({
      maxSurge: 1,
      maxUnavailable: 0,
      steps: [{ setWeight: 25 }, { pause: { duration: '5m' } }, { analysis }, { setWeight: 75 }, { pause: {} }, { analysis }],
    });
    const template = find(manifests, 'AnalysisTemplate', 'calculation-server');
    expect(
      specOf<{ args: unknown[]; metrics: Metric[] }>(template).metrics.map((metric) => [metric.name, metric.provider.prometheus.address]),
    ).toEqual(
      ['metrics-scraped', 'container-restarts', 'pods-not-ready', 'jvm-heap'].map((name) => [
        name,
        'http://kube-prometheus-stack-prometheus.monitoring.svc:9090',
      ]),
    );
  });

  test('validates strictly against the vendored CRD schemas: an unknown field in the Rollout or the AnalysisTemplate is refused', () => {
    const validator = SchemaValidator.instance();
    const rollout = find(manifests, 'Rollout', 'calculation-server');
    const template = find(manifests, 'AnalysisTemplate', 'calculation-server');
    expect(validator.validate(rollout)).toEqual([]);
    expect(validator.validate(template)).toEqual([]);
    const withUnknown = (manifest: Manifest): Manifest => ({ ...manifest, spec: { ...(manifest.spec as object), canaryWeight: 20 } });
    expect(
      validator
        .validate(withUnknown(rollout))
        .map((finding) => finding.message)
        .join('; '),
    ).toMatch(/canaryWeight/);
    expect(
      validator
        .validate(withUnknown(template))
        .map((finding) => finding.message)
        .join('; '),
    ).toMatch(/canaryWeight/);
  });

  test('its analysis queries are checked like alert rules: a query outside the namespace is a finding', () => {
    const template = find(manifests, 'AnalysisTemplate', 'calculation-server');
    expect(prometheusRuleFindings('test', template)).toEqual([]);
    const spec = specOf<{ metrics: Metric[] }>(template);
    const unscoped = {
      ...spec,
      metrics: [{ ...spec.metrics[0], provider: { prometheus: { ...spec.metrics[0].provider.prometheus, query: 'up' } } }],
    };
    expect(prometheusRuleFindings('test', { ...template, spec: unscoped }).map((finding) => finding.message)).toEqual([
      'metric metrics-scraped: selector up is not scoped to namespace="calypso-test"',
    ]);
  });
});

test('the change summary reads a Rollout like a Deployment: a new release is an image change of the canary server', () => {
  const release = (tag: string): Manifest => {
    const spec = canarySpec(canary());
    const images = Object.fromEntries(Object.entries(spec.images).map(([role, image]) => [role, { ...image, tag }]));
    return find(render({ ...spec, images: images as EnvironmentSpec['images'] }), 'Rollout', 'calculation-server');
  };
  const path = 'dist/test/rollout-calculation-server.yaml';
  const summary = reviewSummary([{ path, before: manifestYaml(release('18.0.0.12')), after: manifestYaml(release('18.0.0.13')) }]);
  expect(summary).toContain(
    `${path} calculation-server: registry.example/calypso-application:18.0.0.12 -> registry.example/calypso-application:18.0.0.13`,
  );
});

/** Metric names by PromQL expression: prod and UAT share most of their alert rules, each parsed once. */
const metricNamesOf = new Map<string, readonly string[]>();

/** Metric names a PromQL expression reads. */
function metricNames(expr: string): readonly string[] {
  const known = metricNamesOf.get(expr);
  if (known !== undefined) return known;
  const names: string[] = [];
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.name !== 'VectorSelector') return;
      const text = expr.slice(node.from, node.to);
      const name = text.split('{')[0].trim();
      if (name !== '') names.push(name);
    },
  });
  metricNamesOf.set(expr, names);
  return names;
}

describe('the committed environments', () => {
  const environments = committedFolders().filter((folder) => folder.manifests.some((m) => m.kind === 'Rollout'));
  const workloadLabels = (manifest: Manifest): Record<string, string> => specOf<RolloutSpec>(manifest).template.metadata.labels;
  const selects = (selector: Record<string, string> | undefined, labels: Record<string, string>): boolean =>
    selector !== undefined && Object.entries(selector).every(([key, value]) => labels[key] === value);

  test('prod and UAT canary their calculation servers, and no Deployment of that name is left', () => {
    expect(environments.map((folder) => folder.name).sort()).toEqual(['prod', 'uat']);
    for (const { manifests } of environments) {
      expect(manifests.filter((m) => m.kind === 'Rollout').map((m) => m.metadata.name)).toEqual(['calculation-server']);
      expect(manifests.filter((m) => m.kind === 'Deployment' && m.metadata.name === 'calculation-server')).toEqual([]);
    }
  });

  test('the HPA scales the Rollout; the PDB, Service, ServiceMonitor and NetworkPolicy select its pods, never by pod-template hash', () => {
    for (const { name, manifests } of environments) {
      const rollout = find(manifests, 'Rollout', 'calculation-server');
      const labels = workloadLabels(rollout);
      expect(specOf<{ scaleTargetRef: unknown }>(find(manifests, 'HorizontalPodAutoscaler', 'calculation-server')).scaleTargetRef).toEqual({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Rollout',
        name: 'calculation-server',
      });
      const selectors = {
        PodDisruptionBudget: specOf<{ selector: Selector }>(find(manifests, 'PodDisruptionBudget', 'calculation-server')).selector
          .matchLabels,
        Service: specOf<{ selector: Record<string, string> }>(find(manifests, 'Service', 'calculation-server')).selector,
        NetworkPolicy: specOf<{ podSelector: Selector }>(find(manifests, 'NetworkPolicy', 'calculation-server')).podSelector.matchLabels,
        Rollout: specOf<RolloutSpec>(rollout).selector.matchLabels,
      };
      for (const [kind, selector] of Object.entries(selectors)) {
        expect({ name, kind, selects: selects(selector, labels) }).toEqual({ name, kind, selects: true });
        expect(Object.keys(selector ?? {}).filter((key) => key.includes('pod-template-hash'))).toEqual([]);
      }
      // The ServiceMonitor finds the Service, which the analysis queries name.
      const monitor = specOf<{ selector: Selector }>(find(manifests, 'ServiceMonitor', 'calculation-server')).selector.matchLabels;
      expect(selects(monitor, find(manifests, 'Service', 'calculation-server').metadata.labels as Record<string, string>)).toBe(true);
    }
  });

  test('the analysis reads only metrics that are scraped, the ones the alert rules read, of the canary’s own pods', () => {
    for (const { manifests } of environments) {
      const alertMetrics = new Set(
        specOf<{ groups: { rules: { expr: string }[] }[] }>(find(manifests, 'PrometheusRule', 'calypso-alerts'))
          .groups.flatMap((group) => group.rules)
          .flatMap((rule) => metricNames(rule.expr)),
      );
      const metrics = specOf<{ metrics: Metric[] }>(find(manifests, 'AnalysisTemplate', 'calculation-server')).metrics;
      const read = metrics.flatMap((metric) => metricNames(metric.provider.prometheus.query.replace(/\{\{args\.[a-z-]+\}\}/g, 'hash')));
      expect(read.length).toBeGreaterThan(0);
      expect(read.filter((metric) => !alertMetrics.has(metric))).toEqual([]);
      for (const metric of metrics) expect(metric.provider.prometheus.query).toContain('pod=~"calculation-server-{{args.canary-hash}}-.*"');
      // The canary's availability alerts read the controller's series: kube-state-metrics knows no Rollouts.
      expect(alertMetrics.has('rollout_info_replicas_available')).toBe(true);
    }
  });

  test('the stop step’s Role may delete the Rollout, and its script does', () => {
    for (const { manifests } of environments) {
      const role = find(manifests, 'Role', 'calypso-stop-servers') as unknown as {
        rules: { apiGroups: string[]; resources: string[]; resourceNames?: string[]; verbs: string[] }[];
      };
      expect(role.rules).toContainEqual({
        apiGroups: ['argoproj.io'],
        resources: ['rollouts'],
        resourceNames: ['calculation-server'],
        verbs: ['delete'],
      });
      const job = manifests.find((m) => m.kind === 'Job' && m.metadata.name.startsWith('stop-servers-'))!;
      expect(JSON.stringify(job.spec)).toContain('rollouts.argoproj.io/calculation-server');
    }
  });

  test('the first sync after a server became a canary: the stop step also deletes the Deployment it replaced, so its wait can end', () => {
    for (const { manifests } of environments) {
      const role = find(manifests, 'Role', 'calypso-stop-servers') as unknown as {
        rules: { apiGroups: string[]; resources: string[]; resourceNames?: string[]; verbs: string[] }[];
      };
      const deployments = role.rules.find((rule) => rule.resources.includes('deployments'));
      expect(deployments?.resourceNames).toContain('calculation-server');
      const job = manifests.find((m) => m.kind === 'Job' && m.metadata.name.startsWith('stop-servers-'))!;
      const script = JSON.stringify(job.spec);
      // The live cluster still runs deployment/calculation-server, whose pods the stage waits for: it is deleted in the same stage.
      expect(script).toContain('--wait=false rollouts.argoproj.io/calculation-server deployment/calculation-server ');
    }
  });

  test('their clusters run the pinned Argo Rollouts add-on, and the dev cluster does not', () => {
    const argocd = committedFolders().find((folder) => folder.name === 'argocd')!.manifests;
    const rollouts = argocd.filter((m) => m.kind === 'Application' && m.metadata.name.startsWith('argo-rollouts-'));
    expect(rollouts.map((m) => m.metadata.name).sort()).toEqual(['argo-rollouts-calypso-prod', 'argo-rollouts-calypso-uat']);
    for (const app of rollouts) {
      expect(specOf<{ source: Record<string, unknown> }>(app).source).toMatchObject({
        repoURL: 'https://argoproj.github.io/argo-helm',
        chart: 'argo-rollouts',
        targetRevision: '2.41.0',
      });
    }
  });
});

test('a spec helper for other teams: the canary in prod is in its environment file, opt-in per server', () => {
  const prodSpec = committedFolders().find((folder) => folder.name === 'prod')!.environment!.spec as EnvironmentSpec;
  expect(prodSpec.servers.filter((server) => server.rollout !== undefined).map((server) => server.kind)).toEqual(['calculation-server']);
});
