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
 * validators are found this way. Warm runs have V8's code caches of them
 * and never wait for a build, so they skip this.
 */
const { readFileSync } = require('node:fs');
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

module.exports = { compileValidatorsUntil, validatorScriptSource };
