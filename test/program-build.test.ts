/**
 * The programs' build (apps/program-build.js) beyond a first run (cold-start.test.ts): how bundles are keyed, and what the
 * bundle's plugin rewrites in a source.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tempDir } from './helpers';
import { programCheckout, runCheckoutProgram } from './program-checkout';
import { REPO } from './temp-project';

const programBuild = createRequire(__filename)('../apps/program-build.js') as {
  sweepBuilds: (folder: string, now?: number) => string[];
  sweepTranspiledFiles: (folder: string, now?: number) => string[];
};

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Writes `file` (`content`, empty by default) last modified `ageMs` before `now`. */
function writeAged(file: string, ageMs: number, now: number, content = ''): void {
  writeFileSync(file, content);
  setAge(file, ageMs, now);
}

/** Sets `file`'s times to `ageMs` before `now`. */
function setAge(file: string, ageMs: number, now: number): void {
  utimesSync(file, new Date(now - ageMs), new Date(now - ageMs));
}

describe('how bundles are keyed', () => {
  test("each Node version gets its own bundle and manifest: a run of one neither rebuilds nor replaces the other one's", async () => {
    const root = programCheckout({ 'program.ts': `const answer: number = 42;\nconsole.log(answer);\n` });
    const cache = tempDir('calypso-k8s-program-build-cache-');
    const run = (nodeVersion: string) => runCheckoutProgram(root, cache, { CALYPSO_BUILD_NODE_VERSION: nodeVersion });
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

describe('what the bundle rewrites in a source', () => {
  test("a module outside apps/ that names __dirname, __filename or require.main gets its own source's, and a module's non-ASCII text reaches the program unchanged", async () => {
    const root = programCheckout({});
    const cache = tempDir('calypso-k8s-program-build-cache-');
    // Non-ASCII text on both sides: the plugin decodes only the files it rewrites, esbuild reads the others itself.
    writeFileSync(
      join(root, 'lib', 'where.ts'),
      `export const where = { dir: __dirname, file: __filename, main: require.main === module, text: 'café' };\n`,
    );
    writeFileSync(join(root, 'lib', 'plain.ts'), `export const plain = 'naïve, no names to place';\n`);
    writeFileSync(
      join(root, 'apps', 'program.ts'),
      `import { where } from '../lib/where';\nimport { plain } from '../lib/plain';\nconsole.log(JSON.stringify({ ...where, plain }));\n`,
    );
    const result = await runCheckoutProgram(root, cache);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    // Run from its bundle (not through tsx, which would also give these): the build cache holds it.
    expect(readdirSync(join(cache, 'build')).filter((file) => file.endsWith('.js'))).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual({
      dir: join(root, 'lib'),
      file: join(root, 'lib', 'where.ts'),
      main: false,
      text: 'café',
      plain: 'naïve, no names to place',
    });
  }, 60_000);
});

describe("the build worker's esbuild service", () => {
  test("runs with the Go runtime's garbage collector off below 1 GiB, unless the caller set GOGC or GOMEMLIMIT; the program's own environment gets neither", async () => {
    const root = programCheckout({
      'program.ts': `console.log(JSON.stringify([process.env.GOGC ?? 'unset', process.env.GOMEMLIMIT ?? 'unset']));\n`,
    });
    // esbuild runs the binary ESBUILD_BINARY_PATH names: this one writes down the settings it was started with.
    const folder = tempDir('calypso-k8s-program-build-esbuild-');
    const started = join(folder, 'started.txt');
    const esbuild = join(folder, 'esbuild');
    writeFileSync(
      esbuild,
      `#!/bin/sh\necho "GOGC=\${GOGC-unset} GOMEMLIMIT=\${GOMEMLIMIT-unset}" >> '${started}'\nexec '${join(REPO, 'node_modules', 'esbuild', 'bin', 'esbuild')}' "$@"\n`,
    );
    chmodSync(esbuild, 0o755);
    const run = async (settings: NodeJS.ProcessEnv): Promise<{ stdout: string; services: string[] }> => {
      writeFileSync(started, '');
      const result = await runCheckoutProgram(root, tempDir('calypso-k8s-program-build-cache-'), {
        ESBUILD_BINARY_PATH: esbuild,
        GOGC: undefined,
        GOMEMLIMIT: undefined,
        ...settings,
      });
      expect(result).toMatchObject({ status: 0, stderr: '' });
      return { stdout: result.stdout, services: readFileSync(started, 'utf8').split('\n').filter(Boolean) };
    };

    // A fresh cache: the worker's service builds the bundle (the checkout has no environment files for the program's own).
    expect(await run({})).toEqual({ stdout: '["unset","unset"]\n', services: ['GOGC=off GOMEMLIMIT=1GiB'] });
    expect(await run({ GOGC: '50' })).toEqual({ stdout: '["50","unset"]\n', services: ['GOGC=50 GOMEMLIMIT=unset'] });
    expect(await run({ GOMEMLIMIT: '2GiB' })).toEqual({ stdout: '["unset","2GiB"]\n', services: ['GOGC=unset GOMEMLIMIT=2GiB'] });
  }, 60_000);
});

describe('the build cache stays bounded', () => {
  test('a sweep of the bundles removes unused and orphaned manifests, unreferenced bundles with their code caches and old partial writes, each past its age margin', () => {
    const folder = tempDir('calypso-k8s-program-build-sweep-');
    mkdirSync(join(folder, 'files'));
    const now = Date.now();
    const program = join(folder, 'program.ts');
    writeFileSync(program, '');
    const manifest = (name: string, ageMs: number, entry: string, bundle: string): void =>
      writeAged(join(folder, name), ageMs, now, JSON.stringify({ entry, bundle }));
    // Used 3 days ago: kept, bundle and code cache.
    manifest('live-1.json', 3 * DAY_MS, program, 'live.js');
    writeAged(join(folder, 'live.js'), 3 * DAY_MS, now);
    writeAged(join(folder, 'live.js.v8'), 3 * DAY_MS, now);
    // Written 8 days ago, its bundle marked used a day ago: kept.
    manifest('marked-1.json', 8 * DAY_MS, program, 'marked.js');
    writeAged(join(folder, 'marked.js'), DAY_MS, now);
    // Neither used for 8 days: removed with its bundle and code cache.
    manifest('idle-1.json', 8 * DAY_MS, program, 'idle.js');
    writeAged(join(folder, 'idle.js'), 8 * DAY_MS, now);
    writeAged(join(folder, 'idle.js.v8'), 8 * DAY_MS, now);
    // Of a checkout that is gone, its bundle unused for 3 days: removed once an hour old, with its bundle.
    manifest('gone-1.json', 2 * HOUR_MS, join(folder, 'gone', 'program.ts'), 'gone.js');
    writeAged(join(folder, 'gone.js'), 3 * DAY_MS, now);
    // Of a checkout this process does not see, but whose bundle was marked used a day ago (another container sharing the
    // folder): kept, with its bundle.
    manifest('elsewhere-1.json', 2 * HOUR_MS, join(folder, 'elsewhere', 'program.ts'), 'elsewhere.js');
    writeAged(join(folder, 'elsewhere.js'), DAY_MS, now);
    // Of a checkout gone too, but written 10 minutes ago (a program may be about to run from it): kept, with its bundle.
    manifest('new-1.json', 10 * MINUTE_MS, join(folder, 'new', 'program.ts'), 'new.js');
    writeAged(join(folder, 'new.js'), 2 * HOUR_MS, now);
    // Unreadable, written two hours ago: removed.
    writeAged(join(folder, 'broken-1.json'), 2 * HOUR_MS, now, '{');
    // Named by no manifest: removed once an hour old, a code cache with its bundle.
    writeAged(join(folder, 'replaced.js'), 2 * HOUR_MS, now);
    writeAged(join(folder, 'replaced.js.v8'), 2 * HOUR_MS, now);
    writeAged(join(folder, 'recent.js'), 10 * MINUTE_MS, now);
    writeAged(join(folder, 'recent.js.v8'), 2 * HOUR_MS, now);
    // Code caches whose bundle is gone, and partial writes: removed once an hour old.
    writeAged(join(folder, 'orphan.js.v8'), 2 * HOUR_MS, now);
    writeAged(join(folder, 'orphan-new.js.v8'), 10 * MINUTE_MS, now);
    writeAged(join(folder, 'live.js.123-abc'), 2 * HOUR_MS, now);
    writeAged(join(folder, 'live-1.json.123-def'), 10 * MINUTE_MS, now);
    // The transpiled files' sweep stamp, whatever its age.
    writeAged(join(folder, 'files.swept'), 2 * HOUR_MS, now);

    const removed = programBuild.sweepBuilds(folder, now);

    expect(removed.sort()).toEqual(
      [
        'broken-1.json',
        'gone-1.json',
        'gone.js',
        'idle-1.json',
        'idle.js',
        'idle.js.v8',
        'live.js.123-abc',
        'orphan.js.v8',
        'replaced.js',
        'replaced.js.v8',
      ].sort(),
    );
    expect(readdirSync(folder).sort()).toEqual(
      [
        'elsewhere-1.json',
        'elsewhere.js',
        'files',
        'files.swept',
        'live-1.json',
        'live-1.json.123-def',
        'live.js',
        'live.js.v8',
        'marked-1.json',
        'marked.js',
        'new-1.json',
        'new.js',
        'orphan-new.js.v8',
        'program.ts',
        'recent.js',
        'recent.js.v8',
      ].sort(),
    );
    // A folder that is not there is nothing to sweep, not an error.
    expect(programBuild.sweepBuilds(join(folder, 'none'), now)).toEqual([]);
  });

  test('a sweep of the transpiled files removes those unused for 2 days and old partial writes, at most once an hour', () => {
    const folder = join(tempDir('calypso-k8s-program-build-sweep-files-'), 'files');
    mkdirSync(folder);
    const now = Date.now();
    writeAged(join(folder, 'unused.js'), 3 * DAY_MS, now);
    writeAged(join(folder, 'used.js'), DAY_MS, now);
    writeAged(join(folder, 'used.js.1-partial'), 2 * HOUR_MS, now);
    writeAged(join(folder, 'writing.js.2-partial'), 10 * MINUTE_MS, now);

    expect(programBuild.sweepTranspiledFiles(folder, now).sort()).toEqual(['unused.js', 'used.js.1-partial']);
    expect(readdirSync(folder).sort()).toEqual(['used.js', 'writing.js.2-partial']);
    expect(readdirSync(join(folder, '..'))).toContain('files.swept');
    // Swept less than an hour ago (its stamp): the next sweep waits, then removes what has grown old meanwhile.
    writeAged(join(folder, 'unused.js'), 3 * DAY_MS, now);
    expect(programBuild.sweepTranspiledFiles(folder, now + 30 * MINUTE_MS)).toEqual([]);
    expect(programBuild.sweepTranspiledFiles(folder, now + 2 * HOUR_MS).sort()).toEqual(['unused.js', 'writing.js.2-partial']);
  });

  test("a warm run marks its bundle and transpiled files used; a build removes the bundle it replaces with its code cache, an old unreferenced bundle, a gone checkout's manifest and old transpiled files", async () => {
    // The program loads an environment file at run time (not bundled), through its transpiled file.
    const root = programCheckout({ 'program.ts': `import { one } from '../environments/one';\nconsole.log(41 + one);\n` });
    writeFileSync(join(root, 'environments', 'one.ts'), `export const one = 1;\n`);
    const cache = tempDir('calypso-k8s-program-build-cache-');
    const build = join(cache, 'build');
    const files = join(build, 'files');
    const bundles = (): string[] => readdirSync(build).filter((file) => file.endsWith('.js'));
    const named = (): string[] =>
      readdirSync(build)
        .filter((file) => file.endsWith('.json'))
        .map((file) => (JSON.parse(readFileSync(join(build, file), 'utf8')) as { bundle: string }).bundle);
    const ageOf = (file: string): number => Date.now() - statSync(file).mtimeMs;

    expect(await runCheckoutProgram(root, cache)).toEqual({ status: 0, stdout: '42\n', stderr: '' });
    const [first] = bundles();
    const [transpiled] = readdirSync(files).filter((file) => file.endsWith('.js'));
    expect([first, transpiled]).not.toContain(undefined);
    expect(readdirSync(build)).toContain(`${first}.v8`);

    // Last used two days ago: a warm run marks the bundle and the transpiled file it loads used again.
    setAge(join(build, first), 2 * DAY_MS, Date.now());
    setAge(join(files, transpiled), 2 * DAY_MS, Date.now());
    expect(await runCheckoutProgram(root, cache)).toEqual({ status: 0, stdout: '42\n', stderr: '' });
    expect(ageOf(join(build, first))).toBeLessThan(HOUR_MS);
    expect(ageOf(join(files, transpiled))).toBeLessThan(HOUR_MS);

    // What the next build's sweeps remove: a bundle no manifest names, a gone checkout's manifest and bundle, a transpiled
    // file unused for 3 days. What they keep: the environment file's transpiled file, which the build marks used, though
    // 3 days old.
    const now = Date.now();
    writeAged(join(build, 'unreferenced.js'), 2 * HOUR_MS, now);
    writeAged(join(build, 'unreferenced.js.v8'), 2 * HOUR_MS, now);
    writeAged(join(build, 'gone-1.json'), 2 * HOUR_MS, now, JSON.stringify({ entry: join(root, 'gone.ts'), bundle: 'gone.js' }));
    writeAged(join(build, 'gone.js'), 3 * DAY_MS, now);
    writeAged(join(files, 'unused.js'), 3 * DAY_MS, now);
    setAge(join(files, transpiled), 3 * DAY_MS, now);
    setAge(join(build, 'files.swept'), 2 * HOUR_MS, now);
    // A source edited and a new environment file: the build writes a bundle and a transpiled file, so both sweeps run.
    writeFileSync(join(root, 'apps', 'program.ts'), `console.log(43);\n`);
    writeFileSync(join(root, 'environments', 'two.ts'), `export const two = 2;\n`);
    expect(await runCheckoutProgram(root, cache)).toEqual({ status: 0, stdout: '43\n', stderr: '' });

    const [second] = named();
    expect(named()).toEqual([second]);
    expect(bundles()).toEqual([second]);
    expect(readdirSync(build)).not.toContain(`${first}.v8`);
    expect(readdirSync(build)).not.toContain('unreferenced.js.v8');
    expect(readdirSync(files)).not.toContain('unused.js');
    expect(readdirSync(files)).toContain(transpiled);
    expect(readdirSync(files).filter((file) => file.endsWith('.js'))).toHaveLength(2);
  }, 60_000);

  test('a manifest that names a file outside the cache as its bundle is not followed, nor that file removed by the next build', async () => {
    const root = programCheckout({ 'program.ts': `console.log(42);\n` });
    const cache = tempDir('calypso-k8s-program-build-cache-');
    expect(await runCheckoutProgram(root, cache)).toEqual({ status: 0, stdout: '42\n', stderr: '' });
    const [manifest] = readdirSync(join(cache, 'build')).filter((file) => file.endsWith('.json'));
    const recorded = JSON.parse(readFileSync(join(cache, 'build', manifest), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(cache, 'build', manifest), JSON.stringify({ ...recorded, bundle: '../victim.js' }));
    writeFileSync(join(cache, 'victim.js'), 'console.log("victim");\n');
    // An edit: the build that follows replaces the bundle the manifest names.
    writeFileSync(join(root, 'apps', 'program.ts'), `console.log(43);\n`);
    expect(await runCheckoutProgram(root, cache)).toEqual({ status: 0, stdout: '43\n', stderr: '' });
    expect(readFileSync(join(cache, 'victim.js'), 'utf8')).toBe('console.log("victim");\n');
  }, 60_000);

  test('a run whose bundle a build of another run removed after it was named runs from the current one', async () => {
    const root = programCheckout({ 'program.ts': `console.log(42);\n` });
    const cache = tempDir('calypso-k8s-program-build-cache-');
    expect(await runCheckoutProgram(root, cache)).toEqual({ status: 0, stdout: '42\n', stderr: '' });
    // Loaded before the loader: the first read of a bundle finds it removed, as after another run's build.
    const remover = join(tempDir('calypso-k8s-program-build-remover-'), 'remove-bundle.js');
    writeFileSync(
      remover,
      [
        `const fs = require('node:fs');`,
        `const read = fs.readFileSync;`,
        `let removed = false;`,
        `fs.readFileSync = function (file, ...rest) {`,
        `  if (!removed && typeof file === 'string' && /[\\/]build[\\/][0-9a-f]{24}\\.js$/.test(file)) {`,
        `    removed = true;`,
        `    fs.rmSync(file);`,
        // As if the sources had changed meanwhile, and no longer parsed.
        `    if (process.env.BREAK_SOURCE) fs.writeFileSync(process.env.BREAK_SOURCE, 'console.log(42;\\n');`,
        `  }`,
        `  return read.call(this, file, ...rest);`,
        `};`,
      ].join('\n'),
    );
    const result = await runCheckoutProgram(root, cache, { NODE_OPTIONS: `--require ${remover}` });
    expect(result).toEqual({ status: 0, stdout: '42\n', stderr: '' });
    expect(readdirSync(join(cache, 'build')).filter((file) => file.endsWith('.js'))).toHaveLength(1);
    // When the current one does not build, tsx loads the sources and reports the error at its line, as on any start.
    const broken = await runCheckoutProgram(root, cache, {
      NODE_OPTIONS: `--require ${remover}`,
      BREAK_SOURCE: join(root, 'apps', 'program.ts'),
    });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/program\.ts:1:14: ERROR: Expected "\)" but found ";"/);
    expect(broken.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
