/**
 * `npm run bench --write-readme` replaces the figures between the README's
 * bench markers in place, and nothing else; the README has exactly one such
 * block; figures taken soon after a bench deleted its scratch folder say so;
 * the scratch folder is next to dist/, and a killed bench's is cleaned up.
 * (The bench itself is timing, which no test asserts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { README_END, README_START, withBenchBlock } from '../apps/bench-readme';
import { lastScratchDeletion, RECENTLY_DELETED_MS, recentDeletionNote, recordScratchDeletion } from '../apps/bench-recent-deletions';
import { newBenchScratch, removeDeadBenchScratch } from '../apps/bench-scratch';
import { tempDir } from './test-temp-folders';
import { restoreSpies, spyOnFs } from './fs-spy';

test('the figures replace the marked block in place, and only it', () => {
  const readme = ['# Title', '', README_START, 'old figures', 'more', README_END, '', 'after'].join('\n');
  expect(withBenchBlock(readme, 'new figures')).toBe(['# Title', '', README_START, 'new figures', README_END, '', 'after'].join('\n'));
  expect(withBenchBlock(withBenchBlock(readme, 'a'), 'b')).toBe(withBenchBlock(readme, 'b'));
});

test('a README without the block is refused', () => {
  expect(() => withBenchBlock('# Title\n', 'x')).toThrow(`README.md has no ${README_START} … ${README_END} block to replace`);
});

test('the README has one bench block, in its Performance section', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  expect(readme.split(README_START)).toHaveLength(2);
  expect(readme.split(README_END)).toHaveLength(2);
  const performance = readme.indexOf('## Performance');
  expect(performance).toBeGreaterThan(0);
  expect(readme.indexOf(README_START)).toBeGreaterThan(performance);
});

test('figures taken within six minutes of a bench deleting the files of ten or more environments say their write is too high, and only those', () => {
  const deleted = { atMs: 1_000_000, environments: 433 };
  expect(recentDeletionNote(deleted, deleted.atMs + 90_000)).toBe(
    'Taken 90 s after the last bench deleted its scratch folder (the files of 433 environments): ' +
      'on ext4 without a journal, each file created near freshly deleted ones scans past them for up to 6 minutes, ' +
      'so the write figures are likely too high; take them again later.',
  );
  expect(recentDeletionNote(deleted, deleted.atMs + RECENTLY_DELETED_MS - 1)).toContain('Taken 360 s after');
  expect(recentDeletionNote(deleted, deleted.atMs + RECENTLY_DELETED_MS)).toBeUndefined();
  expect(recentDeletionNote(deleted, deleted.atMs - 1)).toBeUndefined();
  expect(recentDeletionNote(undefined, deleted.atMs)).toBeUndefined();
  expect(recentDeletionNote({ ...deleted, environments: 10 }, deleted.atMs)).toContain('the files of 10 environments');
  expect(recentDeletionNote({ ...deleted, environments: 9 }, deleted.atMs)).toBeUndefined();
});

test("a bench's deletion is recorded in the cache folder and read back", () => {
  const env = { CALYPSO_CACHE_DIR: tempDir() };
  expect(lastScratchDeletion(env)).toBeUndefined();
  // A record that is not a count and a time is no record.
  mkdirSync(join(env.CALYPSO_CACHE_DIR, 'bench'));
  writeFileSync(join(env.CALYPSO_CACHE_DIR, 'bench', 'scratch-deleted'), '433\n');
  expect(lastScratchDeletion(env)).toBeUndefined();
  const before = Date.now();
  recordScratchDeletion(433, env);
  const last = lastScratchDeletion(env);
  expect(last?.environments).toBe(433);
  expect(last?.atMs).toBeGreaterThanOrEqual(before - 1000);
  expect(recentDeletionNote(last, Date.now())).toContain('the files of 433 environments');
  // A count run by hand a minute later (its first environment, then its own) neither hides the bench's deletion nor moves it ...
  const bench = lastScratchDeletion(env)!;
  recordScratchDeletion(1, env, bench.atMs + 60_000);
  recordScratchDeletion(30, env, bench.atMs + 61_000);
  expect(lastScratchDeletion(env)).toEqual(bench);
  // ... which counts only while it is recent.
  recordScratchDeletion(30, env, bench.atMs + RECENTLY_DELETED_MS);
  expect(lastScratchDeletion(env)).toEqual({ atMs: bench.atMs + RECENTLY_DELETED_MS, environments: 30 });
});

test("the bench's scratch folder is next to dist/, and a killed bench's is deleted by the next, not a running one's nor synth's", () => {
  const distDir = join(tempDir(), 'dist');
  const parent = dirname(distDir);
  const mine = newBenchScratch(distDir);
  expect(dirname(mine)).toBe(parent);
  expect(basename(mine)).toMatch(new RegExp(`^\\.dist\\.bench-${process.pid}-`));
  // A process that has ended: its id is free (or reused by a process that runs, which keeps its folder: no harm).
  const ended = spawnSync(process.execPath, ['-e', '']).pid as number;
  const killed = join(parent, `.dist.bench-${ended}-x1y2z3`);
  mkdirSync(join(killed, 'calypso-bench-a'), { recursive: true });
  writeFileSync(join(killed, 'calypso-bench-a', 'f.yaml'), 'x');
  const synths = join(parent, `.dist.new-${ended}-0a1b2c3d`);
  mkdirSync(synths);
  expect(removeDeadBenchScratch(distDir)).toEqual({ deleted: [basename(killed)], failed: [] });
  expect([existsSync(killed), existsSync(mine), existsSync(synths)]).toEqual([false, true, true]);
  expect(removeDeadBenchScratch(distDir)).toEqual({ deleted: [], failed: [] });
});

test("a killed bench's folder that cannot be deleted is reported, not thrown (the bench deletes them after its measures)", () => {
  const distDir = join(tempDir(), 'dist');
  const ended = spawnSync(process.execPath, ['-e', '']).pid as number;
  const killed = join(dirname(distDir), `.dist.bench-${ended}-x1y2z3`);
  mkdirSync(killed);
  spyOnFs('rmSync').mockImplementation(() => {
    throw new Error('EACCES: permission denied');
  });
  try {
    expect(removeDeadBenchScratch(distDir)).toEqual({
      deleted: [],
      failed: [`could not delete ${basename(killed)}, left by a bench that was killed: EACCES: permission denied`],
    });
  } finally {
    restoreSpies();
  }
});

test("a folder the bench cannot list for killed benches' folders is reported too, not thrown", () => {
  const gone = join(tempDir(), 'gone', 'dist');
  const { deleted, failed } = removeDeadBenchScratch(gone);
  expect([deleted, failed.length, failed[0]]).toEqual([[], 1, expect.stringMatching(/^could not list \S*gone: ENOENT/)]);
});
