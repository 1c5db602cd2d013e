/**
 * `npm run sizing [-- <env> ...]`: for every environment (or the ones
 * named), per node pool, the CPU and memory its pods request and are
 * limited to at minimum and at maximum scale, the largest pod, and how many
 * nodes of the pool's size that takes. Computed from the resolved
 * environments, without rendering them (the numbers equal those of the
 * rendered objects: test/sizing.test.ts).
 */
import { resolveEnvironment, SpecError } from '../lib';
import { formatSizing, sizeResolvedEnvironment } from '../lib/model/sizing';
import { loadEnvironments } from './load-environments';
import { programPaths } from './paths';

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

if (require.main === module) {
  try {
    console.log(sizingReport(process.argv.slice(2)));
  } catch (error) {
    console.error(error instanceof SpecError ? `sizing failed:\n${error.message}` : (error as Error).message);
    process.exitCode = 1;
  }
}
