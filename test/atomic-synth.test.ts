/**
 * Atomic synth: each kind of failure (bad spec, a construct that throws, a
 * validation error, a write error while writing the scratch folder and
 * during the swap, a corrupted write) leaves dist/ byte-for-byte as it was,
 * leaves nothing next to it, and exits 1 with the reason. On success, dist/
 * holds exactly what the pipeline produced.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiObject, App, JsonPatch } from 'cdk8s';
import { CalypsoServer, type EnvironmentSpec } from '../lib';
import { recoverInterruptedSwap, replaceDist, type WriteHooks } from '../apps/dist-folder';
import { runSynth } from '../apps/main';
import { formatReport, synthesize } from '../apps/synth';
import { snapshotTree, testSpec } from './helpers';
import { programEnvironment, runProcess, runScript } from './program-run';
import {
  CDK8S_CLI,
  captureOutput,
  changeSpecs,
  synthesizedProject as synthesizedFrom,
  tempProject,
  type TempProject,
} from './temp-project';

afterEach(() => vi.restoreAllMocks());

const alpha = (): EnvironmentSpec => testSpec({ name: 'alpha' });
const beta = (): EnvironmentSpec => testSpec({ name: 'beta', tier: 'prod' });

/** A project whose dist/ was synthesized from alpha and beta (rendered once per file: see synthesizedProject in temp-project.ts). */
function synthesizedProject(): TempProject {
  return synthesizedFrom({ alpha: alpha(), beta: beta() });
}

/**
 * Entries next to dist/ other than dist/, environments/ and the snapshot every synth keeps (scratch or
 * backup folders, or a lock, left behind).
 */
const leftovers = (project: TempProject): string[] =>
  readdirSync(project.root).filter((entry) => entry !== 'dist' && entry !== '.dist.snapshot' && !entry.startsWith('environments'));

/** Wraps CalypsoServer.schedule (which CalypsoPlatform calls for every server in the cluster) to break the server. */
function breakServers(breakIt: (server: CalypsoServer) => void): void {
  const original = CalypsoServer.prototype.schedule;
  vi.spyOn(CalypsoServer.prototype, 'schedule').mockImplementation(function (this: CalypsoServer, ...options) {
    original.apply(this, options);
    breakIt(this);
  });
}

const ioError = (syscall: string): Error => Object.assign(new Error(`EIO: i/o error, ${syscall}`), { code: 'EIO' });

