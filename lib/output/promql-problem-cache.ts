/**
 * A cache on disk of what the PromQL checks (promql-check.ts) found in each expression, so a warm
 * synth neither loads the PromQL grammar nor parses an expression it checked before: parsing the
 * alert rules was about a fifteenth of a warm synth.
 *
 * One JSON file per checker: its name and its content carry a fingerprint of everything that changes
 * a result (the checker's sources, PROMQL_CHECKER_SOURCES of promql-check.ts, and the installed
 * versions of `@prometheus-io/lezer-promql`, `@lezer/lr` and `@lezer/common`), and its entries are keyed by the whole expression. A file of
 * another fingerprint is never read (checkouts sharing one node_modules keep their own), a file that
 * does not parse, or whose fingerprint or format is not this one, is taken for empty, and an entry
 * that is not an expression with a list of problems is skipped: the expression is then checked
 * again, and the file written anew. Set `CALYPSO_PROMQL_CACHE=off` to check every expression afresh;
 * `CALYPSO_CACHE_DIR` moves the cache (as it does every cache of the programs).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cacheFolder, packageRoot, writeCacheFile } from './cache-files';
import { markUsed, removeUnused, UNUSED_CACHE_MS } from './cache-use';

/**
 * This file, whose code is one of the inputs of every cached result.
 * @internal
 */
export const PROMQL_PROBLEM_CACHE_SOURCE = __filename;

/** The layout of a cache file; a file of another format is taken for empty. */
const FORMAT = 1;
/** Entries kept at most, the most recently used: expressions that change over time do not grow the file (read on every run) forever. */
export const MOST_PROMQL_ENTRIES = 2000;
/**
 * The files this cache writes: `<fingerprint>.json`, and `<fingerprint>.json.<pid>[-<thread>]` while writing. One not used
 * for a week (cache-use.ts) is another checker's that nobody uses any more: removed when a file is written.
 */
const CACHE_FILE = /^[0-9a-f]{32}\.json(?:\.[0-9]+(?:-[0-9]+)?)?$/;

/**
 * Where the cache lives: `node_modules/.cache/calypso-k8s/promql/`, under `CALYPSO_CACHE_DIR` when
 * that is set, none with `CALYPSO_PROMQL_CACHE=off`.
 * @internal
 */
export function promqlCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.CALYPSO_PROMQL_CACHE === 'off' ? undefined : cacheFolder('promql', env);
}

/** `name@version` of an installed package, found from its entry point (these packages export no package.json). */
function installedVersion(name: string, from: NodeJS.Require): { readonly id: string; readonly require: NodeJS.Require } {
  const entry = from.resolve(name);
  const root = packageRoot(dirname(entry));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  return { id: `${name}@${version ?? '?'}`, require: createRequire(entry) };
}

/**
 * What a check's result depends on besides the expression: the content of each source file, and the
 * versions of the grammar and of the parser runtime it loads (each resolved as the checker resolves it).
 * @internal
 */
export function promqlCheckerInputs(sources: readonly string[]): string[] {
  const promql = installedVersion('@prometheus-io/lezer-promql', createRequire(__filename));
  const lr = installedVersion('@lezer/lr', promql.require);
  const common = installedVersion('@lezer/common', lr.require);
  return [...sources.map((source) => readFileSync(source, 'utf8')), promql.id, lr.id, common.id];
}

/** The SHA-256 of the inputs, each ended by a NUL (so no two lists of inputs hash alike). */
export function promqlCheckerFingerprint(inputs: readonly string[]): string {
  const hash = createHash('sha256').update(`promql-problem-cache ${FORMAT}\0`);
  for (const input of inputs) hash.update(input).update('\0');
  return hash.digest('hex');
}

interface CacheFile {
  readonly format: number;
  readonly fingerprint: string;
  readonly entries: readonly (readonly [string, readonly string[]])[];
}

const isProblemList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The problems found in each expression, as an earlier run of the same checker left them, and this run adds. */
export class PromqlProblemCache {
  /**
   * The cache in `dir` for the checker of `fingerprint` (memory only when `dir` is undefined); the file
   * is read now, and anything in it not of this checker or not of the form it writes is left out.
   */
  public static open(dir: string | undefined, fingerprint: string): PromqlProblemCache {
    const file = dir === undefined ? undefined : join(dir, `${fingerprint.slice(0, 32)}.json`);
    const cache = new PromqlProblemCache(file, fingerprint);
    cache.read();
    return cache;
  }

  private readonly problems = new Map<string, readonly string[]>();
  /** The expressions this process found or set: its own recent use, which save() puts after another writer's entries. */
  private readonly used = new Set<string>();
  private changed = false;
  /** The file's writtenStamp when it was last read or written; undefined when there was none. */
  private readStamp: string | undefined;

  private constructor(
    /** The cache file; none keeps the results in memory only. */
    public readonly file: string | undefined,
    /** The fingerprint of the checker whose results these are. */
    public readonly fingerprint: string,
  ) {}

