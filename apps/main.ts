/**
 * `npm run synth` and `cdk8s synth`: renders every environment into dist/.
 * On any error before dist/ is replaced, dist/ is left as it was and the
 * exit status is 1.
 *
 * Under `cdk8s synth` (CDK8S_OUTDIR set), each folder is also written as one
 * `<folder>.k8s.yaml` into the CLI's own output folder, which the CLI lists
 * and hands to its validation plugins. The CLI empties that folder before
 * it runs the app, so it must be neither dist/ nor a folder around or
 * inside it: such a setting is refused before anything else happens.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { WriteHooks } from './dist-folder';
import { programPaths, type Output } from './paths';
import { formatReport, RenderError, synthesize } from './synth';

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

/** Runs synth with the folders the environment names; returns the exit status. */
export function runSynth(env: NodeJS.ProcessEnv = process.env, out: Output = console, hooks?: WriteHooks): number {
  const paths = programPaths(env);
  const cliOutdir = env.CDK8S_OUTDIR;
  const outdir = cliOutdir === undefined ? undefined : outdirProblem(cliOutdir, paths.distDir);
  if (outdir) {
    out.error(`synth refused: ${outdir}`);
    return 1;
  }
  let report;
  try {
    report = synthesize({ ...paths, hooks });
  } catch (error) {
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

if (require.main === module) process.exitCode = runSynth();
