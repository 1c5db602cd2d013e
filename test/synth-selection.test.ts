/**
 * `npm run synth -- <env>…`: renders only the environments named, replaces
 * only their folders (atomically, like a full synth), keeps every other
 * folder of dist/ byte for byte, and renders dist/argocd again from the
 * chosen environments and the others as committed, writing it only when
 * that changes it. An unknown name is refused (exit 2) before anything is
 * rendered.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvironmentSpec } from '../lib';
import { refreshSnapshot } from '../apps/dist-snapshot';
import { runSynth } from '../apps/main';
import { formatReport, synthesize } from '../apps/synth';
import { snapshotTree, tempDir, testSpec } from './helpers';
import { sharedDistDir } from './shared-render';
import { runProgram } from './program-run';
import { captureOutput, changeSpecs, copyDist, copyEnvironmentFiles, synthesizedProject } from './temp-project';

const alpha = (): EnvironmentSpec => testSpec({ name: 'alpha' });
const beta = (): EnvironmentSpec => testSpec({ name: 'beta' });
const gamma = (): EnvironmentSpec => testSpec({ name: 'gamma' });
const changed = (spec: EnvironmentSpec): EnvironmentSpec => ({ ...spec, properties: { 'calypso.changed': 1 } });
/** A GitOps target on the lab cluster at `revision` (so the environment has an Application in dist/argocd). */
const target = (revision: string): EnvironmentSpec['gitops'] => ({
  repoUrl: 'https://git.example/calypso-config.git',
  revision,
  cluster: { name: 'lab', server: 'https://lab.example:6443', tiers: ['dev'] },
});
const folder = (tree: Map<string, string>, name: string): Map<string, string> =>
  new Map([...tree].filter(([path]) => path.startsWith(`${name}/`)));

/**
 * The real command (a process: its arguments as the command line gives them), started as the file loads, beside the
 * tests in process: on a project of three small environments, two of them named. The committed environments would make
 * it load and resolve all four of them for dist/argocd (twice its CPU) to show the same.
 */
const realRun = ((project) => ({
  project,
  before: snapshotTree(project.distDir),
  run: runProgram('main', ['gamma', 'beta'], project.env),
}))(synthesizedProject(Object.fromEntries([alpha(), beta(), gamma()].map((spec) => [spec.name, { ...spec, gitops: target('main') }]))));

test('only the chosen folder is rewritten; the other is byte for byte as it was, even when its spec changed', () => {
  const project = synthesizedProject({ alpha: alpha(), beta: beta() });
  const before = snapshotTree(project.distDir);
  const betaFile = join(project.distDir, 'beta', 'namespace-calypso-beta.yaml');
  const betaInode = statSync(betaFile).ino;
  const distInode = statSync(project.distDir).ino;
  changeSpecs(project, { alpha: changed(alpha()), beta: changed(beta()) });
  const output = captureOutput();
  expect(runSynth(project.env, output, undefined, ['alpha'])).toBe(0);
  const after = snapshotTree(project.distDir);
  expect(folder(after, 'beta')).toEqual(folder(before, 'beta'));
  expect(folder(after, 'alpha')).not.toEqual(folder(before, 'alpha'));
  const text = output.stdout.join('\n');
  expect(text).toMatch(/^dist\/alpha: \d+ objects .*; files 0 added, [1-9]\d* changed, 0 removed; \d+ ms$/m);
  expect(text).not.toMatch(/^dist\/beta: \d+ objects/m);
  expect(text).toContain('dist/beta: untouched (not chosen)');
  expect(text).toMatch(/^synthesized 1 environments, \d+ objects in \d+ ms; dist\/ updated/m);
  // The swap replaced dist/ as a whole (atomic), with beta's files as they were: the very files, hard-linked, not written again.
  expect(statSync(project.distDir).ino).not.toBe(distInode);
  expect(statSync(betaFile).ino).toBe(betaInode);
  // A full synth then picks up beta's change.
  expect(formatReport(synthesize(project))).toMatch(/^dist\/beta: .*files 0 added, [1-9]\d* changed/m);
});

