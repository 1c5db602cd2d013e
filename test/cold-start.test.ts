/**
 * A program's first run on a fresh clone (every cache empty): it builds its
 * bundle in a worker thread and transpiles the environment files there, a
 * second run reuses both, CALYPSO_BUILD=off gives the same answer through
 * tsx, and a source that does not build falls back to tsx, which reports
 * it. In a checkout of its own, a bundle follows every edit of a source,
 * and its imports of apps/ files are deferred (apps/deferred-imports.js):
 * evaluated when first read, with the modules' own values. While the bundle
 * builds, the program's thread compiles the validators the way the
 * validator later does (apps/validator-warm-up.js). Each run
 * starts a process (`node --require ./apps/register.js`); runs that do not
 * depend on each other start side by side.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers';
import { programCheckout, runCheckoutProgram } from './program-checkout';
import { programEnvironment, runProcess, type ProcessResult } from './program-run';
import { REPO } from './temp-project';

/** An empty folder for CALYPSO_CACHE_DIR, removed when the file ends. */
function emptyCache(): string {
  return tempDir('calypso-k8s-cold-start-');
}

/** A run of `node --require ./apps/register.js <args>` (without NODE_EXTRA_CA_CERTS: see programEnvironment). */
const program = (args: readonly string[], env: NodeJS.ProcessEnv) =>
  runProcess(
    process.execPath,
    ['--require', './apps/register.js', ...args],
    programEnvironment({ ...process.env, TSX_DISABLE_CACHE: '1', ...env }),
  );

/** The bundles in a cache folder (none when it has no build folder). */
const bundlesIn = (cache: string): string[] => {
  try {
    return readdirSync(join(cache, 'build')).filter((file) => file.endsWith('.js'));
  } catch {
    return [];
  }
};

/** The entries of a folder (none when it does not exist). */
const listed = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

const environmentFiles = readdirSync(join(REPO, 'environments'), { recursive: true }).filter((file) => String(file).endsWith('.ts'));

/**
 * The fresh-cache runs, started as this file loads (beside the other tests' runs): the first run, then the next on the
 * same cache; the run through tsx needs nothing of the others and starts with the first.
 */
const freshCacheRuns = (async () => {
  const cache = emptyCache();
  const unbuilt = emptyCache();
  const throughTsx = program(['apps/sizing.ts', 'dev'], { CALYPSO_CACHE_DIR: unbuilt, CALYPSO_BUILD: 'off' });
  const first = await program(['apps/sizing.ts', 'dev'], { CALYPSO_CACHE_DIR: cache });
  const build = join(cache, 'build');
  const bundles = bundlesIn(cache);
  const builtFiles = listed(join(build, 'files'));
  const builtAt = bundles.length === 1 ? statSync(join(build, bundles[0])).mtimeMs : undefined;
  const second = await program(['apps/sizing.ts', 'dev'], { CALYPSO_CACHE_DIR: cache });
  const afterSecond = { bundles: bundlesIn(cache), builtAt: bundles.length === 1 ? statSync(join(build, bundles[0])).mtimeMs : undefined };
  return { first, bundles, builtFiles, builtAt, second, afterSecond, throughTsx: await throughTsx, unbuilt: readdirSync(unbuilt) };
})();

test('a fresh cache: the first run builds the bundle and transpiles the environment files, the next reuses them, CALYPSO_BUILD=off answers the same', async () => {
  const { first, bundles, builtFiles, builtAt, second, afterSecond, throughTsx, unbuilt } = await freshCacheRuns;
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  expect(first.stdout).toContain('dev');
  expect(bundles).toHaveLength(1);
  expect(builtFiles).toHaveLength(environmentFiles.length);

  expect(second).toEqual(first);
  expect(afterSecond).toEqual({ bundles, builtAt });

  expect(throughTsx).toEqual(first);
  expect(unbuilt).not.toContain('build');
}, 120_000);

/**
 * A preload for the validators' head start (apps/validator-warm-up.js): it records every script V8 is asked to compile (its
 * file, a hash of its text, and whether the head start compiled it), and gives the head start time for every validator, as
 * if the build took long (on its own it stops when the bundle is built, which may come first).
 */
