/**
 * The shared render's cache (test/shared-render-cache.ts): an entry is made
 * once for a set of inputs and read back while they stay the same, made
 * again when a file in it changed, and skipped with
 * CALYPSO_TEST_RENDER_CACHE=off. Each test uses an entry of its own (a name
 * of its own and a CALYPSO_ variable no other run has), removed afterwards.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { loadEnvironments } from '../apps/load-environments';
import { CACHE_DIR, REPO } from './content-cache';
import { cachedRenderDir, RENDER_CACHE_VARIABLE, sharedRenderFolder, sharedRenderInputs } from './shared-render-cache';

const NAME = 'shared-render-test';
/** The entries the tests made: each removed afterwards, and nothing outside the test cache ever. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) {
    const entry = dirname(dir);
    if (dirname(entry) === CACHE_DIR && basename(entry).startsWith(`${NAME}-`)) rmSync(entry, { recursive: true, force: true });
  }
});

/**
 * An environment only this test has: its CALYPSO_ variable gives it a key of its own, and the cache is on
 * whatever the run's own environment says (off, an entry would be a temporary folder, not the cache's).
 */
function ownEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CALYPSO_CACHE_TEST_RUN: randomUUID() };
  delete env[RENDER_CACHE_VARIABLE];
  return env;
}

/** A writer that writes `text` into a.txt, counts its calls and says whether the render is worth keeping. */
function writer(text: string, keep = true): { calls: number; write: (dir: string) => Promise<boolean> } {
  const counted = {
    calls: 0,
    write: async (dir: string): Promise<boolean> => {
      counted.calls++;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'a.txt'), text);
      return keep;
    },
  };
  return counted;
}

test('a failed render is not kept: the next run makes it again, and the end of the run removes it', async () => {
  const env = ownEnvironment();
  const failed = writer('failed', false);
  const { dir, remove } = await sharedRenderFolder(failed.write, env, NAME);
  remove();
  expect(existsSync(dir)).toBe(false);
  const next = writer('one');
  made.push((await sharedRenderFolder(next.write, env, NAME)).dir);
  expect([failed.calls, next.calls]).toEqual([1, 1]);
});

test('a failed render an earlier run left behind (killed before it removed it) is made again, not replayed', async () => {
  const env = ownEnvironment();
  const failed = writer('failed', false);
  // The run is killed: its remove() never runs.
  made.push((await sharedRenderFolder(failed.write, env, NAME)).dir);
  const next = writer('one');
  const { dir } = await sharedRenderFolder(next.write, env, NAME);
  made.push(dir);
  expect([failed.calls, next.calls]).toEqual([1, 1]);
  expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('one');
});

test('no cache when CALYPSO_ENVIRONMENTS_DIR or CALYPSO_DIST_DIR point the render at folders outside its key', async () => {
  for (const variable of ['CALYPSO_ENVIRONMENTS_DIR', 'CALYPSO_DIST_DIR']) {
    const env = { ...ownEnvironment(), [variable]: tmpdir() };
    const counted = writer('one');
    const first = await sharedRenderFolder(counted.write, env, NAME);
    const second = await sharedRenderFolder(counted.write, env, NAME);
    expect({ variable, calls: counted.calls, cached: first.dir.startsWith(CACHE_DIR) }).toEqual({ variable, calls: 2, cached: false });
    first.remove();
    second.remove();
    expect(existsSync(first.dir)).toBe(false);
  }
});

test('made once, then read back while the inputs stay the same; another CALYPSO_ variable is another entry', async () => {
  const env = ownEnvironment();
  const first = writer('one');
  const { dir } = await sharedRenderFolder(first.write, env, NAME);
  made.push(dir);
  expect(dir).toBe(cachedRenderDir(env, NAME));
  const second = writer('two');
  expect((await sharedRenderFolder(second.write, env, NAME)).dir).toBe(dir);
  expect([first.calls, second.calls, readFileSync(join(dir, 'a.txt'), 'utf8')]).toEqual([1, 0, 'one']);
  const other = ownEnvironment();
  expect(cachedRenderDir(other, NAME)).not.toBe(dir);
  // The folder the workers are pointed at is no input: it is set after the key is made.
  expect(cachedRenderDir({ ...env, CALYPSO_TEST_RENDER: '/elsewhere' }, NAME)).toBe(dir);
});

test('an entry whose files changed after it was made is made again', async () => {
  const env = ownEnvironment();
  const { dir } = await sharedRenderFolder(writer('one').write, env, NAME);
  made.push(dir);
  writeFileSync(join(dir, 'a.txt'), 'changed by a test');
  const again = writer('one');
  expect((await sharedRenderFolder(again.write, env, NAME)).dir).toBe(dir);
  expect([again.calls, readFileSync(join(dir, 'a.txt'), 'utf8')]).toEqual([1, 'one']);
});

test(`${RENDER_CACHE_VARIABLE}=off: a temporary folder, made on every run and removed at its end`, async () => {
  const env = { ...ownEnvironment(), [RENDER_CACHE_VARIABLE]: 'off' };
  const { dir, remove } = await sharedRenderFolder(writer('one').write, env, NAME);
  expect(dir).not.toBe(cachedRenderDir(env, NAME));
  expect(existsSync(cachedRenderDir(env, NAME))).toBe(false);
  expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('one');
  remove();
  expect(existsSync(dir)).toBe(false);
});

test('the inputs are every folder of sources and data the render reads, the installed packages and the files that make it', () => {
  const { paths } = sharedRenderInputs();
  expect(paths).toEqual(
    expect.arrayContaining([
      'apps',
      'dist',
      'environments',
      'imports',
      'lib',
      'schemas',
      'node_modules/.package-lock.json',
      'test/shared-render.ts',
    ]),
  );
  // What Node's require loads for the environment files (the files, the shared defaults, the library's entry) is among them.
  loadEnvironments();
  const loaded = new Set<string>();
  const visit = (module: NodeJS.Module | undefined): void => {
    if (module === undefined || loaded.has(module.filename)) return;
    loaded.add(module.filename);
    module.children.forEach(visit);
  };
  for (const file of Object.keys(require.cache)) if (file.startsWith(join(REPO, 'environments') + '/')) visit(require.cache[file]);
  const files = [...loaded].filter((file) => !file.includes('/node_modules/')).map((file) => relative(REPO, file));
  expect(files).toEqual(expect.arrayContaining(['environments/prod.ts', 'environments/shared/defaults.ts']));
  expect(files.filter((file) => !paths.some((path) => file === path || file.startsWith(`${path}/`)))).toEqual([]);
});
