/** HorizontalPodAutoscalers, recommendation-only VerticalPodAutoscalers and PodDisruptionBudgets. */
import { App, Chart } from 'cdk8s';
import { CalypsoEnvironment, CalypsoHorizontalAutoscaler, CalypsoServer, SpecError } from '../lib';
import { appManifests } from '../lib/output/render';
import { committedManifests, find, render, specWith, testSpec } from './helpers';
import { ofKind, refusal, specOf, withServer } from './high-availability-helpers';

type HpaSpec = {
  scaleTargetRef: { apiVersion: string; kind: string; name: string };
  minReplicas: number;
  maxReplicas: number;
  metrics: { type: string; resource: { name: string; target: { type: string; averageUtilization: number } } }[];
  behavior: unknown;
};

describe('HorizontalPodAutoscaler', () => {
  const manifests = render(
    specWith(
      { kind: 'calculator', autoscaling: { minReplicas: 2, maxReplicas: 8, utilization: { cpu: 60 } } },
      { kind: 'readonly-dataserver', replicas: 3, autoscaling: { maxReplicas: 5 } },
    ),
  );

  test('targets the workload by kind and name, and the workload leaves replicas to it', () => {
    const hpa = find(manifests, 'HorizontalPodAutoscaler', 'calculator');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    const spec = specOf<HpaSpec>(hpa);
    const workload = find(manifests, spec.scaleTargetRef.kind, spec.scaleTargetRef.name);
    expect(workload.apiVersion).toBe(spec.scaleTargetRef.apiVersion);
    expect(workload.kind).toBe('Deployment');
    expect(specOf(workload)).not.toHaveProperty('replicas');
    expect([spec.minReplicas, spec.maxReplicas]).toEqual([2, 8]);
  });

  test('scales on CPU utilization of the requests', () => {
    expect(specOf<HpaSpec>(find(manifests, 'HorizontalPodAutoscaler', 'calculator')).metrics).toEqual([
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } },
    ]);
  });

  test('no committed HPA scales a fixed-heap JVM on memory', () => {
    for (const environment of ['dev', 'uat', 'prod']) {
      for (const hpa of ofKind(committedManifests(environment), 'HorizontalPodAutoscaler')) {
        const metrics = specOf<HpaSpec>(hpa).metrics.map((metric) => metric.resource.name);
        expect({ environment, hpa: hpa.metadata.name, metrics }).toEqual({ environment, hpa: hpa.metadata.name, metrics: ['cpu'] });
      }
    }
  });

  test('without targets it scales on CPU at 70%, and replicas is the minimum', () => {
    const spec = specOf<HpaSpec>(find(manifests, 'HorizontalPodAutoscaler', 'readonly-dataserver'));
    expect(spec.metrics.map((metric) => [metric.resource.name, metric.resource.target.averageUtilization])).toEqual([['cpu', 70]]);
    expect([spec.minReplicas, spec.maxReplicas]).toEqual([3, 5]);
  });

  test('scales up in limited steps and down slowly, one pod at a time', () => {
    const behavior = specOf<HpaSpec>(find(manifests, 'HorizontalPodAutoscaler', 'calculator')).behavior;
    expect(behavior).toEqual({
      scaleUp: {
        stabilizationWindowSeconds: 120,
        selectPolicy: 'Max',
        policies: [
          { type: 'Pods', value: 2, periodSeconds: 300 },
          { type: 'Percent', value: 50, periodSeconds: 300 },
        ],
      },
      scaleDown: { stabilizationWindowSeconds: 600, selectPolicy: 'Min', policies: [{ type: 'Pods', value: 1, periodSeconds: 300 }] },
    });
  });

  test('servers without autoscaling keep their replicas and get no HPA', () => {
    expect(ofKind(manifests, 'HorizontalPodAutoscaler').map((hpa) => hpa.metadata.name)).toEqual(['calculator', 'readonly-dataserver']);
    expect(specOf(find(manifests, 'Deployment', 'authserver')).replicas).toBe(1);
  });

  test('the construct refuses a singleton when used by hand', () => {
    const app = new App();
    const chart = new Chart(app, 'team', { namespace: 'team' });
    const environment = new CalypsoEnvironment(testSpec());
    const dataserver = new CalypsoServer(chart, 'Data', { environment, kind: 'dataserver' });
    expect(() => new CalypsoHorizontalAutoscaler(chart, 'Hpa', { server: dataserver, maxReplicas: 3 })).toThrow(SpecError);
    const calculator = new CalypsoServer(chart, 'Calc', { environment, kind: 'calculator' });
    new CalypsoHorizontalAutoscaler(chart, 'CalcHpa', { server: calculator, minReplicas: 2, maxReplicas: 4 });
    const objects = appManifests(app);
    expect(specOf(find(objects, 'Deployment', 'calculator'))).not.toHaveProperty('replicas');
    expect(find(objects, 'HorizontalPodAutoscaler', 'calculator').metadata.namespace).toBe('team');
  });
});

