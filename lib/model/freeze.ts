/**
 * Deep immutability for resolved data: a type that makes every level
 * readonly, and a function that freezes a value all the way down (Maps
 * included), so a construct can read the resolved environment but never
 * change it under another construct's feet.
 */

/** Every level of `T` readonly. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ReadonlyMap<infer K, infer V>
    ? ReadonlyMap<K, DeepReadonly<V>>
    : T extends readonly (infer E)[]
      ? readonly DeepReadonly<E>[]
      : T extends object
        ? { readonly [P in keyof T]: DeepReadonly<T[P]> }
        : T;

function refuseChange(): never {
  throw new TypeError('a resolved environment is immutable');
}

/** Freezes a value and everything it holds; a Map's set, delete and clear throw. Returns the value. */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value as DeepReadonly<T>;
  if (value instanceof Map) {
    for (const [key, entry] of value) {
      deepFreeze(key);
      deepFreeze(entry);
    }
    Object.assign(value, { set: refuseChange, delete: refuseChange, clear: refuseChange });
  }
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return value as DeepReadonly<T>;
}
