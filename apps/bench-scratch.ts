/**
 * The bench's scratch folders: `.dist.bench-<pid>-<random>` next to dist/,
 * where synth puts its own scratch folder (a file is created in its
 * folder's block group, and the system's temporary folder is where test runs
 * and other programs delete thousands of files a minute, whose inodes each
 * file created there then scans past: see bench-recent-deletions.ts). Git
 * ignores them (`.dist.*`), and synth's clean-up of a killed synth leaves
 * them alone. A bench that was killed (Ctrl-C ends it without its clean-up)
 * leaves its folder: the next bench deletes it when its own measures are
 * done, since deleting it before would slow down their write.
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

/** Deletes the scratch folders next to `distDir` of benches that no longer run; returns their names. */
export function removeDeadBenchScratch(distDir: string): string[] {
  const pattern = new RegExp(`^${PREFIX(distDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([0-9]+)-`);
  const dead = readdirSync(dirname(distDir)).filter((entry) => {
    const pid = pattern.exec(entry)?.[1];
    return pid !== undefined && !running(Number(pid));
  });
  for (const entry of dead) rmSync(join(dirname(distDir), entry), { recursive: true, force: true });
  return dead;
}
