/**
 * The synth pipeline: load every environment, render it, validate every
 * object, and only when all of that succeeded replace `dist/`. Problems in
 * environment specs are collected across environments and reported
 * together.
 */
import { performance } from 'node:perf_hooks';
import { SpecError, type SpecProblem } from '../lib';
import { renderArgocd } from './argocd';
import { compareFolder, DIST_DIR, readDist, replaceDist, type FolderChanges, type WriteHooks } from './dist-folder';
import { ENVIRONMENTS_DIR, loadEnvironments } from './load-environments';
import { renderEnvironment, type RenderedEnvironment } from './render';
import { validateRendered, ValidationError } from './validation/validate';

/** Where to read environments from and write output to. */
export interface SynthOptions {
  /** @default the repository's environments/ */
  readonly environmentsDir?: string;
  /** @default the repository's dist/ */
  readonly distDir?: string;
  /** Failure injection for tests. */
  readonly hooks?: WriteHooks;
}

/** What one environment's synthesis produced and changed. */
export interface EnvironmentReport extends FolderChanges {
  readonly name: string;
  /** File name to YAML text, as written. */
  readonly files: ReadonlyMap<string, string>;
  readonly objectsByKind: Readonly<Record<string, number>>;
  readonly objects: number;
}

/** What a synth run did. */
export interface SynthReport {
  readonly environments: readonly EnvironmentReport[];
  /** Folders removed because their environment no longer exists. */
  readonly removedFolders: readonly string[];
  readonly milliseconds: number;
}

/** Renders every environment; throws one SpecError with the problems of all of them. */
export function renderAll(environmentsDir: string = ENVIRONMENTS_DIR): RenderedEnvironment[] {
  const rendered: RenderedEnvironment[] = [];
  const problems: SpecProblem[] = [];
  for (const environment of loadEnvironments(environmentsDir)) {
    try {
      rendered.push(renderEnvironment(environment.spec));
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new SpecError(problems);
  return rendered;
}

function countByKind(rendered: RenderedEnvironment): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const manifest of rendered.manifests) counts[manifest.kind] = (counts[manifest.kind] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Runs the whole pipeline. Throws (leaving dist/ untouched) on any problem. */
export function synthesize(options: SynthOptions = {}): SynthReport {
  const start = performance.now();
  const distDir = options.distDir ?? DIST_DIR;
  const environments = renderAll(options.environmentsDir);
  // dist/argocd is built from the rendered environments, so it comes last.
  const rendered = [...environments, ...renderArgocd(environments, loadEnvironments(options.environmentsDir))];
  const findings = validateRendered(rendered);
  if (findings.length > 0) throw new ValidationError(findings);

  const before = readDist(distDir);
  const tree = new Map(rendered.map((environment) => [environment.name, environment.files]));
  replaceDist(distDir, tree, options.hooks);
  return {
    environments: rendered.map((environment) => ({
      name: environment.name,
      files: environment.files,
      objects: environment.manifests.length,
      objectsByKind: countByKind(environment),
      ...compareFolder(before.get(environment.name), environment.files),
    })),
    removedFolders: [...before.keys()].filter((folder) => !tree.has(folder)),
    milliseconds: performance.now() - start,
  };
}

/** The summary `npm run synth` prints. */
export function formatReport(report: SynthReport): string {
  const lines = report.environments.map((environment) => {
    const kinds = Object.entries(environment.objectsByKind)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ');
    const changes = `${environment.added.length} added, ${environment.changed.length} changed, ${environment.removed.length} removed`;
    return `dist/${environment.name}: ${environment.objects} objects (${kinds}); files: ${changes}`;
  });
  for (const folder of report.removedFolders) lines.push(`dist/${folder}: removed (no environment file)`);
  lines.push(`synthesized ${report.environments.length} environments in ${Math.round(report.milliseconds)} ms`);
  return lines.join('\n');
}
