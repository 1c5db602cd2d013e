/**
 * Every command: `--help` prints its usage and exits 0 without doing
 * anything; an unknown flag, an unexpected argument or a missing one exits
 * 2 with the reason and the usage. One parser (apps/cli.ts, node:util
 * parseArgs) serves them all. Each program's own function is run here for
 * every case, in process. One real run per command checks the wiring (the
 * script's command, the program it starts, the exit status), all side by
 * side (a child process each): `npm run synth -- --bogus` through npm
 * itself, every other script's `--help` through its command as npm runs it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runAccess } from '../apps/access';
import { runBench } from '../apps/bench';
import { runCompose } from '../apps/compose';
import { parseCommandLine, UsageError } from '../apps/cli';
import { runDiff } from '../apps/diff';
import { DIST_DIR } from '../apps/dist-folder';
import { runEnv } from '../apps/env';
import { runSynth } from '../apps/main';
import type { Output } from '../apps/paths';
import { runGraph } from '../apps/graph';
import { runLocalSecrets } from '../apps/local-secrets';
import { runPromote } from '../apps/promote';
import { runRelease } from '../apps/release';
import { runSizing } from '../apps/sizing';
import { runValidate } from '../apps/validate';
import { runVendorSchemas } from '../apps/vendor-schemas';
import { runProcess, runScript, SCRIPTS as scripts } from './program-run';
import { captureOutput } from './temp-project';

type Program = (args: readonly string[], out: Output) => number;

/** Every program's script, the first line of its usage, and its function. */
const COMMANDS: readonly [string, string, Program][] = [
  ['synth', 'usage: npm run synth [-- <env>...]', (args, out) => runSynth(process.env, out, undefined, args)],
  ['validate', 'usage: npm run validate [-- <dir>]', (args, out) => runValidate(args, process.env, out)],
  ['diff', 'usage: npm run diff [-- <env>...]', (args, out) => runDiff(args, process.env, out)],
  [
    'release',
    'usage: npm run release -- <env> <version> [--digest <image>=sha256:<hex>]...',
    (args, out) => runRelease(args, process.env, out),
  ],
  ['promote', 'usage: npm run promote -- <from> <to>', (args, out) => runPromote(args, process.env, out)],
  ['sizing', 'usage: npm run sizing [-- <env>...]', runSizing],
  ['graph', 'usage: npm run graph [-- <env>...]', (args, out) => runGraph(args, out)],
  ['bench', 'usage: npm run bench [-- --count <n>] [--write-readme]', runBench],
  [
    'env:create',
    'usage: npm run env:create -- <name> [--from uat] [--ttl 3d] [--snapshot <snapshot>]',
    (args, out) => runEnv(['create', ...args], out),
  ],
  ['env:list', 'usage: npm run env:list', (args, out) => runEnv(['list', ...args], out)],
  ['env:destroy', 'usage: npm run env:destroy -- <name>... | --expired', (args, out) => runEnv(['destroy', ...args], out)],
  ['schemas:vendor', 'usage: npm run schemas:vendor [-- [<shared-dir>] [--check]]', runVendorSchemas],
  [
    'local:secrets',
    'usage: npm run local:secrets -- <env> --from <dir> [--out <file>] | <env> --list',
    (args, out) => runLocalSecrets(args, out),
  ],
  ['compose', 'usage: npm run compose -- <env> [--healthcheck bash|curl|wget] [--check]', (args, out) => runCompose(args, out)],
  ['access', 'usage: npm run access -- request <env> <user> [--hours N] [--break-glass] [--csr FILE]', (args, out) => runAccess(args, out)],
];

/**
 * Every entry of dist/ (the folder itself included) with its inode, size and
 * modification time: any write, rename or swap changes it, even one that
 * writes the same bytes back. Cheaper than reading every file before and
 * after each of the 60-odd runs.
 */
function distFingerprint(): string[] {
  const entries: string[] = [];
  const add = (path: string, name: string): void => {
    const stat = statSync(path, { bigint: true });
    entries.push(`${name} ${stat.ino}:${stat.size}:${stat.mtimeNs}`);
    if (stat.isDirectory()) for (const entry of readdirSync(path).sort()) add(join(path, entry), `${name}/${entry}`);
  };
  add(DIST_DIR, 'dist');
  return entries;
}
const untouchedDist = distFingerprint();

/** Runs a program's function; checks that dist/ was not touched. */
function run(program: Program, args: readonly string[]): { status: number; stdout: string; stderr: string } {
  const output = captureOutput();
  const status = program(args, output);
  expect(distFingerprint()).toEqual(untouchedDist);
  return { status, stdout: output.stdout.join('\n'), stderr: output.stderr.join('\n') };
}

