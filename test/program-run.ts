/**
 * The real runs of the programs, for the few tests that check what only a
 * process shows (the wiring of an npm script to its program and exit
 * status, how a loader maps an environment file's lines, the caller's
 * locale): each run is a child process, started asynchronously so that
 * several run side by side, and without npm where npm adds nothing to what
 * is checked (npm costs ≈0.3 s of CPU per call).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const REPO = join(__dirname, '..');

/** What a finished process printed, and its exit status. */
export interface ProcessResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The npm scripts of package.json, name to command. */
export const SCRIPTS = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Runs a command in the repository folder (or `cwd`); resolves when it has exited (a failing status is a result, not an error). */
export function runProcess(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = REPO,
): Promise<ProcessResult> {
  return new Promise((done) => {
    execFile(command, [...args], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = (error as { code?: unknown } | null)?.code;
      done({ status: error === null ? 0 : typeof code === 'number' ? code : null, stdout, stderr });
    });
  });
}

/**
 * The environment a program of apps/ runs with in a test: the caller's, without `NODE_EXTRA_CA_CERTS`. Node reads
 * and parses that file at every start (about 90 ms of CPU for a system bundle of certificates, a third of a
 * program's start), and only a TLS connection uses it; the programs make none.
 */
export function programEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _unused, ...rest } = env;
  return rest;
}

/** Runs `apps/<program>.ts` the way its npm script does (`node --require ./apps/register.js apps/<program>.ts <args>`). */
export function runProgram(program: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<ProcessResult> {
  return runProcess(process.execPath, ['--require', './apps/register.js', `apps/${program}.ts`, ...args], programEnvironment(env));
}

/**
 * Runs an npm script's command as `npm run <script> -- <args>` does (`sh -c`
 * in the package folder, node_modules/.bin first on PATH, the arguments
 * appended), without npm itself: what is checked is the script's command,
 * the program it starts and the exit status it ends with.
 */
export function runScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<ProcessResult> {
  const command = SCRIPTS[script];
  if (command === undefined) throw new Error(`package.json has no script ${script}`);
  const path = [join(REPO, 'node_modules', '.bin'), env.PATH].filter(Boolean).join(delimiter);
  return runProcess('/bin/sh', ['-c', `${command} "$@"`, script, ...args], { ...programEnvironment(env), PATH: path });
}
