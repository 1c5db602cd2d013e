/**
 * The build a program runs from: `apps/<program>.ts` and everything of the
 * repository it imports, bundled by esbuild into one CommonJS file (the
 * dependencies in node_modules stay outside, loaded by Node as they are).
 * Loading one file instead of transpiling some 120 modules through tsx on
 * every run was a third of a synth.
 *
 * The bundle is cached in node_modules/.cache/calypso-k8s/build/, named by a
 * content hash of every file it was built from (its sources, this file,
 * deferred-imports.js and esbuild's package.json) and of Node's version;
 * its manifest lists those files with their hash. Each start checks them
 * again, so an edited source rebuilds it on demand, in about 0.3 s: it
 * stats each file, and reads only those whose status (device, inode, size, times)
 * is not the one recorded when the file was hashed and had settled (see
 * currentBundle), so a warm start reads none. The cache folder may be
 * shared by several checkouts (a node_modules symlink): a bundle is also
 * keyed by the checkout's folder.
 *
 * The folder is kept bounded without a warm start listing it: a warm start
 * only marks the bundle and transpiled files it loads as used (their
 * modification time, one utimes when it is over a day old, see markUsed),
 * and the slow paths sweep. A build, once the program's thread has its
 * bundle, removes the manifests of checkouts that are gone (removed
 * worktrees, tests' copies; once their bundle went unmarked for 2 days,
 * since another container sharing the folder may run one out of this
 * one's sight) and those whose bundle went unused for 7 days, then every
 * bundle (and its code cache) that no manifest names and every partial
 * write, once an hour old (a parallel build may not have written its
 * manifest yet); see sweepBuilds. The bundle a build replaces goes at once,
 * with its code cache (a run about to load it looks for the current one,
 * see register.js). A run that writes a transpiled file removes, as it
 * exits, those unused for 2 days, at most once an hour (a stamp file: the
 * folder holds thousands); see sweepTranspiledFiles. A sweep never throws.
 *
 * The build runs in a worker thread (esbuild plugins need its asynchronous
 * API) while the program's thread waits for it, loading meanwhile the
 * packages the program will need (`whileBuilding`): on a fresh clone the
 * two overlap. The worker also transpiles the environment files, so a
 * fresh clone's first run starts esbuild only once; once the program's
 * thread has its bundle, the worker goes on with the work of AFTER_BUILD
 * (checking the rendered PromQL rules) on the core that thread leaves idle.
 *
 * What changes for the code in the bundle: each module's `__dirname` and
 * `__filename` are its source's (so dist/, environments/ and schemas/ are
 * found as before), and `require.main === module` is true only in the
 * program itself. Environment files are not bundled: they are loaded at run
 * time through tsx with source maps (see environment-file.ts); when one
 * imports the library (`../lib`), it gets the bundle's copy, so classes such
 * as SpecError are the same on both sides.
 */
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } = require('node:fs');
const { basename, dirname, join, relative, resolve, sep } = require('node:path');
const { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData } = require('node:worker_threads');
const { deferImports, defersImportsOf, setupDeferredImports } = require('./deferred-imports');

const ROOT = dirname(__dirname);
/** The programs' caches (CALYPSO_CACHE_DIR moves every one of them: the benchmark's cold runs start from an empty one). */
const CACHE_ROOT = process.env.CALYPSO_CACHE_DIR || join(ROOT, 'node_modules', '.cache', 'calypso-k8s');
/** Where bundles are cached. */
const BUILD_CACHE_DIR = join(CACHE_ROOT, 'build');
/**
 * The Node version bundles are keyed by (and V8's code caches with them): this Node's, or CALYPSO_BUILD_NODE_VERSION's for a
 * test, which so plays another Node on the same cache folder.
 */
const NODE_VERSION = process.env.CALYPSO_BUILD_NODE_VERSION || process.version;
/** A build that takes longer than this is taken for dead (the caller then loads the sources through tsx). */
const BUILD_TIMEOUT_MS = 5 * 60 * 1000;
/** Folders whose files are loaded at run time, never bundled. */
const RUN_TIME_FOLDERS = [join(ROOT, 'environments') + sep];
/** The library's public entry, which a bundle hands to environment files that import it. */
const LIBRARY_INDEX = join(ROOT, 'lib', 'index.ts');
/**
 * How long after its last change a file's status (device, inode, size, times)
 * is trusted to show any later edit: an edit within the same tick of the
 * file system's clock may leave it as it was, so a file changed this
 * recently is compared by content (the racy case of git's index).
 */
