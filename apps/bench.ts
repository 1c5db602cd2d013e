/**
 * `npm run bench [-- --count <n>] [--write-readme]`: how synthesis scales
 * and what it costs, in one run:
 *
 * - synthesizes `n` production-sized environments (the prod spec under
 *   other names; default 100), a tenth of that and 100, each count in a
 *   fresh process of its own (so its peak RSS is that count's), as
 *   `npm run synth` does (one App per environment, dropped before the next;
 *   validation of every object; YAML; the write into a scratch folder with
 *   the byte check and the swap, into a scratch folder next to dist/,
 *   where synth writes, deleted only when the whole bench is done), with CPU
 *   (user + system) and wall time per phase: load, construct, resolve,
 *   validate, YAML, write; the peak RSS after each count;
 * - the synth command against `kubectl kustomize` over the same committed
 *   folders (a temporary copy of dist/, and a kustomization.yaml listing
 *   its files), in interleaved runs, so both see the same machine load;
 * - the synth command on a fresh clone (every cache empty) against a warm one.
 *
 * Progress goes to stderr on a terminal. With --write-readme the same
 * figures replace the block between `<!-- bench:start -->` and
 * `<!-- bench:end -->` in README.md. The real dist/ is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EnvironmentSpec } from '../lib';
import { README_END, README_START, withBenchBlock } from './bench-readme';
import { lastScratchDeletion, recentDeletionNote, recordScratchDeletion } from './bench-recent-deletions';
import { newBenchScratch, removeDeadBenchScratch } from './bench-scratch';
import { parseCommand } from './cli';
import { DIST_DIR, ScratchTree } from './dist-folder';
import { withDistLock } from './dist-lock';
import { loadEnvironments } from './load-environments';
import type { Output } from './paths';
import { terminalProgress, type Progress } from './progress';
import { synthesizeSpecs, type PipelineClock, type SynthesizedEnvironment } from './synth';

const ROOT = join(__dirname, '..');
const README = join(ROOT, 'README.md');

/** The goals (quiet 2-core machine). */
const GOALS = { hundredMs: 3000, kustomizeRatio: 1.0, coldOverWarm: 1.5, rssMb: 400, rssAt: 300 };

const PHASES = ['load', 'construct', 'resolve', 'validate', 'yaml', 'write'] as const;
type Phase = (typeof PHASES)[number];

/** Wall and CPU milliseconds. */
interface Cost {
  wallMs: number;
  cpuMs: number;
}

const cpuMsNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Adds up the cost of each phase. */
class PhaseTimes implements PipelineClock {
  public readonly costs = new Map<Phase, Cost>(PHASES.map((phase) => [phase, { wallMs: 0, cpuMs: 0 }]));

  public time<T>(phase: Phase, action: () => T): T {
    const wall = performance.now();
    const cpu = cpuMsNow();
    try {
      return action();
    } finally {
      const cost = this.costs.get(phase) as Cost;
      cost.wallMs += performance.now() - wall;
      cost.cpuMs += cpuMsNow() - cpu;
    }
  }

  public total(): Cost {
    const costs = [...this.costs.values()];
    return { wallMs: costs.reduce((sum, c) => sum + c.wallMs, 0), cpuMs: costs.reduce((sum, c) => sum + c.cpuMs, 0) };
  }
}

/** One synthesis of `count` environments. */
interface Run {
  readonly count: number;
  readonly objects: number;
  readonly phases: PhaseTimes;
  readonly rssMb: number;
}

function prodSizedSpecs(prod: EnvironmentSpec, count: number): EnvironmentSpec[] {
  return Array.from({ length: count }, (_, index) => ({ ...prod, name: `prod-${String(index + 1).padStart(3, '0')}` }));
}

