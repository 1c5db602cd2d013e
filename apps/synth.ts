/**
 * The synth pipeline: load every environment, render it, validate every
 * object (schemas and policy rules), and only when all of that succeeded
 * replace `dist/`. Problems of all environments are collected and reported
 * together.
 *
 * Validation runs on the objects in memory, before anything is written;
 * the files written to the scratch folder are then read back and compared
 * byte for byte with the YAML that was validated (see dist-folder.ts).
 * Parsing the YAML back instead would cost a YAML parse per object on every
 * run for no gain: the text is produced from exactly the validated objects,
 * and the tests parse the committed dist/ (npm run validate) to prove the
 * round trip.
 */
import { performance } from 'node:perf_hooks';
import { type EnvironmentSpec, SpecError, type SpecProblem } from '../lib';
import { compareText } from '../lib/model/names';
import { sizeEnvironment, sizingSummary } from '../lib/model/sizing';
import { yamlObject } from './yaml-documents';
import {
  compareFolder,
  formatStuckLeftover,
  readDist,
  recoverInterruptedSwap,
  replaceDist,
  strayEntries,
  type DistTree,
  type StuckLeftover,
  type FolderChanges,
  type WriteHooks,
} from './dist-folder';
import { withDistLock } from './dist-lock';
import { refreshSnapshot } from './dist-snapshot';
import { loadEnvironments, type LoadedEnvironment } from './load-environments';
import { NO_PROGRESS, type Progress } from './progress';
import { programPaths } from './paths';
import { renderArgocd } from './argocd';
import { renderTimedEnvironment, type Manifest, type RenderedEnvironment, type RenderPhase } from '../lib/output/render';
import type { Finding } from '../lib/output/finding';
import { declaredExternalObjects } from '../lib/output/references';
import { validateRendered, ValidationError } from '../lib/output/validate';

/** Where to read environments from and write output to. */
export interface SynthOptions {
  /** @default the repository's environments/ (or CALYPSO_ENVIRONMENTS_DIR) */
  readonly environmentsDir?: string;
  /** @default the repository's dist/ (or CALYPSO_DIST_DIR) */
  readonly distDir?: string;
  /** Failure injection for tests. */
  readonly hooks?: WriteHooks;
  /**
   * Only these environments: each is rendered and its folder replaced, every
   * other folder of dist/ is kept byte for byte, and dist/argocd is
   * rendered again from the chosen environments and the others as committed
   * (written only when that changes it). @default every environment
   */
  readonly only?: readonly string[];
  /** Reports each environment as it renders. @default none */
  readonly progress?: Progress;
}

/** A name passed to `synth -- <env>…` that is not an environment. */
export class UnknownEnvironmentError extends Error {
  public constructor(
    public readonly unknown: readonly string[],
    known: readonly string[],
  ) {
    super(`no environment named ${unknown.join(', ')} (environments: ${known.join(', ')})`);
    this.name = 'UnknownEnvironmentError';
  }
}

/** An exception other than a spec problem, thrown while rendering some environments: a bug. */
export class RenderError extends Error {
  public constructor(
    public readonly failures: readonly { readonly environment: string; readonly error: Error }[],
    public readonly problems: readonly SpecProblem[] = [],
  ) {
    const lines = failures.map(({ environment, error }) =>
      // Our own errors name the environment already; anything else is a construct that threw.
      error.message.startsWith(`[${environment}]`) ? `  - ${error.message}` : `  - [${environment}] rendering threw ${String(error)}`,
    );
    super(
      [`${failures.length} environment(s) failed to render:`, ...lines, ...(problems.length ? [new SpecError(problems).message] : [])].join(
        '\n',
      ),
    );
    this.name = 'RenderError';
  }
}

/** One environment rendered and validated, with how long that took. */
export interface SynthesizedEnvironment extends RenderedEnvironment {
  readonly milliseconds: number;
  readonly findings: readonly Finding[];
  /** The sizing line (see `npm run sizing`), worked out while the whole objects were at hand; only in a lean synthesis. */
  readonly sizing?: string;
}

