/**
 * A release change as one step, shared by `npm run release` and `npm run
 * promote`: set an environment's release in its file (release-edit.ts),
 * synthesize that environment and dist/argocd (the same pipeline as `npm
 * run synth -- <env>`), validate dist/ as `npm run validate` does, and
 * return the per-object change summary of `npm run diff`. All in process.
 *
 * An environment with a Compose folder (compose/<env>/, next to
 * environments/: dev) gets its Compose files written again too, with the
 * default healthcheck, so that the change stays one commit and `npm test`'s
 * stale-Compose check passes.
 *
 * Nothing is left half done: if a check, the synth or the validation fails,
 * the environment file gets its old text back and dist/ its old files
 * (synth itself replaces dist/ atomically, so a failed synth never wrote).
 * The Compose files are written last, after every check.
 *
 * The environment files are loaded only after the edit: a process keeps
 * every file it loaded in its module cache, so loading the file before
 * would render the old release.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Manifest, Tier } from '../lib';
import { declaredExternalObjects } from '../lib/output/references';
import { formatFinding } from '../lib/output/validate';
import { buildComposeProject, composeFiles } from './compose';
import { diffTrees, formatChanges, type ObjectChange } from './diff';
import { readDist, replaceDist, type DistTree } from './dist-folder';
import { withDistLock } from './dist-lock';
import { environmentNames, loadEnvironments, type LoadedEnvironment } from './load-environments';
import { programPaths } from './paths';
import type { Progress } from './progress';
import { ReleaseError, readRelease, setRelease, NoSuchEnvironmentError, type Release } from './release-edit';
import { synthesize, type SynthReport } from './synth';
import { validateDist } from './validate';

/** Where a release change reads and writes; tests point it at temporary folders. */
export interface ReleaseChangeOptions {
  /** @default the repository's environments/ (or CALYPSO_ENVIRONMENTS_DIR) */
  readonly environmentsDir?: string;
  /** @default the repository's dist/ (or CALYPSO_DIST_DIR) */
  readonly distDir?: string;
  /** Reports the synth's steps. @default none */
  readonly progress?: Progress;
  /** Where the Compose folders are (compose/<env>/ is written again when it exists). @default `compose/` next to the environments folder */
  readonly composeDir?: string;
}

/** What a command checks once the edited environments are loaded, and of the rendered dist/; each throws ReleaseError to refuse. */
export interface ReleaseChecks {
  /** Of the specs, the edited one among them; before anything is rendered. @default none */
  readonly specs?: (loaded: readonly LoadedEnvironment[]) => void;
  /** Of dist/ as synthesized. @default none */
  readonly rendered?: (dist: DistTree, tier: Tier) => void;
}

/** What a release change did. */
export interface ReleaseChange {
  /** The environment file as the messages name it: `environments/<env>.ts`. */
  readonly file: string;
  readonly before: Release;
  readonly after: Release;
  /** The environment's tier. */
  readonly tier: Tier;
  readonly synth: SynthReport;
  readonly changes: readonly ObjectChange[];
  /** The per-object change summary, as `npm run diff` prints it. */
  readonly summary: string;
  /** The Compose files written again (`compose/<env>/<file>`), none when the environment has no Compose folder. */
  readonly composeFiles: readonly string[];
}

/** The environment file of a name; throws ReleaseError for a name that is no environment. */
export function environmentFile(environment: string, environmentsDir: string): { path: string; file: string } {
  const names = environmentNames(environmentsDir);
  if (!names.includes(environment))
    throw new NoSuchEnvironmentError(`no environment named ${environment} (environments: ${names.join(', ')})`);
  return { path: join(environmentsDir, `${environment}.ts`), file: `environments/${environment}.ts` };
}

/** The release an environment's file declares. */
export function currentRelease(environment: string, environmentsDir: string): Release {
  const { path, file } = environmentFile(environment, environmentsDir);
  return readRelease(readFileSync(path, 'utf8'), file);
}

/** A rendered object of dist/, parsed; undefined when there is no such file. */
export function renderedObject(dist: DistTree, folder: string, file: string): Manifest | undefined {
  const text = dist.get(folder)?.get(file);
  return text === undefined ? undefined : (parseYaml(text, { version: '1.1' }) as Manifest);
}

/** Sets the release of one environment, synthesizes and validates; on any failure restores its file and dist/ and throws. */
export function changeRelease(
  environment: string,
  release: Release,
  checks: ReleaseChecks,
  options: ReleaseChangeOptions = {},
): ReleaseChange {
  const paths = programPaths();
  const environmentsDir = options.environmentsDir ?? paths.environmentsDir;
  const distDir = options.distDir ?? paths.distDir;
  const { path, file } = environmentFile(environment, environmentsDir);
  const text = readFileSync(path, 'utf8');
  const before = readRelease(text, file);
  const edited = setRelease(text, file, release);
  const committed = readDist(distDir);
  let synth: SynthReport | undefined;
  writeFileSync(path, edited);
  try {
    const loaded = loadEnvironments(environmentsDir);
    checks.specs?.(loaded);
    try {
      synth = synthesize({ environmentsDir, distDir, only: [environment], progress: options.progress });
    } catch (error) {
      throw new ReleaseError(`synth failed; ${file} and dist/ are as they were:\n${(error as Error).message}`);
    }
    const tiers = new Map(loaded.map((each) => [each.name, each.spec.tier]));
    const external = new Map(loaded.map((each) => [each.name, declaredExternalObjects(each.spec)]));
    const { findings } = validateDist(distDir, tiers, external);
    if (findings.length > 0) {
      throw new ReleaseError(
        `validation found ${findings.length} problem(s); ${file} and dist/ are as they were:\n${findings.map((finding) => formatFinding(finding, 'dist')).join('\n')}`,
      );
    }
    const after = readDist(distDir);
    const tier = tiers.get(environment) as Tier;
    checks.rendered?.(after, tier);
    const changes = diffTrees(committed, after);
    const composeFolder = join(options.composeDir ?? join(dirname(environmentsDir), 'compose'), environment);
    const written: string[] = [];
    if (existsSync(composeFolder)) {
      for (const [name, content] of composeFiles(buildComposeProject(environment, environmentsDir))) {
        writeFileSync(join(composeFolder, name), content);
        written.push(`compose/${environment}/${name}`);
      }
    }
    return { file, before, after: release, tier, synth, changes, summary: formatChanges(changes, [environment]), composeFiles: written };
  } catch (error) {
    writeFileSync(path, text);
    if (synth?.written) withDistLock(distDir, () => replaceDist(distDir, committed));
    if (error instanceof ReleaseError) throw error;
    throw new ReleaseError((error as Error).message);
  }
}
