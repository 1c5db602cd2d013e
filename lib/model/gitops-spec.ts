/**
 * How an environment is delivered: the GitOps target ArgoCD syncs it to
 * (config repo, revision, cluster), the platform add-ons its cluster needs,
 * the short-lived marker of a self-serve environment, and its database jobs.
 * Plain data and its validation; the ArgoCD objects are built in argocd.ts.
 */
import { z } from 'zod';
import { addonAdvisoryProblems } from './addon-advisories';
import { databaseJobsProblems, DatabaseJobsSpecSchema, type DatabaseJobsEnvironment } from './database-jobs-spec';
import type { ProblemCollector, Report } from './errors';
import { isDnsLabel, isDnsSubdomain } from './names';
import type { SpecOf } from './schema';
import { LocalDistributionSchema, TiersSchema } from './tier';
import { syncWindowProblems, SyncWindowSpecSchema } from './sync-window-spec';

/** The namespace ArgoCD runs in, where Applications and AppProjects live. */
export const DEFAULT_ARGOCD_NAMESPACE = 'argocd';

/** A cluster ArgoCD deploys to. */
export const ClusterRefSchema = z.strictObject({
  /**
   * The cluster's name as registered in ArgoCD (`in-cluster` for the cluster
   * ArgoCD runs in). Also names the add-on Applications of the cluster.
   */
  name: z.string(),
  /**
   * The cluster's API server URL. When set, Applications and AppProjects
   * address the cluster by URL and `name` only labels it.
   * @default - addressed by name
   */
  server: z.string().optional(),
  /** Tiers whose environments may run on this cluster; a cluster that serves prod serves prod only, a local cluster local only. */
  tiers: TiersSchema,
  /**
   * The local distribution (`minikube`, `k3d`, `microk8s`, `rancher-desktop`) when this is a
   * developer's own cluster: the only kind of cluster a `local` environment may run on, and
   * one that serves nothing but the local tier.
   * @default - a shared cluster of the platform, not a local one
   */
  distribution: LocalDistributionSchema.optional(),
});
export type ClusterRef = SpecOf<typeof ClusterRefSchema>;

/** A Helm chart at an exact version. */
export const HelmChartRefSchema = z.strictObject({
  /**
   * The chart repository, e.g. `https://charts.external-secrets.io`, or an
   * OCI registry path without a scheme, as ArgoCD names a Helm OCI repository
   * (e.g. `docker.io/envoyproxy`; registered in ArgoCD with `enableOCI: "true"`).
   */
  repoUrl: z.string(),
  /** The chart's name in that repository. */
  chart: z.string(),
  /**
   * Exact chart version (semver, e.g. `2.9.0`; an OCI chart's tag may start with `v`, e.g. `v1.8.2`);
   * a range or `latest` is refused, and so is a version on the add-on advisory list (addon-advisories.ts).
   */
  version: z.string(),
});
export type HelmChartRef = SpecOf<typeof HelmChartRefSchema>;

/**
 * A platform add-on an environment needs on its cluster (ingress controller,
 * External Secrets Operator, NFS provisioner, Prometheus operator), installed
 * by ArgoCD from its Helm chart. Environments on one cluster that list the
 * same add-on share one Application, so they must agree on it.
 */
export const AddonSpecSchema = z.strictObject({
  /** Add-on name, a DNS label; the Application is `<name>-<cluster>` and the Helm release `<name>`. */
  name: z.string(),
  /** The chart, pinned. */
  chart: HelmChartRefSchema,
  /** Namespace the chart is installed into (created by ArgoCD). */
  namespace: z.string(),
  /**
   * Helm values.
   * @default {}
   */
  values: z.record(z.string(), z.unknown()).optional(),
  /**
   * What the chart installs, as `Kind` (core group) or `Kind.group`, e.g.
   * `ClusterRole.rbac.authorization.k8s.io`: the add-on project allows
   * exactly these kinds. Review them with every version bump.
   */
  installs: z.strictObject({
    clusterScoped: z.array(z.string()),
    namespaced: z.array(z.string()),
    /**
     * The custom resource kinds whose CustomResourceDefinitions the chart
     * installs, as `Kind.group` (e.g. `ExternalSecret.external-secrets.io`):
     * an environment's custom resources need an add-on on their cluster that
     * defines them, synced before the environment.
     * @default none
     */
    customResourceDefinitions: z.array(z.string()).optional(),
  }),
});
export type AddonSpec = SpecOf<typeof AddonSpecSchema>;

