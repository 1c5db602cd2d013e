/**
 * Self-serve environments end to end, in temporary copies of the
 * repository's environments: env:create writes a spec file and renders the
 * environment with an automated Application, env:list shows age and expiry,
 * env:destroy removes both; bad names and permanent environments are refused.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SpecError, type EnvironmentSpec, type Manifest } from '../lib';
import { NetworkReachability, type NetworkEndpoint } from '../lib/output/reachability';
import { DIST_DIR, readDist } from '../apps/dist-folder';
import { runEnv } from '../apps/env';
import {
  type CreateEnvironmentOptions,
  createEnvironment,
  destroyEnvironments,
  EnvironmentToolError,
  expiredEnvironments,
  formatDuration,
  formatShortLived,
  listShortLived,
  shortLivedSpecFile,
} from '../apps/environment-tools';
import { requireEnvironmentFile } from '../apps/environment-file';
import { ENVIRONMENTS_DIR } from '../apps/load-environments';
import { yamlObject } from '../apps/yaml-documents';
import { snapshotTree, tempDir } from './helpers';
import { discard } from './test-temp-folders';
import { sharedDistDir } from './shared-render';
import { readLoadedPackages, WORK_PACKAGES, withLoadedPackagesProbe } from './loaded-packages';
import { runProgram, type ProcessResult } from './program-run';
import { captureOutput, copyDist, copyEnvironmentFiles } from './temp-project';

const ROOT = join(__dirname, '..');
const LIB = join(ROOT, 'lib');

/**
 * A copy of environments/ (library imports made absolute) and a synthesized dist/ next to it: the run's shared
 * render of the same environments (test/shared-render.ts), copied (copyDist) rather than rendered again.
 */
function workspace(): { environmentsDir: string; distDir: string } {
  const root = tempDir('calypso-env-tools-');
  const environmentsDir = join(root, 'environments');
  const distDir = join(root, 'dist');
  copyEnvironmentFiles(environmentsDir);
  copyDist(sharedDistDir(), distDir);
  return { environmentsDir, distDir };
}

const NOW = new Date('2026-11-24T09:30:00.000Z');
const hoursLater = (hours: number): Date => new Date(NOW.getTime() + hours * 3600 * 1000);
const read = (distDir: string, folder: string, file: string): Record<string, unknown> =>
  yamlObject(readFileSync(join(distDir, folder, file), 'utf8')) as Record<string, unknown>;

