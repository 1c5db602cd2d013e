/**
 * `npm run promote -- <from> <to>`: carries the release running in `<from>`
 * (its file's `const release` and `const digests`) to `<to>`, the next tier
 * (dev → UAT → prod), as a reviewable change: the same data edit, synth and
 * validation as `npm run release`, then the per-object change summary for
 * the pull request.
 *
 * It refuses what `<to>` could not take: a `<from>` that is not the tier
 * before, a snapshot build, a release without its schema upgrade Job where
 * `<to>` upgrades its database per release, and, for prod, images by tag
 * (prod takes digests) or an Application whose pinned revision would not
 * move with the release.
 *
 * Exit status: 0 done (or nothing to promote), 1 refused or failed (the
 * file and dist/ unchanged), 2 bad usage.
 */
import { imageName } from '../lib/model/image';
import type { Tier } from '../lib/model/tier';
import { parseCommand, USAGE_EXIT, type CommandSpec } from './cli';
import type { DistTree } from './dist-folder';
import type { LoadedEnvironment } from './load-environments';
import { programPaths, type Output } from './paths';
import { terminalProgress } from './progress';
import { changeRelease, currentRelease, renderedObject, type ReleaseChange, type ReleaseChangeOptions } from './release-change';
import { describeRelease, isSnapshot, ReleaseError, sameRelease, NoSuchEnvironmentError, type Release } from './release-edit';

export const PROMOTE_USAGE = `usage: npm run promote -- <from> <to>

Carries the release running in <from> to <to>, the next tier (dev -> uat ->
prod): sets it in environments/<to>.ts, synthesizes and validates, and
prints what changed, per object, for review. On any failure the file and
dist/ are unchanged. Prod takes only a release pinned by digest, with its
schema upgrade tested in <from>; its Application's pinned revision
(prod-<release>) moves with it.

  <from>      the environment the release runs in (uat)
  <to>        the environment of the next tier (prod)
  -h, --help  this text

Exit status: 0 done or nothing to promote, 1 refused or failed (nothing
written), 2 bad usage.`;

const PROMOTE_COMMAND: CommandSpec = {
  usage: PROMOTE_USAGE,
  minPositionals: 2,
  maxPositionals: 2,
  positionalName: 'environments (from and to)',
};

/** The prod tag a pinned Application follows, by the bank's convention: `prod-<release>`. */
export function prodRevision(version: string): string {
  return `prod-${version}`;
}

/**
 * The tiers a release is promoted through. Local is not on it: a developer's own cluster takes
 * whatever release the developer sets (npm run release), and nothing is promoted from a laptop.
 */
const PROMOTION_ORDER: readonly Tier[] = ['dev', 'uat', 'prod'];

/** The refusals that need the specs: tiers, the upgrade Job, digests for prod. */
function checkPromotion(from: string, to: string, release: Release, loaded: readonly LoadedEnvironment[]): void {
  const spec = (name: string): LoadedEnvironment['spec'] => loaded.find((each) => each.name === name)?.spec as LoadedEnvironment['spec'];
  const [source, target] = [spec(from), spec(to)];
  const order = PROMOTION_ORDER.join(' -> ');
  if (!PROMOTION_ORDER.includes(source.tier) || !PROMOTION_ORDER.includes(target.tier)) {
    const local = PROMOTION_ORDER.includes(source.tier) ? to : from;
    throw new ReleaseError(
      `${local} is a local environment: releases are promoted ${order}; set a local release with npm run release -- ${local} <version>`,
    );
  }
  const before = PROMOTION_ORDER[PROMOTION_ORDER.indexOf(target.tier) - 1];
  if (source.tier !== before) {
    throw new ReleaseError(
      before === undefined
        ? `${to} is ${target.tier}, the first tier (${order}): it takes a release by npm run release -- ${to} <version>`
        : `${from} (${source.tier}) is not the tier before ${to} (${target.tier}): releases go ${order}, so promote a ${before} environment to ${to}`,
    );
  }
  if (isSnapshot(release.version)) {
    throw new ReleaseError(
      `${from} runs ${release.version}, a snapshot build: only a release version is promoted (npm run release -- ${from} <version> first)`,
    );
  }
  if (target.tier === 'prod' && release.digests === undefined) {
    throw new ReleaseError(
      `${from} runs ${release.version} by tag only; prod takes images by digest: pin it in ${from} first with the image build's digests (npm run release -- ${from} ${release.version} --digest application=sha256:… --digest init=sha256:… --digest dependency-wait=sha256:…), then promote`,
    );
  }
  if (target.databaseJobs?.upgrade !== undefined) {
    const upgrade = source.databaseJobs?.upgrade;
    const application = imageName(source.images.application);
    if (upgrade === undefined) {
      throw new ReleaseError(
        `${to} upgrades its database with every release (databaseJobs.upgrade), but ${from} has no schema upgrade Job: ${release.version}'s upgrade was never run before ${to}; add databaseJobs.upgrade to ${from} and release there first`,
      );
    }
    if (imageName(upgrade.image) !== application) {
      throw new ReleaseError(
        `${to} upgrades its database with every release (databaseJobs.upgrade), but ${from}'s upgrade Job runs ${imageName(upgrade.image)}, not the release's ${application}: release ${from}'s upgrade with it first`,
      );
    }
  }
}

