/**
 * npm ci's warm-up (apps/warm-up.js, the `prepare` script): it runs the
 * synth program once into a copy of dist/ in the cache folder, so that the
 * first synth of a fresh clone builds nothing and compiles nothing; it only
 * reads dist/; it never fails the install; and it does nothing where npm
 * runs `prepare` without a synth to come (pack, publish, a git dependency).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runProcess, runProgram, runScript } from './program-run';
import { REPO } from './temp-project';
import { tempDir } from './test-temp-folders';

interface WarmUpModule {
  skipReason(env: NodeJS.ProcessEnv): string | undefined;
  removeDeadScratch(cacheRoot: string): string[];
}
const { removeDeadScratch, skipReason } = createRequire(__filename)('../apps/warm-up.js') as WarmUpModule;

/** Every file under `dir` (relative path) with its inode and times: a file written again, or replaced, shows. */
function fileIdentities(dir: string, prefix = ''): Record<string, string> {
  const identities: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const stat = statSync(join(dir, entry), { bigint: true });
    if (stat.isFile()) identities[`${prefix}${entry}`] = `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  }
  return identities;
}

/** The environment npm ci gives its prepare script in this checkout, with `cache` as the cache folder. */
const asNpmCi = (cache: string, env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  npm_command: 'ci',
  INIT_CWD: REPO,
  CALYPSO_CACHE_DIR: cache,
  ...env,
});

describe('the warm-up after npm ci', () => {
  test('fills the caches of a first synth, which then builds nothing and compiles nothing; dist/ is only read, and nothing else written', async () => {
    const cache = tempDir();
    const distBefore = fileIdentities(join(REPO, 'dist'));
    // A cdk8s CLI output folder in the caller's environment is not written either.
    const cliOutput = tempDir();
    const warmUp = await runScript('prepare', [], asNpmCi(cache, { CDK8S_OUTDIR: cliOutput }));
    expect(warmUp).toMatchObject({ status: 0, stderr: '' });
    expect(warmUp.stdout).toMatch(/^calypso-k8s: the synth program is built and its caches are filled \(\d+\.\d s\)\n$/);
    expect(fileIdentities(join(REPO, 'dist'))).toEqual(distBefore);
    expect(readdirSync(cliOutput)).toEqual([]);
    // Its copy of dist/ is gone; the caches a synth fills are there, the bundle with its code cache.
    expect(readdirSync(cache).sort()).toEqual(['build', 'promql', 'validators']);
    // The bundles, their code caches and the transpiled files, and the validators' code caches; not what records the status
    // of this checkout's files (a bundle's manifest, validators/digests/): another test's hard links to them
    // (test/repository-copy.ts) change their status, and a synth then records it anew.
    const cached = (): Record<string, string> => ({
      ...Object.fromEntries(Object.entries(fileIdentities(join(cache, 'build'), 'build/')).filter(([file]) => !file.endsWith('.json'))),
      ...fileIdentities(join(cache, 'validators', 'v8'), 'validators/v8/'),
    });
    const filled = cached();
    expect(Object.keys(filled).filter((file) => /^build\/[0-9a-f]+\.js\.v8$/.test(file))).toHaveLength(1);
    expect(Object.keys(filled).some((file) => file.startsWith('validators/v8/'))).toBe(true);

    const dist = join(tempDir(), 'dist');
    cpSync(join(REPO, 'dist'), dist, { recursive: true });
    const synth = await runProgram('main', [], { ...process.env, CALYPSO_CACHE_DIR: cache, CALYPSO_DIST_DIR: dist, CI: '1' });
    expect([synth.status, synth.stderr]).toEqual([0, '']);
    // No bundle built, no code cache rejected and written again, no validator compiled.
    const after = cached();
    expect(Object.keys(after).filter((file) => after[file] !== filled[file])).toEqual([]);
    expect(Object.keys(after)).toEqual(Object.keys(filled));
  });

  test('a synth that fails ends the install well, in one line that says where to look', async () => {
    const environments = tempDir();
    writeFileSync(join(environments, 'broken.ts'), 'export default {\n');
    const cache = tempDir();
    const warmUp = await runProcess(
      process.execPath,
      [join(REPO, 'apps', 'warm-up.js')],
      asNpmCi(cache, { CALYPSO_ENVIRONMENTS_DIR: environments }),
    );
    expect(warmUp).toEqual({
      status: 0,
      stdout: 'calypso-k8s: warming up the synth program failed (exit status 1); the install is complete, and `npm run synth` shows why\n',
      stderr: '',
    });
    expect(readdirSync(cache).filter((entry) => entry.startsWith('warm-up-'))).toEqual([]);
    // --strict (the bench's) makes it an error.
    const strict = await runProcess(
      process.execPath,
      [join(REPO, 'apps', 'warm-up.js'), '--strict'],
      asNpmCi(cache, { CALYPSO_ENVIRONMENTS_DIR: environments }),
    );
    expect(strict.status).toBe(1);
  });

  test('npm pack and publish, an install of the package as a git dependency and CALYPSO_BUILD=off do nothing', async () => {
    expect(skipReason({ npm_command: 'pack' })).toBe('npm pack synthesizes nothing');
    expect(skipReason({ npm_command: 'publish' })).toBe('npm publish synthesizes nothing');
    expect(skipReason({ npm_command: 'ci', INIT_CWD: '/' })).toBe(
      'npm was started outside this checkout (an install of it as a dependency)',
    );
    expect(skipReason({ npm_command: 'install', INIT_CWD: join(REPO, '..') })).toBe(
      'npm was started outside this checkout (an install of it as a dependency)',
    );
    expect(skipReason({ npm_command: 'install', INIT_CWD: `${REPO}-other` })).toBe(
      'npm was started outside this checkout (an install of it as a dependency)',
    );
    expect(skipReason({ CALYPSO_BUILD: 'off' })).toBe('CALYPSO_BUILD=off: the programs load through tsx, with nothing to build');
    // npm ci or install in the checkout or a folder of it, and a run by hand, warm up.
    expect(skipReason({ npm_command: 'ci', INIT_CWD: REPO })).toBeUndefined();
    expect(skipReason({ npm_command: 'install', INIT_CWD: join(REPO, 'apps') })).toBeUndefined();
    expect(skipReason({})).toBeUndefined();

    const cache = join(tempDir(), 'cache');
    const packed = await runProcess(process.execPath, [join(REPO, 'apps', 'warm-up.js')], asNpmCi(cache, { npm_command: 'pack' }));
    expect(packed).toEqual({ status: 0, stdout: '', stderr: '' });
    const strict = await runProcess(
      process.execPath,
      [join(REPO, 'apps', 'warm-up.js'), '--strict'],
      asNpmCi(cache, { npm_command: 'pack' }),
    );
    expect(strict).toEqual({ status: 1, stdout: '', stderr: 'calypso-k8s: no warm-up: npm pack synthesizes nothing\n' });
    expect(() => readdirSync(cache)).toThrow('ENOENT');
  });

  test("a killed warm-up's scratch folder is deleted by the next, a running one's and other folders are kept", () => {
    const cache = tempDir();
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    for (const name of [`warm-up-${exited}-abc`, `warm-up-${process.pid}-def`, 'warm-up-x-1', 'build']) {
      mkdirSync(join(cache, name, 'dist'), { recursive: true });
    }
    expect(removeDeadScratch(cache)).toEqual([`warm-up-${exited}-abc`]);
    expect(readdirSync(cache).sort()).toEqual(['build', `warm-up-${process.pid}-def`, 'warm-up-x-1']);
    expect(removeDeadScratch(join(cache, 'missing'))).toEqual([]);
  });
});
