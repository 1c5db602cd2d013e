/**
 * How a program's bundle defers the imports of apps/ files
 * (apps/deferred-imports.js): which imports are rewritten, and what the
 * module standing in for one gives. The bundles themselves run in
 * test/cold-start.test.ts and test/command-line.test.ts.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface DeferredImports {
  deferImports(source: string): string;
  defersImportsOf(file: string, root: string): boolean;
}
const { deferImports, defersImportsOf } = createRequire(__filename)('../apps/deferred-imports.js') as DeferredImports;

/** The import a rewritten statement takes its names from, decoded. */
function deferredTarget(statement: string): unknown {
  const specifier = /from "calypso-deferred:([^"]+)"/.exec(statement)?.[1];
  return specifier === undefined ? undefined : JSON.parse(decodeURIComponent(specifier));
}

test('named and default value imports are deferred, with the names they read (a renamed one by its own name, types left out)', () => {
  const source = [
    `import { a, b as c, type T } from './synth';`,
    `import {\n  formatReport,\n  type SynthReport,\n  synthesize,\n} from '../lib/output/render';`,
    `import ts from 'typescript';`,
  ].join('\n');
  const statements = deferImports(source).split(/(?<=;)\n/);
  expect(statements.map(deferredTarget)).toEqual([
    { from: './synth', names: ['a', 'b'] },
    { from: '../lib/output/render', names: ['formatReport', 'synthesize'] },
    { from: 'typescript', names: ['default'] },
  ]);
  // The names as the file uses them are unchanged.
  expect(statements[0]).toMatch(/^import \{ a, b as c, type T \} from /);
});

test("type-only imports, Node's built-ins, namespace and bare imports stay as written", () => {
  const source = [
    `import type { Output } from './paths';`,
    `import { type Tier } from '../lib';`,
    `import { readFileSync } from 'node:fs';`,
    `import * as everything from './synth';`,
    `import './side-effect';`,
    `const text = "import { x } from './y';";`,
  ].join('\n');
  expect(deferImports(source)).toBe(source);
});

test('only the files of apps/ defer their imports', () => {
  const root = join('/', 'checkout');
  expect(defersImportsOf(join(root, 'apps', 'main.ts'), root)).toBe(true);
  expect(defersImportsOf(join(root, 'lib', 'index.ts'), root)).toBe(false);
  expect(defersImportsOf(join(root, 'apps', 'register.js'), root)).toBe(false);
  expect(defersImportsOf(join(root, 'environments', 'dev.ts'), root)).toBe(false);
});