/** Where ArgoCD finds an environment's rendered manifests and where it deploys them. */
export const GitOpsTargetSchema = z.strictObject({
  /** The config repository holding `dist/` (this repository), as ArgoCD clones it: `https://…` or `ssh://…`/`git@host:path`. */
  repoUrl: z.string(),
  /** Branch, tag or commit ArgoCD syncs, e.g. `main`; prod names a tag or commit that promotion moves. */
  revision: z.string(),
  /**
   * What `revision` names. A branch moves with every merge, so prod refuses
   * it: prod is pinned to a tag or a commit SHA (40 hex digits) that the
   * promotion changes.
   * @default 'branch'
   */
  revisionKind: z.enum(['branch', 'tag', 'commit']).optional(),
  /**
   * Prod only, and required there: the change windows in which prod may be
   * synced by hand. Outside them nothing syncs; automated syncs never do.
   * @default none
   */
  syncWindows: z.array(SyncWindowSpecSchema).optional(),
  /**
   * SSO groups that may sync the environment's Application (and see it): a
   * role on the tier's AppProject with exactly `get` and `sync`. Required for prod.
   * @default none
   */
  syncGroups: z.array(z.string()).optional(),
  /** The cluster the environment runs on; environments may live on different clusters. */
  cluster: ClusterRefSchema,
  /**
   * Platform add-ons the environment needs on its cluster.
   * @default none
   */
  addons: z.array(AddonSpecSchema).optional(),
  /**
   * Namespace of the ArgoCD installation the Applications live in.
   * @default 'argocd'
   */
  argocdNamespace: z.string().optional(),
});
export type GitOpsTarget = SpecOf<typeof GitOpsTargetSchema>;

/**
 * Marks a self-serve environment as short-lived. Written into the spec file
 * by `npm run env:create`; synthesis never reads the clock, so output stays
 * deterministic.
 */
export const ShortLivedSpecSchema = z.strictObject({
  /** Environment it was derived from, e.g. `uat`. */
  from: z.string(),
  /** When it was created, UTC, to the second: `2026-11-24T09:30:00Z`. */
  createdAt: z.string(),
  /** How long it may live: hours or days, e.g. `12h`, `3d`; at most 14 days. */
  ttl: z.string(),
});
export type ShortLivedSpec = SpecOf<typeof ShortLivedSpecSchema>;

/** The fields of DeliverySettings, for the environment's schema. */
export const DELIVERY_SETTINGS_SHAPE = {
  /**
   * The cluster the environment runs on when no GitOps target names it: a local
   * environment applied with `kubectl apply` names its local cluster here. With
   * `gitops`, the cluster is `gitops.cluster` and this field is refused.
   * @default - `gitops.cluster`
   */
  cluster: ClusterRefSchema.optional(),
  /**
   * Where ArgoCD syncs the environment from and to. Once any environment of
   * the config repository has one, every one must.
   * @default - no ArgoCD Application
   */
  gitops: GitOpsTargetSchema.optional(),
  /**
   * Present on short-lived (self-serve) environments only.
   * @default - a permanent environment
   */
  shortLived: ShortLivedSpecSchema.optional(),
  /**
   * Database jobs run by ArgoCD before the servers start: backup, restore from a snapshot, schema upgrade.
   * @default none
   */
  databaseJobs: DatabaseJobsSpecSchema.optional(),
};

/** Delivery settings of an environment (part of EnvironmentSettings). */
export const DeliverySettingsSchema = z.strictObject(DELIVERY_SETTINGS_SHAPE);
export type DeliverySettings = SpecOf<typeof DeliverySettingsSchema>;

/** The cluster an environment runs on: its GitOps target's, or the one it names itself (`cluster`). */
export function environmentCluster(settings: Pick<DeliverySettings, 'gitops' | 'cluster'>): ClusterRef | undefined {
  return settings.gitops?.cluster ?? settings.cluster;
}

/** Longest life of a short-lived environment, in hours (14 days). */
export const MAX_SHORT_LIVED_HOURS = 14 * 24;

