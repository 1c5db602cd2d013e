/** The strict schema validator catches what kubeconform -strict would. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SHARED_DIR } from '../apps/vendor-schemas';
import { SWEEP_STAMP, UNUSED_CACHE_MS, USE_MARK_MS } from '../lib/output/cache-use';
import { SCHEMAS_DIR, SchemaValidator, validatorCodeCacheFile, writeCodeCaches } from '../lib/output/schema-validator';
import { cachedByContent, REPO } from './content-cache';
import { restoreSpies, spyOnFs } from './fs-spy';
import { find, render, tempDir, testSpec } from './helpers';

const validator = SchemaValidator.instance();
const deployment = find(render(testSpec()), 'Deployment', 'dataserver');
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

test('a rendered Deployment is valid', () => {
  expect(validator.validate(deployment)).toEqual([]);
});

test('an unknown field is an error, with its path', () => {
  const broken = clone(deployment) as unknown as { spec: { template: { spec: { containers: Record<string, unknown>[] } } } };
  broken.spec.template.spec.containers[0].livenessProbes = {};
  expect(validator.validate(broken as never)).toEqual([
    { path: 'spec.template.spec.containers[0]', message: 'unknown field "livenessProbes"' },
  ]);
});

test('a wrong type and a missing required field are errors', () => {
  const broken = clone(deployment) as unknown as { spec: Record<string, unknown> };
  broken.spec.replicas = 'two';
  delete broken.spec.selector;
  expect(validator.validate(broken as never)).toEqual(
    expect.arrayContaining([
      { path: 'spec', message: 'missing required field "selector"' },
      { path: 'spec.replicas', message: 'must be integer' },
    ]),
  );
});

test('a malformed quantity is an error', () => {
  const broken = clone(deployment) as unknown as {
    spec: { template: { spec: { containers: { resources: { limits: Record<string, string> } }[] } } };
  };
  broken.spec.template.spec.containers[0].resources.limits.memory = '8 GB';
  expect(validator.validate(broken as never).map((finding) => finding.path)).toContain(
    'spec.template.spec.containers[0].resources.limits.memory',
  );
});

test('a field Kubernetes 1.28 has only behind an alpha feature gate is an error at the oldest supported version', () => {
  const broken = clone(deployment) as unknown as { spec: { template: { spec: { initContainers: Record<string, unknown>[] } } } };
  broken.spec.template.spec.initContainers[0].restartPolicy = 'Always';
  expect(validator.validate(broken as never)).toEqual([
    { path: 'spec.template.spec.initContainers[0]', message: 'unknown field "restartPolicy"' },
  ]);
});

test('a kind with no schema is an error', () => {
  expect(validator.validate({ apiVersion: 'example.com/v1', kind: 'Widget' })).toEqual([
    { path: '', message: 'no schema for example.com/v1 Widget' },
  ]);
});

test('custom resources validate against their CRD, strictly, metadata included', () => {
  const monitor = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: { name: 'x', labels: { a: 'b' } },
    spec: { selector: { matchLabels: { a: 'b' } }, endpoints: [{ port: 'management', path: '/metrics' }] },
  };
  expect(validator.validate(monitor)).toEqual([]);
  expect(validator.validate({ ...monitor, spec: { ...monitor.spec, endpoint: [] } })).toEqual([
    { path: 'spec', message: 'unknown field "endpoint"' },
  ]);
  expect(validator.validate({ ...monitor, metadata: { name: 'x', label: {} } })).toEqual([
    { path: 'metadata', message: 'unknown field "label"' },
  ]);
});

test('a validator without the cache gives the same answers', () => {
  const uncached = new SchemaValidator(SCHEMAS_DIR, undefined);
  const broken = { ...deployment, spec: { ...(deployment.spec as object), paused: 'yes' } };
  expect(uncached.validate(broken)).toEqual(validator.validate(broken));
  expect(uncached.validate(broken)).toEqual([{ path: 'spec.paused', message: 'must be boolean' }]);
});

test("a validator's V8 code cache is named by its path as well as its content (V8 keeps the path a cache was made under)", () => {
  const folder = tempDir('calypso-code-cache-');
  const [first, second] = ['one', 'two'].map((name) => join(folder, `${name}.js`));
  for (const file of [first, second]) writeFileSync(file, 'module.exports = 1;\n');
  const cacheDir = join(folder, 'cache');
  // The same text at two paths (two checkouts sharing one cache): two caches, so neither reports the other's path.
  expect(validatorCodeCacheFile(cacheDir, first)).not.toBe(validatorCodeCacheFile(cacheDir, second));
  expect(validatorCodeCacheFile(cacheDir, first)).toBe(validatorCodeCacheFile(cacheDir, first));
  expect(validatorCodeCacheFile(cacheDir, first).startsWith(join(cacheDir, 'v8') + '/')).toBe(true);
  // Other text at the same path: another cache.
  const before = validatorCodeCacheFile(cacheDir, first);
  writeFileSync(first, 'module.exports = 22;\n');
  expect(validatorCodeCacheFile(cacheDir, first)).not.toBe(before);
});

test('a code cache is not written at exit into a cache folder removed meanwhile: the folder is not made again', () => {
  const folder = tempDir('calypso-code-cache-');
  const gatewayClass = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'GatewayClass',
    metadata: { name: 'x' },
    spec: { controllerName: 'a/b' },
  };
  const [kept, removed] = ['kept', 'removed'].map((name) => join(folder, name));
  // The committed validator, loaded with each cache: its V8 code cache in each waits for the process's exit.
  for (const cache of [kept, removed]) expect(new SchemaValidator(SCHEMAS_DIR, cache).validate(gatewayClass)).toEqual([]);
  rmSync(removed, { recursive: true, force: true });
  writeCodeCaches();
  expect(existsSync(removed)).toBe(false);
  expect(readdirSync(join(kept, 'v8')).length).toBeGreaterThan(0);
});

/**
 * Runs the validator in a process of its own on `cache`, as a synth does: the committed validators of `kinds` (their code
 * caches are written at its exit); for each of `compiledVersions`, the schemas' list of custom kinds and a ConfigMap's
 * validator compiled at run time (both kept under the schemas' fingerprint); and the digest of each of `digested` (a
 * record in digests/).
 */