describe('a short-lived environment, end to end', () => {
  const { environmentsDir, distDir } = workspace();
  const created = createEnvironment({
    name: 'risk-fix',
    from: 'uat',
    ttl: '2d',
    snapshot: 'uat-2026-11-21',
    now: NOW,
    environmentsDir,
    distDir,
  });

  test('what is typed on the command line is written as an escaped string, never as code', () => {
    const file = shortLivedSpecFile({
      name: 'x',
      from: 'uat',
      createdAt: '2026-11-24T09:30:00Z',
      ttl: '2d',
      snapshot: "s', createdAt: '1999",
    });
    expect(file).toContain("  snapshot: 's\\', createdAt: \\'1999',\n});");
  });

  test('env:create writes a small, data-only spec file with its creation time and time to live', () => {
    expect(readFileSync(created.file, 'utf8')).toContain(
      `export default shortLived(uat, {\n  name: 'risk-fix',\n  createdAt: '2026-11-24T09:30:00Z',\n  ttl: '2d',\n  snapshot: 'uat-2026-11-21',\n});`,
    );
    expect(created.spec.shortLived).toEqual({ from: 'uat', createdAt: '2026-11-24T09:30:00Z', ttl: '2d' });
  });

  test('it renders into dist/<name> in its own namespace, small and on a database of its own, restored from the snapshot', () => {
    const namespace = read(distDir, 'risk-fix', 'namespace-calypso-risk-fix.yaml');
    expect(namespace).toMatchObject({ kind: 'Namespace', metadata: { name: 'calypso-risk-fix' } });
    const calculators = read(distDir, 'risk-fix', 'deployment-calculation-server.yaml') as { spec: { replicas: number } };
    expect(calculators.spec.replicas).toBe(1);
    // Release Jobs end with a hash of their rendered spec.
    const jobFiles = readdirSync(join(distDir, 'risk-fix')).filter((file) => file.startsWith('job-database-restore-'));
    expect(jobFiles).toEqual([expect.stringMatching(/^job-database-restore-uat-2026-11-21-[0-9a-f]{10}\.yaml$/)]);
    const restore = read(distDir, 'risk-fix', jobFiles[0]);
    expect(JSON.stringify(restore)).toContain('calypso-db.sandbox.bank.internal');
    expect(JSON.stringify(restore)).not.toContain('calypso-db.uat.bank.internal');
  });

  test('it gets an automated Application in the short-lived project whose deletion deletes everything it made', () => {
    const application = read(distDir, 'argocd', 'application-calypso-risk-fix.yaml');
    expect(application).toMatchObject({
      metadata: { finalizers: ['resources-finalizer.argocd.argoproj.io'] },
      spec: {
        project: 'calypso-short-lived',
        source: { path: 'dist/risk-fix' },
        destination: { namespace: 'calypso-risk-fix', server: 'https://calypso-dev.k8s.bank.internal:6443' },
        syncPolicy: { automated: { prune: true, selfHeal: true } },
        info: expect.arrayContaining([{ name: 'expires', value: '2026-11-26T09:30:00Z' }]),
      },
    });
    const project = read(distDir, 'argocd', 'appproject-calypso-short-lived.yaml') as { spec: { destinations: unknown[] } };
    expect(project.spec.destinations).toEqual([{ namespace: 'calypso-risk-fix', server: 'https://calypso-dev.k8s.bank.internal:6443' }]);
  });

  test("it gets none of UAT's TLS private key, LDAP bind or external systems; the MQ test gateway stands in for UAT's", () => {
    const folder = readDist(distDir).get('risk-fix') ?? new Map<string, string>();
    const files = [...folder.keys()];
    expect(files.filter((file) => file.startsWith('externalsecret-'))).toEqual([
      'externalsecret-calypso-database.yaml',
      'externalsecret-calypso-truststore.yaml',
    ]);
    expect(files.filter((file) => file.startsWith('networkpolicy-allow-external-'))).toEqual([
      'networkpolicy-allow-external-mq-gateway-test.yaml',
    ]);
    for (const [file, text] of folder) {
      expect({ file, keystore: text.includes('calypso-keystore'), ldap: text.includes('calypso-ldap-bind') }).toEqual({
        file,
        keystore: false,
        ldap: false,
      });
    }
    // What the network lets through, from the rendered policies: the sandbox gateway from the same engine servers, nothing of UAT's.
    // Read as Kubernetes reads them (YAML 1.1), by validate's fast read: a quarter of the yaml package's cost.
    const network = new NetworkReachability([...folder.values()].map((text) => yamlObject(text) as Manifest));
    const from = (server: string): NetworkEndpoint => network.podsOf(server, 'calypso-risk-fix');
    const reaches = (server: string, cidr: string, port: number): boolean =>
      network.allows(from(server), { kind: 'address', cidr }, { port });
    expect(reaches('engineserver-trading', '10.50.2.10/32', 1414)).toBe(true);
    expect(reaches('engineserver-accounting', '10.50.2.10/32', 1414)).toBe(true);
    expect(reaches('engineserver-positions', '10.50.2.10/32', 1414)).toBe(false);
    expect(reaches('engineserver-trading', '10.50.3.0/28', 1414)).toBe(false);
    expect(reaches('authserver', '10.10.20.11/32', 636)).toBe(false);
    expect(reaches('marketdata-server', '10.70.1.0/29', 8194)).toBe(false);
  });

  test('--keep-external and --keep-credentials opt back in to named ones of the base', () => {
    // A workspace of its own, which no later test reads (so no env:destroy, and its synth to clean up, is needed).
    const { environmentsDir, distDir } = workspace();
    const kept = createEnvironment({
      name: 'mq-fix',
      from: 'uat',
      keepExternal: ['mq-gateway-uat', 'corporate-ldap'],
      keepCredentials: ['keystore', 'ldap-bind'],
      now: NOW,
      environmentsDir,
      distDir,
    });
    expect(readFileSync(kept.file, 'utf8')).toContain(
      `  ttl: '3d',\n  keepExternal: ['mq-gateway-uat', 'corporate-ldap'],\n  keepCredentials: ['keystore', 'ldap-bind'],\n});`,
    );
    const files = [...(readDist(distDir).get('mq-fix') ?? new Map<string, string>()).keys()];
    expect(files.filter((file) => file.startsWith('externalsecret-'))).toEqual([
      'externalsecret-calypso-database.yaml',
      'externalsecret-calypso-keystore.yaml',
      'externalsecret-calypso-ldap-bind.yaml',
      'externalsecret-calypso-truststore.yaml',
    ]);
    expect(files.filter((file) => file.startsWith('networkpolicy-allow-external-'))).toEqual([
      'networkpolicy-allow-external-corporate-ldap.yaml',
      'networkpolicy-allow-external-mq-gateway-uat.yaml',
    ]);
  });

  test('env:list shows it with its age and expiry, and flags it once expired', () => {
    const [entry] = listShortLived({ environmentsDir, now: hoursLater(5) });
    expect(entry).toMatchObject({ name: 'risk-fix', from: 'uat', expiresAt: '2026-11-26T09:30:00Z', expired: false });
    expect(formatShortLived([entry])).toBe(
      [
        'NAME      FROM  CREATED               AGE    EXPIRES               STATUS',
        'risk-fix  uat   2026-11-24T09:30:00Z  5h 0m  2026-11-26T09:30:00Z  expires in 1d 19h',
      ].join('\n'),
    );
    const [late] = listShortLived({ environmentsDir, now: hoursLater(50) });
    expect(late.expired).toBe(true);
    expect(formatShortLived([late])).toContain('EXPIRED 2h 0m ago');
    expect(expiredEnvironments({ environmentsDir, now: hoursLater(50) })).toEqual(['risk-fix']);
    expect(expiredEnvironments({ environmentsDir, now: hoursLater(47) })).toEqual([]);
  });

  test('permanent environments are refused by env:destroy', () => {
    const before = snapshotTree(distDir);
    expect(() => destroyEnvironments(['uat'], { environmentsDir, distDir })).toThrow(
      '"uat" is a permanent environment; env:destroy removes only short-lived environments (those made by env:create)',
    );
    writeFileSync(
      join(environmentsDir, 'lab.ts'),
      readFileSync(join(environmentsDir, 'dev.ts'), 'utf8').replace("name: 'dev'", "name: 'lab'"),
    );
    expect(() => destroyEnvironments(['lab'], { environmentsDir, distDir })).toThrow('"lab" is a permanent environment');
    // A copy of dev on dev's cluster takes dev's node ports: it must not stay for the next synth.
    discard(join(environmentsDir, 'lab.ts'));
    expect(() => destroyEnvironments(['nope'], { environmentsDir, distDir })).toThrow(
      'there is no environment "nope" (environments/nope.ts does not exist)',
    );
    expect(existsSync(join(environmentsDir, 'uat.ts'))).toBe(true);
    expect(snapshotTree(distDir)).toEqual(before);
  });

  test('env:destroy removes the spec file, the folder and the Application', () => {
    destroyEnvironments(['risk-fix'], { environmentsDir, distDir });
    expect(existsSync(created.file)).toBe(false);
    expect(existsSync(join(distDir, 'risk-fix'))).toBe(false);
    expect(existsSync(join(distDir, 'argocd', 'application-calypso-risk-fix.yaml'))).toBe(false);
    expect(listShortLived({ environmentsDir, now: NOW })).toEqual([]);
    expect(formatShortLived([])).toBe('no short-lived environments (create one with npm run env:create -- <name>)');
  });
});

