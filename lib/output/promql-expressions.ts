/**
 * Where rendered objects hold PromQL: the rules of a PrometheusRule and the Prometheus queries of an Argo Rollouts
 * AnalysisTemplate. One walk, shared by the checks of rendered objects (prometheus-rules.ts) and the prefill of their
 * cache from a dist/ folder (promql-prefill.ts), so a new kind of object holding PromQL, or a renamed file, cannot reach
 * one and not the other. It loads nothing but promql-check.ts, which the prefill needs anyway: the programs' build
 * worker runs it, without cdk8s, zod or the model.
 */
import { analysisQueryExpression } from './promql-check';

/** The kinds of rendered objects that hold PromQL. */
export const PROMQL_KINDS: readonly string[] = ['PrometheusRule', 'AnalysisTemplate'];

/** A rule of a PrometheusRule, as rendered. */
export interface RenderedRule {
  readonly alert?: string;
  readonly record?: string;
  readonly expr?: string | number;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** One PromQL expression of a rendered object. */
export interface PromqlExpression {
  /** The expression as the checks parse it (an AnalysisTemplate's `{{args.…}}` taken as plain text). */
  readonly expression: string;
  /** The object's namespace (empty without one): the only one the expression may read. */
  readonly namespace: string;
  /** Where in the object it is, as a finding names it: `group <name>, rule <index> (<alert or record>)`, or `metric <name>`. */
  readonly where: string;
  /** The rule that holds it, in a PrometheusRule (whose alerts' labels and annotations are checked too). */
  readonly rule?: RenderedRule;
}

/** A rendered object, as much of it as the walk reads (from cdk8s, or parsed back from a file). */
export interface RenderedObject {
  readonly kind?: unknown;
  readonly metadata?: { readonly namespace?: string };
  readonly spec?: unknown;
}

type RuleSpec = { readonly groups?: readonly ({ readonly name?: string; readonly rules?: readonly (RenderedRule | null)[] } | null)[] };
type AnalysisSpec = {
  readonly metrics?: readonly ({
    readonly name?: string;
    readonly provider?: { readonly prometheus?: { readonly query?: unknown } };
  } | null)[];
};

/** The PromQL an object holds, in the order it holds it; none for a kind other than PROMQL_KINDS. */
export function promqlExpressions(object: RenderedObject | null | undefined): PromqlExpression[] {
  const namespace = object?.metadata?.namespace ?? '';
  const found: PromqlExpression[] = [];
  if (object?.kind === 'PrometheusRule') {
    for (const group of ((object.spec as RuleSpec | undefined)?.groups ?? []).filter((group) => group !== null && group !== undefined))
      (group.rules ?? []).forEach((held, index) => {
        const rule = held ?? {};
        const where = `group ${group.name}, rule ${index} (${rule.alert ?? rule.record ?? '?'})`;
        found.push({ expression: String(rule.expr ?? ''), namespace, where, rule });
      });
  } else if (object?.kind === 'AnalysisTemplate') {
    for (const metric of (object.spec as AnalysisSpec | undefined)?.metrics ?? []) {
      const query = metric?.provider?.prometheus?.query;
      if (query === undefined || query === null) continue;
      found.push({ expression: analysisQueryExpression(String(query)), namespace, where: `metric ${metric?.name ?? '?'}` });
    }
  }
  return found;
}

/**
 * Whether a file of a rendered folder may hold PromQL: rendered objects are named `<kind>-<name>.yaml`, lowercase kind
 * (render.ts's manifestFileName), so a folder's other files need not be read.
 */
export function mayHoldPromql(fileName: string): boolean {
  return fileName.endsWith('.yaml') && PROMQL_KINDS.some((kind) => fileName.startsWith(`${kind.toLowerCase()}-`));
}
