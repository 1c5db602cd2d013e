/**
 * cdk8s's resolve and sanitize without their per-value cost.
 * `ApiObject.toJson()` resolves every value of an object through `resolve()`
 * of `cdk8s/lib/resolve`, which for each value walks up the construct tree
 * to find the App, allocates a resolution context, copies the key path and
 * asks each of the App's resolvers in turn, and then copies the resolved
 * object once more to sort its keys and drop empty values (cdk8s's
 * `sanitizeValue`): a third of rendering's time. While
 * {@link withFastResolve} runs, `ApiObject.toJson()` and its metadata's
 * `toJson()` are swapped for copies of themselves that do the same for the
 * three resolvers every App has (Lazy values, implicit tokens,
 * number-or-string unions, in cdk8s's order) in one walk
 * (resolveAndSanitize), with the App found once per object and no key path,
 * which they do not read. Nothing else of cdk8s calls `resolve()`, so that
 * entry point is left as it is. An App with resolvers of its own goes to
 * cdk8s's toJson unchanged. The output is the same object for object: a
 * test compares it with cdk8s's own `toJson()` over every committed object.
 * It stands in only for the cdk8s minor release it was checked against: a
 * consumer's other cdk8s (the peer range is wider) resolves with its own
 * code, whatever that release changed.
 */
import {
  ApiObject,
  ApiObjectMetadataDefinition,
  App,
  ImplicitTokenResolver,
  JsonPatch,
  Lazy,
  LazyResolver,
  NumberStringUnionResolver,
  type IResolver,
} from 'cdk8s';
import { withFastKubeJson } from './fast-kube-json';
/** What `sanitizeValue` of `cdk8s/lib/_util` takes: the second walk of every object, after its resolve. */
interface SanitizeOptions {
  readonly sortKeys?: boolean;
  readonly filterEmptyArrays?: boolean;
  readonly filterEmptyObjects?: boolean;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- cdk8s's own sanitize, for the values the fused walk hands back to it
const { sanitizeValue: cdk8sSanitize } = require('cdk8s/lib/_util') as {
  sanitizeValue: (value: unknown, options: SanitizeOptions) => unknown;
};
const cdk8sObjectToJson = ApiObject.prototype.toJson;
const cdk8sMetadataToJson = ApiObjectMetadataDefinition.prototype.toJson;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the version of the cdk8s this module swaps into
const cdk8sVersion = (require('cdk8s/package.json') as { version: string }).version;

/** The cdk8s releases whose resolve this copies step for step (resolve.js of cdk8s 2.70). */
const CHECKED_CDK8S = /^2\.70\.\d+$/;

/**
 * Whether the fast resolve stands in for this cdk8s version's.
 * @internal
 */
export function fastResolveApplies(version: string): boolean {
  return CHECKED_CDK8S.test(version);
}
const BUILT_IN = [LazyResolver, ImplicitTokenResolver, NumberStringUnionResolver] as const;

/** Whether an App asks only cdk8s's built-in resolvers, in their order. */
function builtInOnly(resolvers: readonly IResolver[]): boolean {
  return resolvers.length === BUILT_IN.length && resolvers.every((resolver, index) => resolver.constructor === BUILT_IN[index]);
}

/** What cdk8s's resolve returns for `value` with the built-in resolvers (resolve.js, step for step): for the values left to cdk8s's sanitize. */
function resolveBuiltIn(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  // A string, number or boolean: no resolver replaces one (withFastResolve checks their prototypes carry no `resolve` or `value`).
  if (typeof value !== 'object' && typeof value !== 'function') return value;
  const candidate = value as { resolve?: unknown; value?: unknown; constructor?: unknown };
  // LazyResolver, then ImplicitTokenResolver, then NumberStringUnionResolver: the first that replaces the value wins.
  if (value instanceof Lazy) return resolveBuiltIn(value.produce());
  if (typeof candidate.resolve === 'function') return resolveBuiltIn((candidate.resolve as () => unknown).call(value));
  if (candidate.constructor !== Object && (typeof candidate.value === 'number' || typeof candidate.value === 'string'))
    return resolveBuiltIn({ value: candidate.value });
  if (Array.isArray(value)) return value.map((item: unknown) => resolveBuiltIn(item));
  if (candidate.constructor === Object) {
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value)) result[key] = resolveBuiltIn((value as Record<string, unknown>)[key]);
    return result;
  }
  return value;
}

