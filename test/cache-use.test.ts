/**
 * The rule shared by the caches of the programs (lib/output/cache-use.ts): a file no run has used for a week is removed,
 * a run marks a file it reads used at most once a day, and a folder is swept at most once an hour. Ages are set with
 * utimes on fabricated folders.
 */
import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markUsed, removeUnused, SWEEP_INTERVAL_MS, SWEEP_STAMP, sweepUnused, UNUSED_CACHE_MS, USE_MARK_MS } from '../lib/output/cache-use';
import { tempDir } from './helpers';

/** The form of the fabricated cache's files: `<32 hex>.json`, and `.<pid>[-<thread>]` while written. */
const CACHE_FILE = /^[0-9a-f]{32}\.json(?:\.[0-9]+(?:-[0-9]+)?)?$/;
const seconds = (ms: number): number => Math.floor(ms / 1000);

/** Writes each file of `dir` named in `ages`, last modified that many milliseconds ago. */
function fabricate(dir: string, ages: Readonly<Record<string, number>>): void {
  for (const [name, age] of Object.entries(ages)) {
    writeFileSync(join(dir, name), '{}');
    const at = seconds(Date.now() - age);
    utimesSync(join(dir, name), at, at);
  }
}

const [a, b, c] = ['a', 'b', 'c'].map((digit) => `${digit.repeat(32)}.json`);
const unusedAge = UNUSED_CACHE_MS + 60_000;

test('a use marks a file used only when its mark is older than a day', () => {
  const dir = tempDir();
  fabricate(dir, { [a]: USE_MARK_MS + 60_000, [b]: USE_MARK_MS - 60_000 });
  const freshAt = statSync(join(dir, b)).mtimeMs;
  expect(markUsed(join(dir, a))).toBe(true);
  expect(markUsed(join(dir, b))).toBe(false);
  expect(statSync(join(dir, a)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  expect(statSync(join(dir, b)).mtimeMs).toBe(freshAt);
  expect(markUsed(join(dir, 'gone.json'))).toBe(false);
});

test('removeUnused removes only the files of the given form unused for longer than the given time, half-written ones too', () => {
  const dir = tempDir();
  fabricate(dir, { [a]: USE_MARK_MS, [c]: unusedAge, [`${c}.123-4`]: unusedAge, [`${c}.56`]: unusedAge, 'notes.txt': unusedAge });
  removeUnused(dir, CACHE_FILE, Date.now() - UNUSED_CACHE_MS);
  expect(readdirSync(dir).sort()).toEqual([a, 'notes.txt'].sort());
  expect(() => removeUnused(join(dir, 'no-folder'), CACHE_FILE, Date.now())).not.toThrow();
});

test('sweepUnused sweeps a folder at most once an hour, recorded in its stamp, and makes no folder', () => {
  const dir = tempDir();
  fabricate(dir, { [a]: unusedAge, [b]: USE_MARK_MS });
  expect(sweepUnused(dir, CACHE_FILE)).toBe(true);
  expect(readdirSync(dir).sort()).toEqual([SWEEP_STAMP, b].sort());

  // Swept within the hour: a file unused for a week stays until the next sweep.
  fabricate(dir, { [c]: unusedAge });
  expect(sweepUnused(dir, CACHE_FILE)).toBe(false);
  expect(readdirSync(dir)).toContain(c);
  const hourAgo = seconds(Date.now() - SWEEP_INTERVAL_MS - 60_000);
  utimesSync(join(dir, SWEEP_STAMP), hourAgo, hourAgo);
  expect(sweepUnused(dir, CACHE_FILE)).toBe(true);
  expect(readdirSync(dir).sort()).toEqual([SWEEP_STAMP, b].sort());
  expect(statSync(join(dir, SWEEP_STAMP)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);

  // A folder removed (a cache a user cleared) is not made again; a file where the folder should be is no error.
  const gone = join(dir, 'gone');
  expect(sweepUnused(gone, CACHE_FILE)).toBe(false);
  expect(readdirSync(dir)).not.toContain('gone');
  writeFileSync(gone, '');
  expect(() => sweepUnused(gone, CACHE_FILE)).not.toThrow();
  mkdirSync(join(dir, 'read-only'), { mode: 0o555 });
  expect(() => sweepUnused(join(dir, 'read-only'), CACHE_FILE)).not.toThrow();
});
