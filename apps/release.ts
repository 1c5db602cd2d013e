/**
 * `npm run release -- <env> <version> [--digest <image>=sha256:…]…`: CI's
 * entry point after an image build. Sets the environment's release in its
 * file (a data edit of `const release` and `const digests`, see
 * release-edit.ts), synthesizes and validates it, and prints the per-object
 * change summary. Prod is never released to: it is reached only by
 * `npm run promote -- uat prod`. A snapshot build goes to dev-tier (and
 * local) environments only: a UAT takes a release version.
 *
 * Exit status: 0 done, 1 refused or failed (the file and dist/ unchanged),
 * 2 bad usage.
 */
import { parseCommand, USAGE_EXIT, type CommandSpec } from './cli';
import { programPaths, type Output } from './paths';
import { terminalProgress } from './progress';
import { changeRelease, currentRelease, type ReleaseChange, type ReleaseChangeOptions } from './release-change';
import {
  checkVersion,
  describeRelease,
  parseDigests,
  ReleaseError,
  sameRelease,
  snapshotRefusal,
  NoSuchEnvironmentError,
  type Release,
} from './release-edit';

export const RELEASE_USAGE = `usage: npm run release -- <env> <version> [--digest <image>=sha256:<hex>]...

Sets the release of environments/<env>.ts (its \`const release\` and
\`const digests\`, nothing else), synthesizes and validates it, and prints
what changed, per object. On any failure the file and dist/ are unchanged.
Never prod: prod takes a release only by \`npm run promote -- uat prod\`.

  <env>        a dev or UAT environment (environments/<env>.ts)
  <version>    the images' tag: numbers separated by dots, optionally a
               -qualifier (18.0.0.13, 18.1.0-SNAPSHOT); a snapshot build
               only to a dev (or local) environment, never to a UAT
  --digest <image>=sha256:<hex>
               the digest of one of the release's three images, <image>
               one of application, init, dependency-wait: give all three
               (to pin the images by digest) or none (by tag)
  -h, --help   this text

Exit status: 0 done, 1 refused or failed (nothing written), 2 bad usage.`;

const RELEASE_COMMAND: CommandSpec = {
  usage: RELEASE_USAGE,
  options: { digest: { type: 'string', multiple: true } },
  minPositionals: 2,
  maxPositionals: 2,
  positionalName: 'environment and version',
};

/**
 * Sets a dev or UAT environment's release, synthesizes and validates; throws ReleaseError on a refusal or failure
 * (prod; a snapshot build for an environment above dev).
 */
export function releaseEnvironment(environment: string, release: Release, options: ReleaseChangeOptions = {}): ReleaseChange {
  checkVersion(release.version);
  return changeRelease(
    environment,
    release,
    {
      specs: (loaded) => {
        const spec = loaded.find((each) => each.name === environment)?.spec;
        if (spec?.tier === 'prod') {
          throw new ReleaseError(
            `${environment} is a prod environment: prod takes a release only by promotion, reviewed (npm run promote -- uat ${environment})`,
          );
        }
        const snapshot = spec === undefined ? undefined : snapshotRefusal(environment, spec.tier, release.version);
        if (snapshot !== undefined) throw new ReleaseError(snapshot);
      },
    },
    options,
  );
}

/** Runs `npm run release`; returns the exit status. */
export function runRelease(args: readonly string[], env: NodeJS.ProcessEnv = process.env, out: Output = console): number {
  const parsed = parseCommand(RELEASE_COMMAND, args, out);
  if (typeof parsed === 'number') return parsed;
  const [environment, version] = parsed.positionals;
  const options = { ...programPaths(env), progress: terminalProgress(process.stderr, env) };
  try {
    checkVersion(version);
    const digests = parseDigests((parsed.values.digest as unknown as string[] | undefined) ?? []);
    const release: Release = { version, digests };
    const before = currentRelease(environment, options.environmentsDir);
    if (sameRelease(before, release)) {
      out.log(`${environment} already runs ${describeRelease(release)}: nothing to change`);
      return 0;
    }
    const change = releaseEnvironment(environment, release, options);
    out.log(change.summary);
    out.log(
      `${change.file}: release ${describeRelease(change.before)} -> ${describeRelease(change.after)}; dist/ synthesized and validated`,
    );
    if (change.composeFiles.length > 0) out.log(`${change.composeFiles.join(', ')}: written again for the new release`);
    return 0;
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    out.error(`release refused: ${error.message}`);
    return error instanceof NoSuchEnvironmentError ? USAGE_EXIT : 1;
  }
}

if (require.main === module) process.exitCode = runRelease(process.argv.slice(2));