/** Synthesizes `count` prod-sized environments the way synth does (lean: one environment's objects at a time) and writes them. */
function synthesizeCount(prod: EnvironmentSpec, count: number, phases: PhaseTimes, progress: Progress, label: string): Run {
  // Under the run's scratch root when the bench started this process (see SCRATCH_VARIABLE), which deletes it at the end.
  const root = process.env[SCRATCH_VARIABLE];
  const scratch = root === undefined ? newBenchScratch(DIST_DIR) : mkdtempSync(join(root, 'calypso-bench-'));
  try {
    const specs = prodSizedSpecs(prod, count);
    const stepping: Progress = { step: (text) => progress.step(`${label}: ${text}`), done: () => undefined };
    const distDir = join(scratch, 'dist');
    // One environment at a time: rendered, validated, written into the scratch folder, dropped.
    let objects = 0;
    withDistLock(distDir, () => {
      const tree = new ScratchTree(distDir);
      phases.time('write', () => tree.open());
      let written;
      try {
        const write = (environment: SynthesizedEnvironment): void => {
          objects += environment.manifests.length;
          phases.time('write', () => tree.addFolder(environment.name, environment.files));
        };
        written = synthesizeSpecs(specs, stepping, { lean: true, clock: phases, write });
      } catch (error) {
        tree.abort();
        throw error;
      }
      progress.step(`${label}: checking and swapping in ${count} folders`);
      phases.time('write', () => tree.commit());
      return written;
    });
    return { count, objects, phases, rssMb: peakRssMb() };
  } finally {
    if (root === undefined) {
      rmSync(scratch, { recursive: true, force: true });
      recordScratchDeletion(count);
    }
  }
}

/**
 * The folder each measuring process writes its environments under, kept
 * until the whole bench is done. ext4 without a journal (as here) avoids
 * handing out an inode freed in the last minute (the last six while its
 * inode table block is not yet written back) again: each file created
 * scans past every such inode of its block group (in a profile of a write
 * after 52,000 files were deleted, 97% of open()'s time and 29% of all the
 * process's CPU went to that scan), so deleting 13,400 files just before
 * the next count writes 40,200 would slow that count's write down; synth
 * itself writes into a dist/ whose old files are hard links, not fresh
 * deletions (see bench-recent-deletions.ts).
 */
const SCRATCH_VARIABLE = 'CALYPSO_BENCH_SCRATCH';

/**
 * Deletes the bench's scratch folder, records it (a bench soon after then says its write figures are too high) and
 * deletes killed benches' folders, saying what it could not delete instead of throwing: it runs after the measures, whose
 * report or error a throw here would replace.
 */
function removeScratch(scratchRoot: string, environments: number, out: Output): void {
  try {
    rmSync(scratchRoot, { recursive: true, force: true });
  } catch (error) {
    out.error(`bench: could not delete its scratch folder ${scratchRoot}: ${(error as Error).message}`);
  }
  recordScratchDeletion(environments);
  const dead = removeDeadBenchScratch(DIST_DIR);
  for (const name of dead.deleted) out.error(`bench: deleted ${name}, left by a bench that was killed`);
  for (const problem of dead.failed) out.error(`bench: ${problem}`);
}

/** The environment variable that makes this program measure one count and print it as JSON (see measureInFreshProcess). */
const MEASURE_VARIABLE = 'CALYPSO_BENCH_MEASURE';

/** One count, measured in a process of its own: its loading and its run. */
interface Measurement {
  readonly load: Cost;
  readonly run: Run;
}

/**
 * What a fresh process measures for `count` (the child's side of
 * measureInFreshProcess): loading (its modules since the process started,
 * the environment files, and a first environment, which loads the
 * validators), then the count.
 */
function measureCount(count: number, progress: Progress, label: string): Measurement {
  const load: Cost = { wallMs: performance.now(), cpuMs: cpuMsNow() };
  const loading = new PhaseTimes();
  const prod = loading.time('load', () => {
    const spec = loadEnvironments().find((environment) => environment.name === 'prod')?.spec;
    if (!spec) throw new Error('environments/prod.ts not found');
    synthesizeCount(spec, 1, new PhaseTimes(), progress, `bench: ${label}, a first environment`);
    return spec;
  });
  const loaded = loading.costs.get('load') as Cost;
  const run = synthesizeCount(prod, count, new PhaseTimes(), progress, `bench: ${count} environment${count > 1 ? 's' : ''} (${label})`);
  return { load: { wallMs: load.wallMs + loaded.wallMs, cpuMs: load.cpuMs + loaded.cpuMs }, run };
}

