/**
 * Checks of PrometheusRule objects (and AnalysisTemplate queries) beyond their schema: every expression is
 * PromQL that parses (with the Prometheus project's own grammar,
 * @prometheus-io/lezer-promql, offline), every selector in it is scoped to
 * the environment's namespace, and every alert carries a known severity, an
 * https runbook link, a summary and a description. Which objects hold PromQL, and where, is
 * promql-expressions.ts's walk, which the prefill of the checks' cache shares.
 */
import { SEVERITIES } from '../model/monitoring-spec';
import type { Manifest } from './render';
import { manifestFileName } from './render';
import type { Finding } from './finding';
import { promqlProblems } from './promql-check';
import { promqlExpressions } from './promql-expressions';

export { isNamespaceLabel, PROMQL_CHECKER_SOURCES, promqlProblems, usePromqlProblemCache } from './promql-check';

/** Findings for one object; objects that hold no PromQL (promql-expressions.ts) have none. */
export function prometheusRuleFindings(environment: string, manifest: Manifest): Finding[] {
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
  for (const { expression, namespace, where, rule } of promqlExpressions(manifest)) {
    for (const problem of promqlProblems(expression, namespace)) report(where, problem);
    // An alert rule of a PrometheusRule; an AnalysisTemplate's query has nothing more to check.
    if (rule?.alert === undefined) continue;
    const severity = rule.labels?.severity;
    if (!(SEVERITIES as readonly string[]).includes(severity ?? ''))
      report(where, `severity "${severity}" is not one of ${SEVERITIES.join(', ')}`);
    const runbook = rule.annotations?.runbook_url ?? '';
    if (!runbook.startsWith('https://')) report(where, `runbook_url "${runbook}" is not an https link`);
    for (const annotation of ['summary', 'description']) {
      if (!rule.annotations?.[annotation]) report(where, `has no ${annotation} annotation`);
    }
  }
  return findings;
}
