/**
 * Synth never jams (failure injection, like test/atomic-synth.test.ts):
 * a leftover scratch or backup folder that cannot be deleted is reported
 * and never blocks a synth; a dist/ the user cannot write is refused before
 * the swap; and "is another synth running?" is a real lock (PID plus the
 * process's start time, not `kill(pid, 0)` alone), which a dead, reused or
 * ancient owner does not hold.
 *
 * The tests run as root on the development machine, where permissions do
 * not stop anything: an undeletable folder and an unwritable dist/ are
 * injected by making `rmSync` and `accessSync` fail for those paths (as
 * they do for a user on a read-only or immutable folder); for other users
 * the real chmod is used as well.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { EnvironmentSpec } from '../lib';
import { acquireDistLock, DistLockedError, lockFileOf, MAX_LOCK_AGE_MS, processStart } from '../apps/dist-lock';
import { runSynth } from '../apps/main';
import { synthesize } from '../apps/synth';
import { snapshotTree, testSpec } from './helpers';
import { restoreSpies, spyOnFs } from './fs-spy';
import { captureOutput, changeSpecs, tempProject, type TempProject } from './temp-project';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object itself, so that a spy on it is seen by apps/
const fs = require('node:fs') as typeof import('node:fs');

afterEach(restoreSpies);

const alpha = (): EnvironmentSpec => testSpec({ name: 'alpha' });
const changedAlpha = (): EnvironmentSpec => testSpec({ name: 'alpha', properties: { 'calypso.changed': 1 } });
const deadPid = 2 ** 22 + 1; // above Linux's pid_max: never a running process
const isRoot = process.getuid?.() === 0;

function synthesizedProject(): TempProject {
  const project = tempProject({ alpha: alpha() });
  synthesize(project);
  changeSpecs(project, { alpha: changedAlpha() });
  return project;
}

/** Makes `rmSync` fail with EACCES for paths under `path`, as for a folder the user may not delete. */
function undeletable(path: string): void {
  const original = fs.rmSync;
  spyOnFs('rmSync').mockImplementation((target, options) => {
    if (String(target).startsWith(path))
      throw Object.assign(new Error(`EACCES: permission denied, rmdir '${String(target)}'`), { code: 'EACCES' });
    original(target, options);
  });
}

describe('a leftover scratch or backup folder that cannot be deleted never blocks a synth', () => {
  test.each([
    ['a scratch folder of a killed synth', `.dist.new-${deadPid}`],
    ['a backup folder of a killed synth', `.dist.old-${deadPid}-0badc0de`],
    // The old naming reused `.dist.new-<pid>`: a leftover of that name held a file where a folder goes (ENOTDIR … scandir).
    ['a folder with this very process id', `.dist.new-${process.pid}`],
  ])('%s: reported, and synth goes on', (_case, name) => {
    const project = synthesizedProject();
    const leftover = join(project.root, name);
    mkdirSync(leftover);
    writeFileSync(join(leftover, 'alpha'), 'a file where the scratch folder has a folder\n');
    undeletable(leftover);
    const output = captureOutput();
    expect(runSynth(project.env, output)).toBe(0);
    expect(output.stderr).toEqual([]);
    const text = output.stdout.join('\n');
    expect(text).toContain(
      `could not delete ${leftover}, left by an earlier synth (EACCES); it is in nobody's way, but delete it by hand: chmod -R u+w ${leftover} && rm -rf ${leftover}`,
    );
    expect(text).toMatch(/dist\/ updated/);
    expect(snapshotTree(project.distDir).get('alpha/configmap-engineserver-properties.yaml')).toContain('calypso.changed');
    // And the next synth too.
    expect(runSynth(project.env, captureOutput())).toBe(0);
  });

  test('a backup that cannot be deleted after the swap is reported, dist/ is replaced', () => {
    const project = synthesizedProject();
    undeletable(join(project.root, '.dist.old-'));
    const report = synthesize(project);
    expect(report.written).toBe(true);
    expect(report.stuck.map((stuck) => stuck.path)).toEqual([expect.stringMatching(/\/\.dist\.old-\d+-[0-9a-f]+$/)]);
    restoreSpies();
    expect(synthesize(project).stuck).toEqual([]);
    expect(readdirSync(project.root).filter((entry) => entry.startsWith('.dist.old-'))).toEqual([]);
  });

  (isRoot ? test.skip : test)('for real: a read-only leftover folder', () => {
    const project = synthesizedProject();
    const leftover = join(project.root, `.dist.new-${deadPid}`);
    mkdirSync(join(leftover, 'alpha'), { recursive: true });
    writeFileSync(join(leftover, 'alpha', 'x.yaml'), 'x: 1\n');
    chmodSync(join(leftover, 'alpha'), 0o555);
    try {
      const output = captureOutput();
      expect(runSynth(project.env, output)).toBe(0);
      expect(output.stdout.join('\n')).toContain(`could not delete ${leftover}`);
    } finally {
      chmodSync(join(leftover, 'alpha'), 0o755);
    }
  });
});

