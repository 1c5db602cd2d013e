/**
 * The validators committed in schemas/validators/ (written by `npm run
 * schemas:vendor`): current, as strict as the schemas, used only while
 * they match their inputs, and not at all with CALYPSO_VALIDATOR_CACHE=off.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256File, staleValidators } from '../apps/vendor-schemas';
import { SUPPORTED_KUBERNETES_VERSIONS } from '../lib/model/kubernetes-versions';
import {
  generatePrecompiledValidators,
  PRECOMPILED_FOLDER,
  PRECOMPILED_MANIFEST,
  type PrecompiledManifest,
} from '../lib/output/precompiled-validators';
import { kubernetesSwaggerFile, SCHEMAS_DIR, SchemaValidator } from '../lib/output/schema-validator';
import { cachedByContent } from './content-cache';
import { find, render, tempDir, testSpec } from './helpers';

const COMMITTED = join(SCHEMAS_DIR, PRECOMPILED_FOLDER);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const deployment = find(render(testSpec()), 'Deployment', 'dataserver');
const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: 'b' }, immutable: true };

/** A copy of schemas/ (with its validators) to doctor, removed when the file ends. */
function schemasCopy(): string {
  const dir = tempDir();
  for (const file of readdirSync(SCHEMAS_DIR).filter((name) => name.endsWith('.json')))
    copyFileSync(join(SCHEMAS_DIR, file), join(dir, file));
  mkdirSync(join(dir, PRECOMPILED_FOLDER));
  for (const file of readdirSync(COMMITTED)) copyFileSync(join(COMMITTED, file), join(dir, PRECOMPILED_FOLDER, file));
  return dir;
}

/** Replaces a copy's committed 1.28 core validators with one that rejects every ConfigMap. */
function doctorCoreValidators(dir: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, PRECOMPILED_FOLDER, PRECOMPILED_MANIFEST), 'utf8')) as PrecompiledManifest;
  const rejectAll = `const reject = (data) => { reject.errors = [{ instancePath: '', keyword: 'doctored', params: {}, message: 'doctored' }]; return false; };
exports['v1/ConfigMap'] = reject;`;
  writeFileSync(join(dir, PRECOMPILED_FOLDER, manifest.versions['1.28']!.core), rejectAll);
}

test('the committed validators match the schemas, Ajv and the sources they were compiled from', () => {
  expect(staleValidators()).toEqual([]);
});

test('the committed validators are byte for byte what npm run schemas:vendor writes', () => {
  // Compiling every schema takes about 10 s: the comparison is kept, keyed by the content of all it reads.
  const { result } = cachedByContent(
    'precompiled-validators',
    {
      paths: [
        ...SUPPORTED_KUBERNETES_VERSIONS.map((version) => `schemas/${kubernetesSwaggerFile(version)}`),
        'schemas/crd-schemas.json',
        `schemas/${PRECOMPILED_FOLDER}`,
        'lib/output/strict-schemas.ts',
        'lib/output/precompiled-validators.ts',
        'lib/model/kubernetes-versions.ts',
      ],
      tools: ['ajv'],
    },
    () => {
      const generated = generatePrecompiledValidators(SCHEMAS_DIR, sha256File);
      const committed = readdirSync(COMMITTED).sort();
      return {
        files: [...generated.keys()].sort(),
        committed,
        different: [...generated]
          .filter(([name, text]) => !committed.includes(name) || readFileSync(join(COMMITTED, name), 'utf8') !== text)
          .map(([name]) => name),
      };
    },
  );
  expect(result.committed).toEqual(result.files);
  expect(result.different).toEqual([]);
});