describe('env:create refuses bad requests and leaves nothing behind', () => {
  const { environmentsDir, distDir } = workspace();
  const before = snapshotTree(distDir);
  const files = readdirSync(environmentsDir).sort();
  const create = (name: string, options: Partial<CreateEnvironmentOptions> = {}): (() => unknown) => {
    return () => createEnvironment({ name, ...options, now: NOW, environmentsDir, distDir });
  };

  test.each<[string, () => unknown, string]>([
    [
      'a name that is not a DNS label',
      create('Risk_Fix'),
      `"Risk_Fix" is not a valid environment name: use a DNS label of at most 30 characters (lowercase letters, digits and '-')`,
    ],
    ['a name that is too long', create('a'.repeat(31)), 'is not a valid environment name'],
    ['a tier name', create('prod'), '"prod" is reserved (local, dev, uat, prod, argocd, shared); choose another name'],
    ['the ArgoCD folder', create('argocd'), '"argocd" is reserved (local, dev, uat, prod, argocd, shared); choose another name'],
    [
      'an unknown base',
      create('x1', { from: 'staging' }),
      'there is no environment "staging" to derive from (environments: dev, local, prod, uat)',
    ],
    [
      'a prod base',
      create('x2', { from: 'prod' }),
      `"prod" is a prod environment; short-lived environments derive from dev or UAT, never from prod's targets`,
    ],
    ['a bad ttl', create('x3', { ttl: '3 days' }), '--ttl 3 days is not a duration of at most 14d such as 12h or 3d'],
    ['a ttl over 14 days', create('x4', { ttl: '15d' }), '--ttl 15d is not a duration of at most 14d such as 12h or 3d'],
    [
      'an external system the base does not have',
      create('x5', { keepExternal: ['mq-gateway'] }),
      '--keep-external mq-gateway: uat has no external system "mq-gateway" (it has: corporate-ldap, bloomberg-bpipe-beta, mq-gateway-uat)',
    ],
    [
      'a credential the base does not have',
      create('x6', { from: 'dev', keepCredentials: ['keystore'] }),
      '--keep-credentials keystore: dev has no keystore to keep',
    ],
  ])('%s', (_, attempt, message) => {
    expect(attempt).toThrow(EnvironmentToolError);
    expect(attempt).toThrow(message);
    expect(readdirSync(environmentsDir).sort()).toEqual(files);
    expect(snapshotTree(distDir)).toEqual(before);
  });

  test('an existing name', () => {
    expect(create('dev')).toThrow('"dev" is reserved');
    writeFileSync(
      join(environmentsDir, 'lab.ts'),
      readFileSync(join(environmentsDir, 'dev.ts'), 'utf8').replace("name: 'dev'", "name: 'lab'"),
    );
    expect(create('lab')).toThrow('an environment named "lab" already exists (environments/lab.ts); choose another name');
    // A copy of dev on dev's cluster takes dev's node ports: it must not stay for the next synth.
    discard(join(environmentsDir, 'lab.ts'));
  });

  test('a short-lived base', () => {
    // The file env:create writes for "first" (refused before anything renders, so no synth is needed to make it).
    const first = join(environmentsDir, 'first.ts');
    writeFileSync(first, shortLivedSpecFile({ name: 'first', from: 'uat', createdAt: '2026-11-24T09:30:00Z', ttl: '3d' }));
    expect(create('second', { from: 'first' })).toThrow('"first" is itself short-lived; derive from a permanent environment');
    discard(first);
    expect(readdirSync(environmentsDir).sort()).toEqual(files);
    expect(snapshotTree(distDir)).toEqual(before);
  });

  test('a snapshot the spec refuses: synth fails, the spec file is removed and dist/ is unchanged', () => {
    let caught: unknown;
    try {
      create('bad-snap', { snapshot: 'Not_A_Label' })();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SpecError);
    expect((caught as Error).message).toContain('[bad-snap] field databaseJobs.restore.snapshot: "Not_A_Label" is not a DNS label');
    expect(existsSync(join(environmentsDir, 'bad-snap.ts'))).toBe(false);
    expect(readdirSync(environmentsDir).sort()).toEqual(files);
    expect(snapshotTree(distDir)).toEqual(before);
  });
});

