/**
 * The one rule by which the caches of the programs stop growing: a cache file no run has used for a week is removed. Files
 * are named by what they were made from (a checker's sources, a validator file's path and content, a schema file's status),
 * so every edit, checkout path or clone makes new ones, and the old ones are read by nobody any more. A file's modification
 * time tells when it was last used: written, or marked used by a run that read it (markUsed, at most once a day, so a warm
 * run writes nothing and a file another checkout sharing the folder still reads is kept). Used by the PromQL cache
 * (promql-problem-cache.ts) and the validators' cache (schema-validator.ts).
 */
import { readdirSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A cache file (or one left half-written) not used for this long is one nobody uses any more. It is also the margin that
 * keeps a sweep from removing a file another process is about to read: a file in use is marked at least once a day.
 * @internal
 */
export const UNUSED_CACHE_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * A run that reads a file last marked longer ago than this marks it used (its modification time set to now): a file is
 * written only when a run adds to it, so another checkout sharing the folder (a node_modules symlink) could read one
 * unchanged for weeks every day, and it must not count as unused. Once a day keeps a warm run from writing anything.
 * @internal
 */
export const USE_MARK_MS = 24 * 60 * 60 * 1000;
/**
 * A folder swept less than this long ago is not swept again (sweepUnused): a folder can hold thousands of files, and a
 * sweep reads the status of each.
 * @internal
 */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/**
 * The file whose modification time tells when its folder was last swept; no cache file pattern matches a name starting
 * with a dot.
 * @internal
 */
export const SWEEP_STAMP = '.swept';

/**
 * Removes the files in `dir` whose names match `cacheFile` (only files of the form a cache writes: nothing else is
 * touched) and that were last written or marked used before `before`. Never throws: a folder that is not there, or a file
 * removed meanwhile by a parallel run, is no error.
 * @internal
 */
export function removeUnused(dir: string, cacheFile: RegExp, before: number): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!cacheFile.test(name)) continue;
    const file = join(dir, name);
    try {
      if (statSync(file).mtimeMs < before) unlinkSync(file);
    } catch {
      // Removed meanwhile by a parallel run, or not ours to remove (a read-only install).
    }
  }
}

/**
 * removeUnused for the files unused for UNUSED_CACHE_MS, at most once per SWEEP_INTERVAL_MS in a folder (its SWEEP_STAMP
 * records the last sweep): called when a run writes something new into `dir`. Makes no folder (a cache a user cleared is
 * not made again), and never throws; returns whether it swept.
 * @internal
 */
export function sweepUnused(dir: string, cacheFile: RegExp): boolean {
  const now = Date.now();
  const stamp = join(dir, SWEEP_STAMP);
  try {
    if (statSync(stamp).mtimeMs > now - SWEEP_INTERVAL_MS) return false;
  } catch {
    // Never swept.
  }
  try {
    // Stamped first: a parallel run writing meanwhile does not sweep the same folder again.
    writeFileSync(stamp, `${new Date(now).toISOString()}\n`);
  } catch {
    // No folder (removed meanwhile), or read-only: nothing to sweep, or nothing that could be removed.
    return false;
  }
  removeUnused(dir, cacheFile, now - UNUSED_CACHE_MS);
  return true;
}

/**
 * Sets a file's modification time to now when it was last set more than USE_MARK_MS ago, so removeUnused keeps it; returns
 * whether it did. Never throws.
 * @internal
 */
export function markUsed(file: string): boolean {
  try {
    if (statSync(file).mtimeMs >= Date.now() - USE_MARK_MS) return false;
    utimesSync(file, new Date(), new Date());
    return true;
  } catch {
    // Read-only, or removed meanwhile: the next run that writes it marks it anew.
    return false;
  }
}
