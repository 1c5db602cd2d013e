/**
 * What an approver must read first in a change of rendered objects: the
 * database Jobs (they run against the database), RBAC, NetworkPolicies,
 * images, replicas and resources, one line each, before the full diff. Works
 * on the YAML of one object per file (dist/), so it summarises any two
 * renders, a team's own charts included.
 */
import { parse } from 'yaml';

/** One object's YAML before and after a change; undefined where it does not exist. */
export interface ObjectVersions {
  /** Where the object is, e.g. `dist/prod/deployment-dataserver.yaml`. */
  readonly path: string;
  readonly before?: string;
  readonly after?: string;
}

/** The sections of the summary, in the order an approver reads them. */
export const REVIEW_SECTIONS = ['Jobs', 'RBAC', 'NetworkPolicies', 'images', 'replicas', 'resources'] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];

const RBAC_KINDS = new Set(['Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding', 'ServiceAccount', 'AppProject']);

interface Container {
  readonly name?: string;
  readonly image?: string;
  readonly resources?: unknown;
}

interface KubeObject {
  readonly kind?: string;
  readonly metadata?: { readonly name?: string };
  readonly spec?: Record<string, unknown>;
}

function podSpecOf(object: KubeObject | undefined): { containers?: Container[]; initContainers?: Container[] } | undefined {
  const spec = object?.spec;
  if (spec === undefined) return undefined;
  const template = (spec.jobTemplate as { spec?: { template?: { spec?: unknown } } } | undefined)?.spec?.template ?? spec.template;
  return (template as { spec?: { containers?: Container[]; initContainers?: Container[] } } | undefined)?.spec;
}

function containersOf(object: KubeObject | undefined): Map<string, Container> {
  const pod = podSpecOf(object);
  return new Map([...(pod?.initContainers ?? []), ...(pod?.containers ?? [])].map((container) => [container.name ?? '?', container]));
}

/** The replica settings an object states: a workload's count, an autoscaler's bounds. */
function replicasOf(object: KubeObject | undefined): string | undefined {
  const spec = object?.spec ?? {};
  if (object?.kind === 'HorizontalPodAutoscaler') return `${String(spec.minReplicas ?? 1)}..${String(spec.maxReplicas)}`;
  return spec.replicas === undefined ? undefined : String(spec.replicas);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function shown(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}

/** The review lines of one object's change, by section. */
function objectFindings(change: ObjectVersions): [ReviewSection, string][] {
  const before = change.before === undefined ? undefined : (parse(change.before) as KubeObject);
  const after = change.after === undefined ? undefined : (parse(change.after) as KubeObject);
  const kind = after?.kind ?? before?.kind ?? '?';
  const what = change.before === undefined ? 'added' : change.after === undefined ? 'removed' : 'changed';
  const findings: [ReviewSection, string][] = [];
  if (kind === 'Job' || kind === 'CronJob') findings.push(['Jobs', `${what}: ${change.path}`]);
  if (RBAC_KINDS.has(kind)) findings.push(['RBAC', `${what}: ${change.path}`]);
  if (kind === 'NetworkPolicy') findings.push(['NetworkPolicies', `${what}: ${change.path}`]);
  const [old, next] = [containersOf(before), containersOf(after)];
  for (const name of new Set([...old.keys(), ...next.keys()])) {
    const [a, b] = [old.get(name), next.get(name)];
    if (a?.image !== b?.image && (kind !== 'Job' || what === 'changed')) {
      findings.push(['images', `${change.path} ${name}: ${a?.image ?? 'none'} -> ${b?.image ?? 'none'}`]);
    }
    if (a !== undefined && b !== undefined && !same(a.resources, b.resources)) {
      findings.push(['resources', `${change.path} ${name}: ${shown(a.resources)} -> ${shown(b.resources)}`]);
    }
  }
  const [replicasBefore, replicasAfter] = [replicasOf(before), replicasOf(after)];
  if (what === 'changed' && replicasBefore !== replicasAfter) {
    findings.push(['replicas', `${change.path}: ${replicasBefore ?? 'none'} -> ${replicasAfter ?? 'none'}`]);
  }
  return findings;
}

/**
 * The review summary of a set of changed objects: per section that has
 * anything, a heading and one line per finding; empty when nothing an
 * approver must read first changed.
 */
export function reviewSummary(changes: readonly ObjectVersions[]): string {
  const bySection = new Map<ReviewSection, string[]>(REVIEW_SECTIONS.map((section) => [section, []]));
  for (const change of changes) for (const [section, line] of objectFindings(change)) bySection.get(section)?.push(line);
  const lines: string[] = [];
  for (const [section, found] of bySection) {
    if (found.length === 0) continue;
    lines.push(`${section} (${found.length}):`, ...found.map((line) => `  ${line}`));
  }
  return lines.length === 0 ? '' : ['read first:', ...lines].join('\n');
}
