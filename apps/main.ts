/**
 * `npm run synth` and `cdk8s synth`: renders every environment into dist/.
 * On any error dist/ is left as it was and the exit status is 1.
 *
 * Under `cdk8s synth` (CDK8S_OUTDIR set), each environment is also written
 * as one `<env>.k8s.yaml` into the CLI's own output folder, which the CLI
 * lists and hands to its validation plugins. That folder is emptied by the
 * CLI before every run, which is why it is never dist/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { WriteHooks } from './dist-folder';
import { programPaths, type Output } from './paths';
import { formatReport, RenderError, synthesize } from './synth';

/** Runs synth with the folders the environment names; returns the exit status. */
export function runSynth(env: NodeJS.ProcessEnv = process.env, out: Output = console, hooks?: WriteHooks): number {
  const paths = programPaths(env);
  try {
    const report = synthesize({ ...paths, hooks });
    out.log(formatReport(report));
    const cliOutdir = env.CDK8S_OUTDIR;
    if (cliOutdir && resolve(cliOutdir) !== resolve(paths.distDir)) {
      mkdirSync(cliOutdir, { recursive: true });
      for (const environment of report.environments) {
        writeFileSync(join(cliOutdir, `${environment.name}.k8s.yaml`), [...environment.files.values()].join('---\n'));
      }
    }
    return 0;
  } catch (error) {
    out.error(`synth failed; dist/ is unchanged.\n${(error as Error).message}`);
    // A construct that throws is a bug: its stack says where.
    if (error instanceof RenderError) for (const failure of error.failures) out.error(failure.error.stack ?? '');
    return 1;
  }
}

if (require.main === module) process.exitCode = runSynth();
