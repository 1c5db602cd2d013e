/**
 * The bench's scratch folders: `.dist.bench-<pid>-<random>` next to dist/,
 * where synth puts its own scratch folder (a file is created in its
 * folder's block group, and the system's temporary folder is where test runs
 * and other programs delete thousands of files a minute, whose inodes each
 * file created there then scans past: see bench-recent-deletions.ts). Git
 * ignores them (`.dist.*`), and synth's clean-up of a killed synth leaves
 * them alone. A bench that was killed (Ctrl-C ends it without its clean-up)
 * leaves its folder: the next bench deletes it when its own measures are
 * done, since deleting it before would slow down their write. (While test
 * runs deleted their folders in the temporary folder, the write at 30
 * environments took 1.0 to 2.7 s there and 0.12 to 0.34 s next to dist/:
 * three interleaved pairs, load 3.3 to 3.9.)
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const PREFIX = (distDir: string): string => `.${basename(distDir)}.bench-`;

/** A new scratch folder next to `distDir`, named by this process. */
export function newBenchScratch(distDir: string): string {
  return mkdtempSync(join(dirname(distDir), `${PREFIX(distDir)}${process.pid}-`));
}

/** Whether a process of that id runs (one of another user counts as running). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What removeDeadBenchScratch did: the folders it deleted, and what it could not do, each a sentence with the reason. */
export interface DeadBenchScratch {
  readonly deleted: readonly string[];
  readonly failed: readonly string[];
}

/**
 * Deletes the scratch folders next to `distDir` of benches that no longer run. A folder that cannot be deleted (another
 * user's) is reported, not thrown: the bench calls this after its measures, whose report an error here would lose.
 */
export function removeDeadBenchScratch(distDir: string): DeadBenchScratch {
  const pattern = new RegExp(`^${PREFIX(distDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([0-9]+)-`);
  let entries: string[];
  try {
    entries = readdirSync(dirname(distDir));
  } catch (error) {
    return { deleted: [], failed: [`could not list ${dirname(distDir)}: ${(error as Error).message}`] };
  }
  const dead = entries.filter((entry) => {
    const pid = pattern.exec(entry)?.[1];
    return pid !== undefined && !running(Number(pid));
  });
  const deleted: string[] = [];
  const failed: string[] = [];
  for (const entry of dead) {
    try {
      rmSync(join(dirname(distDir), entry), { recursive: true, force: true });
      deleted.push(entry);
    } catch (error) {
      failed.push(`could not delete ${entry}, left by a bench that was killed: ${(error as Error).message}`);
    }
  }
  return { deleted, failed };
}
