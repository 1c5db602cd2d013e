/**
 * The real runs of test/command-line.test.ts, one per program's script,
 * started as soon as that file is loaded (this module is its first import),
 * so that they run while the test process loads the programs it then runs in process.
 *
 * `npm run synth -- --bogus` goes through npm itself (what npm passes on
 * after `--`, and the exit status back through it); every other script runs
 * `--help` through its command, as npm runs it. env:create and env:destroy
 * are env:list's command with another subcommand: env:list's run stands for
 * the three, and the test checks that their commands differ only there.
 * dist/'s fingerprint is taken before any of them starts. Each `--help`
 * run also reports the packages it loaded (test/loaded-packages-probe.js);
 * its program's bundle is built before it starts, here, as a run that builds
 * one loads every package while it waits (apps/register.js), which would
 * hide what the program itself loads.
 */
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DIST_DIR } from '../apps/dist-folder';
import { readLoadedPackages, withLoadedPackagesProbe } from './loaded-packages';
import { programEnvironment, runProcess, runScript, SCRIPTS, type ProcessResult } from './program-run';
import { discard, tempDir } from './test-temp-folders';

/**
 * Every entry of dist/ (the folder itself included) with its inode, size and
 * modification time: any write, rename or swap changes it, even one that
 * writes the same bytes back. Cheaper than reading every file before and
 * after each of the 60-odd runs.
 */
export function distFingerprint(): string[] {
  const entries: string[] = [];
  const add = (path: string, name: string): void => {
    const stat = statSync(path, { bigint: true });
    entries.push(`${name} ${stat.ino}:${stat.size}:${stat.mtimeNs}`);
    if (stat.isDirectory()) for (const entry of readdirSync(path).sort()) add(join(path, entry), `${name}/${entry}`);
  };
  add(DIST_DIR, 'dist');
  return entries;
}
/** dist/ before anything ran. */
export const untouchedDist = distFingerprint();

/** Scripts that run a program of apps/ (`apps/<program>.ts`; not npm's prepare step, apps/warm-up.js). */
export const PROGRAM_SCRIPTS = Object.keys(SCRIPTS)
  .filter((name) => /apps\/\S+\.ts/.test(SCRIPTS[name]))
  .sort();

/** Scripts whose command is another script's with another subcommand, and that script. */
export const SAME_PROGRAM_AS: Readonly<Record<string, string>> = { 'env:create': 'env:list', 'env:destroy': 'env:list' };

// CI, so no progress line; without NODE_EXTRA_CA_CERTS (programEnvironment), which every Node start reads and no run uses.
const env = { ...programEnvironment(process.env), CI: 'true' };

/** The bad flag of synth, through npm. */
export const badSynthFlag: Promise<ProcessResult> = runProcess('npm', ['run', '--silent', 'synth', '--', '--bogus'], env);

/** Where the `--help` runs write the packages they loaded (removed by loadedPackages' last call). */
const loadedDir = tempDir('calypso-k8s-loaded-');
const loadedFile = (script: string): string => join(loadedDir, `${script.replace(':', '-')}.json`);

const helpScripts = PROGRAM_SCRIPTS.filter((script) => script !== 'synth' && SAME_PROGRAM_AS[script] === undefined);
const { programBundle } = createRequire(__filename)('../apps/program-build.js') as { programBundle(entry: string): string };
for (const script of helpScripts) programBundle(join(__dirname, '..', /apps\/\S+\.ts/.exec(SCRIPTS[script])![0]));

/** `--help` of every other program script (none for those in SAME_PROGRAM_AS), by script. */
export const realHelps: ReadonlyMap<string, Promise<ProcessResult>> = new Map(
  helpScripts.map((script) => [script, runScript(script, ['--help'], withLoadedPackagesProbe(env, loadedFile(script)))]),
);

/** The packages of node_modules each finished `--help` run loaded, by script; removes what the runs wrote. */
export function loadedPackages(): Map<string, string[]> {
  const loaded = new Map([...realHelps.keys()].map((script) => [script, readLoadedPackages(loadedFile(script))]));
  discard(loadedDir);
  return loaded;
}
