/**
 * The release flow end to end, in temporary copies of the repository's
 * environments and committed dist/: `npm run release` sets a dev or UAT
 * release in its file (only the release and digests literals change),
 * synthesizes, validates and prints the change summary; `npm run promote`
 * carries UAT's release to prod with its digests and moves the pinned
 * revision. Every refusal leaves the file and dist/ byte for byte as they
 * were.
 *
 * A process keeps every environment file it loaded in its module cache, so
 * a workspace serves one successful change (or several refusals, which
 * refuse before rendering): the commands load the files only after the edit.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildComposeProject, COMPOSE_DIR, composeFiles } from '../apps/compose';
import { DIST_DIR } from '../apps/dist-folder';
import { ENVIRONMENTS_DIR } from '../apps/load-environments';
import { runPromote } from '../apps/promote';
import { runRelease } from '../apps/release';
import { checkVersion, parseDigests, readRelease, ReleaseError, setRelease } from '../apps/release-edit';
import { snapshotTree, tempDir } from './helpers';
import { captureOutput, copyDist, copyEnvironmentFiles } from './temp-project';

const digest = (hex: string): string => `sha256:${hex.repeat(64)}`;
const DIGESTS = { application: digest('a'), init: digest('b'), dependencyWait: digest('c') };
const DIGEST_ARGS = ['--digest', `application=${DIGESTS.application}`, '--digest', `init=${DIGESTS.init}`];
const ALL_DIGEST_ARGS = [...DIGEST_ARGS, '--digest', `dependency-wait=${DIGESTS.dependencyWait}`];

interface Workspace {
  readonly environmentsDir: string;
  readonly distDir: string;
  readonly env: NodeJS.ProcessEnv;
  file(name: string): string;
  /** The environment file and dist/, for byte-for-byte comparisons. */
  snapshot(): Map<string, string>;
}

/** A copy of environments/ (library imports made absolute, each file optionally edited first) and of the committed dist/. */
function workspace(edit: (name: string, text: string) => string = (_name, text) => text): Workspace {
  const root = tempDir('calypso-release-');
  const environmentsDir = join(root, 'environments');
  const distDir = join(root, 'dist');
  copyEnvironmentFiles(environmentsDir, edit);
  copyDist(DIST_DIR, distDir);
  // The committed Compose folders, next to environments/ as in the repository.
  cpSync(COMPOSE_DIR, join(root, 'compose'), { recursive: true });
  const file = (name: string): string => readFileSync(join(environmentsDir, `${name}.ts`), 'utf8');
  return {
    environmentsDir,
    distDir,
    env: { ...process.env, CI: 'true', CALYPSO_ENVIRONMENTS_DIR: environmentsDir, CALYPSO_DIST_DIR: distDir },
    file,
    snapshot: () =>
      new Map([...snapshotTree(environmentsDir), ...[...snapshotTree(distDir)].map(([path, text]) => [`dist/${path}`, text] as const)]),
  };
}

/** Runs a command's function against a workspace. */
function run(program: typeof runRelease, args: readonly string[], space: Workspace): { status: number; stdout: string; stderr: string } {
  const output = captureOutput();
  const status = program(args, space.env, output);
  return { status, stdout: output.stdout.join('\n'), stderr: output.stderr.join('\n') };
}

const read = (space: Workspace, folder: string, file: string): Record<string, unknown> =>
  parse(readFileSync(join(space.distDir, folder, file), 'utf8')) as Record<string, unknown>;
const images = (space: Workspace, folder: string, file: string): string[] =>
  JSON.stringify(read(space, folder, file))
    .match(/"image":"[^"]+"/g)
    ?.map((image) => image.slice(9, -1)) ?? [];

/** The lines of `after` that differ from `before` (same line count assumed where only literals change). */
function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  return after.split('\n').filter((line, index) => line !== old[index]);
}

