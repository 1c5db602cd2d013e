/**
 * The test cache's keys (test/content-cache.ts): a file is read once per
 * process while its status (inode, size, times) stays the same, and again
 * as soon as an edit shows in it, even one that put the size and the
 * modification time back; a file changed too recently is read every time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentKey, fileDigest, REPO } from './content-cache';
import { restoreSpies, spyOnFs } from './fs-spy';
import { tempDir } from './helpers';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(restoreSpies);

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
/** How often readFileSync read a file while `run` ran. */
function readsOf(file: string, run: () => void): number {
  const read = spyOnFs('readFileSync');
  run();
  const count = read.mock.calls.filter(([path]) => path === file).length;
  restoreSpies();
  return count;
}

/** A settling time that counts a file settled at once: its change time may be in this very millisecond, which 0 does not count. */
const SETTLED_AT_ONCE_MS = -1000;

test('a settled file is read once while it stays the same; an edit that keeps its size and modification time is read again', () => {
  const file = join(dir, 'settled.txt');
  // A modification time in whole seconds, which utimes can put back exactly.
  const mtime = 1_700_000_000;
  writeFileSync(file, 'one');
  utimesSync(file, mtime, mtime);
  expect(fileDigest(file, SETTLED_AT_ONCE_MS)).toBe(sha256('one'));
  expect(readsOf(file, () => expect(fileDigest(file, SETTLED_AT_ONCE_MS)).toBe(sha256('one')))).toBe(0);
  // The same size, the same modification time: only the change time (and the content) show the edit. A wait (not a timed
  // assertion) lets a coarse file system clock tick, which a kernel without fine-grained change times needs to show it.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  writeFileSync(file, 'two');
  utimesSync(file, mtime, mtime);
  expect(statSync(file, { bigint: true }).mtimeNs).toBe(BigInt(mtime) * 1_000_000_000n);
  expect(readsOf(file, () => expect(fileDigest(file, SETTLED_AT_ONCE_MS)).toBe(sha256('two')))).toBe(1);
});

test('a file changed within the settling time is read on every call', () => {
  const file = join(dir, 'recent.txt');
  writeFileSync(file, 'one');
  expect(readsOf(file, () => [1, 2].forEach(() => expect(fileDigest(file, 60_000)).toBe(sha256('one'))))).toBe(2);
});

test('the key follows each file of its inputs: an edit gives another key, putting it back the first one', () => {
  const file = join(dir, 'input.txt');
  const inputs = { paths: [relative(REPO, dir)], tools: ['yaml'] };
  writeFileSync(file, 'one');
  const first = contentKey(inputs);
  expect(contentKey(inputs)).toBe(first);
  writeFileSync(file, 'two');
  expect(contentKey(inputs)).not.toBe(first);
  writeFileSync(file, 'one');
  expect(contentKey(inputs)).toBe(first);
  expect(readFileSync(file, 'utf8')).toBe('one');
});

test('the key follows the folders of its inputs too: an empty folder gives another key (validate reports one in dist/)', () => {
  const folder = join(dir, 'folders');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'a.txt'), 'a');
  const inputs = { paths: [relative(REPO, folder)], tools: [] };
  const first = contentKey(inputs);
  mkdirSync(join(folder, 'empty'));
  expect(contentKey(inputs)).not.toBe(first);
  rmSync(join(folder, 'empty'), { recursive: true });
  expect(contentKey(inputs)).toBe(first);
});
