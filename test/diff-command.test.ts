/**
 * `npm run diff [-- <env>]`: what a fresh synth would change, per object,
 * without writing anything; exit 0 when nothing differs, 1 when something
 * does, 2 on an error.
 */
import { readdirSync } from 'node:fs';
import type { EnvironmentSpec } from '../lib';
import { runDiff } from '../apps/diff';
import { snapshotTree, testSpec } from './helpers';
import { runScript } from './program-run';
import { captureOutput, changeSpecs, synthesizedProject as synthesizedFrom, type TempProject } from './temp-project';

const alpha = (): EnvironmentSpec => testSpec({ name: 'alpha' });
const beta = (): EnvironmentSpec => testSpec({ name: 'beta' });

/** A project whose dist/ was synthesized from alpha and beta (rendered once per file: see synthesizedProject in temp-project.ts). */
function synthesizedProject(): TempProject {
  return synthesizedFrom({ alpha: alpha(), beta: beta() });
}

/** Runs diff and checks that it wrote nothing. */
function diff(project: TempProject, args: string[] = []): { status: number; out: string; err: string } {
  const before = snapshotTree(project.distDir);
  const output = captureOutput();
  const status = runDiff(args, project.env, output);
  expect(snapshotTree(project.distDir)).toEqual(before);
  // Next to dist/: only the environments and the snapshot synth keeps (see apps/dist-snapshot.ts).
  expect(
    readdirSync(project.root).filter((entry) => entry !== 'dist' && entry !== '.dist.snapshot' && !entry.startsWith('environments')),
  ).toEqual([]);
  return { status, out: output.stdout.join('\n'), err: output.stderr.join('\n') };
}

test('nothing to change: exit 0', () => {
  const result = diff(synthesizedProject());
  expect(result).toEqual({ status: 0, out: 'no changes: dist/ is what a fresh synth renders', err: '' });
});

test('added, changed (with a unified diff of the YAML) and removed objects: exit 1', () => {
  const project = synthesizedProject();
  const servers = alpha().servers.map((server) => (server.kind === 'engineserver' ? { ...server, memory: '3Gi' } : server));
  changeSpecs(project, { alpha: { ...alpha(), servers: [...servers, { kind: 'calculator' }] } });
  const result = diff(project);
  expect(result.status).toBe(1);
  const lines = result.out.split('\n');
  expect(lines.filter((line) => /^(added|changed|removed): /.test(line)).slice(0, 5)).toEqual([
    'added: dist/alpha/configmap-calculator-properties.yaml',
    'added: dist/alpha/deployment-calculator.yaml',
    'changed: dist/alpha/deployment-engineserver.yaml',
    'changed: dist/alpha/networkpolicy-allow-database.yaml',
    'added: dist/alpha/networkpolicy-calculator.yaml',
  ]);
  const patch = result.out.slice(result.out.indexOf('changed: dist/alpha/deployment-engineserver.yaml'));
  expect(patch).toMatch(
    /^--- a\/dist\/alpha\/deployment-engineserver\.yaml\n\+\+\+ b\/dist\/alpha\/deployment-engineserver\.yaml\n@@ -\d+,\d+ \+\d+,\d+ @@/m,
  );
  expect(patch).toContain('\n-              memory: 2Gi\n');
  expect(patch).toContain('\n+              memory: 3Gi\n');
  expect(lines).toContain('removed: dist/beta/deployment-engineserver.yaml');
  expect(lines[lines.length - 1]).toBe('5 added, 4 changed, 28 removed');
});

test('limited to one environment', () => {
  const project = synthesizedProject();
  changeSpecs(project, { alpha: alpha(), beta: { ...beta(), servers: [...beta().servers, { kind: 'calculator' }] } });
  expect(diff(project, ['alpha'])).toEqual({ status: 0, out: 'no changes: dist/alpha is what a fresh synth renders', err: '' });
  const result = diff(project, ['beta']);
  expect(result.status).toBe(1);
  expect(result.out.split('\n').pop()).toBe('5 added, 3 changed, 0 removed');
});

test('an unknown environment is an error (exit 2)', () => {
  expect(diff(synthesizedProject(), ['gamma'])).toEqual({
    status: 2,
    out: '',
    err: 'diff failed: no environment or dist/ folder named gamma (environments: alpha, beta)',
  });
});

test('a synth that would fail is an error (exit 2), with its reason', () => {
  const project = synthesizedProject();
  changeSpecs(project, { alpha: { ...alpha(), servers: [...alpha().servers, { kind: 'calculator', replicas: 0 }] }, beta: beta() });
  const result = diff(project);
  expect(result.status).toBe(2);
  expect(result.err).toBe('diff failed: [alpha] server calculator, field replicas: must be a whole number of at least 1, got 0');
});

/**
 * npm run diff's command on the repository, as npm runs it (test/program-run.ts), started as the file is collected: one
 * real run for two tests. It runs with cdk8s's key sorting off and another locale (a process of its own: the locale is
 * read when a process starts), so that "fresh" also says the caller's environment changes nothing; that the committed
 * dist/ is what synth renders in the usual environment is checked in process (test/environments.test.ts).
 */
const repositoryDiff = runScript('diff', [], {
  ...process.env,
  CALYPSO_ENVIRONMENTS_DIR: '',
  CALYPSO_DIST_DIR: '',
  CDK8S_DISABLE_SORT: '1',
  LC_ALL: 'lt_LT.UTF-8',
  LANG: 'lt_LT.UTF-8',
});

test('npm run diff on the repository: the committed dist/ is fresh', async () => {
  const result = await repositoryDiff;
  expect(result.stdout.trim()).toBe('no changes: dist/ is what a fresh synth renders');
  expect(result.status).toBe(0);
});

test("dist/ does not depend on the caller's environment: unsorted cdk8s keys or another locale change nothing", async () => {
  const run = await repositoryDiff;
  expect(run.stdout.trim()).toBe('no changes: dist/ is what a fresh synth renders');
  expect(run.status).toBe(0);
});

test('npm run diff -- prod names the folder it compared', () => {
  // The program of the npm script, in process (the test above runs the script itself).
  const output = captureOutput();
  const status = runDiff(['prod'], { ...process.env, CALYPSO_ENVIRONMENTS_DIR: '', CALYPSO_DIST_DIR: '' }, output);
  expect(output.stdout.join('\n').trim()).toBe('no changes: dist/prod is what a fresh synth renders');
  expect(status).toBe(0);
});

test('several folders at once', () => {
  const project = synthesizedProject();
  expect(diff(project, ['alpha', 'beta'])).toEqual({
    status: 0,
    out: 'no changes: dist/alpha, dist/beta are what a fresh synth renders',
    err: '',
  });
});
