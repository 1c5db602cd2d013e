/**
 * Vitest global setup: hands every worker the one render of the committed
 * environments (test/shared-render.ts) through an environment variable; the
 * workers start after this, so they inherit it. The render comes from the
 * test cache while none of its inputs changed (test/shared-render-cache.ts),
 * and is made here otherwise; only then does this process load the library.
 */
import { SHARED_RENDER_VARIABLE, sharedRenderFolder } from './shared-render-cache';

export default async function globalSetup(): Promise<() => void> {
  const { dir, remove } = await sharedRenderFolder(async (target) => {
    await import('./environment-file-loader.js');
    const { writeSharedRender } = await import('./shared-render.js');
    // Its reads recorded beside it, for the test that the cache key holds them (test/shared-render-cache.test.ts).
    const { writeRecordingReads } = await import('./shared-render-reads.js');
    return writeRecordingReads(target, writeSharedRender);
  });
  process.env[SHARED_RENDER_VARIABLE] = dir;
  return remove;
}
