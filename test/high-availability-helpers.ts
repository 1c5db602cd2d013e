/** Helpers for the high-availability tests: specs with pools, storage and ingress, and the message a bad spec is refused with. */
import type { EnvironmentSpec, ServerSpec } from '../lib';
import type { Manifest } from '../lib/output/render';
import { testSpec } from './helpers';

export { refusal } from './helpers';

/** A spec with one server's options changed (by server name). */
export function withServer(spec: EnvironmentSpec, name: string, change: Partial<ServerSpec>): EnvironmentSpec {
  return { ...spec, servers: spec.servers.map((server) => ((server.name ?? server.kind) === name ? { ...server, ...change } : server)) };
}

/** Two pools (one tainted), every test server pinned, a scalable calculator tier. */
export function pooledSpec(overrides: Partial<EnvironmentSpec> = {}): EnvironmentSpec {
  const base = testSpec();
  return {
    ...base,
    placement: {
      nodePools: [
        {
          name: 'core',
          nodeLabels: { 'pool.example/name': 'core' },
          taints: [
            { key: 'pool.example/name', value: 'core', effect: 'NoSchedule' },
            { key: 'pool.example/dedicated', effect: 'NoExecute' },
          ],
          nodeAllocatable: { cpu: '8', memory: '32Gi' },
        },
        { name: 'compute', nodeLabels: { 'pool.example/name': 'compute' }, nodeAllocatable: { cpu: '16', memory: '64Gi' } },
      ],
    },
    servers: [
      ...base.servers.map((server) => ({ ...server, nodePool: 'core' })),
      { kind: 'calculator', cpu: '2', memory: '4Gi', nodePool: 'compute', autoscaling: { minReplicas: 2, maxReplicas: 5 } },
    ],
    ...overrides,
  };
}

/** The `spec` of an object, typed loosely for reading. */
export function specOf<T = Record<string, unknown>>(manifest: Manifest): T {
  return manifest.spec as T;
}

/** Objects of one kind. */
export function ofKind(manifests: readonly Manifest[], kind: string): Manifest[] {
  return manifests.filter((manifest) => manifest.kind === kind);
}
