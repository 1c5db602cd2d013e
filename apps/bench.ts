/**
 * `npm run bench`: how synthesis scales. In one process, synthesizes 1, 10
 * and 100 production-sized environments (the prod spec under other names)
 * and reports, per run:
 * - "in memory": render (one cdk8s App per environment) + validate every
 *   object (schemas and policy rules) + YAML text: everything synth does
 *   before it touches the disk;
 * - "+ write": writing a complete dist/ into a scratch folder, reading it
 *   back for the byte check, and the swap (into a temporary folder);
 * - ms per environment and per object (of the total), and the process's
 *   peak RSS so far (it only grows, so the last row is the peak of all).
 * Then the wall time of a whole `npm run synth` (spawned; median of a few
 * runs) against a temporary copy of dist/, so the real dist/ is never
 * touched: warm (validator and tsx caches filled) and cold (both bypassed,
 * as on a fresh clone).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EnvironmentSpec } from '../lib';
import { DIST_DIR, replaceDist } from './dist-folder';
import { parseCommand } from './cli';
import { loadEnvironments } from './load-environments';
import type { Output } from './paths';
import { terminalProgress, type Progress } from './progress';
import { distTree, synthesizeSpecs } from './synth';

const TARGETS = { synthWallMs: 1500, hundredMs: 5000, growth: 1.3, rssMb: 400 };

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
const pad = (value: string | number, width: number): string => String(value).padStart(width);

function prodSizedSpecs(count: number): EnvironmentSpec[] {
  const prod = loadEnvironments().find((environment) => environment.name === 'prod')?.spec;
  if (!prod) throw new Error('environments/prod.ts not found');
  return Array.from({ length: count }, (_, index) => ({ ...prod, name: `prod-${String(index + 1).padStart(3, '0')}` }));
}

interface Row {
  readonly label: string;
  readonly environments: number;
  readonly objects: number;
  readonly memoryMs: number;
  readonly writeMs: number;
  /** CPU time (user + system, all threads) of the whole run: unlike wall time, not inflated by other processes. */
  readonly cpuMs: number;
  readonly rssMb: number;
}

function run(label: string, count: number): Row {
  const specs = prodSizedSpecs(count);
  const scratch = mkdtempSync(join(tmpdir(), 'calypso-bench-'));
  try {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const environments = synthesizeSpecs(specs);
    const rendered = performance.now();
    replaceDist(join(scratch, 'dist'), distTree(environments));
    const written = performance.now();
    const objects = environments.reduce((sum, environment) => sum + environment.manifests.length, 0);
    const { user, system } = process.cpuUsage(cpu);
    const cpuMs = (user + system) / 1000;
    return { label, environments: count, objects, memoryMs: rendered - start, writeMs: written - rendered, cpuMs, rssMb: peakRssMb() };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function synthWallMs(runs: number, extraEnv: NodeJS.ProcessEnv): number {
  const scratch = mkdtempSync(join(tmpdir(), 'calypso-bench-synth-'));
  cpSync(DIST_DIR, join(scratch, 'dist'), { recursive: true });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const result = spawnSync('npm', ['run', '--silent', 'synth'], {
        cwd: join(__dirname, '..'),
        env: { ...process.env, CALYPSO_DIST_DIR: join(scratch, 'dist'), ...extraEnv },
        encoding: 'utf8',
      });
      times.push(performance.now() - start);
      if (result.status !== 0) throw new Error(`npm run synth failed:\n${result.stderr}`);
    }
    return median(times);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export const BENCH_USAGE = `usage: npm run bench

Synthesizes 1, 10 and 100 prod-sized environments in memory and into a
temporary folder, then times whole \`npm run synth\` runs against a copy of
dist/ (the real one is never touched). Takes a minute or two; shows progress
on a terminal.

  -h, --help  this text`;

function main(progress: Progress): void {
  const load = (): string => loadavg()[0].toFixed(1);
  console.log(`${cpus().length} CPUs, load average ${load()} before the run`);
  const runs: [string, number][] = [
    ['1 (first: loads validators)', 1],
    ['1', 1],
    ['10', 10],
    ['100', 100],
  ];
  const rows = runs.map(([label, count], index) => {
    progress.step(`bench: synthesizing ${count} environment${count > 1 ? 's' : ''} (run ${index + 1} of ${runs.length + 2})`);
    return run(label, count);
  });
  progress.done();
  console.log('synthesize = render + validate + YAML (in memory), then + write (scratch write, byte check, swap)');
  console.log('environments                objects  in memory ms  + write ms  total ms  ms/env  ms/object  CPU ms/object  peak RSS MB');
  for (const row of rows) {
    const total = row.memoryMs + row.writeMs;
    const cells = [
      row.label.padEnd(27),
      pad(row.objects, 7),
      pad(row.memoryMs.toFixed(0), 12),
      pad(row.writeMs.toFixed(0), 10),
      pad(total.toFixed(0), 8),
      pad((total / row.environments).toFixed(1), 6),
      pad((total / row.objects).toFixed(3), 9),
      pad((row.cpuMs / row.objects).toFixed(3), 13),
      pad(row.rssMb.toFixed(0), 11),
    ];
    console.log(cells.join('  '));
  }
  progress.step(`bench: npm run synth, 5 warm runs (run ${runs.length + 1} of ${runs.length + 2})`);
  const warm = synthWallMs(5, {});
  progress.step(`bench: npm run synth, 3 runs with cold caches (run ${runs.length + 2} of ${runs.length + 2})`);
  const cold = synthWallMs(3, { CALYPSO_VALIDATOR_CACHE: 'off', TSX_DISABLE_CACHE: '1' });
  progress.done();
  console.log(`npm run synth (dev, uat, prod), wall, median: warm ${warm.toFixed(0)} ms, cold caches ${cold.toFixed(0)} ms`);
  console.log(`load average ${load()} after the run (other processes inflate wall times, not CPU times)`);

  const [ten, hundred] = [rows[2], rows[3]];
  const perObject = (row: Row): number => (row.memoryMs + row.writeMs) / row.objects;
  const growth = perObject(hundred) / perObject(ten);
  const cpuGrowth = hundred.cpuMs / hundred.objects / (ten.cpuMs / ten.objects);
  const hundredMs = hundred.memoryMs + hundred.writeMs;
  const checks: [string, boolean][] = [
    [`npm run synth, warm: ${warm.toFixed(0)} ms <= ${TARGETS.synthWallMs} ms`, warm <= TARGETS.synthWallMs],
    [`100 environments: ${hundredMs.toFixed(0)} ms <= ${TARGETS.hundredMs} ms`, hundredMs <= TARGETS.hundredMs],
    [`wall ms per object at 100 / at 10: ${growth.toFixed(2)} <= ${TARGETS.growth}`, growth <= TARGETS.growth],
    [`CPU ms per object at 100 / at 10: ${cpuGrowth.toFixed(2)} <= ${TARGETS.growth}`, cpuGrowth <= TARGETS.growth],
    [`peak RSS: ${hundred.rssMb.toFixed(0)} MB < ${TARGETS.rssMb} MB`, hundred.rssMb < TARGETS.rssMb],
  ];
  for (const [text, ok] of checks) console.log(`${ok ? 'met   ' : 'MISSED'} ${text}`);
}

/** Runs `npm run bench`; returns the exit status. */
export function runBench(args: readonly string[], out: Output = console): number {
  const parsed = parseCommand({ usage: BENCH_USAGE }, args, out);
  if (typeof parsed === 'number') return parsed;
  main(terminalProgress());
  return 0;
}

if (require.main === module) process.exitCode = runBench(process.argv.slice(2));
