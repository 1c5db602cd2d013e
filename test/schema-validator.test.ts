/** The strict schema validator catches what kubeconform -strict would. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SHARED_DIR } from '../apps/vendor-schemas';
import { SCHEMAS_DIR, SchemaValidator, validatorCodeCacheFile, writeCodeCaches } from '../lib/output/schema-validator';
import { cachedByContent, REPO } from './content-cache';
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
