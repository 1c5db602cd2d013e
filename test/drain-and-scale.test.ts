/**
 * Drain and scale simulation over the committed dist/: with the PDBs, spreads,
 * replicas and HPA bounds, draining any one node of a declared pool
 * completes, and every HPA at its maximum can be scheduled on the pools.
 */
import type { EnvironmentSpec } from '../lib';
import { disruptionsAllowed, simulateDrainAndScale, type SimulatedObject } from '../lib/output/drain-and-scale';
import dev from '../environments/dev';
import prod from '../environments/prod';
import uat from '../environments/uat';
import { committedFolder } from './committed-dist';
import { inTier, refusal, render } from './helpers';
import { ofKind, pooledSpec, withServer } from './high-availability-helpers';

const SPECS: Record<string, EnvironmentSpec> = { dev, uat, prod };

/** Every object of one committed environment folder, read back from its YAML (parsed once per run by the global setup: test/committed-dist.ts). */
function committedObjects(environment: string): readonly SimulatedObject[] {
  return committedFolder(environment).manifests as unknown as readonly SimulatedObject[];
}

describe('the committed environments drain and scale', () => {
  test.each(['uat', 'prod'])('%s: every pool declares its node count', (environment) => {
    for (const pool of SPECS[environment].placement?.nodePools ?? [])
      expect({ pool: pool.name, nodes: pool.nodes !== undefined }).toEqual({ pool: pool.name, nodes: true });
  });

  test.each(['dev', 'uat', 'prod'])('%s: draining any one node completes, and every HPA at its maximum is scheduled', (environment) => {
    const spec = SPECS[environment];
    const blocking = new Set(spec.servers.filter((server) => server.blockNodeDrains === true).map((server) => server.name ?? server.kind));
    const findings = simulateDrainAndScale(committedObjects(environment), spec.placement).filter(
      (finding) => !(finding.reason === 'budget' && blocking.has(finding.workload)),
    );
    expect(findings).toEqual([]);
  });

  test.each(['dev', 'uat', 'prod'])('%s: at its minimum replica count every PodDisruptionBudget allows an eviction', (environment) => {
    const objects = committedObjects(environment);
    const blocking = new Set(
      SPECS[environment].servers.filter((server) => server.blockNodeDrains === true).map((server) => server.name ?? server.kind),
    );
    for (const budget of objects.filter((object) => object.kind === 'PodDisruptionBudget')) {
      const name = budget.metadata.name;
      const hpa = objects.find((object) => object.kind === 'HorizontalPodAutoscaler' && object.metadata.name === name);
      const workload = objects.find((object) => ['Deployment', 'StatefulSet'].includes(object.kind) && object.metadata.name === name)!;
      const minimum =
        (hpa?.spec as { minReplicas?: number } | undefined)?.minReplicas ?? (workload.spec as { replicas?: number }).replicas ?? 1;
      const allowed = disruptionsAllowed(budget.spec as never, minimum, minimum);
      expect({ name, allowsEviction: allowed >= 1 || blocking.has(name) }).toEqual({ name, allowsEviction: true });
    }
  });
});

test("prod's canary server (a Rollout) is simulated like a Deployment: scaled far past its pool, it is a finding", () => {
  const objects = committedObjects('prod');
  expect(objects.some((object) => object.kind === 'Rollout' && object.metadata.name === 'calculation-server')).toBe(true);
  const oversized = objects.map((object) =>
    object.kind === 'HorizontalPodAutoscaler' && object.metadata.name === 'calculation-server'
      ? { ...object, spec: { ...(object.spec as object), maxReplicas: 500 } }
      : object,
  );
  const findings = simulateDrainAndScale(oversized, prod.placement).filter((finding) => finding.workload === 'calculation-server');
  expect(findings.map((finding) => finding.scenario)).toContain('maximum');
});

