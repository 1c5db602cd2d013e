/**
 * Reads and atomically replaces the `dist/` folder. New output is written
 * into a scratch folder next to `dist/` (same filesystem), read back and
 * compared byte for byte with what was validated, and only then swapped in
 * with two renames; any failure before the swap leaves `dist/` byte-for-byte
 * as it was, and a failure of the second rename puts the old `dist/` back.
 *
 * Synth owns all of `dist/`: after a swap it holds exactly the folders the
 * pipeline produced, nothing else.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { withDistLock } from './dist-lock';

/** Folder name to file name to content. */
export type DistTree = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The repository's dist folder. */
export const DIST_DIR = join(__dirname, '..', 'dist');

/** Reads a dist folder into memory: its folders of files, one level deep. */
export function readDist(distDir: string): Map<string, Map<string, string>> {
  const tree = new Map<string, Map<string, string>>();
  if (!existsSync(distDir)) return tree;
  for (const folder of readdirSync(distDir).sort()) {
    const path = join(distDir, folder);
    if (!statSync(path).isDirectory()) continue;
    const files = new Map<string, string>();
    for (const file of readdirSync(path).sort()) {
      if (statSync(join(path, file)).isFile()) files.set(file, readFileSync(join(path, file), 'utf8'));
    }
    tree.set(folder, files);
  }
  return tree;
}

/** Entries of dist/ that readDist does not see (files at the top, nested folders); a swap removes them. */
export function strayEntries(distDir: string): string[] {
  if (!existsSync(distDir)) return [];
  return readdirSync(distDir)
    .sort()
    .flatMap((entry) => {
      const path = join(distDir, entry);
      if (!statSync(path).isDirectory()) return [entry];
      return readdirSync(path)
        .sort()
        .filter((file) => !statSync(join(path, file)).isFile())
        .map((file) => `${entry}/${file}`);
    });
}

/** What changed in one folder. */
export interface FolderChanges {
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
}

/** Compares one folder's old and new files. */
export function compareFolder(
  before: ReadonlyMap<string, string> | undefined,
  after: ReadonlyMap<string, string> | undefined,
): FolderChanges {
  const old = before ?? new Map<string, string>();
  const next = after ?? new Map<string, string>();
  return {
    added: [...next.keys()].filter((file) => !old.has(file)),
    changed: [...next.keys()].filter((file) => old.has(file) && old.get(file) !== next.get(file)),
    removed: [...old.keys()].filter((file) => !next.has(file)),
  };
}

/** Hooks for tests that inject failures into the write; each may throw. */
export interface WriteHooks {
  /** Called before each file is written into the scratch folder. */
  readonly beforeWrite?: (path: string) => void;
  /** Called when the scratch folder is complete, before it is read back and checked. */
  readonly afterWrite?: (scratchDir: string) => void;
  /** Called before each of the two renames of the swap. */
  readonly beforeRename?: (from: string, to: string) => void;
}

/** Scratch and backup folders next to dist/: `.dist.new-<pid>-<random>`, `.dist.old-<pid>-<random>` (or `-<pid>` alone, as older synths named them). */
const leftoverPattern = (distDir: string): RegExp =>
  new RegExp(`^\\.${basename(distDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(new|old)-([0-9]+)(-[0-9a-f]+)?$`);

/** A scratch and a backup name no other synth, and no leftover, uses: a leftover that cannot be deleted is never reused. */
function swapNames(distDir: string): { scratch: string; backup: string } {
  for (;;) {
    const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
    const scratch = join(dirname(distDir), `.${basename(distDir)}.new-${suffix}`);
    const backup = join(dirname(distDir), `.${basename(distDir)}.old-${suffix}`);
    if (!existsSync(scratch) && !existsSync(backup)) return { scratch, backup };
  }
}

/** A leftover scratch or backup folder that could not be deleted: reported, never in the way. */
export interface StuckLeftover {
  readonly path: string;
  readonly reason: string;
}

/** The line synth prints for a leftover it could not delete. */
export function formatStuckLeftover(stuck: StuckLeftover): string {
  return `could not delete ${stuck.path}, left by an earlier synth (${stuck.reason}); it is in nobody's way, but delete it by hand: chmod -R u+w ${stuck.path} && rm -rf ${stuck.path}`;
}

function removeLeftover(path: string, stuck?: StuckLeftover[]): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    if (stuck) stuck.push({ path, reason: String(reason) });
  }
}

/**
 * Cleans up after a synth that was killed: deletes its scratch folders and,
 * if it died between the two renames (dist/ gone, the old one set aside),
 * puts the old dist/ back. Returns what it restored, if anything. Runs under
 * the dist lock, so every scratch or backup folder found is a dead synth's.
 * A folder that cannot be deleted (permissions, an immutable file) is added
 * to `stuck` and left: it never blocks a synth.
 */
