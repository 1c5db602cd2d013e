/**
 * cdk8s's resolve without its per-value cost. `ApiObject.toJson()` resolves
 * every value of an object through `resolve()` of `cdk8s/lib/resolve`, which
 * for each value walks up the construct tree to find the App, allocates a
 * resolution context, copies the key path and asks each of the App's
 * resolvers in turn: a third of rendering's time. While {@link withFastResolve}
 * runs, that entry point is swapped for one that does the same for the three
 * resolvers every App has (Lazy values, implicit tokens, number-or-string
 * unions, in cdk8s's order), with the App found once per object and no key
 * path, which they do not read. An App with resolvers of its own goes to
 * cdk8s's resolve unchanged. The output is the same object for object: a
 * test compares it with cdk8s's own `toJson()` over every committed object.
 * It stands in only for the cdk8s minor release it was checked against: a
 * consumer's other cdk8s (the peer range is wider) resolves with its own
 * code, whatever that release changed.
 */
import { App, ImplicitTokenResolver, Lazy, LazyResolver, NumberStringUnionResolver, type ApiObject, type IResolver } from 'cdk8s';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object itself: ApiObject and its metadata call resolve() through it
const resolveModule = require('cdk8s/lib/resolve') as { resolve: (key: string[], value: unknown, apiObject: ApiObject) => unknown };

const cdk8sResolve = resolveModule.resolve;
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

/** What cdk8s's resolve returns for `value` with the built-in resolvers (resolve.js, step for step). */
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

/** Whether the built-in resolvers pass every primitive through: no `resolve` or `value` on the prototypes of strings, numbers, booleans. */
function primitivesPassThrough(): boolean {
  return [String.prototype, Number.prototype, Boolean.prototype, BigInt.prototype, Symbol.prototype].every(
    (prototype) => !('resolve' in prototype) && !('value' in prototype),
  );
}

function fastResolve(key: string[], value: unknown, apiObject: ApiObject): unknown {
  return builtInOnly(App.of(apiObject).resolvers) ? resolveBuiltIn(value) : cdk8sResolve(key, value, apiObject);
}

/**
 * Runs `action` (which calls `toJson()` of ApiObjects) with the fast resolve in place; cdk8s's is back afterwards.
 * @internal
 */
export function withFastResolve<T>(action: () => T): T {
  if (!fastResolveApplies(cdk8sVersion) || resolveModule.resolve === fastResolve || !primitivesPassThrough()) return action();
  resolveModule.resolve = fastResolve;
  try {
    return action();
  } finally {
    resolveModule.resolve = cdk8sResolve;
  }
}