describe('disruption budgets', () => {
  test('policy/v1 arithmetic', () => {
    expect(disruptionsAllowed({ minAvailable: 1 }, 1, 1)).toBe(0);
    expect(disruptionsAllowed({ maxUnavailable: 1 }, 1, 1)).toBe(1);
    expect(disruptionsAllowed({ maxUnavailable: 1 }, 3, 2)).toBe(0);
    expect(disruptionsAllowed({ minAvailable: '50%' }, 3, 3)).toBe(1);
    expect(disruptionsAllowed({ maxUnavailable: 0 }, 4, 4)).toBe(0);
  });

  test('a budget that allows no eviction at one replica stalls a drain', () => {
    const spec = pooledSpec();
    const objects = render(spec).map((manifest) =>
      manifest.kind === 'PodDisruptionBudget' && manifest.metadata.name === 'calculator'
        ? { ...manifest, spec: { ...(manifest.spec as object), maxUnavailable: undefined, minAvailable: 2 } }
        : manifest,
    ) as unknown as SimulatedObject[];
    const pools = spec.placement!.nodePools!.map((pool) => ({ ...pool, nodes: { min: 3 } }));
    const findings = simulateDrainAndScale(objects, { ...spec.placement, nodePools: pools });
    expect(findings.filter((finding) => finding.reason === 'budget').map((finding) => finding.message)).toContain(
      'draining compute-1 stalls: PodDisruptionBudget calculator allows no eviction of calculator at 2 of 2 pods',
    );
  });

  test('blockNodeDrains renders a budget that allows no eviction, even for a singleton', () => {
    const spec = withServer(pooledSpec(), 'dataserver', { blockNodeDrains: true });
    const budget = ofKind(render(spec), 'PodDisruptionBudget').find((manifest) => manifest.metadata.name === 'dataserver');
    expect((budget?.spec as { maxUnavailable: number }).maxUnavailable).toBe(0);
    const pools = spec.placement!.nodePools!.map((pool) => ({ ...pool, nodes: { min: 3 } }));
    const findings = simulateDrainAndScale(render(spec) as unknown as SimulatedObject[], { ...spec.placement, nodePools: pools });
    expect(findings.map((finding) => [finding.workload, finding.reason])).toEqual([['dataserver', 'budget']]);
  });

  test('blockNodeDrains on a server outside the cluster is refused', () => {
    const spec = {
      ...pooledSpec(),
      servers: [
        ...pooledSpec().servers,
        { kind: 'scheduler' as const, external: { host: 's.example', cidrs: ['10.60.4.10/32'] }, blockNodeDrains: true },
      ],
    };
    expect(refusal(spec)).toContain(
      '[test] server scheduler, field blockNodeDrains: means nothing for a server outside the cluster (external: s.example); remove it',
    );
  });
});

describe('scheduling', () => {
  const spec = pooledSpec();
  const withNodes = (min: number, max = min): NonNullable<EnvironmentSpec['placement']> => ({
    ...spec.placement,
    nodePools: spec.placement!.nodePools!.map((pool) => ({ ...pool, nodes: { min, max } })),
  });

  test('a pool with one node cannot be drained: the evicted pods have nowhere to go', () => {
    const findings = simulateDrainAndScale(render(spec) as unknown as SimulatedObject[], withNodes(1));
    expect(findings.some((finding) => finding.scenario === 'drain' && finding.reason === 'unschedulable')).toBe(true);
  });

  test('a hard spread with more replicas than nodes strands pods behind a full node; the soft spread the library renders does not', () => {
    // One node of three is nearly full with a read-only Dataserver: a hard skew of 1 keeps the other two at one calculator each.
    const crowded = {
      ...inTier(spec, 'prod'),
      servers: [
        ...spec.servers.map((server) =>
          server.kind === 'calculator' ? { ...server, autoscaling: { minReplicas: 2, maxReplicas: 5 } } : server,
        ),
        { kind: 'readonly-dataserver' as const, cpu: '7', memory: '14Gi', nodePool: 'compute' },
      ],
    };
    const placement = {
      ...withNodes(3),
      nodePools: withNodes(3).nodePools!.map((pool) =>
        pool.name === 'compute' ? { ...pool, nodeAllocatable: { cpu: '8', memory: '16Gi' } } : pool,
      ),
    };
    const objects = render({ ...crowded, placement }) as unknown as SimulatedObject[];
    const atMaximum = (rendered: readonly SimulatedObject[]): string[] =>
      simulateDrainAndScale(rendered, placement)
        .filter((finding) => finding.scenario === 'maximum')
        .map((finding) => finding.message);
    expect(atMaximum(objects)).toEqual([]);
    const hard = objects.map((object) =>
      object.kind === 'Deployment' && object.metadata.name === 'calculator' ? withHardSpread(object) : object,
    );
    expect(atMaximum(hard)).toEqual(['at maximum scale (5 pods) 3 pod(s) of calculator find no node among the 3 nodes of pool compute']);
  });

  test('scaling to the maximum beyond what the pool may grow to is found', () => {
    const big = withServer(spec, 'calculator', { autoscaling: { minReplicas: 2, maxReplicas: 40 } });
    const findings = simulateDrainAndScale(render(big) as unknown as SimulatedObject[], withNodes(2, 3));
    expect(findings.filter((finding) => finding.scenario === 'maximum').map((finding) => finding.workload)).toEqual(['calculator']);
  });
});

/** The object with every spread constraint hard (DoNotSchedule). */
function withHardSpread(object: SimulatedObject): SimulatedObject {
  const spec = object.spec as { template: { spec: { topologySpreadConstraints?: object[] } } };
  const constraints = (spec.template.spec.topologySpreadConstraints ?? []).map((constraint) => ({
    ...constraint,
    whenUnsatisfiable: 'DoNotSchedule',
  }));
  return {
    ...object,
    spec: { ...spec, template: { ...spec.template, spec: { ...spec.template.spec, topologySpreadConstraints: constraints } } },
  };
}