export function recoverInterruptedSwap(distDir: string, stuck?: StuckLeftover[]): string | undefined {
  const parent = dirname(distDir);
  if (!existsSync(parent)) return undefined;
  return withDistLock(distDir, () => {
    const pattern = leftoverPattern(distDir);
    const entries = readdirSync(parent).filter((entry) => pattern.test(entry));
    let restored: string | undefined;
    if (!existsSync(distDir)) {
      // The newest backup is the dist/ of the synth that died mid-swap (an older one is a backup that would not go away).
      const backups = entries
        .filter((entry) => pattern.exec(entry)?.[1] === 'old')
        .map((entry) => ({ entry, changed: statSync(join(parent, entry)).ctimeMs }))
        .sort((a, b) => b.changed - a.changed);
      for (const { entry } of backups) {
        try {
          renameSync(join(parent, entry), distDir);
          restored = entry;
          break;
        } catch (error) {
          stuck?.push({
            path: join(parent, entry),
            reason: `could not be put back as ${distDir}: ${(error as NodeJS.ErrnoException).code}`,
          });
        }
      }
    }
    for (const entry of entries) if (entry !== restored) removeLeftover(join(parent, entry), stuck);
    return restored;
  });
}

/** Why dist/ (or the folder it is in) cannot be written, or undefined when it can: checked before anything is renamed. */
export function unwritableReason(distDir: string): string | undefined {
  const check = (path: string): string | undefined => {
    try {
      accessSync(path, constants.W_OK | constants.X_OK);
      return undefined;
    } catch (error) {
      return `${path} is not writable for this user (${(error as NodeJS.ErrnoException).code})`;
    }
  };
  const parent = check(dirname(distDir));
  if (parent) return parent;
  if (!existsSync(distDir)) return undefined;
  for (const path of [distDir, ...readdirSync(distDir).map((entry) => join(distDir, entry))]) {
    if (!statSync(path).isDirectory() && path !== distDir) continue;
    const reason = check(path);
    if (reason) return reason;
  }
  return undefined;
}

/** Throws unless `dir` holds exactly `tree`, byte for byte. */
function verifyWritten(dir: string, tree: DistTree): void {
  const written = readDist(dir);
  const stray = strayEntries(dir);
  if (stray.length > 0) throw new Error(`scratch folder holds unexpected entries: ${stray.join(', ')}`);
  if ([...written.keys()].join('\n') !== [...tree.keys()].sort().join('\n'))
    throw new Error(`scratch folder holds folders ${[...written.keys()].join(', ')}, expected ${[...tree.keys()].sort().join(', ')}`);
  for (const [folder, files] of tree) {
    const changes = compareFolder(files, written.get(folder));
    const wrong = [...changes.added, ...changes.changed, ...changes.removed];
    if (wrong.length > 0)
      throw new Error(`written files differ from the validated output: ${wrong.map((f) => `${folder}/${f}`).join(', ')}`);
  }
}

/**
 * Replaces `distDir` with exactly `tree`. Folders and files not in `tree`
 * disappear; on any error `distDir` is left as it was and the error rethrown.
 */
export function replaceDist(distDir: string, tree: DistTree, hooks: WriteHooks = {}, stuck?: StuckLeftover[]): void {
  withDistLock(distDir, () => swapIn(distDir, tree, hooks, stuck));
}

function swapIn(distDir: string, tree: DistTree, hooks: WriteHooks, stuck?: StuckLeftover[]): void {
  const { scratch, backup } = swapNames(distDir);
  const rename = (from: string, to: string): void => {
    hooks.beforeRename?.(from, to);
    renameSync(from, to);
  };
  recoverInterruptedSwap(distDir, stuck);
  // A read-only dist/ means "do not write here": the swap would replace it anyway (it renames in the parent).
  const unwritable = unwritableReason(distDir);
  if (unwritable) throw new Error(`refusing to replace ${distDir}: ${unwritable}; make it writable (chmod -R u+w) and run synth again`);
  try {
    mkdirSync(scratch);
    for (const [folder, files] of tree) {
      if (files.size === 0) throw new Error(`refusing to write an empty folder dist/${folder}`);
      mkdirSync(join(scratch, folder));
      for (const [file, content] of files) {
        hooks.beforeWrite?.(join(scratch, folder, file));
        writeFileSync(join(scratch, folder, file), content);
      }
    }
    hooks.afterWrite?.(scratch);
    verifyWritten(scratch, tree);
  } catch (error) {
    removeLeftover(scratch, stuck);
    throw error;
  }
  const hadDist = existsSync(distDir);
  try {
    if (hadDist) rename(distDir, backup);
  } catch (error) {
    removeLeftover(scratch, stuck);
    throw error;
  }
  try {
    rename(scratch, distDir);
  } catch (error) {
    if (hadDist) renameSync(backup, distDir);
    removeLeftover(scratch, stuck);
    throw error;
  }
  // dist/ is replaced; a backup that will not go away is reported and left, not an error.
  removeLeftover(backup, stuck);
}
