/**
 * Renders one environment into manifests and files: one YAML file per
 * object, named by kind and name, so a change shows as a small diff. Each
 * environment gets an App of its own: cdk8s re-resolves the whole App for
 * every chart, so one App per environment keeps synthesis linear.
 */
import { App } from 'cdk8s';

/**
 * The yaml library as cdk8s bundles it: cdk8s loads its own copy anyway,
 * and loading ours as well (about 70 modules) costs a tenth of a synth.
 * Same library and major version as our own dependency; were the two ever
 * to render differently, the test that dist/ is fresh would say so.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved at run time from cdk8s's folder
const { stringify } = require(require.resolve('yaml', { paths: [require.resolve('cdk8s')] })) as typeof import('yaml');
import { CalypsoPlatform, type EnvironmentSpec, type Tier } from '../lib';

/** A synthesized Kubernetes object. */
export interface Manifest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

/** One environment, rendered. */
export interface RenderedEnvironment {
  readonly name: string;
  /** The environment's tier; prod gets the prod policy rules. */
  readonly tier: Tier;
  readonly manifests: readonly Manifest[];
  /** File name to YAML text. */
  readonly files: ReadonlyMap<string, string>;
}

/** File name of an object: `<kind>-<name>.yaml`, lowercase kind. */
export function manifestFileName(manifest: Manifest): string {
  return `${manifest.kind.toLowerCase()}-${manifest.metadata.name}.yaml`;
}

/** YAML text of an object; no anchors, no line folding, so output is stable and greppable. */
export function manifestYaml(manifest: Manifest): string {
  return stringify(manifest, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Every object an App holds, chart by chart. */
export function appManifests(app: App): Manifest[] {
  return app.charts.flatMap((chart) => chart.toJson() as Manifest[]);
}

/** Turns manifests into files; two objects that would share a file are an error. */
export function manifestFiles(environment: string, manifests: readonly Manifest[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const manifest of manifests) {
    const file = manifestFileName(manifest);
    if (files.has(file)) throw new Error(`[${environment}] two objects render to ${file}: ${manifest.kind} names must be unique`);
    files.set(file, manifestYaml(manifest));
  }
  return new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** Builds and renders one environment from its spec. */
export function renderEnvironment(spec: EnvironmentSpec): RenderedEnvironment {
  const app = new App();
  new CalypsoPlatform(app, spec.name, { spec });
  const manifests = appManifests(app);
  if (manifests.length === 0) throw new Error(`[${spec.name}] renders no objects; refusing to write an empty environment`);
  return { name: spec.name, tier: spec.tier, manifests, files: manifestFiles(spec.name, manifests) };
}
