/**
 * Vitest global setup: renders the committed environments once for the
 * whole run into a temp folder and tells the workers where
 * (test/shared-render.ts); the workers start after this, so they inherit
 * the variable. The folder is removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import './environment-file-loader';
import { SHARED_RENDER_VARIABLE, writeSharedRender } from './shared-render';

export default function globalSetup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'calypso-k8s-render-'));
  writeSharedRender(dir);
  process.env[SHARED_RENDER_VARIABLE] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
