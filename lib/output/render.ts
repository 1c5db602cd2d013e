/**
 * Renders one environment into manifests and files: one YAML file per
 * object, named by kind and name, so a change shows as a small diff. Each
 * environment gets an App of its own: cdk8s re-resolves the whole App for
 * every chart, so one App per environment keeps synthesis linear.
 */
import { ApiObject, App, Chart } from 'cdk8s';
import { CalypsoPlatform } from '../constructs/calypso-platform';
import type { EnvironmentSpec, Tier } from '../model/environment-spec';
import { compareText } from '../model/names';
import { toYaml } from './yaml-writer';

// cdk8s leaves object keys unsorted when CDK8S_DISABLE_SORT is set: dist/ must not depend on the caller's environment.
delete process.env.CDK8S_DISABLE_SORT;

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
 * and greppable. It is js-yaml's output (see yaml-writer.ts): js-yaml quotes
 * every string a YAML 1.1 parser would read as something else (`on`, `yes`,
 * `0755`, `12:30`), and Kubernetes and ArgoCD parse YAML 1.1.
 */
export function manifestYaml(manifest: Manifest): string {
  return toYaml(manifest);
}

/** Every object an App holds, chart by chart. */
export function appManifests(app: App): Manifest[] {
  const [first, ...others] = app.charts;
  if (first === undefined) return [];
  // Chart.toJson() prepares (dependencies, validations) and resolves the whole App again for
  // every chart; once is enough: the first chart does it, the others only serialize their objects.
  return [
    ...(first.toJson() as Manifest[]),
    ...others.flatMap((chart) =>
      chart.node
        .findAll()
        .filter((construct): construct is ApiObject => construct instanceof ApiObject && Chart.of(construct) === chart)
        .map((object) => object.toJson() as Manifest),
    ),
  ];
}

/** Turns manifests into files; two objects that would share a file are an error. */
export function manifestFiles(environment: string, manifests: readonly Manifest[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const manifest of manifests) {
    const file = manifestFileName(manifest);
    if (files.has(file)) throw new Error(`[${environment}] two objects render to ${file}: ${manifest.kind} names must be unique`);
    files.set(file, manifestYaml(manifest));
  }
  return new Map([...files.entries()].sort(([a], [b]) => compareText(a, b)));
}

/** Builds and renders one environment from its spec. */
export function renderEnvironment(spec: EnvironmentSpec): RenderedEnvironment {
  const app = new App();
  new CalypsoPlatform(app, spec.name, { spec });
  const manifests = appManifests(app);
  if (manifests.length === 0) throw new Error(`[${spec.name}] renders no objects; refusing to write an empty environment`);
  return { name: spec.name, tier: spec.tier, manifests, files: manifestFiles(spec.name, manifests) };
}
