/**
 * Vitest setup: each worker's own temp folder in the run's (test/test-temp-folders.ts), emptied as each
 * test file ends. The folders `tempDir` made and cdk8s's `Testing` output folders (`cdk8s.outdir.*`, one per
 * `Testing.app()`) are removed; anything else the file or the programs it ran left there fails the file, naming
 * what was left, and is removed too, so the next file starts clean. tsx's transform cache (`tsx-<uid>` in the temp
 * folder, made by the programs that run through tsx) is a link to one kept between runs in the test cache.
 */
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { discard, RUN_FOLDER_VARIABLE, removeTempDirs, TSX_CACHE, TSX_CACHE_NAME, workerFolderName } from './test-temp-folders';

/** What cdk8s's Testing.app() makes in the temp folder when no outdir is given (cdk8s lib/testing.js). */
const TESTING_OUTDIR_PREFIX = 'cdk8s.outdir.';

const run = process.env[RUN_FOLDER_VARIABLE];
if (run !== undefined) {
  const own = join(run, 'tmp', workerFolderName());
  if (process.env.TMPDIR !== own) {
    mkdirSync(own, { recursive: true });
    process.env.TMPDIR = own;
  }
  if (!existsSync(join(own, TSX_CACHE_NAME))) {
    mkdirSync(TSX_CACHE, { recursive: true });
    symlinkSync(TSX_CACHE, join(own, TSX_CACHE_NAME), 'dir');
  }
  afterAll(() => {
    removeTempDirs();
    const left = readdirSync(own).filter((name) => !name.startsWith(TESTING_OUTDIR_PREFIX) && name !== TSX_CACHE_NAME);
    // The link to tsx's cache goes too (not what it links to): the next file makes it again.
    for (const name of readdirSync(own)) discard(join(own, name));
    if (left.length > 0) throw new Error(`this test file left in the temp folder ${own}: ${left.join(', ')}`);
  });
}