/** How to synthesize specs. */
export interface SynthesizeSpecsOptions {
  /** Reports each environment as it renders. @default none */
  readonly progress?: Progress;
  /** Times the phases (construct, resolve, YAML, and validate). @default untimed */
  readonly clock?: PipelineClock;
  /**
   * Keep of each environment only what the write and dist/argocd need: its
   * files, and of each object its kind, name, namespace, annotations and
   * replicas (see deliveryView). Memory then stays what one environment
   * needs, not one more rendered environment per environment.
   * @default false: every object whole
   */
  readonly lean?: boolean;
  /**
   * Called with each environment as soon as it is validated, while nothing
   * has failed, to write it (the benchmark: see ScratchTree); a lean
   * synthesis then keeps nothing of it (no objects, no files), so memory
   * holds one environment's.
   * @default none: the files are returned
   */
  readonly write?: (environment: SynthesizedEnvironment) => void;
}

/** A clock of every phase of the pipeline in memory: rendering's, and validation. */
export interface PipelineClock {
  time<T>(phase: RenderPhase | 'validate', action: () => T): T;
}

/**
 * What dist/argocd reads of an object (lib/constructs/argocd.ts,
 * RenderedObject): its kind, name and namespace, its annotations, and
 * whether a workload sets its replicas (an autoscaled one does not).
 */
export function deliveryView(manifest: Manifest): Manifest {
  const { name, namespace, annotations } = manifest.metadata;
  const replicas = (manifest.spec as { replicas?: unknown } | undefined)?.replicas;
  return {
    apiVersion: manifest.apiVersion,
    kind: manifest.kind,
    metadata: { name, ...(namespace === undefined ? {} : { namespace }), ...(annotations === undefined ? {} : { annotations }) },
    ...(replicas === undefined ? {} : { spec: { replicas } }),
  };
}

/**
 * Renders and validates each spec in an App of its own, one after the
 * other: an App is dropped before the next is built. Throws one error
 * naming the problems of every environment: a RenderError if any construct
 * threw, else a SpecError for bad specs, else a ValidationError.
 */
export function synthesizeSpecs(
  specs: readonly EnvironmentSpec[],
  progress: Progress = NO_PROGRESS,
  options: Omit<SynthesizeSpecsOptions, 'progress'> = {},
): SynthesizedEnvironment[] {
  const clock: PipelineClock = options.clock ?? { time: (_phase, action) => action() };
  const done: SynthesizedEnvironment[] = [];
  const problems: SpecProblem[] = [];
  const failures: { environment: string; error: Error }[] = [];
  let findingCount = 0;
  const writing: SynthesizedEnvironment[] = [];
  for (const [index, spec] of specs.entries()) {
    progress.step(`rendering and validating ${spec.name} (${index + 1} of ${specs.length})`);
    const start = performance.now();
    try {
      const rendered = renderTimedEnvironment(spec, clock);
      // What the spec declares the cluster provides (StorageClasses, IngressClass, secret store) its objects may name.
      const findings = clock.time('validate', () => validateRendered([{ ...rendered, external: declaredExternalObjects(spec) }]));
      findingCount += findings.length;
      const milliseconds = performance.now() - start;
      if (options.lean !== true) done.push({ ...rendered, findings, milliseconds });
      else {
        // Once anything failed nothing is written: keep only the findings, to report them all.
        const failed = failures.length > 0 || problems.length > 0 || findingCount > 0;
        const sizing = failed ? undefined : sizingSummary(sizeEnvironment(spec.name, rendered.manifests));
        const kept = failed
          ? { manifests: [], files: new Map<string, string>() }
          : { manifests: rendered.manifests.map(deliveryView), files: rendered.files };
        const environment = { name: rendered.name, tier: rendered.tier, ...kept, findings, milliseconds, sizing };
        if (options.write !== undefined && !failed) {
          writing.push(environment);
          // Written: nothing of it is needed any more (the writer counts what it writes).
          done.push({ ...environment, manifests: [], files: new Map<string, string>() });
        } else done.push(environment);
      }
    } catch (error) {
      if (error instanceof SpecError) problems.push(...error.problems);
      else failures.push({ environment: spec.name, error: error instanceof Error ? error : new Error(String(error)) });
    }
    // Outside the try: a write error is no problem of the environment, it stops the run.
    for (const environment of writing.splice(0)) options.write?.(environment);
  }
  if (failures.length > 0) throw new RenderError(failures, problems);
  if (problems.length > 0) throw new SpecError(problems);
  const findings = done.flatMap((environment) => environment.findings);
  if (findings.length > 0) throw new ValidationError(findings);
  return done;
}

