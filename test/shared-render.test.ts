/**
 * The committed environments are rendered at most once per test run, by the
 * vitest global setup (test/shared-render.ts; not at all when an earlier run
 * rendered the same inputs: test/shared-render-cache.ts), and every suite
 * reads that render.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DIST_DIR, readDist } from '../apps/dist-folder';
import { sharedDistDir, sharedEnvironments, sharedRender, sharedRenderPid } from './shared-render';
import { cachedRenderDir, RENDER_CACHE_VARIABLE } from './shared-render-cache';

/** Test files that still render the committed environments themselves, and why. */
const RENDERING_AGAIN: Record<string, string> = {
  'shared-render.ts': 'the one render of the run, made by the global setup',
  'environments.test.ts': 'checks that a second render of the same code is byte-identical to the shared one',
};

test('the shared render was made by a vitest process before the workers started, not by a test file: by this run, or by an earlier one over exactly these inputs', () => {
  expect(sharedRenderPid()).not.toBe(process.pid);
  if (process.env[RENDER_CACHE_VARIABLE] === 'off') {
    // A worker is a child of the vitest process, which rendered.
    expect(sharedRenderPid()).toBe(process.ppid);
  } else {
    // Kept in the test cache under the key of every input as it is now (test/shared-render-cache.ts).
    expect(dirname(sharedDistDir())).toBe(cachedRenderDir());
  }
});

test('it holds every folder of dist/ with the objects and files synth writes, and the same files on disk', () => {
  expect(sharedRender().map((folder) => folder.name)).toEqual(['dev', 'local', 'prod', 'uat', 'argocd']);
  expect(sharedEnvironments().map((folder) => folder.name)).toEqual(['dev', 'local', 'prod', 'uat']);
  const onDisk = readDist(sharedDistDir());
  for (const folder of sharedRender()) {
    expect(folder.manifests.length).toBe(folder.files.size);
    expect(onDisk.get(folder.name)).toEqual(folder.files);
  }
  expect([...onDisk.keys()].sort()).toEqual([...readDist(DIST_DIR).keys()].sort());
});

test('no other test file renders the committed environments (renderAll or renderFolders of the repository)', () => {
  const dir = __dirname;
  const rendering = readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => /\b(renderAll|renderFolders)\(\)/.test(readFileSync(join(dir, file), 'utf8')));
  expect(rendering.sort()).toEqual(Object.keys(RENDERING_AGAIN).sort());
});
