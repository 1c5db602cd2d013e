/**
 * `npm run diff [-- <env>…]`: what a fresh synth would change in dist/, per
 * object (one file per object): added, removed, or changed with a unified
 * diff of its YAML. Runs the whole synth pipeline in memory (render and
 * validate) and writes nothing. Exit status, for CI: 0 nothing differs,
 * 1 something differs, 2 error (including a synth that would fail).
 */
import { createTwoFilesPatch } from 'diff';
import { posix } from 'node:path';
import { reviewSummary } from '../lib/output/change-summary';
import { readDist, strayEntries, type DistTree } from './dist-folder';
import { parseCommand, USAGE_EXIT, type CommandSpec } from './cli';
import { programPaths, type Output } from './paths';
import { distTree, renderFolders } from './synth';

/** One object's change. */
export interface ObjectChange {
  readonly folder: string;
  readonly file: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** Unified diff of the YAML, for changed objects. */
  readonly patch?: string;
  /** The object's YAML before and after; undefined where it does not exist. */
  readonly before?: string;
  readonly after?: string;
}

/** Changes from `before` (committed) to `after` (fresh), optionally only in some folders. */
export function diffTrees(before: DistTree, after: DistTree, only?: string | readonly string[]): ObjectChange[] {
  const chosen = typeof only === 'string' ? [only] : only;
  const folders = [...new Set([...before.keys(), ...after.keys()])].filter((name) => chosen === undefined || chosen.includes(name)).sort();
  return folders.flatMap((name) => {
    const old = before.get(name) ?? new Map<string, string>();
    const next = after.get(name) ?? new Map<string, string>();
    const files = [...new Set([...old.keys(), ...next.keys()])].sort();
    return files.flatMap((file): ObjectChange[] => {
      const [a, b] = [old.get(file), next.get(file)];
      if (a === b) return [];
      if (a === undefined) return [{ folder: name, file, change: 'added', after: b }];
      if (b === undefined) return [{ folder: name, file, change: 'removed', before: a }];
      const path = `dist/${name}/${file}`;
      return [
        {
          folder: name,
          file,
          change: 'changed',
          before: a,
          after: b,
          patch: createTwoFilesPatch(`a/${path}`, `b/${path}`, a, b, undefined, undefined, { context: 3 }),
        },
      ];
    });
  });
}

/** Text of the changes: one line per added or removed object, a unified diff per changed one, then a summary naming the folders compared. */
export function formatChanges(changes: readonly ObjectChange[], folders?: readonly string[]): string {
  // What an approver reads first (Jobs, RBAC, NetworkPolicies, images, replicas, resources), then the full diff.
  const summary = reviewSummary(
    changes.map((change) => ({ path: posix.join('dist', change.folder, change.file), before: change.before, after: change.after })),
  );
  const lines: string[] = summary === '' ? [] : [summary, ''];
  for (const change of changes) {
    lines.push(`${change.change}: ${posix.join('dist', change.folder, change.file)}`);
    if (change.patch) lines.push(change.patch.replace(/^=+\n/m, '').trimEnd());
  }
  const count = (kind: ObjectChange['change']): number => changes.filter((change) => change.change === kind).length;
  lines.push(
    changes.length === 0
      ? `no changes: ${folders === undefined || folders.length === 0 ? 'dist/' : folders.map((folder) => `dist/${folder}`).join(', ')} ${folders !== undefined && folders.length > 1 ? 'are' : 'is'} what a fresh synth renders`
      : `${count('added')} added, ${count('changed')} changed, ${count('removed')} removed`,
  );
  return lines.join('\n');
}

export const DIFF_USAGE = `usage: npm run diff [-- <env>...]

Shows what a fresh synth would change in dist/ (or in the folders named),
per object, and writes nothing.

  <env>       an environment, or another folder of dist/ (argocd)
  -h, --help  this text

Exit status: 0 nothing differs, 1 something differs, 2 an error or bad usage.`;

const DIFF_COMMAND: CommandSpec = { usage: DIFF_USAGE, maxPositionals: Infinity, positionalName: 'environment name' };

/** Runs `npm run diff`; returns the exit status. */
export function runDiff(args: readonly string[], env: NodeJS.ProcessEnv = process.env, out: Output = console): number {
  const parsed = parseCommand(DIFF_COMMAND, args, out);
  if (typeof parsed === 'number') return parsed;
  const paths = programPaths(env);
  const folders = [...new Set(parsed.positionals)];
  try {
    const before = readDist(paths.distDir);
    const after = distTree(renderFolders(paths.environmentsDir));
    const unknown = folders.filter((folder) => !before.has(folder) && !after.has(folder));
    if (unknown.length > 0)
      throw new Error(`no environment or dist/ folder named ${unknown.join(', ')} (environments: ${[...after.keys()].join(', ')})`);
    // Synth owns dist/: entries it did not produce would go too.
    const strays = folders.length === 0 ? strayEntries(paths.distDir) : [];
    const chosen = folders.length === 0 ? undefined : folders;
    const changes = [...diffTrees(before, after, chosen), ...strays.map((file) => ({ folder: '', file, change: 'removed' as const }))];
    out.log(formatChanges(changes, folders));
    return changes.length === 0 ? 0 : 1;
  } catch (error) {
    out.error(`diff failed: ${(error as Error).message}`);
    return USAGE_EXIT;
  }
}

if (require.main === module) process.exitCode = runDiff(process.argv.slice(2));