/** Loads, renders and validates every environment; throws on any problem (see synthesizeSpecs). */
export function renderAll(environmentsDir: string = programPaths().environmentsDir): SynthesizedEnvironment[] {
  return synthesizeSpecs(loadEnvironments(environmentsDir).map((environment) => environment.spec));
}

/** A folder of dist/: an environment (with its render time) or a folder built from them. */
export type DistFolder = RenderedEnvironment & { readonly milliseconds?: number; readonly sizing?: string };

/**
 * Every folder synth writes, rendered and validated: the environments, then
 * dist/argocd, which is built from the rendered environments (their kinds,
 * their autoscaled workloads), so it comes last. Throws on any problem.
 */
export function renderFolders(
  environmentsDir: string = programPaths().environmentsDir,
  selection?: { readonly only: readonly string[]; readonly committed: DistTree },
  progress: Progress = NO_PROGRESS,
  options: Omit<SynthesizeSpecsOptions, 'progress'> = {},
): DistFolder[] {
  const loaded = loadEnvironments(environmentsDir);
  const chosen = selection === undefined ? loaded : selectEnvironments(loaded, selection.only);
  const environments = synthesizeSpecs(
    chosen.map((environment) => environment.spec),
    progress,
    options,
  );
  if (selection === undefined) {
    const argocd = renderArgocd(environments, loaded);
    const findings = validateRendered(argocd);
    if (findings.length > 0) throw new ValidationError(findings);
    return [...environments, ...argocd];
  }
  return [...environments, ...argocdForSelection(environments, loaded, chosen, selection.committed)];
}

/**
 * dist/argocd for a partial synth: built from every environment, the chosen
 * ones as just rendered and the others as committed (read back from their
 * folders). Objects read back from files come in file order, not render
 * order, which reorders lists (such as an Application's ignored
 * differences) in files that have no reason to change: a file that differs
 * from the committed one only in the order of list items stays as
 * committed. Every other difference is written.
 */
function argocdForSelection(
  environments: readonly RenderedEnvironment[],
  loaded: readonly LoadedEnvironment[],
  chosen: readonly LoadedEnvironment[],
  committed: DistTree,
): DistFolder[] {
  const others = committedEnvironments(loaded, chosen, committed);
  const fresh = renderArgocd([...environments, ...others], loaded);
  const findings = validateRendered(fresh);
  if (findings.length > 0) throw new ValidationError(findings);
  return fresh.map((folder) => {
    const kept = committed.get(folder.name);
    if (kept === undefined) return folder;
    const files = new Map(
      [...folder.files].map(([file, text]): [string, string] => {
        const old = kept.get(file);
        return [file, old !== undefined && old !== text && sameUpToListOrder(old, text) ? old : text];
      }),
    );
    return { ...folder, files };
  });
}

/** Whether two YAML texts hold the same data once every list is sorted. */
function sameUpToListOrder(a: string, b: string): boolean {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical).sort((x, y) => compareText(JSON.stringify(x), JSON.stringify(y)));
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .sort(([x], [y]) => compareText(x, y))
          .map(([key, item]) => [key, canonical(item)]),
      );
    return value;
  };
  const read = (text: string): string => JSON.stringify(canonical(yamlObject(text)));
  return read(a) === read(b);
}

