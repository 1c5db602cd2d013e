/**
 * Strict schema validation of synthesized objects, in the manner of
 * `kubeconform -strict`: core kinds against the Kubernetes OpenAPI
 * definitions, custom kinds against their CRD's openAPIV3Schema. A field a
 * schema does not list is an error, and so is a kind with no schema.
 */
import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { OLDEST_KUBERNETES_VERSION, type KubernetesVersion } from '../model/kubernetes-versions';

/**
 * The package's root folder: the nearest folder above this file holding a
 * package.json. That is the repository in a checkout (lib/output/) and the
 * installed package when built (build/lib/output/), so the schemas are found
 * both ways.
 */
function packageRoot(dir: string = __dirname): string {
  const parent = dirname(dir);
  return existsSync(join(dir, 'package.json')) || parent === dir ? dir : packageRoot(parent);
}

/**
 * Where the vendored schemas live (see schemas/README.md).
 * @internal
 */
export const SCHEMAS_DIR = join(packageRoot(), 'schemas');
/**
 * Compiled validators, as Ajv standalone code. Compiling the PodSpec schema
 * takes about 200 ms, loading it from here a few; the file names carry a
 * hash of the schemas, Ajv's version and this file, so a change to any of
 * them compiles afresh. Set CALYPSO_VALIDATOR_CACHE=off to skip the cache.
 * @internal
 */
export const VALIDATOR_CACHE_DIR = join(packageRoot(), 'node_modules', '.cache', 'calypso-k8s-validators');

/** The validator cache to use: off with CALYPSO_VALIDATOR_CACHE=off, under CALYPSO_CACHE_DIR when that is set (the benchmark's cold runs). */
function validatorCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CALYPSO_VALIDATOR_CACHE === 'off') return undefined;
  return env.CALYPSO_CACHE_DIR ? join(env.CALYPSO_CACHE_DIR, 'calypso-k8s-validators') : VALIDATOR_CACHE_DIR;
}

/**
 * Fields a version's OpenAPI lists but that work only behind an alpha feature
 * gate, off by default, so they are errors there: in 1.28, sidecar init
 * containers (`restartPolicy`, SidecarContainers alpha), Job
 * `podReplacementPolicy` and `backoffLimitPerIndex`/`maxFailedIndexes`
 * (JobPodReplacementPolicy and JobBackoffLimitPerIndex alpha). Source: the
 * Kubernetes feature-gates reference
 * (https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/).
 */
export const ALPHA_FIELDS_BY_VERSION: Readonly<Partial<Record<KubernetesVersion, Readonly<Record<string, readonly string[]>>>>> = {
  '1.28': {
    'io.k8s.api.core.v1.Container': ['restartPolicy'],
    'io.k8s.api.core.v1.EphemeralContainer': ['restartPolicy'],
    'io.k8s.api.batch.v1.JobSpec': ['podReplacementPolicy', 'backoffLimitPerIndex', 'maxFailedIndexes'],
  },
};

/** The vendored OpenAPI document of one Kubernetes version (see schemas/README.md). */
export function kubernetesSwaggerFile(version: KubernetesVersion): string {
  return `kubernetes-${version}-swagger.json`;
}

const OBJECT_META = 'k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
const QUANTITY = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;
const INT_OR_STRING = { anyOf: [{ type: 'string' }, { type: 'integer' }] };

/** One schema violation in one object. */
export interface SchemaFinding {
  /** Path inside the object, e.g. `spec.template.spec.containers[0].ports`. */
  readonly path: string;
  readonly message: string;
}

type Schema = Record<string, unknown>;
type Manifest = { readonly apiVersion?: unknown; readonly kind?: unknown; readonly [field: string]: unknown };

function isObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Swagger definition -> strict JSON Schema: unlisted properties are rejected. */
function strictDefinition(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictDefinition);
  if (!isObject(node)) return node;
  if (node.format === 'int-or-string') return INT_OR_STRING;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isObject(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, strictDefinition(schema)]));
    } else if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.replace('#/definitions/', 'k8s#/definitions/');
    } else if (!key.startsWith('x-') && key !== 'description') {
      out[key] = strictDefinition(value);
    }
  }
  if (isObject(out.properties) && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/** CRD openAPIV3Schema -> strict JSON Schema, honouring the Kubernetes extensions. */
function strictCrdSchema(node: unknown, isRoot: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => strictCrdSchema(item, false));
  if (!isObject(node)) return node;
  if (node['x-kubernetes-int-or-string'] === true) return INT_OR_STRING;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isObject(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, strictCrdSchema(schema, false)]));
    } else if (key === 'pattern' && typeof value === 'string') {
      // Go regexps that JavaScript cannot compile are left to the API server.
      if (compiles(value)) out.pattern = value;
    } else if (!key.startsWith('x-') && key !== 'description') {
      out[key] = strictCrdSchema(value, false);
    }
  }
  if (isRoot && isObject(out.properties)) {
    // Status is written by controllers, never rendered; leaving it out keeps big validators (Application) small.
    const { status: _status, ...properties } = out.properties;
    out.properties = { ...properties, metadata: { $ref: OBJECT_META } };
  }
  const preserve = node['x-kubernetes-preserve-unknown-fields'] === true;
  if (isObject(out.properties) && out.additionalProperties === undefined && !preserve) out.additionalProperties = false;
  return out;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Compiled validators whose V8 code cache is still to be written, when this process exits. */
const pendingCodeCaches = new Map<string, Script>();

function writeCodeCaches(): void {
  for (const [file, script] of pendingCodeCaches) {
    try {
      // After the run the cache also holds the functions compiled while validating, not just the top level.
      writeFileSync(`${file}.${process.pid}`, script.createCachedData());
      renameSync(`${file}.${process.pid}`, file);
    } catch {
      // A read-only cache: the next run compiles the code again, which is only slower.
    }
  }
  pendingCodeCaches.clear();
}

/**
 * Loads a plain CommonJS file, bypassing the TypeScript loader's hooks
 * (which scan every required file for ESM syntax). The cached validators
 * are about 1 MB of plain JavaScript; compiling it was a tenth of a synth,
 * so V8's code cache for it is kept next to it (`<file>.v8`, written when
 * the process exits, with the validation functions compiled by then) and
 * handed back to V8 on the next run. V8 checks the cache itself and
 * rejects one of another V8 version; it is then written again.
 */
function loadCommonJs(file: string): unknown {
  const module = { exports: {} as unknown };
  const codeCache = `${file}.v8`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(codeCache);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`(function (module, exports, require) {${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    if (pendingCodeCaches.size === 0) process.once('exit', writeCodeCaches);
    pendingCodeCaches.set(codeCache, script);
  }
  const wrapper = script.runInThisContext() as (m: typeof module, e: unknown, r: NodeJS.Require) => void;
  wrapper(module, module.exports, createRequire(file));
  return module.exports;
}

function jsonPath(error: ErrorObject): string {
  const parts = error.instancePath.split('/').slice(1);
  return parts.reduce((path, part) => (/^[0-9]+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') {
    return `unknown field "${String(error.params.additionalProperty)}"`;
  }
  if (error.keyword === 'required') return `missing required field "${String(error.params.missingProperty)}"`;
  return error.message ?? error.keyword;
}

/** Writes a cache file whole (write, then rename: parallel runs may fill the cache at once); a read-only cache is no error. */
function writeCacheFile(file: string, content: string | Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.${process.pid}`, content);
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // An installed package may be read-only: everything works without the cache, only slower.
  }
}

const digests = new Map<string, string>();

/**
 * The SHA-256 of a file's content. The schemas are 8.6 MB: hashing them on
 * every run was a twentieth of a warm synth, so the digest is kept in the
 * cache next to the file's identity (inode, size, modification time) and
 * computed again only when that changes, as make or tsc --incremental
 * decide a file changed.
 */
