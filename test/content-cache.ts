/**
 * Results of the slow, deterministic steps of the programs tests (building
 * and packing the package, installing it into a consumer project, compiling
 * consumer projects, generating the API reference, type-checking the README
 * examples), cached by the content of everything they read. The same sources give the same build, so
 * a run whose inputs did not change reuses the last one, and a change to any
 * input makes a fresh one. The cache lives in node_modules/.cache, outside
 * the tracked tree; `npm ci` removes node_modules, so CI starts from clean.
 *
 * Two test files may need the same entry at once (the test workers run in
 * parallel): the first takes a lock and makes it, the others wait for it.
 * `cachedByContentAsync` does the same for a step that waits on another
 * process (an npm install), so that several can run at once.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FILE_SETTLED_MS, fileStatus } from '../lib/output/file-status';

/** The repository. */
export const REPO = join(__dirname, '..');

/** Where the cached results live. */
export const CACHE_DIR = join(REPO, 'node_modules', '.cache', 'calypso-k8s', 'tests');

const DONE = 'result.json';
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 15 * 60 * 1000;
/** Other keys of the same entry unused for this long are removed. */
const OLD_ENTRY_MS = 24 * 3600 * 1000;
/**
 * Other keys of the same entry kept, the most recently used, however recent the rest: a day's rule alone let 34 consumer
 * installs of 91 MB each (3.1 GB) pile up in a day of work on the package. Beyond these, an entry is removed once unused
 * for STALE_LOCK_MS: a test file marks the entry it reads each time it asks for it, and an entry read throughout a run
 * (the shared render) is marked again while the run lasts (keepMarkedUsed).
 */
export const KEEP_OTHER_ENTRIES = 3;

/**
 * Every file and folder under these paths (files or folders, relative to the repository), sorted; a folder counts by its
 * name, so an empty one (which validate reports in dist/) changes the key too.
 */
function inputEntries(paths: readonly string[]): { readonly path: string; readonly folder: boolean }[] {
  const entries: { path: string; folder: boolean }[] = [];
  const walk = (path: string): void => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      entries.push({ path, folder: true });
      for (const entry of readdirSync(path).sort()) walk(join(path, entry));
    } else entries.push({ path, folder: false });
  };
  for (const path of paths) walk(join(REPO, path));
  return entries;
}

/** What a cached result depends on. */
export interface CacheInputs {
  /** Files and folders (relative to the repository) it reads. */
  readonly paths: readonly string[];
  /** Packages in node_modules whose version matters. */
  readonly tools: readonly string[];
  /** Anything else, such as the repository's path when the result may mention it. @default none */
  readonly also?: string;
}

/** Each file's SHA-256 by path, with the status it had when read: the shared render's key alone reads some 23 MB, asked for several times a run. */
const digests = new Map<string, { readonly status: string; readonly digest: string }>();

/**
 * The SHA-256 of a file's content, read once per process while its status
 * stays the same (lib/output/file-status.ts); a file changed in the last
 * `settledMs` (@default {@link FILE_SETTLED_MS}) is read every time.
 */
export function fileDigest(file: string, settledMs = FILE_SETTLED_MS): string {
  const status = fileStatus(file, Date.now(), settledMs);
  const known = digests.get(file);
  if (status !== undefined && known?.status === status.key) return known.digest;
  const digest = createHash('sha256').update(readFileSync(file)).digest('hex');
  if (status?.settled === true) digests.set(file, { status: status.key, digest });
  else digests.delete(file);
  return digest;
}

/** A hash of the inputs: each file's path and content (its SHA-256), the versions of the tools that read them, and Node's. */
export function contentKey({ paths, tools, also = '' }: CacheInputs): string {
  const hash = createHash('sha256');
  for (const { path, folder } of inputEntries(paths)) {
    hash.update(relative(REPO, path)).update('\0');
    hash.update(folder ? '/\0' : `${fileDigest(path)}\0`);
  }
  for (const tool of tools) {
    const { version } = JSON.parse(readFileSync(join(REPO, 'node_modules', tool, 'package.json'), 'utf8')) as { version: string };
    hash.update(`${tool}@${version}\0`);
  }
  hash.update(`${process.version}\0${also}`);
  return hash.digest('hex').slice(0, 20);
}

