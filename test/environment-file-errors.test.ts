/**
 * An environment file is code: a mistake in it stops it before there is a
 * spec to check. Every program then reports the file, line and column of
 * the mistake as in the .ts source, as a problem of that environment, and
 * leaves dist/ as it was. Where a stack points depends on how the file was
 * transpiled: synth runs as a user runs it (its script's command, as npm
 * runs it), started as the file is collected. validate, diff, sizing and
 * env:list run in process: they load the files through the same function
 * as synth, the programs' loader (apps/environment-file.ts, with
 * loadTypeScript of apps/program-build.js, which test/environment-file-loader.ts
 * installs here too), with Node's own stack traces as in a program (vitest's
 * stack mapping set aside while they run), so they must print the same
 * problems; their own real runs are in test/command-line.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDiff } from '../apps/diff';
import { runEnv } from '../apps/env';
import { runSizing } from '../apps/sizing';
import { runValidate } from '../apps/validate';
import { snapshotTree, tempDir } from './helpers';
import { runScript } from './program-run';
import { captureOutput } from './temp-project';

/** A project whose environment files each go wrong in their own way, and a dist/ that must survive. */
function brokenProject(): { readonly environmentsDir: string; readonly distDir: string; readonly env: NodeJS.ProcessEnv } {
  const root = tempDir();
  const environmentsDir = join(root, 'environments');
  const distDir = join(root, 'dist');
  mkdirSync(join(environmentsDir, 'shared'), { recursive: true });
  mkdirSync(join(distDir, 'alpha'), { recursive: true });
  writeFileSync(join(distDir, 'alpha', 'deployment-dataserver.yaml'), 'kind: Deployment\n');
  const files: Record<string, string[]> = {
    // Type-only lines before the mistake: transpiling removes them, so an unmapped stack would point lines too high.
    'alpha.ts': [
      'interface Sized {',
      '  readonly size: string;',
      '}',
      '',
      'type Tier = "dev" | "uat";',
      '',
      'export default {',
      "  name: 'alpha',",
      '  images: calypsoImages("18.1.0"),',
      '};',
    ],
    'beta.ts': ['export default {', "  name: 'beta',,", "  tier: 'dev',", '};'],
    'gamma.ts': [
      "import { sized } from './shared/sizes';",
      '',
      "const size = 'huge' as 'small';",
      '',
      "export default sized('gamma', size);",
    ],
    'delta.ts': ["import { broken } from './shared/broken';", '', "export default { name: 'delta', broken };"],
    'epsilon.ts': ["throw 'not ready';"],
    'shared/sizes.ts': [
      "type Size = 'small' | 'large';",
      '',
      '/** Refuses a size it does not know. */',
      'export function sized(name: string, size: Size): { name: string } {',
      "  if (size !== 'small') {",
      '    throw new Error(`unknown size ${size}`);',
      '  }',
      '  return { name };',
      '}',
    ],
    'shared/broken.ts': ['export const broken = {', '  a: 1 +,', '};'],
  };
  for (const [file, lines] of Object.entries(files)) writeFileSync(join(environmentsDir, file), `${lines.join('\n')}\n`);
  return { environmentsDir, distDir, env: { ...process.env, CALYPSO_ENVIRONMENTS_DIR: environmentsDir, CALYPSO_DIST_DIR: distDir } };
}

/** The problem lines every program prints for the broken project. */
function expectedProblems(environmentsDir: string): string[] {
  const file = (name: string): string => join(environmentsDir, name);
  return [
    '5 problems in the environment spec:',
    `  - [alpha] field file: ${file('alpha.ts')}:9:11: ReferenceError: calypsoImages is not defined`,
    `  - [beta] field file: ${file('beta.ts')}:2:16: syntax error: Expected identifier but found ","`,
    `  - [delta] field file: ${file('delta.ts')}: syntax error in ${file('shared/broken.ts')}:2:9: Unexpected ","`,
    `  - [epsilon] field file: ${file('epsilon.ts')}: threw "not ready"`,
    `  - [gamma] field file: ${file('gamma.ts')}:5:16: Error: unknown size huge (thrown at ${file('shared/sizes.ts')}:6:11)`,
  ];
}

type Project = ReturnType<typeof brokenProject>;

/** synth's script against its own broken project, started as the file is collected; dist/ as it was before the run. */
const synth = ((project: Project) => ({ project, before: snapshotTree(project.distDir), result: runScript('synth', [], project.env) }))(
  brokenProject(),
);

/** The programs of the other scripts, in process, each against its own broken project. */
const inProcess: Record<string, (project: Project, out: ReturnType<typeof captureOutput>) => number> = {
  validate: (project, out) => runValidate([], project.env, out),
  diff: (project, out) => runDiff([], project.env, out),
  sizing: (project, out) => runSizing([], out, project.environmentsDir),
  // env:list finds its folders in the environment, as its program does.
  'env:list': (project, out) => {
    const saved = { ...process.env };
    Object.assign(process.env, { CALYPSO_ENVIRONMENTS_DIR: project.environmentsDir, CALYPSO_DIST_DIR: project.distDir });
    try {
      return runEnv(['list'], out);
    } finally {
      for (const name of ['CALYPSO_ENVIRONMENTS_DIR', 'CALYPSO_DIST_DIR']) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
    }
  },
};

test('synth names the file, line and column of each mistake, and leaves dist/ as it was', async () => {
  const { project, before, result } = synth;
  const { status, stderr } = await result;
  expect(status).toBe(1);
  expect(stderr.trim().split('\n')).toEqual(['synth failed; dist/ is unchanged.', ...expectedProblems(project.environmentsDir)]);
  expect(snapshotTree(project.distDir)).toEqual(before);
});

test.each([
  ['validate', 2, 'validate failed: '],
  ['diff', 2, 'diff failed: '],
  ['sizing', 1, 'sizing failed:\n'],
  ['env:list', 1, 'synth failed; nothing was changed.\n'],
])('%s shows the same problems', (script, status, prefix) => {
  const project = brokenProject();
  const before = snapshotTree(project.distDir);
  const out = captureOutput();
  // Node's own stack traces, as in a program: vitest maps stacks of the modules it loads itself, and its mapping leaves the environment files' alone.
  const errors = Error as { prepareStackTrace?: typeof Error.prepareStackTrace };
  const vitestStacks = errors.prepareStackTrace;
  delete errors.prepareStackTrace;
  try {
    expect(inProcess[script](project, out)).toBe(status);
  } finally {
    errors.prepareStackTrace = vitestStacks;
  }
  expect(out.stderr.join('\n').trim()).toBe(`${prefix}${expectedProblems(project.environmentsDir).join('\n')}`);
  expect(snapshotTree(project.distDir)).toEqual(before);
});
