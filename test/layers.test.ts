/**
 * The layers hold: no import cycle anywhere in lib/ or apps/ (type-only
 * imports count: a cycle of types still ties two modules together), and
 * the lint rule refuses an import against the layers. Each check is also
 * shown to fail on code that breaks it, so a passing run means something.
 *
 * The import graph comes from TypeScript's own import scanner
 * (`ts.preProcessFile`: imports, `import type`, re-exports, `import()` and
 * `require` of a literal path) and its module resolution with tsconfig.json,
 * and the cycles from its strongly connected components (Tarjan): a fraction
 * of what a full parse of every file costs. ESLint runs in a child process
 * meanwhile (see layerReports).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { tempDir } from './helpers';

const REPO = join(__dirname, '..');

const compilerOptions = (): ts.CompilerOptions =>
  (
    ts.getParsedCommandLineOfConfigFile(
      join(REPO, 'tsconfig.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    ) as ts.ParsedCommandLine
  ).options;

/** Every .ts file (not .d.ts) under a folder. */
function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The import graph from the files under these folders, followed into every file of the project they import (not into
 * packages): file to the files it imports, type-only imports included.
 */
function importGraph(folders: readonly string[]): Map<string, string[]> {
  const options = compilerOptions();
  const cache = ts.createModuleResolutionCache(REPO, (name) => name, options);
  const graph = new Map<string, string[]>();
  const pending = folders.flatMap(typeScriptFiles);
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (graph.has(file)) continue;
    const imported = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.flatMap(({ fileName }) => {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys, cache).resolvedModule;
      if (resolved === undefined || resolved.isExternalLibraryImport || resolved.extension !== ts.Extension.Ts) return [];
      return [resolved.resolvedFileName];
    });
    graph.set(file, [...new Set(imported)]);
    pending.push(...imported);
  }
  return graph;
}

/** The strongly connected components of a graph that hold a cycle (two files or more, or a file importing itself). */
function cyclicComponents(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    lowLink.set(file, index.get(file) as number);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowLink.set(file, Math.min(lowLink.get(file) as number, lowLink.get(next) as number));
      } else if (onStack.has(next)) lowLink.set(file, Math.min(lowLink.get(file) as number, index.get(next) as number));
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    for (let member = stack.pop(); ; member = stack.pop()) {
      onStack.delete(member as string);
      component.push(member as string);
      if (member === file) break;
    }
    if (component.length > 1 || graph.get(file)?.includes(file)) components.push(component.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return components.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The shortest loop from `start` back to it through the files of its component. */
function shortestLoop(graph: ReadonlyMap<string, readonly string[]>, component: ReadonlySet<string>, start: string): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const next of graph.get(queue[head]) ?? []) {
      if (next === start) {
        const loop = [queue[head]];
        while (loop[0] !== start) loop.unshift(cameFrom.get(loop[0]) as string);
        return loop;
      }
      if (!component.has(next) || cameFrom.has(next)) continue;
      cameFrom.set(next, queue[head]);
      queue.push(next);
    }
  }
  throw new Error(`${start} is on no loop of its component`);
}

/**
 * Every import cycle among the TypeScript files under these folders of `baseDir`, each as the files of one loop in
 * order (paths relative to `baseDir`): per knot of files that import each other, loops until each of its files is
 * on one, so every file to untie is named.
 */
function importCycles(baseDir: string, folders: readonly string[]): string[][] {
  const graph = importGraph(folders.map((folder) => join(baseDir, folder)));
  const name = (file: string): string => relative(baseDir, file).split('\\').join('/');
  return cyclicComponents(graph).flatMap((component) => {
    const members = new Set(component);
    const loops: string[][] = [];
    for (const file of component) if (!loops.some((loop) => loop.includes(file))) loops.push(shortestLoop(graph, members, file));
    return loops.map((loop) => loop.map(name));
  });
}

/** One line per cycle, `a.ts -> b.ts -> a.ts`, for a failure message a person can act on. */
const describeCycles = (cycles: readonly string[][]): string[] => cycles.map((cycle) => [...cycle, cycle[0]].join(' -> '));

describe('import cycles', () => {
  test('there is no import cycle in lib/ or apps/', () => {
    const cycles = describeCycles(importCycles(REPO, ['lib', 'apps']));
    // On failure the test prints the cycles found: each is one line, every module of the loop in order.
    expect(cycles).toEqual([]);
  });

  test('the check reports two files that import each other, and two that import only types of each other', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'lib'));
    const files: Record<string, string> = {
      'a.ts': "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
      'b.ts': "import { a } from './a';\nexport const b = (): number => (Math.random() > 2 ? a() : 0);\n",
      'c.ts': "import type { D } from './d';\nexport type C = D | number;\n",
      'd.ts': "import type { C } from './c';\nexport type D = { readonly c?: C };\n",
      'e.ts': "import { a } from './a';\nimport type { C } from './c';\nexport const e: C = a();\n",
    };
    for (const [file, code] of Object.entries(files)) writeFileSync(join(dir, 'lib', file), code);
    expect(describeCycles(importCycles(dir, ['lib']))).toEqual(['lib/a.ts -> lib/b.ts -> lib/a.ts', 'lib/c.ts -> lib/d.ts -> lib/c.ts']);
  });
});

/**
 * ESLint's API in a child process, as `npm test`'s eslint loads it (eslint.config.mjs by a dynamic
 * import, typescript-eslint from node_modules), started as the file loads so it runs while the
 * cycles are found. One process lints every sample, `line: message` of each layer-rule report, and says
 * which of `paths` eslint ignores (the last array).
 */