test('a broken environment that is not chosen does not stop the chosen one', () => {
  const project = synthesizedProject({ alpha: alpha(), beta: beta() });
  const before = snapshotTree(project.distDir);
  changeSpecs(project, { alpha: changed(alpha()), beta: { ...beta(), servers: [...beta().servers, { kind: 'calculator', replicas: 0 }] } });
  expect(runSynth(project.env, captureOutput(), undefined, ['alpha'])).toBe(0);
  expect(folder(snapshotTree(project.distDir), 'beta')).toEqual(folder(before, 'beta'));
  const output = captureOutput();
  expect(runSynth(project.env, output)).toBe(1);
  expect(output.stderr.join('\n')).toContain('[beta] server calculator, field replicas');
});

test('an unknown name is refused with exit 2, before anything is rendered or written', () => {
  const project = synthesizedProject({ alpha: alpha(), beta: beta() });
  const before = snapshotTree(project.distDir);
  const output = captureOutput();
  expect(runSynth(project.env, output, undefined, ['alpha', 'gamma', 'delta'])).toBe(2);
  expect(output.stderr[0]).toMatch(/^synth refused: no environment named gamma, delta \(environments: alpha, beta\)\nusage: npm run synth/);
  expect(snapshotTree(project.distDir)).toEqual(before);
});

test('a failure in a chosen environment leaves all of dist/ as it was', () => {
  const project = synthesizedProject({ alpha: alpha(), beta: beta() });
  const before = snapshotTree(project.distDir);
  changeSpecs(project, {
    alpha: { ...alpha(), servers: [...alpha().servers, { kind: 'calculator', replicas: 0 }] },
    beta: changed(beta()),
  });
  const output = captureOutput();
  expect(runSynth(project.env, output, undefined, ['alpha'])).toBe(1);
  expect(output.stderr.join('\n')).toContain('[alpha] server calculator, field replicas: must be a whole number of at least 1, got 0');
  expect(snapshotTree(project.distDir)).toEqual(before);
});

describe('with the committed environments (and so dist/argocd)', () => {
  /**
   * A copy of environments/ (library imports made absolute) and a synthesized dist/ next to it: the run's
   * render of the same environments (test/shared-render.ts, what synth writes), with the snapshot synth keeps.
   */
  const root = tempDir('calypso-synth-selection-');
  const environmentsDir = join(root, 'environments');
  const distDir = join(root, 'dist');
  copyEnvironmentFiles(environmentsDir);
  copyDist(sharedDistDir(), distDir);
  refreshSnapshot(distDir);
  test('synth -- prod renders prod, keeps dev, local and uat, and leaves dist/argocd alone when it does not change', () => {
    const before = snapshotTree(distDir);
    const report = synthesize({ environmentsDir, distDir, only: ['prod'] });
    expect(report.environments.map((environment) => environment.name)).toEqual(['prod', 'argocd']);
    expect(report.untouched).toEqual(['dev', 'local', 'uat']);
    expect(report.written).toBe(false);
    expect(snapshotTree(distDir)).toEqual(before);
  });
});

test('the real command renders just the environments named', async () => {
  const { project, before, run } = realRun;
  const result = await run;
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^dist\/beta: .*\ndist\/gamma: .*\ndist\/argocd: .*files 0 added, 0 changed, 0 removed$/m);
  expect(result.stdout).toContain('\ndist/alpha: untouched (not chosen)\n');
  expect(result.stdout.trimEnd()).toMatch(/dist\/ already up to date$/);
  expect(snapshotTree(project.distDir)).toEqual(before);
});

test('dist/argocd changes where the chosen environment changes it, and only there', () => {
  const project = synthesizedProject({ alpha: { ...alpha(), gitops: target('main') }, beta: { ...beta(), gitops: target('main') } });
  const before = snapshotTree(project.distDir);
  changeSpecs(project, { alpha: { ...alpha(), gitops: target('release-2') }, beta: { ...changed(beta()), gitops: target('main') } });
  const report = synthesize({ ...project, only: ['alpha'] });
  const argocd = report.environments.find((environment) => environment.name === 'argocd');
  expect(argocd).toMatchObject({ added: [], changed: ['application-calypso-alpha.yaml'], removed: [] });
  const after = snapshotTree(project.distDir);
  expect(after.get('argocd/application-calypso-alpha.yaml')).toContain('targetRevision: release-2');
  expect(folder(after, 'beta')).toEqual(folder(before, 'beta'));
  expect(after.get('argocd/application-calypso-beta.yaml')).toBe(before.get('argocd/application-calypso-beta.yaml'));
});
