/**
 * Spies on `node:fs` that the code under test sees. Vitest hands a module
 * that imports `node:fs` the ES module, whose named exports are bindings of
 * their own: replacing a function on the CommonJS object (what `vi.spyOn`
 * does) reaches them only once Node's `syncBuiltinESMExports()` copies it
 * over, and restoring it only after the same again.
 */
import { syncBuiltinESMExports } from 'node:module';
import type { MockInstance } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object itself, whose functions a spy replaces
const fs = require('node:fs') as typeof import('node:fs');

type FsFunctionName = {
  [Name in keyof typeof fs]: (typeof fs)[Name] extends (...args: never[]) => unknown ? Name : never;
}[keyof typeof fs];
type FsFunction<Name extends FsFunctionName> = Extract<(typeof fs)[Name], (...args: never[]) => unknown>;

/** A spy on `fs[name]`, seen by every module that imported it. */
export function spyOnFs<Name extends FsFunctionName>(name: Name): MockInstance<FsFunction<Name>> {
  const spy = vi.spyOn(fs, name as never) as unknown as MockInstance<FsFunction<Name>>;
  // mockImplementation later changes what the spy does, not the spy: the binding stays right.
  syncBuiltinESMExports();
  return spy;
}

/** Restores every spy (afterEach), and the ES module's view of `fs` with it. */
export function restoreSpies(): void {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
}
