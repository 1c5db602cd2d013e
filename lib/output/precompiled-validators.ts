/**
 * The validators committed in schemas/validators/: Ajv standalone code of
 * every strict schema (strict-schemas.ts), written by `npm run
 * schemas:vendor` next to the schemas it was compiled from, so that no run,
 * not even the first on a fresh clone, compiles a schema (that was two
 * thirds of a cold synth). Like imports/, they are generated and committed;
 * a test fails when they are stale.
 *
 * - `kubernetes-<version>.js`: one module per Kubernetes version exporting
 *   the validator of every core kind by `group/version/Kind`; the
 *   definitions they share (PodSpec, ObjectMeta, …) are compiled once.
 * - `custom-<group>_<version>_<Kind>.js`: one module per custom kind, at the
 *   oldest version only (a CRD's schema does not change with the cluster
 *   version, see validate.ts), loaded only when a run renders that kind.
 * - `validators.json`: what they were compiled from (Ajv's version and a
 *   SHA-256 of each input). They are used only while every input is still
 *   the same; otherwise the validator compiles from the schemas as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OLDEST_KUBERNETES_VERSION, SUPPORTED_KUBERNETES_VERSIONS, type KubernetesVersion } from '../model/kubernetes-versions';
import { CRD_SCHEMAS_FILE, kindSchema, kubernetesSwaggerFile, loadStrictSchemas, STRICT_SCHEMAS_SOURCE } from './strict-schemas';

/** The folder inside schemas/ that holds them. */
export const PRECOMPILED_FOLDER = 'validators';
/** Their manifest, inside that folder. */
export const PRECOMPILED_MANIFEST = 'validators.json';
/** This file: how the modules are laid out is an input too. */
export const PRECOMPILED_SOURCE = __filename;

/** The files of one Kubernetes version. */
export interface PrecompiledVersion {
  /** The module of the core kinds. */
  readonly core: string;
  /** Each custom kind's module; absent where custom kinds are not precompiled (any version but the oldest). */
  readonly custom?: Readonly<Record<string, string>>;
}

/** schemas/validators/validators.json. */
export interface PrecompiledManifest {
  /** Ajv's version, whose code generator wrote them and whose runtime helpers they require. */
  readonly ajv: string;
  /** SHA-256 of each input: the vendored schemas, and strict-schemas.ts and this file (as sources, in a checkout). */
  readonly inputs: Readonly<Record<string, string>>;
  readonly versions: Readonly<Partial<Record<KubernetesVersion, PrecompiledVersion>>>;
}

/** Ajv's version as installed. */
export function ajvVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON file, read only for its version
  return (require('ajv/package.json') as { version: string }).version;
}

/**
 * The inputs of the precompiled validators as they are now, by name, each
 * hashed with `digest`. The sources count only where they are TypeScript (a
 * checkout, where they can be edited); an installed package runs them
 * compiled, as shipped with the validators they were tested with.
 */
export function precompiledInputs(schemasDir: string, digest: (file: string) => string): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const version of SUPPORTED_KUBERNETES_VERSIONS) {
    inputs[kubernetesSwaggerFile(version)] = digest(join(schemasDir, kubernetesSwaggerFile(version)));
  }
  inputs[CRD_SCHEMAS_FILE] = digest(join(schemasDir, CRD_SCHEMAS_FILE));
  for (const source of [STRICT_SCHEMAS_SOURCE, PRECOMPILED_SOURCE]) {
    if (source.endsWith('.ts')) inputs[`lib/output/${source.split(/[\\/]/).pop()}`] = digest(source);
  }
  return inputs;
}

/** Why the committed validators do not match their inputs (empty when they do). */
export function precompiledDifferences(manifest: PrecompiledManifest | undefined, current: Readonly<Record<string, string>>): string[] {
  if (manifest === undefined) return [`no ${PRECOMPILED_FOLDER}/${PRECOMPILED_MANIFEST}`];
  const differences = manifest.ajv === ajvVersion() ? [] : [`ajv ${manifest.ajv} (installed: ${ajvVersion()})`];
  for (const [name, hash] of Object.entries(current)) if (manifest.inputs[name] !== hash) differences.push(name);
  return differences;
}

/** The manifest in a schemas folder, undefined when there is none or it does not parse. */
export function readPrecompiledManifest(schemasDir: string): PrecompiledManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(schemasDir, PRECOMPILED_FOLDER, PRECOMPILED_MANIFEST), 'utf8')) as PrecompiledManifest;
  } catch {
    return undefined;
  }
}

function moduleName(key: string): string {
  return key.replace(/[^A-Za-z0-9.-]/g, '_');
}

/** An id Ajv resolves `k8s#/definitions/…` against as the bare `k8s` (no `/` or `:` in it). */
function schemaId(key: string): string {
  return `kind-${moduleName(key)}`;
}

/**
 * Every file of schemas/validators/ for the schemas in `schemasDir`, by
 * name (about 10 s of compiling: `npm run schemas:vendor` runs it). The
 * same inputs give the same bytes.
 */
export function generatePrecompiledValidators(schemasDir: string, digest: (file: string) => string): Map<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only the generator needs Ajv's code writer
  const standaloneCode = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone')).default;
  const files = new Map<string, string>();
  const versions: Partial<Record<KubernetesVersion, PrecompiledVersion>> = {};
  for (const version of SUPPORTED_KUBERNETES_VERSIONS) {
    const schemas = loadStrictSchemas(schemasDir, version);
    const kinds = [...schemas.definitionByKind.keys()].sort();
    for (const key of kinds) schemas.ajv.addSchema(kindSchema(schemas, key) as object, schemaId(key));
    const core = `kubernetes-${version}.js`;
    files.set(core, standaloneCode(schemas.ajv, Object.fromEntries(kinds.map((key) => [key, schemaId(key)]))));
    let custom: Record<string, string> | undefined;
    if (version === OLDEST_KUBERNETES_VERSION) {
      custom = {};
      for (const key of Object.keys(schemas.crds).sort()) {
        const file = `custom-${moduleName(key)}.js`;
        files.set(file, standaloneCode(schemas.ajv, schemas.ajv.compile(kindSchema(schemas, key) as object)));
        custom[key] = file;
      }
    }
    versions[version] = { core, custom };
  }
  const manifest: PrecompiledManifest = { ajv: ajvVersion(), inputs: precompiledInputs(schemasDir, digest), versions };
  files.set(PRECOMPILED_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}
