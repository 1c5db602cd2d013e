/**
 * The cache on disk of the PromQL checks' results (lib/output/promql-problem-cache.ts): a result is
 * used again only for exactly the same expression and the same checker (its sources and the installed
 * grammar), a stale, corrupt or foreign file or entry is never trusted, and the cache can be moved or
 * switched off.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cacheFolder } from '../lib/output/cache-files';
import { UNUSED_CACHE_MS, USE_MARK_MS } from '../lib/output/cache-use';
import { createRequire } from 'node:module';
import { manifestFileName, type Manifest } from '../lib/output/render';
import { analysisQueryExpression } from '../lib/output/promql-check';
import { mayHoldPromql, PROMQL_KINDS, promqlExpressions } from '../lib/output/promql-expressions';
import { PROMQL_CHECKER_SOURCES, prometheusRuleFindings, promqlProblems, usePromqlProblemCache } from '../lib/output/prometheus-rules';
import { prefillPromqlCache } from '../lib/output/promql-prefill';
import {
  MOST_PROMQL_ENTRIES,
  promqlCacheDir,
  promqlCheckerFingerprint,
  promqlCheckerInputs,
  PromqlProblemCache,
} from '../lib/output/promql-problem-cache';
import { restoreSpies, spyOnFs } from './fs-spy';
import { tempDir } from './helpers';
import { runProgram } from './program-run';
import { sharedDistDir, sharedRender } from './shared-render';
import { committedSpecs, tempProject } from './temp-project';

const ROOT = join(__dirname, '..');
const FINGERPRINT = promqlCheckerFingerprint(promqlCheckerInputs(PROMQL_CHECKER_SOURCES));
/** A valid expression with no selector, so its real check finds nothing; a planted result for it shows the cache answered. */
const EXPRESSION = 'vector(1)';
const PLANTED = ['planted by the test'];

const dirs: string[] = [];
let before: PromqlProblemCache | undefined;
beforeEach(() => {
  before = usePromqlProblemCache(undefined);
});
afterEach(() => {
  usePromqlProblemCache(before);
});
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function cacheDir(): string {
  const dir = tempDir('calypso-k8s-promql-cache-');
  dirs.push(dir);
  return dir;
}

/** The file the cache of `fingerprint` reads and writes in `dir`. */
const cacheFile = (dir: string, fingerprint: string = FINGERPRINT): string => join(dir, `${fingerprint.slice(0, 32)}.json`);

/** Writes a cache file in `dir` holding the planted result for EXPRESSION (by default for this checker). */
function plant(dir: string, fingerprint: string = FINGERPRINT): void {
  const cache = PromqlProblemCache.open(dir, fingerprint);
  cache.set(EXPRESSION, PLANTED);
  cache.save();
}

/** What the checks say of `expression` with the cache of this checker in `dir`. */
function checkedWith(dir: string, expression: string = EXPRESSION): string[] {
  usePromqlProblemCache(PromqlProblemCache.open(dir, FINGERPRINT));
  return promqlProblems(expression, 'ns');
}

test('a checked expression is written to the cache, and the next run takes its result from there without checking it again', () => {
  const dir = cacheDir();
  const first = PromqlProblemCache.open(dir, FINGERPRINT);
  usePromqlProblemCache(first);
  expect(promqlProblems('x{namespace="ns"} / y', 'ns')).toEqual(['selector y is not scoped to namespace="ns"']);
  first.save();
  expect(readdirSync(dir)).toEqual([`${FINGERPRINT.slice(0, 32)}.json`]);

  // The namespace is taken out of the key: another environment's namespace hits the same entry.
  const second = PromqlProblemCache.open(dir, FINGERPRINT);
  expect(second.get('x{namespace="calypso-k8s-namespace-placeholder"} / y')).toEqual([
    'selector y is not scoped to namespace="calypso-k8s-namespace-placeholder"',
  ]);
  usePromqlProblemCache(second);
  expect(promqlProblems('x{namespace="other"} / y', 'other')).toEqual(['selector y is not scoped to namespace="other"']);

  plant(dir);
  expect(checkedWith(dir)).toEqual(PLANTED);
});

