/**
 * Database jobs: a restore from a snapshot and a schema upgrade (UAT), a
 * backup before the upgrade (prod), each a restricted Job that ArgoCD runs
 * once, after the configuration and before the first server.
 */
import type { DatabaseJobsSpec, EnvironmentSpec } from '../lib';
import { SYNC_WAVE_ANNOTATION } from '../lib/model/sync-wave-plan';
import { type Manifest } from '../lib/output/render';
import { podSpecOf, restrictedProblems } from '../lib/output/pod-security-standard';
import { committedManifests, envOf, find, podOf, refusal, render, testSpec } from './helpers';

const manifestsOf = committedManifests;
const isDatabaseJob = (manifest: Manifest): boolean =>
  manifest.kind === 'Job' && (manifest.metadata.labels as Record<string, string>)['app.kubernetes.io/component'] === 'database';
const jobsOf = (name: string): Manifest[] => manifestsOf(name).filter(isDatabaseJob);
/** The one Job whose name is the prefix and a 10-digit content hash. */
const jobNamed = (manifests: readonly Manifest[], prefix: string): Manifest => {
  const found = manifests.filter((m) => m.kind === 'Job' && new RegExp(`^${prefix}-[0-9a-f]{10}$`).test(m.metadata.name ?? ''));
  if (found.length !== 1) throw new Error(`expected one Job ${prefix}-<hash>, found ${found.map((m) => m.metadata.name).join(', ')}`);
  return found[0];
};
const hashed = (prefix: string): unknown => expect.stringMatching(new RegExp(`^${prefix}-[0-9a-f]{10}$`));
const annotations = (manifest: Manifest): Record<string, string> => (manifest.metadata.annotations ?? {}) as Record<string, string>;
const wave = (manifest: Manifest): number => Number(annotations(manifest)[SYNC_WAVE_ANNOTATION]);
type JobSpec = { backoffLimit: number; activeDeadlineSeconds: number; ttlSecondsAfterFinished?: number };

const tools = { repository: 'registry.example/db-tools', tag: '3.4.1' };
const withJobs = (databaseJobs: DatabaseJobsSpec, overrides: Partial<EnvironmentSpec> = {}): EnvironmentSpec => ({
  ...testSpec(overrides),
  databaseJobs,
});