const SETTLED_MS = 2000;
/** The name of a bundle in the cache: a content hash (see buildAndCache). */
const BUNDLE_NAME = /^[0-9a-f]{24}\.js$/;
/** How often a warm start marks the bundle or transpiled file it loads as used (one utimes when its time is older). */
const USE_MARK_MS = 24 * 60 * 60 * 1000;
/** A manifest whose bundle went unused (see USE_MARK_MS) this long is removed by a sweep, and its bundle with it. */
const UNUSED_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * A transpiled file unused this long is removed by a sweep: sooner than a bundle, since each test run writes some 225 new
 * ones (environment files in fresh temporary folders) and one removed while still in use costs only one transform. More
 * than USE_MARK_MS, so a file used once a day stays.
 */
const TRANSPILED_UNUSED_MS = 2 * 24 * 60 * 60 * 1000;
/**
 * A file no manifest references (a bundle of sources as they were, its code cache, a partial write of a killed run) is
 * removed by a sweep once it is this old: a run that read its manifest before it was replaced may still be loading it.
 */
const UNREFERENCED_MS = 60 * 60 * 1000;
/** How often transpiled files are swept at most (a sweep stats thousands of them): the time of FILES_SWEPT_STAMP says when. */
const FILES_SWEEP_MS = 60 * 60 * 1000;
/** The stamp file, next to build/files/ (which must hold transpiled files only), whose modification time is the last sweep's. */
const FILES_SWEPT_STAMP = 'files.swept';