test('a changed expression is checked again', () => {
  const dir = cacheDir();
  plant(dir);
  expect(checkedWith(dir, 'vector(2)')).toEqual([]);
  expect(checkedWith(dir, `${EXPRESSION} `)).toEqual([]);
  expect(checkedWith(dir, 'vector(1')[0]).toMatch(/^syntax error/);
});

test("a stale result, another checker's or another format's, is never trusted", () => {
  const dir = cacheDir();
  const other = promqlCheckerFingerprint(['another checker']);
  plant(dir, other);
  expect(checkedWith(dir)).toEqual([]);

  // The other checker's file copied under this checker's name: its fingerprint inside still tells.
  writeFileSync(cacheFile(dir), readFileSync(cacheFile(dir, other)));
  expect(checkedWith(dir)).toEqual([]);

  const planted = { format: 1, fingerprint: FINGERPRINT, entries: [[EXPRESSION, PLANTED]] };
  writeFileSync(cacheFile(dir), JSON.stringify({ ...planted, format: 2 }));
  expect(checkedWith(dir)).toEqual([]);
  writeFileSync(cacheFile(dir), JSON.stringify(planted));
  expect(checkedWith(dir)).toEqual(PLANTED);
});

test('a corrupt cache file or entry is never trusted, and the file is written anew', () => {
  const dir = cacheDir();
  const entries = (list: unknown): string => JSON.stringify({ format: 1, fingerprint: FINGERPRINT, entries: list });
  const corrupt = [
    'not json',
    entries([[EXPRESSION, PLANTED]]).slice(0, -10),
    'null',
    '[]',
    JSON.stringify({ format: 1, fingerprint: FINGERPRINT }),
    entries({ [EXPRESSION]: PLANTED }),
    entries([[EXPRESSION, 'planted by the test']]),
    entries([[EXPRESSION, [1]]]),
    entries([[EXPRESSION]]),
    entries([[EXPRESSION, PLANTED, 'more']]),
  ];
  for (const content of corrupt) {
    writeFileSync(cacheFile(dir), content);
    expect({ content, problems: checkedWith(dir) }).toEqual({ content, problems: [] });
  }

  // A bad entry does not spoil the good ones beside it.
  writeFileSync(
    cacheFile(dir),
    entries([
      [EXPRESSION, [1]],
      ['vector(2)', PLANTED],
    ]),
  );
  expect(checkedWith(dir, 'vector(2)')).toEqual(PLANTED);

  writeFileSync(cacheFile(dir), 'not json');
  const cache = PromqlProblemCache.open(dir, FINGERPRINT);
  usePromqlProblemCache(cache);
  expect(promqlProblems('vector(3)', 'ns')).toEqual([]);
  cache.save();
  expect(JSON.parse(readFileSync(cacheFile(dir), 'utf8'))).toEqual({ format: 1, fingerprint: FINGERPRINT, entries: [['vector(3)', []]] });
});