function fileDigest(file: string, cacheDir: string | undefined): string {
  const stats = statSync(file);
  const identity = `${file}\0${stats.ino}\0${stats.size}\0${stats.mtimeMs}`;
  let digest = digests.get(identity);
  if (digest !== undefined) return digest;
  const record = cacheDir && join(cacheDir, 'digests', `${createHash('sha256').update(identity).digest('hex').slice(0, 32)}.txt`);
  if (record) {
    try {
      digest = readFileSync(record, 'utf8');
    } catch {
      digest = undefined;
    }
  }
  if (digest === undefined || digest.length !== 64) {
    digest = createHash('sha256').update(readFileSync(file)).digest('hex');
    if (record) writeCacheFile(record, digest);
  }
  digests.set(identity, digest);
  return digest;
}

/** Validates objects against the vendored schemas of one Kubernetes version; compiled validators are cached per kind. */
export class SchemaValidator {
  private static readonly shared = new Map<KubernetesVersion, SchemaValidator>();
  private readonly compiled = new Map<string, ValidateFunction | null>();
  private readonly fingerprint: string;
  private crdKinds?: Set<string>;
  private schemas?: { definitionByKind: Map<string, string>; crds: Record<string, unknown>; ajv: Ajv };

  /** One validator per process: loading and compiling the schemas is the slow part. */
  public static instance(version: KubernetesVersion = OLDEST_KUBERNETES_VERSION): SchemaValidator {
    let validator = SchemaValidator.shared.get(version);
    if (!validator) {
      validator = new SchemaValidator(SCHEMAS_DIR, undefined, version);
      SchemaValidator.shared.set(version, validator);
    }
    return validator;
  }

  public constructor(
    private readonly schemasDir: string,
    private readonly cacheDir: string | undefined = validatorCacheDir(),
    /** The Kubernetes version whose core definitions apply. @default the oldest supported */
    public readonly kubernetesVersion: KubernetesVersion = OLDEST_KUBERNETES_VERSION,
  ) {
    const hash = createHash('sha256');
    for (const file of [
      require.resolve('ajv/package.json'),
      __filename,
      join(schemasDir, kubernetesSwaggerFile(kubernetesVersion)),
      join(schemasDir, 'crd-schemas.json'),
    ]) {
      hash.update(fileDigest(file, cacheDir));
    }
    this.fingerprint = hash.digest('hex').slice(0, 16);
  }

  /** Whether a kind is a custom resource (validated against its CRD, the same at every Kubernetes version). */
  public isCustomKind(apiVersion: string, kind: string): boolean {
    this.crdKinds ??= new Set(
      this.cached('crd-kinds.json', () =>
        Object.keys(JSON.parse(readFileSync(join(this.schemasDir, 'crd-schemas.json'), 'utf8')) as object),
      ),
    );
    return this.crdKinds.has(`${apiVersion}/${kind}`);
  }