/**
 * `sanitizeValue(resolveBuiltIn(value), options)` in one walk: cdk8s
 * resolves a whole object into a copy, then copies it again to sort its keys
 * and drop empty values (`_util.js`). Each object's values are resolved in
 * their own order, as cdk8s resolves them, and only then laid out in sorted
 * order. What the resolve passes through untouched (a class instance, a
 * function) goes to cdk8s's sanitize, which refuses it in its own words.
 * The one difference: with two errors in one object (a value that throws
 * and a class instance elsewhere) the first met is reported.
 */
function resolveAndSanitize(value: unknown, options: SanitizeOptions): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' && typeof value !== 'function') return value;
  const candidate = value as { resolve?: unknown; value?: unknown; constructor?: unknown };
  if (value instanceof Lazy) return resolveAndSanitize(value.produce(), options);
  if (typeof candidate.resolve === 'function') return resolveAndSanitize((candidate.resolve as () => unknown).call(value), options);
  if (candidate.constructor !== Object && (typeof candidate.value === 'number' || typeof candidate.value === 'string'))
    return resolveAndSanitize({ value: candidate.value }, options);
  if (Array.isArray(value)) {
    if (options.filterEmptyArrays === true && value.length === 0) return undefined;
    return value.map((item: unknown) => resolveAndSanitize(item, options));
  }
  if (candidate.constructor === Object) {
    // A `__proto__` key would set the copy's prototype in cdk8s's resolve: left to cdk8s's two walks.
    if (Object.hasOwn(value, '__proto__')) return cdk8sSanitize(resolveBuiltIn(value), options);
    const keys = Object.keys(value);
    const result =
      (options.sortKeys ?? true) && !inOrder(keys)
        ? sortedCopy(value as Record<string, unknown>, keys, options)
        : copyInOrder(value as Record<string, unknown>, keys, options);
    return options.filterEmptyObjects === true && result === EMPTY ? undefined : result === EMPTY ? {} : result;
  }
  return cdk8sSanitize(value, options);
}

/** What the copies below return for an object left with no key: no empty object allocated for one that is dropped. */
const EMPTY: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** An object whose keys are in order (or stay unsorted): each value resolved and kept, in one loop, without a list of values. */
function copyInOrder(value: Record<string, unknown>, keys: readonly string[], options: SanitizeOptions): Record<string, unknown> {
  let result: Record<string, unknown> | undefined;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    const item = resolveAndSanitize(value[key], options);
    if (item === null || item === undefined) continue;
    (result ??= {})[key] = item;
  }
  return result ?? EMPTY;
}

/**
 * An object whose keys are out of order: every value resolved in the object's own order, as cdk8s resolves
 * them, then laid out as `sort()` orders the keys (an order of indexes: no Map per object).
 */
function sortedCopy(value: Record<string, unknown>, keys: readonly string[], options: SanitizeOptions): Record<string, unknown> {
  const values = keys.map((key) => resolveAndSanitize(value[key], options));
  // Keys are distinct, so `<` decides every pair as `sort()` does (UTF-16 code units).
  const order = keys.map((_, index) => index).sort((a, b) => (keys[a] < keys[b] ? -1 : 1));
  let result: Record<string, unknown> | undefined;
  for (const index of order) {
    const item = values[index];
    if (item === null || item === undefined) continue;
    (result ??= {})[keys[index]] = item;
  }
  return result ?? EMPTY;
}

/** Whether keys are in the order `sort()` would put them (UTF-16 code units, as `<` compares strings). */
function inOrder(keys: readonly string[]): boolean {
  for (let index = 1; index < keys.length; index++) if (keys[index - 1] > keys[index]) return false;
  return true;
}

/** The parts of an ApiObject its toJson reads (private in cdk8s's types). */
interface ApiObjectInternals {
  readonly props: Record<string, unknown>;
  readonly patches: JsonPatch[];
}

/** The object whose toJson is running, its App's resolvers checked: its metadata's toJson skips that check. */
let objectBeingSerialized: ApiObject | undefined;

