/**
 * What synth sees of a dist folder (apps/dist-folder.ts): its folders and
 * their files, and the strays a swap removes. Kinds come from the directory
 * listing, and from `stat` only for a symbolic link or an unknown type, so a
 * link counts as what it points to, as `stat` alone counted it.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDist, strayEntries } from '../apps/dist-folder';
import { tempDir } from './helpers';

/** A dist/ of two folders (`b` holds links to a file and a folder), a file at its top, a link to a folder, a nested folder. */
function awkwardDist(): string {
  const root = tempDir('calypso-k8s-dist-entries-');
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'b', 'nested'), { recursive: true });
  mkdirSync(join(dist, 'a'));
  writeFileSync(join(dist, 'a', 'z.yaml'), 'z\n');
  writeFileSync(join(dist, 'a', 'm.yaml'), 'm\n');
  writeFileSync(join(root, 'outside.yaml'), 'outside\n');
  symlinkSync(join(root, 'outside.yaml'), join(dist, 'b', 'linked.yaml'));
  symlinkSync(join(dist, 'a'), join(dist, 'b', 'linked-folder'));
  symlinkSync(join(dist, 'a'), join(dist, 'c'));
  writeFileSync(join(dist, 'notes.txt'), 'notes\n');
  return dist;
}

test('readDist reads each folder, a link to one too, and only their files, a link to a file too, in name order', () => {
  const tree = readDist(awkwardDist());
  expect([...tree.keys()]).toEqual(['a', 'b', 'c']);
  expect([...(tree.get('a') ?? new Map()).entries()]).toEqual([
    ['m.yaml', 'm\n'],
    ['z.yaml', 'z\n'],
  ]);
  expect([...(tree.get('b') ?? new Map()).entries()]).toEqual([['linked.yaml', 'outside\n']]);
  expect(tree.get('c')).toEqual(tree.get('a'));
});

test('strayEntries names what readDist leaves out: a file at the top, a folder or link to one inside a folder', () => {
  expect(strayEntries(awkwardDist())).toEqual(['b/linked-folder', 'b/nested', 'notes.txt']);
});

test('a dangling link is refused as stat refused it', () => {
  const dist = awkwardDist();
  symlinkSync(join(dist, 'nowhere'), join(dist, 'a', 'dangling.yaml'));
  expect(() => readDist(dist)).toThrow(/ENOENT/);
  expect(() => strayEntries(dist)).toThrow(/ENOENT/);
});