/** The chosen environments, in the order of the environment files; throws UnknownEnvironmentError for a name that is none. */
export function selectEnvironments(loaded: readonly LoadedEnvironment[], only: readonly string[]): LoadedEnvironment[] {
  const names = loaded.map((environment) => environment.name);
  const unknown = [...new Set(only)].filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new UnknownEnvironmentError(unknown, names);
  return loaded.filter((environment) => only.includes(environment.name));
}

/** The environments not chosen, read back from their committed folders (those without one are left out). */
function committedEnvironments(
  loaded: readonly LoadedEnvironment[],
  chosen: readonly LoadedEnvironment[],
  committed: DistTree,
): RenderedEnvironment[] {
  return loaded
    .filter((environment) => !chosen.includes(environment))
    .flatMap((environment) => {
      const files = committed.get(environment.name);
      if (files === undefined) return [];
      // YAML 1.1, as the files are written for Kubernetes (test/validate-command.test.ts proves the round trip), by validate's
      // fast read where it covers the text: a quarter of the yaml package's cost, the same values (apps/yaml-documents.ts).
      const manifests = [...files.values()].map((text) => yamlObject(text) as Manifest);
      return [{ name: environment.name, tier: environment.spec.tier, manifests, files }];
    });
}

/**
 * The folders of dist/ and their files: exactly what the pipeline produced.
 * Synth owns dist/, so any other folder (an environment whose file was
 * deleted) or file disappears on the next synth. A generated folder that is
 * not an environment (such as dist/argocd/) is one more entry here.
 */
export function distTree(environments: readonly RenderedEnvironment[]): DistTree {
  return new Map(environments.map((environment) => [environment.name, environment.files]));
}

/** What one environment's synthesis produced and changed. */
export interface EnvironmentReport extends FolderChanges {
  readonly name: string;
  /** File name to YAML text, as written. */
  readonly files: ReadonlyMap<string, string>;
  readonly objectsByKind: Readonly<Record<string, number>>;
  readonly objects: number;
  /** One line: requests at minimum and maximum scale, largest pod (see `npm run sizing`); none for dist/argocd. */
  readonly sizing?: string;
  /** Rendering and validating this environment; none for dist/argocd, which is rendered from the others. */
  readonly milliseconds?: number;
}

/** What a synth run did. */
export interface SynthReport {
  readonly environments: readonly EnvironmentReport[];
  /** Folders removed because their environment no longer exists. */
  readonly removedFolders: readonly string[];
  /** Other entries of dist/ that synth removed (synth owns dist/). */
  readonly removedStrays: readonly string[];
  /** Whether dist/ was replaced; false when nothing differed. */
  readonly written: boolean;
  /** A backup of dist/ put back after a synth killed mid-swap, if any. */
  readonly recovered?: string;
  /** Folders of dist/ a partial synth (`synth -- <env>…`) kept as they were. */
  readonly untouched: readonly string[];
  /** Leftover scratch or backup folders that could not be deleted (reported; they block nothing). */
  readonly stuck: readonly StuckLeftover[];
  /** Why the snapshot that undoes `cdk8s synth -o dist` could not be updated, if it could not (see dist-snapshot.ts). */
  readonly snapshotProblem?: string;
  readonly milliseconds: number;
  readonly writeMilliseconds: number;
}

function countByKind(rendered: RenderedEnvironment): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const manifest of rendered.manifests) counts[manifest.kind] = (counts[manifest.kind] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => compareText(a, b)));
}

