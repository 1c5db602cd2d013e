/**
 * Strict schema validation of synthesized objects, in the manner of
 * `kubeconform -strict`: core kinds against the Kubernetes OpenAPI
 * definitions, custom kinds against their CRD's openAPIV3Schema. A field a
 * schema does not list is an error, and so is a kind with no schema.
 *
 * A kind's validator comes from the first of: the validators committed in
 * schemas/validators/ (precompiled-validators.ts), while they match the
 * schemas, Ajv and the sources; the cache of validators compiled by earlier
 * runs; compiling its strict schema (strict-schemas.ts) now, which then
 * fills the cache. Set CALYPSO_VALIDATOR_CACHE=off to compile every
 * validator afresh (neither committed nor cached ones are used).
 *
 * The cache's files are named by what they were made from (a file's path and content, a schema file's status, the
 * schemas' fingerprint), so every checkout path, edit and clone makes new ones: a run marks each file it reads used (at
 * most once a day), and a run that writes a new one into a folder removes the folder's files unused for a week
 * (cache-use.ts, at most once an hour per folder).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { OLDEST_KUBERNETES_VERSION, type KubernetesVersion } from '../model/kubernetes-versions';
import { cacheFolder, packageRoot, writeCacheFile } from './cache-files';
import { markUsed, sweepUnused } from './cache-use';
import { fileStatus } from './file-status';
import {
  PRECOMPILED_FOLDER,
  precompiledDifferences,
  precompiledInputs,
  readPrecompiledManifest,
  type PrecompiledVersion,
} from './precompiled-validators';
import {
  compileKind,
  CRD_SCHEMAS_FILE,
  kubernetesSwaggerFile,
  loadStrictSchemas,
  STRICT_SCHEMAS_SOURCE,
  type StrictSchemas,
} from './strict-schemas';

export { ALPHA_FIELDS_BY_VERSION, kubernetesSwaggerFile } from './strict-schemas';

/**
 * Where the vendored schemas live (see schemas/README.md).
 * @internal
 */
export const SCHEMAS_DIR = join(packageRoot(__dirname), 'schemas');
/** The validator cache to use: off with CALYPSO_VALIDATOR_CACHE=off, under CALYPSO_CACHE_DIR when that is set (the benchmark's cold runs). */
function validatorCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.CALYPSO_VALIDATOR_CACHE === 'off' ? undefined : cacheFolder('validators', env);
}

/** A partial file's suffix while it is written (cache-files.ts's writeCacheFile): `.<pid>[-<thread>]`. */
const WRITING = String.raw`(?:\.[0-9]+(?:-[0-9]+)?)?`;
/** The files of `<cache>/v8/`: V8's code caches of the committed validators (validatorCodeCacheFile). */
const CODE_CACHE_FILE = new RegExp(String.raw`^[0-9a-f]{32}\.v8${WRITING}$`);
/** The files of `<cache>/digests/`: a schema file's SHA-256 under its path and status (fileDigest). */
const DIGEST_FILE = new RegExp(String.raw`^[0-9a-f]{32}\.txt${WRITING}$`);
/** The files of `<cache>/` itself: the validators compiled at run time and their code caches, and values derived from the schemas (cached), under the schemas' fingerprint. */
const COMPILED_FILE = new RegExp(String.raw`^[0-9a-f]{16}-[A-Za-z0-9._-]+\.(?:js|js\.v8|json)${WRITING}$`);

/** Resolves what the validators' code requires (Ajv's runtime helpers) from this package, wherever the file is. */
const packageRequire = createRequire(__filename);

/** One schema violation in one object. */
export interface SchemaFinding {
  /** Path inside the object, e.g. `spec.template.spec.containers[0].ports`. */
  readonly path: string;
  readonly message: string;
}

type Manifest = { readonly apiVersion?: unknown; readonly kind?: unknown; readonly [field: string]: unknown };

/** Compiled validators whose V8 code cache is still to be written, when this process exits, with the form of the files of its folder. */
const pendingCodeCaches = new Map<string, { readonly script: Script; readonly folderFiles: RegExp }>();

/**
 * Writes the pending code caches (at exit). A cache folder removed while the process ran stays removed (the folder was
 * made when the cache was asked for): a test's temporary cache, or a cache a user cleared, is not made again at exit.
 * @internal
 */
