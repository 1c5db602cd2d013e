/**
 * Renders one environment into manifests and files: one YAML file per
 * object, named by kind and name, so a change shows as a small diff. Each
 * environment gets an App of its own: cdk8s re-resolves the whole App for
 * every chart, so one App per environment keeps synthesis linear.
 */
import { App } from 'cdk8s';
import { dump } from 'js-yaml';
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
  /** The environment's tier; prod gets the prod policy rules. Undefined for a folder that is no environment (dist/argocd), which gets them too. */
  readonly tier: Tier | undefined;
  readonly manifests: readonly Manifest[];
  /** File name to YAML text. */
  readonly files: ReadonlyMap<string, string>;
}

/** File name of an object: `<kind>-<name>.yaml`, lowercase kind. */
export function manifestFileName(manifest: Manifest): string {
  return `${manifest.kind.toLowerCase()}-${manifest.metadata.name}.yaml`;
}

/**
 * YAML text of an object: no anchors, no line folding, so output is stable
 * and greppable. js-yaml quotes every string a YAML 1.1 parser would read as
 * something else (`on`, `yes`, `0755`, `12:30`): Kubernetes and ArgoCD parse
 * YAML 1.1. It is also about three times faster than the yaml library's
 * stringify, which was half of a synth's rendering time.
 */
export function manifestYaml(manifest: Manifest): string {
  return dump(manifest, { lineWidth: -1, noRefs: true, quoteStyle: 'double' });
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