function validatorRun(cache: string, kinds: readonly string[], compiledVersions: readonly string[], digested: readonly string[]): void {
  const script = `
    const { SCHEMAS_DIR, SchemaValidator, validatorCodeCacheFile } = require(${JSON.stringify(join(REPO, 'lib', 'output', 'schema-validator.ts'))});
    const [cache, kinds, versions, digested] = JSON.parse(process.argv[1]);
    const validator = new SchemaValidator(SCHEMAS_DIR, cache);
    for (const kind of kinds) {
      const [group, version, name] = kind.split('/');
      validator.validate({ apiVersion: group + '/' + version, kind: name, metadata: { name: 'x' } });
    }
    for (const version of versions) {
      const compiling = new SchemaValidator(SCHEMAS_DIR, cache, version, false);
      compiling.isCustomKind('v1', 'Pod');
      compiling.validate({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } });
    }
    for (const file of digested) validatorCodeCacheFile(cache, file);
  `;
  const run = spawnSync(
    process.execPath,
    ['--require', 'tsx/cjs', '-e', script, JSON.stringify([cache, kinds, compiledVersions, digested])],
    {
      cwd: REPO,
      encoding: 'utf8',
    },
  );
  expect([run.status, run.stderr]).toEqual([0, '']);
}

/** Every file under `dir` (its sweep stamps left out) with its modification time. */
function cacheFiles(dir: string): Map<string, number> {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => !name.endsWith(SWEEP_STAMP));
  return new Map(names.filter((name) => statSync(join(dir, name)).isFile()).map((name) => [name, statSync(join(dir, name)).mtimeMs]));
}