const SCRIPT_RECORDER = `
const vm = require('node:vm');
const { createHash } = require('node:crypto');
const Original = vm.Script;
const compiled = [];
vm.Script = class extends Original {
  constructor(source, options) {
    super(source, options);
    const ahead = (new Error().stack ?? '').includes('validator-warm-up.js');
    compiled.push({ file: options?.filename, hash: createHash('sha256').update(source).digest('hex'), ahead });
  }
};
const build = require.resolve(${JSON.stringify(join(REPO, 'apps', 'program-build.js'))});
const real = require(build);
require.cache[build].exports = { ...real, programBundle: (entry, whileBuilding) => real.programBundle(entry, (built) => whileBuilding(() => false)) };
process.on('exit', () => require('node:fs').writeFileSync(process.env.SCRIPT_RECORD, JSON.stringify(compiled)));
`;

/** A script the recorder saw compiled: its file, a hash of its text, and whether the head start compiled it. */
interface RecordedScript {
  readonly file: string;
  readonly hash: string;
  readonly ahead: boolean;
}

/** A validation of dist/dev with SCRIPT_RECORDER and `cache` as its caches: its run and the scripts compiled, in order. */
async function recordedValidation(cache: string, env: NodeJS.ProcessEnv = {}): Promise<{ run: ProcessResult; compiled: RecordedScript[] }> {
  const recorder = join(cache, 'recorder.js');
  writeFileSync(recorder, SCRIPT_RECORDER);
  const record = join(cache, 'record.json');
  const run = await runProcess(
    process.execPath,
    ['--require', recorder, '--require', './apps/register.js', 'apps/validate.ts', 'dist/dev'],
    programEnvironment({ ...process.env, TSX_DISABLE_CACHE: '1', CALYPSO_CACHE_DIR: cache, SCRIPT_RECORD: record, ...env }),
  );
  let compiled: RecordedScript[] = [];
  try {
    compiled = JSON.parse(readFileSync(record, 'utf8')) as RecordedScript[];
  } catch {
    // A run that failed before its exit wrote nothing: the test's check of the run shows why.
  }
  return { run, compiled };
}

/**
 * Run as this file loads: a fresh cache's validation, then one that builds its bundle again (another Node version's key)
 * with the validators' code caches the first left.
 */
const recordedRuns = (async () => {
  const cache = emptyCache();
  const fresh = await recordedValidation(cache);
  const rebuilt = await recordedValidation(cache, { CALYPSO_BUILD_NODE_VERSION: 'v20.0.0-rebuilt' });
  return { fresh, rebuilt, bundles: bundlesIn(cache) };
})();
const recordedScripts = recordedRuns.then(({ fresh }) => fresh);

test('a run that builds its bundle again, where the validators have code caches, compiles nothing ahead: V8 would pass over the code caches', async () => {
  const { fresh, rebuilt, bundles } = await recordedRuns;
  expect([fresh.run.status, rebuilt.run.status, rebuilt.run.stderr]).toEqual([0, 0, '']);
  expect(fresh.compiled.some((script) => script.ahead)).toBe(true);
  expect(rebuilt.compiled.filter((script) => script.ahead)).toEqual([]);
  // It did build again (a bundle for each key), so the head start was its to take.
  expect(bundles).toHaveLength(2);
}, 120_000);

test("while a fresh cache's bundle builds, the program's thread compiles the validators as the validator later does: the same text of the same file, which V8 then finds compiled", async () => {
  const { run, compiled } = await recordedScripts;
  expect(run).toMatchObject({ status: 0, stderr: '' });
  const validatorsDir = join(REPO, 'schemas', 'validators');
  const ahead = compiled.filter((script) => script.ahead);
  // Every committed validator, most used first.
  expect(ahead.map((script) => script.file)).toEqual(
    expect.arrayContaining(
      readdirSync(validatorsDir)
        .filter((file) => file.endsWith('.js'))
        .map((file) => join(validatorsDir, file)),
    ),
  );
  expect(ahead[0].file).toMatch(/kubernetes-[\d.]+\.js$/);
  const loaded = compiled.filter((script) => !script.ahead && script.file.startsWith(validatorsDir));
  expect(loaded.length).toBeGreaterThan(0);
  for (const script of loaded) expect(ahead).toContainEqual({ ...script, ahead: true });
}, 120_000);

