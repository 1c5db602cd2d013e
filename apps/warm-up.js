/**
 * `npm ci`'s last step (the package's `prepare` script): runs the synth
 * program once, into a copy of dist/ in the cache folder, so that the first
 * `npm run synth` of a fresh clone starts warm. That run builds the
 * program's bundle and fills the caches a first synth would otherwise fill
 * on its own path (the bundle's and the validators' V8 code caches, the
 * PromQL checks, tsx's transpiled environment files). Without it, a
 * fresh clone's first synth takes about 1.7 times a warm one, building the
 * bundle and compiling without code caches. The copy is deleted
 * afterwards; dist/ itself is only read.
 *
 * It never fails the install: a synth that fails here fails the same way
 * in `npm run synth`, which reports it in full, so the install says so in
 * one line and ends well. `npm ci --ignore-scripts` skips it (the first
 * synth then builds, as any run after a changed source does). npm also
 * runs `prepare` before `npm pack` and `npm publish`, and in a clone it
 * makes of a git dependency (INIT_CWD, where npm was started, is then
 * outside this checkout): none of them synthesizes, so it does nothing
 * there. With `--strict` (the bench's), a warm-up that skipped or failed
 * exits 1.
 */
const { spawnSync } = require('node:child_process');
const { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } = require('node:fs');
const { isAbsolute, join, relative, resolve, sep } = require('node:path');
const { CACHE_ROOT } = require('./program-build');

const ROOT = resolve(__dirname, '..');
/** The scratch folders' names: `warm-up-<pid>-<random>` in the cache folder. */
const SCRATCH_PREFIX = 'warm-up-';

/** Why this run does nothing, or undefined when it warms the synth program up. */
function skipReason(env = process.env) {
  if (env.npm_command === 'pack' || env.npm_command === 'publish') return `npm ${env.npm_command} synthesizes nothing`;
  if (env.INIT_CWD !== undefined) {
    const fromRoot = relative(ROOT, resolve(env.INIT_CWD));
    if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) {
      return 'npm was started outside this checkout (an install of it as a dependency)';
    }
  }
  if (env.CALYPSO_BUILD === 'off') return 'CALYPSO_BUILD=off: the programs load through tsx, with nothing to build';
  return undefined;
}

/** Whether a process of that id runs (one of another user counts as running). */
function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Deletes the scratch folders of warm-ups that were killed (their process is gone); returns their names. */
function removeDeadScratch(cacheRoot) {
  let entries;
  try {
    entries = readdirSync(cacheRoot);
  } catch {
    return [];
  }
  const dead = entries.filter((entry) => {
    const pid = new RegExp(`^${SCRATCH_PREFIX}([0-9]+)-`).exec(entry)?.[1];
    return pid !== undefined && !running(Number(pid));
  });
  return dead.filter((entry) => {
    try {
      rmSync(join(cacheRoot, entry), { recursive: true, force: true });
      return true;
    } catch {
      return false; // another user's: it does not stop this warm-up
    }
  });
}

/** The warm-up: the synth program into a copy of dist/; returns the line to print (it never throws). */
function warmUp(env = process.env, cacheRoot = CACHE_ROOT) {
  const skipped = skipReason(env);
  if (skipped !== undefined) return { printed: undefined, skipped };
  const started = process.hrtime.bigint();
  let scratch;
  try {
    mkdirSync(cacheRoot, { recursive: true });
    removeDeadScratch(cacheRoot);
    scratch = mkdtempSync(join(cacheRoot, `${SCRATCH_PREFIX}${process.pid}-`));
    const dist = join(scratch, 'dist');
    if (existsSync(join(ROOT, 'dist'))) cpSync(join(ROOT, 'dist'), dist, { recursive: true });
    // Not the cdk8s CLI's output folder, which the synth would also write into.
    const { CDK8S_OUTDIR: _cliOutput, ...synthEnv } = env;
    const run = spawnSync(process.execPath, ['--require', join(ROOT, 'apps', 'register.js'), join(ROOT, 'apps', 'main.ts')], {
      cwd: ROOT,
      env: { ...synthEnv, CALYPSO_DIST_DIR: dist, CALYPSO_CACHE_DIR: cacheRoot, CI: '1' },
      encoding: 'utf8',
    });
    const seconds = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(1);
    if (run.status === 0)
      return { printed: `calypso-k8s: the synth program is built and its caches are filled (${seconds} s)`, warmed: true };
    const why = run.error?.message ?? (run.signal ? `killed by ${run.signal}` : `exit status ${run.status}`);
    return {
      printed: `calypso-k8s: warming up the synth program failed (${why}); the install is complete, and \`npm run synth\` shows why`,
    };
  } catch (error) {
    return { printed: `calypso-k8s: warming up the synth program failed (${error.message}); the install is complete` };
  } finally {
    try {
      if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
    } catch {
      // Left for the next warm-up, which deletes what a warm-up no longer running left.
    }
  }
}

module.exports = { removeDeadScratch, skipReason, warmUp };

if (require.main === module) {
  const { printed, skipped, warmed } = warmUp();
  if (printed !== undefined) console.log(printed);
  // --strict (the bench's): a warm-up that did not warm up is an error, and says why.
  if (process.argv.includes('--strict') && warmed !== true) {
    if (skipped !== undefined) console.error(`calypso-k8s: no warm-up: ${skipped}`);
    process.exitCode = 1;
  }
}
