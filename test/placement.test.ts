/** Node pools, zones, topology spread and priority classes. */
import type { EnvironmentSpec } from '../lib';
import { committedManifests, find, inTier, podOf, render, specWith, testSpec } from './helpers';
import dev from '../environments/dev';
import prod from '../environments/prod';
import uat from '../environments/uat';
import { ofKind, pooledSpec, refusal, withServer } from './high-availability-helpers';

type Constraint = {
  topologyKey: string;
  whenUnsatisfiable: string;
  maxSkew: number;
  labelSelector: { matchLabels: Record<string, string> };
  matchLabelKeys?: string[];
  nodeAffinityPolicy: string;
  nodeTaintsPolicy: string;
};
const constraintsOf = (manifests: ReturnType<typeof render>, kind: string, name: string): Constraint[] =>
  (podOf(find(manifests, kind, name)).topologySpreadConstraints ?? []) as unknown as Constraint[];

describe('node pools', () => {
  const spec = pooledSpec();
  const manifests = render(spec);

  test("each server selects its pool's nodes and tolerates exactly the pool's taints", () => {
    for (const name of ['eventserver', 'dataserver', 'calculator']) {
      const kind = name === 'eventserver' ? 'StatefulSet' : 'Deployment';
      const server = spec.servers.find((candidate) => (candidate.name ?? candidate.kind) === name)!;
      const pool = spec.placement!.nodePools!.find((candidate) => candidate.name === server.nodePool)!;
      const pod = podOf(find(manifests, kind, name));
      expect(pod.nodeSelector).toEqual(pool.nodeLabels);
      const tolerated = (pod.tolerations ?? []).map((toleration) => ({
        key: toleration.key,
        value: toleration.value,
        effect: toleration.effect,
      }));
      expect(tolerated).toEqual((pool.taints ?? []).map((taint) => ({ key: taint.key, value: taint.value, effect: taint.effect })));
    }
    expect(podOf(find(manifests, 'Deployment', 'dataserver')).tolerations).toEqual([
      { key: 'pool.example/name', operator: 'Equal', value: 'core', effect: 'NoSchedule' },
      { key: 'pool.example/dedicated', operator: 'Exists', effect: 'NoExecute' },
    ]);
    expect(podOf(find(manifests, 'Deployment', 'calculator')).tolerations).toBeUndefined();
  });

  test('without pools, pods carry no node selector or tolerations', () => {
    const pod = podOf(find(render(testSpec()), 'Deployment', 'dataserver'));
    expect(pod.nodeSelector).toBeUndefined();
    expect(pod.tolerations).toBeUndefined();
  });
});