test("a run that writes into the validators' cache removes its files unused for a week, and keeps those it read", () => {
  const cache = join(tempDir('calypso-validators-sweep-'), 'validators');
  const gatewayClass = 'gateway.networking.k8s.io/v1/GatewayClass';
  validatorRun(cache, [gatewayClass], ['1.28'], []);
  const used = cacheFiles(cache);
  expect([...used.keys()].filter((name) => name.startsWith('v8/')).length).toBeGreaterThan(0);
  expect([...used.keys()].filter((name) => name.startsWith('digests/')).length).toBeGreaterThan(0);
  expect([...used.keys()].filter((name) => /-(?:crd-kinds\.json|v1_ConfigMap\.js)$/.test(name))).toHaveLength(2);

  // A week later, beside the files of checkouts, edits and schemas since gone (and one that is no cache file).
  const unused = [
    join('v8', `${'a'.repeat(32)}.v8`),
    join('v8', `${'a'.repeat(32)}.v8.123-4`),
    join('digests', `${'b'.repeat(32)}.txt`),
    `${'c'.repeat(16)}-v1_Deployment.js`,
    `${'c'.repeat(16)}-v1_Deployment.js.v8`,
  ];
  for (const name of unused) writeFileSync(join(cache, name), '');
  writeFileSync(join(cache, 'notes.txt'), '');
  const weekAgo = Math.floor((Date.now() - UNUSED_CACHE_MS - 60_000) / 1000);
  for (const name of readdirSync(cache, { recursive: true, encoding: 'utf8' })) utimesSync(join(cache, name), weekAgo, weekAgo);

  // The same checkout runs again and writes something new into each folder: another kind's code cache, another file's
  // digest, another version's list of custom kinds and compiled validator.
  const newDigest = join(REPO, 'tsconfig.json');
  validatorRun(cache, [gatewayClass, 'gateway.networking.k8s.io/v1/HTTPRoute'], ['1.28', '1.36'], [newDigest]);
  const after = cacheFiles(cache);
  for (const name of unused) expect(after.has(name), name).toBe(false);
  expect(after.has('notes.txt')).toBe(true);
  for (const name of used.keys()) {
    expect(after.has(name), name).toBe(true);
    expect(after.get(name), name).toBeGreaterThan(Date.now() - USE_MARK_MS);
  }
  // Something new was written into each folder (so each was swept).
  const count = (files: Map<string, number>, folder: RegExp): number => [...files.keys()].filter((name) => folder.test(name)).length;
  for (const folder of [/^v8\//, /^digests\//, /^[0-9a-f]{16}-[^/]+$/])
    expect(count(after, folder), String(folder)).toBeGreaterThan(count(used, folder));
});

test("a compiled validator another run's sweep removes between finding it and reading it is compiled again, not an error", () => {
  const cache = join(tempDir('calypso-validators-swept-'), 'validators');
  const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: 1 } };
  // Found (existsSync), then gone when it is read.
  const found = spyOnFs('existsSync').mockImplementation(() => true);
  try {
    expect(new SchemaValidator(SCHEMAS_DIR, cache, '1.28', false).validate(configMap)).toEqual([
      { path: 'data.a', message: 'must be string' },
    ]);
    expect(found).toHaveBeenCalledWith(expect.stringMatching(/-v1_ConfigMap\.js$/));
  } finally {
    restoreSpies();
  }
});

const shared = existsSync(join(SHARED_DIR, 'crds'));
// Run in a child process: parsing the upstream YAML took half a minute inside jest's sandbox. Its result is cached by
// the content of all it reads (the reference copies, schemas/, the sources it runs and the tools that run them), so it
// runs again only when one of those changed.
(shared ? test : test.skip)('the vendored schemas match ../shared (run `npm run schemas:vendor` if not)', () => {
  const sharedFolder = relative(REPO, SHARED_DIR);
  const inputs = {
    paths: [
      'apps',
      'lib',
      'schemas',
      'package.json',
      'tsconfig.json',
      ...['k8s-openapi', 'crds', 'compose-spec'].map((dir) => join(sharedFolder, dir)),
    ],
    tools: ['tsx', 'yaml', 'esbuild'],
  };
  const { result: run } = cachedByContent('vendored-schemas-check', inputs, () => {
    const script = join(REPO, 'apps', 'vendor-schemas.ts');
    const check = spawnSync(process.execPath, ['--require', 'tsx/cjs', script, '--check'], { encoding: 'utf8' });
    return { status: check.status, stderr: check.stderr };
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
