/**
 * The release upgrade, modelled over the committed dist/: what ArgoCD does
 * with the environment's objects (one wave at a time, in wave order, waiting
 * for each wave to be healthy; a Degraded object fails the sync and no later
 * wave is applied), what the stop step's script does to the cluster, and what
 * its Role lets it do.
 *
 * The ArgoCD facts the model rests on (argoproj/argo-cd, gitops-engine
 * pkg/sync/sync_context.go, pkg/health/health_job.go, pkg/sync/hook/delete_policy.go,
 * docs/user-guide/sync-waves.md):
 * - resources are ordered by phase, then wave, then kind, then name; a wave is applied when the ones before are healthy;
 * - a Job is Progressing until it completes, Healthy when it completed, Degraded when it failed;
 * - a Degraded resource fails the sync: the later waves are never applied;
 * - ArgoCD deletes hooks by their delete policy (none given means BeforeHookCreation); it never deletes a resource
 *   that is not a hook during a sync, except by pruning what is no longer in the manifests;
 * - a resource applied again unchanged stays as it is: a completed Job stays completed and is not run again.
 */
import { resolveEnvironment, type EnvironmentSpec } from '../lib';
import type { Manifest } from '../lib/output/render';
import prod from '../environments/prod';
import uat from '../environments/uat';
import { committedFolder } from './committed-dist';
import { render, testSpec } from './helpers';

const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
const HOOK = 'argocd.argoproj.io/hook';
const COMPONENT = 'app.kubernetes.io/component';

/** The committed objects of one dist/ folder, read from the YAML files in file order (once per run: test/committed-dist.ts). */
function committed(folder: string): readonly Manifest[] {
  return committedFolder(folder).manifests;
}

const labelsOf = (m: Manifest): Record<string, string> => (m.metadata.labels ?? {}) as Record<string, string>;
const annotationsOf = (m: Manifest): Record<string, string> => (m.metadata.annotations ?? {}) as Record<string, string>;
const waveOf = (m: Manifest): number => Number(annotationsOf(m)[SYNC_WAVE] ?? 0);
const keyOf = (m: { kind: string; metadata: { name?: string } }): string => `${m.kind.toLowerCase()}/${m.metadata.name}`;
type PodTemplate = { metadata?: { labels?: Record<string, string> }; spec: { serviceAccountName?: string } };
const templateOf = (m: Manifest): PodTemplate | undefined => (m.spec as { template?: PodTemplate } | undefined)?.template;
const isWorkload = (m: Manifest): boolean => m.kind === 'Deployment' || m.kind === 'StatefulSet' || m.kind === 'Rollout';
const isStopJob = (m: Manifest): boolean => m.kind === 'Job' && labelsOf(m)[COMPONENT] === 'stop-servers';
const isDatabaseJob = (m: Manifest): boolean => m.kind === 'Job' && labelsOf(m)[COMPONENT] === 'database';

/** A label selector in the form the script passes to kubectl: `a=b,c in (d,e)`. */
function matches(selector: string, labels: Record<string, string>): boolean {
  return selector
    .split(/,(?![^(]*\))/)
    .map((term) => term.trim())
    .every((term) => {
      const setTerm = /^(\S+) in \(([^)]*)\)$/.exec(term);
      if (setTerm) return setTerm[2].split(',').includes(labels[setTerm[1]]);
      const [key, value] = term.split('=');
      return labels[key] === value;
    });
}

