/**
 * A consumer's install of the packed package, as the packaging test makes
 * it: `npm install` of the tarball and exact versions of cdk8s, constructs
 * and cdk8s-plus-27 into a project of its own. An install is made once and
 * kept in the test cache (test/content-cache.ts) under a key of the
 * tarball's content hash, the exact peer versions, the repository's
 * package-lock.json and the npm and Node versions; the other packages it
 * pulls in are what npm resolved (from its cache, as before) when the entry
 * was made. A changed package makes a new tarball, so a new install.
 *
 * The newest versions the peer ranges allow (`latest` on the registry) are
 * resolved with `npm view` at most once a UTC day and kept under the date:
 * a release published later that day is tested the next day.
 *
 * The entries are shared, so nothing may change them: a test that needs an
 * install changed copies it first (see the packaging test's second copy of
 * constructs).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { cachedByContentAsync } from './content-cache';
import { QUIET_NPM } from './package-build';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = promisify(execFile);

/** A package name to an exact version. */
export type PeerVersions = Readonly<Record<string, string>>;

/** npm's own version (an install may differ between npm versions), read from its package.json rather than by running it. */
function npmVersion(): string {
  for (const bin of (process.env.PATH ?? '').split(delimiter)) {
    const found = join(bin, npm);
    if (!existsSync(found)) continue;
    for (let dir = dirname(realpathSync(found)); dir !== dirname(dir); dir = dirname(dir)) {
      const manifest = join(dir, 'package.json');
      if (!existsSync(manifest)) continue;
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version: string };
      if (name === 'npm') return version;
    }
  }
  throw new Error('npm is not on the PATH');
}

/** The version `latest` points to for each of these packages, resolved once a UTC day. */
export async function latestVersions(names: readonly string[]): Promise<PeerVersions> {
  const day = new Date().toISOString().slice(0, 10);
  const { result } = await cachedByContentAsync(
    'latest-versions',
    { paths: [], tools: [], also: `${day}\0${names.join('\0')}` },
    async () =>
      Object.fromEntries(
        await Promise.all(
          names.map(async (name) => [name, (await run(npm, ['view', `${name}@latest`, 'version', ...QUIET_NPM])).stdout.trim()] as const),
        ),
      ),
  );
  return result;
}

/** The folder of a project with the tarball and these exact peer versions installed (its node_modules and package.json). */
export async function consumerInstall(tarball: string, peers: PeerVersions): Promise<string> {
  const tarballHash = createHash('sha256').update(readFileSync(tarball)).digest('hex');
  const inputs = {
    paths: ['package-lock.json', 'test/consumer-install.ts'],
    tools: [],
    also: JSON.stringify({ tarballHash, peers, npm: npmVersion() }),
  };
  const { dir } = await cachedByContentAsync('consumer-install', inputs, async (folder) => {
    writeFileSync(
      join(folder, 'package.json'),
      JSON.stringify({ name: 'team-chart', version: '1.0.0', private: true, dependencies: { 'calypso-k8s': `file:${tarball}`, ...peers } }),
    );
    await run(npm, ['install', ...QUIET_NPM], { cwd: folder });
    return {};
  });
  return dir;
}
