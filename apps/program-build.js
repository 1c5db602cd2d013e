/**
 * The build a program runs from: `apps/<program>.ts` and everything of the
 * repository it imports, bundled by esbuild into one CommonJS file (the
 * dependencies in node_modules stay outside, loaded by Node as they are).
 * Loading one file instead of transpiling some 120 modules through tsx on
 * every run was a third of a synth.
 *
 * The bundle is cached in node_modules/.cache/calypso-k8s-build/, named by a
 * content hash of every source file it was built from (and of esbuild's
 * version and this file); each run hashes those files again, so an edited
 * source rebuilds it on demand, in about 0.3 s. The cache folder may be
 * shared by several checkouts (a node_modules symlink): a bundle is also
 * keyed by the checkout's folder.
 *
 * What changes for the code in the bundle: each module's `__dirname` and
 * `__filename` are its source's (so dist/, environments/ and schemas/ are
 * found as before), and `require.main === module` is true only in the
 * program itself. Environment files are not bundled: they are loaded at run
 * time through tsx with source maps (see environment-file.ts); when one
 * imports the library (`../lib`), it gets the bundle's copy, so classes such
 * as SpecError are the same on both sides.
 */
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { dirname, join, relative, sep } = require('node:path');

const ROOT = dirname(__dirname);
/** Where bundles are cached (CALYPSO_CACHE_DIR moves every cache of the programs: the benchmark's cold runs start from an empty one). */
const BUILD_CACHE_DIR = join(process.env.CALYPSO_CACHE_DIR || join(ROOT, 'node_modules', '.cache'), 'calypso-k8s-build');
/** Folders whose files are loaded at run time, never bundled. */
const RUN_TIME_FOLDERS = [join(ROOT, 'environments') + sep];
/** The library's public entry, which a bundle hands to environment files that import it. */
const LIBRARY_INDEX = join(ROOT, 'lib', 'index.ts');

function sha256(...parts) {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

let fingerprint;
/** What every bundle of this checkout depends on besides its sources. */
function toolFingerprint() {
  fingerprint ??= sha256(ROOT, readFileSync(module.filename), require('esbuild/package.json').version, process.version);
  return fingerprint;
}

/** The hash of the sources a bundle was built from, as they are now; undefined when one is gone. */
function sourcesHash(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    const file = join(ROOT, input);
    if (!existsSync(file)) return undefined;
    hash.update(input).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Writes a file whole or not at all: parallel runs may fill the cache at once. */
function writeAtomically(file, content) {
  const partial = `${file}.${process.pid}-${Math.random().toString(16).slice(2)}`;
  writeFileSync(partial, content);
  renameSync(partial, file);
}

/**
 * esbuild plugin: gives each module its own `__dirname`/`__filename`, keeps
 * `require.main === module` true only in the entry, and leaves environment
 * files to be loaded at run time.
 */
function sourcePlugin(entry, read) {
  return {
    name: 'calypso-sources',
    setup(build) {
      build.onResolve({ filter: /^\./ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const resolved = require('node:path').resolve(args.resolveDir, args.path);
        if (RUN_TIME_FOLDERS.some((folder) => resolved.startsWith(folder))) return { path: resolved, external: true };
        return undefined;
      });
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!args.path.startsWith(ROOT + sep) || args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const source = read(args.path);
        const contents = source
          .replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path)))
          .replace(/\b__filename\b/g, JSON.stringify(args.path))
          .replace(/\brequire\.main === module\b/g, args.path === entry ? 'true' : 'false');
        return { contents, loader: 'ts' };
      });
    },
  };
}

