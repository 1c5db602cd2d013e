/**
 * When a file's status tells that its content is the one hashed earlier: the rule of every cache that keeps a
 * file's hash by its status (the schemas' digests, schema-validator.ts; the test cache's keys, test/content-cache.ts).
 * apps/program-build.js keeps the same rule in plain JavaScript: it runs before the loader that could require this file
 * exists (a checkout's lib/ holds TypeScript only). test/file-status.test.ts runs both on the same cases.
 *
 * The status is the device, inode, size, and modification and change times in nanoseconds: an edit that puts the size
 * and the modification time back still changes the change time. A status is worth keeping only once the file has
 * settled: the file system's clock ticks coarsely, so an edit in the same tick as the last one may leave the status as it
 * was (the racy case of git's index); a file changed at most FILE_SETTLED_MS ago is hashed again on every use.
 */
import { statSync } from 'node:fs';

/** How long after its last change (the later of its modification and change times) a file's status is trusted. */
export const FILE_SETTLED_MS = 2000;

/** A file's status, and whether it may be kept to stand for the content read now. */
export interface FileStatus {
  /** `dev:ino:size:mtimeNs:ctimeNs`: the same key, the same content, once settled. */
  readonly key: string;
  /** Whether the file last changed more than the settling time ago. */
  readonly settled: boolean;
}

/**
 * The status of `file` now; undefined when it is gone.
 * @param now the time to judge it settled at, in milliseconds since the epoch. @default Date.now()
 * @param settledMs how long after its last change a status is trusted. @default FILE_SETTLED_MS
 */
export function fileStatus(file: string, now: number = Date.now(), settledMs: number = FILE_SETTLED_MS): FileStatus | undefined {
  let stats;
  try {
    stats = statSync(file, { bigint: true });
  } catch {
    return undefined;
  }
  // utimes can set a modification time later than the change time: the later one is the last change.
  const changedNs = stats.mtimeNs > stats.ctimeNs ? stats.mtimeNs : stats.ctimeNs;
  return {
    key: `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`,
    settled: BigInt(Math.trunc(now)) * 1_000_000n - changedNs > BigInt(Math.trunc(settledMs)) * 1_000_000n,
  };
}
