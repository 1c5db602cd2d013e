/**
 * Checks of PrometheusRule objects (and AnalysisTemplate queries) beyond their schema: every expression is
 * PromQL that parses (with the Prometheus project's own grammar,
 * @prometheus-io/lezer-promql, offline), every selector in it is scoped to
 * the environment's namespace, and every alert carries a known severity, an
 * https runbook link, a summary and a description.
 */
import type { LRParser } from '@lezer/lr';
import { SEVERITIES } from '../model/monitoring-spec';
import type { Manifest } from './render';
import { manifestFileName } from './render';
import type { Finding } from './finding';
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
 * The files whose code decides what the checks find: this one (the checks) and the cache's.
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

interface RuleJson {
  readonly alert?: string;
  readonly record?: string;
  readonly expr?: string | number;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** Findings for one object; objects other than PrometheusRules have none. */
export function prometheusRuleFindings(environment: string, manifest: Manifest): Finding[] {
  if (manifest.kind === 'AnalysisTemplate') return analysisTemplateFindings(environment, manifest);
  if (manifest.kind !== 'PrometheusRule') return [];
  const namespace = manifest.metadata.namespace ?? '';
  const groups = ((manifest.spec as { groups?: { name: string; rules?: RuleJson[] }[] } | undefined)?.groups ?? []).filter(Boolean);
  const findings: Finding[] = [];
  const report = (where: string, message: string): void => {
    findings.push({
      rule: 'prometheus-rule',
      environment,
      file: manifestFileName(manifest),
      object: `${manifest.kind}/${manifest.metadata.name}`,
      message: `${where}: ${message}`,
    });
  };
  for (const group of groups) {
    (group.rules ?? []).forEach((rule, index) => {
      const where = `group ${group.name}, rule ${index} (${rule.alert ?? rule.record ?? '?'})`;
      for (const problem of promqlProblems(String(rule.expr ?? ''), namespace)) report(where, problem);
      if (rule.alert === undefined) return;
      const severity = rule.labels?.severity;
      if (!(SEVERITIES as readonly string[]).includes(severity ?? ''))
        report(where, `severity "${severity}" is not one of ${SEVERITIES.join(', ')}`);
      const runbook = rule.annotations?.runbook_url ?? '';
      if (!runbook.startsWith('https://')) report(where, `runbook_url "${runbook}" is not an https link`);
      for (const annotation of ['summary', 'description']) {
        if (!rule.annotations?.[annotation]) report(where, `has no ${annotation} annotation`);
      }
    });
  }
  return findings;
}

/** An Argo Rollouts argument reference, `{{args.name}}`, which the controller fills in before it queries. */
const ANALYSIS_ARGUMENT = /\{\{\s*args\.[A-Za-z0-9_-]+\s*\}\}/g;

/**
 * Findings for an Argo Rollouts AnalysisTemplate: each Prometheus query parses, with its arguments
 * taken as plain text, and reads only the environment's namespace (like the alert rules).
 */
function analysisTemplateFindings(environment: string, manifest: Manifest): Finding[] {
  const namespace = manifest.metadata.namespace ?? '';
  type Metric = { name?: string; provider?: { prometheus?: { query?: string } } };
  const metrics = ((manifest.spec as { metrics?: Metric[] } | undefined)?.metrics ?? []).filter(Boolean);
  return metrics.flatMap((metric) => {
    const query = metric.provider?.prometheus?.query;
    if (query === undefined) return [];
    return promqlProblems(query.replace(ANALYSIS_ARGUMENT, 'argument'), namespace).map((problem) => ({
      rule: 'prometheus-rule',
      environment,
      file: manifestFileName(manifest),
      object: `${manifest.kind}/${manifest.metadata.name}`,
      message: `metric ${metric.name ?? '?'}: ${problem}`,
    }));
  });
}