/** For a prod target: its Application follows the tag `prod-<release>`, so the approved commit is what syncs. */
function checkPinnedRevision(to: string, release: Release, dist: DistTree): void {
  const application = renderedObject(dist, 'argocd', `application-calypso-${to}.yaml`) as
    { spec?: { source?: { targetRevision?: string } } } | undefined;
  const revision = application?.spec?.source?.targetRevision;
  if (revision !== prodRevision(release.version)) {
    throw new ReleaseError(
      `the Application calypso-${to} would sync revision ${String(revision)}, not ${prodRevision(release.version)}: its pinned revision must move with the release (gitops.revision: \`prod-\${release}\` in environments/${to}.ts)`,
    );
  }
}

/** Carries `<from>`'s release to `<to>`; undefined when `<to>` runs it already. Throws ReleaseError on a refusal or failure. */
export function promoteRelease(from: string, to: string, options: ReleaseChangeOptions = {}): ReleaseChange | undefined {
  const environmentsDir = options.environmentsDir ?? programPaths().environmentsDir;
  if (from === to) throw new ReleaseError(`${from} to ${to}: promote carries a release from one environment to the next tier's`);
  const release = currentRelease(from, environmentsDir);
  if (sameRelease(currentRelease(to, environmentsDir), release)) return undefined;
  return changeRelease(
    to,
    release,
    {
      specs: (loaded) => checkPromotion(from, to, release, loaded),
      rendered: (dist, tier) => {
        if (tier === 'prod') checkPinnedRevision(to, release, dist);
      },
    },
    { ...options, environmentsDir },
  );
}

/** Runs `npm run promote`; returns the exit status. */
export function runPromote(args: readonly string[], env: NodeJS.ProcessEnv = process.env, out: Output = console): number {
  const parsed = parseCommand(PROMOTE_COMMAND, args, out);
  if (typeof parsed === 'number') return parsed;
  const [from, to] = parsed.positionals;
  try {
    const change = promoteRelease(from, to, { ...programPaths(env), progress: terminalProgress(process.stderr, env) });
    if (change === undefined) {
      out.log(
        `${to} already runs ${from}'s release ${describeRelease(currentRelease(from, programPaths(env).environmentsDir))}: nothing to promote`,
      );
      return 0;
    }
    out.log(change.summary);
    out.log(
      `${change.file}: release ${describeRelease(change.before)} -> ${describeRelease(change.after)}, as ${from} runs it; dist/ synthesized and validated`,
    );
    if (change.tier === 'prod') {
      const tag = prodRevision(change.after.version);
      out.log(
        `next: commit, review and merge; then tag the merge commit (git tag ${tag} <merge commit> && git push origin ${tag}) and sync calypso-${to} in its change window`,
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    out.error(`promote refused: ${error.message}`);
    return error instanceof NoSuchEnvironmentError ? USAGE_EXIT : 1;
  }
}

if (require.main === module) process.exitCode = runPromote(process.argv.slice(2));