describe('the committed environments', () => {
  test('UAT restores its snapshot, then upgrades; prod backs up, then upgrades; dev runs no database job', () => {
    expect(
      jobsOf('uat')
        .sort((a, b) => wave(a) - wave(b))
        .map((job) => job.metadata.name),
    ).toEqual([hashed('database-restore-prod-masked-2026-11-20'), hashed('database-upgrade-18-0-0-12')]);
    expect(
      jobsOf('prod')
        .sort((a, b) => wave(a) - wave(b))
        .map((job) => job.metadata.name),
    ).toEqual([hashed('database-backup-18-0-0-12'), hashed('database-upgrade-18-0-0-12')]);
    expect(manifestsOf('dev').filter((m) => m.kind === 'Job')).toEqual([]);
  });

  test('each job is a plain Job in its wave, not a hook: no delete policy removes a failed one, and nothing removes a completed one', () => {
    for (const job of [...jobsOf('uat'), ...jobsOf('prod')]) {
      expect(annotations(job)).not.toHaveProperty('argocd.argoproj.io/hook');
      expect(annotations(job)).not.toHaveProperty('argocd.argoproj.io/hook-delete-policy');
      expect(job.spec as JobSpec).not.toHaveProperty('ttlSecondsAfterFinished');
    }
  });

  test('the jobs run after the Namespace, ServiceAccount and database credentials, and before the first server', () => {
    for (const name of ['uat', 'prod']) {
      const manifests = manifestsOf(name);
      const firstServer = Math.min(...manifests.filter((m) => m.kind === 'Deployment' || m.kind === 'StatefulSet').map(wave));
      const configuration = Math.max(
        wave(find(manifests, 'Namespace', `calypso-${name}`)),
        wave(find(manifests, 'ExternalSecret', 'calypso-database')),
        wave(find(manifests, 'ServiceAccount', 'calypso-database-jobs')),
      );
      for (const job of jobsOf(name)) {
        expect(wave(job)).toBeGreaterThan(configuration);
        expect(wave(job)).toBeLessThan(firstServer);
      }
    }
    const byName = (name: string): number => wave(jobNamed(manifestsOf('prod'), name));
    expect(byName('database-backup-18-0-0-12')).toBeLessThan(byName('database-upgrade-18-0-0-12'));
    const uat = (name: string): number => wave(jobNamed(manifestsOf('uat'), name));
    expect(uat('database-restore-prod-masked-2026-11-20')).toBeLessThan(uat('database-upgrade-18-0-0-12'));
  });

  test('every job pod is restricted, runs as its own ServiceAccount without a token, and reads the credentials as files', () => {
    for (const job of [...jobsOf('uat'), ...jobsOf('prod')]) {
      expect(restrictedProblems(podSpecOf(job)!)).toEqual([]);
      const pod = podOf(job);
      expect(pod).toMatchObject({
        serviceAccountName: 'calypso-database-jobs',
        automountServiceAccountToken: false,
        restartPolicy: 'Never',
      });
      expect(pod.volumes).toContainEqual({ name: 'database-credentials', secret: { secretName: 'calypso-database', defaultMode: 0o440 } });
      expect(pod.containers[0].volumeMounts).toContainEqual({
        name: 'database-credentials',
        mountPath: '/var/run/secrets/calypso/database',
        readOnly: true,
      });
      expect(pod.containers[0].env?.map((variable) => variable.name)).not.toContain('PASSWORD');
    }
    const serviceAccount = find(manifestsOf('uat'), 'ServiceAccount', 'calypso-database-jobs');
    expect(serviceAccount).toMatchObject({ automountServiceAccountToken: false });
  });

  test('a failed schema upgrade is never retried by itself; every job has a deadline', () => {
    expect(jobNamed(manifestsOf('prod'), 'database-upgrade-18-0-0-12').spec).toMatchObject({
      backoffLimit: 0,
      activeDeadlineSeconds: 5400,
    });
    expect(jobNamed(manifestsOf('uat'), 'database-restore-prod-masked-2026-11-20').spec).toMatchObject({
      backoffLimit: 1,
      activeDeadlineSeconds: 7200,
    });
  });

  test('the restore is told its snapshot, the upgrade and backup the release, all the database URL and driver', () => {
    const restore = envOf(podOf(jobNamed(manifestsOf('uat'), 'database-restore-prod-masked-2026-11-20')).containers[0]);
    expect(restore).toMatchObject({
      CALYPSO_ENV: 'uat',
      CALYPSO_DB_SNAPSHOT: 'prod-masked-2026-11-20',
      CALYPSO_DB_URL: 'jdbc:oracle:thin:@//calypso-db.uat.bank.internal:1521/CALUAT',
      CALYPSO_DB_DRIVER: 'oracle.jdbc.OracleDriver',
    });
    const upgrade = podOf(jobNamed(manifestsOf('prod'), 'database-upgrade-18-0-0-12')).containers[0];
    expect(envOf(upgrade)).toMatchObject({ CALYPSO_RELEASE: '18.0.0.12', CALYPSO_ENV: 'prod' });
    expect(upgrade.image).toBe('registry.bank.internal/calypso/calypso-application-custom:18.0.0.12');
    expect(upgrade.command).toEqual(['/opt/calypso/bin/upgrade-database.sh']);
  });
});

describe('hand-made specs', () => {
  test('the job images and the variables they read follow the spec and the image contract', () => {
    const manifests = render(
      withJobs(
        { restore: { image: tools, snapshot: 'golden-1', cpu: '1', memory: '3Gi', args: ['--fast'] } },
        { imageContract: { databaseJobs: { snapshotVariable: 'SNAPSHOT' } } },
      ),
    );
    const container = podOf(jobNamed(manifests, 'database-restore-golden-1')).containers[0];
    expect(container.image).toBe('registry.example/db-tools:3.4.1');
    expect(container.command).toBeUndefined();
    expect(container.args).toEqual(['--fast']);
    expect(envOf(container)).toMatchObject({ SNAPSHOT: 'golden-1' });
    expect(JSON.parse(JSON.stringify(container.resources))).toEqual({
      requests: { cpu: '1', memory: '3Gi' },
      limits: { cpu: '1', memory: '3Gi' },
    });
  });

  test('no database job means no job ServiceAccount and no stop step', () => {
    const manifests = render(testSpec());
    expect(manifests.filter((m) => m.metadata.name === 'calypso-database-jobs' || m.metadata.name === 'calypso-stop-servers')).toEqual([]);
    expect(manifests.filter((m) => m.kind === 'Job')).toEqual([]);
  });

  test('the stop step takes its image and deadline from the spec, and stops only servers running in the cluster', () => {
    const manifests = render(
      withJobs(
        {
          stopServers: { image: { repository: 'registry.example/kubectl', tag: 'v1.33.2' }, timeoutSeconds: 600 },
          backup: { image: tools },
        },
        { servers: [...testSpec().servers, { kind: 'scheduler', external: { host: 'scheduler.example', cidrs: ['10.9.9.9/32'] } }] },
      ),
    );
    const stop = jobNamed(manifests, 'stop-servers-18-0-0-12');
    expect(podOf(stop).containers[0].image).toBe('registry.example/kubectl:v1.33.2');
    expect(stop.spec).toMatchObject({ activeDeadlineSeconds: 600, backoffLimit: 0 });
    const script = podOf(stop).containers[0].command![2];
    expect(script).toContain('deployment/engineserver');
    expect(script).toContain('statefulset/eventserver');
    expect(script).not.toContain('scheduler');
  });

  test('no server takes the name of the stop step ServiceAccount', () => {
    const spec = {
      ...withJobs({ backup: { image: tools } }),
      servers: [...testSpec().servers, { kind: 'calculator' as const, name: 'calypso-stop-servers' }],
    };
    expect(refusal(spec)).toContain(
      '[test] server calypso-stop-servers, field name: the ServiceAccount calypso-stop-servers of this server would clash with the ServiceAccount of the step that stops the servers before the database jobs (databaseJobs); choose another server name',
    );
  });
});