test('the list covers every program script', () => {
  const programs = Object.keys(scripts).filter((name) => /apps\//.test(scripts[name]));
  expect(programs.sort()).toEqual(COMMANDS.map(([script]) => script).sort());
});

describe.each(COMMANDS)('%s', (_script, usage, program) => {
  test('--help prints the usage and exits 0, doing nothing else', () => {
    const result = run(program, ['--help']);
    expect(result.stdout.split('\n')[0]).toBe(usage);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(run(program, ['-h']).stdout).toBe(result.stdout);
  });

  test('an unknown flag exits 2 with the reason and the usage', () => {
    const result = run(program, ['--bogus']);
    expect(result.stderr.split('\n').slice(0, 2)).toEqual(['unknown option --bogus', usage]);
    expect(result).toMatchObject({ status: 2, stdout: '' });
  });
});

test('the real commands: --help exits 0 with the usage; a bad flag exits 2 with it (synth -- --bogus used to run a synth)', async () => {
  // CI, so no progress line. One run per command: synth's is the bad flag, through npm itself (the `--` npm passes on).
  const env = { ...process.env, CI: 'true' };
  const [, ...others] = COMMANDS;
  const [bad, ...helps] = await Promise.all([
    runProcess('npm', ['run', '--silent', 'synth', '--', '--bogus'], env),
    ...others.map(([script]) => runScript(script, ['--help'], env)),
  ]);
  expect(helps.map((help) => ({ status: help.status, first: help.stdout.split('\n')[0], stderr: help.stderr }))).toEqual(
    others.map(([, usage]) => ({ status: 0, first: usage, stderr: '' })),
  );
  expect({ status: bad.status, stderr: bad.stderr.split('\n').slice(0, 2) }).toEqual({
    status: 2,
    stderr: ['unknown option --bogus', COMMANDS[0][1]],
  });
  expect(distFingerprint()).toEqual(untouchedDist);
}, 240_000);

test.each<[string, string, string[], string]>([
  ['bench takes no argument', 'bench', ['quick'], 'unexpected argument: quick'],
  ['bench --count needs a value', 'bench', ['--count'], 'option --count needs a value'],
  ['bench --count is a whole number', 'bench', ['--count', 'many'], 'option --count needs a whole number of at least 1, got many'],
  ['env:list takes no argument', 'env:list', ['all'], 'unexpected argument: all'],
  ['validate takes one folder', 'validate', ['dist/dev', 'dist/uat'], 'too many arguments: dist/uat'],
  ['env:create needs a name', 'env:create', [], 'missing environment name'],
  ['env:create takes one name', 'env:create', ['a', 'b'], 'too many arguments: b'],
  ['env:create --from needs a value', 'env:create', ['a', '--from'], 'option --from needs a value'],
  ['env:destroy needs a name', 'env:destroy', [], 'missing environment name (or --expired)'],
  ['env:destroy takes names or --expired, not both', 'env:destroy', ['a', '--expired'], 'give names or --expired, not both'],
  ['--expired takes no value', 'env:destroy', ['--expired=yes'], 'option --expired takes no value'],
  ['release needs an environment and a version', 'release', ['dev'], 'missing environment and version'],
  ['promote takes two environments', 'promote', ['dev', 'uat', 'prod'], 'too many arguments: prod'],
  ['schemas:vendor takes one folder', 'schemas:vendor', ['a', 'b'], 'too many arguments: b'],
  ['local:secrets needs an environment', 'local:secrets', ['--from', '/tmp'], 'missing environment name'],
  [
    'local:secrets takes --list or --from, not both',
    'local:secrets',
    ['local', '--list', '--from', '/tmp'],
    'give --list or --from, not both',
  ],
  ['compose needs an environment', 'compose', [], 'missing environment name'],
  [
    'compose --healthcheck takes a known tool',
    'compose',
    ['dev', '--healthcheck', 'nc'],
    'option --healthcheck takes one of bash, curl, wget, got "nc"',
  ],
  ['access needs an environment and a user', 'access', ['request', 'prod'], 'missing request <env> <user>'],
  ['access has one subcommand', 'access', ['grant', 'prod', 'alice'], 'unknown subcommand grant (subcommands: request)'],
  [
    'synth refuses an unknown environment',
    'synth',
    ['staging'],
    'synth refused: no environment named staging (environments: dev, local, prod, uat)',
  ],
])('%s: exit 2 with the reason and the usage', (_case, script, args, reason) => {
  const [, usage, program] = COMMANDS.find(([name]) => name === script)!;
  const result = run(program, args);
  expect(result.stderr.split('\n')[0]).toBe(reason);
  expect(result.stderr).toContain(usage);
  expect(result.status).toBe(2);
});

test('env with no or an unknown subcommand exits 2 and lists the subcommands', () => {
  for (const args of [[], ['remove']]) {
    const output = captureOutput();
    expect(runEnv(args, output)).toBe(2);
    expect(output.stderr.join('\n')).toContain('usage: npm run env:destroy -- <name>... | --expired');
  }
});

describe('the parser', () => {
  const spec = { usage: 'usage: x', options: { from: { type: 'string' as const } }, maxPositionals: 2, positionalName: 'name' };

  test('flags, values and positionals', () => {
    expect(parseCommandLine(spec, ['a', '--from', 'uat', 'b'])).toEqual({
      values: { from: 'uat' },
      positionals: ['a', 'b'],
      help: false,
    });
    expect(parseCommandLine(spec, ['--from=dev']).values.from).toBe('dev');
    expect(parseCommandLine(spec, ['-h']).help).toBe(true);
    // --help wins over anything else on the line, so it never runs the command.
    expect(parseCommandLine(spec, ['a', 'b', 'c', '--help']).help).toBe(true);
  });

  test.each<[string[], string]>([
    [['--bogus'], 'unknown option --bogus'],
    [['-x'], 'unknown option -x'],
    [['--from'], 'option --from needs a value'],
    [['--help=yes'], 'option --help takes no value'],
    [['a', 'b', 'c'], 'too many arguments: c'],
  ])('%j: %s', (args, message) => {
    expect(() => parseCommandLine(spec, args)).toThrow(new UsageError(message));
  });

  test('too few positionals', () => {
    expect(() => parseCommandLine({ ...spec, minPositionals: 1 }, [])).toThrow(new UsageError('missing name'));
  });
});
