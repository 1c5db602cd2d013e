/**
 * A small checkout of its own for the tests of the programs' build (test/cold-start.test.ts,
 * test/program-build.test.ts): the programs' loader, the test's sources in apps/, a one-line lib/index.ts, an empty
 * environments/ and node_modules linked to this checkout's install. Its build cache is the test's own
 * (CALYPSO_CACHE_DIR), so a test may edit its sources and see what the build makes of them.
 */
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { programEnvironment, runProcess, type ProcessResult } from './program-run';
import { REPO } from './temp-project';
import { tempDir } from './test-temp-folders';

/** The programs' loader: apps/register.js and what it requires of apps/. */
const LOADER_FILES = ['register.js', 'program-build.js', 'deferred-imports.js', 'validator-warm-up.js'];

/** A checkout holding `sources` (file name to text) in apps/, in a folder removed when the test file ends. */
export function programCheckout(sources: Readonly<Record<string, string>>): string {
  const root = tempDir('calypso-k8s-program-checkout-');
  for (const dir of ['apps', 'lib', 'environments']) mkdirSync(join(root, dir));
  for (const file of LOADER_FILES) copyFileSync(join(REPO, 'apps', file), join(root, 'apps', file));
  for (const [file, text] of Object.entries(sources)) writeFileSync(join(root, 'apps', file), text);
  writeFileSync(join(root, 'lib', 'index.ts'), `export const library = 'fixture';\n`);
  writeFileSync(join(root, 'package.json'), '{}\n');
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/** A run of the checkout's apps/program.ts through its loader, with `cache` as its build cache and `env` over the caller's. */
export function runCheckoutProgram(root: string, cache: string, env: NodeJS.ProcessEnv = {}): Promise<ProcessResult> {
  return runProcess(
    process.execPath,
    ['--require', join(root, 'apps', 'register.js'), join(root, 'apps', 'program.ts')],
    programEnvironment({ ...process.env, CALYPSO_CACHE_DIR: cache, ...env }),
  );
}
