/**
 * The one render of the committed environments per test run. The vitest
 * global setup (test/global-setup.ts) renders them in process, through the
 * same code as `npm run synth` (renderFolders: every environment rendered
 * and validated, then dist/argocd), writes the folders into the folder it
 * is given as synth would write dist/, plus the objects as JSON, and points
 * the workers at it with CALYPSO_TEST_RENDER. That folder is kept in the
 * test cache under a key of every input (test/shared-render-cache.ts), so a
 * run whose inputs did not change reads an earlier run's render. It also
 * reads the committed dist/ once, the way `npm run validate` does, for
 * committedFolders(), and runs `npm run validate` on it in process
 * (sharedValidateRun()), and keeps what js-yaml writes for each rendered
 * object (sharedJsYamlDigests()). Every suite reads these instead of rendering or
 * parsing again; the objects are frozen, as every file of a worker shares
 * them.
 *
 * A render that fails does not stop the run: the error is recorded and
 * thrown in each suite that asks for the render, so the failure shows where
 * it matters and the other suites still run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DIST_DIR } from '../apps/dist-folder';
import { loadEnvironments } from '../apps/load-environments';
import { renderFolders } from '../apps/synth';
import { readFolder, runValidate } from '../apps/validate';
import type { Tier } from '../lib';
import { dump } from 'js-yaml';
import type { Manifest, RenderedEnvironment } from '../lib/output/render';
import { YAML_OPTIONS } from '../lib/output/yaml-writer';
import { SHARED_RENDER_VARIABLE } from './shared-render-cache';

export { SHARED_RENDER_VARIABLE } from './shared-render-cache';

/** One folder of the shared render, as synth would write it into dist/. */
export type SharedFolder = RenderedEnvironment;

/** What the global setup recorded. */
interface SharedRenderRecord {
  /** The process that rendered: vitest's own (this run's, or an earlier run's over the same inputs), never a test worker. */
  readonly pid: number;
  readonly rendered?: readonly { name: string; tier?: Tier; manifests: Manifest[]; files: [string, string][] }[];
  /** The SHA-256 of what js-yaml writes for each rendered object, folder by folder as `rendered` holds them: the reference of the YAML writer's test. */
  readonly jsYamlDigests?: readonly (readonly string[])[];
  readonly renderError?: string;
  /** The committed dist/ read back from its YAML files, folder by folder (`files[i]` holds `manifests[i]`); absent when JSON cannot carry it exactly. */
  readonly committed?: readonly { name: string; manifests: Manifest[]; files: string[] }[];
  readonly committedError?: string;
  /** `npm run validate` on the committed dist/, run in process; absent when it threw. */
  readonly validated?: ValidateRun;
}

/** What `npm run validate` gave on the committed dist/ (no argument), run in process: its exit status and its output, line by line. */
export interface ValidateRun {
  readonly status: number;
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
}

const RECORD_FILE = 'render.json';

/** The folder holding the rendered dist tree (`<folder>/<file>.yaml`), as synth writes dist/. */
export function sharedDistDir(): string {
  return join(sharedRenderDir(), 'dist');
}

function sharedRenderDir(): string {
  const dir = process.env[SHARED_RENDER_VARIABLE];
  if (dir === undefined)
    throw new Error(`${SHARED_RENDER_VARIABLE} is not set: run the tests through vitest (its global setup renders the environments)`);
  return dir;
}

/**
 * Renders the committed environments and reads the committed dist/ into a
 * folder; the global setup's work, and the only render of the committed
 * environments in a test run.
 */