// node:crypto costs a start about 5 ms to load: only a build, a changed file or an environment file loads it.
function sha256(...parts) {
  const hash = require('node:crypto').createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

let fingerprint;
/** What every transpiled file of this checkout depends on besides its own source: the build's own files (toolFiles), read whole. */
function toolFingerprint() {
  fingerprint ??= sha256(ROOT, NODE_VERSION, ...toolFiles().flatMap((tool) => [tool, readFileSync(join(ROOT, tool))]));
  return fingerprint;
}

/** The hash of a bundle's inputs (paths relative to the checkout) with their contents. */
function contentHash(inputs, contentOf) {
  const hash = require('node:crypto').createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0').update(contentOf(input)).update('\0');
  return hash.digest('hex');
}

/**
 * A file's status (device, inode, size, modification and change times in nanoseconds), and whether it is settled: last
 * changed (the later of the two times: utimes can set a later modification time) more than `settledMs` before `now`;
 * undefined when it is gone. The rule of lib/output/file-status.ts, kept here in plain JavaScript (this file runs before
 * the loader that could require that TypeScript file exists): test/file-status.test.ts runs both on the same cases.
 */
function fileStatus(file, now = Date.now(), settledMs = SETTLED_MS) {
  let stat;
  try {
    stat = statSync(file, { bigint: true });
  } catch {
    return undefined;
  }
  const changedNs = stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs;
  return {
    key: `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`,
    settled: BigInt(Math.trunc(now)) * 1_000_000n - changedNs > BigInt(Math.trunc(settledMs)) * 1_000_000n,
  };
}

/** The statuses worth keeping, by input: a file whose status still reads the same later has the content it was hashed with. */
function settledStatuses(inputs, statuses) {
  return Object.fromEntries(inputs.flatMap((input, index) => (statuses[index].settled ? [[input, statuses[index].key]] : [])));
}

/** The build's own files (this one, the deferred imports, esbuild's version): every bundle depends on them as on its sources. */
function toolFiles() {
  return [module.filename, require.resolve('./deferred-imports'), require.resolve('esbuild/package.json')].map((file) =>
    relative(ROOT, file),
  );
}

/** Writes a file whole or not at all: parallel runs may fill the cache at once. */
function writeAtomically(file, content) {
  const partial = `${file}.${process.pid}-${Math.random().toString(16).slice(2)}`;
  writeFileSync(partial, content);
  renameSync(partial, file);
}

/** What sourcePlugin rewrites in a source: a file that holds none of them (nor defers its imports) is left to esbuild as it is. */
const PLACED_NAMES = ['__dirname', '__filename', 'require.main'];

/**
 * esbuild plugin: gives each module its own `__dirname`/`__filename`, keeps
 * `require.main === module` true only in the entry, and leaves environment
 * files to be loaded at run time. `read` gives a source's bytes.
 */
function sourcePlugin(entry, read) {
  return {
    name: 'calypso-sources',
    setup(build) {
      // Only a relative path naming the folder can lead into it (environment files themselves are not bundled).
      build.onResolve({ filter: /^\..*\benvironments\b/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const resolved = require('node:path').resolve(args.resolveDir, args.path);
        if (RUN_TIME_FOLDERS.some((folder) => resolved.startsWith(folder))) return { path: resolved, external: true };
        return undefined;
      });
      setupDeferredImports(build);
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!args.path.startsWith(ROOT + sep) || args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const bytes = read(args.path);
        const defers = defersImportsOf(args.path, ROOT);
        // Looked for in the bytes: decoding imports/'s megabytes into text to find nothing to change was a third of the worker's CPU here.
        if (!defers && !PLACED_NAMES.some((name) => bytes.includes(name))) return undefined;
        const source = bytes.toString('utf8');
        const placed = source
          .replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path)))
          .replace(/\b__filename\b/g, JSON.stringify(args.path))
          .replace(/\brequire\.main === module\b/g, args.path === entry ? 'true' : 'false');
        const contents = defers ? deferImports(placed) : placed;
        // Most files need no change: esbuild reads those itself, which spares sending megabytes (imports/) over its pipe.
        // It reads them after they were hashed, so a file edited meanwhile makes the bundle look stale, never fresh.
        return contents === source ? undefined : { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * Builds the bundle of `entry`; returns its code and the sources it holds
 * (relative to the checkout), each with its content (bytes) and its status
 * before it was read (a file edited meanwhile then shows a changed status).
 */
async function build(entry) {
  const esbuild = require('esbuild');
  const sources = new Map();
  const read = (file) => {
    const status = fileStatus(file);
    const bytes = readFileSync(file);
    sources.set(relative(ROOT, file), { content: bytes, status });
    return bytes;
  };
  // The entry stub: hand the library to environment files (evaluated when the first one requires it), then run the program.
  const stub = [
    `const Module = require('node:module');`,
    `let library;`,
    `const adopted = new Module(${JSON.stringify(LIBRARY_INDEX)}, module);`,
    `adopted.filename = ${JSON.stringify(LIBRARY_INDEX)};`,
    `adopted.paths = Module._nodeModulePaths(${JSON.stringify(dirname(LIBRARY_INDEX))});`,
    `Object.defineProperty(adopted, 'exports', { get: () => (library ??= require(${JSON.stringify(LIBRARY_INDEX)})) });`,
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
    // A third smaller and plain ASCII without the comments (V8 reads a one-byte string): about 6 ms less per start.
    // Stack traces point into the bundle either way; CALYPSO_BUILD=off gives the sources' lines.
    minifyWhitespace: true,
    write: false,
    logLevel: 'silent',
    plugins: [sourcePlugin(entry, read)],
  });
  return { code: result.outputFiles[0].text, sources };
}

/** FNV-1a (32 bits) of a string, in hex: a file name, not a check (the manifest names its entry). */
function shortHash(text) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** A program's manifest: the bundle it runs from, and what that was built from (its inputs, their hash and settled statuses). */
function manifestFileOf(entry) {
  // Per Node version too: readManifest refuses another Node's, which would otherwise be rebuilt over on every start.
  return join(BUILD_CACHE_DIR, `${basename(entry, '.ts')}-${shortHash(`${ROOT}\0${entry}\0${NODE_VERSION}`)}.json`);
}

/** The manifest of `entry` built by this Node; undefined when there is none. */
function readManifest(entry) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFileOf(entry), 'utf8'));
  } catch {
    return undefined;
  }
  // The bundle's name is one this file writes (a content hash): a manifest naming anything else is not ours to follow.
  const ours =
    manifest.entry === entry && manifest.node === NODE_VERSION && manifest.settled !== undefined && BUNDLE_NAME.test(manifest.bundle);
  return ours ? manifest : undefined;
}

