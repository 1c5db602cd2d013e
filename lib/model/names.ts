/** Naming and labelling rules shared by every object this library emits. */

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/**
 * Orders strings by UTF-16 code units: the same on every machine, unlike
 * `localeCompare`, which follows the locale (`LANG`), so output order never
 * depends on where synth runs.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True for an RFC 1123 label: lowercase alphanumerics and `-`, at most 63 characters. */
export function isDnsLabel(value: string): boolean {
  return value.length <= 63 && DNS_LABEL.test(value);
}

/** True for an RFC 1123 subdomain (dot-separated labels, at most 253 characters). */
export function isDnsSubdomain(value: string): boolean {
  return value.length > 0 && value.length <= 253 && value.split('.').every(isDnsLabel);
}

const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/**
 * True for a label, annotation or taint key: an optional DNS subdomain
 * prefix and `/`, then a name of at most 63 letters, digits, `-`, `_`, `.`.
 */
export function isLabelKey(key: string): boolean {
  const slash = key.indexOf('/');
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  return (prefix === undefined || isDnsSubdomain(prefix)) && name.length <= 63 && QUALIFIED_NAME.test(name);
}

/** True for a valid Kubernetes label value. */
export function isLabelValue(value: string): boolean {
  return value.length <= 63 && LABEL_VALUE.test(value);
}

/** Value of `app.kubernetes.io/part-of` on every object. */
export const PART_OF = 'calypso';
/** Value of `app.kubernetes.io/managed-by` on every object. */
export const MANAGED_BY = 'calypso-k8s';
/**
 * This library's version (package.json's; a test keeps them equal): the
 * `app.kubernetes.io/version` of objects that belong to no single Calypso
 * release, such as an ArgoCD project spanning several environments.
 */
export const LIBRARY_VERSION = '0.1.0';

/** Labels that identify one server's pods; never change for the life of a workload. */
export function selectorLabels(environment: string, server: string): Record<string, string> {
  return {
    'app.kubernetes.io/part-of': PART_OF,
    'app.kubernetes.io/instance': environment,
    'app.kubernetes.io/component': server,
  };
}

/** What the recommended labels describe. */
export interface RecommendedLabelsProps {
  /** Environment name (`app.kubernetes.io/instance`). */
  readonly environment: string;
  /** What the object is (`app.kubernetes.io/name`), e.g. the server kind. */
  readonly name: string;
  /** Server or concern the object belongs to (`app.kubernetes.io/component`). */
  readonly component: string;
  /** Release running (`app.kubernetes.io/version`); never used in selectors. */
  readonly version: string;
}

/** The `app.kubernetes.io/*` recommended labels. */
export function recommendedLabels(props: RecommendedLabelsProps): Record<string, string> {
  return {
    'app.kubernetes.io/name': props.name,
    'app.kubernetes.io/instance': props.environment,
    'app.kubernetes.io/component': props.component,
    'app.kubernetes.io/part-of': PART_OF,
    'app.kubernetes.io/managed-by': MANAGED_BY,
    'app.kubernetes.io/version': props.version,
  };
}
