/**
 * Long commands (bench, env:create, env:destroy, a synth of many
 * environments) show one progress line on a terminal and nothing in CI
 * (stderr not a TTY, or CI set).
 */
import type { EnvironmentSpec } from '../lib';
import { runSynth } from '../apps/main';
import { showsProgress, terminalProgress } from '../apps/progress';
import { synthesize } from '../apps/synth';
import { testSpec } from './helpers';
import { captureOutput, tempProject } from './temp-project';

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
  // The command in process, with what it writes to the process's own stderr (where progress goes) recorded; that stderr
  // made a pipe's (the tests may run on a terminal) and CI unset, so that only "not a terminal" can keep the line away.
  // test/command-line.test.ts runs the real command.
  const specs: Record<string, EnvironmentSpec> = { alpha: testSpec({ name: 'alpha' }), beta: testSpec({ name: 'beta' }) };
  const env = { ...tempProject(specs).env, CI: undefined };
  const written: string[] = [];
  const isTTY = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
  Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
  const output = captureOutput();
  let status: number;
  try {
    status = runSynth(env, output);
  } finally {
    write.mockRestore();
    if (isTTY === undefined) delete (process.stderr as { isTTY?: boolean }).isTTY;
    else Object.defineProperty(process.stderr, 'isTTY', isTTY);
  }
  expect(status).toBe(0);
  expect(output.stderr).toEqual([]);
  expect(written).toEqual([]);
  expect(output.stdout.join('\n')).not.toContain('\x1b[K');
});