describe('VerticalPodAutoscaler', () => {
  const spec = {
    ...specWith(
      { kind: 'calculator', autoscaling: { maxReplicas: 4 } },
      { kind: 'scheduler', external: { host: 'scheduler.example', cidrs: ['10.60.4.10/32'] } },
    ),
    verticalAutoscaling: { recommendFor: 'singletons' as const },
  };
  const manifests = render(spec);

  test('singletons in the cluster get one, recommendation only', () => {
    expect(ofKind(manifests, 'VerticalPodAutoscaler').map((vpa) => vpa.metadata.name)).toEqual([
      'eventserver',
      'dataserver',
      'engineserver',
    ]);
    const vpa = find(manifests, 'VerticalPodAutoscaler', 'eventserver');
    expect(vpa.apiVersion).toBe('autoscaling.k8s.io/v1');
    expect(specOf(vpa)).toEqual({
      targetRef: { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'eventserver' },
      updatePolicy: { updateMode: 'Off' },
      resourcePolicy: {
        containerPolicies: [
          { containerName: 'eventserver', controlledResources: ['cpu', 'memory'], controlledValues: 'RequestsAndLimits' },
          { containerName: '*', mode: 'Off' },
        ],
      },
    });
  });

  test('named servers get one; servers an HPA scales never do', () => {
    const named = render({ ...spec, verticalAutoscaling: { recommendFor: ['authserver', 'dataserver'] } });
    expect(ofKind(named, 'VerticalPodAutoscaler').map((vpa) => vpa.metadata.name)).toEqual(['authserver', 'dataserver']);
    expect(ofKind(manifests, 'VerticalPodAutoscaler').map((vpa) => vpa.metadata.name)).not.toContain('calculator');
  });

  test('environments without verticalAutoscaling get none', () => {
    expect(ofKind(render(testSpec()), 'VerticalPodAutoscaler')).toEqual([]);
  });
});

describe('PodDisruptionBudget', () => {
  const manifests = render(
    specWith(
      { kind: 'calculator', autoscaling: { minReplicas: 2, maxReplicas: 4 } },
      { kind: 'readonly-dataserver', autoscaling: { minReplicas: 1, maxReplicas: 4 } },
      { kind: 'presentation-server', replicas: 3 },
    ),
  );

  test('every server that may run more than one pod gets one (an HPA from 1 to 4 too); singletons never do', () => {
    expect(
      ofKind(manifests, 'PodDisruptionBudget')
        .map((pdb) => pdb.metadata.name)
        .sort(),
    ).toEqual(['calculator', 'presentation-server', 'readonly-dataserver']);
  });

  test('allows one pod down at a time, always lets unhealthy pods go, and selects exactly the workload', () => {
    const pdb = find(manifests, 'PodDisruptionBudget', 'calculator');
    expect(pdb.apiVersion).toBe('policy/v1');
    const spec = specOf<{ maxUnavailable: number; unhealthyPodEvictionPolicy: string; selector: unknown }>(pdb);
    expect(spec.maxUnavailable).toBe(1);
    expect(spec.unhealthyPodEvictionPolicy).toBe('AlwaysAllow');
    expect(spec.selector).toEqual(specOf(find(manifests, 'Deployment', 'calculator')).selector);
  });
});

