/**
 * One synth at a time writes a dist folder: a lock file next to it
 * (`.dist.lock`), created atomically with `open(…, 'wx')` and holding its
 * owner (PID, the process's start time, host, when). A well-kept lockfile
 * library (proper-lockfile, or lockfile from npm) would be preferred; none
 * is installed, so this is a small one with the same rules:
 *
 * - a lock is held while its owner runs: same host, the PID alive, not a
 *   zombie, and started at the recorded time (a PID reused by another
 *   process, or an unreaped one, does not fool it, as `kill(pid, 0)` alone
 *   did);
 * - a lock whose owner is gone is stale and taken over: renamed aside
 *   (atomic, so of two synths taking over only one succeeds) and replaced;
 * - a lock older than MAX_LOCK_AGE_MS is stale whatever it says (a synth
 *   takes seconds), which also covers another host's lock on a shared disk
 *   and systems without /proc.
 *
 * The lock is re-entrant within a process: synth holds it for the whole run,
 * and the functions it calls that also take it (replaceDist,
 * recoverInterruptedSwap) go ahead.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** A lock older than this is stale, whoever holds it. */
export const MAX_LOCK_AGE_MS = 10 * 60 * 1000;
/** A lock file still empty this long after its creation is stale (its creator died between open and write). */
const EMPTY_LOCK_GRACE_MS = 10 * 1000;

/** Who holds a lock. */
export interface LockOwner {
  readonly pid: number;
  /** The process's start time as the OS reports it (Linux: clock ticks after boot), when known. */
  readonly started?: string;
  readonly host: string;
  /** When the lock was taken (ISO 8601). */
  readonly since: string;
}

/** Another synth holds the lock. */
export class DistLockedError extends Error {
  public constructor(
    public readonly lockFile: string,
    public readonly owner: LockOwner,
  ) {
    super(
      `another synth (pid ${owner.pid} on ${owner.host}, since ${owner.since}) is writing ${join(dirname(lockFile), basename(lockFile, '.lock').slice(1))}; ` +
        `wait for it to finish and run synth again (if that process is gone, the lock is taken over by itself; ${lockFile} can also be deleted by hand)`,
    );
    this.name = 'DistLockedError';
  }
}

/** The lock file of a dist folder. */
export function lockFileOf(distDir: string): string {
  return join(dirname(distDir), `.${basename(distDir)}.lock`);
}

/** A process's start time from /proc (Linux), and whether it is a zombie; undefined where /proc is not there. */
export function processStart(pid: number): { readonly started: string; readonly zombie: boolean } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // `pid (comm) state ppid …`: comm may hold spaces and parentheses, so count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { started: fields[19], zombie: fields[0] === 'Z' };
  } catch {
    return undefined;
  }
}

/** Whether a process of this pid runs (EPERM: it does, as another user); never for 0 or a negative pid, which name process groups. */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The owner this process writes into a lock. */
export function currentOwner(now: Date = new Date()): LockOwner {
  return { pid: process.pid, started: processStart(process.pid)?.started, host: hostname(), since: now.toISOString() };
}

/** Whether a lock's owner still runs (see the rules above). */
export function ownerIsRunning(owner: LockOwner, lockAgeMs: number): boolean {
  if (lockAgeMs > MAX_LOCK_AGE_MS) return false;
  if (owner.host !== hostname()) return true;
  if (!isAlive(owner.pid)) return false;
  const now = processStart(owner.pid);
  if (now === undefined) return true;
  if (now.zombie) return false;
  return owner.started === undefined || owner.started === now.started;
}

const held = new Map<string, number>();

function readOwner(lockFile: string): { owner?: LockOwner; ageMs: number; text: string } | undefined {
  try {
    const ageMs = Date.now() - statSync(lockFile).mtimeMs;
    const text = readFileSync(lockFile, 'utf8');
    try {
      return { owner: JSON.parse(text) as LockOwner, ageMs, text };
    } catch {
      return { ageMs, text };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function tryCreate(lockFile: string): boolean {
  let fd: number;
  try {
    // The folder dist/ goes in may not exist yet (a first synth into a new CALYPSO_DIST_DIR).
    mkdirSync(dirname(lockFile), { recursive: true });
    fd = openSync(lockFile, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(currentOwner())}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the lock of a dist folder and returns the function that releases
 * it; throws DistLockedError while another synth holds it.
 */
export function acquireDistLock(distDir: string): () => void {
  const lockFile = lockFileOf(distDir);
  const depth = held.get(lockFile) ?? 0;
  const release = (): void => {
    const left = (held.get(lockFile) ?? 1) - 1;
    if (left > 0) held.set(lockFile, left);
    else {
      held.delete(lockFile);
      rmSync(lockFile, { force: true });
    }
  };
  if (depth > 0) {
    held.set(lockFile, depth + 1);
    return release;
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(lockFile)) {
      held.set(lockFile, 1);
      return release;
    }
    const found = readOwner(lockFile);
    if (found === undefined) continue; // released meanwhile
    const running = found.owner === undefined ? found.ageMs <= EMPTY_LOCK_GRACE_MS : ownerIsRunning(found.owner, found.ageMs);
    if (running) {
      throw new DistLockedError(lockFile, found.owner ?? { pid: 0, host: 'unknown', since: 'just now' });
    }
    // Stale: move it aside. If what was moved is not the stale lock that was read (another synth took over
    // first and created its own), put that one back (link fails if yet another exists) and try again.
    const aside = `${lockFile}.stale-${randomBytes(4).toString('hex')}`;
    try {
      renameSync(lockFile, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    if (readFileSync(aside, 'utf8') !== found.text) {
      try {
        linkSync(aside, lockFile);
      } catch {
        // Another lock is there already: it decides.
      }
    }
    rmSync(aside, { force: true });
  }
  const last = readOwner(lockFile);
  throw new DistLockedError(lockFile, last?.owner ?? { pid: 0, host: 'unknown', since: 'just now' });
}

/** Runs `action` holding the lock of a dist folder. */
export function withDistLock<T>(distDir: string, action: () => T): T {
  const release = acquireDistLock(distDir);
  try {
    return action();
  } finally {
    release();
  }
}