/** An object's metadata as JSON, its App's resolvers just checked: the metadata's toJson need not walk up to the App again. */
function checkedMetadataJson(object: ApiObject): unknown {
  const outer = objectBeingSerialized;
  objectBeingSerialized = object;
  try {
    return object.metadata.toJson();
  } finally {
    objectBeingSerialized = outer;
  }
}

/** `ApiObject.toJson` of cdk8s 2.70 (api-object.js), resolved and sanitized in one walk. */
function fusedObjectToJson(this: ApiObject): unknown {
  if (!builtInOnly(App.of(this).resolvers)) return cdk8sObjectToJson.call(this);
  try {
    const internals = this as unknown as ApiObjectInternals;
    const data = { ...internals.props, metadata: checkedMetadataJson(this) };
    const sortKeys = process.env.CDK8S_DISABLE_SORT ? false : true;
    const json = resolveAndSanitize(data, { sortKeys });
    // Without patches JsonPatch.apply hands back the document itself (fast-json-patch mutates in place): skipped.
    const patched = (internals.patches.length === 0 ? json : JsonPatch.apply(json, ...internals.patches)) as Record<string, unknown>;
    // apiVersion, kind and metadata first, then the rest, as cdk8s orders them.
    const result: Record<string, unknown> = {};
    for (const key of ['apiVersion', 'kind', 'metadata', ...Object.keys(patched)]) if (key in patched) result[key] = patched[key];
    return result;
  } catch (error) {
    throw new Error(`Failed serializing construct at path '${this.node.path}' with name '${this.name}': ${String(error)}`);
  }
}

/** The parts of an object's metadata its toJson reads (private in cdk8s's types). */
interface MetadataInternals {
  readonly apiObject: ApiObject;
  readonly _additionalAttributes: Record<string, unknown>;
  readonly name?: string;
  readonly namespace?: string;
  readonly annotations: Record<string, string>;
  readonly finalizers: string[];
  readonly ownerReferences: unknown[];
  readonly labels: Record<string, string>;
}

/** `ApiObjectMetadataDefinition.toJson` of cdk8s 2.70 (metadata.js), resolved and sanitized in one walk. */
function fusedMetadataToJson(this: ApiObjectMetadataDefinition): unknown {
  const metadata = this as unknown as MetadataInternals;
  if (metadata.apiObject !== objectBeingSerialized && !builtInOnly(App.of(metadata.apiObject).resolvers))
    return cdk8sMetadataToJson.call(this);
  return resolveAndSanitize(
    {
      ...metadata._additionalAttributes,
      name: metadata.name,
      namespace: metadata.namespace,
      annotations: metadata.annotations,
      finalizers: metadata.finalizers,
      ownerReferences: metadata.ownerReferences,
      labels: metadata.labels,
    },
    { filterEmptyArrays: true, filterEmptyObjects: true },
  );
}

/** Whether the built-in resolvers pass every primitive through: no `resolve` or `value` on the prototypes of strings, numbers, booleans. */
function primitivesPassThrough(): boolean {
  return [String.prototype, Number.prototype, Boolean.prototype, BigInt.prototype, Symbol.prototype].every(
    (prototype) => !('resolve' in prototype) && !('value' in prototype),
  );
}

/**
 * Runs `action` (which calls `toJson()` of ApiObjects) with the fast resolve in place; cdk8s's is back afterwards.
 * @internal
 */
export function withFastResolve<T>(action: () => T): T {
  if (!fastResolveApplies(cdk8sVersion) || ApiObject.prototype.toJson === fusedObjectToJson || !primitivesPassThrough()) return action();
  ApiObject.prototype.toJson = fusedObjectToJson;
  ApiObjectMetadataDefinition.prototype.toJson = fusedMetadataToJson as () => unknown as typeof cdk8sMetadataToJson;
  try {
    // The generated Kube* classes' own conversion after the resolve, in one copy too (fast-kube-json.ts).
    return withFastKubeJson(action);
  } finally {
    ApiObject.prototype.toJson = cdk8sObjectToJson;
    ApiObjectMetadataDefinition.prototype.toJson = cdk8sMetadataToJson;
  }
}
