/**
 * `npm run release` and snapshot builds: a snapshot (`18.1.0-SNAPSHOT`) goes
 * to dev-tier and local environments only; a UAT takes a release version,
 * and prod takes one only by promotion. The rule by tier, and the command's
 * refusal for uat in a copy of the environments and dist/, with nothing
 * written (test/release-flow.test.ts runs the rest of the command).
 */
import { join } from 'node:path';
import { runRelease } from '../apps/release';
import { SNAPSHOT_TIERS, snapshotRefusal } from '../apps/release-edit';
import { DIST_DIR } from '../apps/dist-folder';
import { TIERS } from '../lib/model/tier';
import { snapshotTree, tempDir } from './helpers';
import { captureOutput, copyDist, copyEnvironmentFiles } from './temp-project';

test.each(TIERS.map((tier) => [tier] as const))('a snapshot build for a %s environment', (tier) => {
  const refusal = snapshotRefusal('some-env', tier, '18.1.0-SNAPSHOT');
  if (tier === 'local' || tier === 'dev') {
    expect(refusal).toBeUndefined();
  } else {
    expect(refusal).toBe(
      `18.1.0-SNAPSHOT is a snapshot build, and some-env is a ${tier} environment: snapshot builds run in dev only ` +
        '(local and dev tiers); release a version (such as 18.1.0.3) to some-env',
    );
  }
  // A release version goes anywhere the command goes.
  expect(snapshotRefusal('some-env', tier, '18.1.0.3')).toBeUndefined();
  expect(snapshotRefusal('some-env', tier, '18.1.0.3-hotfix1')).toBeUndefined();
});

test('the tiers a snapshot may go to are below UAT', () => {
  expect(SNAPSHOT_TIERS).toEqual(['local', 'dev']);
});

test.each([['18.1.0-SNAPSHOT'], ['18.2.0-snapshot.7']])(
  'npm run release -- uat %s: refused, naming uat and the version; nothing written',
  (version) => {
    const root = tempDir('calypso-release-snapshot-');
    const environmentsDir = join(root, 'environments');
    const distDir = join(root, 'dist');
    copyEnvironmentFiles(environmentsDir);
    copyDist(DIST_DIR, distDir);
    const before = [...snapshotTree(root)];
    const output = captureOutput();
    const env = { ...process.env, CI: 'true', CALYPSO_ENVIRONMENTS_DIR: environmentsDir, CALYPSO_DIST_DIR: distDir };
    expect(runRelease(['uat', version], env, output)).toBe(1);
    expect(output.stderr).toEqual([
      `release refused: ${version} is a snapshot build, and uat is a uat environment: snapshot builds run in dev only ` +
        '(local and dev tiers); release a version (such as 18.1.0.3) to uat',
    ]);
    expect(output.stdout).toEqual([]);
    expect([...snapshotTree(root)]).toEqual(before);
  },
);
