/**
 * Deep immutability for resolved data: a type that makes every level
 * readonly, and a frozen deep copy (Maps included), so a construct can read
 * the resolved environment but never change it under another construct's
 * feet, and so resolving freezes nothing of the caller's or the library's.
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

/**
 * A deep copy of plain data (objects, arrays, Maps), frozen all the way
 * down; a Map's set, delete and clear throw. A value held in several places
 * is copied once, so the copy keeps the sharing (a server in a list and in a
 * map by name is one object).
 */
export function frozenCopy<T>(value: T, copies = new Map<unknown, unknown>()): DeepReadonly<T> {
  if (value === null || typeof value !== 'object') return value as DeepReadonly<T>;
  const known = copies.get(value);
  if (known !== undefined) return known as DeepReadonly<T>;
  let copy: object;
  if (value instanceof Map) {
    const map = new Map<unknown, unknown>();
    copies.set(value, map);
    for (const [key, entry] of value) map.set(frozenCopy(key, copies), frozenCopy(entry, copies));
    copy = Object.assign(map, { set: refuseChange, delete: refuseChange, clear: refuseChange });
  } else if (Array.isArray(value)) {
    const array: unknown[] = [];
    copies.set(value, array);
    for (const entry of value) array.push(frozenCopy(entry, copies));
    copy = array;
  } else {
    const object: Record<string, unknown> = {};
    copies.set(value, object);
    for (const [key, entry] of Object.entries(value)) object[key] = frozenCopy(entry, copies);
    copy = object;
  }
  return Object.freeze(copy) as DeepReadonly<T>;
}