test('the committed validators reject what the schemas reject: an unknown field, a wrong type, a missing field, in core and custom kinds', () => {
  const manifest = JSON.parse(readFileSync(join(COMMITTED, PRECOMPILED_MANIFEST), 'utf8')) as PrecompiledManifest;
  for (const version of SUPPORTED_KUBERNETES_VERSIONS) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the committed module itself, not through the validator
    const core = require(join(COMMITTED, manifest.versions[version]!.core)) as Record<string, (data: unknown) => boolean>;
    const validate = core['apps/v1/Deployment'];
    expect(validate(deployment)).toBe(true);
    const broken = clone(deployment) as unknown as { spec: Record<string, unknown> & { template: { spec: { containers: object[] } } } };
    broken.spec.template.spec.containers[0] = { ...broken.spec.template.spec.containers[0], livenessProbes: {} };
    broken.spec.replicas = 'two';
    delete broken.spec.selector;
    expect(validate(broken)).toBe(false);
    expect(
      (validate as unknown as { errors: { instancePath: string; keyword: string }[] }).errors.map((e) => `${e.instancePath} ${e.keyword}`),
    ).toEqual(expect.arrayContaining(['/spec required', '/spec/replicas type', '/spec/template/spec/containers/0 additionalProperties']));
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the committed module itself
  const monitor = require(join(COMMITTED, manifest.versions['1.28']!.custom!['monitoring.coreos.com/v1/ServiceMonitor'])) as (
    data: unknown,
  ) => boolean;
  const valid = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: { name: 'x' },
    spec: { selector: {}, endpoints: [] },
  };
  expect(monitor(valid)).toBe(true);
  expect(monitor({ ...valid, spec: { ...valid.spec, endpoint: [] } })).toBe(false);
  expect(monitor({ ...valid, metadata: { name: 'x', label: {} } })).toBe(false);
});

test('with the committed validators, validating compiles nothing: the cache gets no compiled validator', () => {
  const cache = tempDir();
  const validator = new SchemaValidator(SCHEMAS_DIR, cache);
  expect(validator.validate(deployment)).toEqual([]);
  expect(validator.validate({ ...configMap, datas: {} })).toEqual([{ path: '', message: 'unknown field "datas"' }]);
  expect(validator.isCustomKind('monitoring.coreos.com/v1', 'ServiceMonitor')).toBe(true);
  expect(validator.validate({ apiVersion: 'example.com/v1', kind: 'Widget' })).toEqual([
    { path: '', message: 'no schema for example.com/v1 Widget' },
  ]);
  expect(readdirSync(cache).filter((file) => file.endsWith('.js'))).toEqual([]);
});

test('the validator uses the committed validators while their inputs match, and not with CALYPSO_VALIDATOR_CACHE=off', () => {
  const dir = schemasCopy();
  doctorCoreValidators(dir);
  const cache = join(dir, 'cache');
  expect(new SchemaValidator(dir, cache).validate(configMap)).toEqual([{ path: '', message: 'doctored' }]);
  expect(new SchemaValidator(dir, cache, '1.28', false).validate(configMap)).toEqual([]);
  const before = process.env.CALYPSO_VALIDATOR_CACHE;
  process.env.CALYPSO_VALIDATOR_CACHE = 'off';
  try {
    expect(new SchemaValidator(dir).validate(configMap)).toEqual([]);
  } finally {
    if (before === undefined) delete process.env.CALYPSO_VALIDATOR_CACHE;
    else process.env.CALYPSO_VALIDATOR_CACHE = before;
  }
});

test('a schema edited after the validators were compiled: the validator follows the schema, not the stale validators', () => {
  const dir = schemasCopy();
  const swagger = join(dir, kubernetesSwaggerFile('1.28'));
  const document = JSON.parse(readFileSync(swagger, 'utf8')) as { definitions: Record<string, { properties: Record<string, unknown> }> };
  delete document.definitions['io.k8s.api.core.v1.ConfigMap'].properties.immutable;
  writeFileSync(swagger, JSON.stringify(document));
  expect(new SchemaValidator(SCHEMAS_DIR, join(dir, 'cache')).validate(configMap)).toEqual([]);
  expect(new SchemaValidator(dir, join(dir, 'cache')).validate(configMap)).toEqual([{ path: '', message: 'unknown field "immutable"' }]);
});

test('validators compiled at run time in a cache outside the package still load (they require Ajv from the package)', () => {
  const cache = tempDir();
  const compile = (): SchemaValidator => new SchemaValidator(SCHEMAS_DIR, cache, '1.36', false);
  const gatewayClass = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'GatewayClass',
    metadata: { name: 'x' },
    spec: { controllerName: 'a/b', x: 1 },
  };
  const first = compile().validate(gatewayClass);
  expect(readdirSync(cache).filter((file) => file.endsWith('.js'))).toHaveLength(1);
  expect(compile().validate(gatewayClass)).toEqual(first);
  expect(first).toEqual([{ path: 'spec', message: 'unknown field "x"' }]);
});
