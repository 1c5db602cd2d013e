/**
 * The one rule of when a file's status stands for the content hashed earlier (lib/output/file-status.ts), and its copy in
 * plain JavaScript that the programs' build keeps (apps/program-build.js), run on the same cases: the status holds the
 * device, inode, size and both times, and a file changed at most the settling time ago is not settled.
 */
import { statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FILE_SETTLED_MS, fileStatus, type FileStatus } from '../lib/output/file-status';
import { tempDir } from './helpers';

const dir = tempDir('calypso-k8s-file-status-');
const programBuild = createRequire(__filename)('../apps/program-build.js') as { fileStatus: typeof fileStatus };
const rules: readonly (readonly [string, (file: string, now?: number, settledMs?: number) => FileStatus | undefined])[] = [
  ['lib/output/file-status.ts', fileStatus],
  ['apps/program-build.js', programBuild.fileStatus],
];

/** Waits long enough for the file system's coarse clock to tick (a wait, not a timed assertion). */
const tick = (): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);

describe.each(rules)('%s', (name, status) => {
  const file = join(dir, `${name.replace(/\W/g, '-')}.txt`);

  test('the key is the device, inode, size and both times in nanoseconds; a file that is gone has none', () => {
    writeFileSync(file, 'one');
    const stats = statSync(file, { bigint: true });
    expect(status(file)?.key).toBe(`${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`);
    expect(status(join(dir, 'gone.txt'))).toBeUndefined();
  });

  test('an edit that keeps the size and puts the modification time back changes the key by its change time', () => {
    // Whole seconds, which utimes puts back exactly.
    const mtime = 1_700_000_000;
    writeFileSync(file, 'one');
    utimesSync(file, mtime, mtime);
    const before = status(file);
    tick();
    writeFileSync(file, 'two');
    utimesSync(file, mtime, mtime);
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(BigInt(mtime) * 1_000_000_000n);
    expect(statSync(file).size).toBe(3);
    expect(status(file)?.key).not.toBe(before?.key);
  });

  test('a file is settled only once its last change is more than the settling time ago, by the later of its two times', () => {
    writeFileSync(file, 'one');
    // A modification time after the change time (as utimes may set): the later one counts.
    const changedMs = (Math.floor(Date.now() / 1000) + 100) * 1000;
    utimesSync(file, changedMs / 1000, changedMs / 1000);
    expect(status(file, changedMs + FILE_SETTLED_MS - 1)?.settled).toBe(false);
    expect(status(file, changedMs + FILE_SETTLED_MS)?.settled).toBe(false);
    expect(status(file, changedMs + FILE_SETTLED_MS + 1)?.settled).toBe(true);
    expect(status(file, changedMs + 1, 0)?.settled).toBe(true);

    // By the change time: a modification time long past does not make a file just written settled.
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const ctimeMs = Number(statSync(file, { bigint: true }).ctimeNs / 1_000_000n);
    expect(status(file, ctimeMs + FILE_SETTLED_MS)?.settled).toBe(false);
    expect(status(file, ctimeMs + FILE_SETTLED_MS + 1)?.settled).toBe(true);
    expect(status(file)?.settled).toBe(false);
  });
});