/** UAT's file pinned to 18.0.0.13 by digest, as `npm run release -- uat 18.0.0.13 --digest …` leaves it. */
const uatPinned = (name: string, text: string): string =>
  name === 'uat' ? setRelease(text, 'environments/uat.ts', { version: '18.0.0.13', digests: DIGESTS }) : text;

describe('the release edit', () => {
  const uat = readFileSync(join(ENVIRONMENTS_DIR, 'uat.ts'), 'utf8');

  test('reads the release and digests each environment file declares; dev declares its release like uat and prod', () => {
    for (const name of ['dev', 'uat', 'prod']) {
      const release = readRelease(readFileSync(join(ENVIRONMENTS_DIR, `${name}.ts`), 'utf8'), `environments/${name}.ts`);
      expect(release).toEqual({ version: name === 'dev' ? '18.1.0-SNAPSHOT' : '18.0.0.12', digests: undefined });
    }
  });

  test('rewrites only the two literals, and back again', () => {
    const pinned = setRelease(uat, 'environments/uat.ts', { version: '18.0.0.13', digests: DIGESTS });
    expect(changedLines(uat, pinned).slice(0, 2)).toEqual(["const release = '18.0.0.13';", 'const digests = {']);
    expect(pinned).toContain(
      `const digests = {\n  application: '${DIGESTS.application}',\n  init: '${DIGESTS.init}',\n  dependencyWait: '${DIGESTS.dependencyWait}',\n};\n`,
    );
    expect(readRelease(pinned, 'environments/uat.ts')).toEqual({ version: '18.0.0.13', digests: DIGESTS });
    expect(setRelease(pinned, 'environments/uat.ts', { version: '18.0.0.12' })).toBe(uat);
  });

  test.each<[string, string, string]>([
    [
      'no release declaration',
      "const digests = undefined;\nexport default { images: calypsoImages('1.0') };\n",
      'environments/x.ts has no `const release = \'<version>\'` declaration; the release commands edit exactly one (see README, "Promotion: dev → UAT → prod")',
    ],
    [
      'two release declarations',
      "const release = '1.0';\nconst digests = undefined;\nconst release = '2.0';\n",
      'environments/x.ts has 2 (lines 1, 3) `const release = \'<version>\'` declaration; the release commands edit exactly one (see README, "Promotion: dev → UAT → prod")',
    ],
    [
      'a release that is not a literal',
      "const release = base + '.1';\nconst digests = undefined;\n",
      "environments/x.ts:1: release must be a string literal ('18.0.0.12'), not `base + '.1'`",
    ],
    [
      'a release declared with let',
      "let release = '1.0';\nconst digests = undefined;\n",
      'environments/x.ts:1: release must be a top-level `const release = …` the release commands can edit',
    ],
    [
      'digests that are not the three literals',
      "const release = '1.0';\nconst digests = { application: 'sha256:1' };\n",
      "environments/x.ts:2: digests must be `const digests = undefined | { application: 'sha256:…', init: 'sha256:…', dependencyWait: 'sha256:…' }`, not `{ application: 'sha256:1' }`",
    ],
  ])('refuses a file with %s', (_case, text, message) => {
    expect(() => setRelease(text, 'environments/x.ts', { version: '1.1' })).toThrow(new ReleaseError(message));
  });

  test.each<[string, () => unknown, string]>([
    [
      'a moving tag',
      () => checkVersion('latest'),
      '"latest" is not a release version: use the images\' tag, numbers separated by dots and optionally a -qualifier, at most 30 characters (such as 18.0.0.13 or 18.1.0-SNAPSHOT)',
    ],
    [
      'a digest without its image',
      () => parseDigests([DIGESTS.application]),
      `--digest ${DIGESTS.application}: name the image, as <image>=sha256:<64 hex digits>, where <image> is one of application, init, dependency-wait`,
    ],
    [
      'a short digest',
      () => parseDigests(['init=sha256:abc']),
      '--digest init=sha256:abc: "sha256:abc" is not sha256: followed by 64 lowercase hex digits',
    ],
    [
      'a digest given twice',
      () => parseDigests([`init=${DIGESTS.init}`, `init=${DIGESTS.init}`]),
      "--digest init is given twice; give each image's digest once",
    ],
  ])('refuses %s', (_case, action, message) => {
    expect(action).toThrow(new ReleaseError(message));
  });
});

