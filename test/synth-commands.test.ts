/** `cdk8s synth` and `npm run synth` run the same app, and the CLI never empties dist/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LIBRARY_VERSION } from '../lib/model/names';
import { outdirProblem, runSynth } from '../apps/main';

const root = join(__dirname, '..');
const cdk8sConfig = parse(readFileSync(join(root, 'cdk8s.yaml'), 'utf8')) as { app: string; output: string };
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

test('cdk8s.yaml runs the same command as npm run synth', () => {
  expect(cdk8sConfig.app).toBe(scripts.synth);
});

test('synthesis transpiles only; type-checking happens in npm test', () => {
  expect(scripts.synth).toMatch(/^node --require \.\/apps\/register\.js /);
  expect(readFileSync(join(root, 'apps', 'register.js'), 'utf8')).toContain("require('tsx/cjs')");
  // npm test type-checks first, without emitting: tsc -b over tsconfig.json, whose options say noEmit.
  expect(scripts.test).toMatch(/^tsc -b /);
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { compilerOptions: { noEmit?: boolean } };
  expect(tsconfig.compilerOptions.noEmit).toBe(true);
});

test('the folder the cdk8s CLI empties before each run is not dist/', () => {
  expect(cdk8sConfig.output.replace(/\/$/, '')).not.toBe('dist');
});

test('LIBRARY_VERSION is package.json version', () => {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  expect(LIBRARY_VERSION).toBe(version);
});

test('a cdk8s output folder that is, holds or sits inside dist/ is refused before anything is touched', () => {
  const dist = join(root, 'dist');
  expect(outdirProblem(dist, dist)).toMatch(/is or holds/);
  expect(outdirProblem(root, dist)).toMatch(/is or holds/);
  expect(outdirProblem(join(dist, 'dev'), dist)).toMatch(/is inside/);
  expect(outdirProblem(join(root, 'cdk8s.out'), dist)).toBeUndefined();
  const lines: string[] = [];
  const status = runSynth({ ...process.env, CDK8S_OUTDIR: join(dist, 'dev') }, { log: (l) => lines.push(l), error: (l) => lines.push(l) });
  expect(status).toBe(1);
  expect(lines[0]).toMatch(/^synth refused: the cdk8s output folder .*dist\/dev is inside .*dist; the CLI empties it/);
});

// That dist/ does not depend on the caller's environment (unsorted cdk8s keys, another locale) is test/diff-command.test.ts's:
// its real run of npm run diff on the repository runs in such an environment.