  /** A JSON value derived from the schemas, kept in the cache under their fingerprint (parsing the 1.6 MB of CRD schemas costs a tenth of a warm run). */
  private cached<T>(name: string, compute: () => T): T {
    const file = this.cacheDir && join(this.cacheDir, `${this.fingerprint}-${name}`);
    if (file) {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as T;
      } catch {
        // Not there yet: computed below.
      }
    }
    const value = compute();
    if (file) writeCacheFile(file, JSON.stringify(value));
    return value;
  }

  /** Everything wrong with one object; empty when it is valid. */
  public validate(manifest: Manifest): SchemaFinding[] {
    if (typeof manifest.apiVersion !== 'string' || typeof manifest.kind !== 'string') {
      return [{ path: '', message: 'object has no apiVersion and kind' }];
    }
    const validate = this.validatorFor(manifest.apiVersion, manifest.kind);
    if (!validate) return [{ path: '', message: `no schema for ${manifest.apiVersion} ${manifest.kind}` }];
    if (validate(manifest)) return [];
    // An anyOf (a quantity, an int-or-string) fails with one error per branch plus its own: report it once.
    const errors = validate.errors ?? [];
    const anyOf = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath));
    return errors
      .filter((error) => error.keyword === 'anyOf' || !anyOf.has(error.instancePath))
      .map((error) => ({
        path: jsonPath(error),
        message:
          error.keyword === 'anyOf'
            ? errors
                .filter((branch) => branch !== error && branch.instancePath === error.instancePath)
                .map(describe)
                .join(', or ')
            : describe(error),
      }));
  }

  private validatorFor(apiVersion: string, kind: string): ValidateFunction | null {
    const key = `${apiVersion}/${kind}`;
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      const cacheFile = this.cacheDir && join(this.cacheDir, `${this.fingerprint}-${key.replace(/[^A-Za-z0-9.-]/g, '_')}.js`);
      if (cacheFile && existsSync(cacheFile)) {
        validate = loadCommonJs(cacheFile) as ValidateFunction | null;
      } else {
        const { ajv, code } = this.compile(key);
        validate = code;
        if (cacheFile) {
          // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when compiling: a warm cache needs no Ajv
          const standaloneCode = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone')).default;
          const source = validate ? standaloneCode(ajv, validate) : 'module.exports = null;';
          writeCacheFile(cacheFile, source);
        }
      }
      this.compiled.set(key, validate);
    }
    return validate;
  }

  private compile(key: string): { ajv: Ajv; code: ValidateFunction | null } {
    const schemas = this.loadSchemas();
    const definition = schemas.definitionByKind.get(key);
    const crd = schemas.crds[key];
    let schema: unknown;
    if (definition) schema = { $ref: `k8s#/definitions/${definition}` };
    else if (crd) schema = strictCrdSchema(crd, true);
    return { ajv: schemas.ajv, code: schema === undefined ? null : schemas.ajv.compile(schema as Schema) };
  }

  private loadSchemas(): NonNullable<SchemaValidator['schemas']> {
    if (this.schemas) return this.schemas;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when compiling: a warm cache needs no Ajv
    const AjvClass = (require('ajv') as typeof import('ajv')).default;
    const ajv = new AjvClass({ strict: false, allErrors: true, validateFormats: false, code: { source: true, optimize: false } });
    const swagger = JSON.parse(readFileSync(join(this.schemasDir, kubernetesSwaggerFile(this.kubernetesVersion)), 'utf8')) as {
      definitions: Record<string, Schema>;
    };
    const definitionByKind = new Map<string, string>();
    const definitions: Record<string, unknown> = {};
    const alphaFields = ALPHA_FIELDS_BY_VERSION[this.kubernetesVersion] ?? {};
    for (const [name, definition] of Object.entries(swagger.definitions)) {
      const strict = strictDefinition(definition) as Schema;
      for (const field of alphaFields[name] ?? []) delete (strict.properties as Schema)[field];
      definitions[name] = strict;
      const kinds = definition['x-kubernetes-group-version-kind'] as { group: string; version: string; kind: string }[] | undefined;
      // A definition listing several kinds (DeleteOptions, WatchEvent) is not a resource.
      if (kinds?.length === 1) {
        const [gvk] = kinds;
        definitionByKind.set(`${gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version}/${gvk.kind}`, name);
      }
    }
    definitions['io.k8s.apimachinery.pkg.api.resource.Quantity'] = {
      anyOf: [{ type: 'string', pattern: QUANTITY.source }, { type: 'number' }],
    };
    ajv.addSchema({ $id: 'k8s', definitions });
    const crds = JSON.parse(readFileSync(join(this.schemasDir, 'crd-schemas.json'), 'utf8')) as Record<string, unknown>;
    this.schemas = { definitionByKind, crds, ajv };
    return this.schemas;
  }
}
