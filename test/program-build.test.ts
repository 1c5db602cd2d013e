/**
 * The programs' build (apps/program-build.js) beyond a first run (cold-start.test.ts): what its worker does once a bundle is
 * built (the PromQL prefill, skipped where the cache has it already), and how bundles are keyed.
 */
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tempDir } from './helpers';
import { sharedDistDir } from './shared-render';

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
