/**
 * When the last bench deleted its scratch folder, and the note a bench that
 * starts soon after it gives with its figures. On ext4 without a journal (as
 * on this machine) a file created in a block group scans past every inode of
 * it freed in the last minute, or in the last six while the inode's table
 * block is not yet written back (`recently_deleted` in fs/ext4/ialloc.c), so
 * the tens of thousands of files a bench deletes at its end make the next
 * bench's write several times slower (30 environments: 1.1 s of CPU against
 * 0.13 to 0.29 s) until they age out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder, writeCacheFile } from '../lib/output/cache-files';

/** How long ext4 passes over a freed inode: RECENTCY_MIN (60 s) and RECENTCY_DIRTY (300 s) of fs/ext4/ialloc.c. */
export const RECENTLY_DELETED_MS = 360_000;

/**
 * The fewest environments whose deleted files slow a write down noticeably:
 * each file created scans past up to that many times 131 freed inodes, and
 * at 1,310 that scan costs about as much as writing the file.
 */
export const NOTICEABLE_ENVIRONMENTS = 10;

/** A bench's deletion of its scratch folder. */
export interface ScratchDeletion {
  /** When it was deleted, in milliseconds since the epoch. */
  readonly atMs: number;
  /** How many environments' files it held. */
  readonly environments: number;
}

const markerFile = (env: NodeJS.ProcessEnv): string => join(cacheFolder('bench', env), 'scratch-deleted');

/**
 * Records that a bench has just deleted the files of `environments` environments (a cache file: no error when it cannot be
 * written). A deletion still recent is kept, with its own time: a small count run by hand right after a bench neither
 * hides the bench's deletion nor moves it later.
 */
export function recordScratchDeletion(environments: number, env: NodeJS.ProcessEnv = process.env, nowMs: number = Date.now()): void {
  const last = lastScratchDeletion(env);
  const kept = last !== undefined && nowMs - last.atMs < RECENTLY_DELETED_MS && last.environments > environments;
  const record = kept ? last : { atMs: nowMs, environments };
  writeCacheFile(markerFile(env), `${record.environments} ${record.atMs}\n`);
}

/** The last bench's deletion of its scratch folder, or undefined when none is recorded. */
export function lastScratchDeletion(env: NodeJS.ProcessEnv = process.env): ScratchDeletion | undefined {
  try {
    const [environments, atMs] = readFileSync(markerFile(env), 'utf8').trim().split(' ').map(Number);
    return Number.isFinite(environments) && Number.isFinite(atMs) ? { atMs, environments } : undefined;
  } catch {
    return undefined;
  }
}

/** The note for figures taken at `nowMs`, when the last deletion was recent enough to slow their write down; else undefined. */
export function recentDeletionNote(last: ScratchDeletion | undefined, nowMs: number): string | undefined {
  if (last === undefined) return undefined;
  const agoMs = nowMs - last.atMs;
  if (agoMs < 0 || agoMs >= RECENTLY_DELETED_MS || !(last.environments >= NOTICEABLE_ENVIRONMENTS)) return undefined;
  return (
    `Taken ${Math.round(agoMs / 1000)} s after the last bench deleted its scratch folder (the files of ${last.environments} environments): ` +
    `on ext4 without a journal, each file created near freshly deleted ones scans past them for up to ${RECENTLY_DELETED_MS / 60_000} minutes, ` +
    `so the write figures are likely too high; take them again later.`
  );
}
