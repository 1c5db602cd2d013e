/**
 * Where the global setup gets the shared render from (test/shared-render.ts):
 * the test cache (test/content-cache.ts), keyed by every input of that
 * render, so a run whose inputs did not change reads the render an earlier
 * run made instead of making it again (about 2.5 s of CPU, before any worker
 * can start). The inputs: every file under apps/, dist/, environments/,
 * imports/, lib/ and schemas/, the test files that make the render, the
 * package's manifest and tsconfig, the installed packages
 * (node_modules/.package-lock.json), Node's version and every CALYPSO_
 * environment variable and CDK8S_DISABLE_SORT (which orders the output). Any change to one of them renders
 * afresh; a clean checkout (CI: `npm ci`) renders. A render is not kept when
 * it failed (its cause may be no input, say a full disk), nor when
 * CALYPSO_ENVIRONMENTS_DIR or CALYPSO_DIST_DIR point the render at folders
 * whose files the key does not hold.
 *
 * An entry records a SHA-256 of each file it holds and is used only while
 * they match: a test that wrote into the shared folder cannot hand a changed
 * render to the runs after it. `CALYPSO_TEST_RENDER_CACHE=off` renders into
 * a temporary folder instead, removed when the run ends.
 *
 * test/shared-render-cache.test.ts checks the key against what the render read (test/shared-render-reads.ts).
 *
 * Only Node's own modules load here: on a hit, vitest's process never loads
 * the library.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { CACHE_DIR, cachedByContentAsync, contentKey, fileDigest, type CacheInputs } from './content-cache';

/** The environment variable that turns the cache off (`off`). */
export const RENDER_CACHE_VARIABLE = 'CALYPSO_TEST_RENDER_CACHE';
/** The environment variable naming the shared render's folder, set by the global setup for the workers. */
export const SHARED_RENDER_VARIABLE = 'CALYPSO_TEST_RENDER';
/** The name of the shared render's entries in the test cache (`<name>-<key>`). */
export const RENDER_CACHE_ENTRY = 'shared-render';

/** The render's folder inside its entry (the entry also holds the cache's own record). */
const RENDER_FOLDER = 'render';

/** Everything the shared render reads, as test/content-cache.ts takes it. */
export function sharedRenderInputs(env: NodeJS.ProcessEnv = process.env): CacheInputs {
  const variables = Object.entries(env)
    .filter(([name]) => (name.startsWith('CALYPSO_') || name === 'CDK8S_DISABLE_SORT') && name !== SHARED_RENDER_VARIABLE)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    paths: [
      'apps',
      'dist',
      'environments',
      'imports',
      'lib',
      'schemas',
      'test/global-setup.ts',
      'test/content-cache.ts',
      'test/shared-render.ts',
      'test/shared-render-cache.ts',
      'test/shared-render-reads.ts',
      'test/test-temp-folders.ts',
      'test/environment-file-loader.ts',
      'package.json',
      'tsconfig.json',
      'node_modules/.package-lock.json',
    ],
    tools: [],
    // The working folder too: the validate run kept with the render names it in its output.
    also: JSON.stringify({ platform: process.platform, arch: process.arch, cwd: process.cwd(), variables }),
  };
}

/** The folder the shared render for the inputs as they are now is kept in. */
export function cachedRenderDir(env: NodeJS.ProcessEnv = process.env, name: string = RENDER_CACHE_ENTRY): string {
  return join(CACHE_DIR, `${name}-${contentKey(sharedRenderInputs(env))}`, RENDER_FOLDER);
}

/** A SHA-256 of every file under a folder, by path relative to it (each read once per process while unchanged: test/content-cache.ts). */
export function folderDigests(dir: string): Record<string, string> {
  const digests: Record<string, string> = {};
  const walk = (path: string): void => {
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path).sort()) walk(join(path, entry));
    else digests[relative(dir, path)] = fileDigest(path);
  };
  walk(dir);
  return digests;
}

/** What a made entry records: each of its files' digests. */
interface RenderEntry {
  readonly files: Record<string, string>;
  /** Whether `write` said the render is worth keeping (it did not fail). */
  readonly keep: boolean;
}

/**
 * How long an unused render is kept: an entry (about 4 MB) is made after each edit, and a run takes minutes;
 * other checkouts sharing node_modules touch theirs on every run.
 */
const RENDER_IDLE_LIMIT_MS = 3600 * 1000;

/** Variables that point the render at folders outside the repository's, whose files the key does not hold: no cache with them. */
export const UNKEYED_FOLDER_VARIABLES = ['CALYPSO_ENVIRONMENTS_DIR', 'CALYPSO_DIST_DIR'];

/**
 * The folder holding the shared render for the inputs as they are now, made
 * by `write` when the cache has none (or one whose files changed since), and
 * what removes it when the run ends (nothing, when the cache keeps it).
 * `write` says whether the render is worth keeping.
 */
export async function sharedRenderFolder(
  write: (dir: string) => Promise<boolean>,
  env: NodeJS.ProcessEnv = process.env,
  name: string = RENDER_CACHE_ENTRY,
): Promise<{ readonly dir: string; readonly remove: () => void }> {
  if (env[RENDER_CACHE_VARIABLE] === 'off' || UNKEYED_FOLDER_VARIABLES.some((variable) => env[variable] !== undefined)) {
    const dir = mkdtempSync(join(tmpdir(), 'calypso-k8s-render-'));
    await write(dir);
    return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
  }
  let made = false;
  const make = async (entryDir: string): Promise<RenderEntry> => {
    made = true;
    const dir = join(entryDir, RENDER_FOLDER);
    const keep = await write(dir);
    return { files: folderDigests(dir), keep };
  };
  for (let attempt = 1; ; attempt++) {
    made = false;
    const entry = await cachedByContentAsync(name, sharedRenderInputs(env), make, RENDER_IDLE_LIMIT_MS);
    const dir = join(entry.dir, RENDER_FOLDER);
    const removeEntry = (): void => rmSync(entry.dir, { recursive: true, force: true });
    if (!entry.result.keep) {
      // A failed render is this run's own: one an earlier run left (killed before it removed it) is made again.
      if (made || attempt === 2) return { dir, remove: removeEntry };
      removeEntry();
      continue;
    }
    // One this call made was hashed as it was made; one found in the cache is checked against what it held then.
    if (made || attempt === 2 || isDeepStrictEqual(folderDigests(dir), entry.result.files)) return { dir, remove: () => undefined };
    // A file changed since the entry was made: it is made again.
    removeEntry();
  }
}
