/**
 * A program's first run on a fresh clone (every cache empty): it builds its
 * bundle in a worker thread and transpiles the environment files there, a
 * second run reuses both, CALYPSO_BUILD=off gives the same answer through
 * tsx, and a source that does not build falls back to tsx, which reports
 * it. Each run starts a process (`node --require ./apps/register.js`); runs
 * that do not depend on each other start side by side.
 */
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers';
import { runProcess } from './program-run';
import { REPO } from './temp-project';

const caches: string[] = [];
afterAll(() => caches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An empty folder for CALYPSO_CACHE_DIR, removed after the tests. */
function emptyCache(): string {
  const dir = tempDir('calypso-k8s-cold-start-');
  caches.push(dir);
  return dir;
}

const program = (args: readonly string[], env: NodeJS.ProcessEnv) =>
  runProcess(process.execPath, ['--require', './apps/register.js', ...args], { ...process.env, TSX_DISABLE_CACHE: '1', ...env });

/** The bundles in a cache folder (none when it has no build folder). */
const bundlesIn = (cache: string): string[] => {
  try {
    return readdirSync(join(cache, 'build')).filter((file) => file.endsWith('.js'));
  } catch {
    return [];
  }
};

const environmentFiles = readdirSync(join(REPO, 'environments'), { recursive: true }).filter((file) => String(file).endsWith('.ts'));

test('a fresh cache: the first run builds the bundle and transpiles the environment files, the next reuses them, CALYPSO_BUILD=off answers the same', async () => {
  const cache = emptyCache();
  const unbuilt = emptyCache();
  // The run through tsx needs nothing of the others: it starts with the first.
  const throughTsx = program(['apps/sizing.ts', 'dev'], { CALYPSO_CACHE_DIR: unbuilt, CALYPSO_BUILD: 'off' });
  const first = await program(['apps/sizing.ts', 'dev'], { CALYPSO_CACHE_DIR: cache });
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  expect(first.stdout).toContain('dev');
  const build = join(cache, 'build');
  const bundles = bundlesIn(cache);
  expect(bundles).toHaveLength(1);
  expect(readdirSync(join(build, 'files'))).toHaveLength(environmentFiles.length);
  const builtAt = statSync(join(build, bundles[0])).mtimeMs;

  const second = await program(['apps/sizing.ts', 'dev'], { CALYPSO_CACHE_DIR: cache });
  expect(second).toEqual(first);
  expect(bundlesIn(cache)).toEqual(bundles);
  expect(statSync(join(build, bundles[0])).mtimeMs).toBe(builtAt);

  expect(await throughTsx).toEqual(first);
  expect(readdirSync(unbuilt)).not.toContain('build');
});

test('a program that does not build: loaded through tsx, which reports the syntax error at its line; no hang, no bundle left', async () => {
  const cache = emptyCache();
  const broken = join(cache, 'broken.ts');
  writeFileSync(
    broken,
    `import { SUPPORTED_KUBERNETES_VERSIONS } from '${join(REPO, 'lib', 'model', 'kubernetes-versions')}';\nconst = 1;\n`,
  );
  const run = await program([broken], { CALYPSO_CACHE_DIR: cache });
  expect(run.status).not.toBe(0);
  // tsx's own report (the bundle's build failing would read `building … failed: Build failed`).
  expect(run.stderr).toMatch(/tsx[\\/]dist/);
  expect(run.stderr).toMatch(/Transform failed with 1 error:\n\S*broken\.ts:2:6: ERROR/);
  expect(run.stderr).not.toContain('Build failed');
  expect(bundlesIn(cache)).toEqual([]);
});
