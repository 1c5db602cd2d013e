/**
 * The cache files of the checks of rendered objects (the validators', schema-validator.ts; the PromQL
 * checks', promql-problem-cache.ts): where they live and how they are written. Each cache has a folder
 * of its own under `node_modules/.cache/calypso-k8s/` of the package, or under `CALYPSO_CACHE_DIR` when
 * that is set (the benchmark's fresh clones: it moves every cache of the programs, see
 * apps/program-build.js). A cache is only ever a shortcut: one that cannot be read or written is no
 * error, the work is done again.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * The nearest folder above `dir` holding a package.json: the repository in a checkout (lib/output/),
 * the installed package when built, so the schemas and the caches are found both ways.
 * @internal
 */
export function packageRoot(dir: string): string {
  const parent = dirname(dir);
  return existsSync(join(dir, 'package.json')) || parent === dir ? dir : packageRoot(parent);
}

/**
 * The folder of the cache called `name`: `<package>/node_modules/.cache/calypso-k8s/<name>`, or
 * `<CALYPSO_CACHE_DIR>/<name>` when that is set.
 * @internal
 */
export function cacheFolder(name: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.CALYPSO_CACHE_DIR) return join(env.CALYPSO_CACHE_DIR, name);
  return join(packageRoot(__dirname), 'node_modules', '.cache', 'calypso-k8s', name);
}

/**
 * Writes a cache file whole or not at all (to `<file>.<pid>[-<thread>]`, then renamed: parallel runs may fill a
 * cache at once, and a reader never sees half a file), making its folder when needed. Returns whether it
 * was written: an installed package may be read-only, and everything works without the cache, only slower.
 * @internal
 */
export function writeCacheFile(
  file: string,
  content: string | NodeJS.ArrayBufferView,
  /** Whether a missing folder is made; false leaves a folder someone removed removed. @default true */
  makeFolder = true,
): boolean {
  try {
    if (makeFolder) mkdirSync(dirname(file), { recursive: true });
    // The thread too: the programs' build worker writes caches beside the program's thread, under the same pid.
    const partial = `${file}.${process.pid}${threadId === 0 ? '' : `-${threadId}`}`;
    writeFileSync(partial, content);
    renameSync(partial, file);
    return true;
  } catch {
    return false;
  }
}
