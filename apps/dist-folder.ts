/**
 * Reads and atomically replaces the `dist/` folder. New output is written
 * into a scratch folder next to `dist/` (same filesystem), and only then
 * swapped in with two renames; any failure before the swap leaves `dist/`
 * byte-for-byte as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Folder name to file name to content. */
export type DistTree = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The repository's dist folder. */
export const DIST_DIR = join(__dirname, '..', 'dist');

/** Reads a dist folder into memory (folders of files, one level deep). */
export function readDist(distDir: string): Map<string, Map<string, string>> {
  const tree = new Map<string, Map<string, string>>();
  if (!existsSync(distDir)) return tree;
  for (const folder of readdirSync(distDir).sort()) {
    const path = join(distDir, folder);
    if (!statSync(path).isDirectory()) continue;
    const files = new Map<string, string>();
    for (const file of readdirSync(path).sort()) files.set(file, readFileSync(join(path, file), 'utf8'));
    tree.set(folder, files);
  }
  return tree;
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

/** Hooks for tests that inject failures into the write. */
export interface WriteHooks {
  /** Called after the scratch folder is complete, before the swap. */
  readonly beforeSwap?: (scratchDir: string) => void;
}

/**
 * Replaces `distDir` with exactly `tree`. Folders and files not in `tree`
 * disappear; on any error `distDir` is left untouched and the error rethrown.
 */
export function replaceDist(distDir: string, tree: DistTree, hooks: WriteHooks = {}): void {
  const parent = dirname(distDir);
  const scratch = join(parent, `.${basename(distDir)}.new-${process.pid}`);
  const backup = join(parent, `.${basename(distDir)}.old-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  try {
    for (const [folder, files] of tree) {
      if (files.size === 0) throw new Error(`refusing to write an empty folder dist/${folder}`);
      mkdirSync(join(scratch, folder), { recursive: true });
      for (const [file, content] of files) writeFileSync(join(scratch, folder, file), content);
    }
    mkdirSync(scratch, { recursive: true });
    hooks.beforeSwap?.(scratch);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  const hadDist = existsSync(distDir);
  if (hadDist) renameSync(distDir, backup);
  try {
    renameSync(scratch, distDir);
  } catch (error) {
    if (hadDist) renameSync(backup, distDir);
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  rmSync(backup, { recursive: true, force: true });
}