/** Builds the bundle of `entry`; returns its code and the sources it holds (relative to the checkout), with their hash. */
async function build(entry) {
  const esbuild = require('esbuild');
  const sources = new Map();
  const read = (file) => {
    const text = readFileSync(file, 'utf8');
    sources.set(relative(ROOT, file), text);
    return text;
  };
  // The entry stub: hand the library to environment files, then run the program.
  const stub = [
    `const Module = require('node:module');`,
    `const library = require(${JSON.stringify(LIBRARY_INDEX)});`,
    `const adopted = new Module(${JSON.stringify(LIBRARY_INDEX)}, module);`,
    `adopted.filename = ${JSON.stringify(LIBRARY_INDEX)};`,
    `adopted.paths = Module._nodeModulePaths(${JSON.stringify(dirname(LIBRARY_INDEX))});`,
    `adopted.exports = library;`,
    `adopted.loaded = true;`,
    `require.cache[${JSON.stringify(LIBRARY_INDEX)}] = adopted;`,
    `require(${JSON.stringify(entry)});`,
  ].join('\n');
  const result = await esbuild.build({
    stdin: { contents: stub, resolveDir: ROOT, sourcefile: 'program-build-entry.js', loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    write: false,
    logLevel: 'silent',
    plugins: [sourcePlugin(entry, read)],
  });
  const inputs = [...sources.keys()].sort();
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0').update(sources.get(input)).update('\0');
  return { code: result.outputFiles[0].text, inputs, hash: hash.digest('hex') };
}

function manifestFileOf(entry) {
  return join(BUILD_CACHE_DIR, `${sha256(toolFingerprint(), entry).slice(0, 16)}.json`);
}

function readManifest(entry) {
  try {
    return JSON.parse(readFileSync(manifestFileOf(entry), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Builds and caches the bundle of `entry` (esbuild plugins need its asynchronous API: this runs in a child process). */
async function buildAndCache(entry) {
  const previous = readManifest(entry);
  const built = await build(entry);
  const bundle = `${sha256(toolFingerprint(), entry, built.hash).slice(0, 24)}.js`;
  mkdirSync(BUILD_CACHE_DIR, { recursive: true });
  writeAtomically(join(BUILD_CACHE_DIR, bundle), built.code);
  writeAtomically(manifestFileOf(entry), JSON.stringify({ entry, inputs: built.inputs, hash: built.hash, bundle }));
  // The bundle of the sources as they were is of no more use (a run still reading it keeps its copy: unlinking is safe).
  if (previous !== undefined && previous.bundle !== bundle) rmSync(join(BUILD_CACHE_DIR, previous.bundle), { force: true });
}

/**
 * The bundle file of a program (`apps/<program>.ts`, absolute), built if
 * there is none for its sources as they are now. Throws when esbuild cannot
 * build it (a syntax error: the caller then loads the program through tsx,
 * which reports it as before).
 */
function programBundle(entry) {
  const fresh = (manifest) =>
    manifest !== undefined &&
    existsSync(join(BUILD_CACHE_DIR, manifest.bundle)) &&
    sourcesHash(manifest.inputs) === manifest.hash &&
    join(BUILD_CACHE_DIR, manifest.bundle);
  const cached = fresh(readManifest(entry));
  if (cached) return cached;
  const child = spawnSync(process.execPath, [module.filename, entry], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  if (child.status !== 0) throw new Error(`building ${entry} failed: ${child.stderr}`);
  const built = fresh(readManifest(entry));
  if (!built) throw new Error(`building ${entry} left no bundle in ${BUILD_CACHE_DIR}`);
  return built;
}

/**
 * Loads one TypeScript file outside the bundle (an environment file or its
 * helpers) as CommonJS: transpiled by esbuild with an inline source map (so
 * a stack trace points at the .ts source once source maps are on, see
 * environment-file.ts), and cached by the hash of its text, so a warm run
 * loads neither esbuild nor tsx. A syntax error is esbuild's
 * `Transform failed with 1 error: <file>:<line>:<column>: ERROR: …`, as
 * under tsx.
 */
function loadTypeScript(module, filename) {
  const source = readFileSync(filename, 'utf8');
  const cached = join(BUILD_CACHE_DIR, 'files', `${sha256(toolFingerprint(), filename, source).slice(0, 32)}.js`);
  let code;
  try {
    code = readFileSync(cached, 'utf8');
  } catch {
    code = require('esbuild').transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      platform: 'node',
      target: `node${process.versions.node.split('.')[0]}`,
      sourcefile: filename,
      sourcemap: 'inline',
    }).code;
    try {
      mkdirSync(dirname(cached), { recursive: true });
      writeAtomically(cached, code);
    } catch {
      // A read-only cache: the next run transpiles the file again, which is only slower.
    }
  }
  module._compile(code, filename);
}

if (require.main === module) {
  buildAndCache(process.argv[2]).catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  });
}

module.exports = { BUILD_CACHE_DIR, loadTypeScript, programBundle };