/** Runs the whole pipeline, holding the dist lock. Throws (leaving dist/ untouched) on any problem. */
export function synthesize(options: SynthOptions = {}): SynthReport {
  const start = performance.now();
  const paths = programPaths();
  const distDir = options.distDir ?? paths.distDir;
  const environmentsDir = options.environmentsDir ?? paths.environmentsDir;
  const progress = options.progress ?? NO_PROGRESS;
  try {
    return withDistLock(distDir, () => {
      const stuck: StuckLeftover[] = [];
      const recovered = recoverInterruptedSwap(distDir, stuck);
      const committed = options.only === undefined ? undefined : readDist(distDir);
      // Lean: of each environment only its files and what dist/argocd reads are kept (memory does not grow per environment).
      const folders = renderFolders(environmentsDir, committed && options.only && { only: options.only, committed }, progress, {
        lean: true,
      });
      progress.step('writing dist/');
      const writeStart = performance.now();
      const before = committed ?? readDist(distDir);
      // A partial synth keeps every folder it did not render; a full one owns all of dist/.
      const tree: DistTree = committed ? new Map([...committed, ...distTree(folders)]) : distTree(folders);
      const removedStrays = strayEntries(distDir);
      const reports = folders.map((folder) => ({
        name: folder.name,
        files: folder.files,
        objects: folder.manifests.length,
        objectsByKind: countByKind(folder),
        milliseconds: folder.milliseconds,
        sizing: folder.tier === undefined ? undefined : (folder.sizing ?? sizingSummary(sizeEnvironment(folder.name, folder.manifests))),
        ...compareFolder(before.get(folder.name), folder.files),
      }));
      const removedFolders = [...before.keys()].filter((folder) => !tree.has(folder));
      const untouched = committed ? [...committed.keys()].filter((folder) => !folders.some((f) => f.name === folder)) : [];
      const differs =
        removedFolders.length > 0 ||
        removedStrays.length > 0 ||
        reports.some((report) => report.added.length + report.changed.length + report.removed.length > 0);
      if (differs) replaceDist(distDir, tree, options.hooks, stuck, before);
      const snapshotProblem = refreshSnapshot(distDir);
      const end = performance.now();
      return {
        environments: reports,
        removedFolders,
        removedStrays,
        untouched,
        written: differs,
        recovered,
        stuck,
        snapshotProblem,
        milliseconds: end - start,
        writeMilliseconds: end - writeStart,
      };
    });
  } finally {
    progress.done();
  }
}

/** The summary `npm run synth` prints: one line per environment, then the total. */
export function formatReport(report: SynthReport): string {
  const lines: string[] = [];
  if (report.recovered) lines.push(`restored dist/ from ${report.recovered}, left by a synth that was interrupted mid-swap`);
  for (const environment of report.environments) {
    const kinds = Object.entries(environment.objectsByKind)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ');
    const changes = `${environment.added.length} added, ${environment.changed.length} changed, ${environment.removed.length} removed`;
    const time = environment.milliseconds === undefined ? '' : `; ${Math.round(environment.milliseconds)} ms`;
    lines.push(`dist/${environment.name}: ${environment.objects} objects (${kinds}); files ${changes}${time}`);
  }
  for (const environment of report.environments) if (environment.sizing) lines.push(`sizing ${environment.sizing}`);
  if (report.untouched.length > 0) lines.push(`${report.untouched.map((folder) => `dist/${folder}`).join(', ')}: untouched (not chosen)`);
  for (const stuck of report.stuck) lines.push(formatStuckLeftover(stuck));
  if (report.snapshotProblem) lines.push(report.snapshotProblem);
  for (const folder of report.removedFolders) lines.push(`dist/${folder}: removed, it has no environment file any more`);
  for (const entry of report.removedStrays) lines.push(`dist/${entry}: removed, synth owns dist/ and did not produce it`);
  const objects = report.environments.reduce((sum, environment) => sum + environment.objects, 0);
  const outcome = report.written ? `dist/ updated (write ${Math.round(report.writeMilliseconds)} ms)` : 'dist/ already up to date';
  const environments = report.environments.filter((environment) => environment.sizing !== undefined).length;
  const extra = report.environments.length - environments;
  const folders = `${environments} environments${extra > 0 ? ` and ${extra} other folder${extra > 1 ? 's' : ''}` : ''}`;
  lines.push(`synthesized ${folders}, ${objects} objects in ${Math.round(report.milliseconds)} ms; ${outcome}`);
  return lines.join('\n');
}