describe('bad database job input is refused with environment and field', () => {
  test.each<[string, EnvironmentSpec, string]>([
    [
      'a restore in prod',
      withJobs({ restore: { image: tools, snapshot: 'golden-1' } }, { tier: 'prod' }),
      '[test] field databaseJobs.restore: prod is never restored by a sync; restore prod by hand, with the runbook',
    ],
    [
      'an upgrade without a command',
      withJobs({ upgrade: { image: tools } }),
      '[test] field databaseJobs.upgrade.command: the upgrade needs the command that runs the schema upgrade',
    ],
    [
      'an empty command',
      withJobs({ backup: { image: tools, command: [] } }),
      '[test] field databaseJobs.backup.command: must be a non-empty list of non-empty strings',
    ],
    [
      'a snapshot name that cannot name a Job',
      withJobs({ restore: { image: tools, snapshot: 'Golden_Snapshot' } }),
      '[test] field databaseJobs.restore.snapshot: "Golden_Snapshot" is not a DNS label of at most 35 characters (it names the Job database-restore-<snapshot>-<hash>)',
    ],
    [
      'a mutable job image in prod',
      withJobs({ backup: { image: { repository: 'registry.example/db-tools', tag: 'latest' } } }, { tier: 'prod' }),
      '[test] field databaseJobs.backup.image: prod images must be immutable: tag "latest" of registry.example/db-tools moves; pin a digest or a release version',
    ],
    [
      'a job image without tag or digest',
      withJobs({ backup: { image: { repository: 'registry.example/db-tools' } } }),
      '[test] field databaseJobs.backup.image: image registry.example/db-tools has neither a tag nor a digest; pin it to one',
    ],
    [
      'a memory size that is not a quantity',
      withJobs({ upgrade: { image: tools, command: ['upgrade'], memory: 'lots' } }),
      '[test] field databaseJobs.upgrade.memory: "lots" is not a memory quantity such as 512Mi or 2Gi',
    ],
    [
      'a timeout of zero',
      withJobs({ upgrade: { image: tools, command: ['upgrade'], timeoutSeconds: 0 } }),
      '[test] field databaseJobs.upgrade.timeoutSeconds: must be a whole number of seconds above 0, got 0',
    ],
    [
      'a release too long for the Job name',
      withJobs({ upgrade: { image: tools, command: ['upgrade'] } }, { release: `18.0.0.12-${'x'.repeat(40)}` }),
      `[test] field databaseJobs.upgrade: release "18.0.0.12-${'x'.repeat(40)}" does not fit the Job name database-upgrade-18-0-0-12-${'x'.repeat(40)}-<hash> (at most 63 characters)`,
    ],
    [
      'a release too long for the stop step of a restore',
      withJobs({ restore: { image: tools, snapshot: 'golden-1' } }, { release: `18.0.0.12-${'x'.repeat(30)}` }),
      `[test] field databaseJobs.stopServers: release "18.0.0.12-${'x'.repeat(30)}" does not fit the Job name stop-servers-18-0-0-12-${'x'.repeat(30)}-<hash> (at most 63 characters)`,
    ],
    [
      'a mutable kubectl image for the stop step in prod',
      withJobs(
        { stopServers: { image: { repository: 'registry.example/kubectl', tag: 'latest' } }, backup: { image: tools } },
        { tier: 'prod' },
      ),
      '[test] field databaseJobs.stopServers.image: prod images must be immutable: tag "latest" of registry.example/kubectl moves; pin a digest or a release version',
    ],
    [
      'a stop step timeout of zero',
      withJobs({ stopServers: { timeoutSeconds: 0 }, backup: { image: tools } }),
      '[test] field databaseJobs.stopServers.timeoutSeconds: must be a whole number of seconds above 0, got 0',
    ],
    [
      'database jobs without the API server the stop step calls',
      withJobs({ backup: { image: tools } }, { network: {} }),
      '[test] field network.apiServer: the database jobs first stop the servers through the API server: give the control plane addresses { cidrs: [...], port }',
    ],
  ])('%s', (_, spec, message) => {
    expect(refusal(spec)).toContain(message);
  });
});
