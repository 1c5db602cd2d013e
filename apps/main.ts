/**
 * `npm run synth [-- <env>…]` and `cdk8s synth`: renders every environment
 * (or the ones named) into dist/. On any error before dist/ is replaced,
 * dist/ is left as it was and the exit status is 1; bad usage (an unknown
 * flag or environment) is 2.
 *
 * Under `cdk8s synth` (CDK8S_OUTDIR set), each folder is also written as one
 * `<folder>.k8s.yaml` into the CLI's own output folder, which the CLI lists
 * and hands to its validation plugins. The CLI empties that folder before
 * it runs the app, so it must be neither dist/ nor a folder around or
 * inside it: such a setting is refused before anything else happens, and
 * what the CLI deleted of dist/ is put back first (see dist-snapshot.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseCommand, USAGE_EXIT, type CommandSpec } from './cli';
import type { WriteHooks } from './dist-folder';
import { DistLockedError } from './dist-lock';
import { restoreFromSnapshot, snapshotDirOf } from './dist-snapshot';
import { programPaths, type Output } from './paths';
import { terminalProgress } from './progress';
import { formatReport, RenderError, synthesize, UnknownEnvironmentError } from './synth';

export const SYNTH_USAGE = `usage: npm run synth [-- <env>...]

Renders every environment (or only those named) into dist/, validates every
object and replaces dist/ atomically: on any failure dist/ is unchanged.
With names, only those folders (and dist/argocd, when it changes) are
rewritten; every other folder of dist/ is kept byte for byte.

  <env>       an environment file's name (environments/<env>.ts)
  -h, --help  this text

Exit status: 0 done, 1 synth failed (dist/ unchanged), 2 bad usage.
Also run by \`cdk8s synth\` (see cdk8s.yaml).`;

const SYNTH_COMMAND: CommandSpec = { usage: SYNTH_USAGE, maxPositionals: Infinity, positionalName: 'environment name' };

/** Why the cdk8s CLI's output folder would touch dist/, or undefined when it is apart from it. */
export function outdirProblem(outdir: string, distDir: string): string | undefined {
  const fromOutdir = relative(resolve(outdir), resolve(distDir));
  const fromDist = relative(resolve(distDir), resolve(outdir));
  const around = !fromOutdir.startsWith('..') && !resolve(fromOutdir).startsWith('..');
  const inside = !fromDist.startsWith('..') && fromDist !== '';
  if (around || inside) {
    return `the cdk8s output folder ${outdir} ${inside ? 'is inside' : 'is or holds'} ${distDir}; the CLI empties it before every run, so set \`output\` in cdk8s.yaml to a folder apart from dist/ (cdk8s.out)`;
  }
  return undefined;
}

/** The refusal of a cdk8s output folder on dist/, after putting back what the CLI deleted of it. */
function refuseOutdir(problem: string, distDir: string, out: Output): number {
  let restored: string[] = [];
  try {
    restored = restoreFromSnapshot(distDir);
  } catch (error) {
    out.error(`synth refused: ${problem}\nputting back ${distDir} from ${snapshotDirOf(distDir)} failed: ${(error as Error).message}`);
    return 1;
  }
  const undone =
    restored.length === 0
      ? ''
      : `\nthe CLI had deleted ${restored.map((folder) => `dist/${folder}`).join(', ')}: put back from ${snapshotDirOf(distDir)}, what the last synth wrote (\`git status dist/\` shows any difference)`;
  out.error(`synth refused: ${problem}${undone}`);
  return 1;
}

/** Runs synth with the folders the environment names and the command line's arguments; returns the exit status. */
export function runSynth(
  env: NodeJS.ProcessEnv = process.env,
  out: Output = console,
  hooks?: WriteHooks,
  args: readonly string[] = [],
): number {
  const parsed = parseCommand(SYNTH_COMMAND, args, out);
  if (typeof parsed === 'number') return parsed;
  const paths = programPaths(env);
  const cliOutdir = env.CDK8S_OUTDIR;
  const outdir = cliOutdir === undefined ? undefined : outdirProblem(cliOutdir, paths.distDir);
  if (outdir) return refuseOutdir(outdir, paths.distDir, out);
  const only = parsed.positionals.length > 0 ? parsed.positionals : undefined;
  let report;
  try {
    report = synthesize({ ...paths, hooks, only, progress: terminalProgress(process.stderr, env) });
  } catch (error) {
    if (error instanceof UnknownEnvironmentError) {
      out.error(`synth refused: ${error.message}\n${SYNTH_USAGE}`);
      return USAGE_EXIT;
    }
    if (error instanceof DistLockedError) {
      out.error(`synth refused; dist/ is unchanged.\n${error.message}`);
      return 1;
    }
    out.error(`synth failed; dist/ is unchanged.\n${(error as Error).message}`);
    // A construct that throws is a bug: its stack says where.
    if (error instanceof RenderError) for (const failure of error.failures) out.error(failure.error.stack ?? '');
    return 1;
  }
  out.log(formatReport(report));
  if (cliOutdir) {
    try {
      mkdirSync(cliOutdir, { recursive: true });
      for (const folder of report.environments) {
        writeFileSync(join(cliOutdir, `${folder.name}.k8s.yaml`), [...folder.files.values()].join('---\n'));
      }
    } catch (error) {
      out.error(`dist/ is synthesized, but writing the cdk8s output folder ${cliOutdir} failed: ${(error as Error).message}`);
      return 1;
    }
  }
  return 0;
}

if (require.main === module) process.exitCode = runSynth(process.env, console, undefined, process.argv.slice(2));
