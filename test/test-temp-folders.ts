/**
 * The test run's temp folders: a run leaves nothing in the user's temp folder.
 *
 * The global setup makes one folder for the run (`calypso-k8s-test-run-<pid>-…` in the temp folder) and
 * points `TMPDIR` at its `tmp/` for the workers and every process they start; each worker takes a
 * folder of its own in there (test/temp-folder-cleanup.ts). What a test file makes through `tempDir`
 * is removed when the file ends, as are the output folders of cdk8s's `Testing`; anything else a file
 * leaves in its worker's folder fails that file, by name. Caches that outlive a file (a worker's copy of
 * environments/shared/, of dist/) live in `kept/`, made by `keptDir`. When the run ends, anything still
 * in `tmp/` fails the run, by name, and the run's folder is removed; a run that was killed before its
 * end leaves its folder, which the next run removes (its pid is dead).
 */
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { basename, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { isAlive } from '../apps/dist-lock';

/**
 * The variable naming the run's folder, for the workers. Not a `CALYPSO_` name: those are the programs' settings, part of
 * the shared render's cache key (test/shared-render-cache.ts), and this one changes on every run.
 */
export const RUN_FOLDER_VARIABLE = 'CK8S_TEST_RUN_DIR';
/** The variable naming the temp folder the run started with (the user's), for the caches kept between runs. */
export const SYSTEM_TEMP_VARIABLE = 'CK8S_TEST_SYSTEM_TMPDIR';

const RUN_FOLDER_PREFIX = 'calypso-k8s-test-run-';

/** The temp folder the run started with: the user's (the repository copy is kept there between runs). */
export function systemTempDir(): string {
  return process.env[SYSTEM_TEMP_VARIABLE] ?? tmpdir();
}

/** What checks and removes the run's folder when the run ends: the names of what was left in its `tmp/` (none: an empty list). */
export type RunFolderEnd = () => string[];

/**
 * Makes the run's folder and points TMPDIR at its `tmp/` (this process's, inherited by the workers), after removing
 * the folders of runs whose process is gone. Returns what ends it.
 */
export function startRunFolder(): RunFolderEnd {
  const system = tmpdir();
  for (const entry of readdirSync(system)) {
    if (!entry.startsWith(RUN_FOLDER_PREFIX)) continue;
    const pid = entry.slice(RUN_FOLDER_PREFIX.length).split('-')[0];
    // A name with no pid is no run's folder (Number('') is 0, no live process's pid): left alone.
    if (/^\d+$/.test(pid) && !isAlive(Number(pid))) rmSync(join(system, entry), { recursive: true, force: true });
  }
  const run = mkdtempSync(join(system, `${RUN_FOLDER_PREFIX}${process.pid}-`));
  const runTemp = join(run, 'tmp');
  mkdirSync(runTemp);
  mkdirSync(join(run, 'kept'));
  mkdirSync(join(run, TRASH));
  const saved = Object.fromEntries(['TMPDIR', RUN_FOLDER_VARIABLE, SYSTEM_TEMP_VARIABLE].map((name) => [name, process.env[name]]));
  Object.assign(process.env, { TMPDIR: runTemp, [RUN_FOLDER_VARIABLE]: run, [SYSTEM_TEMP_VARIABLE]: system });
  return () => {
    const left = readdirSync(runTemp).flatMap((entry) =>
      workerFolder(entry) ? readdirSync(join(runTemp, entry)).map((name) => `${entry}/${name}`) : [entry],
    );
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    // A worker still exiting may write into it meanwhile (rmdir then fails with ENOTEMPTY): tried again.
    rmSync(run, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    return left.map((name) => join(runTemp, name));
  };
}

const WORKER_FOLDER_PREFIX = 'worker-';

/** Whether a name in the run's `tmp/` is a worker's folder. */
function workerFolder(name: string): boolean {
  return name.startsWith(WORKER_FOLDER_PREFIX);
}

/** The name of a worker's own folder in the run's `tmp/`: by thread too, for a run with `--pool=threads` (threads share a pid). */
export function workerFolderName(pid: number = process.pid, thread: number = threadId): string {
  return `${WORKER_FOLDER_PREFIX}${pid}${thread === 0 ? '' : `-${thread}`}`;
}

/** Where tsx keeps its transform cache (tsx dist/client: the temp folder's `tsx-<euid>`): in a worker's folder, a link to TSX_CACHE. */
export const TSX_CACHE_NAME = `tsx-${process.geteuid?.() ?? userInfo().username}`;
/** tsx's cache for the test runs: kept between runs, as it was in the user's temp folder (tsx names its entries by content). */
export const TSX_CACHE = join(__dirname, '..', 'node_modules', '.cache', 'calypso-k8s', 'tsx');

const madeByThisFile: string[] = [];

/** A fresh empty folder in the temp folder, removed when the test file that made it ends. */
export function tempDir(prefix = 'calypso-k8s-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeByThisFile.push(dir);
  return dir;
}

/** The run's folder of what test files are done with, removed with the run's folder. */
const TRASH = 'trash';
let discarded = 0;

/**
 * Removes `path` for a test file that is done with it. In a run, it is moved into the run's `trash/`, removed when the
 * run ends: files freed while the run goes on made ext4 slower to create the next ones (about 6 s more kernel time in
 * the workers over a run), since it skips inodes freed in the last minutes.
 */
export function discard(path: string): void {
  const run = process.env[RUN_FOLDER_VARIABLE];
  if (run !== undefined) {
    try {
      renameSync(path, join(run, TRASH, `${process.pid}-${threadId}-${discarded++}-${basename(path)}`));
      return;
    } catch {
      // Not there, or on another filesystem (a TMPDIR of the test's own): removed below.
    }
  }
  rmSync(path, { recursive: true, force: true });
}

/** Removes the folders `tempDir` made since the last call (at the end of each test file). */
export function removeTempDirs(): void {
  for (const dir of madeByThisFile.splice(0)) discard(dir);
}

/**
 * A fresh empty folder for a cache that outlives a test file (one per worker process), in the run's
 * `kept/`: removed when the run ends, never reported as left over. Outside a run (no global setup), in the temp folder.
 */
export function keptDir(prefix: string): string {
  const run = process.env[RUN_FOLDER_VARIABLE];
  return mkdtempSync(join(run === undefined ? tmpdir() : join(run, 'kept'), prefix));
}
