/**
 * The write path that scales (apps/dist-folder.ts): a file whose text is
 * what dist/ holds already is hard-linked from the old tree into the new
 * one, not written again; only what changed is written and read back. The
 * swap stays atomic: a failure while the scratch folder fills, a corrupted
 * written file, or a write into a linked file (which the old tree shares)
 * leaves dist/ byte for byte as it was. Without hard links, files are
 * written as before.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDist, replaceDist, type DistTree } from '../apps/dist-folder';
import { snapshotTree, tempDir } from './helpers';
import { restoreSpies, spyOnFs } from './fs-spy';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object itself, for the originals of the functions spied on
const fs = require('node:fs') as typeof import('node:fs');

afterEach(restoreSpies);

const OLD: DistTree = new Map([
  [
    'alpha',
    new Map([
      ['configmap-a.yaml', 'kind: ConfigMap\ndata: 1\n'],
      ['service-a.yaml', 'kind: Service\n'],
      ['service-b.yaml', 'kind: Service\nb: 1\n'],
    ]),
  ],
  ['beta', new Map([['namespace-beta.yaml', 'kind: Namespace\n']])],
]);

/** OLD with one file changed, one added and one removed. */
const NEW: DistTree = new Map([
  [
    'alpha',
    new Map([
      ['configmap-a.yaml', 'kind: ConfigMap\ndata: 2\n'],
      ['service-a.yaml', 'kind: Service\n'],
      ['service-c.yaml', 'kind: Service\nc: 1\n'],
    ]),
  ],
  ['beta', new Map([['namespace-beta.yaml', 'kind: Namespace\n']])],
]);

/** A dist/ folder holding OLD, as a synth wrote it. */
function oldDist(): string {
  const distDir = join(tempDir(), 'dist');
  replaceDist(distDir, OLD);
  return distDir;
}

const inode = (path: string): number => statSync(path).ino;
/** Entries next to dist/ other than dist/ itself: scratch or backup folders, a lock. */
const leftovers = (distDir: string): string[] => readdirSync(dirname(distDir)).filter((entry) => entry !== 'dist');

test('an unchanged file is the very file it was (same inode); a changed or added one is new, and read back', () => {
  const distDir = oldDist();
  const before = new Map(
    ['alpha/service-a.yaml', 'beta/namespace-beta.yaml', 'alpha/configmap-a.yaml'].map((f) => [f, inode(join(distDir, f))]),
  );
  // Which file each descriptor is, and which descriptors were read from: the read-back goes through the descriptor that wrote.
  const open = spyOnFs('openSync');
  const read = spyOnFs('readSync');
  replaceDist(distDir, NEW);
  expect(readDist(distDir)).toEqual(NEW);
  expect(inode(join(distDir, 'alpha/service-a.yaml'))).toBe(before.get('alpha/service-a.yaml'));
  expect(inode(join(distDir, 'beta/namespace-beta.yaml'))).toBe(before.get('beta/namespace-beta.yaml'));
  expect(inode(join(distDir, 'alpha/configmap-a.yaml'))).not.toBe(before.get('alpha/configmap-a.yaml'));
  // Read back: the two files written; the linked ones are only checked with stat.
  // Descriptors are reused once closed: follow the calls in the order they were made.
  const opened = open.mock.calls.map(([path], index) => ({
    order: open.mock.invocationCallOrder[index],
    fd: open.mock.results[index].value as number,
    path: String(path),
  }));
  const pathOf = (fd: number, order: number): string =>
    opened.filter((entry) => entry.fd === fd && entry.order < order).sort((a, b) => b.order - a.order)[0]?.path ?? '';
  const readFrom = read.mock.calls.map(([fd], index) => pathOf(fd as number, read.mock.invocationCallOrder[index]));
  const readBack = [...new Set(readFrom)].filter((path) => path.includes('.dist.new-'));
  expect(readBack.map((path) => path.slice(path.indexOf('/', path.indexOf('.dist.new-')) + 1)).sort()).toEqual([
    'alpha/configmap-a.yaml',
    'alpha/service-c.yaml',
  ]);
  expect(leftovers(distDir)).toEqual([]);
});

