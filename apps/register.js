/**
 * How the programs (synth, validate, diff, bench, …) load:
 * `node --require ./apps/register.js apps/<program>.ts`. The program runs
 * from its build, one bundle of our sources cached by their content hash
 * (see program-build.js), rebuilt on demand when a source changed (in a
 * worker thread, while this one loads the dependencies and, on a fresh
 * clone, compiles the validators: see validator-warm-up.js). Files
 * outside the bundle, the environment files, are transpiled one by one,
 * also cached by content hash (type-checking is `npm test`'s job). Set
 * CALYPSO_BUILD=off to load every file through tsx instead, as before the
 * build existed; tsx also loads them when the bundle does not build (a
 * syntax error in a source, which tsx then reports at its line).
 *
 * Dependencies in node_modules are plain CommonJS and go to Node's own
 * loader: tsx would scan each of them for ESM syntax first. (An ESM-only
 * dependency would fail here with ERR_REQUIRE_ESM.)
 */
const Module = require('node:module');
const { resolve, sep } = require('node:path');
const { CACHE_ROOT, loadTypeScript, programBundle } = require('./program-build');

const nodeLoader = Module._extensions['.js'];
const dependencies = `${sep}node_modules${sep}`;
let tsxLoaders;

/** tsx's loaders for .ts and .js, installed on first use; ours stay in front of them. */
function tsx() {
  if (tsxLoaders === undefined) {
    const ours = Module._extensions['.ts'];
    require('tsx/cjs');
    tsxLoaders = { ts: Module._extensions['.ts'], js: Module._extensions['.js'] };
    Module._extensions['.ts'] = ours;
    Module._extensions['.js'] = function load(module, filename) {
      return (filename.includes(dependencies) ? nodeLoader : tsxLoaders.js).call(this, module, filename);
    };
    // tsx turns source maps on; mapping every transpiled file costs time on each run. Environment files load with
    // source maps on (see environment-file.ts); run with NODE_OPTIONS=--enable-source-maps to have everything mapped.
    if (!wantsSourceMaps) process.setSourceMapsEnabled(false);
  }
  return tsxLoaders;
}

const wantsSourceMaps = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].includes('--enable-source-maps');
const program = process.argv[1] === undefined ? undefined : resolve(process.argv[1]);
/**
 * Dependencies a program loads only now and then, left out of loadDependencies (about 0.1 s of a fresh clone's first
 * synth): Ajv's compiler, which only a validator compiled at run time needs (the committed validators require only its
 * runtime helpers), and the PromQL grammar, which a synth loads only for a rule the build worker has not checked
 * (lib/output/promql-prefill.ts).
 */
const LOADED_ON_DEMAND = new Set(['ajv', '@prometheus-io/lezer-promql', '@lezer/lr', '@lezer/highlight']);

/**
 * While the bundle builds (a fresh clone, or a source changed), the packages
 * the programs use are loaded, so that the build and the loading of the
 * dependencies run side by side. They are the package's dependencies and
 * peer dependencies but LOADED_ON_DEMAND, resolved from the program as the bundle resolves them,
 * so the bundle gets the same modules; one that fails to load is left for
 * the program to load and report.
 */
function loadDependencies() {
  const { dependencies = {}, peerDependencies = {} } = require('../package.json');
  const programRequire = Module.createRequire(program);
  for (const name of Object.keys({ ...peerDependencies, ...dependencies })) {
    if (LOADED_ON_DEMAND.has(name)) continue;
    try {
      programRequire(name);
    } catch {
      // The program reports it, if it needs it.
    }
  }
}

let bundle;
if (program !== undefined && program.endsWith('.ts') && process.env.CALYPSO_BUILD !== 'off') {
  try {
    bundle = programBundle(program, (built) => {
      loadDependencies();
      // The thread would wait for the bundle with nothing to do: it compiles the validators a first validation loads.
      const warmUp = require('./validator-warm-up');
      if (warmUp.headStartHelps(CACHE_ROOT)) warmUp.compileValidatorsUntil(built);
    });
  } catch {
    // The sources do not build (a syntax error): tsx loads them one by one and reports it at its file and line.
    bundle = undefined;
  }
}

/**
 * Runs the bundle as the program's module. V8's code cache of it is kept
 * next to it (`<bundle>.v8`, written when the process exits, holding every
 * function compiled by then) and handed back to V8 on the next run, which
 * then compiles almost nothing; V8 rejects a cache of another version, and
 * it is written again.
 */
function runBundle(module, source) {
  const { readFileSync, renameSync, writeFileSync } = require('node:fs');
  const { Script } = require('node:vm');
  const codeCache = `${bundle}.v8`;
  let cachedData;
  try {
    cachedData = readFileSync(codeCache);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', () => {
      try {
        writeFileSync(`${codeCache}.${process.pid}`, script.createCachedData());
        renameSync(`${codeCache}.${process.pid}`, codeCache);
      } catch {
        // A read-only cache: the next run compiles the bundle again, which is only slower.
      }
    });
  }
  const wrapper = script.runInThisContext();
  const moduleRequire = Module.createRequire(module.filename);
  wrapper.call(module.exports, module.exports, moduleRequire, module, module.filename, require('node:path').dirname(module.filename));
}

/**
 * The bundle's text. A build of another run may have removed it since programBundle named it (a build removes the bundle
 * it replaces): the current bundle is taken then, built if need be; undefined when that does not build (the sources
 * changed meanwhile and no longer parse), and the bundle is then given up for tsx.
 */
function bundleSource() {
  const { readFileSync } = require('node:fs');
  try {
    return readFileSync(bundle, 'utf8');
  } catch (error) {
    if (error?.code !== 'ENOENT') throw error;
  }
  try {
    bundle = programBundle(program);
    return readFileSync(bundle, 'utf8');
  } catch {
    bundle = undefined;
    return undefined;
  }
}

Module._extensions['.ts'] = function load(module, filename) {
  const source = bundle !== undefined && filename === program ? bundleSource() : undefined;
  if (source !== undefined) {
    runBundle(module, source);
    // Loaded only when the bundle was built in this run.
    require.cache[require.resolve('./validator-warm-up')]?.exports.releaseCompiledAhead();
    return;
  }
  if (bundle !== undefined) loadTypeScript(module, filename);
  else if (filename === program) loadProgramThroughTsx.call(this, module, filename);
  else tsx().ts.call(this, module, filename);
};

/**
 * Loads the program through tsx. A source that does not parse (the reason the bundle did not build) is reported as
 * esbuild reports it, its file, line and column, and nothing else: left uncaught, Node would print tsx's minified source
 * line and esbuild's stack above it.
 */
function loadProgramThroughTsx(module, filename) {
  try {
    tsx().ts.call(this, module, filename);
  } catch (error) {
    if (error?.name !== 'TransformError') throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
if (bundle === undefined) tsx();
