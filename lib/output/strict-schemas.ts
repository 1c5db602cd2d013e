/**
 * The vendored schemas made strict, in one Ajv instance: core kinds from the
 * Kubernetes OpenAPI definitions of one version, custom kinds from their
 * CRD's openAPIV3Schema, with every object closed (a field a schema does not
 * list is an error), as `kubeconform -strict` does. Both the validators
 * committed in schemas/validators/ (written by `npm run schemas:vendor`, see
 * precompiled-validators.ts) and those compiled at run time come from here,
 * so the two are the same code.
 */
import type Ajv from 'ajv';
import type { Options, ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KubernetesVersion } from '../model/kubernetes-versions';

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

/**
 * Ajv's options. `inlineRefs: false` compiles each referenced definition
 * (PodSpec, Container, …) once, as a function every kind calls, instead of a
 * copy in every kind that uses it: the validators of all core kinds of a
 * version are then 2 MB of code, not 20. It changes no answer.
 */
export const AJV_OPTIONS: Options = {
  strict: false,
  allErrors: true,
  validateFormats: false,
  inlineRefs: false,
  code: { source: true, optimize: true, lines: true },
};

/** The vendored OpenAPI document of one Kubernetes version (see schemas/README.md). */
export function kubernetesSwaggerFile(version: KubernetesVersion): string {
  return `kubernetes-${version}-swagger.json`;
}

/** This file: how the schemas are made strict is an input of every compiled validator. */
export const STRICT_SCHEMAS_SOURCE = __filename;

/** The vendored CRD schemas, `group/version/Kind` -> openAPIV3Schema (written by `npm run schemas:vendor`). */
export const CRD_SCHEMAS_FILE = 'crd-schemas.json';

const OBJECT_META = 'k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
const QUANTITY = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;
const INT_OR_STRING = { anyOf: [{ type: 'string' }, { type: 'integer' }] };

type Schema = Record<string, unknown>;

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

/** The strict schemas of one Kubernetes version, loaded into Ajv, and which kind each applies to. */
export interface StrictSchemas {
  readonly ajv: Ajv;
  /** `group/version/Kind` (`v1/Kind` for the core group) of each core kind -> its definition's name. */
  readonly definitionByKind: ReadonlyMap<string, string>;
  /** `group/version/Kind` of each custom kind -> its CRD's openAPIV3Schema, as vendored. */
  readonly crds: Readonly<Record<string, unknown>>;
}

/** Loads the vendored schemas of one Kubernetes version into a fresh Ajv (about half a second: only for what is not precompiled). */
export function loadStrictSchemas(schemasDir: string, version: KubernetesVersion): StrictSchemas {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when compiling: precompiled validators need no Ajv
  const AjvClass = (require('ajv') as typeof import('ajv')).default;
  const ajv = new AjvClass(AJV_OPTIONS);
  const swagger = JSON.parse(readFileSync(join(schemasDir, kubernetesSwaggerFile(version)), 'utf8')) as {
    definitions: Record<string, Schema>;
  };
  const definitionByKind = new Map<string, string>();
  const definitions: Record<string, unknown> = {};
  const alphaFields = ALPHA_FIELDS_BY_VERSION[version] ?? {};
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
  const crds = JSON.parse(readFileSync(join(schemasDir, CRD_SCHEMAS_FILE), 'utf8')) as Record<string, unknown>;
  return { ajv, definitionByKind, crds };
}

/**
 * A CRD's schema with every object schema below the root (one with
 * `properties`) moved into `definitions` and referenced, identical ones
 * once. A CRD schema has no references of its own, so Ajv made one function
 * of all of it (1.8 MB of code for AlertmanagerConfig), which V8 compiled
 * whole on the first object; as one function per object schema, only those
 * an object reaches are compiled. The same keywords apply at the same
 * places: no answer changes.
 */
function hoistObjectSchemas(root: Schema): Schema {
  const definitions: Record<string, unknown> = {};
  const names = new Map<string, string>();
  const hoist = (node: unknown, isRoot: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => hoist(item, false));
    if (!isObject(node)) return node;
    const out: Schema = {};
    for (const [key, value] of Object.entries(node)) {
      // Under `properties`, the keys are field names, not keywords.
      out[key] =
        key === 'properties' && isObject(value)
          ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, hoist(schema, false)]))
          : hoist(value, false);
    }
    if (isRoot || !isObject(out.properties)) return out;
    const text = JSON.stringify(out);
    let name = names.get(text);
    if (name === undefined) {
      name = `o${names.size}`;
      names.set(text, name);
      definitions[name] = out;
    }
    return { $ref: `#/definitions/${name}` };
  };
  return { ...(hoist(root, true) as Schema), definitions };
}

/** The strict schema of one kind (`group/version/Kind`), undefined when there is none. */
export function kindSchema(schemas: StrictSchemas, key: string): Schema | undefined {
  const definition = schemas.definitionByKind.get(key);
  if (definition) return { $ref: `k8s#/definitions/${definition}` };
  const crd = schemas.crds[key];
  return crd === undefined ? undefined : hoistObjectSchemas(strictCrdSchema(crd, true) as Schema);
}

/** The compiled validator of one kind, null when it has no schema. */
export function compileKind(schemas: StrictSchemas, key: string): ValidateFunction | null {
  const schema = kindSchema(schemas, key);
  return schema === undefined ? null : schemas.ajv.compile(schema);
}
