/**
 * `npm run diff [-- <env>]`: what a fresh synth would change in dist/, per
 * object (one file per object): added, removed, or changed with a unified
 * diff of its YAML. Runs the whole synth pipeline in memory (render and
 * validate) and writes nothing. Exit status, for CI: 0 nothing differs,
 * 1 something differs, 2 error (including a synth that would fail).
 */
import { createTwoFilesPatch } from 'diff';
import { posix } from 'node:path';
import { readDist, strayEntries, type DistTree } from './dist-folder';
import { programPaths, type Output } from './paths';
import { distTree, renderFolders } from './synth';

/** One object's change. */
export interface ObjectChange {
  readonly folder: string;
  readonly file: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** Unified diff of the YAML, for changed objects. */
  readonly patch?: string;
}

/** Changes from `before` (committed) to `after` (fresh), optionally only in one folder. */
export function diffTrees(before: DistTree, after: DistTree, folder?: string): ObjectChange[] {
  const folders = [...new Set([...before.keys(), ...after.keys()])].filter((name) => folder === undefined || name === folder).sort();
  return folders.flatMap((name) => {
    const old = before.get(name) ?? new Map<string, string>();
    const next = after.get(name) ?? new Map<string, string>();
    const files = [...new Set([...old.keys(), ...next.keys()])].sort();
    return files.flatMap((file): ObjectChange[] => {
      const [a, b] = [old.get(file), next.get(file)];
      if (a === b) return [];
      if (a === undefined) return [{ folder: name, file, change: 'added' }];
      if (b === undefined) return [{ folder: name, file, change: 'removed' }];
      const path = `dist/${name}/${file}`;
      return [
        {
          folder: name,
          file,
          change: 'changed',
          patch: createTwoFilesPatch(`a/${path}`, `b/${path}`, a, b, undefined, undefined, { context: 3 }),
        },
      ];
    });
  });
}

/** Text of the changes: one line per added or removed object, a unified diff per changed one, then a summary. */
export function formatChanges(changes: readonly ObjectChange[]): string {
  const lines: string[] = [];
  for (const change of changes) {
    lines.push(`${change.change}: ${posix.join('dist', change.folder, change.file)}`);
    if (change.patch) lines.push(change.patch.replace(/^=+\n/m, '').trimEnd());
  }
  const count = (kind: ObjectChange['change']): number => changes.filter((change) => change.change === kind).length;
  lines.push(
    changes.length === 0
      ? 'no changes: dist/ is what a fresh synth renders'
      : `${count('added')} added, ${count('changed')} changed, ${count('removed')} removed`,
  );
  return lines.join('\n');
}

/** Runs `npm run diff`; returns the exit status. */
export function runDiff(args: readonly string[], env: NodeJS.ProcessEnv = process.env, out: Output = console): number {
  const paths = programPaths(env);
  try {
    const before = readDist(paths.distDir);
    const after = distTree(renderFolders(paths.environmentsDir));
    const folder = args[0];
    if (folder !== undefined && !before.has(folder) && !after.has(folder))
      throw new Error(`no environment or dist/ folder named ${folder} (environments: ${[...after.keys()].join(', ')})`);
    // Synth owns dist/: entries it did not produce would go too.
    const strays = folder === undefined ? strayEntries(paths.distDir) : [];
    const changes = [...diffTrees(before, after, folder), ...strays.map((file) => ({ folder: '', file, change: 'removed' as const }))];
    out.log(formatChanges(changes));
    return changes.length === 0 ? 0 : 1;
  } catch (error) {
    out.error(`diff failed: ${(error as Error).message}`);
    return 2;
  }
}

if (require.main === module) process.exitCode = runDiff(process.argv.slice(2));
