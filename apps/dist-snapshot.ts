/**
 * The snapshot of dist/ that undoes `cdk8s synth -o dist`. The cdk8s CLI
 * (2.207) empties its output folder (`fs.rmSync(outdir, { recursive: true })`
 * in lib/cli/cmds/synth.js, before it even reads the rest of its options)
 * and only then starts the app, so nothing in this repository can stop it:
 * it can only be undone. Every synth therefore leaves `.dist.snapshot/` next
 * to dist/: the same files, hard links where the filesystem has them (no
 * copy of the data, a few milliseconds). When the app then starts with the
 * CLI's output folder on dist/ and finds dist/ (or a folder of it) gone, it
 * puts the snapshot back before it refuses to run.
 *
 * The snapshot is what the last synth wrote: a hand edit or a checkout since
 * then is not in it (`git status dist/` shows the difference).
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The snapshot folder of a dist folder. */
export function snapshotDirOf(distDir: string): string {
  return join(dirname(distDir), `.${basename(distDir)}.snapshot`);
}

/** Hard-links (or, across filesystems, copies) every file of `from` into `to`, one level of folders deep. */
function mirror(from: string, to: string): void {
  mkdirSync(to);
  for (const folder of readdirSync(from)) {
    if (!statSync(join(from, folder)).isDirectory()) continue;
    mkdirSync(join(to, folder));
    for (const file of readdirSync(join(from, folder))) {
      const source = join(from, folder, file);
      if (!statSync(source).isFile()) continue;
      try {
        linkSync(source, join(to, folder, file));
      } catch {
        copyFileSync(source, join(to, folder, file));
      }
    }
  }
}

/** Whether every file of dist/ is the very file (same inode) in the snapshot, and nothing else is there. */
function isCurrent(distDir: string, snapshotDir: string): boolean {
  if (!existsSync(snapshotDir)) return false;
  const files = (root: string): string[] =>
    readdirSync(root)
      .filter((folder) => statSync(join(root, folder)).isDirectory())
      .flatMap((folder) => readdirSync(join(root, folder)).map((file) => join(folder, file)))
      .sort();
  const current = files(distDir);
  if (current.join('\n') !== files(snapshotDir).join('\n')) return false;
  return current.every((file) => statSync(join(distDir, file)).ino === statSync(join(snapshotDir, file)).ino);
}

/**
 * Removes the snapshot's half-made or set-aside copies (`.new-`, `.old-`) that a synth killed while it refreshed the
 * snapshot left: only the holder of the dist lock makes them, so under the lock none is in use. (`.restore-` folders are
 * made without the lock, by the refusal of a cdk8s output folder on dist/, and are left alone.)
 */
function removeKilledRefreshes(snapshotDir: string): void {
  const name = basename(snapshotDir);
  for (const entry of readdirSync(dirname(snapshotDir))) {
    if (entry.startsWith(`${name}.new-`) || entry.startsWith(`${name}.old-`))
      rmSync(join(dirname(snapshotDir), entry), { recursive: true, force: true });
  }
}

/** Makes the snapshot match dist/ (after a synth, under the dist lock). Never fails a synth: returns why it could not. */
export function refreshSnapshot(distDir: string): string | undefined {
  const snapshotDir = snapshotDirOf(distDir);
  try {
    removeKilledRefreshes(snapshotDir);
    if (!existsSync(distDir) || isCurrent(distDir, snapshotDir)) return undefined;
    const suffix = randomBytes(4).toString('hex');
    const fresh = `${snapshotDir}.new-${suffix}`;
    const stale = `${snapshotDir}.old-${suffix}`;
    mirror(distDir, fresh);
    if (existsSync(snapshotDir)) renameSync(snapshotDir, stale);
    renameSync(fresh, snapshotDir);
    rmSync(stale, { recursive: true, force: true });
    return undefined;
  } catch (error) {
    return `could not update ${snapshotDir}, the copy that undoes \`cdk8s synth -o dist\`: ${(error as Error).message}`;
  }
}

/**
 * Puts back from the snapshot what is missing of dist/: all of it when
 * dist/ is gone, else each folder that is gone. Returns the folders put
 * back (empty when nothing was missing or there is no snapshot).
 */
export function restoreFromSnapshot(distDir: string): string[] {
  const snapshotDir = snapshotDirOf(distDir);
  if (!existsSync(snapshotDir)) return [];
  const folders = readdirSync(snapshotDir)
    .filter((folder) => statSync(join(snapshotDir, folder)).isDirectory())
    .sort();
  const missing = existsSync(distDir) ? folders.filter((folder) => !existsSync(join(distDir, folder))) : folders;
  if (missing.length === 0) return [];
  const scratch = join(dirname(distDir), `.${basename(distDir)}.restore-${randomBytes(4).toString('hex')}`);
  mirror(snapshotDir, scratch);
  if (!existsSync(distDir)) renameSync(scratch, distDir);
  else {
    for (const folder of missing) renameSync(join(scratch, folder), join(distDir, folder));
    rmSync(scratch, { recursive: true, force: true });
  }
  return missing;
}