/** What the stop step's script does, one command at a time. */
type StopCommand = { delete: string[]; ignoreNotFound: boolean } | { waitUntilNoPods: string };
function stopCommands(job: Manifest): StopCommand[] {
  const container = (templateOf(job)!.spec as unknown as { containers: { command: string[] }[] }).containers[0];
  expect(container.command.slice(0, 2)).toEqual(['/bin/bash', '-c']);
  const commands: StopCommand[] = [];
  for (const line of container.command[2].split('\n')) {
    if (line.startsWith('kubectl delete ')) {
      commands.push({
        // A canary server's Rollout by its group: rollouts.argoproj.io/<name> is what keyOf calls rollout/<name>.
        delete: line
          .split(' ')
          .filter((word) => /^(deployment|statefulset|rollouts\.argoproj\.io)\//.test(word))
          .map((word) => word.replace(/^rollouts\.argoproj\.io\//, 'rollout/')),
        ignoreNotFound: line.includes('--ignore-not-found'),
      });
    } else if (line.startsWith('until ')) {
      const selector = /--selector '([^']+)'/.exec(line);
      expect(line).toContain('kubectl get pods');
      commands.push({ waitUntilNoPods: selector![1] });
    }
  }
  return commands;
}

/** A cluster as far as the upgrade is concerned: which server workloads run, which Jobs exist and how they ended. */
interface Cluster {
  running: Map<string, Manifest>;
  jobs: Map<string, 'Complete' | 'Failed'>;
}

interface SyncResult {
  /** What happened, in order: `stop <workload>`, `run <job>`, `start <workload>`. */
  events: string[];
  failed?: string;
  /** Servers that were running when each database Job started. */
  runningDuringJobs: Map<string, string[]>;
  /** Servers started while a server they depend on was not running. */
  startedBeforeDependency: string[];
}

/**
 * One ArgoCD sync of the environment's objects over a cluster. `fails` names the Job prefixes whose run fails.
 * Only the workloads a server runs in are started or stopped; everything else is applied and is healthy.
 */
function sync(
  manifests: readonly Manifest[],
  cluster: Cluster,
  dependencies: ReadonlyMap<string, readonly string[]>,
  fails: string[] = [],
): SyncResult {
  const result: SyncResult = { events: [], runningDuringJobs: new Map(), startedBeforeDependency: [] };
  expect(manifests.filter((m) => annotationsOf(m)[HOOK] !== undefined).map(keyOf)).toEqual([]);
  const waves = [...new Set(manifests.map(waveOf))].sort((a, b) => a - b);
  const serverOf = (workload: Manifest): string => labelsOf(workload)[COMPONENT];
  const runningServers = (): string[] => [...cluster.running.values()].map(serverOf).sort();
  for (const wave of waves) {
    for (const object of manifests.filter((m) => waveOf(m) === wave)) {
      const name = object.metadata.name!;
      if (object.kind === 'Job') {
        // Applied again unchanged, a Job that exists keeps its state: it is not run again.
        if (!cluster.jobs.has(name)) {
          result.events.push(`run ${name}`);
          if (isDatabaseJob(object)) result.runningDuringJobs.set(name, runningServers());
          if (isStopJob(object)) {
            for (const command of stopCommands(object)) {
              if ('delete' in command) {
                for (const target of command.delete) {
                  if (cluster.running.delete(target)) result.events.push(`stop ${target}`);
                  else expect(command.ignoreNotFound).toBe(true);
                }
              } else {
                // The wait ends only when no running workload's pods match; one that still matches would hang the Job.
                const left = [...cluster.running.values()].filter((w) =>
                  matches(command.waitUntilNoPods, templateOf(w)!.metadata!.labels!),
                );
                if (left.length > 0) throw new Error(`stop step waits forever on ${left.map(keyOf).join(', ')}`);
              }
            }
          }
          cluster.jobs.set(name, fails.some((prefix) => name.startsWith(prefix)) ? 'Failed' : 'Complete');
        }
        if (cluster.jobs.get(name) === 'Failed') {
          // Degraded: the sync fails here, and no later wave is applied.
          result.failed = name;
          return result;
        }
      } else if (isWorkload(object) && dependencies.has(labelsOf(object)[COMPONENT])) {
        if (!cluster.running.has(keyOf(object))) {
          const missing = (dependencies.get(serverOf(object)) ?? []).filter((d) => !runningServers().includes(d));
          if (missing.length > 0) result.startedBeforeDependency.push(`${serverOf(object)} before ${missing.join(', ')}`);
          result.events.push(`start ${keyOf(object)}`);
        }
        cluster.running.set(keyOf(object), object);
      }
    }
  }
  return result;
}

/** The servers of the previous release, all running, with their Jobs done. */
function oldReleaseRunning(manifests: readonly Manifest[], dependencies: ReadonlyMap<string, readonly string[]>): Cluster {
  const servers = manifests.filter((m) => isWorkload(m) && dependencies.has(labelsOf(m)[COMPONENT]));
  return { running: new Map(servers.map((w) => [keyOf(w), w])), jobs: new Map([['database-upgrade-17-2-0-4-0123456789', 'Complete']]) };
}

const ENVIRONMENTS: [string, EnvironmentSpec][] = [
  ['prod', prod],
  ['uat', uat],
];

describe.each(ENVIRONMENTS)('the release upgrade of %s', (name, spec) => {
  const manifests = committed(name);
  const resolved = resolveEnvironment(spec);
  const dependencies = resolved.dependencies;
  const inCluster = resolved.servers.filter((server) => server.external === undefined).map((server) => server.name);
  const stopJob = manifests.find(isStopJob)!;
  const jobOrder = (events: string[]): string[] => events.filter((e) => e.startsWith('run ')).map((e) => e.slice(4));

  test('stops every server of the old release, dependents first, before the backup, restore and upgrade run', () => {
    const result = sync(manifests, oldReleaseRunning(manifests, dependencies), dependencies);
    expect(result.failed).toBeUndefined();
    const stopped = result.events.filter((e) => e.startsWith('stop ')).map((e) => e.slice(5));
    expect(stopped.length).toBe(inCluster.length);
    // Reverse dependency order: when a server stops, nothing that depends on it is still running.
    const stoppedServers = stopped.map((key) => key.split('/')[1]);
    for (const [index, server] of stoppedServers.entries()) {
      const dependents = inCluster.filter((other) => (dependencies.get(other) ?? []).includes(server));
      expect({ server, stillRunningDependents: dependents.filter((d) => !stoppedServers.slice(0, index).includes(d)) }).toEqual({
        server,
        stillRunningDependents: [],
      });
    }
    // The stop step runs first; every database Job runs with no server left.
    expect(jobOrder(result.events)[0]).toBe(stopJob.metadata.name);
    expect(result.runningDuringJobs.size).toBe(manifests.filter(isDatabaseJob).length);
    for (const [job, running] of result.runningDuringJobs) expect({ job, running }).toEqual({ job, running: [] });
    const lastStop = result.events.map((e) => e.startsWith('stop ')).lastIndexOf(true);
    const firstDatabaseJob = result.events.findIndex((e) => e.startsWith('run database-'));
    expect(lastStop).toBeLessThan(firstDatabaseJob);
  });

  test('the backup comes before the upgrade (and a restore between them)', () => {
    const jobs = jobOrder(sync(manifests, oldReleaseRunning(manifests, dependencies), dependencies).events).map((job) =>
      job.replace(/-[0-9a-f]{10}$/, ''),
    );
    const purposes = jobs.map((job) => /^(stop-servers|database-(backup|restore|upgrade))/.exec(job)![1]);
    const expected = ['stop-servers', 'database-backup', 'database-restore', 'database-upgrade'].filter((p) => purposes.includes(p));
    expect(purposes).toEqual(expected);
    expect(purposes).toContain('database-upgrade');
  });

  test('the new servers start only after the upgrade, each after the servers it depends on', () => {
    const result = sync(manifests, oldReleaseRunning(manifests, dependencies), dependencies);
    const upgrade = result.events.findIndex((e) => e.startsWith('run database-upgrade-'));
    const starts = result.events.map((e, index) => [e, index] as const).filter(([e]) => e.startsWith('start '));
    expect(starts.length).toBe(inCluster.length);
    for (const [, index] of starts) expect(index).toBeGreaterThan(upgrade);
    expect(result.startedBeforeDependency).toEqual([]);
  });

  test('a failed upgrade fails the sync before any server starts, and its Job stays for inspection', () => {
    const cluster = oldReleaseRunning(manifests, dependencies);
    const result = sync(manifests, cluster, dependencies, ['database-upgrade-']);
    expect(result.failed).toMatch(/^database-upgrade-18-0-0-12-[0-9a-f]{10}$/);
    expect(result.events.filter((e) => e.startsWith('start '))).toEqual([]);
    expect(cluster.running.size).toBe(0);
    // Not a hook, so no delete policy removes it; no TTL either; and the Job controller keeps the failed pod (backoffLimit 0).
    const upgrade = manifests.find((m) => m.metadata.name === result.failed)!;
    expect(annotationsOf(upgrade)).not.toHaveProperty(HOOK);
    expect(upgrade.spec).not.toHaveProperty('ttlSecondsAfterFinished');
    expect(upgrade.spec).toMatchObject({ backoffLimit: 0 });
    expect(cluster.jobs.get(result.failed!)).toBe('Failed');
    // A retry (ArgoCD's retry policy, or a person pressing Sync) finds the failed Job and stops at the same place, never re-running it.
    const retry = sync(manifests, cluster, dependencies);
    expect(retry.failed).toBe(result.failed);
    expect(retry.events).toEqual([]);
  });

  test('a second sync of the same content runs no Job again and stops no server', () => {
    const cluster = oldReleaseRunning(manifests, dependencies);
    sync(manifests, cluster, dependencies);
    const again = sync(manifests, cluster, dependencies);
    expect(again.failed).toBeUndefined();
    expect(again.events).toEqual([]);
    expect(cluster.running.size).toBe(inCluster.length);
  });

  test('on a new environment there is nothing to stop, and the stop step does not fail', () => {
    const cluster: Cluster = { running: new Map(), jobs: new Map() };
    const result = sync(manifests, cluster, dependencies);
    expect(result.failed).toBeUndefined();
    expect(result.events.filter((e) => e.startsWith('stop '))).toEqual([]);
    expect(stopCommands(stopJob).filter((c) => 'delete' in c && !c.ignoreNotFound)).toEqual([]);
  });

  test("the stop step's Role allows exactly what its script does, for its own ServiceAccount only", () => {
    const commands = stopCommands(stopJob);
    const needed = new Set<string>();
    for (const command of commands) {
      if ('delete' in command)
        for (const target of command.delete) {
          const [kind, workload] = target.split('/');
          needed.add(`${kind === 'rollout' ? 'argoproj.io' : 'apps'} ${kind}s delete ${workload}`);
        }
      else needed.add(' pods list *');
    }
    const role = manifests.find((m) => m.kind === 'Role' && m.metadata.name === 'calypso-stop-servers')!;
    type Rule = { apiGroups: string[]; resources: string[]; verbs: string[]; resourceNames?: string[] };
    const granted = new Set<string>();
    for (const rule of (role as unknown as { rules: Rule[] }).rules)
      for (const group of rule.apiGroups)
        for (const resource of rule.resources)
          for (const verb of rule.verbs)
            for (const name of rule.resourceNames ?? ['*']) granted.add(`${group} ${resource} ${verb} ${name}`);
    expect([...granted].sort()).toEqual([...needed].sort());
    // Every server's workload is among the deleted ones, and nothing else is but the Deployment each canary's Rollout
    // replaced (a live cluster still runs it on the first sync after the switch).
    const serverWorkloads = manifests.filter((m) => isWorkload(m) && dependencies.has(labelsOf(m)[COMPONENT])).map(keyOf);
    const replaced = manifests.filter((m) => m.kind === 'Rollout').map((m) => `deployment/${m.metadata.name}`);
    expect(commands.flatMap((c) => ('delete' in c ? c.delete : [])).sort()).toEqual([...serverWorkloads, ...replaced].sort());
    // Bound to the stop step's ServiceAccount only, which only the stop step's pod uses; nothing cluster-wide.
    const bindings = manifests.filter(
      (m) => m.kind === 'RoleBinding' && (m as unknown as { roleRef: { name: string } }).roleRef.name === 'calypso-stop-servers',
    );
    expect(bindings.map((b) => (b as unknown as { subjects: unknown[] }).subjects)).toEqual([
      [{ kind: 'ServiceAccount', name: 'calypso-stop-servers', namespace: `calypso-${name}` }],
    ]);
    const users = manifests.filter((m) => templateOf(m)?.spec.serviceAccountName === 'calypso-stop-servers').map(keyOf);
    expect(users).toEqual([keyOf(stopJob)]);
    expect(manifests.filter((m) => m.kind === 'ClusterRoleBinding' || m.kind === 'ClusterRole')).toEqual([]);
    // The API server egress policy admits the stop step's pod.
    const apiServer = manifests.find((m) => m.kind === 'NetworkPolicy' && m.metadata.name === 'allow-apiserver')!;
    expect(JSON.stringify(apiServer.spec)).toContain('"stop-servers"');
  });

  test('the environment Application applies every object on each sync, so the deleted servers are created again', () => {
    // With ApplyOutOfSyncOnly, a server that was in sync when the sync began would not be applied again after the stop step deleted it.
    const application = committed('argocd').find((m) => m.kind === 'Application' && m.metadata.name === `calypso-${name}`)!;
    const options = ((application.spec as { syncPolicy?: { syncOptions?: string[] } }).syncPolicy?.syncOptions ?? []).map((o) =>
      o.replace(/\s/g, ''),
    );
    expect(options).not.toContain('ApplyOutOfSyncOnly=true');
  });
});

describe('release Job names', () => {
  const tools = { repository: 'registry.example/db-tools', tag: '3.4.1' };
  const spec = (command: string[], snapshot = 'golden-1'): EnvironmentSpec => ({
    ...testSpec(),
    databaseJobs: {
      backup: { image: tools, command: ['backup'] },
      restore: { image: tools, snapshot },
      upgrade: { image: tools, command },
    },
  });
  const jobNames = (manifests: readonly Manifest[]): Record<string, string> =>
    Object.fromEntries(
      manifests.filter((m) => m.kind === 'Job').map((m) => [m.metadata.name!.replace(/-[0-9a-f]{10}$/, ''), m.metadata.name!] as const),
    );

  test('editing a job within the same release gives it a new name, and the stop step runs again before it', () => {
    const before = jobNames(render(spec(['upgrade'])));
    const after = jobNames(render(spec(['upgrade', '--verbose'])));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after['database-upgrade-18-0-0-12']).not.toBe(before['database-upgrade-18-0-0-12']);
    expect(after['stop-servers-18-0-0-12']).not.toBe(before['stop-servers-18-0-0-12']);
    expect(after['database-backup-18-0-0-12']).toBe(before['database-backup-18-0-0-12']);
    expect(after['database-restore-golden-1']).toBe(before['database-restore-golden-1']);
  });

  test('a new snapshot restores under a stopped environment too', () => {
    const before = jobNames(render(spec(['upgrade'])));
    const after = jobNames(render(spec(['upgrade'], 'golden-2')));
    expect(after['stop-servers-18-0-0-12']).not.toBe(before['stop-servers-18-0-0-12']);
    expect(after['database-upgrade-18-0-0-12']).toBe(before['database-upgrade-18-0-0-12']);
  });

  test('two synths give the same names', () => {
    expect(jobNames(render(spec(['upgrade'])))).toEqual(jobNames(render(spec(['upgrade']))));
    expect(Object.values(jobNames(render(spec(['upgrade']))))).toHaveLength(4);
  });
});
