/**
 * Jest global setup: renders the committed environments once for the whole
 * run into a temp folder and tells the workers where (test/shared-render.ts).
 * The workers start after this, so they inherit the variable.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_RENDER_VARIABLE, writeSharedRender } from './shared-render';

export default function globalSetup(): void {
  const dir = mkdtempSync(join(tmpdir(), 'calypso-k8s-render-'));
  writeSharedRender(dir);
  process.env[SHARED_RENDER_VARIABLE] = dir;
}
