/**
 * Renders one environment into manifests and files: one YAML file per
 * object, named by kind and name, so a change shows as a small diff. Each
 * environment gets an App of its own: cdk8s re-resolves the whole App for
 * every chart, so one App per environment keeps synthesis linear.
 */
import { ApiObject, App, Chart } from 'cdk8s';
import { CalypsoPlatform } from '../constructs/calypso-platform';
import { CalypsoServer } from '../constructs/calypso-server';
import type { EnvironmentSpec, Tier } from '../model/environment-spec';
import { SpecError, type SpecProblem } from '../model/errors';
import { compareText } from '../model/names';
import { withFastResolve } from './fast-resolve';
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

/** The phases of rendering one environment, as the benchmark times them. */
export type RenderPhase = 'construct' | 'resolve' | 'yaml';

/**
 * Runs each phase of rendering; the benchmark passes one that times them.
 * @internal
 */
export interface PhaseClock {
  time<T>(phase: RenderPhase, action: () => T): T;
}

/**
 * A clock that only runs the phases.
 * @internal
 */
export const UNTIMED: PhaseClock = { time: (_phase, action) => action() };

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

/**
 * Every object an App holds, chart by chart.
 * @internal
 */
export function appManifests(app: App): Manifest[] {
  const [first, ...others] = app.charts;
  if (first === undefined) return [];
  // Chart.toJson() prepares (dependencies, validations) and resolves the whole App again for
  // every chart; once is enough: the first chart does it, the others only serialize their objects.
  // Resolved through the fast resolve (fast-resolve.ts): the same objects, a third of the time.
  return withFastResolve(() => [
    ...(first.toJson() as Manifest[]),
    ...others.flatMap((chart) =>
      chart.node
        .findAll()
        .filter((construct): construct is ApiObject => construct instanceof ApiObject && Chart.of(construct) === chart)
        .map((object) => object.toJson() as Manifest),
    ),
  ]);
}

/** The files of objects already checked to write a file each, in file name order: each name worked out once, no map copied to sort it. */
function checkedFiles(manifests: readonly Manifest[]): Map<string, string> {
  const named = manifests.map((manifest): [string, Manifest] => [manifestFileName(manifest), manifest]);
  named.sort(([a], [b]) => compareText(a, b));
  return new Map(named.map(([file, manifest]) => [file, manifestYaml(manifest)]));
}

/**
 * Renders every object of an App into one folder's files. Two objects that
 * would write the same file (same kind and name: one would silently replace
 * the other) are refused before anything is written, naming each object,
 * the server it belongs to and the construct that made it.
 */
export function renderApp(name: string, tier: Tier | undefined, app: App): RenderedEnvironment {
  return renderTimedApp(name, tier, app, UNTIMED);
}

/**
 * {@link renderApp}, each phase run through `clock` (the benchmark times them).
 * @internal
 */
export function renderTimedApp(name: string, tier: Tier | undefined, app: App, clock: PhaseClock): RenderedEnvironment {
  const manifests = checkedAppManifests(name, app, clock);
  // checkedAppManifests refused objects that share a file already.
  return { name, tier, manifests, files: clock.time('yaml', () => checkedFiles(manifests)) };
}

/** The objects of an App, refused if two of them would write the same file. */
function checkedAppManifests(name: string, app: App, clock: PhaseClock): Manifest[] {
  const manifests = clock.time('resolve', () => appManifests(app));
  const problems = sameFileProblems(name, manifests, app);
  if (problems.length > 0) throw new SpecError(problems);
  return manifests;
}

/** Builds and renders one environment from its spec. */
export function renderEnvironment(spec: EnvironmentSpec): RenderedEnvironment {
  return renderTimedEnvironment(spec, UNTIMED);
}

/**
 * {@link renderEnvironment}, each phase run through `clock` (the benchmark times them).
 * @internal
 */
export function renderTimedEnvironment(spec: EnvironmentSpec, clock: PhaseClock): RenderedEnvironment {
  const manifests = timedEnvironmentManifests(spec, clock);
  // timedEnvironmentManifests refused objects that share a file already.
  return { name: spec.name, tier: spec.tier, manifests, files: clock.time('yaml', () => checkedFiles(manifests)) };
}

/**
 * The objects of one environment, built and checked as {@link renderEnvironment}
 * builds and checks them, without writing their YAML: for callers that read
 * objects and never files (the YAML is an eighth of a render).
 * @internal
 */
export function renderEnvironmentManifests(spec: EnvironmentSpec): readonly Manifest[] {
  return timedEnvironmentManifests(spec, UNTIMED);
}

/** Builds one environment's App and returns its checked objects; an environment of no objects is refused. */
function timedEnvironmentManifests(spec: EnvironmentSpec, clock: PhaseClock): Manifest[] {
  const app = new App();
  clock.time('construct', () => new CalypsoPlatform(app, spec.name, { spec }));
  const manifests = checkedAppManifests(spec.name, app, clock);
  if (manifests.length === 0) throw new Error(`[${spec.name}] renders no objects; refusing to write an empty environment`);
  return manifests;
}

/** One problem per file that more than one object renders to; each object named with its server and construct when the App is known. */
function sameFileProblems(environment: string, manifests: readonly Manifest[], app?: App): SpecProblem[] {
  const byFile = new Map<string, Manifest[]>();
  for (const manifest of manifests) {
    const file = manifestFileName(manifest);
    const sharing = byFile.get(file);
    if (sharing === undefined) byFile.set(file, [manifest]);
    else sharing.push(manifest);
  }
  const shared = [...byFile].filter(([, sharing]) => sharing.length > 1);
  if (shared.length === 0) return [];
  const objects = app?.node.findAll().filter((construct): construct is ApiObject => construct instanceof ApiObject) ?? [];
  return shared.map(([file, sharing]) => {
    const sources = objects.filter(
      (object) => manifestFileName({ apiVersion: object.apiVersion, kind: object.kind, metadata: { name: object.name } }) === file,
    );
    const described =
      sources.length === sharing.length
        ? sources.map(describeSource)
        : sharing.map((manifest) => `${manifest.kind}/${manifest.metadata.name}`);
    return {
      environment,
      field: 'objects',
      message: `${described.join(' and ')} render to the same file ${file}, so one would replace the other; give them different names`,
    };
  });
}

/** `Kind/name (server s, construct path)`: which object it is, and who made it. */
function describeSource(object: ApiObject): string {
  const server = object.node.scopes.find((scope): scope is CalypsoServer => scope instanceof CalypsoServer);
  return `${object.kind}/${object.name} (${server === undefined ? '' : `server ${server.name}, `}construct ${object.node.path})`;
}
