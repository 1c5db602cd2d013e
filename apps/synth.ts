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
import {
  compareFolder,
  readDist,
  recoverInterruptedSwap,
  replaceDist,
  strayEntries,
  type DistTree,
  type FolderChanges,
  type WriteHooks,
} from './dist-folder';
import { loadEnvironments } from './load-environments';
import { programPaths } from './paths';
import { renderArgocd } from './argocd';
import { renderEnvironment, type RenderedEnvironment } from '../lib/output/render';
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
}

/**
 * Renders and validates each spec in an App of its own. Throws one error
 * naming the problems of every environment: a RenderError if any construct
 * threw, else a SpecError for bad specs, else a ValidationError.
 */
export function synthesizeSpecs(specs: readonly EnvironmentSpec[]): SynthesizedEnvironment[] {
  const done: SynthesizedEnvironment[] = [];
  const problems: SpecProblem[] = [];
  const failures: { environment: string; error: Error }[] = [];
  for (const spec of specs) {
    const start = performance.now();
    try {
      const rendered = renderEnvironment(spec);
      // What the spec declares the cluster provides (StorageClasses, IngressClass, secret store) its objects may name.
      const findings = validateRendered([{ ...rendered, external: declaredExternalObjects(spec) }]);
      done.push({ ...rendered, findings, milliseconds: performance.now() - start });
    } catch (error) {
      if (error instanceof SpecError) problems.push(...error.problems);
      else failures.push({ environment: spec.name, error: error instanceof Error ? error : new Error(String(error)) });
    }
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
export type DistFolder = RenderedEnvironment & { readonly milliseconds?: number };

/**
 * Every folder synth writes, rendered and validated: the environments, then
 * dist/argocd, which is built from the rendered environments (their kinds,
 * their autoscaled workloads), so it comes last. Throws on any problem.
 */
export function renderFolders(environmentsDir: string = programPaths().environmentsDir): DistFolder[] {
  const loaded = loadEnvironments(environmentsDir);
  const environments = synthesizeSpecs(loaded.map((environment) => environment.spec));
  const argocd = renderArgocd(environments, loaded);
  const findings = validateRendered(argocd);
  if (findings.length > 0) throw new ValidationError(findings);
  return [...environments, ...argocd];
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
  readonly milliseconds: number;
  readonly writeMilliseconds: number;
}

function countByKind(rendered: RenderedEnvironment): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const manifest of rendered.manifests) counts[manifest.kind] = (counts[manifest.kind] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => compareText(a, b)));
}

/** Runs the whole pipeline. Throws (leaving dist/ untouched) on any problem. */
export function synthesize(options: SynthOptions = {}): SynthReport {
  const start = performance.now();
  const paths = programPaths();
  const distDir = options.distDir ?? paths.distDir;
  const folders = renderFolders(options.environmentsDir ?? paths.environmentsDir);
  const tree = distTree(folders);

  const writeStart = performance.now();
  const recovered = recoverInterruptedSwap(distDir);
  const before = readDist(distDir);
  const removedStrays = strayEntries(distDir);
  const reports = folders.map((folder) => ({
    name: folder.name,
    files: folder.files,
    objects: folder.manifests.length,
    objectsByKind: countByKind(folder),
    milliseconds: folder.milliseconds,
    sizing: folder.tier === undefined ? undefined : sizingSummary(sizeEnvironment(folder.name, folder.manifests)),
    ...compareFolder(before.get(folder.name), folder.files),
  }));
  const removedFolders = [...before.keys()].filter((folder) => !tree.has(folder));
  const differs =
    removedFolders.length > 0 ||
    removedStrays.length > 0 ||
    reports.some((report) => report.added.length + report.changed.length + report.removed.length > 0);
  if (differs) replaceDist(distDir, tree, options.hooks);
  const end = performance.now();
  return {
    environments: reports,
    removedFolders,
    removedStrays,
    written: differs,
    recovered,
    milliseconds: end - start,
    writeMilliseconds: end - writeStart,
  };
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
