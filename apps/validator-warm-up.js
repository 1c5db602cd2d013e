/**
 * A head start on the committed validators (schemas/validators/*.js, Ajv
 * standalone code, some 6 MB of plain JavaScript) for a program's first run
 * on a fresh clone, whose thread would otherwise sit idle while the worker
 * builds its bundle (program-build.js): it compiles them meanwhile. V8 keeps
 * a compiled script in its isolate's compilation cache, found again by the
 * same source text and file name while the script lives; so when the
 * validator loads the file later (loadCommonJs in
 * lib/output/schema-validator.ts, without a code cache of it yet), V8 takes
 * the compiled script instead of compiling it on the program's critical
 * path (about 20 ms per core module). A text that differs only makes V8
 * compile it again: test/cold-start.test.ts checks that a fresh synth's
 * validators are found this way. Warm runs never wait for a build, and a
 * run that rebuilds after an edit already has V8's code caches of the
 * validators, so neither compiles ahead (headStartHelps).
 */
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const VALIDATORS_DIR = join(__dirname, '..', 'schemas', 'validators');

/** The scripts compiled ahead of their use, kept alive: V8's compilation cache holds a script only while it lives. */
const compiledAhead = [];

/** The text schema-validator.ts compiles for a validator file (its CommonJS wrapper around the file). */
function validatorScriptSource(file) {
  return `(function (module, exports, require) {${readFileSync(file, 'utf8')}\n})`;
}

/** The committed validator files, most used first: each version's core kinds, then the custom kinds. */
function validatorFiles() {
  const { versions } = JSON.parse(readFileSync(join(VALIDATORS_DIR, 'validators.json'), 'utf8'));
  const cores = Object.values(versions).map((version) => version.core);
  const customs = Object.values(versions).flatMap((version) => Object.values(version.custom ?? {}));
  return [...cores, ...customs].map((file) => join(VALIDATORS_DIR, file));
}

/**
 * Compiles the validator files one after the other until `stop()` is true
 * (checked before each file, so the caller waits at most one file longer
 * than it had to); returns the files compiled. Any failure (no committed
 * validators, a file that does not parse) only leaves the work to the
 * validator itself, which reports what it finds.
 */
function compileValidatorsUntil(stop) {
  const compiled = [];
  let files;
  try {
    files = validatorFiles();
  } catch {
    return compiled;
  }
  for (const file of files) {
    if (stop()) break;
    try {
      compiledAhead.push(new Script(validatorScriptSource(file), { filename: file }));
      compiled.push(file);
    } catch {
      // The validator loads it itself.
    }
  }
  return compiled;
}

/**
 * Whether compiling ahead helps: not once the validators' V8 code caches are on disk (a rebuild after an edit), since V8
 * takes a script it still holds compiled before it reads a code cache for it, and loading from the code cache is faster
 * (kubernetes-1.28.js: 14.8 ms from its code cache, 29.5 ms after a head start); yes without them. Never with
 * CALYPSO_VALIDATOR_CACHE=off, which compiles every schema at run time and uses no committed validator. A code cache
 * (one of any checkout sharing the cache folder) counts only when made after the committed validators
 * last changed (validators.json, rewritten with them): those of validators since regenerated fit no file. The folder is
 * schema-validator.ts's (`validators/v8/` of the cache, files `*.v8`), which this plain JavaScript cannot import.
 */
function headStartHelps(cacheRoot, env = process.env) {
  if (env.CALYPSO_VALIDATOR_CACHE === 'off') return false;
  const codeCaches = join(cacheRoot, 'validators', 'v8');
  try {
    const validatorsChanged = statSync(join(VALIDATORS_DIR, 'validators.json')).mtimeMs;
    return !readdirSync(codeCaches).some((name) => name.endsWith('.v8') && statSync(join(codeCaches, name)).mtimeMs > validatorsChanged);
  } catch {
    return true;
  }
}

/**
 * Lets the scripts compiled ahead go (about 17 MB): called once the program's module has run, by when the validator has
 * taken those it loads; a validator loaded later only compiles its file itself.
 */
function releaseCompiledAhead() {
  compiledAhead.length = 0;
}

module.exports = { compileValidatorsUntil, headStartHelps, releaseCompiledAhead };