describe('topology spread', () => {
  const zones = ['zone-a', 'zone-b', 'zone-c'];

  test('multi-pod servers spread across nodes; singletons are not constrained', () => {
    const manifests = render(
      specWith({ kind: 'calculator', autoscaling: { minReplicas: 1, maxReplicas: 4 } }, { kind: 'marketdata-server', replicas: 2 }),
    );
    for (const name of ['calculator', 'marketdata-server']) {
      expect(constraintsOf(manifests, 'Deployment', name)).toEqual([
        {
          topologyKey: 'kubernetes.io/hostname',
          maxSkew: 1,
          whenUnsatisfiable: 'ScheduleAnyway',
          labelSelector: {
            matchLabels: (find(manifests, 'Deployment', name).spec as { selector: { matchLabels: object } }).selector.matchLabels,
          },
          matchLabelKeys: ['pod-template-hash'],
          nodeAffinityPolicy: 'Honor',
          nodeTaintsPolicy: 'Honor',
        },
      ]);
    }
    expect(constraintsOf(manifests, 'Deployment', 'dataserver')).toEqual([]);
    expect(constraintsOf(manifests, 'StatefulSet', 'eventserver')).toEqual([]);
  });

  test('with zones, multi-pod servers also spread across zones, and every pod stays in the zones', () => {
    const manifests = render({ ...specWith({ kind: 'presentation-server', replicas: 3 }), placement: { zones } });
    expect(constraintsOf(manifests, 'Deployment', 'presentation-server').map((c) => c.topologyKey)).toEqual([
      'kubernetes.io/hostname',
      'topology.kubernetes.io/zone',
    ]);
    for (const [kind, name] of [
      ['Deployment', 'presentation-server'],
      ['Deployment', 'dataserver'],
      ['StatefulSet', 'eventserver'],
    ]) {
      expect(podOf(find(manifests, kind, name)).affinity).toEqual({
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'In', values: zones }] }],
          },
        },
      });
    }
  });

  test('prod spreads as a hard constraint, other tiers as a preference, unless the spec says otherwise', () => {
    const spread = (spec: EnvironmentSpec): string[] =>
      constraintsOf(render(spec), 'Deployment', 'presentation-server').map((constraint) => constraint.whenUnsatisfiable);
    const base = { ...specWith({ kind: 'presentation-server', replicas: 2 }), placement: { zones } };
    expect(spread(inTier(base, 'prod'))).toEqual(['DoNotSchedule', 'DoNotSchedule']);
    expect(spread(inTier(base, 'uat'))).toEqual(['ScheduleAnyway', 'ScheduleAnyway']);
    expect(spread({ ...inTier(base, 'uat'), placement: { zones, spread: 'required' } })).toEqual(['DoNotSchedule', 'DoNotSchedule']);
  });
});

describe('spread that always fits', () => {
  const zones = ['zone-a', 'zone-b', 'zone-c'];
  const spreadOf = (spec: EnvironmentSpec, name: string): Record<string, string> =>
    Object.fromEntries(constraintsOf(render(spec), 'Deployment', name).map((c) => [c.topologyKey, c.whenUnsatisfiable]));
  const prodPooled = (minNodes: number, maxReplicas: number): EnvironmentSpec => {
    const spec = inTier(pooledSpec(), 'prod');
    const [core, compute] = spec.placement!.nodePools!;
    return withServer(
      { ...spec, placement: { zones, nodePools: [core, { ...compute, nodes: { min: minNodes, max: 12 } }] } },
      'calculator',
      { autoscaling: { minReplicas: 2, maxReplicas } },
    );
  };

  test('an autoscaled tier whose maximum exceeds the nodes the pool always has, or the zones, spreads softly', () => {
    expect(spreadOf(prodPooled(3, 5), 'calculator')).toEqual({
      'kubernetes.io/hostname': 'ScheduleAnyway',
      'topology.kubernetes.io/zone': 'ScheduleAnyway',
    });
  });

  test('where the maximum always fits one pod per node and per zone, the spread stays hard', () => {
    expect(spreadOf(prodPooled(3, 3), 'calculator')).toEqual({
      'kubernetes.io/hostname': 'DoNotSchedule',
      'topology.kubernetes.io/zone': 'DoNotSchedule',
    });
    expect(spreadOf(prodPooled(6, 5), 'calculator')).toEqual({
      'kubernetes.io/hostname': 'DoNotSchedule',
      'topology.kubernetes.io/zone': 'ScheduleAnyway',
    });
  });

  test('an autoscaled tier in a pool of unknown size spreads softly; a fixed replica count keeps the hard rule', () => {
    const spec = inTier(
      specWith({ kind: 'calculator', autoscaling: { maxReplicas: 6 } }, { kind: 'marketdata-server', replicas: 4 }),
      'prod',
    );
    const zoned = { ...spec, placement: { zones } };
    expect(spreadOf(zoned, 'calculator')).toEqual({
      'kubernetes.io/hostname': 'ScheduleAnyway',
      'topology.kubernetes.io/zone': 'ScheduleAnyway',
    });
    expect(spreadOf(zoned, 'marketdata-server')).toEqual({
      'kubernetes.io/hostname': 'DoNotSchedule',
      'topology.kubernetes.io/zone': 'DoNotSchedule',
    });
  });

  test('no committed server has a hard spread its HPA maximum could outgrow', () => {
    for (const [environment, spec] of Object.entries({ dev, uat, prod })) {
      for (const server of spec.servers.filter((candidate) => candidate.autoscaling !== undefined)) {
        const name = server.name ?? server.kind;
        const pool = spec.placement?.nodePools?.find((candidate) => candidate.name === server.nodePool);
        // A canary server's workload is its Rollout.
        const hard = constraintsOf(committedManifests(environment), server.rollout === undefined ? 'Deployment' : 'Rollout', name)
          .filter((constraint) => constraint.whenUnsatisfiable === 'DoNotSchedule')
          .map((constraint) => constraint.topologyKey);
        const room: Record<string, number> = {
          'kubernetes.io/hostname': pool?.nodes?.min ?? 0,
          'topology.kubernetes.io/zone': spec.placement?.zones?.length ?? 0,
        };
        const outgrown = hard.filter((key) => server.autoscaling!.maxReplicas > room[key]);
        expect({ environment, name, outgrown }).toEqual({ environment, name, outgrown: [] });
      }
    }
  });
});