  /**
   * What tells that another writer saved the file since this one read it: inode, size and modification time; undefined
   * when there is none. Not file-status.ts's settled status: no content is trusted by it, and each save renames a new
   * file (a new inode) into place.
   */
  private writtenStamp(): string | undefined {
    if (this.file === undefined) return undefined;
    try {
      const stats = statSync(this.file, { bigint: true });
      return `${stats.ino}:${stats.size}:${stats.mtimeNs}`;
    } catch {
      return undefined;
    }
  }

  /** The file's entries in its order (most recently used last), leaving out anything not of this checker or not of the form it writes. */
  private fileEntries(): Map<string, readonly string[]> {
    const entries = new Map<string, readonly string[]>();
    if (this.file === undefined) return entries;
    this.readStamp = this.writtenStamp();
    let content: Partial<CacheFile>;
    try {
      content = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<CacheFile>;
    } catch {
      return entries;
    }
    if (content?.format !== FORMAT || content.fingerprint !== this.fingerprint || !Array.isArray(content.entries)) return entries;
    if (markUsed(this.file)) {
      // The mark changed the file's modification time, which is no other writer's save: the stamp is taken again, unless the
      // file is another one by now (a save renames a new file into place), whose entries were not read.
      const marked = this.writtenStamp();
      const inodeAndSize = (stamp: string | undefined): string | undefined => stamp?.split(':').slice(0, 2).join(':');
      if (marked !== undefined && inodeAndSize(marked) === inodeAndSize(this.readStamp)) this.readStamp = marked;
    }
    for (const entry of content.entries as unknown[]) {
      if (Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && isProblemList(entry[1])) {
        entries.set(entry[0], Object.freeze([...entry[1]]));
      }
    }
    return entries;
  }

  /** Adds the file's entries that this cache does not hold. */
  private read(): void {
    for (const [expression, problems] of this.fileEntries()) if (!this.problems.has(expression)) this.problems.set(expression, problems);
  }

  /**
   * Takes in what another writer (a parallel run, the build worker's prefill) saved since the file was read, which a whole
   * write would otherwise drop: this cache's entries win for the same expression, and the order stays most recently used
   * last, by each writer's own use: the entries this cache only read and the other writer dropped first, the file's next,
   * then those this process used or set.
   */
  private mergeWritten(): void {
    const written = this.fileEntries();
    const merged = new Map<string, readonly string[]>();
    for (const [expression, problems] of this.problems)
      if (!this.used.has(expression) && !written.has(expression)) merged.set(expression, problems);
    for (const [expression, problems] of written) merged.set(expression, this.problems.get(expression) ?? problems);
    for (const [expression, problems] of this.problems) {
      if (!this.used.has(expression)) continue;
      merged.delete(expression);
      merged.set(expression, problems);
    }
    this.problems.clear();
    for (const [expression, problems] of merged) this.problems.set(expression, problems);
  }

  /**
   * The problems found earlier in exactly this expression; undefined when it was never checked. An expression not known
   * when the file was read is looked up again in the file when another run (or the build worker, promql-prefill.ts) has
   * written it since: a fresh clone's first synth takes the results the worker writes while the synth runs.
   */
  public get(expression: string): readonly string[] | undefined {
    let problems = this.problems.get(expression);
    if (problems === undefined && this.file !== undefined && this.writtenStamp() !== this.readStamp) {
      this.read();
      problems = this.problems.get(expression);
    }
    if (problems !== undefined) {
      // Most recently used last: save() keeps the last entries.
      this.problems.delete(expression);
      this.problems.set(expression, problems);
      this.used.add(expression);
    }
    return problems;
  }

  /** Records what checking `expression` found, to be written by save(). */
  public set(expression: string, problems: readonly string[]): void {
    this.problems.delete(expression);
    this.problems.set(expression, Object.freeze([...problems]));
    this.used.add(expression);
    this.changed = true;
  }

  /**
   * Writes the file when set() added anything since it was read: whole (write, then rename, as parallel
   * runs may write at once), and not at all where the cache cannot be written (a read-only install). A file
   * another writer changed since it was read is read again first and merged (mergeWritten), so neither
   * writer's results are lost (but for one that renames its file in the instant between that read and this write).
   */
  public save(): void {
    if (this.file === undefined || !this.changed) return;
    if (this.writtenStamp() !== this.readStamp) this.mergeWritten();
    const entries = [...this.problems].slice(-MOST_PROMQL_ENTRIES);
    const content: CacheFile = { format: FORMAT, fingerprint: this.fingerprint, entries };
    if (!writeCacheFile(this.file, `${JSON.stringify(content)}\n`)) return;
    this.changed = false;
    this.readStamp = this.writtenStamp();
    removeUnused(dirname(this.file), CACHE_FILE, Date.now() - UNUSED_CACHE_MS);
  }
}