describe('npm run release -- dev <version>', () => {
  const space = workspace();
  const before = space.snapshot();
  const devBefore = space.file('dev');
  const result = run(runRelease, ['dev', '18.1.0.4'], space);

  test('sets the release in the file and nothing else', () => {
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(changedLines(devBefore, space.file('dev'))).toEqual(["const release = '18.1.0.4';"]);
  });

  test("writes dev's Compose files again, so that npm test's stale-Compose check passes on the release's commit", () => {
    const folder = join(space.environmentsDir, '..', 'compose', 'dev');
    const fresh = composeFiles(buildComposeProject('dev', space.environmentsDir));
    for (const [name, text] of fresh) expect({ name, text: readFileSync(join(folder, name), 'utf8') }).toEqual({ name, text });
    expect(fresh.get('compose.yaml')).toContain('calypso-application-custom:18.1.0.4');
    expect(result.stdout).toContain('compose/dev/compose.yaml');
  });

  test('synthesizes dev: its servers run the new images; uat and prod are untouched', () => {
    expect(images(space, 'dev', 'deployment-dataserver.yaml')).toEqual([
      'registry.bank.internal/calypso/calypso-application-custom:18.1.0.4',
      'registry.bank.internal/calypso/calypso-init:18.1.0.4',
      'registry.bank.internal/calypso/calypso-dependency-wait:18.1.0.4',
    ]);
    const after = space.snapshot();
    for (const [path, text] of before) if (/^dist\/(uat|prod)\//.test(path)) expect([path, after.get(path)]).toEqual([path, text]);
  });

  test('prints the per-object change summary and what it did', () => {
    expect(result.stdout).toContain('changed: dist/dev/deployment-dataserver.yaml');
    expect(result.stdout).toContain(
      '-          image: registry.bank.internal/calypso/calypso-application-custom:18.1.0-SNAPSHOT\n+          image: registry.bank.internal/calypso/calypso-application-custom:18.1.0.4',
    );
    expect(result.stdout.split('\n').slice(-2)).toEqual([
      'environments/dev.ts: release 18.1.0-SNAPSHOT (by tag) -> 18.1.0.4 (by tag); dist/ synthesized and validated',
      'compose/dev/compose.yaml, compose/dev/compose.local-database.yaml: written again for the new release',
    ]);
  });

  test.each<[string, string[], string, number]>([
    ['an unknown environment', ['qa', '18.1.0.5'], 'release refused: no environment named qa (environments: dev, local, prod, uat)', 2],
    [
      'a version that is no release',
      ['dev', 'main'],
      'release refused: "main" is not a release version: use the images\' tag, numbers separated by dots and optionally a -qualifier, at most 30 characters (such as 18.0.0.13 or 18.1.0-SNAPSHOT)',
      1,
    ],
    [
      'a bad digest',
      ['dev', '18.1.0.5', '--digest', 'application=sha256:XYZ'],
      'release refused: --digest application=sha256:XYZ: "sha256:XYZ" is not sha256: followed by 64 lowercase hex digits',
      1,
    ],
    [
      'two digests of three',
      ['dev', '18.1.0.5', ...DIGEST_ARGS],
      "release refused: --digest is missing for dependency-wait: a release's three images are built together, so give all three digests (application, init, dependency-wait) or none",
      1,
    ],
  ])('refuses %s, writing nothing', (_case, args, message, status) => {
    const unchanged = space.snapshot();
    expect(run(runRelease, args, space)).toEqual({ status, stdout: '', stderr: message });
    expect(space.snapshot()).toEqual(unchanged);
  });
});

describe('npm run release -- uat <version> --digest …', () => {
  const space = workspace();
  const result = run(runRelease, ['uat', '18.0.0.13', ...ALL_DIGEST_ARGS], space);

  test('pins every image, the schema upgrade included, by digest; the version label stays the release', () => {
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(readRelease(space.file('uat'), 'uat.ts')).toEqual({ version: '18.0.0.13', digests: DIGESTS });
    const upgrade = readdirSync(join(space.distDir, 'uat')).filter((file) => file.startsWith('job-database-upgrade-'));
    expect(upgrade).toEqual([expect.stringMatching(/^job-database-upgrade-18-0-0-13-[0-9a-f]{10}\.yaml$/)]);
    expect(images(space, 'uat', upgrade[0])).toEqual([`registry.bank.internal/calypso/calypso-application-custom@${DIGESTS.application}`]);
    expect(images(space, 'uat', 'deployment-dataserver.yaml')).toEqual([
      `registry.bank.internal/calypso/calypso-application-custom@${DIGESTS.application}`,
      `registry.bank.internal/calypso/calypso-init@${DIGESTS.init}`,
      `registry.bank.internal/calypso/calypso-dependency-wait@${DIGESTS.dependencyWait}`,
    ]);
    expect(read(space, 'uat', 'deployment-dataserver.yaml')).toMatchObject({
      metadata: { labels: { 'app.kubernetes.io/version': '18.0.0.13' } },
    });
    expect(result.stdout).toContain('added: dist/uat/job-database-upgrade-18-0-0-13-');
  });
});

describe('npm run promote -- uat prod', () => {
  const space = workspace(uatPinned);
  const prodBefore = space.file('prod');
  const result = run(runPromote, ['uat', 'prod'], space);

  test("sets prod's release to UAT's, digests and all, in its file", () => {
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(readRelease(space.file('prod'), 'prod.ts')).toEqual({ version: '18.0.0.13', digests: DIGESTS });
    expect(changedLines(prodBefore, space.file('prod'))[0]).toBe("const release = '18.0.0.13';");
  });

  test('prod runs the digests, backs up and upgrades for the release, and its Application moves to the tag prod-<release>', () => {
    expect(images(space, 'prod', 'deployment-dataserver.yaml')[0]).toBe(
      `registry.bank.internal/calypso/calypso-application-custom@${DIGESTS.application}`,
    );
    const jobs = readdirSync(join(space.distDir, 'prod')).filter((file) => file.startsWith('job-database-'));
    expect(jobs.map((file) => file.replace(/-[0-9a-f]{10}\.yaml$/, ''))).toEqual([
      'job-database-backup-18-0-0-13',
      'job-database-upgrade-18-0-0-13',
    ]);
    expect(read(space, 'argocd', 'application-calypso-prod.yaml')).toMatchObject({
      spec: { source: { targetRevision: 'prod-18.0.0.13' } },
    });
  });

  test('prints the summary for review and the tag to push after the merge', () => {
    expect(result.stdout).toContain('changed: dist/argocd/application-calypso-prod.yaml');
    expect(result.stdout).toContain('-    targetRevision: prod-18.0.0.12\n+    targetRevision: prod-18.0.0.13');
    expect(result.stdout.split('\n').slice(-2)).toEqual([
      'environments/prod.ts: release 18.0.0.12 (by tag) -> 18.0.0.13 (by digest), as uat runs it; dist/ synthesized and validated',
      'next: commit, review and merge; then tag the merge commit (git tag prod-18.0.0.13 <merge commit> && git push origin prod-18.0.0.13) and sync calypso-prod in its change window',
    ]);
  });

  test('a second promote has nothing to do', () => {
    expect(run(runPromote, ['uat', 'prod'], space)).toEqual({
      status: 0,
      stdout: "prod already runs uat's release 18.0.0.13 (by digest): nothing to promote",
      stderr: '',
    });
  });
});

describe('refusals that need the specs', () => {
  // UAT on a newer release than prod, by tag.
  const committed = workspace((name, text) => (name === 'uat' ? setRelease(text, 'uat.ts', { version: '18.0.0.13' }) : text));
  const withoutUpgrade = workspace((name, text) =>
    name === 'uat' ? uatPinned(name, text).replace(', upgrade: schemaUpgrade(release, digests)', '') : text,
  );
  const upgradeOfAnotherRelease = workspace((name, text) =>
    name === 'uat'
      ? uatPinned(name, text).replace('upgrade: schemaUpgrade(release, digests)', "upgrade: schemaUpgrade('18.0.0.11')")
      : text,
  );
  const brokenDev = workspace((name, text) =>
    name === 'dev' ? text.replace("kind: 'dataserver', cpu: '500m'", "kind: 'dataserver', cpu: 'lots'") : text,
  );
  const revisionPinnedByHand = workspace((name, text) =>
    name === 'prod' ? text.replace('revision: `prod-${release}`', "revision: 'prod-18.0.0.12'") : uatPinned(name, text),
  );

  test.each<[string, Workspace, typeof runRelease, string[], string]>([
    [
      'a release to prod',
      committed,
      runRelease,
      ['prod', '18.0.0.13', ...ALL_DIGEST_ARGS],
      'release refused: prod is a prod environment: prod takes a release only by promotion, reviewed (npm run promote -- uat prod)',
    ],
    [
      'a promotion that skips a tier',
      committed,
      runPromote,
      ['dev', 'prod'],
      'promote refused: dev (dev) is not the tier before prod (prod): releases go dev -> uat -> prod, so promote a uat environment to prod',
    ],
    [
      'a promotion from a local environment',
      committed,
      runPromote,
      ['local', 'uat'],
      'promote refused: local is a local environment: releases are promoted dev -> uat -> prod; set a local release with npm run release -- local <version>',
    ],
    [
      'a snapshot build',
      committed,
      runPromote,
      ['dev', 'uat'],
      'promote refused: dev runs 18.1.0-SNAPSHOT, a snapshot build: only a release version is promoted (npm run release -- dev <version> first)',
    ],
    [
      'a release by tag to prod',
      committed,
      runPromote,
      ['uat', 'prod'],
      "promote refused: uat runs 18.0.0.13 by tag only; prod takes images by digest: pin it in uat first with the image build's digests (npm run release -- uat 18.0.0.13 --digest application=sha256:… --digest init=sha256:… --digest dependency-wait=sha256:…), then promote",
    ],
    [
      'a release without its schema upgrade Job',
      withoutUpgrade,
      runPromote,
      ['uat', 'prod'],
      "promote refused: prod upgrades its database with every release (databaseJobs.upgrade), but uat has no schema upgrade Job: 18.0.0.13's upgrade was never run before prod; add databaseJobs.upgrade to uat and release there first",
    ],
    [
      'a release whose upgrade Job runs another image',
      upgradeOfAnotherRelease,
      runPromote,
      ['uat', 'prod'],
      `promote refused: prod upgrades its database with every release (databaseJobs.upgrade), but uat's upgrade Job runs registry.bank.internal/calypso/calypso-application-custom:18.0.0.11, not the release's registry.bank.internal/calypso/calypso-application-custom@${DIGESTS.application}: release uat's upgrade with it first`,
    ],
    [
      'a release whose synth fails (the file is put back)',
      brokenDev,
      runRelease,
      ['dev', '18.1.0.4'],
      expect.stringMatching(
        /^release refused: synth failed; environments\/dev\.ts and dist\/ are as they were:\n.*server dataserver, field cpu: /s,
      ) as unknown as string,
    ],
    [
      'a prod Application whose revision would not move (after synth: dist/ is put back)',
      revisionPinnedByHand,
      runPromote,
      ['uat', 'prod'],
      'promote refused: the Application calypso-prod would sync revision prod-18.0.0.12, not prod-18.0.0.13: its pinned revision must move with the release (gitops.revision: `prod-${release}` in environments/prod.ts)',
    ],
  ])('%s', (_case, space, program, args, message) => {
    const before = space.snapshot();
    expect(run(program, args, space)).toEqual({ status: 1, stdout: '', stderr: message });
    expect(space.snapshot()).toEqual(before);
  });
});