describe('a failed synth leaves dist/ byte-for-byte as it was and exits 1 with the reason', () => {
  test.each<[string, (project: TempProject) => WriteHooks | void, string]>([
    [
      'a bad environment spec',
      (project) =>
        void changeSpecs(project, {
          alpha: alpha(),
          beta: { ...beta(), servers: [...beta().servers, { kind: 'calculator', replicas: 0 }] },
        }),
      '[beta] server calculator, field replicas: must be a whole number of at least 1, got 0',
    ],
    [
      'an exception thrown inside a construct',
      () =>
        breakServers((server) => {
          if (server.name === 'engineserver') throw new TypeError("Cannot read properties of undefined (reading 'port')");
        }),
      "[alpha] rendering threw TypeError: Cannot read properties of undefined (reading 'port')",
    ],
    [
      'an environment that renders no objects',
      () => void vi.spyOn(App.prototype, 'charts', 'get').mockReturnValue([]),
      '2 environment(s) failed to render:\n  - [alpha] renders no objects; refusing to write an empty environment\n  - [beta] renders no objects',
    ],
    [
      'a schema validation error (an escape-hatch patch of the wrong type)',
      () =>
        breakServers((server) => {
          if (server.name === 'engineserver')
            ApiObject.of(server.workload!).addJsonPatch(JsonPatch.replace('/spec/revisionHistoryLimit', 'five'));
        }),
      [
        'validation found 2 problem(s):',
        '  schema: Deployment/engineserver (dist/alpha/deployment-engineserver.yaml): spec.revisionHistoryLimit: must be integer',
        '  schema: Deployment/engineserver (dist/beta/deployment-engineserver.yaml): spec.revisionHistoryLimit: must be integer',
        'by rule: 2 schema',
      ].join('\n'),
    ],
    [
      'a policy violation (a JDWP agent in prod)',
      () => breakServers((server) => server.addEnv('JAVA_TOOL_OPTIONS', '-agentlib:jdwp=transport=dt_socket,server=y,address=*:5005')),
      'prod-no-debug: Deployment/engineserver (dist/beta/deployment-engineserver.yaml): container engineserver env JAVA_TOOL_OPTIONS enables a JDWP debug agent',
    ],
    [
      'a write error in the scratch folder',
      (project) => {
        changeSpecs(project, { alpha: testSpec({ name: 'alpha', properties: { 'calypso.changed': 1 } }), beta: beta() });
        return {
          beforeWrite: (path) => {
            if (path.endsWith('service-dataserver.yaml')) mkdirSync(path); // writeFileSync then fails with EISDIR
          },
        };
      },
      'EISDIR: illegal operation on a directory',
    ],
    [
      'written files that differ from what was validated',
      (project) => {
        changeSpecs(project, { alpha: testSpec({ name: 'alpha', properties: { 'calypso.changed': 1 } }), beta: beta() });
        return { afterWrite: (scratch) => writeFileSync(join(scratch, 'alpha', 'service-dataserver.yaml'), 'kind: Service\n') };
      },
      'written files differ from the validated output: alpha/service-dataserver.yaml',
    ],
    [
      'a file in the scratch folder that was never written (an extra object)',
      (project) => {
        changeSpecs(project, { alpha: testSpec({ name: 'alpha', properties: { 'calypso.changed': 1 } }), beta: beta() });
        return { afterWrite: (scratch) => writeFileSync(join(scratch, 'beta', 'service-extra.yaml'), 'kind: Service\n') };
      },
      'written files differ from the validated output: beta/service-extra.yaml',
    ],
    [
      'a failure moving the old dist/ aside',
      (project) => {
        changeSpecs(project, { alpha: testSpec({ name: 'alpha', properties: { 'calypso.changed': 1 } }), beta: beta() });
        return {
          beforeRename: (from) => {
            if (from === project.distDir) throw ioError('rename');
          },
        };
      },
      'EIO: i/o error, rename',
    ],
    [
      'a failure moving the new dist/ in (the old one is put back)',
      (project) => {
        changeSpecs(project, { alpha: testSpec({ name: 'alpha', properties: { 'calypso.changed': 1 } }), beta: beta() });
        return {
          beforeRename: (_from, to) => {
            if (to === project.distDir) throw ioError('rename');
          },
        };
      },
      'EIO: i/o error, rename',
    ],
  ])('%s', (_case, inject, reason) => {
    const project = synthesizedProject();
    const before = snapshotTree(project.distDir);
    const hooks = inject(project) ?? undefined;
    const output = captureOutput();
    expect(runSynth(project.env, output, hooks)).toBe(1);
    expect(output.stderr[0]).toMatch(/^synth failed; dist\/ is unchanged\.\n/);
    expect(output.stderr.join('\n')).toContain(reason);
    expect(snapshotTree(project.distDir)).toEqual(before);
    expect(leftovers(project)).toEqual([]);
  });

  test('spec problems of every environment are reported together, in one run', () => {
    const project = tempProject({
      alpha: { ...alpha(), servers: [...alpha().servers, { kind: 'calculator', replicas: 0 }] },
      beta: { ...beta(), servers: [...beta().servers, { kind: 'calculator', cpu: 'lots' }] },
    });
    const output = captureOutput();
    expect(runSynth(project.env, output)).toBe(1);
    expect(output.stderr.join('\n')).toContain('[alpha] server calculator, field replicas');
    expect(output.stderr.join('\n')).toContain('[beta] server calculator, field cpu');
    expect(existsSync(project.distDir)).toBe(false);
  });

  /** The real command (npm run synth's command, as npm runs it: test/program-run.ts), started as the file is collected. */
  const realRun = ((project: TempProject) => {
    const before = snapshotTree(project.distDir);
    changeSpecs(project, { alpha: { ...alpha(), servers: alpha().servers.map((s) => ({ ...s, memory: '100Mi' })) }, beta: beta() });
    return { project, before, run: runScript('synth', [], project.env) };
  })(synthesizedProject());

  test('the real command exits 1, prints the reason and leaves dist/ alone', async () => {
    const { project, before, run } = realRun;
    const result = await run;
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('synth failed; dist/ is unchanged.');
    expect(result.stderr).toContain('[alpha] server eventserver, field memory: memory limit 100Mi is too small');
    expect(snapshotTree(project.distDir)).toEqual(before);
  });
});

