/**
 * Vitest global setup: hands every worker the one render of the committed
 * environments (test/shared-render.ts) through an environment variable; the
 * workers start after this, so they inherit it. The render comes from the
 * test cache while none of its inputs changed (test/shared-render-cache.ts),
 * and is made here otherwise; only then does this process load the library.
 * It also gives the run a temp folder of its own, checked to be empty and
 * removed at the end (test/test-temp-folders.ts).
 */
import { keepMarkedUsed } from './content-cache';
import { SHARED_RENDER_VARIABLE, sharedRenderFolder } from './shared-render-cache';
import { startRunFolder } from './test-temp-folders';

export default async function globalSetup(): Promise<() => void> {
  const endRunFolder = startRunFolder();
  const { dir, remove } = await sharedRenderFolder(async (target) => {
    await import('./environment-file-loader.js');
    const { writeSharedRender } = await import('./shared-render.js');
    // Its reads recorded beside it, for the test that the cache key holds them (test/shared-render-cache.test.ts).
    const { writeRecordingReads } = await import('./shared-render-reads.js');
    return writeRecordingReads(target, writeSharedRender);
  });
  process.env[SHARED_RENDER_VARIABLE] = dir;
  // Every worker reads it until the run ends: the test cache must see it in use all along (test/content-cache.ts).
  const stopMarking = keepMarkedUsed(dir);
  return () => {
    stopMarking();
    remove();
    const left = endRunFolder();
    if (left.length === 0) return;
    // Vitest logs a teardown's error but exits 0 for it: the status is set here.
    process.exitCode = 1;
    throw new Error(`the test run left ${left.length} file(s) or folder(s) in the temp folder (now removed): ${left.join(', ')}`);
  };
}