export function writeCodeCaches(): void {
  for (const [file, { script, folderFiles }] of pendingCodeCaches) {
    // After the run the cache also holds the functions compiled while validating, not just the top level.
    if (writeCacheFile(file, script.createCachedData(), false)) sweepUnused(dirname(file), folderFiles);
  }
  pendingCodeCaches.clear();
}

/**
 * Loads a plain CommonJS file, bypassing the TypeScript loader's hooks
 * (which scan every required file for ESM syntax). The validators are
 * megabytes of plain JavaScript; compiling it was a tenth of a synth, so
 * V8's code cache for it is kept in `codeCache` (written when the process
 * exits, with the validation functions compiled by then) and handed back to
 * V8 on the next run. V8 checks the cache itself and rejects one of another
 * V8 version; it is then written again.
 */
function loadCommonJs(file: string, codeCache: string | undefined, codeCacheFolderFiles: RegExp): unknown {
  const module = { exports: {} as unknown };
  let cachedData: Buffer | undefined;
  try {
    cachedData = codeCache === undefined ? undefined : readFileSync(codeCache);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`(function (module, exports, require) {${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
  if (codeCache !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    try {
      mkdirSync(dirname(codeCache), { recursive: true });
      if (pendingCodeCaches.size === 0) process.once('exit', writeCodeCaches);
      pendingCodeCaches.set(codeCache, { script, folderFiles: codeCacheFolderFiles });
    } catch {
      // A cache that cannot be written (a read-only install): everything works without it, only slower.
    }
  } else if (codeCache !== undefined) markUsed(codeCache);
  const wrapper = script.runInThisContext() as (m: typeof module, e: unknown, r: NodeJS.Require) => void;
  wrapper(module, module.exports, packageRequire);
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

const digests = new Map<string, string>();

/**
 * The SHA-256 of a file's content. The schemas are 8.6 MB: hashing them on
 * every run was a twentieth of a warm synth, so the digest is kept in the
 * cache next to the file's path and status (file-status.ts: device, inode,
 * size, times) and computed again only when that changes, or on every call
 * while the file has not settled (an edit in the same tick of the file
 * system's clock may not show in its status).
 */
function fileDigest(file: string, cacheDir: string | undefined): string {
  const status = fileStatus(file);
  if (status?.settled !== true) return createHash('sha256').update(readFileSync(file)).digest('hex');
  const identity = `${file}\0${status.key}`;
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
    if (record && writeCacheFile(record, digest)) sweepUnused(dirname(record), DIGEST_FILE);
  } else if (record) markUsed(record);
  digests.set(identity, digest);
  return digest;
}

/**
 * Where V8's code cache of a validator file is kept: named by the file's content and its path. V8 (Node 20) keeps the
 * file name a code cache was made under, in stack traces and profiles: a cache named by content alone, shared by two
 * checkouts (CALYPSO_CACHE_DIR, or a node_modules link), made the second one's validators report the first one's path.
 * @internal
 */
export function validatorCodeCacheFile(cacheDir: string, file: string): string {
  const name = createHash('sha256').update(file).update('\0').update(fileDigest(file, cacheDir)).digest('hex');
  return join(cacheDir, 'v8', `${name.slice(0, 32)}.v8`);
}

/** The committed validators of one version, when they match their inputs; the core module is loaded on first use. */
interface Precompiled {
  readonly folder: string;
  readonly files: PrecompiledVersion;
  core?: Readonly<Record<string, ValidateFunction>>;
}

/** Validates objects against the vendored schemas of one Kubernetes version; compiled validators are cached per kind. */
export class SchemaValidator {
  private static readonly shared = new Map<KubernetesVersion, SchemaValidator>();
  private readonly compiled = new Map<string, ValidateFunction | null>();
  private readonly fingerprint: string;
  private readonly precompiled?: Precompiled;
  private crdKinds?: Set<string>;
  private schemas?: StrictSchemas;

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
    /** Whether to use the validators committed in `<schemasDir>/validators/` (while they match their inputs). @default true, false with CALYPSO_VALIDATOR_CACHE=off */
    usePrecompiled: boolean = process.env.CALYPSO_VALIDATOR_CACHE !== 'off',
  ) {
    const digest = (file: string): string => fileDigest(file, cacheDir);
    const hash = createHash('sha256');
    for (const file of [
      packageRequire.resolve('ajv/package.json'),
      __filename,
      STRICT_SCHEMAS_SOURCE,
      join(schemasDir, kubernetesSwaggerFile(kubernetesVersion)),
      join(schemasDir, CRD_SCHEMAS_FILE),
    ]) {
      hash.update(digest(file));
    }
    this.fingerprint = hash.digest('hex').slice(0, 16);
    if (usePrecompiled) {
      const manifest = readPrecompiledManifest(schemasDir);
      const files = manifest?.versions[kubernetesVersion];
      if (files && precompiledDifferences(manifest, precompiledInputs(schemasDir, digest)).length === 0) {
        this.precompiled = { folder: join(schemasDir, PRECOMPILED_FOLDER), files };
      }
    }
  }

  /** Whether a kind is a custom resource (validated against its CRD, the same at every Kubernetes version). */
  public isCustomKind(apiVersion: string, kind: string): boolean {
    const custom = this.precompiled?.files.custom;
    this.crdKinds ??= new Set(
      custom
        ? Object.keys(custom)
        : this.cached('crd-kinds.json', () =>
            Object.keys(JSON.parse(readFileSync(join(this.schemasDir, CRD_SCHEMAS_FILE), 'utf8')) as object),
          ),
    );
    return this.crdKinds.has(`${apiVersion}/${kind}`);
  }

  /** A JSON value derived from the schemas, kept in the cache under their fingerprint (parsing the 1.6 MB of CRD schemas costs a tenth of a warm run). */
  private cached<T>(name: string, compute: () => T): T {
    const file = this.cacheDir && join(this.cacheDir, `${this.fingerprint}-${name}`);
    if (file) {
      try {
        const value = JSON.parse(readFileSync(file, 'utf8')) as T;
        markUsed(file);
        return value;
      } catch {
        // Not there yet: computed below.
      }
    }
    const value = compute();
    if (file && writeCacheFile(file, JSON.stringify(value))) sweepUnused(this.cacheDir, COMPILED_FILE);
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
      validate = this.precompiledValidator(key);
      if (validate === undefined) validate = this.cachedOrCompiled(key);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** The committed validator of a kind; null when the kind has no schema, undefined when it is not precompiled. */
  private precompiledValidator(key: string): ValidateFunction | null | undefined {
    const precompiled = this.precompiled;
    if (precompiled === undefined) return undefined;
    const load = (file: string): unknown => {
      const path = join(precompiled.folder, file);
      return loadCommonJs(path, this.cacheDir && validatorCodeCacheFile(this.cacheDir, path), CODE_CACHE_FILE);
    };
    precompiled.core ??= load(precompiled.files.core) as Record<string, ValidateFunction>;
    if (Object.hasOwn(precompiled.core, key)) return precompiled.core[key];
    const custom = precompiled.files.custom;
    // Where custom kinds are precompiled, a kind that is neither core nor custom has no schema.
    if (custom === undefined) return undefined;
    return Object.hasOwn(custom, key) ? (load(custom[key]) as ValidateFunction) : null;
  }

  private cachedOrCompiled(key: string): ValidateFunction | null {
    const cacheFile = this.cacheDir && join(this.cacheDir, `${this.fingerprint}-${key.replace(/[^A-Za-z0-9.-]/g, '_')}.js`);
    if (cacheFile && existsSync(cacheFile)) {
      markUsed(cacheFile);
      try {
        return loadCommonJs(cacheFile, `${cacheFile}.v8`, COMPILED_FILE) as ValidateFunction | null;
      } catch (error) {
        // Removed since it was found (another run's sweep, when no run had used it for a week): compiled again below.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    this.schemas ??= loadStrictSchemas(this.schemasDir, this.kubernetesVersion);
    const validate = compileKind(this.schemas, key);
    if (cacheFile) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when compiling: committed or cached validators need no Ajv
      const standaloneCode = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone')).default;
      if (writeCacheFile(cacheFile, validate ? standaloneCode(this.schemas.ajv, validate) : 'module.exports = null;')) {
        sweepUnused(this.cacheDir, COMPILED_FILE);
      }
    }
    return validate;
  }
}