describe('a successful synth', () => {
  test('replaces dist/ with exactly what the pipeline produced, and says what changed', () => {
    const project = synthesizedProject();
    // An old object's file, an unrelated file and a folder whose environment file is gone.
    writeFileSync(join(project.distDir, 'alpha', 'deployment-retired.yaml'), 'kind: Deployment\n');
    writeFileSync(join(project.distDir, 'notes.txt'), 'hand-written\n');
    mkdirSync(join(project.distDir, 'gamma'));
    writeFileSync(join(project.distDir, 'gamma', 'namespace-calypso-gamma.yaml'), 'kind: Namespace\n');
    const servers = alpha().servers.map((server) => (server.kind === 'engineserver' ? { ...server, memory: '3Gi' } : server));
    changeSpecs(project, { alpha: { ...alpha(), servers: [...servers, { kind: 'calculator', replicas: 2 }] }, beta: beta() });

    const report = synthesize(project);
    const text = formatReport(report);
    expect(readdirSync(project.distDir).sort()).toEqual(['alpha', 'beta']);
    expect(existsSync(join(project.distDir, 'alpha', 'deployment-retired.yaml'))).toBe(false);
    expect(existsSync(join(project.distDir, 'alpha', 'deployment-calculator.yaml'))).toBe(true);
    expect(text).toMatch(
      /^dist\/alpha: 34 objects \(5 ConfigMap, 4 Deployment, 1 ExternalSecret, 1 Namespace, 8 NetworkPolicy, 1 PodDisruptionBudget, 2 PriorityClass, 6 Service, 5 ServiceAccount, 1 StatefulSet\); files 6 added, 4 changed, 1 removed; \d+ ms$/m,
    );
    expect(text).toMatch(/^dist\/beta: 28 objects .*; files 0 added, 0 changed, 0 removed; \d+ ms$/m);
    expect(text).toContain('dist/gamma: removed, it has no environment file any more');
    expect(text).toContain('dist/notes.txt: removed, synth owns dist/ and did not produce it');
    expect(text).toMatch(/^synthesized 2 environments, 62 objects in \d+ ms; dist\/ updated \(write \d+ ms\)$/m);
    expect(leftovers(project)).toEqual([]);
  });

  test('writes nothing when dist/ is already up to date', () => {
    const project = synthesizedProject();
    const inode = statSync(project.distDir).ino;
    const report = synthesize(project);
    expect(report.written).toBe(false);
    expect(formatReport(report)).toMatch(/dist\/ already up to date$/);
    expect(statSync(project.distDir).ino).toBe(inode);
  });

  test('two synths of the same specs are byte-identical', () => {
    // Two real synths (synthesizedProject renders a set of specs once, relying on this).
    const synthesized = (): TempProject => {
      const project = tempProject({ alpha: alpha(), beta: beta() });
      synthesize(project);
      return project;
    };
    const first = snapshotTree(synthesized().distDir);
    expect(snapshotTree(synthesized().distDir)).toEqual(first);
    expect(snapshotTree(synthesizedProject().distDir)).toEqual(first);
  });

  test('refuses to write an empty environment folder', () => {
    const project = synthesizedProject();
    const before = snapshotTree(project.distDir);
    expect(() => replaceDist(project.distDir, new Map([['alpha', new Map()]]))).toThrow('refusing to write an empty folder dist/alpha');
    expect(snapshotTree(project.distDir)).toEqual(before);
  });
});

describe('a synth killed mid-swap loses nothing', () => {
  const deadPid = 2 ** 22 + 1; // above Linux's pid_max: never a running process

  test('the next synth puts the old dist/ back if it was set aside, and removes the half-written scratch folder', () => {
    const project = synthesizedProject();
    const before = snapshotTree(project.distDir);
    const backup = join(project.root, `.dist.old-${deadPid}`);
    const scratch = join(project.root, `.dist.new-${deadPid}`);
    renameSync(project.distDir, backup);
    mkdirSync(join(scratch, 'alpha'), { recursive: true });
    expect(recoverInterruptedSwap(project.distDir)).toBe(`.dist.old-${deadPid}`);
    expect(snapshotTree(project.distDir)).toEqual(before);
    expect(leftovers(project)).toEqual([]);
  });

  test("the next synth removes the snapshot's copies a synth killed while it refreshed the snapshot left", () => {
    const project = synthesizedProject();
    for (const left of ['.dist.snapshot.new-0a1b2c3d', '.dist.snapshot.old-4e5f6a7b'])
      mkdirSync(join(project.root, left, 'alpha'), { recursive: true });
    expect(runSynth(project.env, captureOutput())).toBe(0);
    expect(leftovers(project)).toEqual([]);
  });

  test('synth reports the recovery', () => {
    const project = synthesizedProject();
    renameSync(project.distDir, join(project.root, `.dist.old-${deadPid}`));
    const report = synthesize(project);
    expect(formatReport(report)).toMatch(/^restored dist\/ from \.dist\.old-\d+, left by a synth that was interrupted mid-swap$/m);
    expect(report.written).toBe(false);
  });
});

