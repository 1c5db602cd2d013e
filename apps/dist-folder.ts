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
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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

const scratchName = (distDir: string, role: 'new' | 'old', pid: number | string): string =>
  join(dirname(distDir), `.${basename(distDir)}.${role}-${pid}`);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Cleans up after a synth that was killed: deletes its scratch folders and,
 * if it died between the two renames (dist/ gone, the old one set aside),
 * puts the old dist/ back. Returns what it restored, if anything.
 */
export function recoverInterruptedSwap(distDir: string): string | undefined {
  const parent = dirname(distDir);
  if (!existsSync(parent)) return undefined;
  const pattern = new RegExp(`^\\.${basename(distDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(new|old)-([0-9]+)$`);
  let restored: string | undefined;
  for (const entry of readdirSync(parent).sort()) {
    const match = pattern.exec(entry);
    if (!match || isRunning(Number(match[2]))) continue;
    if (match[1] === 'old' && !existsSync(distDir)) {
      renameSync(join(parent, entry), distDir);
      restored = entry;
    } else {
      rmSync(join(parent, entry), { recursive: true, force: true });
    }
  }
  return restored;
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
export function replaceDist(distDir: string, tree: DistTree, hooks: WriteHooks = {}): void {
  const scratch = scratchName(distDir, 'new', process.pid);
  const backup = scratchName(distDir, 'old', process.pid);
  const rename = (from: string, to: string): void => {
    hooks.beforeRename?.(from, to);
    renameSync(from, to);
  };
  recoverInterruptedSwap(distDir);
  rmSync(scratch, { recursive: true, force: true });
  try {
    mkdirSync(scratch, { recursive: true });
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
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  const hadDist = existsSync(distDir);
  try {
    if (hadDist) rename(distDir, backup);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  try {
    rename(scratch, distDir);
  } catch (error) {
    if (hadDist) renameSync(backup, distDir);
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  // dist/ is replaced; a backup that will not go away is left for the next synth to clear, not an error.
  try {
    rmSync(backup, { recursive: true, force: true });
  } catch {
    // recoverInterruptedSwap removes it next time.
  }
}