test('a failure mid-write leaves the old tree byte for byte, the same files, and nothing next to it', () => {
  const distDir = oldDist();
  const before = snapshotTree(distDir);
  const kept = inode(join(distDir, 'alpha/service-a.yaml'));
  let files = 0;
  const beforeWrite = (): void => {
    if (++files === 3) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  expect(() => replaceDist(distDir, NEW, { beforeWrite })).toThrow('ENOSPC: no space left on device');
  expect(snapshotTree(distDir)).toEqual(before);
  expect(inode(join(distDir, 'alpha/service-a.yaml'))).toBe(kept);
  expect(leftovers(distDir)).toEqual([]);
});

test('a written file that differs from the validated text is caught by the read-back; the old tree stays', () => {
  const distDir = oldDist();
  const before = snapshotTree(distDir);
  const afterWrite = (scratch: string): void => writeFileSync(join(scratch, 'alpha', 'configmap-a.yaml'), 'kind: ConfigMap\n');
  expect(() => replaceDist(distDir, NEW, { afterWrite })).toThrow('written files differ from the validated output: alpha/configmap-a.yaml');
  expect(snapshotTree(distDir)).toEqual(before);
  expect(leftovers(distDir)).toEqual([]);
});

test('a file that comes out of its write different from the validated text is caught as it is read back; the old tree stays', () => {
  const distDir = oldDist();
  const before = snapshotTree(distDir);
  const writeSync = fs.writeSync.bind(fs) as (...args: unknown[]) => number;
  // A disk that flips bytes: a write of bytes (the scratch files; the lock writes text) stores as many, all of them wrong.
  spyOnFs('writeSync').mockImplementation(((...args: unknown[]) => {
    const [fd, buffer, , length, position] = args;
    return Buffer.isBuffer(buffer) && typeof length === 'number'
      ? writeSync(fd, Buffer.alloc(length, 'x'), 0, length, position)
      : writeSync(...args);
  }) as typeof fs.writeSync);
  expect(() => replaceDist(distDir, NEW)).toThrow('written files differ from the validated output: alpha/configmap-a.yaml');
  expect(snapshotTree(distDir)).toEqual(before);
  expect(leftovers(distDir)).toEqual([]);
});

test('a file that comes out of its write longer or shorter than the validated text is caught as it is read back', () => {
  const writeSync = fs.writeSync.bind(fs) as (...args: unknown[]) => number;
  // A disk that stores one byte more, or drops the last byte, of each write of bytes, and says it stored what it was given.
  for (const stored of [(bytes: Buffer) => Buffer.concat([bytes, Buffer.from('x')]), (bytes: Buffer) => bytes.subarray(0, -1)]) {
    const distDir = oldDist();
    const before = snapshotTree(distDir);
    const spy = spyOnFs('writeSync').mockImplementation(((...args: unknown[]) => {
      const [fd, buffer, offset, length, position] = args;
      if (!Buffer.isBuffer(buffer) || typeof offset !== 'number' || typeof length !== 'number') return writeSync(...args);
      writeSync(fd, stored(buffer.subarray(offset, offset + length)), 0, undefined, position);
      return length;
    }) as typeof fs.writeSync);
    expect(() => replaceDist(distDir, NEW)).toThrow('written files differ from the validated output: alpha/configmap-a.yaml');
    spy.mockRestore();
    expect(snapshotTree(distDir)).toEqual(before);
    expect(leftovers(distDir)).toEqual([]);
  }
});

test('a write into a linked file (which the old tree shares) is caught, and the old tree is put back byte for byte', () => {
  const distDir = oldDist();
  const before = snapshotTree(distDir);
  const afterWrite = (scratch: string): void => writeFileSync(join(scratch, 'alpha', 'service-a.yaml'), 'kind: Broken\n');
  expect(() => replaceDist(distDir, NEW, { afterWrite })).toThrow('written files differ from the validated output: alpha/service-a.yaml');
  expect(snapshotTree(distDir)).toEqual(before);
  expect(readdirSync(join(distDir, 'alpha')).sort()).toEqual(['configmap-a.yaml', 'service-a.yaml', 'service-b.yaml']);
  expect(leftovers(distDir)).toEqual([]);
});

test('without hard links (another filesystem) every file is written, with the same result', () => {
  const distDir = oldDist();
  const kept = inode(join(distDir, 'alpha/service-a.yaml'));
  spyOnFs('linkSync').mockImplementation(() => {
    throw Object.assign(new Error('EXDEV: cross-device link not permitted, link'), { code: 'EXDEV' });
  });
  replaceDist(distDir, NEW);
  expect(readDist(distDir)).toEqual(NEW);
  expect(inode(join(distDir, 'alpha/service-a.yaml'))).not.toBe(kept);
  expect(readFileSync(join(distDir, 'alpha/service-a.yaml'), 'utf8')).toBe('kind: Service\n');
  expect(leftovers(distDir)).toEqual([]);
});
