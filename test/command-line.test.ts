/**
 * Every command: `--help` prints its usage and exits 0 without doing
 * anything; an unknown flag, an unexpected argument or a missing one exits
 * 2 with the reason and the usage. One parser (apps/cli.ts, node:util
 * parseArgs) serves them all. Each program's own function is run here for
 * every case, in process. One real run per program checks the wiring (the
 * script's command, the program it starts, the exit status), all side by
 * side (a child process each, started as this file loads: see
 * test/command-line-real-runs.ts); those `--help` runs load none of the
 * packages the programs' work needs.
 */
// First, so that the real runs start before the programs below load.
import {
  badSynthFlag,
  distFingerprint,
  loadedPackages,
  PROGRAM_SCRIPTS,
  realHelps,
  SAME_PROGRAM_AS,
  untouchedDist,
} from './command-line-real-runs';
import { runAccess } from '../apps/access';
import { runBench } from '../apps/bench';
import { runCompose } from '../apps/compose';
import { parseCommandLine, UsageError } from '../apps/cli';
import { runDiff } from '../apps/diff';
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
import { WORK_PACKAGES } from './loaded-packages';
import { SCRIPTS as scripts } from './program-run';
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

/** Runs a program's function; checks that dist/ was not touched. */
function run(program: Program, args: readonly string[]): { status: number; stdout: string; stderr: string } {
  const output = captureOutput();
  const status = program(args, output);
  expect(distFingerprint()).toEqual(untouchedDist);
  return { status, stdout: output.stdout.join('\n'), stderr: output.stderr.join('\n') };
}

test('the list covers every program script', () => {
  expect(PROGRAM_SCRIPTS).toEqual(COMMANDS.map(([script]) => script).sort());
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
  const [bad, ...helps] = await Promise.all([badSynthFlag, ...realHelps.values()]);
  const shown = [...realHelps.keys()];
  expect(helps.map((help) => ({ status: help.status, first: help.stdout.split('\n')[0], stderr: help.stderr }))).toEqual(
    shown.map((script) => ({ status: 0, first: COMMANDS.find(([name]) => name === script)![1], stderr: '' })),
  );
  expect({ status: bad.status, stderr: bad.stderr.split('\n').slice(0, 2) }).toEqual({
    status: 2,
    stderr: ['unknown option --bogus', COMMANDS[0][1]],
  });
  // Every program but synth had its --help run, or shares the program of one that had (its --help ran in process above).
  expect(COMMANDS.map(([script]) => script).filter((script) => script !== 'synth' && !realHelps.has(script))).toEqual(
    Object.keys(SAME_PROGRAM_AS),
  );
  for (const [script, same] of Object.entries(SAME_PROGRAM_AS)) {
    const subcommand = (name: string): string => / apps\/\S+\.ts (\S+)$/.exec(scripts[name])?.[1] ?? '';
    expect(scripts[script].replace(/ \S+$/, '')).toBe(scripts[same].replace(/ \S+$/, ''));
    expect({ script, subcommand: subcommand(script) }).toEqual({ script, subcommand: script.split(':')[1] });
  }
  expect(distFingerprint()).toEqual(untouchedDist);
}, 240_000);

test('a real --help loads none of the packages the work needs (cdk8s, zod, ajv, yaml, typescript, …): only what prints the usage', async () => {
  await Promise.all(realHelps.values());
  const loaded = loadedPackages();
  expect([...loaded.keys()]).toEqual([...realHelps.keys()]);
  const heavy = [...loaded].map(([script, names]) => ({ script, loaded: names.filter((name) => WORK_PACKAGES.includes(name)) }));
  expect(heavy).toEqual([...loaded.keys()].map((script) => ({ script, loaded: [] })));
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
