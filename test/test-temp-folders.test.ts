/**
 * The test run's temp folders (test/test-temp-folders.ts): each worker writes into a folder of its own
 * inside the run's, what a test file makes is removed, the run's end names what was left, and the
 * folder of a run that was killed is removed by the next.
 */
import { existsSync, mkdirSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { sharedRenderInputs } from './shared-render-cache';
import {
  discard,
  keptDir,
  removeTempDirs,
  RUN_FOLDER_VARIABLE,
  startRunFolder,
  SYSTEM_TEMP_VARIABLE,
  systemTempDir,
  tempDir,
  TSX_CACHE,
  TSX_CACHE_NAME,
  workerFolderName,
} from './test-temp-folders';

test("a worker's temp folder is its own, inside the run's tmp/; the kept caches are beside it, the user's temp folder outside", () => {
  const run = process.env[RUN_FOLDER_VARIABLE]!;
  expect(tmpdir()).toBe(join(run, 'tmp', workerFolderName()));
  expect(dirname(tempDir())).toBe(tmpdir());
  expect(dirname(keptDir('calypso-kept-'))).toBe(join(run, 'kept'));
  expect(systemTempDir()).toBe(process.env[SYSTEM_TEMP_VARIABLE]);
  expect(dirname(run)).toBe(systemTempDir());
});

test("tsx's transform cache in a worker's temp folder is a link to the one kept between runs", () => {
  expect(readlinkSync(join(tmpdir(), TSX_CACHE_NAME))).toBe(TSX_CACHE);
});

test('what tempDir made is removed by removeTempDirs (as each test file ends), and only that', () => {
  const made = [tempDir(), tempDir('calypso-other-')];
  const mine = join(tmpdir(), 'not-made-by-tempDir');
  mkdirSync(mine);
  removeTempDirs();
  expect(made.filter((dir) => existsSync(dir))).toEqual([]);
  expect(existsSync(mine)).toBe(true);
  discard(mine);
  removeTempDirs(); // nothing left to remove: no error
});

test("the run's end names what was left in its tmp/, removes the run's folder and puts TMPDIR back", () => {
  const before = { TMPDIR: process.env.TMPDIR, run: process.env[RUN_FOLDER_VARIABLE], system: process.env[SYSTEM_TEMP_VARIABLE] };
  const outer = tmpdir();
  const end = startRunFolder();
  let run: string;
  try {
    run = process.env[RUN_FOLDER_VARIABLE]!;
    expect(dirname(run)).toBe(outer);
    expect(tmpdir()).toBe(join(run, 'tmp'));
    mkdirSync(join(tmpdir(), workerFolderName(1)));
    writeFileSync(join(tmpdir(), workerFolderName(1), 'left-by-a-worker'), '');
    mkdirSync(join(tmpdir(), 'left-by-the-run'));
    mkdirSync(join(tmpdir(), workerFolderName(2))); // an emptied worker folder is no leftover
    writeFileSync(join(run, 'kept', 'a-cache'), ''); // nor is a kept cache
  } finally {
    const left = end();
    expect(left.map((path) => path.slice(join(run!, 'tmp').length + 1)).sort()).toEqual([
      'left-by-the-run',
      `${workerFolderName(1)}/left-by-a-worker`,
    ]);
  }
  expect(existsSync(run)).toBe(false);
  expect({ TMPDIR: process.env.TMPDIR, run: process.env[RUN_FOLDER_VARIABLE], system: process.env[SYSTEM_TEMP_VARIABLE] }).toEqual(before);
});

test('a run removes the folders of runs whose process is gone, and no other', () => {
  const outer = tmpdir();
  const dead = join(outer, 'calypso-k8s-test-run-999999999-abc'); // above any pid
  const live = join(outer, `calypso-k8s-test-run-${process.pid}-abc`);
  const other = join(outer, 'calypso-k8s-other-999999999-abc');
  // The run's prefix, but no pid after it: no run's folder (a pid read from it would be NaN, or 0 for an empty one).
  const noPid = [join(outer, 'calypso-k8s-test-run-notapid-abc'), join(outer, 'calypso-k8s-test-run--abc')];
  const kept = [live, other, ...noPid];
  for (const dir of [dead, ...kept]) mkdirSync(join(dir, 'tmp'), { recursive: true });
  startRunFolder()();
  expect([dead, ...kept].filter((dir) => existsSync(dir)).map((dir) => basename(dir))).toEqual(kept.map((dir) => basename(dir)));
  expect(
    readdirSync(outer)
      .filter((name) => name.startsWith('calypso-k8s-test-run-'))
      .sort(),
  ).toEqual([live, ...noPid].map((dir) => basename(dir)).sort());
  for (const dir of kept) discard(dir);
});

test("the run's folder is no part of the shared render's cache key (it changes on every run)", () => {
  const key = (run: string): unknown => sharedRenderInputs({ ...process.env, [RUN_FOLDER_VARIABLE]: run, TMPDIR: join(run, 'tmp') });
  expect(key('/tmp/one')).toEqual(key('/tmp/two'));
});
