/**
 * Fills the PromQL checks' cache (promql-problem-cache.ts) from the rules a dist/ folder holds already, so that a fresh
 * clone's first synth finds them checked. The programs' build worker runs it (apps/program-build.js) once it has built a
 * program that checks PromQL, on the core the program's own thread leaves idle, while that thread starts the program: parsing
 * the rules with a grammar no run has warmed up was a fifth of a fresh clone's first synth, one step after the other. The
 * rendered rules are nearly always the ones synth renders again; any other is checked by the synth itself (a result is
 * used only for exactly the same expression, and by the same checker). Nothing is done when the cache already has a file for
 * this checker or is off.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { PROMQL_CHECKER_SOURCES, promqlProblems, usePromqlProblemCache } from './promql-check';
import { mayHoldPromql, promqlExpressions, type PromqlExpression, type RenderedObject } from './promql-expressions';
import { PromqlProblemCache, promqlCheckerFingerprint, promqlCheckerInputs } from './promql-problem-cache';

/** Where the cache is (none when it is off), for the worker: the folder the program would read. */
export { promqlCacheDir } from './promql-problem-cache';

/**
 * The PromQL of the rendered objects under `distDir` (one object per file, promql-expressions.ts reads the ones whose
 * name says they may hold any), with each one's namespace.
 */
function renderedExpressions(distDir: string): PromqlExpression[] {
  const found: PromqlExpression[] = [];
  for (const folder of readdirSync(distDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(distDir, folder.name)))
      if (mayHoldPromql(file))
        found.push(...promqlExpressions(load(readFileSync(join(distDir, folder.name, file), 'utf8')) as RenderedObject));
  }
  return found;
}

/**
 * Checks the PromQL rendered under `distDir` and writes the results into the cache in `dir`, unless that holds this checker's
 * file already or is undefined (the cache is off); returns how many expressions it checked.
 */
export function prefillPromqlCache(distDir: string, dir: string | undefined): number {
  if (dir === undefined || !existsSync(distDir)) return 0;
  const fingerprint = promqlCheckerFingerprint(promqlCheckerInputs(PROMQL_CHECKER_SOURCES));
  const cache = PromqlProblemCache.open(dir, fingerprint);
  if (cache.file === undefined || existsSync(cache.file)) return 0;
  const previous = usePromqlProblemCache(cache);
  try {
    const expressions = renderedExpressions(distDir);
    for (const { expression, namespace } of expressions) promqlProblems(expression, namespace);
    cache.save();
    return expressions.length;
  } finally {
    usePromqlProblemCache(previous);
  }
}
