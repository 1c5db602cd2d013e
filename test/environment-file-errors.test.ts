/**
 * An environment file is code: a mistake in it stops it before there is a
 * spec to check. Every program then reports the file, line and column of
 * the mistake as in the .ts source, as a problem of that environment, and
 * leaves dist/ as it was. The programs run as a user runs them (each
 * script's command, as npm runs it), since where a stack points depends on
 * how the file was transpiled; the five runs start together, side by side.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotTree, tempDir } from './helpers';
import { runScript, type ProcessResult } from './program-run';

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

/** A script run against its own broken project, started at once; dist/ as it was before the run. */
interface BrokenRun {
  readonly project: ReturnType<typeof brokenProject>;
  readonly before: Map<string, string>;
  readonly result: Promise<ProcessResult>;
}
function startRun(script: string): BrokenRun {
  const project = brokenProject();
  const before = snapshotTree(project.distDir);
  return { project, before, result: runScript(script, [], project.env) };
}
const runs = new Map(['synth', 'validate', 'diff', 'sizing', 'env:list'].map((script) => [script, startRun(script)]));

test('synth names the file, line and column of each mistake, and leaves dist/ as it was', async () => {
  const { project, before, result } = runs.get('synth')!;
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
])('%s shows the same problems', async (script, status, prefix) => {
  const { project, before, result } = runs.get(script)!;
  const run = await result;
  expect(run.status).toBe(status);
  expect(run.stderr.trim()).toBe(`${prefix}${expectedProblems(project.environmentsDir).join('\n')}`);
  expect(snapshotTree(project.distDir)).toEqual(before);
});