test("the fingerprint covers the checker's sources and the installed grammar and parser versions", () => {
  const inputs = promqlCheckerInputs(PROMQL_CHECKER_SOURCES);
  const version = (name: string): string =>
    (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  // The checks and the cache: not the rule objects' checks nor the walk, which choose the expressions (the keys), not their results.
  expect(PROMQL_CHECKER_SOURCES.map((source) => relative(ROOT, source))).toEqual([
    'lib/output/promql-check.ts',
    'lib/output/promql-problem-cache.ts',
  ]);
  expect(inputs).toEqual(
    expect.arrayContaining([
      readFileSync(join(ROOT, 'lib/output/promql-check.ts'), 'utf8'),
      readFileSync(join(ROOT, 'lib/output/promql-problem-cache.ts'), 'utf8'),
      `@prometheus-io/lezer-promql@${version('@prometheus-io/lezer-promql')}`,
      `@lezer/lr@${version('@lezer/lr')}`,
      `@lezer/common@${version('@lezer/common')}`,
    ]),
  );

  const dir = cacheDir();
  const source = join(dir, 'checker.ts');
  writeFileSync(source, 'export const check = 1;\n');
  const fingerprint = promqlCheckerFingerprint(promqlCheckerInputs([source]));
  writeFileSync(source, 'export const check = 2;\n');
  expect(promqlCheckerFingerprint(promqlCheckerInputs([source]))).not.toBe(fingerprint);
  expect(promqlCheckerFingerprint(['a', 'b'])).not.toBe(promqlCheckerFingerprint(['ab']));
  const lr = inputs.findIndex((input) => input.startsWith('@lezer/lr@'));
  expect(promqlCheckerFingerprint(inputs.map((input, index) => (index === lr ? '@lezer/lr@0.0.0' : input)))).not.toBe(FINGERPRINT);
});

test('CALYPSO_PROMQL_CACHE=off keeps results in memory only; CALYPSO_CACHE_DIR moves the cache', () => {
  expect(promqlCacheDir({})).toBe(join(ROOT, 'node_modules', '.cache', 'calypso-k8s', 'promql'));
  expect(promqlCacheDir({ CALYPSO_CACHE_DIR: '/somewhere' })).toBe(join('/somewhere', 'promql'));
  expect(promqlCacheDir({ CALYPSO_PROMQL_CACHE: 'off', CALYPSO_CACHE_DIR: '/somewhere' })).toBeUndefined();

  const memory = PromqlProblemCache.open(undefined, FINGERPRINT);
  memory.set(EXPRESSION, PLANTED);
  memory.save();
  expect(memory.file).toBeUndefined();
  expect(memory.get(EXPRESSION)).toEqual(PLANTED);
});

test('the file is written whole, keeps the most recently used entries, and a folder it cannot write is no error', () => {
  const dir = cacheDir();
  const cache = PromqlProblemCache.open(dir, FINGERPRINT);
  for (let index = 0; index <= MOST_PROMQL_ENTRIES; index++) cache.set(`vector(${index})`, []);
  cache.get('vector(0)');
  cache.save();
  expect(readdirSync(dir)).toEqual([`${FINGERPRINT.slice(0, 32)}.json`]);
  const reopened = PromqlProblemCache.open(dir, FINGERPRINT);
  expect(reopened.get('vector(0)')).toEqual([]);
  expect(reopened.get('vector(1)')).toBeUndefined();
  expect(reopened.get(`vector(${MOST_PROMQL_ENTRIES})`)).toEqual([]);

  const notAFolder = join(dir, 'file');
  writeFileSync(notAFolder, '');
  const unwritable = PromqlProblemCache.open(join(notAFolder, 'promql'), FINGERPRINT);
  unwritable.set(EXPRESSION, PLANTED);
  expect(() => unwritable.save()).not.toThrow();
});

test('writing a file removes the cache files no run has written for a week (checkers since changed), and nothing else', () => {
  const dir = cacheDir();
  const old = (Date.now() - UNUSED_CACHE_MS - 60_000) / 1000;
  const unused = promqlCheckerFingerprint(['a checker of last month']).slice(0, 32);
  const recent = promqlCheckerFingerprint(['a checker of another checkout']).slice(0, 32);
  for (const name of [`${unused}.json`, `${unused}.json.123`, `${unused}.json.123-1`, `${recent}.json`, 'notes.txt']) {
    writeFileSync(join(dir, name), '{}');
    if (name !== `${recent}.json`) utimesSync(join(dir, name), old, old);
  }
  plant(dir);
  expect(readdirSync(dir).sort()).toEqual([`${FINGERPRINT.slice(0, 32)}.json`, `${recent}.json`, 'notes.txt'].sort());
});

test('a file another checkout still reads is kept, however long since it was written: a run marks the file it reads used, once a day', () => {
  const dir = cacheDir();
  const weeksAgo = (Date.now() - 3 * UNUSED_CACHE_MS) / 1000;
  const hourAgo = (Date.now() - USE_MARK_MS / 24) / 1000;
  const other = promqlCheckerFingerprint(['the checker of another checkout sharing node_modules']);
  plant(dir, other);
  utimesSync(cacheFile(dir, other), weeksAgo, weeksAgo);
  // The other checkout's run reads its file (and adds nothing, so it writes nothing).
  expect(PromqlProblemCache.open(dir, other).get(EXPRESSION)).toEqual(PLANTED);
  expect(statSync(cacheFile(dir, other)).mtimeMs).toBeGreaterThan(Date.now() - USE_MARK_MS);
  plant(dir);
  expect(readdirSync(dir).sort()).toEqual([`${FINGERPRINT.slice(0, 32)}.json`, `${other.slice(0, 32)}.json`].sort());

  // Marked within the day: a warm run writes nothing, not even a time.
  utimesSync(cacheFile(dir, other), hourAgo, hourAgo);
  const marked = statSync(cacheFile(dir, other)).mtimeMs;
  PromqlProblemCache.open(dir, other);
  expect(statSync(cacheFile(dir, other)).mtimeMs).toBe(marked);
});

/**
 * Two real synth runs of a project holding dev alone (its own environments folder and dist/, so that a run neither
 * loads nor resolves the other environments for dist/argocd), with an empty PromQL cache (CALYPSO_CACHE_DIR, its other
 * caches linked to the usual ones so that neither run builds the program or the validators), each reporting the
 * packages it loaded (test/loaded-packages-probe.js). Started as this file loads, beside the tests above.
 */
const realRuns = (async () => {
  const project = tempProject({ dev: committedSpecs().dev });
  dirs.push(project.root);
  const caches = join(project.root, 'caches');
  mkdirSync(caches);
  for (const name of ['build', 'validators']) {
    mkdirSync(cacheFolder(name, {}), { recursive: true });
    symlinkSync(cacheFolder(name, {}), join(caches, name));
  }
  const synth = async (run: string) => {
    const loaded = join(project.root, `${run}-packages.json`);
    const result = await runProgram('main', [], {
      ...project.env,
      CALYPSO_CACHE_DIR: caches,
      CALYPSO_LOADED_PACKAGES: loaded,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${join(__dirname, 'loaded-packages-probe.js')}`].filter(Boolean).join(' '),
    });
    return { result, packages: JSON.parse(readFileSync(loaded, 'utf8')) as string[] };
  };
  const promql = join(caches, 'promql');
  const first = await synth('first');
  const saved = readdirSync(promql).map((name) => ({ name, mtimeMs: statSync(join(promql, name)).mtimeMs }));
  const entries = (JSON.parse(readFileSync(join(promql, saved[0].name), 'utf8')) as { entries: [string, string[]][] }).entries;
  const second = await synth('second');
  const after = readdirSync(promql).map((name) => ({ name, mtimeMs: statSync(join(promql, name)).mtimeMs }));
  return { first, second, saved, entries, after, rendered: readdirSync(project.distDir) };
})();

test("a real synth saves the PromQL checks' results when it exits, and the next one neither loads the grammar nor writes the cache", async () => {
  const { first, second, saved, entries, after, rendered } = await realRuns;
  expect(rendered.sort()).toEqual(['argocd', 'dev']);
  for (const { result } of [first, second]) {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }
  expect(first.packages).toContain('@prometheus-io/lezer-promql');
  expect(saved.map(({ name }) => name)).toEqual([`${FINGERPRINT.slice(0, 32)}.json`]);
  // dev's alert rules, each checked (its namespace taken out) and found sound.
  expect(entries.length).toBeGreaterThan(3);
  for (const [expression, problems] of entries) expect({ expression, problems }).toEqual({ expression, problems: [] });
  expect(entries.map(([expression]) => expression).join('\n')).toContain('namespace="calypso-k8s-namespace-placeholder"');
  expect(second.packages).not.toContain('@prometheus-io/lezer-promql');
  expect(second.packages).not.toContain('@lezer/lr');
  expect(second.packages).toContain('cdk8s');
  expect(after).toEqual(saved);
}, 120_000);

/** Every object of the shared render, with its folder: the objects synth checks, whatever their kind. */
function renderedObjects(): { readonly environment: string; readonly manifest: Manifest }[] {
  return sharedRender().flatMap((folder) => folder.manifests.map((manifest) => ({ environment: folder.name, manifest })));
}

/** Every string held under a key named `expr` or `query`, anywhere in a value: where a rule or query language keeps PromQL. */
function exprAndQueryStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(exprAndQueryStrings);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, member]) =>
    (key === 'expr' || key === 'query') && typeof member === 'string' ? [member] : exprAndQueryStrings(member),
  );
}

test('the walk both the checks and the prefill use finds every PromQL expression of the rendered objects, each in a file the prefill reads', () => {
  const holding = renderedObjects().filter(({ manifest }) => exprAndQueryStrings(manifest).length > 0);
  expect(new Set(holding.map(({ manifest }) => manifest.kind))).toEqual(new Set(['PrometheusRule', 'AnalysisTemplate']));
  for (const { environment, manifest } of renderedObjects()) {
    const object = `${environment}/${manifestFileName(manifest)}`;
    const expressions = promqlExpressions(manifest).map(({ expression }) => expression);
    // An object of a kind the walk does not know, or a rule it skips, would hold an expr or query it does not find.
    const held = exprAndQueryStrings(manifest).map((text) => (manifest.kind === 'AnalysisTemplate' ? analysisQueryExpression(text) : text));
    expect({ object, expressions }).toEqual({ object, expressions: held });
    if (expressions.length > 0) expect({ object, read: mayHoldPromql(manifestFileName(manifest)) }).toEqual({ object, read: true });
  }
  for (const kind of PROMQL_KINDS) expect(mayHoldPromql(manifestFileName({ apiVersion: 'v1', kind, metadata: { name: 'x' } }))).toBe(true);
  expect(mayHoldPromql('prometheusrule-x.json')).toBe(false);
});

test("the prefill from a dist/ folder holds every result the checks of its objects ask for, and is skipped where the cache has this checker's file or is off", () => {
  const dir = cacheDir();
  const objects = renderedObjects();
  const rules = objects.filter(({ manifest }) => manifest.kind === 'PrometheusRule' || manifest.kind === 'AnalysisTemplate');
  expect(rules.map(({ manifest }) => manifest.kind)).toEqual(expect.arrayContaining(['PrometheusRule', 'AnalysisTemplate']));
  expect(prefillPromqlCache(sharedDistDir(), dir)).toBeGreaterThan(rules.length);
  const written = readFileSync(cacheFile(dir), 'utf8');

  // Every rendered object checked with the prefilled cache, whatever its kind: no expression is new, saving it writes nothing.
  const cache = PromqlProblemCache.open(dir, FINGERPRINT);
  usePromqlProblemCache(cache);
  for (const { environment, manifest } of objects) expect(prometheusRuleFindings(environment, manifest)).toEqual([]);
  utimesSync(cacheFile(dir), 0, 0);
  cache.save();
  expect(statSync(cacheFile(dir)).mtimeMs).toBe(0);

  expect(prefillPromqlCache(sharedDistDir(), dir)).toBe(0);
  expect(readFileSync(cacheFile(dir), 'utf8')).toBe(written);
  expect(prefillPromqlCache(sharedDistDir(), promqlCacheDir({ CALYPSO_PROMQL_CACHE: 'off' }))).toBe(0);
  expect(prefillPromqlCache(join(dir, 'no-dist'), cacheDir())).toBe(0);
});

test("the programs' build worker prefills the PromQL cache after building a program that checks PromQL, and only then", async () => {
  const { afterBuild } = createRequire(__filename)('../apps/program-build.js') as { afterBuild(inputs: readonly string[]): Promise<void> };
  const saved = { cache: process.env.CALYPSO_CACHE_DIR, dist: process.env.CALYPSO_DIST_DIR };
  const caches = cacheDir();
  process.env.CALYPSO_CACHE_DIR = caches;
  process.env.CALYPSO_DIST_DIR = sharedDistDir();
  try {
    await afterBuild(['apps/sizing.ts', 'lib/model/index.ts']);
    expect(readdirSync(caches)).toEqual([]);
    await afterBuild(['apps/main.ts', 'lib/output/promql-check.ts']);
    expect(readdirSync(join(caches, 'promql'))).toEqual([`${FINGERPRINT.slice(0, 32)}.json`]);
  } finally {
    for (const [name, value] of [
      ['CALYPSO_CACHE_DIR', saved.cache],
      ['CALYPSO_DIST_DIR', saved.dist],
    ] as const)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  }
}, 60_000);

test('an expression unknown when the file was read is looked up again once another run (or the build worker) has written the file', () => {
  const dir = cacheDir();
  const opened = PromqlProblemCache.open(dir, FINGERPRINT);
  expect(opened.get('vector(2)')).toBeUndefined();
  plant(dir);
  expect(opened.get(EXPRESSION)).toEqual(PLANTED);
  // What it holds itself is kept: the file's entries only fill in.
  opened.set('vector(2)', ['own']);
  const other = PromqlProblemCache.open(dir, FINGERPRINT);
  other.set('vector(2)', ['theirs']);
  other.set('vector(3)', ['theirs']);
  other.save();
  expect(opened.get('vector(3)')).toEqual(['theirs']);
  expect(opened.get('vector(2)')).toEqual(['own']);
});

test('marking a file used, as it is read, is not taken for another writer: neither a lookup nor the save reads it again', () => {
  const dir = cacheDir();
  plant(dir);
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  utimesSync(cacheFile(dir), twoDaysAgo, twoDaysAgo);
  const opened = PromqlProblemCache.open(dir, FINGERPRINT);
  expect(statSync(cacheFile(dir)).mtimeMs).toBeGreaterThan(twoDaysAgo.getTime());
  const reads = spyOnFs('readFileSync');
  try {
    expect(opened.get('vector(9)')).toBeUndefined();
    opened.set('vector(9)', ['own']);
    opened.save();
    expect(reads.mock.calls.filter(([path]) => path === cacheFile(dir))).toEqual([]);
  } finally {
    restoreSpies();
  }
  expect(PromqlProblemCache.open(dir, FINGERPRINT).get('vector(9)')).toEqual(['own']);
});

test('a save another writer renames into place right after this read marked the file used is merged, not overwritten', () => {
  const dir = cacheDir();
  plant(dir);
  const other = PromqlProblemCache.open(dir, FINGERPRINT);
  other.set('vector(7)', ['theirs']);
  // Marked more than a day ago: the next read marks it used again.
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  utimesSync(cacheFile(dir), twoDaysAgo, twoDaysAgo);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the function the spy stands in for
  const mark = (require('node:fs') as typeof import('node:fs')).utimesSync;
  const marks = spyOnFs('utimesSync').mockImplementationOnce((...args: Parameters<typeof mark>) => {
    mark(...args);
    other.save();
  });
  let opened: PromqlProblemCache;
  try {
    opened = PromqlProblemCache.open(dir, FINGERPRINT);
    expect(marks).toHaveBeenCalledTimes(1);
  } finally {
    restoreSpies();
  }
  opened.set('vector(8)', ['mine']);
  opened.save();
  const reopened = PromqlProblemCache.open(dir, FINGERPRINT);
  expect([reopened.get('vector(7)'), reopened.get('vector(8)'), reopened.get(EXPRESSION)]).toEqual([['theirs'], ['mine'], PLANTED]);
});

test("two writers of one file (parallel runs, the build worker's prefill) both keep their entries: a save merges what the other saved since", () => {
  const dir = cacheDir();
  const first = PromqlProblemCache.open(dir, FINGERPRINT);
  const second = PromqlProblemCache.open(dir, FINGERPRINT);
  first.set('vector(1)', ['first']);
  second.set('vector(2)', ['second']);
  first.save();
  second.save();
  const third = PromqlProblemCache.open(dir, FINGERPRINT);
  expect([third.get('vector(1)'), third.get('vector(2)')]).toEqual([['first'], ['second']]);
});

test("the merge of another writer's entries keeps the cap, the most recently used last, and this writer's result for the same expression", () => {
  const dir = cacheDir();
  const earlier = PromqlProblemCache.open(dir, FINGERPRINT);
  earlier.set('unused(1)', []);
  earlier.save();
  // Both read unused(1), neither uses it: the oldest entry, the first to go.
  const full = PromqlProblemCache.open(dir, FINGERPRINT);
  const small = PromqlProblemCache.open(dir, FINGERPRINT);
  for (let index = 0; index < MOST_PROMQL_ENTRIES; index++) full.set(`vector(${index})`, ['full']);
  small.set('vector(5)', ['small']);
  small.set('small(1)', []);
  full.save();
  small.save();
  const { entries } = JSON.parse(readFileSync(cacheFile(dir), 'utf8')) as { entries: [string, string[]][] };
  expect(entries).toHaveLength(MOST_PROMQL_ENTRIES);
  // The entry neither used and the other writer's oldest made room for this one's new entry; this one's two, used last, are last.
  expect(entries.map(([expression]) => expression)).not.toContain('unused(1)');
  expect(entries.slice(0, 2).map(([expression]) => expression)).toEqual(['vector(1)', 'vector(2)']);
  expect(entries.slice(-2)).toEqual([
    ['vector(5)', ['small']],
    ['small(1)', []],
  ]);
});
