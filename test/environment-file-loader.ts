/**
 * Vitest setup: how a test process loads environment files. The programs
 * load them with Node's `require` (apps/environment-file.ts), which knows no
 * TypeScript; under vitest the test's own modules are vite's. This teaches
 * `require` `.ts` files the way the programs' loader does (esbuild, cached
 * by content hash: apps/program-build.js), and hands an environment file
 * that imports the library (`../lib`, or its absolute path in a temporary
 * copy) the copy the test itself loaded, so classes such as SpecError are
 * the same on both sides, as in the programs.
 */
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import * as library from '../lib';

interface LoadableModule {
  filename: string;
  loaded: boolean;
  exports: unknown;
  _compile(code: string, filename: string): void;
}
type Extensions = Record<string, (module: LoadableModule, filename: string) => void>;

const moduleRequire = createRequire(__filename);
const { loadTypeScript } = moduleRequire('../apps/program-build.js') as {
  loadTypeScript: (module: LoadableModule, filename: string) => void;
};
const extensions = (Module as unknown as { _extensions: Extensions })._extensions;
extensions['.ts'] ??= loadTypeScript;

const index = join(__dirname, '..', 'lib', 'index.ts');
if (moduleRequire.cache[index] === undefined) {
  const shared = new Module(index) as unknown as LoadableModule & NodeJS.Module;
  shared.filename = index;
  shared.loaded = true;
  shared.exports = library;
  moduleRequire.cache[index] = shared;
}