async function layerReports(
  samples: readonly { readonly filePath: string; readonly code: string }[],
  paths: readonly string[],
): Promise<string[][]> {
  const script = `
    const { ESLint } = require('eslint');
    const { samples, paths } = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const eslint = new ESLint({ cwd: process.cwd() });
    Promise.all([
      Promise.all(samples.map(({ filePath, code }) => eslint.lintText(code, { filePath }))),
      Promise.all(paths.map(async (path) => ((await eslint.isPathIgnored(path)) ? [path] : []))),
    ]).then(([results, ignored]) => {
      const reports = results.map(([result]) => result.messages
        .filter((message) => ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax'].includes(message.ruleId))
        .map((message) => message.line + ': ' + message.message));
      process.stdout.write(JSON.stringify([...reports, ignored.flat()]));
    });
  `;
  const linting = promisify(execFile)(process.execPath, ['-e', script], { cwd: REPO, encoding: 'utf8' });
  linting.child.stdin?.end(JSON.stringify({ samples, paths }));
  return JSON.parse((await linting).stdout) as string[][];
}

/** Paths eslint must leave alone (scratch folders next to dist/ may hold bundles), and ones it must lint. */
const IGNORED_PATHS = ['.dist.bench-123-abc/fresh-and-warm-x/clone-0/cache/build/0123.js', '.dist.snapshot/dev/x.js', 'dist/dev/x.js'];
const LINTED_PATHS = ['apps/main.ts', 'apps/warm-up.js'];

const modelSample = [
  "import { App } from 'cdk8s';",
  "import type { CalypsoServer } from '../constructs/calypso-server';",
  "import { KubeDeployment } from '../../imports/k8s';",
  "import { Construct } from 'constructs';",
  "import { Deployment } from 'cdk8s-plus-27/lib/deployment';",
  "import { renderEnvironment } from '../output/render';",
  "import { parseQuantity } from './quantity';",
  'export const uses = [App, KubeDeployment, Construct, Deployment, renderEnvironment, parseQuantity];',
  'export type Server = CalypsoServer;',
  '',
].join('\n');
const constructSample = [
  "import { App } from 'cdk8s';",
  "import { parseQuantity } from '../model/quantity';",
  "import { manifestYaml } from '../../lib/output/render';",
  'export const uses = [App, parseQuantity, manifestYaml];',
  '',
].join('\n');
const outsideSample = [
  "import { programPaths } from '../../apps/paths';",
  "import prod from '../../environments/prod';",
  "import { testSpec } from '../../test/helpers';",
  'export const uses = [programPaths, prod, testSpec];',
  '',
].join('\n');
const restricted = (path: string): string => `'${path}' import is restricted from being used by a pattern.`;

// Started when the file loads, so the lint runs in its own process while the import cycles are found here.
const linted = layerReports(
  [
    { filePath: 'lib/model/x.ts', code: modelSample },
    { filePath: 'lib/constructs/x.ts', code: constructSample },
    ...['lib/output/x.ts', 'lib/model/x.ts', 'lib/constructs/x.ts'].map((filePath) => ({ filePath, code: outsideSample })),
    { filePath: 'apps/x.ts', code: outsideSample.replace(/\.\.\/\.\.\//g, '../') },
    { filePath: 'lib/index.ts', code: "export { SpecError } from './model/errors';\nexport * from './model/quantity';\n" },
  ],
  [...IGNORED_PATHS, ...LINTED_PATHS],
);
// Awaited in the lint tests' beforeAll; until then a failure is held there, not reported as unhandled.
linted.catch(() => undefined);

describe('the layer rule (eslint)', () => {
  let reports: string[][] = [];
  beforeAll(async () => {
    reports = await linted;
  });

  test('a model file importing cdk8s, a construct, generated classes or output is refused, naming the rule', () => {
    const plainData =
      'layer rule: lib/model is plain typed data and never imports cdk8s, cdk8s-plus-27 or constructs; build objects in lib/constructs.';
    expect(reports[0]).toEqual([
      `1: ${restricted('cdk8s')} ${plainData}`,
      `2: ${restricted('../constructs/calypso-server')} layer rule: lib/model never imports lib/constructs; constructs are built from the model, not the other way round.`,
      `3: ${restricted('../../imports/k8s')} layer rule: lib/model never imports the generated cdk8s classes (imports/); they belong to lib/constructs.`,
      `4: ${restricted('constructs')} ${plainData}`,
      `5: ${restricted('cdk8s-plus-27/lib/deployment')} ${plainData}`,
      `6: ${restricted('../output/render')} layer rule: lib/model never imports lib/output; rendering and checks of rendered objects come after the model.`,
    ]);
  });

  test("eslint leaves synth's and the bench's scratch folders next to dist/ alone, and lints the programs", () => {
    expect(reports[reports.length - 1]).toEqual(IGNORED_PATHS);
  });

  test('a construct importing output is refused; importing the model and cdk8s is fine', () => {
    expect(reports[1]).toEqual([
      `3: ${restricted('../../lib/output/render')} layer rule: lib/constructs never imports lib/output; output renders and checks what the constructs build.`,
    ]);
  });

  test('nothing in lib/ imports apps/, environments/ or test/; apps/ may', () => {
    const rule = 'layer rule: nothing in lib/ imports apps/, environments/ or test/ (the library is what they are built on).';
    const expected = ['../../apps/paths', '../../environments/prod', '../../test/helpers'].map(
      (path, index) => `${index + 1}: ${restricted(path)} ${rule}`,
    );
    expect(reports.slice(2, 5)).toEqual([expected, expected, expected]);
    expect(reports[5]).toEqual([]);
  });

  test('the public API is by name: lib/index.ts may not `export *`', () => {
    expect(reports[6]).toEqual(['2: public API by name: export each public name of the module (README, The public API).']);
  });
});
