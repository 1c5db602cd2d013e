/**
 * npm ci's warm-up (apps/warm-up.js, the `prepare` script): it runs the
 * synth program once into a copy of dist/ in the cache folder, so that the
 * first synth of a fresh clone builds nothing and compiles nothing; it only
 * reads dist/; it never fails the install; and it does nothing where npm
 * runs `prepare` without a synth to come (pack, publish, a git dependency).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runProcess, runProgram, runScript } from './program-run';
import { copyEnvironmentFiles, REPO } from './temp-project';
import { tempDir } from './test-temp-folders';

interface WarmUpModule {
  skipReason(env: NodeJS.ProcessEnv): string | undefined;
  removeLeftScratch(cacheRoot: string, now?: number): string[];
  LEFT_BEHIND_MS: number;
}
const { LEFT_BEHIND_MS, removeLeftScratch, skipReason } = createRequire(__filename)('../apps/warm-up.js') as WarmUpModule;

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

/** A warm-up whose synth fails (an environment file that does not parse): started as the file loads, beside the first test's. */
const failingWarmUp = (async () => {
  const environments = tempDir();
  writeFileSync(join(environments, 'broken.ts'), 'export default {\n');
  const cache = tempDir();
  const warmUp = await runProcess(
    process.execPath,
    [join(REPO, 'apps', 'warm-up.js')],
    asNpmCi(cache, { CALYPSO_ENVIRONMENTS_DIR: environments }),
  );
  return { environments, cache, warmUp };
})();

describe('the warm-up after npm ci', () => {
  test('fills the caches of a first synth, which then builds nothing and compiles nothing; dist/ is only read, and nothing else written', async () => {
    const cache = tempDir();
    // Environments whose render differs from the committed dist/ (dev's Eventserver asks for more CPU), so a warm-up that
    // wrote into dist/ would change it.
    const environments = tempDir();
    const edited = "{ kind: 'eventserver', cpu: '300m', memory: '1Gi' }";
    copyEnvironmentFiles(environments, (name, text) =>
      name === 'dev' ? text.replace("{ kind: 'eventserver', cpu: '250m', memory: '1Gi' }", edited) : text,
    );
    const beside = (): Record<string, string> => ({
      ...fileIdentities(join(REPO, 'dist'), 'dist/'),
      ...(existsSync(join(REPO, '.dist.snapshot')) ? fileIdentities(join(REPO, '.dist.snapshot'), '.dist.snapshot/') : {}),
    });
    const before = beside();
    // A cdk8s CLI output folder in the caller's environment is not written either.
    const cliOutput = tempDir();
    const env = { CDK8S_OUTDIR: cliOutput, CALYPSO_ENVIRONMENTS_DIR: environments };
    const warmUp = await runScript('prepare', [], asNpmCi(cache, env));
    expect(warmUp).toMatchObject({ status: 0, stderr: '' });
    expect(warmUp.stdout).toMatch(/^calypso-k8s: the synth program is built and its caches are filled \(\d+\.\d s\)\n$/);
    expect(beside()).toEqual(before);
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
    const synth = await runProgram('main', [], { ...process.env, ...env, CALYPSO_CACHE_DIR: cache, CALYPSO_DIST_DIR: dist, CI: '1' });
    expect([synth.status, synth.stderr]).toEqual([0, '']);
    // The edit did change the render: the synth rewrote dev's Eventserver.
    const eventserver = join('dev', 'statefulset-eventserver.yaml');
    expect(readFileSync(join(dist, eventserver), 'utf8')).toContain('cpu: 300m');
    expect(readFileSync(join(REPO, 'dist', eventserver), 'utf8')).not.toContain('cpu: 300m');
    // No bundle built, no code cache rejected and written again, no validator compiled.
    const after = cached();
    expect(Object.keys(after).filter((file) => after[file] !== filled[file])).toEqual([]);
    expect(Object.keys(after)).toEqual(Object.keys(filled));
  });

  test('a synth that fails ends the install well, in one line that says where to look', async () => {
    const { environments, cache, warmUp } = await failingWarmUp;
    expect(warmUp).toEqual({
      status: 0,
      stdout:
        `calypso-k8s: warming up the synth program failed (exit status 1: [broken] field file: ${join(environments, 'broken.ts')}:2:1: ` +
        'syntax error: Expected identifier but found end of file); the install is complete, and `npm run synth` shows why\n',
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
    const dependency = 'npm is installing this package as a dependency';
    // A git dependency: npm's nested install in its clone (INIT_CWD the clone), then from the consumer's folder.
    expect(skipReason({ npm_command: 'install', INIT_CWD: REPO, _PACOTE_NO_PREPARE_: 'git+file:///calypso-k8s' })).toBe(dependency);
    expect(skipReason({ npm_command: 'ci', INIT_CWD: '/' })).toBe(dependency);
    expect(skipReason({ npm_command: 'install', INIT_CWD: join(REPO, '..') })).toBe(dependency);
    expect(skipReason({ npm_command: 'install', INIT_CWD: `${REPO}-other` })).toBe(dependency);
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

  test("a killed warm-up's scratch folder is deleted by a later one, once older than any warm-up runs; the rest is kept", () => {
    const cache = tempDir();
    for (const name of ['warm-up-123-old', 'warm-up-456-new', 'build']) mkdirSync(join(cache, name, 'dist'), { recursive: true });
    const now = Date.now();
    const longAgo = (now - LEFT_BEHIND_MS - 1000) / 1000;
    for (const name of ['warm-up-123-old', 'build']) utimesSync(join(cache, name), longAgo, longAgo);
    expect(removeLeftScratch(cache, now)).toEqual(['warm-up-123-old']);
    expect(readdirSync(cache).sort()).toEqual(['build', 'warm-up-456-new']);
    // One just under the age is a warm-up that may still run.
    expect(removeLeftScratch(cache, now + LEFT_BEHIND_MS - 1000)).toEqual([]);
    expect(removeLeftScratch(join(cache, 'missing'))).toEqual([]);
  });
});
