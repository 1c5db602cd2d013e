/**
 * Temporary projects for tests of the programs: an environments folder
 * (specs written as data-only environment files) and a dist folder, plus
 * the environment variables that point synth, validate and diff at them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvironmentSpec } from '../lib';
import { ENVIRONMENTS_DIR, loadEnvironments } from '../apps/load-environments';
import type { Output } from '../apps/paths';
import { tempDir } from './helpers';

export const REPO = join(__dirname, '..');

/**
 * Copies the committed environment files (and `shared/`) into `environmentsDir`, their library
 * imports made absolute so the copy loads this checkout's lib/; `edit` may change each top-level file.
 */
export function copyEnvironmentFiles(environmentsDir: string, edit: (name: string, text: string) => string = (_name, text) => text): void {
  const lib = join(REPO, 'lib');
  mkdirSync(join(environmentsDir, 'shared'), { recursive: true });
  for (const folder of ['', 'shared']) {
    for (const file of readdirSync(join(ENVIRONMENTS_DIR, folder)).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(join(ENVIRONMENTS_DIR, folder, file), 'utf8').replace(
        /from '(\.\.\/)+lib'/g,
        `from ${JSON.stringify(lib)}`,
      );
      writeFileSync(join(environmentsDir, folder, file), folder === '' ? edit(file.replace(/\.ts$/, ''), source) : source);
    }
  }
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
 * folder, not new files in the old one: a process (jest) that loaded an
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

/** An Output that records what a program printed. */
export function captureOutput(): Output & { readonly stdout: string[]; readonly stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, log: (line) => stdout.push(line), error: (line) => stderr.push(line) };
}

/** Runs a command of this repository in a child process, the way a user or CI does. */
export function runCommand(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd: REPO, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
