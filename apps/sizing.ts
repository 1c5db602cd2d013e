/**
 * `npm run sizing [-- <env>…]`: for every environment (or the ones
 * named), per node pool, the CPU and memory its pods request and are
 * limited to at minimum and at maximum scale, the largest pod, and how many
 * nodes of the pool's size that takes. Computed from the resolved
 * environments, without rendering them (the numbers equal those of the
 * rendered objects: test/sizing.test.ts).
 */
import { SpecError } from '../lib/model/errors';
import { resolveEnvironment } from '../lib/model/resolved-environment';
import { formatSizing, sizeResolvedEnvironment } from '../lib/model/sizing';
import { loadEnvironments } from './load-environments';
import { parseCommand } from './cli';
import { programPaths, type Output } from './paths';

/** The sizing report of the named environments (all when none are named). */
export function sizingReport(names: readonly string[] = [], environmentsDir: string = programPaths().environmentsDir): string {
  const environments = loadEnvironments(environmentsDir);
  const unknown = names.filter((name) => !environments.some((environment) => environment.name === name));
  if (unknown.length > 0) {
    throw new Error(`no environment named ${unknown.join(', ')} (environments: ${environments.map((e) => e.name).join(', ')})`);
  }
  const chosen = names.length === 0 ? environments : environments.filter((environment) => names.includes(environment.name));
  return chosen.map(({ spec }) => formatSizing(sizeResolvedEnvironment(resolveEnvironment(spec)))).join('\n\n');
}

export const SIZING_USAGE = `usage: npm run sizing [-- <env>...]

Per environment (or only those named) and node pool: the CPU and memory
its pods request and are limited to at minimum and maximum scale, the
largest pod, and how many nodes of the pool's size that takes.

  <env>       an environment file's name (environments/<env>.ts)
  -h, --help  this text

Exit status: 0 done, 1 a bad environment or an unknown name, 2 bad usage.`;

/** Runs `npm run sizing`; returns the exit status. */
export function runSizing(args: readonly string[], out: Output = console, environmentsDir?: string): number {
  const parsed = parseCommand({ usage: SIZING_USAGE, maxPositionals: Infinity, positionalName: 'environment name' }, args, out);
  if (typeof parsed === 'number') return parsed;
  try {
    out.log(sizingReport(parsed.positionals, environmentsDir));
    return 0;
  } catch (error) {
    out.error(error instanceof SpecError ? `sizing failed:\n${error.message}` : (error as Error).message);
    return 1;
  }
}

if (require.main === module) process.exitCode = runSizing(process.argv.slice(2));
