/**
 * The programs' build (apps/program-build.js) beyond a first run (cold-start.test.ts): what its worker does once a bundle is
 * built (the PromQL prefill, skipped where the cache has it already), and how bundles are keyed.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tempDir } from './helpers';
import { programEnvironment, runProcess } from './program-run';
import { sharedDistDir } from './shared-render';
import { REPO } from './temp-project';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An empty folder, removed after the tests. */
function emptyDir(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}

const { afterBuild } = createRequire(__filename)('../apps/program-build.js') as {
  afterBuild(inputs: readonly string[]): Promise<readonly string[]>;
};

/** Runs `work` with the given environment variables set (undefined: unset), restoring them afterwards. */
async function withEnvironment<T>(variables: Readonly<Record<string, string | undefined>>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  const apply = (values: Readonly<Record<string, string | undefined>>): void => {
    for (const [name, value] of Object.entries(values))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  };
  apply(variables);
  try {
    return await work();
  } finally {
    apply(saved);
  }
}

describe("the build worker's work after a build", () => {
  const PROMQL_BUNDLE = ['apps/main.ts', 'lib/output/promql-check.ts'];

  test('the PromQL prefill runs where the cache has no file of this checker, and is skipped where it has', async () => {
    const caches = emptyDir('calypso-k8s-program-build-');
    await withEnvironment({ CALYPSO_CACHE_DIR: caches, CALYPSO_DIST_DIR: sharedDistDir(), CALYPSO_PROMQL_CACHE: undefined }, async () => {
      expect(await afterBuild(PROMQL_BUNDLE)).toEqual(['promql-prefill']);
      const written = readdirSync(join(caches, 'promql'));
      expect(written).toHaveLength(1);
      // Every later rebuild finds the file: nothing to do.
      expect(await afterBuild(PROMQL_BUNDLE)).toEqual([]);
      expect(readdirSync(join(caches, 'promql'))).toEqual(written);
    });
  }, 60_000);

  test('the PromQL prefill is skipped where the cache is off, and for a bundle that does not check PromQL', async () => {
    const caches = emptyDir('calypso-k8s-program-build-');
    await withEnvironment({ CALYPSO_CACHE_DIR: caches, CALYPSO_DIST_DIR: sharedDistDir(), CALYPSO_PROMQL_CACHE: 'off' }, async () => {
      expect(await afterBuild(PROMQL_BUNDLE)).toEqual([]);
    });
    await withEnvironment({ CALYPSO_CACHE_DIR: caches, CALYPSO_DIST_DIR: sharedDistDir(), CALYPSO_PROMQL_CACHE: undefined }, async () => {
      expect(await afterBuild(['apps/sizing.ts', 'lib/model/index.ts'])).toEqual([]);
    });
    expect(readdirSync(caches)).toEqual([]);
  }, 60_000);
});

/** A checkout of its own: the programs' loader, one program in apps/, an empty environments/ and node_modules linked. */
function smallCheckout(): string {
  const root = emptyDir('calypso-k8s-program-build-checkout-');
  for (const dir of ['apps', 'lib', 'environments']) mkdirSync(join(root, dir));
  for (const file of ['register.js', 'program-build.js', 'deferred-imports.js'])
    copyFileSync(join(REPO, 'apps', file), join(root, 'apps', file));
  writeFileSync(join(root, 'apps', 'program.ts'), `const answer: number = 42;\nconsole.log(answer);\n`);
  writeFileSync(join(root, 'lib', 'index.ts'), `export const library = 'fixture';\n`);
  writeFileSync(join(root, 'package.json'), '{}\n');
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  return root;
}

describe('how bundles are keyed', () => {
  test("each Node version gets its own bundle and manifest: a run of one neither rebuilds nor replaces the other one's", async () => {
    const root = smallCheckout();
    const cache = emptyDir('calypso-k8s-program-build-cache-');
    const run = (nodeVersion: string) =>
      runProcess(
        process.execPath,
        ['--require', join(root, 'apps', 'register.js'), join(root, 'apps', 'program.ts')],
        programEnvironment({ ...process.env, CALYPSO_CACHE_DIR: cache, CALYPSO_BUILD_NODE_VERSION: nodeVersion }),
      );
    /**
     * The build folder's bundles, each with its modification time, and manifests, each with the bundle it names (a manifest
     * may be written again, with the same bundle, once its sources have settled: see SETTLED_MS).
     */
    const built = (): { bundles: Record<string, number>; manifests: Record<string, string> } => {
      const files = readdirSync(join(cache, 'build'));
      const bundles = files.filter((file) => file.endsWith('.js')).map((file) => [file, statSync(join(cache, 'build', file)).mtimeMs]);
      const manifests = files
        .filter((file) => file.endsWith('.json'))
        .map((file) => [file, (JSON.parse(readFileSync(join(cache, 'build', file), 'utf8')) as { bundle: string }).bundle]);
      return { bundles: Object.fromEntries(bundles), manifests: Object.fromEntries(manifests) };
    };
    const ran = { status: 0, stdout: '42\n', stderr: '' };

    expect(await run('v20.0.0-one')).toEqual(ran);
    const first = built();
    expect(Object.keys(first.bundles)).toHaveLength(1);
    expect(Object.values(first.manifests)).toEqual(Object.keys(first.bundles));
    expect(await run('v20.0.0-two')).toEqual(ran);
    const both = built();
    expect(Object.keys(both.bundles)).toHaveLength(2);
    expect(Object.values(both.manifests).sort()).toEqual(Object.keys(both.bundles).sort());
    // The first version's files are still there, untouched.
    expect(both.bundles).toEqual(expect.objectContaining(first.bundles));
    expect(both.manifests).toEqual(expect.objectContaining(first.manifests));
    // And its next run finds its bundle: nothing is built again.
    expect(await run('v20.0.0-one')).toEqual(ran);
    expect(built()).toEqual(both);
  }, 60_000);
});