/** A program that does not build, run as this file loads. */
const brokenRun = (async () => {
  const cache = emptyCache();
  const broken = join(cache, 'broken.ts');
  writeFileSync(
    broken,
    `import { SUPPORTED_KUBERNETES_VERSIONS } from '${join(REPO, 'lib', 'model', 'kubernetes-versions')}';\nconst = 1;\n`,
  );
  const run = await program([broken], { CALYPSO_CACHE_DIR: cache });
  return { run, bundles: bundlesIn(cache) };
})();

test('a program that does not build: loaded through tsx, whose transform reports the syntax error at its line and nothing else; no hang, no bundle left', async () => {
  const { run, bundles } = await brokenRun;
  expect(run.status).toBe(1);
  // The transform's report alone (the bundle's build failing would read `building … failed: Build failed`), without
  // tsx's minified source line and esbuild's stack, which Node prints above an uncaught error.
  expect(run.stderr).toMatch(/^Transform failed with 1 error:\n\S*broken\.ts:2:6: ERROR: [^\n]+\n$/);
  expect(bundles).toEqual([]);
}, 120_000);

/** The files of a small checkout's apps/: a program, the module it imports, one that imports that too, and a CommonJS file. */
const FIXTURE_SOURCES: Readonly<Record<string, string>> = {
  'helper.ts': [
    `((globalThis as { fixtureLog?: string[] }).fixtureLog ??= []).push('helper');`,
    `export const greeting = 'one';`,
    `export class Marker {}`,
    `export default 'esm default';`,
  ].join('\n'),
  'maker.ts': `import { Marker } from './helper';\nexport const made = (): unknown => new Marker();\n`,
  'plain.js': `module.exports = () => 'cjs default';\n`,
  'program.ts': [
    `import { greeting, Marker } from './helper';`,
    `import esmDefault from './helper';`,
    `import plain from './plain';`,
    `import { made } from './maker';`,
    `const log = ((globalThis as { fixtureLog?: string[] }).fixtureLog ??= []);`,
    `log.push('program');`,
    `const values = { greeting, same: made() instanceof Marker, esmDefault, cjsDefault: plain() };`,
    `console.log(JSON.stringify({ order: log, ...values }));`,
  ].join('\n'),
};

/** The fixture's runs, started as this file loads (beside the other tests' runs): one, then one after an edit. */
const fixtureRuns = (async () => {
  const root = programCheckout(FIXTURE_SOURCES);
  const cache = emptyCache();
  const run = () => runCheckoutProgram(root, cache, { TSX_DISABLE_CACHE: '1' });
  const bundled = await run();
  const bundles = bundlesIn(cache);
  // The same size and at once (within the same second as the build): only the content tells the edit apart.
  const helper = join(root, 'apps', 'helper.ts');
  writeFileSync(helper, readFileSync(helper, 'utf8').replace(`'one'`, `'two'`));
  const edited = await run();
  return { bundled, bundles, edited, bundlesAfterEdit: bundlesIn(cache) };
})();

test('a bundle follows every edit of a source, and its imports of apps/ files are evaluated when first read, with their own values', async () => {
  const { bundled, bundles, edited, bundlesAfterEdit } = await fixtureRuns;
  const values = { greeting: 'one', same: true, esmDefault: 'esm default', cjsDefault: 'cjs default' };
  const parsed = (result: ProcessResult) => ({ ...result, stdout: JSON.parse(result.stdout) as unknown });
  // Imported eagerly (as tsx and vitest do), the helper would be evaluated before the program's first line.
  expect(parsed(bundled)).toEqual({ status: 0, stderr: '', stdout: { order: ['program', 'helper'], ...values } });
  expect(bundles).toHaveLength(1);
  expect(parsed(edited)).toEqual({ status: 0, stderr: '', stdout: { order: ['program', 'helper'], ...values, greeting: 'two' } });
  expect(bundlesAfterEdit).toHaveLength(1);
  expect(bundlesAfterEdit).not.toEqual(bundles);
}, 120_000);
