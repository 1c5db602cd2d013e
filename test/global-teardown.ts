/** Jest global teardown: removes the shared render of the run (test/global-setup.ts). */
import { rmSync } from 'node:fs';
import { SHARED_RENDER_VARIABLE } from './shared-render';

export default function globalTeardown(): void {
  const dir = process.env[SHARED_RENDER_VARIABLE];
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
}