describe('priority classes', () => {
  const manifests = render(specWith({ kind: 'dispatcher' }, { kind: 'calculator', replicas: 2 }));

  test('core servers and other singletons get classes of their own, cluster-scoped and named after the namespace', () => {
    const classes = ofKind(manifests, 'PriorityClass');
    expect(classes.map((pc) => [pc.metadata.name, pc.metadata.namespace, pc.value, pc.preemptionPolicy, pc.globalDefault])).toEqual([
      ['calypso-test-core', undefined, 10000, 'PreemptLowerPriority', false],
      ['calypso-test-singleton', undefined, 9000, 'PreemptLowerPriority', false],
    ]);
  });

  test('each pod names its class; other servers keep the default priority', () => {
    const priority = (kind: string, name: string): string | undefined => podOf(find(manifests, kind, name)).priorityClassName;
    expect(priority('StatefulSet', 'eventserver')).toBe('calypso-test-core');
    expect(priority('Deployment', 'authserver')).toBe('calypso-test-core');
    expect(priority('Deployment', 'dataserver')).toBe('calypso-test-core');
    expect(priority('Deployment', 'engineserver')).toBe('calypso-test-singleton');
    expect(priority('Deployment', 'dispatcher')).toBe('calypso-test-singleton');
    expect(priority('Deployment', 'calculator')).toBeUndefined();
  });

  test('prod outranks UAT outranks dev, and the core class outranks the rest', () => {
    const value = (tier: EnvironmentSpec['tier'], name: string): number =>
      find(render(testSpec({ tier })), 'PriorityClass', name).value as number;
    const prodCore = value('prod', 'calypso-test-core');
    expect(prodCore).toBeGreaterThan(value('uat', 'calypso-test-core'));
    expect(value('uat', 'calypso-test-core')).toBeGreaterThan(value('dev', 'calypso-test-core'));
    expect(value('dev', 'calypso-test-core')).toBeGreaterThan(value('dev', 'calypso-test-singleton'));
    expect(prodCore).toBeLessThan(1_000_000_000);
  });
});

