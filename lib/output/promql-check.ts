/**
 * What is wrong with one PromQL expression (prometheus-rules.ts checks the objects that hold them): it must parse, with the
 * Prometheus project's own grammar (@prometheus-io/lezer-promql, offline), and every selector in it must be scoped to the
 * environment's namespace. Results are kept on disk between runs (promql-problem-cache.ts). Apart from the rule objects' checks
 * so that it loads without them (nothing of cdk8s, the constructs or the model): the programs' build worker fills the cache of
 * a fresh clone with it (promql-prefill.ts).
 */
import type { LRParser } from '@lezer/lr';
import {
  PROMQL_PROBLEM_CACHE_SOURCE,
  PromqlProblemCache,
  promqlCacheDir,
  promqlCheckerFingerprint,
  promqlCheckerInputs,
} from './promql-problem-cache';

let promqlParser: LRParser | undefined;

/** The PromQL grammar, loaded on the first expression the cache does not know (a warm synth loads none). */
function parser(): LRParser {
  // The grammar package declares only ES module types, but ships the CommonJS build that runs here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  promqlParser ??= (require('@prometheus-io/lezer-promql') as { parser: LRParser }).parser;
  return promqlParser;
}

/** Text of a PromQL string literal: "…", '…' or `…`. */
function stringValue(literal: string): string {
  if (literal.startsWith('"')) return JSON.parse(literal) as string;
  return literal.slice(1, -1);
}

const NAMESPACE_PLACEHOLDER = 'calypso-k8s-namespace-placeholder';

let checked: PromqlProblemCache | undefined;

/**
 * Results by expression with the namespace taken out (environments differ mostly in their namespace,
 * so a hundred environments of one shape cost one parse per rule, not a hundred), kept on disk
 * between runs (promql-problem-cache.ts) and written when the process exits.
 */
function problemCache(): PromqlProblemCache {
  if (checked !== undefined) return checked;
  let dir = promqlCacheDir();
  let fingerprint = '';
  try {
    if (dir !== undefined) fingerprint = promqlCheckerFingerprint(promqlCheckerInputs(PROMQL_CHECKER_SOURCES));
  } catch {
    // A source or a package that cannot be read (a copy bundled without its files): check in memory only.
    dir = undefined;
  }
  const opened = PromqlProblemCache.open(dir, fingerprint);
  if (opened.file !== undefined) process.once('exit', () => opened.save());
  checked = opened;
  return opened;
}

/**
 * The files whose code decides what a cached result holds: this one (the namespace taken out and the parse, promqlProblems)
 * and the cache's. Not the rule objects' checks (prometheus-rules.ts), nor the walk that finds the expressions
 * (promql-expressions.ts): they decide which expressions are asked for, the cache's keys, never what is found in one; an
 * edit of them kept out of the list keeps the cache.
 * @internal
 */
export const PROMQL_CHECKER_SOURCES: readonly string[] = [__filename, PROMQL_PROBLEM_CACHE_SOURCE];

/**
 * Makes the checks use `cache` (a test's, in a folder of its own) and returns the one they used.
 * @internal
 */
export function usePromqlProblemCache(cache: PromqlProblemCache | undefined): PromqlProblemCache | undefined {
  const previous = checked;
  checked = cache;
  return previous;
}

/** What is wrong with a PromQL expression that must only read series of `namespace`. */
export function promqlProblems(expr: string, namespace: string): string[] {
  const quoted = `namespace=${JSON.stringify(namespace)}`;
  const shape = expr.split(quoted).join(`namespace="${NAMESPACE_PLACEHOLDER}"`);
  const cache = problemCache();
  let problems = cache.get(shape);
  if (problems === undefined) {
    problems = parseProblems(shape, NAMESPACE_PLACEHOLDER);
    cache.set(shape, problems);
  }
  return problems.map((problem) => problem.split(NAMESPACE_PLACEHOLDER).join(namespace));
}

/**
 * Labels that scope a selector to a namespace: `namespace`, or one ending in `_namespace` that an
 * exporter sets to the namespace of the object it reports on (the X.509 exporter's
 * `secret_namespace`; `exported_namespace` when a target's own `namespace` label was kept aside).
 */
export function isNamespaceLabel(label: string): boolean {
  return label === 'namespace' || label.endsWith('_namespace');
}

function parseProblems(expr: string, namespace: string): string[] {
  if (expr.trim() === '') return ['the expression is empty'];
  const problems: string[] = [];
  const tree = parser().parse(expr);
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) {
        const near = expr.slice(Math.max(0, node.from - 20), node.from + 20).replace(/\s+/g, ' ');
        const problem = `syntax error near "${near}"`;
        if (!problems.includes(problem)) problems.push(problem);
        return;
      }
      if (node.name !== 'VectorSelector') return;
      const selector = node.node;
      const scoped = selector.getChildren('LabelMatchers').some((matchers) =>
        matchers.getChildren('UnquotedLabelMatcher').some((matcher) => {
          const name = matcher.getChild('LabelName');
          const op = matcher.getChild('MatchOp');
          const value = matcher.getChild('StringLiteral');
          return (
            name !== null &&
            value !== null &&
            isNamespaceLabel(expr.slice(name.from, name.to)) &&
            op?.getChild('EqlSingle') !== null &&
            stringValue(expr.slice(value.from, value.to)) === namespace
          );
        }),
      );
      if (!scoped) problems.push(`selector ${expr.slice(node.from, node.to)} is not scoped to namespace="${namespace}"`);
    },
  });
  return problems;
}

/** An Argo Rollouts argument reference, `{{args.name}}`, which the controller fills in before it queries. */
const ANALYSIS_ARGUMENT = /\{\{\s*args\.[A-Za-z0-9_-]+\s*\}\}/g;

/** The PromQL of an AnalysisTemplate's Prometheus query, its arguments taken as plain text. */
export function analysisQueryExpression(query: string): string {
  return query.replace(ANALYSIS_ARGUMENT, 'argument');
}
