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
 * Only the files written are read back, as soon as each is written
 * (through the descriptor that wrote it), and compared byte for byte with
 * what was validated; before the swap every
 * file is checked to be still the very file that was read back or linked,
 * unmodified (inode, size, modification time). Linked files are
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
  closeSync,
  constants,
  existsSync,
  fstatSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { withDistLock } from './dist-lock';

/** Folder name to file name to content. */
export type DistTree = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The repository's dist folder. */
export const DIST_DIR = join(__dirname, '..', 'dist');

/** What an entry of a folder is, as `stat` (which follows a symbolic link) sees it. */
type EntryKind = 'file' | 'directory' | 'other';

/**
 * A folder's entries and their kinds, sorted by name: the kind from the
 * directory listing itself (no `stat` per entry, a third of a big write's
 * system calls), and from `stat` only for what the listing leaves open (a
 * symbolic link, an unknown type), so a link counts as what it points to.
 */
function entriesOf(folder: string): { readonly name: string; readonly kind: EntryKind }[] {
  const kindOf = (stats: { isFile(): boolean; isDirectory(): boolean }): EntryKind =>
    stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  return readdirSync(folder, { withFileTypes: true })
    .map((entry) => ({
      name: entry.name,
      kind: entry.isFile() || entry.isDirectory() ? kindOf(entry) : kindOf(statSync(`${folder}/${entry.name}`)),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Reads a dist folder into memory: its folders of files, one level deep. */
export function readDist(distDir: string): Map<string, Map<string, string>> {
  const tree = new Map<string, Map<string, string>>();
  if (!existsSync(distDir)) return tree;
  for (const folder of entriesOf(distDir)) {
    if (folder.kind !== 'directory') continue;
    const path = join(distDir, folder.name);
    const files = new Map<string, string>();
    for (const file of entriesOf(path)) if (file.kind === 'file') files.set(file.name, readFileSync(join(path, file.name), 'utf8'));
    tree.set(folder.name, files);
  }
  return tree;
}

/** Entries of dist/ that readDist does not see (files at the top, nested folders); a swap removes them. */
export function strayEntries(distDir: string): string[] {
  if (!existsSync(distDir)) return [];
  return entriesOf(distDir).flatMap((entry) => {
    if (entry.kind !== 'directory') return [entry.name];
    return entriesOf(join(distDir, entry.name))
      .filter((file) => file.kind !== 'file')
      .map((file) => `${entry.name}/${file.name}`);
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

/** What identifies a file's content without reading it again: any write changes its modification time. */
type FileIdentity = Pick<Stats, 'ino' | 'size' | 'mtimeMs'>;

/**
 * One folder's files as checked (written and read back, or linked), kept until the commit for every folder: compact, since a
 * map of an object per file held about 200 bytes a file, 27 KB per prod environment (a third of what a lean synth kept per
 * environment), where this holds about 65.
 */
interface CheckedFolder {
  /** The file names, in the order added, joined by `/` (a file name is one path segment). */
  readonly names: string;
  /** Per file, its inode, size and modification time (ms), in that order. */
  readonly identities: Float64Array;
  /** Per file, 1 when it is a hard link to the old tree's file. */
  readonly linked: Uint8Array;
}

/**
 * A new dist/ being filled in its scratch folder, one folder at a time, and
 * then swapped in (see the module comment). Each written file is read back
 * and compared byte for byte as soon as it is written, so the caller may
 * drop a folder's text once it is added: the benchmark renders, validates
 * and writes one environment at a time. Before the swap every file is
 * checked to be still the very file that was checked or linked (inode,
 * size, modification time). Run it under the dist lock.
 */
export class ScratchTree {
  private readonly scratch: string;
  private readonly backup: string;
  /** Folder to its files as they were checked (written and read back, or linked). */
  private readonly folders = new Map<string, CheckedFolder>();

  public constructor(
    private readonly distDir: string,
    private readonly hooks: WriteHooks = {},
    private readonly stuck?: StuckLeftover[],
    /** What dist/ holds now: its files that stay the same are hard-linked, not written. */
    private readonly current: DistTree = new Map(),
  ) {
    ({ scratch: this.scratch, backup: this.backup } = swapNames(distDir));
  }

  /** Cleans up after a killed synth, refuses a dist/ this user cannot write, and creates the scratch folder. */
  public open(): void {
    recoverInterruptedSwap(this.distDir, this.stuck);
    // A read-only dist/ means "do not write here": the swap would replace it anyway (it renames in the parent).
    const unwritable = unwritableReason(this.distDir);
    if (unwritable)
      throw new Error(`refusing to replace ${this.distDir}: ${unwritable}; make it writable (chmod -R u+w) and run synth again`);
    mkdirSync(this.scratch);
  }

  /** Puts one folder into the scratch folder; throws (the caller then aborts) on any error. */
  public addFolder(folder: string, files: ReadonlyMap<string, string>): void {
    if (files.size === 0) throw new Error(`refusing to write an empty folder dist/${folder}`);
    const directory = join(this.scratch, folder);
    mkdirSync(directory);
    const names: string[] = [];
    const identities = new Float64Array(files.size * 3);
    const linkedFiles = new Uint8Array(files.size);
    for (const [file, content] of files) {
      // The folder's path is normalized once; a file name is one path segment.
      const path = `${directory}/${file}`;
      this.hooks.beforeWrite?.(path);
      const linked = this.link(folder, file, content);
      const { ino, size, mtimeMs } = linked ? statSync(path) : writeAndReadBack(path, content, `${folder}/${file}`);
      const at = names.length * 3;
      identities[at] = ino;
      identities[at + 1] = size;
      identities[at + 2] = mtimeMs;
      linkedFiles[names.length] = linked ? 1 : 0;
      names.push(file);
    }
    // A folder whose write failed midway is not added: the caller aborts, and a commit would refuse its folder as unexpected.
    this.folders.set(folder, { names: names.join('/'), identities, linked: linkedFiles });
  }

  /** Checks the scratch folder and swaps it in; on any error dist/ is left as it was (or put back) and the error rethrown. */
  public commit(): void {
    try {
      this.hooks.afterWrite?.(this.scratch);
      this.verify();
    } catch (error) {
      this.abort();
      throw error;
    }
    const rename = (from: string, to: string): void => {
      this.hooks.beforeRename?.(from, to);
      renameSync(from, to);
    };
    const hadDist = existsSync(this.distDir);
    try {
      if (hadDist) rename(this.distDir, this.backup);
    } catch (error) {
      this.abort();
      throw error;
    }
    try {
      rename(this.scratch, this.distDir);
    } catch (error) {
      if (hadDist) renameSync(this.backup, this.distDir);
      this.abort();
      throw error;
    }
    // dist/ is replaced; a backup that will not go away is reported and left, not an error.
    removeLeftover(this.backup, this.stuck);
  }

  /** Removes the scratch folder; dist/ was never touched. */
  public abort(): void {
    removeLeftover(this.scratch, this.stuck);
  }

  /**
   * A hard link to the old tree's file when that holds the same text (and
   * still has the size it had when it was read): made under a temporary
   * name and renamed into place, so a file is never half there. False when
   * the file is to be written (no such file, or no hard links here).
   */
  private link(folder: string, file: string, content: string): boolean {
    if (this.current.get(folder)?.get(file) !== content) return false;
    try {
      const old = statSync(join(this.distDir, folder, file));
      if (!old.isFile() || old.size !== Buffer.byteLength(content)) return false;
      const partial = join(this.scratch, `.link-${randomBytes(4).toString('hex')}`);
      linkSync(join(this.distDir, folder, file), partial);
      renameSync(partial, join(this.scratch, folder, file));
      return true;
    } catch (error) {
      // No hard links here (another filesystem, a link limit): write it. A failure of the rename is a real write error.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK' || code === 'ENOTSUP' || code === 'ENOENT') return false;
      throw error;
    }
  }

  /**
   * Throws unless the scratch folder holds exactly the folders and files
   * added, each still the file that was checked or linked. A linked file
   * found changed was changed in the old tree too: that file of dist/ is
   * put back (from `current`, which held it) before the error is thrown.
   */
  private verify(): void {
    const stray = strayEntries(this.scratch);
    if (stray.length > 0) throw new Error(`scratch folder holds unexpected entries: ${stray.join(', ')}`);
    const folders = readdirSync(this.scratch).sort();
    const expected = [...this.folders.keys()].sort();
    if (folders.join('\n') !== expected.join('\n'))
      throw new Error(`scratch folder holds folders ${folders.join(', ')}, expected ${expected.join(', ')}`);
    const wrong: string[] = [];
    for (const [folder, checked] of this.folders) {
      const directory = join(this.scratch, folder);
      const onDisk = new Set(readdirSync(directory));
      const files = checked.names.split('/');
      const added = new Set(files);
      for (const file of onDisk) if (!added.has(file)) wrong.push(`${folder}/${file}`);
      for (const [index, file] of files.entries()) {
        if (!onDisk.has(file)) {
          wrong.push(`${folder}/${file}`);
          continue;
        }
        const now = statSync(`${directory}/${file}`);
        const { identities } = checked;
        const ino = identities[index * 3];
        if (now.ino === ino && now.size === identities[index * 3 + 1] && now.mtimeMs === identities[index * 3 + 2]) continue;
        wrong.push(`${folder}/${file}`);
        if (checked.linked[index] === 1 && now.ino === ino)
          restoreLinked(this.distDir, folder, file, this.current.get(folder)?.get(file) ?? '');
      }
    }
    if (wrong.length > 0) throw new Error(`written files differ from the validated output: ${[...new Set(wrong)].sort().join(', ')}`);
  }
}

/**
 * Writes a new file and reads it back through the same descriptor, byte for
 * byte (one byte more than written is asked for, so a longer file shows;
 * a shorter answer is the end of the file): open, write, read, stat, close,
 * where a write, a read and a stat by path would take nine system calls. Throws when what is read differs. Returns
 * the file as checked.
 */
function writeAndReadBack(path: string, content: string, name: string): FileIdentity {
  const bytes = Buffer.from(content, 'utf8');
  const fd = openSync(path, 'w+');
  try {
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written, written);
    // Not zeroed: only the bytes read are compared.
    const back = Buffer.allocUnsafe(bytes.length + 1);
    let read = 0;
    // A read of a regular file that returns less than asked has reached its end: no further read to see the 0.
    for (let got = 0, asked = 0; got === asked && read < back.length; read += got) {
      asked = back.length - read;
      got = readSync(fd, back, read, asked, read);
    }
    if (read !== bytes.length || !bytes.equals(back.subarray(0, read)))
      throw new Error(`written files differ from the validated output: ${name}`);
    return fstatSync(fd);
  } finally {
    closeSync(fd);
  }
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
  withDistLock(distDir, () => {
    const scratch = new ScratchTree(distDir, hooks, stuck, current ?? readDist(distDir));
    scratch.open();
    try {
      for (const [folder, files] of tree) scratch.addFolder(folder, files);
    } catch (error) {
      scratch.abort();
      throw error;
    }
    scratch.commit();
  });
}
