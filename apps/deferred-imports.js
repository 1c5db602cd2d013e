/**
 * Deferred imports in a program's bundle: a module imported by a file of
 * apps/ is evaluated when one of its imported names is first read, not when
 * the program starts (the semantics of TC39's `import defer`, or Babel's
 * `lazy` CommonJS option). So `--help`, a usage error or `env:list` load
 * the few modules their work reads, not cdk8s, zod, the generated imports/
 * and the rest of lib/: every program start used to load them all (about
 * 0.4 s of CPU) before it parsed its arguments.
 *
 * How: the bundle plugin rewrites each value import of an apps/ file,
 * `import { a, b as c } from './synth'`, to import from a small CommonJS
 * module instead, whose exports are getters that `require('./synth')` on
 * first use; esbuild already turns every read of an imported name into a
 * property read of such a module (`import_synth.a`), and its `require()`
 * inside a function evaluates a bundled module on first call. The names,
 * classes and constants are the module's own (not copies), so identity and
 * `instanceof` hold.
 *
 * Only the bundle changes: the sources keep plain static imports (tsc,
 * eslint and vitest see them as written), and lib/ keeps its own imports
 * eager. Node's built-in modules stay eager (`node:…`, loaded with Node).
 * A module's top-level code that reads an imported name at start (a usage
 * text naming a default) still loads that module then: deferring never
 * changes what a program computes, only when a module is evaluated.
 */
const { sep } = require('node:path');

/** The prefix of the rewritten import specifiers, and the namespace of their modules. */
const DEFERRED = 'calypso-deferred';

/**
 * A value import of our (prettier-formatted) sources: `import { … } from '…';`
 * (names across lines too) or `import name from '…';`. Type-only imports,
 * namespace imports and bare side-effect imports are left as they are.
 */
const VALUE_IMPORT = /^import\s+(?:\{([^}]*)\}|([A-Za-z_$][\w$]*))\s+from\s+'([^']+)';/gm;

/** Whether imports in this file are deferred: the files of apps/ (the programs). */
function defersImportsOf(file, root) {
  return file.startsWith(`${root}${sep}apps${sep}`) && file.endsWith('.ts');
}

/** The names an import's braces bring in as values (`a`, `b as c` → a, b; `type T` is dropped). */
function importedValueNames(braces) {
  return braces
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !part.startsWith('type '))
    .map((part) => part.split(/\s+as\s+/)[0]);
}

/** The source with its value imports (Node's built-ins aside) taken from deferring modules. */
function deferImports(source) {
  return source.replace(VALUE_IMPORT, (statement, braces, defaultName, from) => {
    if (from.startsWith('node:')) return statement;
    const names = braces === undefined ? ['default'] : importedValueNames(braces);
    if (names.length === 0) return statement;
    const specifier = `${DEFERRED}:${encodeURIComponent(JSON.stringify({ from, names }))}`;
    return statement.replace(`'${from}'`, JSON.stringify(specifier));
  });
}

/**
 * The deferring module of one import: a getter per imported name, which
 * evaluates the real module on first read. `default` is the module itself
 * unless it is compiled ESM (esbuild's own rule for a default import of
 * CommonJS).
 */
function deferringModule({ from, names }) {
  return [
    `let loaded;`,
    `const load = () => (loaded ??= require(${JSON.stringify(from)}));`,
    `Object.defineProperty(exports, '__esModule', { value: true });`,
    `for (const name of ${JSON.stringify(names)}) {`,
    `  Object.defineProperty(exports, name, {`,
    `    enumerable: true,`,
    `    get: () => (name === 'default' && !load().__esModule ? load() : load()[name]),`,
    `  });`,
    `}`,
  ].join('\n');
}

/** The esbuild hooks for the rewritten specifiers: each resolves to its deferring module, next to its importer. */
function setupDeferredImports(build) {
  build.onResolve({ filter: new RegExp(`^${DEFERRED}:`) }, (args) => ({
    path: `${args.resolveDir}${sep}${args.path}`,
    namespace: DEFERRED,
    pluginData: { resolveDir: args.resolveDir, ...JSON.parse(decodeURIComponent(args.path.slice(DEFERRED.length + 1))) },
  }));
  build.onLoad({ filter: /.*/, namespace: DEFERRED }, (args) => ({
    contents: deferringModule(args.pluginData),
    resolveDir: args.pluginData.resolveDir,
    loader: 'js',
  }));
}

module.exports = { deferImports, defersImportsOf, setupDeferredImports };