/** Every TypeScript file under the folders loaded at run time. */
function runTimeFiles() {
  return RUN_TIME_FOLDERS.flatMap((folder) =>
    readdirSync(folder, { recursive: true })
      .filter((file) => file.endsWith('.ts'))
      .sort()
      .map((file) => join(folder, file)),
  );
}

/**
 * Builds and caches the bundle of `entry` and the transpiled environment files (esbuild plugins need its asynchronous API:
 * this runs in a worker); returns the bundle's inputs, and whether a transpiled file was written (see sweepAfterBuild).
 */
async function buildAndCache(entry) {
  const esbuild = require('esbuild');
  const previous = readManifest(entry);
  let transpiled = false;
  const [built] = await Promise.all([
    build(entry),
    ...runTimeFiles().map(async (filename) => {
      const source = readFileSync(filename, 'utf8');
      const cached = transpiledFile(filename, source);
      const mtimeMs = modifiedMs(cached);
      if (mtimeMs !== undefined) {
        markUsed(cached, mtimeMs);
        return;
      }
      const { code } = await esbuild.transform(source, transformOptions(filename));
      writeCached(cached, code);
      transpiled = true;
    }),
  ]);
  const sources = new Map(built.sources);
  for (const tool of toolFiles()) {
    const status = fileStatus(join(ROOT, tool));
    sources.set(tool, { content: readFileSync(join(ROOT, tool)), status });
  }
  const inputs = [...sources.keys()].sort();
  const hash = contentHash(inputs, (input) => sources.get(input).content);
  const settled = settledStatuses(
    inputs,
    inputs.map((input) => sources.get(input).status),
  );
  const bundle = `${sha256(entry, NODE_VERSION, hash).slice(0, 24)}.js`;
  mkdirSync(BUILD_CACHE_DIR, { recursive: true });
  writeAtomically(join(BUILD_CACHE_DIR, bundle), built.code);
  writeAtomically(manifestFileOf(entry), JSON.stringify({ entry, node: NODE_VERSION, inputs, hash, bundle, settled }));
  // The bundle of the sources as they were is of no more use, nor its code cache (a run still reading it keeps its copy:
  // unlinking is safe; one that read the old manifest and is about to load it looks for the current one, see register.js).
  if (previous !== undefined && previous.bundle !== bundle) {
    removeCached(join(BUILD_CACHE_DIR, previous.bundle));
    removeCached(join(BUILD_CACHE_DIR, `${previous.bundle}.v8`));
  }
  return { inputs, transpiled };
}

/** The sweeps a build calls for, once the program's thread has its bundle (they need not delay it). */
function sweepAfterBuild({ transpiled }) {
  sweepBuilds(BUILD_CACHE_DIR);
  if (transpiled) sweepTranspiledFiles(join(BUILD_CACHE_DIR, 'files'));
}

/**
 * Marks a cached file as used (its modification time, `mtimeMs` now), at most once a USE_MARK_MS, so that its age says how
 * long it went unused. A read-only cache, or a file removed meanwhile, stays as it is.
 */
function markUsed(file, mtimeMs, now = Date.now()) {
  if (!(mtimeMs < now - USE_MARK_MS)) return;
  try {
    utimesSync(file, new Date(now), new Date(now));
  } catch {
    // The next run marks it, if it can.
  }
}

/** A file's modification time in milliseconds; undefined when it is gone or cannot be read. */
function modifiedMs(file) {
  try {
    return statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  } catch {
    return undefined;
  }
}

