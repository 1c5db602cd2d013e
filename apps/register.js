/**
 * How the programs (synth, validate, diff, bench) load TypeScript:
 * `node --require ./apps/register.js apps/<program>.ts`. tsx transpiles our
 * .ts files (type-checking is `npm test`'s job). Dependencies in
 * node_modules are plain CommonJS and go to Node's own loader: tsx would
 * scan each of them for ESM syntax first, which for cdk8s, the 2.5 MB of
 * Kubernetes classes and the yaml library is a tenth of a synth.
 * (An ESM-only dependency would fail here with ERR_REQUIRE_ESM.)
 */
const Module = require('node:module');
const { sep } = require('node:path');

const nodeLoader = Module._extensions['.js'];
require('tsx/cjs');
const tsxLoader = Module._extensions['.js'];
const dependencies = `${sep}node_modules${sep}`;

Module._extensions['.js'] = function load(module, filename) {
  return (filename.includes(dependencies) ? nodeLoader : tsxLoader).call(this, module, filename);
};

// tsx turns source maps on; mapping every transpiled file costs about 0.15 s of a synth. Stack
// traces then point into the transpiled code (near the same lines); run with
// NODE_OPTIONS=--enable-source-maps to have them mapped. Environment files are the exception: they load with
// source maps on, so a mistake in one is reported at its line in the .ts file (see environment-file.ts).
const wantsSourceMaps = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].includes('--enable-source-maps');
if (!wantsSourceMaps) process.setSourceMapsEnabled(false);
