/**
 * Where a private key or a credential may go, for the programs that write
 * them (`npm run access`, `npm run local:secrets`): a path's real place
 * (symbolic links resolved, also for a file not made yet), whether it is
 * inside a folder (the repository, dist/: what is there could be committed
 * or synced), and a path as a word to paste into a shell.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** The real path of an existing file or folder, or of a new one's nearest existing folder joined with the rest. */
export function realPath(path: string): string {
  const absolute = resolve(path);
  return existsSync(absolute) ? realpathSync(absolute) : join(realPath(dirname(absolute)), relative(dirname(absolute), absolute));
}

/** Whether `path` is `folder` or inside it, once both are real paths. */
export function isInside(path: string, folder: string): boolean {
  const relation = relative(realPath(folder), realPath(path));
  return relation === '' || (!relation.startsWith('..') && !isAbsolute(relation));
}

/** A word as typed in a shell: single-quoted when it holds anything but safe characters. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./=:@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