describe('placement rules', () => {
  const pools = pooledSpec().placement!;

  test.each<[string, EnvironmentSpec, string]>([
    [
      'a server whose pod does not fit a node of its pool',
      withServer(pooledSpec(), 'dataserver', { cpu: '10', memory: '16Gi' }),
      '[test] server dataserver, field nodePool: each pod requests 10 CPU and 16Gi, more than a node of pool core offers (8 CPU, 32Gi); it would never be scheduled',
    ],
    [
      'an unknown pool',
      withServer(pooledSpec(), 'dataserver', { nodePool: 'gpu' }),
      '[test] server dataserver, field nodePool: "gpu" is not a node pool of this environment (pools: core, compute)',
    ],
    [
      'a pool in an environment that declares none',
      withServer(testSpec(), 'dataserver', { nodePool: 'core' }),
      '[test] server dataserver, field nodePool: "core" names a node pool, but the environment declares none (placement.nodePools)',
    ],
    [
      'a server without a pool where pools are declared',
      withServer(pooledSpec(), 'authserver', { nodePool: undefined }),
      '[test] server authserver, field nodePool: the environment declares node pools (core, compute); every server names the pool it runs in',
    ],
    [
      'a pool on an external server',
      {
        ...pooledSpec(),
        servers: [
          ...pooledSpec().servers,
          { kind: 'scheduler', external: { host: 's.example', cidrs: ['10.60.4.10/32'] }, nodePool: 'core' },
        ],
      },
      '[test] server scheduler, field nodePool: the server runs outside the cluster (external); it has no pods to place in core',
    ],
    [
      'a node size that is not a quantity',
      pooledSpec({
        placement: { nodePools: [{ ...pools.nodePools![0], nodeAllocatable: { cpu: '8 cores', memory: '32Gi' } }, pools.nodePools![1]] },
      }),
      '[test] field placement.nodePools[0].nodeAllocatable.cpu: "8 cores" is not a CPU quantity such as 15500m or 16',
    ],
    [
      'a taint with an unknown effect',
      pooledSpec({
        placement: {
          nodePools: [{ ...pools.nodePools![0], taints: [{ key: 'pool.example/name', effect: 'NoRun' as never }] }, pools.nodePools![1]],
        },
      }),
      '[test] field placement.nodePools[0].taints[0].effect: "NoRun" is not a taint effect; use one of NoSchedule, PreferNoSchedule, NoExecute',
    ],
    [
      'a pool without node labels',
      pooledSpec({ placement: { nodePools: [{ ...pools.nodePools![0], nodeLabels: {} }, pools.nodePools![1]] } }),
      '[test] field placement.nodePools[0].nodeLabels: pool core needs at least one node label to select its nodes by',
    ],
    [
      'two pools with one name',
      pooledSpec({ placement: { nodePools: [pools.nodePools![0], { ...pools.nodePools![1], name: 'core' }] } }),
      '[test] field placement.nodePools[1].name: two node pools are named "core"',
    ],
    [
      'a pool with no nodes',
      pooledSpec({ placement: { nodePools: [{ ...pools.nodePools![0], nodes: { min: 0 } }, pools.nodePools![1]] } }),
      '[test] field placement.nodePools[0].nodes.min: must be a whole number of nodes above 0 (min: 0)',
    ],
    [
      'a pool whose autoscaler maximum is below its minimum',
      pooledSpec({ placement: { nodePools: [{ ...pools.nodePools![0], nodes: { min: 3, max: 2 } }, pools.nodePools![1]] } }),
      '[test] field placement.nodePools[0].nodes.max: must be a whole number of nodes of at least min 3 (max: 2)',
    ],
    [
      'a single zone',
      testSpec({ placement: { zones: ['zone-a'] } }),
      '[test] field placement.zones: spreading needs at least 2 zones, got 1; leave zones out instead',
    ],
    [
      'a zone listed twice',
      testSpec({ placement: { zones: ['zone-a', 'zone-a'] } }),
      '[test] field placement.zones: lists zone-a more than once',
    ],
  ])('%s', (_case, spec, message) => {
    expect(refusal(spec)).toContain(message);
  });

  test('the fit counts init containers: a pod requests at least what its largest init container does', () => {
    const tiny = pooledSpec({
      placement: { nodePools: [{ ...pools.nodePools![0], nodeAllocatable: { cpu: '80m', memory: '32Gi' } }, pools.nodePools![1]] },
    });
    const spec = { ...tiny, servers: tiny.servers.map((server) => (server.kind === 'calculator' ? server : { ...server, cpu: '50m' })) };
    expect(refusal(spec)).toContain(
      '[test] server eventserver, field nodePool: each pod requests 100m CPU and 1Gi, more than a node of pool core offers (80m CPU, 32Gi)',
    );
  });
});