/** Removes a cache file, if it is still there; false when it could not (read-only). */
function removeCached(file) {
  try {
    rmSync(file, { force: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Sweeps the bundles' folder (run by a build, after it wrote its bundle and manifest; `now` for a test). It removes:
 * - a manifest unused for UNUSED_MS (its own time and its bundle's, which warm starts mark, are both that old; so is a
 *   manifest whose bundle is gone), and one whose program is gone (a removed checkout, a test's: it is never used again),
 *   once the manifest is UNREFERENCED_MS old and its bundle went unmarked for twice USE_MARK_MS (a program this process
 *   does not see may run in another container sharing the folder);
 * - a bundle no remaining manifest names, and its code cache, once the bundle is UNREFERENCED_MS old (a parallel build
 *   may have written it and not yet its manifest);
 * - any other file (a code cache whose bundle is gone, a partial write left by a killed run) once it is UNREFERENCED_MS old.
 * A file it cannot read or remove is left as it is: a sweep never fails a build. Returns the names it removed.
 */
function sweepBuilds(folder, now = Date.now()) {
  const removed = [];
  try {
    const names = readdirSync(folder);
    const ageOf = (name) => now - (modifiedMs(join(folder, name)) ?? Number.NEGATIVE_INFINITY);
    const remove = (name) => {
      if (removeCached(join(folder, name))) removed.push(name);
    };
    const referenced = new Set();
    for (const name of names.filter((file) => file.endsWith('.json'))) {
      let manifest;
      try {
        manifest = JSON.parse(readFileSync(join(folder, name), 'utf8'));
      } catch {
        manifest = undefined;
      }
      const bundle = typeof manifest?.bundle === 'string' ? manifest.bundle : undefined;
      const age = ageOf(name);
      const unused = age > UNUSED_MS && (bundle === undefined || ageOf(bundle) > UNUSED_MS);
      // A program that this process does not see may run in another container sharing the folder: its warm starts mark the
      // bundle at least once a USE_MARK_MS, so only a bundle unmarked for twice that counts as the gone checkout's.
      const orphaned =
        age > UNREFERENCED_MS &&
        (typeof manifest?.entry !== 'string' || (!existsSync(manifest.entry) && (bundle === undefined || ageOf(bundle) > 2 * USE_MARK_MS)));
      if (unused || orphaned) remove(name);
      else if (bundle !== undefined) referenced.add(bundle);
    }
    const codeCaches = names.filter((name) => name.endsWith('.js.v8'));
    for (const name of names) {
      if (['files', FILES_SWEPT_STAMP].includes(name) || name.endsWith('.json') || referenced.has(name) || codeCaches.includes(name))
        continue;
      if (ageOf(name) > UNREFERENCED_MS) remove(name);
    }
    // A code cache goes with its bundle; one whose bundle is gone (written at a run's exit after a build removed it) once it is old.
    for (const name of codeCaches) {
      const bundle = name.slice(0, -'.v8'.length);
      if (removed.includes(bundle) || (!names.includes(bundle) && ageOf(name) > UNREFERENCED_MS)) remove(name);
    }
  } catch {
    // No folder, or one that cannot be read: nothing to sweep.
  }
  return removed;
}

/**
 * Sweeps the transpiled files (run when a transpiled file was written, at most once a FILES_SWEEP_MS: the stamp file's time
 * says when it last was; `now` for a test): removes those unused for TRANSPILED_UNUSED_MS (a hit marks its file used, see
 * loadTypeScript), and partial writes once they are UNREFERENCED_MS old. Returns the names it removed.
 */
function sweepTranspiledFiles(folder, now = Date.now()) {
  const removed = [];
  try {
    const stamp = join(dirname(folder), FILES_SWEPT_STAMP);
    if ((modifiedMs(stamp) ?? Number.NEGATIVE_INFINITY) > now - FILES_SWEEP_MS) return removed;
    // Stamped first: a parallel run that wrote a file meanwhile does not sweep too.
    writeFileSync(stamp, '');
    for (const name of readdirSync(folder)) {
      const mtimeMs = modifiedMs(join(folder, name));
      if (mtimeMs === undefined) continue;
      const margin = name.endsWith('.js') ? TRANSPILED_UNUSED_MS : UNREFERENCED_MS;
      if (mtimeMs < now - margin && removeCached(join(folder, name))) removed.push(name);
    }
  } catch {
    // Read-only, or no folder: nothing to sweep.
  }
  return removed;
}

/**
 * Work the worker takes over from the program once its bundle is built, on the core the program's thread leaves idle: for a
 * bundle that holds `when`, the worker loads `module` (bundled like a program, its dependencies left to Node) and calls `run`
 * with its exports. Each fills a cache the program would otherwise fill itself, one step after the other, on a fresh clone.
 */
const AFTER_BUILD = [
  {
    when: join('lib', 'output', 'promql-check.ts'),
    module: join(ROOT, 'lib', 'output', 'promql-prefill.ts'),
    // The dist/ folder the programs read (apps/paths.ts): its rules are nearly always the ones the program checks.
    run: (exports) =>
      exports.prefillPromqlCache(
        process.env.CALYPSO_DIST_DIR ? resolve(process.env.CALYPSO_DIST_DIR) : join(ROOT, 'dist'),
        exports.promqlCacheDir(),
      ),
  },
];

/** Runs the AFTER_BUILD work of a bundle built from `inputs` (relative to the checkout); any failure only leaves the program to do that work itself. */
async function afterBuild(inputs) {
  const esbuild = require('esbuild');
  const Module = require('node:module');
  for (const { when, module: file, run } of AFTER_BUILD) {
    if (!inputs.includes(when)) continue;
    try {
      const result = await esbuild.build({
        entryPoints: [file],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: `node${process.versions.node.split('.')[0]}`,
        packages: 'external',
        write: false,
        logLevel: 'silent',
        plugins: [sourcePlugin(file, (path) => readFileSync(path))],
      });
      const loaded = new Module(file, module);
      loaded.filename = file;
      loaded.paths = Module._nodeModulePaths(dirname(file));
      loaded._compile(result.outputFiles[0].text, file);
      run(loaded.exports);
    } catch {
      // The program does the work itself.
    }
  }
}

/**
 * Builds the bundle of `entry` in a worker thread; this thread runs
 * `whileBuilding` meanwhile (given a function that tells whether the build
 * is done, so it can stop as soon as it is), then waits for the worker.
 * Throws when the build fails.
 */
function buildInWorker(entry, whileBuilding) {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(module.filename, {
    workerData: { programBuild: { entry, done, port: port2 } },
    transferList: [port2],
    execArgv: [],
  });
  worker.unref();
  try {
    whileBuilding?.(() => Atomics.load(done, 0) !== 0);
  } catch {
    // Only a head start: the program loads what it needs itself, and reports any error then.
  }
  if (Atomics.wait(done, 0, 0, BUILD_TIMEOUT_MS) === 'timed-out') throw new Error(`building ${entry} took over ${BUILD_TIMEOUT_MS} ms`);
  const reply = receiveMessageOnPort(port1);
  port1.close();
  if (reply === undefined) throw new Error(`building ${entry} failed: its worker ended without an answer`);
  if (reply.message.error !== undefined) throw new Error(`building ${entry} failed: ${reply.message.error}`);
}

/**
 * The bundle of `entry` if it was built from its inputs as they are now;
 * undefined when there is none, or one input is gone or has other content.
 * An input whose status reads as the manifest keeps it is not read: most
 * starts only stat the 120-odd files. Any other input is compared by
 * content, and its status kept once it is settled.
 */
function currentBundle(entry) {
  const manifest = readManifest(entry);
  const bundle = manifest === undefined ? undefined : join(BUILD_CACHE_DIR, manifest.bundle);
  // One stat, as the existsSync it replaces: it also says whether the bundle is due to be marked used.
  const bundleMs = bundle === undefined ? undefined : modifiedMs(bundle);
  if (bundleMs === undefined) return undefined;
  const statuses = manifest.inputs.map((input) => fileStatus(join(ROOT, input)));
  if (statuses.some((status) => status === undefined)) return undefined;
  if (statuses.every((status, index) => manifest.settled[manifest.inputs[index]] === status.key)) {
    markUsed(bundle, bundleMs);
    return bundle;
  }
  // Read after the statuses were taken: a file edited meanwhile shows a changed status on the next start.
  if (contentHash(manifest.inputs, (input) => readFileSync(join(ROOT, input))) !== manifest.hash) return undefined;
  const settled = settledStatuses(manifest.inputs, statuses);
  if (JSON.stringify(settled) !== JSON.stringify(manifest.settled))
    writeCached(manifestFileOf(entry), JSON.stringify({ ...manifest, settled }));
  markUsed(bundle, bundleMs);
  return bundle;
}

/**
 * The bundle file of a program (`apps/<program>.ts`, absolute), built if
 * there is none for its sources as they are now (running `whileBuilding`
 * meanwhile). Throws when esbuild cannot build it (a syntax error: the
 * caller then loads the program through tsx, which reports it as before).
 */
function programBundle(entry, whileBuilding) {
  const cached = currentBundle(entry);
  if (cached) return cached;
  buildInWorker(entry, whileBuilding);
  const built = currentBundle(entry);
  if (!built) throw new Error(`building ${entry} left no bundle in ${BUILD_CACHE_DIR}`);
  return built;
}

/** esbuild's options for one file loaded at run time: CommonJS, with an inline source map. */
function transformOptions(filename) {
  return {
    loader: 'ts',
    format: 'cjs',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    sourcefile: filename,
    sourcemap: 'inline',
  };
}

/** Where the transpiled text of one file is cached, by the hash of its source. */
function transpiledFile(filename, source) {
  return join(BUILD_CACHE_DIR, 'files', `${sha256(toolFingerprint(), filename, source).slice(0, 32)}.js`);
}

/** Writes a cache file; a read-only cache is no error (the next run does the work again, which is only slower). */
function writeCached(file, content) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeAtomically(file, content);
    return true;
  } catch {
    // Read-only.
    return false;
  }
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
  const cached = transpiledFile(filename, source);
  let code;
  try {
    code = readFileSync(cached, 'utf8');
  } catch {
    code = require('esbuild').transformSync(source, transformOptions(filename)).code;
    // At exit, not now: the program waits for this file (at most once an hour, the sweep lists thousands of files).
    if (writeCached(cached, code)) process.once('exit', () => sweepTranspiledFiles(dirname(cached)));
    module._compile(code, filename);
    return;
  }
  markUsed(cached, modifiedMs(cached));
  module._compile(code, filename);
}

/**
 * The Go runtime's settings for the worker's esbuild service: no garbage collection until its heap reaches 1 GiB. The
 * service collects as its heap grows from nothing, which cost a fresh clone's first build about a fifth of its time
 * (12 interleaved builds, medians: 202 ms against 257 ms); the service's peak RSS in a fresh synth is 83 MB instead of
 * 65 MB. A GOGC or GOMEMLIMIT of the caller's own is kept as it is. Only the worker's copy of the environment gets them,
 * so no other process the program starts does.
 */
function esbuildGoSettings(env) {
  return env.GOGC === undefined && env.GOMEMLIMIT === undefined ? { GOGC: 'off', GOMEMLIMIT: '1GiB' } : {};
}

/** The worker of buildInWorker: builds, answers, and wakes the waiting thread (also when it ends without an answer). */
function runBuildWorker({ entry, done, port }) {
  // Before esbuild's service starts: it takes the worker's environment (a copy of the program's).
  Object.assign(process.env, esbuildGoSettings(process.env));
  const wake = () => {
    Atomics.store(done, 0, 1);
    Atomics.notify(done, 0);
  };
  process.once('exit', wake);
  let built;
  buildAndCache(entry)
    .then(
      (result) => {
        built = result;
        return {};
      },
      (error) => ({ error: String(error?.message ?? error) }),
    )
    .then((message) => {
      port.postMessage(message);
      port.close();
      wake();
      // The program's thread runs the bundle now; this one does what it can of its work meanwhile.
      if (built !== undefined) sweepAfterBuild(built);
      return afterBuild(built?.inputs ?? []);
    })
    .finally(() => require('esbuild').stop());
}

if (!isMainThread && workerData?.programBuild !== undefined) runBuildWorker(workerData.programBuild);

module.exports = { afterBuild, BUILD_CACHE_DIR, CACHE_ROOT, fileStatus, loadTypeScript, programBundle, sweepBuilds, sweepTranspiledFiles };
