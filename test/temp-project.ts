/**
 * Temporary projects for tests of the programs: an environments folder
 * (specs written as data-only environment files) and a dist folder, plus
 * the environment variables that point synth, validate and diff at them;
 * projects whose dist/ is synthesized already (rendered once per set of
 * specs in a test file); the cdk8s CLI as installed. (A copy of the whole
 * repository as a git checkout is test/repository-copy.ts.) The real commands run through test/program-run.ts.
 */
import { copyFileSync, cpSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvironmentSpec } from '../lib';
import { readDist, replaceDist, type DistTree } from '../apps/dist-folder';
import { withDistLock } from '../apps/dist-lock';
import { refreshSnapshot } from '../apps/dist-snapshot';
import { ENVIRONMENTS_DIR, loadEnvironments } from '../apps/load-environments';
import type { Output } from '../apps/paths';
import { synthesize } from '../apps/synth';
import { tempDir } from './helpers';
import { keptDir } from './test-temp-folders';

export const REPO = join(__dirname, '..');

let sharedCopy: string | undefined;

/** One copy per test process of environments/shared/ (its library imports made absolute), which no test edits. */
function sharedHelpers(): string {
  if (sharedCopy === undefined) {
    sharedCopy = join(keptDir('calypso-shared-helpers-'), 'shared');
    mkdirSync(sharedCopy);
    for (const file of readdirSync(join(ENVIRONMENTS_DIR, 'shared')).filter((name) => name.endsWith('.ts')))
      writeFileSync(join(sharedCopy, file), absoluteLibrary(readFileSync(join(ENVIRONMENTS_DIR, 'shared', file), 'utf8')));
  }
  return sharedCopy;
}

/** An environment file's source with its library imports made absolute, so a copy anywhere loads this checkout's lib/. */
function absoluteLibrary(source: string): string {
  return source.replace(/from '(\.\.\/)+lib'/g, `from ${JSON.stringify(join(REPO, 'lib'))}`);
}

/**
 * Copies the committed environment files into `environmentsDir`, their library imports made absolute so
 * the copy loads this checkout's lib/; `edit` may change each top-level file. `shared/` is a link to one
 * copy per test process: the helpers are then loaded (and transpiled) once per process, not once per
 * copy (a module is known by its real path), and a copy's own files still load afresh.
 */
export function copyEnvironmentFiles(environmentsDir: string, edit: (name: string, text: string) => string = (_name, text) => text): void {
  mkdirSync(environmentsDir, { recursive: true });
  symlinkSync(sharedHelpers(), join(environmentsDir, 'shared'), 'dir');
  for (const file of readdirSync(ENVIRONMENTS_DIR).filter((name) => name.endsWith('.ts'))) {
    const source = absoluteLibrary(readFileSync(join(ENVIRONMENTS_DIR, file), 'utf8'));
    writeFileSync(join(environmentsDir, file), edit(file.replace(/\.ts$/, ''), source));
  }
}

const distOriginals = new Map<string, string>();

/**
 * Gives `distDir` the folders and files of the dist tree `from` (the committed dist/, the run's shared
 * render): hard links to one copy of `from` per test process, never to `from` itself. A link is as good
 * as a copy here, as the programs never write into a file of dist/: they write a new tree and swap it in,
 * and a file changed through a link is caught and put back (apps/dist-folder.ts). It costs a tenth of a
 * copy (about 20 ms against 250 for 390 files).
 */
export function copyDist(from: string, distDir: string): void {
  let original = distOriginals.get(from);
  if (original === undefined) {
    original = join(keptDir('calypso-dist-original-'), 'dist');
    cpSync(from, original, { recursive: true });
    distOriginals.set(from, original);
  }
  const mirror = (source: string, target: string): void => {
    mkdirSync(target);
    for (const entry of readdirSync(source)) {
      const [a, b] = [join(source, entry), join(target, entry)];
      if (statSync(a).isDirectory()) mirror(a, b);
      else
        try {
          linkSync(a, b);
        } catch {
          copyFileSync(a, b); // another filesystem
        }
    }
  };
  mirror(original, distDir);
}

export interface TempProject {
  readonly root: string;
  environmentsDir: string;
  readonly distDir: string;
  /** CALYPSO_ENVIRONMENTS_DIR and CALYPSO_DIST_DIR for the programs. */
  env: NodeJS.ProcessEnv;
}

/** The committed environments' specs, by name. */
export function committedSpecs(): Record<string, EnvironmentSpec> {
  return Object.fromEntries(loadEnvironments().map((environment) => [environment.name, environment.spec]));
}

/** Writes specs as environment files (`<name>.ts`, a default export of the data). */
export function writeSpecs(environmentsDir: string, specs: Record<string, EnvironmentSpec>): void {
  for (const [file, spec] of Object.entries(specs))
    writeFileSync(join(environmentsDir, `${file}.ts`), `export default ${JSON.stringify(spec)};\n`);
}

/** A temporary project with these environments and no dist/ yet. */
export function tempProject(specs: Record<string, EnvironmentSpec>): TempProject {
  const root = tempDir();
  const distDir = join(root, 'dist');
  const project: TempProject = { root, distDir, environmentsDir: '', env: {} };
  return changeSpecs(project, specs);
}

/**
 * Gives the project a new environments folder holding these specs. A new
 * folder, not new files in the old one: a process (the tests' own) that loaded an
 * environment file keeps it in its module cache.
 */
export function changeSpecs(project: TempProject, specs: Record<string, EnvironmentSpec>): TempProject {
  const environmentsDir = join(project.root, `environments-${readdirSync(project.root).length}`);
  mkdirSync(environmentsDir);
  writeSpecs(environmentsDir, specs);
  project.environmentsDir = environmentsDir;
  project.env = { ...process.env, CALYPSO_ENVIRONMENTS_DIR: environmentsDir, CALYPSO_DIST_DIR: project.distDir };
  return project;
}

const synthesizedTrees = new Map<string, DistTree>();

/**
 * A temporary project with these environments and dist/ as `synthesize` leaves it: dist/ and its
 * snapshot (apps/dist-snapshot.ts). The first project of a set of specs in a test file is synthesized;
 * the next ones get the tree it wrote, written the way synth writes it (replaceDist, then the snapshot,
 * under the dist lock) instead of rendered again. Synth is deterministic (test/atomic-synth.test.ts,
 * "two synths of the same specs are byte-identical"), so the two are the same; the key is the specs'
 * whole content, and the cache lives only as long as the test file's process (one version of the code).
 */
export function synthesizedProject(specs: Record<string, EnvironmentSpec>): TempProject {
  const project = tempProject(specs);
  const key = JSON.stringify(specs);
  const tree = synthesizedTrees.get(key);
  if (tree === undefined) {
    synthesize(project);
    synthesizedTrees.set(key, readDist(project.distDir));
  } else {
    withDistLock(project.distDir, () => {
      replaceDist(project.distDir, tree);
      refreshSnapshot(project.distDir);
    });
  }
  return project;
}

/** An Output that records what a program printed. */
export function captureOutput(): Output & { readonly stdout: string[]; readonly stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, log: (line) => stdout.push(line), error: (line) => stderr.push(line) };
}

/** The cdk8s CLI as installed (what `npx cdk8s` runs, without npx's own start-up). */
export const CDK8S_CLI = join(REPO, 'node_modules', '.bin', 'cdk8s');