/**
 * The cdk8s CLI runs the app (cdk8s.yaml) after it empties its output folder. The CLI starts for real
 * twice: once through its npm script's command, a synth that succeeds (both of its outputs checked), and once
 * on dist/ itself, where it deletes what the app must put back. The other cases run the app in
 * process after the same step (the output folder emptied, CDK8S_OUTDIR set), as the CLI would.
 */
describe('cdk8s synth', () => {
  /** The CLI's steps before and around the app (cdk8s-cli lib/cli/cmds/synth.js and synthApp), with the app run in process. */
  const underTheCli = (project: TempProject, outdir: string): { status: number; stderr: string } => {
    rmSync(outdir, { recursive: true, force: true });
    const output = captureOutput();
    const status = runSynth({ ...project.env, CDK8S_OUTDIR: outdir, CDK8S_RECORD_CONSTRUCT_METADATA: 'false' }, output);
    return { status, stderr: output.stderr.join('\n') };
  };

  /** A run's exit status and what it printed on stderr. */
  type Run = { readonly status: number | null; readonly stderr: string };

  // The two real runs of the CLI start as the file is collected, side by side; the tests await them.
  /**
   * `npm run cdk8s:synth`'s command, as npm runs it (test/program-run.ts: node_modules/.bin on PATH, without npm's
   * own start-up), for a project of alpha, shared by the two tests that read its outputs.
   */
  const scriptProject = tempProject({ alpha: alpha() });
  const scriptRun = runScript('cdk8s:synth', ['--output', join(scriptProject.root, 'cdk8s.out')], scriptProject.env);
  /** The CLI on dist/ itself, with dist/ as it was before the run. */
  const onDist = ((project: TempProject) => ({
    project,
    before: snapshotTree(project.distDir),
    run: runProcess(CDK8S_CLI, ['synth', '--no-check-upgrade', '--output', project.distDir], programEnvironment(project.env)),
  }))(synthesizedProject());

  test('writes dist/ atomically and one file per environment into its own output folder, never dist/', async () => {
    const result = await scriptRun;
    expect(result.status).toBe(0);
    expect(readdirSync(join(scriptProject.root, 'cdk8s.out'))).toEqual(['alpha.k8s.yaml']);
    expect(readdirSync(join(scriptProject.distDir, 'alpha'))).toContain('deployment-engineserver.yaml');
  });

  test.each<[string, () => { project: TempProject; outdir: string; before: Map<string, string>; run: Promise<Run> }]>([
    ['dist/ itself', () => ({ ...onDist, outdir: onDist.project.distDir })],
    [
      'a folder of dist/',
      () => {
        const project = synthesizedProject();
        const outdir = join(project.distDir, 'beta');
        const before = snapshotTree(project.distDir);
        return { project, outdir, before, run: Promise.resolve(underTheCli(project, outdir)) };
      },
    ],
  ])('cdk8s synth -o <%s>: the CLI deletes it before the app runs; the app puts it back at once and refuses', async (_case, start) => {
    const { project, outdir, before, run } = start();
    const result = await run;
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`synth refused: the cdk8s output folder ${outdir} `);
    expect(result.stderr).toMatch(
      /the CLI had deleted dist\/(alpha, dist\/beta|beta): put back from .*\.dist\.snapshot, what the last synth wrote/,
    );
    expect(snapshotTree(project.distDir)).toEqual(before);
    expect(leftovers(project)).toEqual([]);
  });

  test('npm run cdk8s:synth runs the CLI without its upgrade check (offline it printed a stack trace)', async () => {
    const result = await scriptRun;
    expect(result.stderr).not.toMatch(/http error|A new version|^\s+at /m);
    expect(result.status).toBe(0);
    expect(readdirSync(join(scriptProject.root, 'cdk8s.out'))).toEqual(['alpha.k8s.yaml']);
  });

  test('fails with the reason and leaves dist/ alone', () => {
    const project = synthesizedProject();
    const before = snapshotTree(project.distDir);
    changeSpecs(project, {
      alpha: alpha(),
      beta: { ...beta(), images: { ...beta().images, application: { repository: 'r.example/app', tag: 'latest' } } },
    });
    const outdir = join(project.root, 'cdk8s.out');
    const result = underTheCli(project, outdir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('[beta] field images.application: prod images must be immutable: tag "latest" of r.example/app moves');
    expect(snapshotTree(project.distDir)).toEqual(before);
    // Nothing for the CLI to hand to its validation plugins either.
    expect(existsSync(outdir)).toBe(false);
  });
});