describe('env:destroy when synth fails', () => {
  test('puts every spec file back and leaves dist/ unchanged', () => {
    const { environmentsDir, distDir } = workspace();
    // keep-me's file as env:create writes it (env:create's own synth is tested above; here it would only be one more render).
    const file = join(environmentsDir, 'keep-me.ts');
    const content = shortLivedSpecFile({ name: 'keep-me', from: 'uat', createdAt: '2026-11-24T09:30:00Z', ttl: '3d' });
    writeFileSync(file, content);
    const spec = requireEnvironmentFile('keep-me', file) as EnvironmentSpec;
    // Another environment breaks meanwhile: an environment without a GitOps target next to ones with one.
    writeFileSync(
      join(environmentsDir, 'broken.ts'),
      `export default ${JSON.stringify({ ...spec, name: 'broken', gitops: undefined })};\n`,
    );
    // keep-me's rendered folder, as its env:create's synth left it: the folder a failed destroy must not take away.
    cpSync(join(distDir, 'uat'), join(distDir, 'keep-me'), { recursive: true });
    const before = snapshotTree(distDir);
    expect(() => destroyEnvironments(['keep-me'], { environmentsDir, distDir })).toThrow(
      '[broken] field gitops: has no GitOps target; once one environment has one, every environment needs one',
    );
    expect(readFileSync(file, 'utf8')).toBe(content);
    expect(existsSync(join(distDir, 'keep-me'))).toBe(true);
    expect(snapshotTree(distDir)).toEqual(before);
  });
});