describe('a dist/ the user cannot write is refused before the swap', () => {
  test('with a clear message; dist/ is the same folder, byte for byte, and nothing is left next to it', () => {
    const project = synthesizedProject();
    const before = snapshotTree(project.distDir);
    const inode = statSync(project.distDir).ino;
    const original = fs.accessSync;
    spyOnFs('accessSync').mockImplementation((path, mode) => {
      if (String(path) === project.distDir) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      original(path, mode);
    });
    if (!isRoot) chmodSync(project.distDir, 0o555);
    try {
      const output = captureOutput();
      expect(runSynth(project.env, output)).toBe(1);
      expect(output.stderr.join('\n')).toBe(
        `synth failed; dist/ is unchanged.\nrefusing to replace ${project.distDir}: ${project.distDir} is not writable for this user (EACCES); make it writable (chmod -R u+w) and run synth again`,
      );
    } finally {
      if (!isRoot) chmodSync(project.distDir, 0o755);
    }
    expect(statSync(project.distDir).ino).toBe(inode);
    expect(snapshotTree(project.distDir)).toEqual(before);
    expect(readdirSync(project.root).filter((entry) => entry.startsWith('.dist.') && entry !== '.dist.snapshot')).toEqual([]);
  });

  test('a read-only environment folder inside it too', () => {
    const project = synthesizedProject();
    const original = fs.accessSync;
    spyOnFs('accessSync').mockImplementation((path, mode) => {
      if (String(path) === join(project.distDir, 'alpha')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      original(path, mode);
    });
    expect(() => synthesize(project)).toThrow(`${join(project.distDir, 'alpha')} is not writable for this user (EACCES)`);
  });
});

describe('one synth at a time: the dist lock', () => {
  /** A lock file as another process would have left it. */
  const writeLock = (project: TempProject, owner: object, ageMs = 0): string => {
    const file = lockFileOf(project.distDir);
    writeFileSync(file, `${JSON.stringify({ host: hostname(), since: '2026-12-01T08:00:00.000Z', ...owner })}\n`);
    const when = (Date.now() - ageMs) / 1000;
    utimesSync(file, when, when);
    return file;
  };

  /** A running process other than this one, and its start time. */
  const sleeper = async (): Promise<{ pid: number; started?: string; stop: () => void }> => {
    const child = spawn('sleep', ['60'], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('spawn', resolve));
    return { pid: child.pid!, started: processStart(child.pid!)?.started, stop: () => child.kill() };
  };

  test('is taken for the run and released after it, also when synth fails', () => {
    const project = synthesizedProject();
    const release = acquireDistLock(project.distDir);
    expect(existsSync(lockFileOf(project.distDir))).toBe(true);
    // Re-entrant within the process: synth holds it and the swap takes it again.
    acquireDistLock(project.distDir)();
    expect(existsSync(lockFileOf(project.distDir))).toBe(true);
    release();
    expect(existsSync(lockFileOf(project.distDir))).toBe(false);
    synthesize(project);
    expect(existsSync(lockFileOf(project.distDir))).toBe(false);
    changeSpecs(project, { alpha: { ...alpha(), servers: [...alpha().servers, { kind: 'calculator', replicas: 0 }] } });
    expect(runSynth(project.env, captureOutput())).toBe(1);
    expect(existsSync(lockFileOf(project.distDir))).toBe(false);
  });

  test('held by a running synth: refused, with who holds it; dist/ unchanged', async () => {
    const project = synthesizedProject();
    const before = snapshotTree(project.distDir);
    const other = await sleeper();
    try {
      const file = writeLock(project, { pid: other.pid, started: other.started });
      const output = captureOutput();
      expect(runSynth(project.env, output)).toBe(1);
      expect(output.stderr.join('\n')).toBe(
        `synth refused; dist/ is unchanged.\nanother synth (pid ${other.pid} on ${hostname()}, since 2026-12-01T08:00:00.000Z) is writing ${project.distDir}; ` +
          `wait for it to finish and run synth again (if that process is gone, the lock is taken over by itself; ${file} can also be deleted by hand)`,
      );
      expect(snapshotTree(project.distDir)).toEqual(before);
      expect(existsSync(file)).toBe(true);
    } finally {
      other.stop();
    }
  });

  test.each<[string, (project: TempProject) => Promise<() => void> | (() => void)]>([
    ['its process is gone', (project) => (writeLock(project, { pid: deadPid, started: '1' }), () => undefined)],
    // kill(0, 0) and kill(-1, 0) ask about process groups, and succeed: no process of ours has such a pid.
    ['its PID is 0 (a process group, never a process)', (project) => (writeLock(project, { pid: 0, started: '1' }), () => undefined)],
    [
      'its PID now belongs to another process (started at another time)',
      async (project) => {
        const other = await sleeper();
        writeLock(project, { pid: other.pid, started: `${Number(other.started ?? 0) - 1}` });
        return other.stop;
      },
    ],
    [
      `it is older than ${MAX_LOCK_AGE_MS / 60000} minutes, whoever holds it`,
      async (project) => {
        const other = await sleeper();
        writeLock(project, { pid: other.pid, started: other.started, host: 'another-host' }, MAX_LOCK_AGE_MS + 60000);
        return other.stop;
      },
    ],
    [
      'it was never written (its creator died at once) and is not new',
      (project) => (writeFileSync(lockFileOf(project.distDir), ''), utimesSync(lockFileOf(project.distDir), 1, 1), () => undefined),
    ],
  ])('a stale lock is taken over: %s', async (_case, leave) => {
    const project = synthesizedProject();
    const stop = await leave(project);
    try {
      const output = captureOutput();
      expect(runSynth(project.env, output)).toBe(0);
      expect(output.stdout.join('\n')).toMatch(/dist\/ updated/);
      expect(existsSync(lockFileOf(project.distDir))).toBe(false);
    } finally {
      stop();
    }
  });

  test("another host's recent lock is held (its processes cannot be seen from here)", () => {
    const project = synthesizedProject();
    writeLock(project, { pid: deadPid, host: 'build-agent-7' });
    expect(() => synthesize(project)).toThrow(DistLockedError);
    expect(() => synthesize(project)).toThrow(/another synth \(pid \d+ on build-agent-7/);
  });
});

test('a first synth into a folder that does not exist yet creates it (the lock goes next to dist/)', () => {
  const project = tempProject({ alpha: alpha() });
  const distDir = join(project.root, 'new', 'place', 'dist');
  expect(synthesize({ environmentsDir: project.environmentsDir, distDir }).written).toBe(true);
  expect(readdirSync(join(project.root, 'new', 'place')).sort()).toEqual(['.dist.snapshot', 'dist']);
});