/** Runs this program again for one count (CALYPSO_BENCH_MEASURE) and reads back what it measured. */
function measureInFreshProcess(count: number, label: string, scratchRoot: string): Measurement {
  const result = spawnSync(process.execPath, ['--require', join(ROOT, 'apps', 'register.js'), join(ROOT, 'apps', 'bench.ts')], {
    cwd: ROOT,
    env: { ...process.env, [MEASURE_VARIABLE]: JSON.stringify({ count, label }), [SCRATCH_VARIABLE]: scratchRoot },
    encoding: 'utf8',
    // Its progress line goes straight to this terminal.
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`the bench's run of ${count} environments failed (exit status ${String(result.status)})`);
  const measured = JSON.parse(result.stdout) as { load: Cost; run: Omit<Run, 'phases'> & { phases: [Phase, Cost][] } };
  const phases = new PhaseTimes();
  for (const [phase, cost] of measured.run.phases) phases.costs.set(phase, cost);
  return { load: measured.load, run: { ...measured.run, phases } };
}

/** The child's side of measureInFreshProcess: measures, prints the figures as JSON on stdout. */
function runMeasurement(request: string, progress: Progress): void {
  const { count, label } = JSON.parse(request) as { count: number; label: string };
  // Run by hand (the bench passes its scratch root), a count says itself when the last bench's deletion slows its write down.
  const deletionNote = process.env[SCRATCH_VARIABLE] === undefined ? recentDeletionNote(lastScratchDeletion(), Date.now()) : undefined;
  if (deletionNote !== undefined) process.stderr.write(`bench: ${deletionNote}\n`);
  const { load, run } = measureCount(count, progress, label);
  progress.done();
  process.stdout.write(JSON.stringify({ load, run: { ...run, phases: [...run.phases.costs] } }));
}

/** CPU milliseconds of the waited-for children of this process so far (Linux: /proc/self/stat), or undefined. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat(5), cutime and cstime, in clock ticks (100 per second on Linux).
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Runs a command to completion; its wall and CPU time. Throws when it fails. */
function timed(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Cost {
  const cpu = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  const after = childrenCpuMs();
  return { wallMs, cpuMs: cpu === undefined || after === undefined ? Number.NaN : after - cpu };
}

/** The synth command as `npm run synth` runs it (package.json), without npm's own start-up. */
function synthCommand(): { command: string; args: string[] } {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [command, ...args] = scripts.synth.split(/\s+/);
  return { command: command === 'node' ? process.execPath : command, args };
}

/** A folder in the bench's scratch folder (which a killed bench's successor deletes) holding a copy of dist/ and a kustomization.yaml listing every file of it. */
function kustomizeFolder(scratchRoot: string): string {
  const folder = mkdtempSync(join(scratchRoot, 'kustomize-'));
  cpSync(DIST_DIR, join(folder, 'dist'), { recursive: true });
  const files = readdirSync(join(folder, 'dist'))
    .sort()
    .flatMap((name) =>
      readdirSync(join(folder, 'dist', name))
        .sort()
        .map((file) => relative(folder, join(folder, 'dist', name, file))),
    );
  const lines = ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'resources:', ...files.map((file) => `  - ${file}`)];
  writeFileSync(join(folder, 'kustomization.yaml'), `${lines.join('\n')}\n`);
  return folder;
}

/** Side by side: the synth command and `kubectl kustomize` over the same committed folders, interleaved. */
interface SideBySide {
  readonly synth: Cost;
  readonly kustomize: Cost;
  readonly runs: number;
  readonly objects: number;
}

function sideBySide(runs: number, progress: Progress, scratchRoot: string): SideBySide | string {
  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  if (kubectl.status !== 0) return 'kubectl not found: no kustomize ratio';
  const folder = kustomizeFolder(scratchRoot);
  const { command, args } = synthCommand();
  const env = { ...process.env, CALYPSO_DIST_DIR: join(folder, 'dist'), CI: '1' };
  try {
    const synth: Cost[] = [];
    const kustomize: Cost[] = [];
    // One pair first, not counted: it reads the fresh copy into the page cache, and fills any cache a changed source left cold.
    for (let run = 0; run <= runs; run++) {
      progress.step(`bench: synth and kubectl kustomize, interleaved (${run} of ${runs})`);
      const synthCost = timed(command, args, env);
      const kustomizeCost = timed('kubectl', ['kustomize', folder], env);
      if (run === 0) continue;
      synth.push(synthCost);
      kustomize.push(kustomizeCost);
    }
    const files = readdirSync(join(folder, 'dist')).reduce((sum, name) => sum + readdirSync(join(folder, 'dist', name)).length, 0);
    const pick = (costs: Cost[]): Cost => ({ wallMs: median(costs.map((c) => c.wallMs)), cpuMs: median(costs.map((c) => c.cpuMs)) });
    return { synth: pick(synth), kustomize: pick(kustomize), runs, objects: files };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The first synth of a fresh clone, after `npm ci` and with every cache empty, against a warm one (medians). */
interface FreshClone {
  /** npm ci's prepare step (apps/warm-up.js), which warms the synth program up; not part of the first synth's time. */
  readonly warmUp: Cost;
  /** The first synth after that step. */
  readonly afterInstall: Cost;
  /** The first synth with every cache empty (the build, the validators, tsx's), as after `npm ci --ignore-scripts`. */
  readonly empty: Cost;
  readonly warm: Cost;
}

/** A fresh clone's first synth, after npm ci's warm-up and with every cache empty, interleaved with a warm one. */
function freshClone(runs: number, progress: Progress, scratchRoot: string): FreshClone {
  const folder = mkdtempSync(join(scratchRoot, 'fresh-and-warm-'));
  cpSync(DIST_DIR, join(folder, 'dist'), { recursive: true });
  const { command, args } = synthCommand();
  const env = { ...process.env, CALYPSO_DIST_DIR: join(folder, 'dist'), CI: '1' };
  try {
    const costs = { warmUp: [] as Cost[], afterInstall: [] as Cost[], empty: [] as Cost[], warm: [] as Cost[] };
    for (let run = 0; run < runs; run++) {
      progress.step(`bench: synth on a fresh clone and a warm one, interleaved (${run + 1} of ${runs})`);
      // A clone's own cache folder (the environment files are transpiled into it too).
      const clone = join(folder, `clone-${run}`);
      const installed: NodeJS.ProcessEnv = { ...env, CALYPSO_CACHE_DIR: join(clone, 'cache') };
      // As npm ci runs it in this checkout (a bench started through npm elsewhere would make it skip, as for a dependency).
      const { INIT_CWD: _where, npm_command: _command, ...asNpmCi } = installed;
      // --strict: a warm-up that skipped or failed exits 1, which stops the bench.
      costs.warmUp.push(timed(process.execPath, [join(ROOT, 'apps', 'warm-up.js'), '--strict'], asNpmCi));
      costs.afterInstall.push(timed(command, args, installed));
      costs.empty.push(timed(command, args, { ...env, CALYPSO_CACHE_DIR: join(clone, 'empty'), TSX_DISABLE_CACHE: '1' }));
      costs.warm.push(timed(command, args, env));
      rmSync(clone, { recursive: true, force: true });
    }
    const pick = (list: Cost[]): Cost => ({ wallMs: median(list.map((c) => c.wallMs)), cpuMs: median(list.map((c) => c.cpuMs)) });
    return { warmUp: pick(costs.warmUp), afterInstall: pick(costs.afterInstall), empty: pick(costs.empty), warm: pick(costs.warm) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const seconds = (ms: number): string => (Number.isNaN(ms) ? 'n/a' : (ms / 1000).toFixed(2));

/** The report, as Markdown (printed, and written into the README with --write-readme). */
function report(options: {
  readonly load: Cost;
  readonly runs: readonly Run[];
  readonly side: SideBySide | string;
  readonly start: FreshClone;
  readonly loadBefore: number;
  readonly loadAfter: number;
  /** Why the write figures may be too high (see bench-recent-deletions.ts). @default none */
  readonly deletionNote?: string;
}): string {
  const { load, runs, side, start } = options;
  const lines: string[] = [];
  lines.push(
    `Measured by \`npm run bench -- --count ${runs[runs.length - 1].count}\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} CPUs, ` +
      `load average ${options.loadBefore.toFixed(1)} before and ${options.loadAfter.toFixed(1)} after (other processes inflate wall times; CPU times are this run's own).`,
  );
  if (options.deletionNote !== undefined) lines.push('', options.deletionNote);
  lines.push('');
  lines.push(
    `Loading (modules, environment files, a first environment to load the validators): ${seconds(load.wallMs)} s wall, ${seconds(load.cpuMs)} s CPU.`,
  );
  lines.push('');
  lines.push('| environments | objects | construct | resolve | validate | YAML | write | in all | per environment | peak RSS |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const run of runs) {
    const cell = (phase: Phase): string => {
      const cost = run.phases.costs.get(phase) as Cost;
      return `${seconds(cost.wallMs)} (${seconds(cost.cpuMs)})`;
    };
    const total = run.phases.total();
    lines.push(
      `| ${run.count} | ${run.objects} | ${cell('construct')} | ${cell('resolve')} | ${cell('validate')} | ${cell('yaml')} | ${cell('write')} | ` +
        `${seconds(total.wallMs)} (${seconds(total.cpuMs)}) | ${(total.wallMs / run.count).toFixed(1)} ms (${(total.cpuMs / run.count).toFixed(1)} ms) | ${run.rssMb.toFixed(0)} MB |`,
    );
  }
  lines.push('');
  lines.push(
    'Seconds of wall time (CPU seconds, user + system, in brackets). Each count runs in a fresh process, so its peak RSS is its own ' +
      "(a process that ran a larger count before would keep that count's high-water mark).",
  );
  lines.push('');
  const [small, large] = [runs[0], runs[runs.length - 1]];
  const perEnvironment = (run: Run): number => run.phases.total().cpuMs / run.count;
  lines.push(
    `Linear in the count: CPU per environment at ${large.count} / at ${small.count}: ${(perEnvironment(large) / perEnvironment(small)).toFixed(2)}.`,
  );
  if (typeof side === 'string') lines.push(side);
  else {
    const ratio = side.synth.wallMs / side.kustomize.wallMs;
    const cpuRatio = side.synth.cpuMs / side.kustomize.cpuMs;
    lines.push(
      `The synth command (as \`npm run synth\` runs it, without npm's start-up) against \`kubectl kustomize\` over the same ${side.objects} committed files, ` +
        `median of ${side.runs} interleaved runs: ${seconds(side.synth.wallMs)} s against ${seconds(side.kustomize.wallMs)} s wall, ratio ${ratio.toFixed(2)} ` +
        `(CPU ${seconds(side.synth.cpuMs)} s against ${seconds(side.kustomize.cpuMs)} s, ratio ${cpuRatio.toFixed(2)}).`,
    );
  }
  const against = (first: Cost): string =>
    `${seconds(first.wallMs)} s against ${seconds(start.warm.wallMs)} s wall, ${(first.wallMs / start.warm.wallMs).toFixed(2)}× ` +
    `(CPU ${seconds(first.cpuMs)} s against ${seconds(start.warm.cpuMs)} s, ${(first.cpuMs / start.warm.cpuMs).toFixed(2)}×)`;
  lines.push(
    `First synth on a fresh clone after \`npm ci\` against a warm one: ${against(start.afterInstall)}; npm ci's warm-up of the synth program ` +
      `(its prepare step) took ${seconds(start.warmUp.wallMs)} s wall (${seconds(start.warmUp.cpuMs)} s CPU). ` +
      `With every cache empty (after \`npm ci --ignore-scripts\`): ${against(start.empty)}.`,
  );
  lines.push('');
  const hundred = runs.find((run) => run.count === 100);
  const checks: [string, boolean][] = [];
  if (hundred) {
    const total = hundred.phases.total();
    checks.push([
      `100 environments in all: ${seconds(total.wallMs)} s wall (${seconds(total.cpuMs)} s CPU) ≤ ${GOALS.hundredMs / 1000} s`,
      total.wallMs <= GOALS.hundredMs,
    ]);
  }
  if (typeof side !== 'string') {
    // The goal holds for both: wall time alone flatters whichever command another process's load happens to hit less.
    const ratio = side.synth.wallMs / side.kustomize.wallMs;
    const cpuRatio = side.synth.cpuMs / side.kustomize.cpuMs;
    checks.push([
      `synth against kubectl kustomize: ${ratio.toFixed(2)} wall, ${cpuRatio.toFixed(2)} CPU ≤ ${GOALS.kustomizeRatio.toFixed(1)}`,
      ratio <= GOALS.kustomizeRatio && cpuRatio <= GOALS.kustomizeRatio,
    ]);
  }
  const coldRatio = start.afterInstall.wallMs / start.warm.wallMs;
  checks.push([
    `first synth of a fresh clone after npm ci against warm: ${coldRatio.toFixed(2)}× ≤ ${GOALS.coldOverWarm}× ` +
      `(npm ci's warm-up took ${seconds(start.warmUp.wallMs)} s before it; with every cache empty: ${(start.empty.wallMs / start.warm.wallMs).toFixed(2)}×)`,
    coldRatio <= GOALS.coldOverWarm,
  ]);
  const largest = runs[runs.length - 1];
  if (largest.count >= GOALS.rssAt) {
    checks.push([
      `peak RSS at ${largest.count} environments: ${largest.rssMb.toFixed(0)} MB ≤ ${GOALS.rssMb} MB`,
      largest.rssMb <= GOALS.rssMb,
    ]);
  }
  for (const [text, met] of checks) lines.push(`- ${met ? 'met' : 'MISSED'}: ${text}`);
  return lines.join('\n');
}

export const BENCH_USAGE = `usage: npm run bench [-- --count <n>] [--write-readme]

Synthesizes <n> prod-sized environments (a tenth of that, and 100), each
count in a fresh process, as synth does, into a temporary folder, with CPU and wall time per
phase (load, construct, resolve, validate, YAML, write) and the peak RSS;
then runs the synth command and \`kubectl kustomize\` side by side over a
copy of the committed dist/, and a synth on a fresh clone (empty caches)
against a warm one. The real dist/ is never touched. Progress on a terminal.

  --count <n>     how many environments (default 100)
  --write-readme  also write the figures into README.md, between
                  ${README_START} and ${README_END}
  -h, --help      this text`;

/** Runs `npm run bench`; returns the exit status. */
export function runBench(args: readonly string[], out: Output = console, progress: Progress = terminalProgress()): number {
  const parsed = parseCommand(
    { usage: BENCH_USAGE, options: { count: { type: 'string' }, 'write-readme': { type: 'boolean' } } },
    args,
    out,
  );
  if (typeof parsed === 'number') return parsed;
  const count = parsed.values.count === undefined ? 100 : Number(parsed.values.count);
  if (!Number.isSafeInteger(count) || count < 1) {
    out.error(`option --count needs a whole number of at least 1, got ${String(parsed.values.count)}\n${BENCH_USAGE}`);
    return 2;
  }
  const loadBefore = loadavg()[0];
  const deletionNote = recentDeletionNote(lastScratchDeletion(), Date.now());
  if (deletionNote !== undefined) out.error(`bench: ${deletionNote}`);
  // A tenth of the count and the count, to show it stays linear; and 100, the count the goal names, when it lies between.
  const counts = [...new Set([Math.max(1, Math.round(count / 10)), Math.min(100, count), count])];
  // Each count in a fresh process: its peak RSS is that count's own, not the largest count's before it.
  const scratchRoot = newBenchScratch(DIST_DIR);
  let measured: Measurement[];
  let side: SideBySide | string;
  let start: FreshClone;
  try {
    measured = counts.map((n, index) => measureInFreshProcess(n, `${index + 1} of ${counts.length}`, scratchRoot));
    side = sideBySide(10, progress, scratchRoot);
    start = freshClone(3, progress, scratchRoot);
  } finally {
    // Deleted only now: see SCRATCH_VARIABLE. Each count's process also synthesized a first environment while loading.
    removeScratch(
      scratchRoot,
      counts.reduce((sum, n) => sum + n + 1, 0),
      out,
    );
  }
  const runs = measured.map((measurement) => measurement.run);
  progress.done();
  const text = report({ load: measured[0].load, runs, side, start, loadBefore, loadAfter: loadavg()[0], deletionNote });
  out.log(text);
  if (parsed.values['write-readme'] === true) {
    if (!existsSync(README)) throw new Error(`${README} not found`);
    writeFileSync(README, withBenchBlock(readFileSync(README, 'utf8'), text));
    // Laid out as `npm test` checks it (prettier aligns the tables).
    const prettier = spawnSync(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--write', README], { encoding: 'utf8' });
    if (prettier.status !== 0) throw new Error(`prettier --write README.md failed:\n${prettier.stderr}`);
    out.log(`README.md: the bench block is updated`);
  }
  return 0;
}

if (require.main === module) {
  const measure = process.env[MEASURE_VARIABLE];
  if (measure === undefined) process.exitCode = runBench(process.argv.slice(2));
  else runMeasurement(measure, terminalProgress());
}
