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
import { analysisQueryExpression, PROMQL_CHECKER_SOURCES, promqlProblems, usePromqlProblemCache } from './promql-check';
import { PromqlProblemCache, promqlCheckerFingerprint, promqlCheckerInputs } from './promql-problem-cache';

/** Where the cache is (none when it is off), for the worker: the folder the program would read. */
export { promqlCacheDir } from './promql-problem-cache';

interface RenderedObject {
  readonly kind?: string;
  readonly metadata?: { readonly namespace?: string };
  readonly spec?: {
    readonly groups?: readonly { readonly rules?: readonly { readonly expr?: unknown }[] }[];
    readonly metrics?: readonly { readonly provider?: { readonly prometheus?: { readonly query?: string } } }[];
  };
}

/** The PromQL of the rendered objects under `distDir` (one object per file, `<kind>-<name>.yaml`), with each one's namespace. */
function renderedExpressions(distDir: string): { readonly expression: string; readonly namespace: string }[] {
  const found: { expression: string; namespace: string }[] = [];
  for (const folder of readdirSync(distDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(distDir, folder.name))) {
      if (!/^(prometheusrule|analysistemplate)-.*\.yaml$/.test(file)) continue;
      const object = load(readFileSync(join(distDir, folder.name, file), 'utf8')) as RenderedObject | undefined;
      const namespace = object?.metadata?.namespace ?? '';
      for (const group of object?.spec?.groups ?? [])
        for (const rule of group?.rules ?? []) found.push({ expression: String(rule?.expr ?? ''), namespace });
      for (const metric of object?.spec?.metrics ?? []) {
        const query = metric?.provider?.prometheus?.query;
        if (typeof query === 'string') found.push({ expression: analysisQueryExpression(query), namespace });
      }
    }
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