const TTL = /^([1-9][0-9]*)([hd])$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const HTTPS_URL = /^https:\/\/[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:\d+)?(\/[A-Za-z0-9._~%/-]*)?$/;
const SSH_URL = /^(ssh:\/\/[A-Za-z0-9._-]+@[a-z0-9.-]+(:\d+)?\/|[A-Za-z0-9._-]+@[a-z0-9.-]+:)[A-Za-z0-9._~/-]+$/;
const GIT_REF = /^(?!\/|.*\/\/|.*\.\.|.*\/$|.*\.lock$|.*@\{)[A-Za-z0-9._/-]+$/;
const COMMIT_SHA = /^[0-9a-f]{40}$/;
const SSO_GROUP = /^[A-Za-z0-9][A-Za-z0-9._/:@-]*$/;
const CUSTOM_KIND_ENTRY = /^[A-Z][A-Za-z0-9]*\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/;
/** A Helm OCI repository as ArgoCD names it: registry host and path, no scheme. */
const OCI_REPOSITORY = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:\d+)?(\/[a-z0-9]([-a-z0-9._]*[a-z0-9])?)+$/;
const KIND_ENTRY = /^[A-Z][A-Za-z0-9]*(\.[a-z0-9]([-a-z0-9.]*[a-z0-9])?)?$/;

/** A TTL in hours, or undefined if it is not of the form `12h` or `3d`. */
export function ttlHours(ttl: string): number | undefined {
  const match = TTL.exec(ttl);
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 'd' ? 24 : 1);
}

/** When a short-lived environment expires. */
export function expiresAt(shortLived: ShortLivedSpec): Date {
  return new Date(Date.parse(shortLived.createdAt) + (ttlHours(shortLived.ttl) ?? 0) * 3600 * 1000);
}

/** A timestamp as written into spec files: UTC, to the second. */
export function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Why a chart version is not an exact version, or undefined when it is one. */
export function chartVersionProblem(version: string): string | undefined {
  if (SEMVER.test(version)) return undefined;
  if (/^v\d/.test(version) && SEMVER.test(version.slice(1)))
    return `"${version}" has a leading "v"; write the chart version as ${version.slice(1)}`;
  return `"${version}" is not an exact chart version such as 2.9.0; ranges, wildcards and "latest" let the cluster drift`;
}

/** Why a repository URL is not one ArgoCD can clone, or undefined. */
export function repoUrlProblem(url: string): string | undefined {
  if (HTTPS_URL.test(url) || SSH_URL.test(url)) return undefined;
  return `"${url}" is not a repository URL (https://host/path or ssh://git@host/path or git@host:path)`;
}

/** Checks the revision against its kind; prod must be pinned. */
function revisionProblems(tier: DatabaseJobsEnvironment['tier'], gitops: GitOpsTarget, fail: Report): void {
  const revision = gitops.revision ?? '';
  const kind = gitops.revisionKind ?? 'branch';
  if (kind === 'commit') {
    if (!COMMIT_SHA.test(revision)) fail('gitops.revision', `"${revision}" is not a full commit SHA (40 lowercase hex digits)`);
  } else if (!GIT_REF.test(revision)) {
    fail('gitops.revision', `"${revision}" is not a branch or tag name`);
  } else if (kind === 'tag' && /^(HEAD|main|master)$/.test(revision)) {
    fail('gitops.revision', `"${revision}" is a branch name, not a tag`);
  }
  if (tier === 'prod' && kind === 'branch') {
    fail(
      'gitops.revision',
      `prod follows the branch "${revision}", so every merge is live at the next sync; pin a tag or commit that promotion moves (revisionKind: 'tag' or 'commit')`,
    );
  }
}

/** A group/kind pair as AppProjects list them; the core group is the empty string. */
export interface GroupKind {
  readonly group: string;
  readonly kind: string;
}

/** Parses `Kind` or `Kind.group`. */
export function parseKindEntry(entry: string): GroupKind {
  const dot = entry.indexOf('.');
  return dot < 0 ? { group: '', kind: entry } : { group: entry.slice(dot + 1), kind: entry.slice(0, dot) };
}

