/**
 * What the shared render (test/shared-render.ts) read, recorded while the global setup makes it and kept beside it
 * (`reads.json`), so that a test can check the render's cache key (test/shared-render-cache.ts) holds every file the
 * render depends on at no cost of its own: an entry's record is that of the render its key made.
 *
 * The render is synchronous, so every path handed to a synchronous read of `node:fs` while it runs is its own
 * (readFileSync, readdirSync, statSync, lstatSync, existsSync, accessSync, realpathSync, opendirSync, openSync for
 * reading), whoever calls it: the render's own modules, Node's require loading a package, a validator or a cache. Node's
 * require adds what it loaded through a loader holding functions it took from `node:fs` before the recording began
 * (the environment files: apps/program-build.js). The modules vite loaded before the render started are not here: the
 * test takes them from the import graph.
 *
 * Plain Node (the global setup has no `vi`): the functions are replaced on the CommonJS object, and Node's
 * `syncBuiltinESMExports()` hands the replacements to the ES module's bindings, as test/fs-spy.ts does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire, syncBuiltinESMExports } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The record's file, in the shared render's folder. */
const READS_FILE = 'reads.json';

/** The synchronous reads of `node:fs` that name a path; openSync only with flags that read. */
const READS = [
  'readFileSync',
  'readdirSync',
  'statSync',
  'lstatSync',
  'existsSync',
  'accessSync',
  'realpathSync',
  'opendirSync',
  'openSync',
] as const;

/** What the render read, as the global setup recorded it. */
export interface SharedRenderReads {
  /** The folder it rendered into (what it reads back there is its own output). */
  readonly dir: string;
  /** Every path it read, absolute, sorted. */
  readonly paths: readonly string[];
}

/** A path argument as a string, or undefined for a file descriptor. */
function pathOf(argument: unknown): string | undefined {
  if (typeof argument === 'string') return resolve(argument);
  if (Buffer.isBuffer(argument)) return resolve(argument.toString());
  if (argument instanceof URL) return fileURLToPath(argument);
  return undefined;
}

/** Whether openSync's flags only read. */
function readsOnly(flags: unknown): boolean {
  if (flags === undefined || flags === null) return true;
  return typeof flags === 'string' ? !/[wa+]/.test(flags) : flags === 0;
}

/** Runs a synchronous `action` and returns what it returned with every path it read. */
export function recordReads<T>(action: () => T): { readonly result: T; readonly paths: string[] } {
  // The module object itself, whose functions are replaced.
  const fs = createRequire(__filename)('node:fs') as Record<string, (...args: unknown[]) => unknown>;
  const cache = (Module as unknown as { _cache: Record<string, unknown> })._cache;
  const loadedBefore = new Set(Object.keys(cache));
  const paths = new Set<string>();
  const originals = READS.map((name) => [name, fs[name]] as const);
  for (const [name, original] of originals)
    fs[name] = function recorded(this: unknown, ...args: unknown[]): unknown {
      const path = pathOf(args[0]);
      if (path !== undefined && (name !== 'openSync' || readsOnly(args[1]))) paths.add(path);
      return original.apply(this, args);
    };
  syncBuiltinESMExports();
  try {
    const result = action();
    for (const file of Object.keys(cache)) if (!loadedBefore.has(file)) paths.add(file);
    return { result, paths: [...paths].sort() };
  } finally {
    for (const [name, original] of originals) fs[name] = original;
    syncBuiltinESMExports();
  }
}

/**
 * The global setup's render (`write`: writeSharedRender), its reads recorded into the folder beside it. The render is
 * handed in, so that the test reading the record loads none of what makes it.
 */
export function writeRecordingReads(dir: string, write: (dir: string) => boolean): boolean {
  const { result, paths } = recordReads(() => write(dir));
  const record: SharedRenderReads = { dir: resolve(dir), paths };
  writeFileSync(join(dir, READS_FILE), JSON.stringify(record));
  return result;
}

/** What the shared render of this run read (the global setup's record of the render its cache entry holds). */
export function sharedRenderReads(renderDir: string): SharedRenderReads {
  return JSON.parse(readFileSync(join(renderDir, READS_FILE), 'utf8')) as SharedRenderReads;
}
