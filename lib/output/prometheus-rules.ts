/**
 * Checks of PrometheusRule objects (and AnalysisTemplate queries) beyond their schema: every expression is
 * PromQL that parses (with the Prometheus project's own grammar,
 * @prometheus-io/lezer-promql, offline), every selector in it is scoped to
 * the environment's namespace, and every alert carries a known severity, an
 * https runbook link, a summary and a description.
 */
import { SEVERITIES } from '../model/monitoring-spec';
import type { Manifest } from './render';
import { manifestFileName } from './render';
import type { Finding } from './finding';
import { analysisQueryExpression, promqlProblems } from './promql-check';

export { isNamespaceLabel, PROMQL_CHECKER_SOURCES, promqlProblems, usePromqlProblemCache } from './promql-check';

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
    return promqlProblems(analysisQueryExpression(query), namespace).map((problem) => ({
      rule: 'prometheus-rule',
      environment,
      file: manifestFileName(manifest),
      object: `${manifest.kind}/${manifest.metadata.name}`,
      message: `metric ${metric.name ?? '?'}: ${problem}`,
    }));
  });
}
