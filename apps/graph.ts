/**
 * `npm run graph [-- <env>...]`: writes the Mermaid picture of every
 * environment (or the ones named) to `docs/graph/<env>.md`: servers by node
 * pool, the start order and waves, and the network edges the policies
 * admit. Exit status: 0 written, 2 error (an unknown name, a bad spec).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveEnvironment, SpecError } from '../lib';
import { environmentGraphPage } from '../lib/output/environment-graph';
import { loadEnvironments } from './load-environments';
import { programPaths, type Output } from './paths';

/** Where the pictures live. */
export const GRAPH_DIR = join(__dirname, '..', 'docs', 'graph');

const USAGE = 'usage: npm run graph [-- <env>...]   writes docs/graph/<env>.md for every environment, or the ones named';

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
export function runGraph(args: readonly string[], env: NodeJS.ProcessEnv = process.env, out: Output = console, dir = GRAPH_DIR): number {
  let names: string[];
  try {
    const parsed = parseArgs({ args: [...args], options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
    if (parsed.values.help) {
      out.log(USAGE);
      return 0;
    }
    names = parsed.positionals;
  } catch (error) {
    out.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    const pages = graphPages(names, programPaths(env).environmentsDir);
    mkdirSync(dir, { recursive: true });
    for (const [file, page] of pages) writeFileSync(join(dir, file), page);
    out.log(`wrote ${[...pages.keys()].map((file) => join('docs', 'graph', file)).join(', ')}`);
    return 0;
  } catch (error) {
    out.error(error instanceof SpecError ? `graph failed:\n${error.message}` : `graph failed: ${(error as Error).message}`);
    return 2;
  }
}

if (require.main === module) process.exitCode = runGraph(process.argv.slice(2));
