/** The sizing report: numbers for a small spec computed by hand, the init-container rule, the CLI and the synth summary line. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveEnvironmentSpec } from '../lib';
import { podRequestOf } from '../lib/model/placement-spec';
import { formatSizing, nodesNeeded, sizeEnvironment, sizeWorkloads, sizingSummary, type SizedObject } from '../lib/model/sizing';
import { loadEnvironments } from '../apps/load-environments';
import { sizingReport } from '../apps/sizing';
import { formatReport, synthesize } from '../apps/synth';
import { committedManifests, render, tempDir } from './helpers';
import { pooledSpec } from './high-availability-helpers';

const GI = 1024 ** 3;

describe('a small spec, by hand', () => {
  // core: eventserver 1 CPU 1Gi, authserver 1 CPU 1Gi, dataserver 4 CPU 2Gi, engineserver 2 CPU 2Gi (node 8 CPU, 32Gi)
  // compute: calculator 2 CPU 4Gi, HPA 2..5 (node 16 CPU, 64Gi)
  const spec = pooledSpec();
  const sizing = sizeEnvironment(spec.name, render(spec), spec.placement);
  const pool = (name: string) => sizing.pools.find((candidate) => candidate.pool === name)!;

  test('per pool: pods, requests and limits at minimum and maximum scale', () => {
    expect(pool('core').atMinimum).toEqual({
      pods: 4,
      requests: { cpuMillis: 8000, memoryBytes: 6 * GI },
      limits: { cpuMillis: 8000, memoryBytes: 6 * GI },
    });
    expect(pool('core').atMaximum).toEqual(pool('core').atMinimum);
    expect(pool('compute').atMinimum).toEqual({
      pods: 2,
      requests: { cpuMillis: 4000, memoryBytes: 8 * GI },
      limits: { cpuMillis: 4000, memoryBytes: 8 * GI },
    });
    expect(pool('compute').atMaximum).toEqual({
      pods: 5,
      requests: { cpuMillis: 10000, memoryBytes: 20 * GI },
      limits: { cpuMillis: 10000, memoryBytes: 20 * GI },
    });
    expect(sizing.atMinimum.requests).toEqual({ cpuMillis: 12000, memoryBytes: 14 * GI });
    expect(sizing.atMaximum.requests).toEqual({ cpuMillis: 18000, memoryBytes: 26 * GI });
  });

  test('the largest pod, and the nodes each pool needs', () => {
    expect([pool('core').largestCpu.name, pool('core').largestMemory.name]).toEqual(['dataserver', 'dataserver']);
    expect(pool('compute').largestMemory.request).toEqual({ cpuMillis: 2000, memoryBytes: 4 * GI });
    // core: 8 CPU of pods on 8-CPU nodes, all singletons: one node. compute: a multi-pod server needs two nodes.
    expect([pool('core').nodesAtMinimum, pool('core').nodesAtMaximum]).toEqual([1, 1]);
    expect([pool('compute').nodesAtMinimum, pool('compute').nodesAtMaximum]).toEqual([2, 2]);
  });

  test('the report and the summary line show those numbers', () => {
    const report = formatSizing(sizing);
    expect(report).toContain('core     minimum     4        8        8      6Gi      6Gi      1');
    expect(report).toContain('compute  maximum     5       10       10     20Gi     20Gi      2');
    expect(report).toContain('total    maximum     9       18       18     26Gi     26Gi');
    expect(report).toContain('compute (node: 16 CPU, 64Gi): calculator x2-5');
    expect(sizingSummary(sizing)).toBe(
      'test requests: 6 pods, 12 CPU, 14Gi at minimum scale; 9 pods, 18 CPU, 26Gi at maximum; largest pod 4 CPU (dataserver), 4Gi (calculator)',
    );
  });
});

describe("a pod's request", () => {
  const container = (cpu: string, memory: string, limit = true) => ({
    resources: { requests: { cpu, memory }, ...(limit ? { limits: { cpu, memory } } : {}) },
  });
  const deployment = (containers: object[], initContainers: object[]): SizedObject => ({
    kind: 'Deployment',
    metadata: { name: 'x' },
    spec: { replicas: 2, template: { spec: { containers, initContainers } } },
  });

  test('is, per resource, the larger of the largest init container and the sum of the app containers', () => {
    const [workload] = sizeWorkloads([
      deployment([container('1', '2Gi'), container('1', '2Gi')], [container('3', '1Gi'), container('500m', '3Gi')]),
    ]);
    expect(workload.request).toEqual({ cpuMillis: 3000, memoryBytes: 4 * GI });
    expect(workload.limit).toEqual({ cpuMillis: 3000, memoryBytes: 4 * GI });
    expect([workload.minReplicas, workload.maxReplicas]).toEqual([2, 2]);
  });

  test('a container without a limit makes the limit unbounded', () => {
    const [workload] = sizeWorkloads([deployment([container('1', '2Gi', false)], [])]);
    expect(workload.limit).toEqual({ cpuMillis: undefined, memoryBytes: undefined });
  });

  test('from the model equals what the rendered pods request, for every server of every environment', () => {
    for (const { spec } of loadEnvironments()) {
      const resolved = resolveEnvironmentSpec(spec);
      const rendered = sizeWorkloads(committedManifests(spec.name));
      for (const server of resolved.servers.filter((candidate) => !candidate.external)) {
        expect({
          server: `${spec.name}/${server.name}`,
          request: rendered.find((workload) => workload.name === server.name)?.request,
        }).toEqual({
          server: `${spec.name}/${server.name}`,
          request: podRequestOf(server),
        });
      }
    }
  });

  test('nodes: a pod larger than a node never fits; a multi-pod workload needs two nodes', () => {
    const [workload] = sizeWorkloads([deployment([container('1', '2Gi')], [])]);
    expect(nodesNeeded([workload], 'minReplicas', { cpuMillis: 500, memoryBytes: 8 * GI })).toBe(Number.POSITIVE_INFINITY);
    expect(nodesNeeded([workload], 'minReplicas', { cpuMillis: 64000, memoryBytes: 256 * GI })).toBe(2);
  });
});

describe('npm run sizing and the synth summary', () => {
  test('the report covers every environment, or the ones named', () => {
    const all = sizingReport();
    expect(all).toMatch(/^dev\n/);
    expect(all).toContain('\n\nprod (zones: ');
    expect(all).toContain('\n\nuat\n');
    const prod = sizingReport(['prod']);
    expect(prod.split('\n')[0]).toBe('prod (zones: ldn-az1, ldn-az2, ldn-az3)');
    for (const pool of ['core', 'engines', 'risk']) expect(prod).toContain(`\n  ${pool} (node: `);
  });

  test('an unknown environment is an error naming the ones there are', () => {
    expect(() => sizingReport(['qa'])).toThrow('no environment named qa (environments: dev, local, prod, uat)');
  });

  test('synth prints one sizing line per environment', () => {
    const root = tempDir();
    mkdirSync(join(root, 'environments'));
    writeFileSync(join(root, 'environments', 'test.ts'), `export default ${JSON.stringify(pooledSpec())};\n`);
    const report = synthesize({ environmentsDir: join(root, 'environments'), distDir: join(root, 'dist') });
    expect(formatReport(report).split('\n')).toContain(
      'sizing test requests: 6 pods, 12 CPU, 14Gi at minimum scale; 9 pods, 18 CPU, 26Gi at maximum; largest pod 4 CPU (dataserver), 4Gi (calculator)',
    );
  });
});
