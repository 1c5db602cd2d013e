/**
 * `npm ci`'s last step (the package's `prepare` script): runs the synth
 * program once, into a copy of dist/ in the cache folder, so that the first
 * `npm run synth` of a fresh clone starts warm. That run builds the
 * program's bundle, transpiles the environment files, and fills the caches
 * a first synth would otherwise fill on its own path: the bundle's and the
 * validators' V8 code caches and the PromQL checks. Without it, a fresh
 * clone's first synth takes about 1.7 times a warm one, building the
 * bundle and compiling without code caches. The copy is deleted
 * afterwards; dist/ itself is only read.
 *
 * This moves the cost into the install, it does not remove it: the
 * warm-up is a whole synth (about 1 s) and saves the first synth about
 * 0.4 s.
 *
 * It never fails the install: a synth that fails here fails the same way
 * in `npm run synth`, which reports it in full, so the install says so in
 * one line (with the synth's last line of error) and ends well; one that
 * hangs is stopped after TIMEOUT_MS. `npm ci --ignore-scripts` skips it
 * (the first synth then builds, as any run after a changed source does).
 * npm also runs `prepare` before `npm pack` and `npm publish`, and twice
 * for a git dependency: in the clone it makes, inside a nested install
 * that has `_PACOTE_NO_PREPARE_` set, and with INIT_CWD (where npm was
 * started) the consumer's folder. None of them synthesizes here, so it does
 * nothing there. With `--strict` (the bench's), a warm-up that skipped or
 * failed exits 1.
 */
const { spawnSync } = require('node:child_process');
const { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } = require('node:fs');
const { isAbsolute, join, relative, resolve, sep } = require('node:path');
const { CACHE_ROOT } = require('./program-build');

const ROOT = resolve(__dirname, '..');
/** The scratch folders' names: `warm-up-<pid>-<random>` in the cache folder. */
const SCRATCH_PREFIX = 'warm-up-';
/** How long the synth may take before it is stopped (a warm-up takes about a second). */
const TIMEOUT_MS = 5 * 60 * 1000;
/**
 * A scratch folder older than this is a killed warm-up's: no warm-up runs that long. By age rather than by process id,
 * since an id is reused, and another container sharing the cache folder has ids of its own.
 */
const LEFT_BEHIND_MS = 2 * TIMEOUT_MS;
const AS_A_DEPENDENCY = 'npm is installing this package as a dependency';

/** Why this run does nothing, or undefined when it warms the synth program up. */
function skipReason(env = process.env) {
  if (env.npm_command === 'pack' || env.npm_command === 'publish') return `npm ${env.npm_command} synthesizes nothing`;
  if (env._PACOTE_NO_PREPARE_ !== undefined) return AS_A_DEPENDENCY;
  if (env.INIT_CWD !== undefined) {
    const fromRoot = relative(ROOT, resolve(env.INIT_CWD));
    if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return AS_A_DEPENDENCY;
  }
  if (env.CALYPSO_BUILD === 'off') return 'CALYPSO_BUILD=off: the programs load through tsx, with nothing to build';
  return undefined;
}

/** Deletes the scratch folders that killed warm-ups left (older than LEFT_BEHIND_MS); returns their names. */
function removeLeftScratch(cacheRoot, now = Date.now()) {
  let entries;
  try {
    entries = readdirSync(cacheRoot);
  } catch {
    return [];
  }
  return entries.filter((entry) => {
    if (!entry.startsWith(SCRATCH_PREFIX)) return false;
    try {
      if (now - statSync(join(cacheRoot, entry)).mtimeMs <= LEFT_BEHIND_MS) return false;
      rmSync(join(cacheRoot, entry), { recursive: true, force: true });
      return true;
    } catch {
      return false; // gone meanwhile, or another user's: it does not stop this warm-up
    }
  });
}

/** The last line the synth printed on stderr, shortened: what the install's one line says of a failure. */
function lastLine(stderr) {
  const line = (stderr ?? '').trim().split('\n').pop() ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** The warm-up: the synth program into a copy of dist/; returns the line to print (it never throws). */
function warmUp(env = process.env, cacheRoot = CACHE_ROOT) {
  const skipped = skipReason(env);
  if (skipped !== undefined) return { printed: undefined, skipped };
  const started = process.hrtime.bigint();
  let scratch;
  try {
    mkdirSync(cacheRoot, { recursive: true });
    removeLeftScratch(cacheRoot);
    scratch = mkdtempSync(join(cacheRoot, `${SCRATCH_PREFIX}${process.pid}-`));
    const dist = join(scratch, 'dist');
    if (existsSync(join(ROOT, 'dist'))) cpSync(join(ROOT, 'dist'), dist, { recursive: true });
    // Not the cdk8s CLI's output folder, which the synth would also write into.
    const { CDK8S_OUTDIR: _cliOutput, ...synthEnv } = env;
    const run = spawnSync(process.execPath, ['--require', join(ROOT, 'apps', 'register.js'), join(ROOT, 'apps', 'main.ts')], {
      cwd: ROOT,
      env: { ...synthEnv, CALYPSO_DIST_DIR: dist, CALYPSO_CACHE_DIR: cacheRoot, CI: '1' },
      // Its report on stdout is of a copy about to be deleted; stderr says why it failed.
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: TIMEOUT_MS,
      killSignal: 'SIGKILL',
    });
    const seconds = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(1);
    if (run.status === 0)
      return { printed: `calypso-k8s: the synth program is built and its caches are filled (${seconds} s)`, warmed: true };
    const timedOut = run.error?.code === 'ETIMEDOUT';
    const status = timedOut
      ? `stopped after ${TIMEOUT_MS / 60_000} minutes`
      : (run.error?.message ?? (run.signal ? `killed by ${run.signal}` : `exit status ${run.status}`));
    const said = lastLine(run.stderr);
    return {
      printed:
        `calypso-k8s: warming up the synth program failed (${status}${said === '' ? '' : `: ${said}`}); ` +
        'the install is complete, and `npm run synth` shows why',
    };
  } catch (error) {
    return { printed: `calypso-k8s: warming up the synth program failed (${error.message}); the install is complete` };
  } finally {
    try {
      if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
    } catch {
      // Left for a later warm-up, which deletes it once it is older than LEFT_BEHIND_MS.
    }
  }
}

module.exports = { LEFT_BEHIND_MS, removeLeftScratch, skipReason, warmUp };

if (require.main === module) {
  const { printed, skipped, warmed } = warmUp();
  if (printed !== undefined) console.log(printed);
  // --strict (the bench's): a warm-up that did not warm up is an error, and says why.
  if (process.argv.includes('--strict') && warmed !== true) {
    if (skipped !== undefined) console.error(`calypso-k8s: no warm-up: ${skipped}`);
    process.exitCode = 1;
  }
}