describe('autoscaling rules', () => {
  test('an HPA on a singleton', () => {
    expect(refusal(withServer(testSpec(), 'dataserver', { autoscaling: { maxReplicas: 3 } }))).toContain(
      '[test] server dataserver, field autoscaling: a dataserver is a singleton and runs exactly 1 replica; only readonly-dataserver, calculation-server, calculator scale horizontally',
    );
  });

  test.each<[string, object, string]>([
    [
      'an HPA on a kind that does not scale',
      { kind: 'presentation-server', autoscaling: { maxReplicas: 3 } },
      '[test] server presentation-server, field autoscaling: a presentation-server does not scale horizontally; only readonly-dataserver, calculation-server, calculator do',
    ],
    [
      'minReplicas above maxReplicas',
      { kind: 'calculator', autoscaling: { minReplicas: 5, maxReplicas: 3 } },
      '[test] server calculator, field autoscaling.maxReplicas: 3 is below minReplicas 5',
    ],
    [
      'minReplicas below one',
      { kind: 'calculator', autoscaling: { minReplicas: 0, maxReplicas: 3 } },
      '[test] server calculator, field autoscaling.minReplicas: must be a whole number of at least 1, got 0',
    ],
    [
      'replicas and minReplicas that disagree',
      { kind: 'calculator', replicas: 4, autoscaling: { minReplicas: 2, maxReplicas: 6 } },
      '[test] server calculator, field autoscaling.minReplicas: 2 disagrees with replicas 4; with autoscaling, replicas is the minimum: give one of them',
    ],
    [
      'a metric on a resource the container does not request',
      { kind: 'calculator', autoscaling: { maxReplicas: 6, utilization: { cpu: 70, 'ephemeral-storage': 80 } } },
      '[test] server calculator, field autoscaling.utilization.ephemeral-storage: the calculator container requests cpu and memory only; a utilization target on ephemeral-storage has no request to measure against',
    ],
    [
      'a memory target on a JVM whose heap is fixed',
      { kind: 'calculator', memory: '8Gi', autoscaling: { maxReplicas: 6, utilization: { cpu: 70, memory: 90 } } },
      '[test] server calculator, field autoscaling.utilization.memory: the JVM holds a fixed heap (-Xms equals -Xmx: 6Gi of the 8Gi limit) whatever its load, so memory utilization never falls and the autoscaler would scale out and never back in; scale on cpu only (e.g. { cpu: 70 }) (memory: 90)',
    ],
    [
      'a utilization that is not a percentage',
      { kind: 'calculator', autoscaling: { maxReplicas: 6, utilization: { cpu: 0 } } },
      '[test] server calculator, field autoscaling.utilization.cpu: must be a whole percentage above 0, got 0',
    ],
    [
      'no utilization target at all',
      { kind: 'calculator', autoscaling: { maxReplicas: 6, utilization: {} } },
      '[test] server calculator, field autoscaling.utilization: needs at least one target, e.g. { cpu: 70 }',
    ],
  ])('%s', (_case, server, message) => {
    expect(refusal(specWith(server as never))).toContain(message);
  });

  test('a VPA on a server an HPA scales', () => {
    const spec = {
      ...specWith({ kind: 'calculator', autoscaling: { maxReplicas: 4 } }),
      verticalAutoscaling: { recommendFor: ['calculator'] },
    };
    expect(refusal(spec)).toContain(
      '[test] field verticalAutoscaling.recommendFor: an HPA already scales calculator; a VPA on the same pods would work against it',
    );
  });

  test('a VPA that would evict pods (mode Auto)', () => {
    const spec = { ...testSpec(), verticalAutoscaling: { recommendFor: 'singletons', updateMode: 'Auto' } } as never;
    expect(refusal(spec)).toContain(
      '[test] field verticalAutoscaling.updateMode: "Auto" would let the VPA evict pods to resize them; only "Off" (recommendations only) is supported',
    );
  });

  test('a VPA for an unknown or external server', () => {
    const spec = {
      ...specWith({ kind: 'scheduler', external: { host: 'scheduler.example', cidrs: ['10.60.4.10/32'] } }),
      verticalAutoscaling: { recommendFor: ['riskserver', 'scheduler'] },
    };
    const message = refusal(spec);
    expect(message).toContain('[test] field verticalAutoscaling.recommendFor: "riskserver" is not a server of this environment');
    expect(message).toContain(
      '[test] field verticalAutoscaling.recommendFor: scheduler runs outside the cluster (external); there are no pods to size',
    );
  });
});