export function writeSharedRender(dir: string): boolean {
  let record: SharedRenderRecord = { pid: process.pid };
  try {
    const folders = renderFolders();
    const distDir = join(dir, 'dist');
    for (const folder of folders) {
      mkdirSync(join(distDir, folder.name), { recursive: true });
      for (const [file, text] of folder.files) writeFileSync(join(distDir, folder.name, file), text);
    }
    const rendered = folders.map((folder) => ({
      name: folder.name,
      tier: folder.tier,
      manifests: [...folder.manifests],
      files: [...folder.files],
    }));
    // The suites read the objects from JSON: they must come back exactly as rendered.
    const jsYamlDigests = rendered.map((folder) => folder.manifests.map((manifest) => sha256(dump(manifest, YAML_OPTIONS))));
    if (exactJson(rendered.map((folder) => folder.manifests))) record = { ...record, rendered, jsYamlDigests };
    else record = { ...record, renderError: 'the rendered objects do not survive a JSON round trip' };
  } catch (error) {
    record = { ...record, renderError: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  try {
    const tiers = new Map(loadEnvironments().map((environment) => [environment.name, environment.spec.tier]));
    const committed = readFolder(DIST_DIR, tiers).folders.map((folder) => ({
      name: folder.name,
      manifests: folder.objects.map((object) => object.manifest),
      files: folder.objects.map((object) => object.file),
    }));
    // YAML can hold what JSON cannot (dates, binary); then each suite parses the files itself.
    if (exactJson(committed)) record = { ...record, committed };
  } catch (error) {
    record = { ...record, committedError: error instanceof Error ? error.message : String(error) };
  }
  try {
    // The same inputs as the render (dist/, environments/, schemas/, the sources): kept with it, not run again in each worker.
    const stdout: string[] = [];
    const stderr: string[] = [];
    const status = runValidate([], process.env, { log: (line) => stdout.push(line), error: (line) => stderr.push(line) });
    record = { ...record, validated: { status, stdout, stderr } };
  } catch {
    // The suite runs it itself, and shows the error there.
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, RECORD_FILE), JSON.stringify(record));
  // Whether the render is worth keeping: a failure (say, a full disk) may have a cause no cache key holds.
  return record.renderError === undefined && record.committedError === undefined;
}

/** The SHA-256 of a text, as hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Whether JSON carries a value exactly (no dates, no undefined members, no class instances). */
function exactJson(value: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value);
}

/** The value, with every object and array in it frozen: a suite that changed a shared object would change it for every later file. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

let record: SharedRenderRecord | undefined;

function readRecord(): SharedRenderRecord {
  record ??= JSON.parse(readFileSync(join(sharedRenderDir(), RECORD_FILE), 'utf8')) as SharedRenderRecord;
  return record;
}

/** The process id that made the shared render (for the test that it was made once, outside the workers). */
export function sharedRenderPid(): number {
  return readRecord().pid;
}

let folders: readonly SharedFolder[] | undefined;

/** Every folder synth writes, rendered from the committed environments once per run: the environments, then dist/argocd. */
export function sharedRender(): readonly SharedFolder[] {
  if (folders === undefined) {
    const { rendered, renderError } = readRecord();
    if (rendered === undefined) throw new Error(`the global setup could not render the committed environments:\n${renderError}`);
    // Frozen: every file of a worker shares these objects, so a suite that changed one would change it for the files after it.
    folders = rendered.map((folder) => ({
      name: folder.name,
      tier: folder.tier,
      manifests: folder.manifests.map(deepFreeze),
      files: new Map(folder.files),
    }));
  }
  return folders;
}

/** The committed environments as rendered once per run (the environments only, not dist/argocd): what renderAll() returns. */
export function sharedEnvironments(): readonly SharedFolder[] {
  return sharedRender().filter((folder) => folder.tier !== undefined);
}

/** The committed dist/ as the global setup read it from its YAML files, or undefined if a suite must read it itself. */
export function sharedCommittedDist():
  readonly { readonly name: string; readonly manifests: readonly Manifest[]; readonly files: readonly string[] }[] | undefined {
  const { committed, committedError } = readRecord();
  if (committedError !== undefined) throw new Error(`the global setup could not read the committed dist/: ${committedError}`);
  return committed;
}

/** `npm run validate` on the committed dist/ as the global setup ran it, or undefined if a suite must run it itself. */
export function sharedValidateRun(): ValidateRun | undefined {
  return readRecord().validated;
}

/** The SHA-256 of what js-yaml writes for each object of sharedRender(), in the same order, or undefined if a suite must dump them itself. */
export function sharedJsYamlDigests(): readonly string[] | undefined {
  return readRecord().jsYamlDigests?.flat();
}
