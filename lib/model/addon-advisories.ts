/**
 * Add-on pins a bank's security review rejects: charts whose project is
 * retired (no releases, no security fixes) and chart versions that ship a
 * known-vulnerable component. Every environment's add-on pins are checked
 * against this list at synth time (`addonAdvisoryProblems`, from the
 * delivery settings' validation) and by `test/addon-advisories.test.ts`.
 * Add an entry when an advisory is published; never remove one.
 */
import type { ProblemCollector } from './errors';

/** A chart pin, as in an add-on's `chart` (kept structural: gitops-spec.ts imports this file). */
export interface ChartPin {
  readonly repoUrl: string;
  readonly chart: string;
  readonly version: string;
}

/** A range of chart versions: from `from` (inclusive, default the first) up to `below` (exclusive). */
export interface VersionRange {
  readonly from?: string;
  readonly below: string;
}

/** One advisory against a Helm chart. */
export interface AddonAdvisory {
  /** Chart name, as in `chart.chart`. */
  readonly chart: string;
  /** Chart repository, as in `chart.repoUrl`; charts of the same name elsewhere are not affected. */
  readonly repoUrl: string;
  /** The affected chart versions: every version, or the listed ranges. */
  readonly versions: 'all' | readonly VersionRange[];
  /** Why the pin is refused, in a sentence. */
  readonly reason: string;
  /** Where the advisory is published. */
  readonly reference: string;
}

const INGRESS_NGINX_REPO = 'https://kubernetes.github.io/ingress-nginx';

/** The advisories every add-on pin is checked against. */
export const ADDON_ADVISORIES: readonly AddonAdvisory[] = [
  {
    chart: 'ingress-nginx',
    repoUrl: INGRESS_NGINX_REPO,
    versions: 'all',
    reason:
      'the ingress-nginx project was retired in March 2026: no releases or security fixes since; use the Gateway API (exposure gateway)',
    reference: 'https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/',
  },
  {
    // Controller v1.12.1 (chart 4.12.1) and v1.11.5 (chart 4.11.5) fix the IngressNightmare CVEs.
    chart: 'ingress-nginx',
    repoUrl: INGRESS_NGINX_REPO,
    versions: [{ below: '4.11.5' }, { from: '4.12.0', below: '4.12.1' }],
    reason: 'CVE-2025-1974: unauthenticated remote code execution through the admission controller (fixed in chart 4.11.5 and 4.12.1)',
    reference: 'https://kubernetes.io/blog/2025/03/24/ingress-nginx-cve-2025-1974/',
  },
];

/** Numeric parts of a version (`v1.8.2`, `4.12.0`), pre-release and build ignored. */
function versionParts(version: string): number[] {
  return version
    .replace(/^v/, '')
    .split(/[-+]/)[0]
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0);
}

/** Compares two versions by their numeric parts. */
export function compareVersions(a: string, b: string): number {
  const [left, right] = [versionParts(a), versionParts(b)];
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The advisories a chart pin falls under. */
export function advisoriesFor(chart: ChartPin, advisories: readonly AddonAdvisory[] = ADDON_ADVISORIES): readonly AddonAdvisory[] {
  return advisories.filter(
    (advisory) =>
      advisory.chart === chart.chart &&
      advisory.repoUrl === chart.repoUrl &&
      (advisory.versions === 'all' ||
        advisory.versions.some(
          (range) =>
            (range.from === undefined || compareVersions(chart.version, range.from) >= 0) &&
            compareVersions(chart.version, range.below) < 0,
        )),
  );
}

/** Refuses every add-on pin on the advisory list, naming the pin and the advisory. */
export function addonAdvisoryProblems(
  addons: readonly { readonly name: string; readonly chart: ChartPin }[],
  problems: ProblemCollector,
  advisories: readonly AddonAdvisory[] = ADDON_ADVISORIES,
): void {
  const fail = problems.reporter();
  for (const addon of addons) {
    for (const advisory of advisoriesFor(addon.chart, advisories)) {
      fail(
        `gitops.addons.${addon.name}.chart.version`,
        `${addon.chart.chart} ${addon.chart.version} is refused: ${advisory.reason} (${advisory.reference})`,
      );
    }
  }
}
