/**
 * `npm run graph [-- <env>...]`: writes the Mermaid picture of every
 * environment (or the ones named) to `docs/graph/<env>.md`: servers by node
 * pool, the start order and waves, and the network edges the policies
 * admit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SpecError } from '../lib/model/errors';
import { resolveEnvironment } from '../lib/model/resolved-environment';
import { environmentGraphPage } from '../lib/output/environment-graph';
import { parseCommand } from './cli';
import { loadEnvironments } from './load-environments';
import { programPaths, type Output } from './paths';

/** Where the pictures live. */
export const GRAPH_DIR = join(__dirname, '..', 'docs', 'graph');

export const GRAPH_USAGE = `usage: npm run graph [-- <env>...]

Writes docs/graph/<env>.md, a Mermaid picture of every environment (or only
those named): servers by node pool, the start order and sync waves, and the
network edges the policies admit.

  <env>       an environment file's name (environments/<env>.ts)
  -h, --help  this text

Exit status: 0 written, 1 a bad environment or an unknown name, 2 bad usage.`;

/** The pages of the named environments (all when none are named), by file name. */
export function graphPages(names: readonly string[], environmentsDir: string): Map<string, string> {
  const environments = loadEnvironments(environmentsDir);
  const unknown = names.filter((name) => !environments.some((environment) => environment.name === name));
  if (unknown.length > 0) {
    throw new Error(`no environment named ${unknown.join(', ')} (environments: ${environments.map((e) => e.name).join(', ')})`);
  }
  const chosen = names.length === 0 ? environments : environments.filter((environment) => names.includes(environment.name));
  return new Map(chosen.map(({ name, spec }) => [`${name}.md`, environmentGraphPage(resolveEnvironment(spec))]));
}

/** Runs `npm run graph`; returns the exit status. */
export function runGraph(args: readonly string[], out: Output = console, dir = GRAPH_DIR, environmentsDir?: string): number {
  const parsed = parseCommand({ usage: GRAPH_USAGE, maxPositionals: Infinity, positionalName: 'environment name' }, args, out);
  if (typeof parsed === 'number') return parsed;
  try {
    const pages = graphPages(parsed.positionals, environmentsDir ?? programPaths().environmentsDir);
    mkdirSync(dir, { recursive: true });
    for (const [file, page] of pages) writeFileSync(join(dir, file), page);
    out.log(`wrote ${[...pages.keys()].map((file) => join('docs', 'graph', file)).join(', ')}`);
    return 0;
  } catch (error) {
    out.error(error instanceof SpecError ? `graph failed:\n${error.message}` : `graph failed: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) process.exitCode = runGraph(process.argv.slice(2));
