/** Shared test helpers: a small valid environment spec and ways to look into rendered output. */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as k8s from 'cdk8s-plus-27/lib/imports/k8s';
import { isServerKind, SpecError, type EnvironmentSpec, type ServerSpec, type Tier } from '../lib';
import { synthesize } from '../apps/synth';
import { renderEnvironmentManifests, type Manifest } from '../lib/output/render';
import { podSpecOf } from '../lib/output/pod-security-standard';
import { sharedRender } from './shared-render';
import { tempDir } from './test-temp-folders';

/** A fresh empty folder in the temp folder, removed when the test file ends (test/test-temp-folders.ts). */
export { tempDir };

/** A minimal valid environment: the three core servers and one engine server. */
export function testSpec(overrides: Partial<EnvironmentSpec> = {}): EnvironmentSpec {
  const tag = '18.0.0.12';
  // The database network and secret store serve the spec's own tier, so overriding the tier keeps them usable.
  const tier = overrides.tier ?? 'dev';
  return {
    name: 'test',
    tier,
    images: {
      application: { repository: 'registry.example/calypso-application', tag },
      init: { repository: 'registry.example/calypso-init', tag },
      dependencyWait: { repository: 'registry.example/calypso-dependency-wait', tag },
    },
    database: {
      vendor: 'postgresql',
      jdbcUrl: 'jdbc:postgresql://db:5432/calypso',
      network: { cidrs: ['10.0.0.10/32'], tiers: [tier] },
      credentials: {
        username: { key: 'calypso/test/database', property: 'username' },
        password: { key: 'calypso/test/database', property: 'password' },
      },
    },
    secretStore: { name: 'vault', kind: 'ClusterSecretStore', tiers: [tier] },
    network: { apiServer: { cidrs: ['10.0.0.1/32'] } },
    servers: [
      { kind: 'eventserver', memory: '1Gi' },
      { kind: 'authserver', memory: '1Gi' },
      { kind: 'dataserver', memory: '2Gi' },
      { kind: 'engineserver', memory: '2Gi', engines: ['TaskEngine'] },
    ],
    ...overrides,
  };
}

/** A spec moved to another tier, with its secret store and database network serving that tier. */
export function inTier(spec: EnvironmentSpec, tier: Tier): EnvironmentSpec {
  const network = spec.database.network;
  return {
    ...spec,
    tier,
    secretStore: spec.secretStore && { ...spec.secretStore, tiers: [tier] },
    database: { ...spec.database, network: network && { ...network, tiers: [tier] } },
  };
}

/** testSpec with extra servers appended. */
export function specWith(...servers: ServerSpec[]): EnvironmentSpec {
  const base = testSpec();
  return { ...base, servers: [...base.servers, ...servers] };
}

/** Renders a spec and returns its manifests, checked as renderEnvironment checks them; no YAML, which no caller reads. */
export function render(spec: EnvironmentSpec): readonly Manifest[] {
  return renderEnvironmentManifests(spec);
}

/** The one object of a kind and name; fails the test if it is missing. */
export function find(manifests: readonly Manifest[], kind: string, name: string): Manifest {
  const found = manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);
  if (!found) throw new Error(`no ${kind}/${name} among ${manifests.map((m) => `${m.kind}/${m.metadata.name}`).join(', ')}`);
  return found;
}

/**
 * The workloads of Calypso servers: pod-bearing objects labelled with a server kind. Leaves out
 * the platform's helpers (the event exporter, database Jobs), which have rules of their own.
 */
export function serverWorkloads(manifests: readonly Manifest[]): Manifest[] {
  const workloads = manifests.filter((manifest) => {
    const name = (manifest.metadata.labels as Record<string, string> | undefined)?.['app.kubernetes.io/name'];
    return podSpecOf(manifest) !== undefined && name !== undefined && isServerKind(name);
  });
  // Every environment runs servers: none found means the labels changed, and loops over them would check nothing.
  if (workloads.length === 0) throw new Error('no server workloads among the manifests');
  return workloads;
}

/**
 * The pod spec of a workload object. It is JSON, typed with the L1 types for
 * convenience: the fields tests read have the same names in both.
 */
export function podOf(manifest: Manifest): k8s.PodSpec {
  const pod = podSpecOf(manifest);
  if (!pod) throw new Error(`${manifest.kind}/${manifest.metadata.name} has no pod spec`);
  return pod as unknown as k8s.PodSpec;
}

/** The server container (the first container) of a workload. */
export function serverContainer(manifest: Manifest): k8s.Container {
  return podOf(manifest).containers[0];
}

/** Environment variables of a container as a plain map. */
export function envOf(container: k8s.Container): Record<string, string | undefined> {
  return Object.fromEntries((container.env ?? []).map((variable) => [variable.name, variable.value]));
}

/** Every file under a folder, path to content (for byte-for-byte comparisons). */
export function snapshotTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string, relative: string): void => {
    for (const entry of readdirSync(path).sort()) {
      const full = join(path, entry);
      const rel = relative ? `${relative}/${entry}` : entry;
      if (statSync(full).isDirectory()) walk(full, rel);
      else files.set(rel, readFileSync(full, 'utf8'));
    }
  };
  walk(dir, '');
  return files;
}

/** The message a spec is refused with (a SpecError); fails the test if it renders. */
export function refusal(spec: EnvironmentSpec): string {
  try {
    render(spec);
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError);
    return (error as Error).message;
  }
  throw new Error('expected the spec to be refused');
}

/**
 * Writes specs as environment files next to an existing dist/, runs synth,
 * checks that it refused them and left dist/ byte for byte as it was, and
 * returns the error.
 */
export function synthRefusal(specs: Record<string, EnvironmentSpec>): SpecError {
  const root = tempDir();
  const environmentsDir = join(root, 'environments');
  const distDir = join(root, 'dist');
  mkdirSync(environmentsDir);
  mkdirSync(join(distDir, 'old'), { recursive: true });
  writeFileSync(join(distDir, 'old', 'deployment-x.yaml'), 'kind: Deployment\n');
  for (const [file, spec] of Object.entries(specs)) {
    writeFileSync(join(environmentsDir, `${file}.ts`), `export default ${JSON.stringify(spec)};\n`);
  }
  const before = snapshotTree(distDir);
  let caught: unknown;
  try {
    synthesize({ environmentsDir, distDir });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SpecError);
  expect(snapshotTree(distDir)).toEqual(before);
  return caught as SpecError;
}

let committed: ReadonlyMap<string, readonly Manifest[]> | undefined;

/** The objects of one folder of the committed environments (rendered once per test run: test/shared-render.ts); throws if there is no such folder. */
export function committedManifests(name: string): readonly Manifest[] {
  committed ??= new Map(sharedRender().map((folder) => [folder.name, folder.manifests]));
  const manifests = committed.get(name);
  if (manifests === undefined) throw new Error(`no folder ${name} among ${[...committed.keys()].join(', ')}`);
  return manifests;
}
