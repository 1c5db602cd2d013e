/**
 * The shared render's cache (test/shared-render-cache.ts): an entry is made
 * once for a set of inputs and read back while they stay the same, made
 * again when a file in it changed, and skipped with
 * CALYPSO_TEST_RENDER_CACHE=off. Each test uses an entry of its own (a name
 * of its own and a CALYPSO_ variable no other run has), removed afterwards;
 * the last reads the run's own render: its key holds what that render read.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { tmpdir } from 'node:os';
import { cacheFolder } from '../lib/output/cache-files';
import { CACHE_DIR, REPO } from './content-cache';
import {
  cachedRenderDir,
  RENDER_CACHE_VARIABLE,
  SHARED_RENDER_VARIABLE,
  sharedRenderFolder,
  sharedRenderInputs,
  UNKEYED_FOLDER_VARIABLES,
} from './shared-render-cache';
import { sharedRenderReads } from './shared-render-reads';
import { discard } from './test-temp-folders';

const NAME = 'shared-render-test';
/** The entries the tests made: each removed afterwards, and nothing outside the test cache ever. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) {
    const entry = dirname(dir);
    if (dirname(entry) === CACHE_DIR && basename(entry).startsWith(`${NAME}-`)) discard(entry);
  }
});

/**
 * An environment only this test has: its CALYPSO_ variable gives it a key of its own, and the cache is on
 * whatever the run's own environment says (off, or with a folder the key does not hold, an entry would be a
 * temporary folder, not the cache's).
 */
function ownEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CALYPSO_CACHE_TEST_RUN: randomUUID() };
  for (const variable of [RENDER_CACHE_VARIABLE, ...UNKEYED_FOLDER_VARIABLES]) delete env[variable];
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
  // Named here, not read from UNKEYED_FOLDER_VARIABLES: a variable dropped from that list still fails this test.
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

/**
 * The modules the global setup loads for the render before it starts (vite's, so not among its recorded reads): its
 * import graph, as esbuild follows it; asked for as the file loads, so that it is built while the other tests run. The
 * generated imports/ (nearly 4 MB, importing only packages) are noted and left unread.
 */
const renderModules: Promise<string[]> = (async () => {
  const generated = new Set<string>();
  const { metafile } = await build({
    entryPoints: [join(REPO, 'test', 'global-setup.ts')],
    absWorkingDir: REPO,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'generated-imports',
        setup(build) {
          build.onResolve({ filter: /^\.\.?\/.*\bimports\// }, ({ path, resolveDir }) => {
            const file = resolve(resolveDir, path.endsWith('.ts') ? path : `${path}.ts`);
            generated.add(file);
            return { path: file, external: true };
          });
        },
      },
    ],
  });
  return [...Object.keys(metafile.inputs).map((file) => resolve(REPO, file)), ...generated];
})();
// The test below awaits it and fails with its error; when that test is skipped, a failed build is no unhandled rejection.
renderModules.catch(() => undefined);

/**
 * What a path the render read stands for in the key: the path relative to the repository, an installed package's file
 * counting for node_modules/.package-lock.json (the packages as installed), or undefined for a file the key need not hold:
 * the render's own output, and the caches in node_modules/.cache (or CALYPSO_CACHE_DIR, a variable the key holds), each
 * keyed by the content of what it keeps.
 */
function keyedAs(path: string, renderDir: string, nodeModules: string): string | undefined {
  const inside = (folder: string): boolean => path === folder || path.startsWith(`${folder}${sep}`);
  if (inside(renderDir) || inside(dirname(cacheFolder('any')))) return undefined;
  const installed = inside(nodeModules) ? join('node_modules', relative(nodeModules, path)) : relative(REPO, path);
  if (installed === join('node_modules', '.cache') || installed.startsWith(join('node_modules', '.cache') + sep)) return undefined;
  if (installed.startsWith(`node_modules${sep}`) && installed !== join('node_modules', '.package-lock.json'))
    return 'node_modules/.package-lock.json';
  return installed;
}

/**
 * Inputs of the key the render itself need not read, and why each is one: they shape how its modules load, before it
 * starts (package.json's existence is read then, to find the package's root, and again by the caches' folder unless
 * CALYPSO_CACHE_DIR moves it).
 */
const READ_AS_THE_MODULES_LOAD: Readonly<Record<string, string>> = {
  'tsconfig.json': "how vite's esbuild transpiles the modules",
  'package.json': "the package's manifest: its dependencies, and where its root (schemas/) is",
};

/** Set for the whole run, these point the render at folders outside the key, and the run renders without the cache. */
const renderedOutsideTheKey = UNKEYED_FOLDER_VARIABLES.some((variable) => process.env[variable] !== undefined);

test.skipIf(renderedOutsideTheKey)(
  "the key holds every file the render read (recorded as it was made) and every module it loaded, and each of the key's paths is one of them",
  async () => {
    const renderDir = process.env[SHARED_RENDER_VARIABLE]!;
    const { dir, paths: reads } = sharedRenderReads(renderDir);
    const { paths } = sharedRenderInputs();
    const read = [...reads, ...(await renderModules)].map((path) => keyedAs(path, dir, realpathSync(join(REPO, 'node_modules'))));
    const files = [...new Set(read.filter((path) => path !== undefined))].sort();
    // The environment files, the shared defaults and the library's entry, which Node's require loads, are among them.
    expect(files).toEqual(expect.arrayContaining(['environments/prod.ts', 'environments/shared/defaults.ts', 'lib/index.ts', 'dist/prod']));
    const under = (file: string, path: string): boolean => file === path || file.startsWith(`${path}/`);
    expect(files.filter((file) => !paths.some((path) => under(file, path)))).toEqual([]);
    // Not vacuous: every path of the key is read, or holds a file that is.
    const unread = paths.filter((path) => READ_AS_THE_MODULES_LOAD[path] === undefined && !files.some((file) => under(file, path)));
    expect(unread).toEqual([]);
  },
);