function sleep(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

/** One entry of the cache: its folder, and the lock its maker holds. */
interface Entry {
  readonly name: string;
  readonly dir: string;
  readonly lock: string;
}

function entryFor(name: string, inputs: CacheInputs): Entry {
  const dir = join(CACHE_DIR, `${name}-${contentKey(inputs)}`);
  mkdirSync(CACHE_DIR, { recursive: true });
  return { name, dir, lock: `${dir}.lock` };
}

/** The entry's result if it is made. */
function madeResult<T>({ dir }: Entry): { readonly dir: string; readonly result: T } | undefined {
  if (!existsSync(join(dir, DONE))) return undefined;
  try {
    markEntryUsed(dir);
    return { dir, result: JSON.parse(readFileSync(join(dir, DONE), 'utf8')) as T };
  } catch (error) {
    // Removed meanwhile by another checkout's run (removeOldEntries): made again.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Marks an entry's folder used (its modification time), which keeps it from removeOldEntries. */
export function markEntryUsed(dir: string): void {
  const now = new Date();
  utimesSync(dir, now, now);
}

/**
 * How often an entry read throughout a run (the shared render, looked up once by the global setup and read by every worker
 * until the run ends, for hours in watch mode) is marked used again: well within STALE_LOCK_MS, after which
 * removeOldEntries may remove it. Returns what stops the marking.
 */
export function keepMarkedUsed(dir: string, everyMs = STALE_LOCK_MS / 3): () => void {
  const timer = setInterval(() => {
    try {
      markEntryUsed(dir);
    } catch {
      // Gone (the run's own temporary render, removed at its end): nothing to keep.
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Takes the entry's lock and empties its folder; false when another worker holds the lock (a lock left by a killed run is removed). */
function lockToMake({ dir, lock }: Entry): boolean {
  try {
    mkdirSync(lock);
  } catch {
    const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
    if (since !== undefined && Date.now() - since > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
    return false;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return true;
}

function finishMaking<T>({ name, dir }: Entry, result: T, idleLimitMs = OLD_ENTRY_MS): { readonly dir: string; readonly result: T } {
  // Written last: a folder without it is unfinished.
  writeFileSync(join(dir, DONE), JSON.stringify(result));
  removeOldEntries(CACHE_DIR, name, dir, idleLimitMs);
  return { dir, result };
}

/**
 * The result of `make` for these inputs: made once into a folder of its own
 * (`make` gets the folder, may put files there and returns JSON data), then
 * read back for as long as the inputs stay the same.
 */
export function cachedByContent<T>(
  name: string,
  inputs: CacheInputs,
  make: (dir: string) => T,
): { readonly dir: string; readonly result: T } {
  const entry = entryFor(name, inputs);
  for (;;) {
    const made = madeResult<T>(entry);
    if (made) return made;
    if (!lockToMake(entry)) {
      sleep(250); // another worker is making it
      continue;
    }
    try {
      return finishMaking(entry, make(entry.dir));
    } finally {
      rmSync(entry.lock, { recursive: true, force: true });
    }
  }
}

/**
 * {@link cachedByContent} for a `make` that waits on other processes (an npm install), so that several can run at
 * once; other entries of the name unused for `idleLimitMs` (a day by default) are removed when one is made.
 */
export async function cachedByContentAsync<T>(
  name: string,
  inputs: CacheInputs,
  make: (dir: string) => Promise<T>,
  idleLimitMs = OLD_ENTRY_MS,
): Promise<{ readonly dir: string; readonly result: T }> {
  const entry = entryFor(name, inputs);
  for (;;) {
    const made = madeResult<T>(entry);
    if (made) return made;
    if (!lockToMake(entry)) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      return finishMaking(entry, await make(entry.dir), idleLimitMs);
    } finally {
      rmSync(entry.lock, { recursive: true, force: true });
    }
  }
}

/**
 * Removes the other entries of the same name (`<name>-<key>` in `cacheDir`) that nothing has used for `idleLimitMs`
 * (another checkout may still use a recent one), and beyond the KEEP_OTHER_ENTRIES most recently used, those unused for
 * STALE_LOCK_MS; returns their names. An entry's folder is marked used (its modification time) each time it is read.
 * @internal
 */
export function removeOldEntries(cacheDir: string, name: string, keep: string, idleLimitMs: number, now = Date.now()): string[] {
  const ofName = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[0-9a-f]+$`);
  const others = readdirSync(cacheDir)
    .filter((entry) => ofName.test(entry) && join(cacheDir, entry) !== keep)
    .flatMap((entry) => {
      const usedMs = statSync(join(cacheDir, entry), { throwIfNoEntry: false })?.mtimeMs;
      return usedMs === undefined ? [] : [{ entry, idleMs: now - usedMs }];
    })
    .sort((a, b) => a.idleMs - b.idleMs);
  const removed = others
    .filter(({ idleMs }, index) => idleMs > idleLimitMs || (index >= KEEP_OTHER_ENTRIES && idleMs > STALE_LOCK_MS))
    .map(({ entry }) => entry);
  return removed.filter((entry) => {
    try {
      rmSync(join(cacheDir, entry), { recursive: true, force: true });
      return true;
    } catch {
      return false; // not ours to remove, or written into meanwhile: it does not fail the entry just made
    }
  });
}
