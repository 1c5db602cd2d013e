/**
 * Vitest setup: each worker's own temp folder in the run's (test/test-temp-folders.ts), emptied as each
 * test file ends. The folders `tempDir` made and cdk8s's `Testing` output folders (`cdk8s.outdir.*`, one per
 * `Testing.app()`) are removed; anything else the file or the programs it ran left there fails the file, naming
 * what was left, and is removed too, so the next file starts clean.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RUN_FOLDER_VARIABLE, removeTempDirs, workerFolderName } from './test-temp-folders';

/** What cdk8s's Testing.app() makes in the temp folder when no outdir is given (cdk8s lib/testing.js). */
const TESTING_OUTDIR_PREFIX = 'cdk8s.outdir.';

const run = process.env[RUN_FOLDER_VARIABLE];
if (run !== undefined) {
  const own = join(run, 'tmp', workerFolderName());
  if (process.env.TMPDIR !== own) {
    mkdirSync(own, { recursive: true });
    process.env.TMPDIR = own;
  }
  afterAll(() => {
    removeTempDirs();
    const left = readdirSync(own).filter((name) => !name.startsWith(TESTING_OUTDIR_PREFIX));
    for (const name of readdirSync(own)) rmSync(join(own, name), { recursive: true, force: true });
    if (left.length > 0) throw new Error(`this test file left in the temp folder ${own}: ${left.join(', ')}`);
  });
}
