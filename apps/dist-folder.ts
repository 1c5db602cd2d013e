/**
 * Reads and atomically replaces the `dist/` folder. New output is put
 * into a scratch folder next to `dist/` (same filesystem) and only then
 * swapped in with two renames; any failure before the swap leaves `dist/`
 * byte-for-byte as it was, and a failure of the second rename puts the old
 * `dist/` back.
 *
 * A file whose content is what `dist/` holds already is not written again:
 * the scratch folder gets a hard link to the old file (same inode, no data
 * copied), so a synth that changes ten files of ten thousand writes ten.
 * Only the files written are read back and compared byte for byte with what
 * was validated; a linked file is checked to be still the very file it was
 * linked to, unmodified (inode, size, modification time). Linked files are
 * shared with the old tree until the swap, so a write into one of them (a
 * bug or a failure-injection test) would change the old tree too: the check
 * then rewrites that file of the old tree from the validated text (which is
 * what it held) before it fails. Where the filesystem has no hard links the
 * file is written as any other.
 *
 * Synth owns all of `dist/`: after a swap it holds exactly the folders the
 * pipeline produced, nothing else.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
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

/** A file of the scratch folder that is a hard link to the old tree's file of the same content. */
interface LinkedFile {
  readonly folder: string;
  readonly file: string;
  /** The old file, as it was when it was linked. */
  readonly linked: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>;
}

/** How a scratch folder was filled: the files written, and those linked from the old tree. */
interface ScratchContents {
  readonly written: { readonly folder: string; readonly file: string }[];
  readonly linked: LinkedFile[];
}

/**
 * Throws unless `dir` holds exactly `tree`: exactly its folders and file
 * names, each written file byte for byte, and each linked file still the
 * old file it was linked to. A linked file found changed was changed in the
 * old tree too: that file of `distDir` is put back (from `tree`, which held
 * the same text) before the error is thrown.
 */
function verifyScratch(dir: string, distDir: string, tree: DistTree, contents: ScratchContents): void {
  const stray = strayEntries(dir);
  if (stray.length > 0) throw new Error(`scratch folder holds unexpected entries: ${stray.join(', ')}`);
  const folders = readdirSync(dir).sort();
  if (folders.join('\n') !== [...tree.keys()].sort().join('\n'))
    throw new Error(`scratch folder holds folders ${folders.join(', ')}, expected ${[...tree.keys()].sort().join(', ')}`);
  const wrong: string[] = [];
  for (const [folder, files] of tree) {
    const names = new Set(readdirSync(join(dir, folder)));
    for (const file of names) if (!files.has(file)) wrong.push(`${folder}/${file}`);
    for (const file of files.keys()) if (!names.has(file)) wrong.push(`${folder}/${file}`);
  }
  for (const { folder, file } of contents.written) {
    if (readFileSync(join(dir, folder, file), 'utf8') !== tree.get(folder)?.get(file)) wrong.push(`${folder}/${file}`);
  }
  for (const { folder, file, linked } of contents.linked) {
    const now = statSync(join(dir, folder, file));
    if (now.ino === linked.ino && now.size === linked.size && now.mtimeMs === linked.mtimeMs) continue;
    wrong.push(`${folder}/${file}`);
    if (now.ino === linked.ino) restoreLinked(distDir, folder, file, tree.get(folder)?.get(file) ?? '');
  }
  if (wrong.length > 0) throw new Error(`written files differ from the validated output: ${[...new Set(wrong)].sort().join(', ')}`);
}

/** Puts back one file of the old tree that was changed through its link in the scratch folder: a new file, renamed over it. */
function restoreLinked(distDir: string, folder: string, file: string, text: string): void {
  const partial = join(distDir, folder, `.${file}.restore-${randomBytes(4).toString('hex')}`);
  writeFileSync(partial, text);
  renameSync(partial, join(distDir, folder, file));
}

/**
 * Replaces `distDir` with exactly `tree`. Folders and files not in `tree`
 * disappear; on any error `distDir` is left as it was and the error rethrown.
 * `current` is what `distDir` holds now (read under the dist lock, as synth
 * does anyway): its files that `tree` keeps unchanged are hard-linked, not
 * written. @default read from `distDir`
 */
export function replaceDist(distDir: string, tree: DistTree, hooks: WriteHooks = {}, stuck?: StuckLeftover[], current?: DistTree): void {
  withDistLock(distDir, () => swapIn(distDir, tree, hooks, stuck, current ?? readDist(distDir)));
}

/**
 * Puts one file into the scratch folder: a hard link to the old tree's file
 * when that holds the same text (and still has the size it had when it was
 * read), else written. The link is made under a temporary name and renamed
 * into place, so a file is never half there. Returns the linked file, or
 * undefined when it was written.
 */
function putFile(
  scratch: string,
  distDir: string,
  folder: string,
  file: string,
  content: string,
  current: DistTree,
): LinkedFile | undefined {
  const target = join(scratch, folder, file);
  if (current.get(folder)?.get(file) === content) {
    const old = join(distDir, folder, file);
    try {
      const linked = statSync(old);
      if (linked.isFile() && linked.size === Buffer.byteLength(content)) {
        const partial = join(scratch, `.link-${randomBytes(4).toString('hex')}`);
        linkSync(old, partial);
        renameSync(partial, target);
        return { folder, file, linked };
      }
    } catch (error) {
      // No hard links here (another filesystem, a link limit): write it. A failure of the rename is a real write error.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP' && code !== 'ENOENT') throw error;
    }
  }
  writeFileSync(target, content);
  return undefined;
}

function swapIn(distDir: string, tree: DistTree, hooks: WriteHooks, stuck: StuckLeftover[] | undefined, current: DistTree): void {
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
    const contents: ScratchContents = { written: [], linked: [] };
    for (const [folder, files] of tree) {
      if (files.size === 0) throw new Error(`refusing to write an empty folder dist/${folder}`);
      mkdirSync(join(scratch, folder));
      for (const [file, content] of files) {
        hooks.beforeWrite?.(join(scratch, folder, file));
        const linked = putFile(scratch, distDir, folder, file, content, current);
        if (linked) contents.linked.push(linked);
        else contents.written.push({ folder, file });
      }
    }
    hooks.afterWrite?.(scratch);
    verifyScratch(scratch, distDir, tree, contents);
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