/** Checks the delivery settings; called from the environment spec's validation. */
export function deliveryProblems(settings: DeliverySettings & DatabaseJobsEnvironment, problems: ProblemCollector): void {
  const fail = problems.reporter();
  const gitops = settings.gitops;
  if (gitops !== undefined) {
    const repo = repoUrlProblem(gitops.repoUrl ?? '');
    if (repo) fail('gitops.repoUrl', repo);
    revisionProblems(settings.tier, gitops, fail);
    if (gitops.syncWindows !== undefined && settings.tier !== 'prod') {
      fail('gitops.syncWindows', `only prod has sync windows; a ${settings.tier} environment syncs by itself`);
    }
    (gitops.syncWindows ?? []).forEach((window, index) => syncWindowProblems(window, `gitops.syncWindows[${index}]`, fail));
    if (settings.tier === 'prod' && (gitops.syncWindows ?? []).length === 0) {
      fail('gitops.syncWindows', 'prod needs at least one change window; without one, anyone with access could sync prod at any time');
    }
    for (const group of gitops.syncGroups ?? []) {
      if (!SSO_GROUP.test(group)) fail('gitops.syncGroups', `"${group}" is not a group name (letters, digits, . _ - / : @)`);
    }
    if (settings.tier === 'prod' && (gitops.syncGroups ?? []).length === 0) {
      fail('gitops.syncGroups', 'prod needs the groups who may sync it; without them only ArgoCD admins could');
    }
    if (!isDnsSubdomain(gitops.cluster?.name ?? '')) {
      fail('gitops.cluster.name', `"${gitops.cluster?.name ?? ''}" is not a cluster name (a DNS name such as calypso-prod)`);
    }
    const server = gitops.cluster?.server;
    if (server !== undefined && !HTTPS_URL.test(server)) fail('gitops.cluster.server', `"${server}" is not an https:// API server URL`);
    if (gitops.argocdNamespace !== undefined && !isDnsLabel(gitops.argocdNamespace)) {
      fail('gitops.argocdNamespace', `"${gitops.argocdNamespace}" is not a namespace name`);
    }
    const names = new Set<string>();
    for (const addon of gitops.addons ?? []) {
      const field = `gitops.addons.${addon.name}`;
      if (!isDnsLabel(addon.name) || addon.name.length > 40) fail(field, `"${addon.name}" is not a DNS label of at most 40 characters`);
      if (names.has(addon.name)) fail(field, `the add-on "${addon.name}" is listed twice`);
      names.add(addon.name);
      const oci = OCI_REPOSITORY.test(addon.chart.repoUrl);
      const chartRepo =
        HTTPS_URL.test(addon.chart.repoUrl) || oci
          ? undefined
          : `"${addon.chart.repoUrl}" is not an https:// Helm repository URL or an OCI registry path (registry/path)`;
      if (chartRepo) fail(`${field}.chart.repoUrl`, chartRepo);
      if (!isDnsLabel(addon.chart.chart)) fail(`${field}.chart.chart`, `"${addon.chart.chart}" is not a chart name`);
      // An OCI chart is pulled by its tag, which some projects (Envoy Gateway) write with a leading v.
      const ociTag = oci && /^v\d/.test(addon.chart.version) && SEMVER.test(addon.chart.version.slice(1));
      const version = ociTag
        ? undefined
        : oci && /^v/.test(addon.chart.version)
          ? `"${addon.chart.version}" is not an exact chart version such as v1.9.1; ranges, wildcards and "latest" let the cluster drift`
          : chartVersionProblem(addon.chart.version);
      if (version) fail(`${field}.chart.version`, version);
      if (!isDnsLabel(addon.namespace)) fail(`${field}.namespace`, `"${addon.namespace}" is not a namespace name`);
      for (const entry of addon.installs?.customResourceDefinitions ?? []) {
        if (!CUSTOM_KIND_ENTRY.test(entry))
          fail(`${field}.installs.customResourceDefinitions`, `"${entry}" is not Kind.group (e.g. ExternalSecret.external-secrets.io)`);
      }
      for (const scope of ['clusterScoped', 'namespaced'] as const) {
        for (const entry of addon.installs?.[scope] ?? []) {
          if (!KIND_ENTRY.test(entry))
            fail(`${field}.installs.${scope}`, `"${entry}" is not Kind or Kind.group (wildcards are not allowed)`);
        }
      }
    }
    addonAdvisoryProblems(gitops.addons ?? [], problems);
  }
  const shortLived = settings.shortLived;
  if (shortLived !== undefined) {
    if (settings.tier === 'prod') fail('shortLived', 'a prod environment cannot be short-lived');
    if (!TIMESTAMP.test(shortLived.createdAt) || Number.isNaN(Date.parse(shortLived.createdAt))) {
      fail('shortLived.createdAt', `"${shortLived.createdAt}" is not a UTC timestamp such as 2026-11-24T09:30:00Z`);
    }
    const hours = ttlHours(shortLived.ttl);
    if (hours === undefined) fail('shortLived.ttl', `"${shortLived.ttl}" is not a duration such as 12h or 3d`);
    else if (hours > MAX_SHORT_LIVED_HOURS)
      fail('shortLived.ttl', `${shortLived.ttl} is longer than 14d; make it a permanent environment instead`);
    if (!isDnsLabel(shortLived.from ?? '')) fail('shortLived.from', `"${shortLived.from ?? ''}" is not an environment name`);
  }
  if (settings.databaseJobs !== undefined) databaseJobsProblems(settings, problems);
}
