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
import { DIST_DIR } from './dist-folder';
import { formatReport, synthesize } from './synth';

try {
  const report = synthesize();
  console.log(formatReport(report));
  const cliOutdir = process.env.CDK8S_OUTDIR;
  if (cliOutdir && resolve(cliOutdir) !== resolve(DIST_DIR)) {
    mkdirSync(cliOutdir, { recursive: true });
    for (const environment of report.environments) {
      writeFileSync(join(cliOutdir, `${environment.name}.k8s.yaml`), [...environment.files.values()].join('---\n'));
    }
  }
} catch (error) {
  console.error(`synth failed; dist/ is unchanged.\n${(error as Error).message}`);
  process.exitCode = 1;
}