describe('durations', () => {
  test('read as days and hours, hours and minutes, or minutes', () => {
    expect(formatDuration(((2 * 24 + 3) * 60 + 7) * 60000)).toBe('2d 3h');
    expect(formatDuration((5 * 60 + 12) * 60000)).toBe('5h 12m');
    expect(formatDuration(12 * 60000 + 59000)).toBe('12m');
    expect(formatDuration(-90 * 60000)).toBe('1h 30m');
  });
});

/**
 * The programs behind the npm scripts: each subcommand runs once for real (`node --require ./apps/register.js apps/env.ts`,
 * what its npm script runs), against the repository; the other cases call runEnv, the same program, in process.
 */
describe('the npm scripts', () => {
  const repositoryEnv = { ...process.env, CALYPSO_ENVIRONMENTS_DIR: '', CALYPSO_DIST_DIR: '' };
  const cli = (...args: string[]): Promise<ProcessResult> => runProgram('env', args, repositoryEnv);
  const inProcess = (...args: string[]): { status: number; stdout: string; stderr: string } => {
    const output = captureOutput();
    const status = runEnv(args, output);
    return { status, stdout: output.stdout.join('\n'), stderr: output.stderr.join('\n') };
  };
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  // The three real runs only read (or refuse): they start as the file is collected, side by side, with dist/ as it was before them.
  const before = readDist(DIST_DIR);
  // env:list reads the environment files' text, not the library: its run reports the packages it loaded (test/loaded-packages.ts).
  // The program's bundle is built first, here: a run that builds it loads every package while it waits (apps/register.js).
  (createRequire(__filename)('../apps/program-build.js') as { programBundle(entry: string): string }).programBundle(
    join(ROOT, 'apps', 'env.ts'),
  );
  const listLoaded = join(tempDir('calypso-env-list-loaded-'), 'loaded.json');
  const list = runProgram('env', ['list'], withLoadedPackagesProbe(repositoryEnv, listLoaded));
  const realRuns = Promise.all([list, cli('create', 'Bad_Name'), cli('destroy', 'prod')]);

  test('run the environment tools', () => {
    expect(scripts['env:create']).toBe('node --require ./apps/register.js apps/env.ts create');
    expect(scripts['env:list']).toBe('node --require ./apps/register.js apps/env.ts list');
    expect(scripts['env:destroy']).toBe('node --require ./apps/register.js apps/env.ts destroy');
  });

  test('env:list lists the repository short-lived environments; a refused env:create exits 1 and changes nothing', async () => {
    const [list, refused, destroy] = await realRuns;
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('no short-lived environments');
    expect(readLoadedPackages(listLoaded).filter((name) => WORK_PACKAGES.includes(name))).toEqual([]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('"Bad_Name" is not a valid environment name');
    expect(destroy.status).toBe(1);
    expect(destroy.stderr).toContain('"prod" is a permanent environment');
    const keep = inProcess('create', 'x', '--keep-external', 'mq-gateway,corporate-ldap', '--keep-credentials', 'nothing');
    expect(keep.status).toBe(1);
    expect(keep.stderr).toContain('--keep-external mq-gateway: uat has no external system "mq-gateway"');
    expect(keep.stderr).toContain('--keep-credentials nothing: not one of keystore, ldap-bind');
    const usage = inProcess('create', 'x', '--colour', 'red');
    expect(usage.status).toBe(2); // bad usage: exit 2, with the usage
    expect(usage.stderr).toContain('usage: npm run env:create -- <name>');
    expect(usage.stderr).toContain('unknown option --colour');
    expect(readDist(DIST_DIR)).toEqual(before);
    expect(existsSync(join(ENVIRONMENTS_DIR, 'Bad_Name.ts'))).toBe(false);
    expect(existsSync(join(ENVIRONMENTS_DIR, 'x.ts'))).toBe(false);
  });
});

test('the workspace is a copy of every environment file, with the library imported by absolute path', () => {
  const { environmentsDir } = workspace();
  const files = (dir: string): string[] => readdirSync(dir).filter((file) => file.endsWith('.ts'));
  expect(files(environmentsDir)).toEqual(files(ENVIRONMENTS_DIR));
  expect(readFileSync(join(environmentsDir, 'dev.ts'), 'utf8')).toContain(`from ${JSON.stringify(LIB)}`);
});
