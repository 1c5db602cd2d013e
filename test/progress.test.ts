/**
 * Long commands (bench, env:create, env:destroy, a synth of many
 * environments) show one progress line on a terminal and nothing in CI
 * (stderr not a TTY, or CI set).
 */
import type { EnvironmentSpec } from '../lib';
import { showsProgress, terminalProgress } from '../apps/progress';
import { synthesize } from '../apps/synth';
import { testSpec } from './helpers';
import { runCommand, tempProject } from './temp-project';

/** A stream that records what was written to it, a terminal or not. */
const stream = (isTTY: boolean): { isTTY: boolean; written: string[]; write: (text: string) => boolean } => {
  const written: string[] = [];
  return { isTTY, written, write: (text) => written.push(text) > 0 };
};

test.each<[string, boolean, NodeJS.ProcessEnv, boolean]>([
  ['a terminal: shown', true, {}, true],
  ['a terminal with CI=false: shown', true, { CI: 'false' }, true],
  ['a terminal in CI: not shown', true, { CI: 'true' }, false],
  ['a terminal with CI=1: not shown', true, { CI: '1' }, false],
  ['a pipe or a file: not shown', false, {}, false],
])('%s', (_case, isTTY, env, shown) => {
  expect(showsProgress({ isTTY, write: () => true }, env)).toBe(shown);
});

test('on a terminal: one line per environment, rewritten in place, cleared at the end', () => {
  const project = tempProject({ alpha: testSpec({ name: 'alpha' }), beta: testSpec({ name: 'beta' }) });
  const terminal = stream(true);
  synthesize({ ...project, progress: terminalProgress(terminal, {}) });
  expect(terminal.written).toEqual([
    '\r\x1b[Krendering and validating alpha (1 of 2)',
    '\r\x1b[Krendering and validating beta (2 of 2)',
    '\r\x1b[Kwriting dist/',
    '\r\x1b[K',
  ]);
});

test('in CI nothing is printed', () => {
  const pipe = stream(false);
  const progress = terminalProgress(pipe, {});
  progress.step('x');
  progress.done();
  const ci = stream(true);
  terminalProgress(ci, { CI: 'true' }).step('x');
  expect([...pipe.written, ...ci.written]).toEqual([]);
});

test('the real synth, its output not a terminal, prints no progress', () => {
  const specs: Record<string, EnvironmentSpec> = { alpha: testSpec({ name: 'alpha' }), beta: testSpec({ name: 'beta' }) };
  const result = runCommand('npm', ['run', '--silent', 'synth'], tempProject(specs).env);
  expect(result.status).toBe(0);
  expect(result.stderr).toBe('');
  expect(result.stdout).not.toContain('\x1b[K');
});
