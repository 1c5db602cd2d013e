/**
 * The test cache's keys (test/content-cache.ts): a file is read once per
 * process while its status (inode, size, times) stays the same, and again
 * as soon as an edit shows in it, even one that put the size and the
 * modification time back; a file changed too recently is read every time.
 * A new entry removes the old ones of its kind.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  CACHE_DIR,
  cachedByContent,
  contentKey,
  fileDigest,
  KEEP_OTHER_ENTRIES,
  keepMarkedUsed,
  removeOldEntries,
  REPO,
} from './content-cache';
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

test("a new entry removes its name's others unused for a day, and beyond the three most recently used those unused for 15 minutes", () => {
  const now = Date.now();
  const minutes = (count: number): number => count * 60_000;
  const day = 24 * 3600 * 1000;
  /** A cache folder holding these entries, each last used that long before `now`, and the new entry. */
  const cacheWith = (folder: string, ages: Record<string, number>): string => {
    const cache = join(dir, folder);
    for (const [entry, ageMs] of Object.entries({ ...ages, 'consumer-install-new': 0 })) {
      mkdirSync(join(cache, entry), { recursive: true });
      utimesSync(join(cache, entry), (now - ageMs) / 1000, (now - ageMs) / 1000);
    }
    return cache;
  };
  const cache = cacheWith('entries', {
    'consumer-install-000a': minutes(20),
    'consumer-install-000b': minutes(30),
    'consumer-install-000c': minutes(40),
    'consumer-install-000d': minutes(50),
    'consumer-install-000e': minutes(60),
    'consumer-install-000f': minutes(25 * 60),
    // Not entries of the name: its lock, another name that starts the same, another name.
    'consumer-install-000d.lock': minutes(600),
    'consumer-installer-000d': minutes(600),
    'package-000d': minutes(25 * 60),
  });
  expect(KEEP_OTHER_ENTRIES).toBe(3);
  expect(removeOldEntries(cache, 'consumer-install', join(cache, 'consumer-install-new'), day, now).sort()).toEqual([
    'consumer-install-000d',
    'consumer-install-000e',
    'consumer-install-000f',
  ]);
  expect(readdirSync(cache).sort()).toEqual([
    'consumer-install-000a',
    'consumer-install-000b',
    'consumer-install-000c',
    'consumer-install-000d.lock',
    'consumer-install-new',
    'consumer-installer-000d',
    'package-000d',
  ]);
  // Beyond the three, entries used within 15 minutes stay: a run may still read them.
  const busy = cacheWith('busy', Object.fromEntries([1, 2, 3, 4, 5].map((count) => [`consumer-install-000${count}`, minutes(count)])));
  expect(removeOldEntries(busy, 'consumer-install', join(busy, 'consumer-install-new'), day, now)).toEqual([]);
  // Among the three, one unused for a day goes.
  const few = cacheWith('few', { 'consumer-install-0001': minutes(1), 'consumer-install-0002': minutes(25 * 60) });
  expect(removeOldEntries(few, 'consumer-install', join(few, 'consumer-install-new'), day, now)).toEqual(['consumer-install-0002']);
});

test('an entry read throughout a run is marked used again while the run lasts, and no more once it ends', () => {
  vi.useFakeTimers();
  try {
    const entry = join(dir, 'read-all-run');
    mkdirSync(entry);
    const longAgo = (Date.now() - 3600_000) / 1000;
    utimesSync(entry, longAgo, longAgo);
    const stop = keepMarkedUsed(entry, 1000);
    vi.advanceTimersByTime(1000);
    expect(Date.now() - statSync(entry).mtimeMs).toBeLessThan(60_000);
    stop();
    utimesSync(entry, longAgo, longAgo);
    vi.advanceTimersByTime(5000);
    expect(Date.now() - statSync(entry).mtimeMs).toBeGreaterThan(3000_000);
    // An entry removed meanwhile is no error.
    const gone = keepMarkedUsed(join(dir, 'never-made'), 1000);
    expect(() => vi.advanceTimersByTime(1000)).not.toThrow();
    gone();
  } finally {
    vi.useRealTimers();
  }
});

test('an entry another run removes between finding it and reading it is made again', () => {
  const inputs = { paths: [], tools: [], also: `removed-meanwhile ${process.pid} ${Date.now()}` };
  let made = 0;
  const make = (): number => ++made;
  try {
    expect(cachedByContent('removed-meanwhile', inputs, make).result).toBe(1);
    // The folder goes just as it is marked used, as under another checkout's removeOldEntries.
    const mark = spyOnFs('utimesSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });
    });
    expect(cachedByContent('removed-meanwhile', inputs, make).result).toBe(2);
    expect(mark).toHaveBeenCalled();
  } finally {
    for (const entry of readdirSync(CACHE_DIR).filter((name) => name.startsWith('removed-meanwhile-')))
      rmSync(join(CACHE_DIR, entry), { recursive: true, force: true });
  }
});
