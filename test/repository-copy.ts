/**
 * A copy of this checkout's working tree as a git repository, for the config
 * repository's own script (test/config-repo-pipeline.test.ts). It imports
 * nothing of the library, so that a test file that needs only the copy starts
 * its real runs before the library loads.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { isAlive } from '../apps/dist-lock';
import { discard, systemTempDir } from './test-temp-folders';

/** This checkout. */
export const REPO = join(__dirname, '..');

/** What a checkout does not hold: installed packages, git metadata, build output and synth leftovers. */
const NOT_CHECKED_OUT = new Set(['node_modules', '.git', 'build', 'coverage', 'cdk8s.out', 'change-summary.md']);
/**
 * What the config repository's script never reads, left out of the copy: the generated API reference (some 1,200 files,
 * 60% of the checkout, each one linked and hashed by git add for nothing).
 */
const NOT_READ = new Set(['docs']);
/** What a test of the repository copy may change: copied, so that nothing written there reaches this checkout. */
const EDITED_IN_COPY = new Set(['environments', 'dist', 'compose']);

/** A repository copy: its folder, and the release of that folder for the next run. */
export interface RepositoryCopy {
  readonly root: string;
  release(): void;
}

/**
 * A copy of this checkout's working tree, as a fresh checkout has it (no node_modules, .git, build
 * output or synth leftovers; nor docs/, which the script never reads), with node_modules a link to this checkout's install. environments/,
 * dist/ and compose/ are copied; every other file is a hard link (a tenth of the cost of a copy, as in
 * copyDist): nothing writes into those files (programs and git write new files), and the tests edit only
 * the copied folders.
 *
 * The copy is a git repository with everything committed on `main`, whose objects come from this
 * checkout's repository where it has them (git alternates, read only): `git add` of some 1,900 files
 * then hashes them but writes only the objects this checkout has not committed.
 *
 * It is made afresh in the same folder on every run from this checkout (repositoryCopyFolder), so that
 * the programs' build, cached by the folder and the sources' content (apps/program-build.js), is built
 * once, not on every run; release() hands the folder to the next run.
 */
export function repositoryCopy(git: (root: string, args: string) => void): RepositoryCopy {
  const { root, release } = repositoryCopyFolder();
  const mirror = (source: string, target: string, copy: boolean): void => {
    mkdirSync(target, { recursive: true });
    for (const entry of readdirSync(source)) {
      const [from, to] = [join(source, entry), join(target, entry)];
      const stat = lstatSync(from);
      if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
      else if (stat.isDirectory()) mirror(from, to, copy);
      else if (copy) copyFileSync(from, to);
      else
        try {
          linkSync(from, to);
        } catch {
          copyFileSync(from, to); // another filesystem
        }
    }
  };
  for (const entry of readdirSync(REPO)) {
    if (NOT_CHECKED_OUT.has(entry) || NOT_READ.has(entry) || entry.startsWith('.dist.')) continue;
    const from = join(REPO, entry);
    if (lstatSync(from).isDirectory()) mirror(from, join(root, entry), EDITED_IN_COPY.has(entry));
    else copyFileSync(from, join(root, entry));
  }
  symlinkSync(realpathSync(join(REPO, 'node_modules')), join(root, 'node_modules'));
  git(root, 'init --quiet -b main');
  const objects = repositoryObjects();
  if (objects !== undefined) writeFileSync(join(root, '.git', 'objects', 'info', 'alternates'), `${objects}\n`);
  git(root, 'add -A');
  git(root, 'commit --quiet -m base');
  return { root, release };
}

/**
 * The folder for this checkout's repository copy, empty (the last run's set aside): the same on every run (in the user's temp folder, not the run's,
 * named by this checkout's path; not in node_modules/.cache, where the programs would take its sources
 * for dependencies), held through a lock file with the holder's pid. While a live process holds it, a
 * fresh temp folder stands in; a dead holder's lock is taken over.
 */
function repositoryCopyFolder(): RepositoryCopy {
  const root = join(systemTempDir(), `calypso-k8s-repository-copy-${createHash('sha256').update(REPO).digest('hex').slice(0, 12)}`);
  const lock = `${root}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
    } catch {
      const holder = readFileSync(lock, 'utf8');
      if (holder === '' || isAlive(Number(holder))) break; // empty: its holder is writing it
      rmSync(lock, { force: true });
      continue;
    }
    setAside(root);
    mkdirSync(root);
    return { root, release: () => rmSync(lock, { force: true }) };
  }
  const own = mkdtempSync(join(tmpdir(), 'calypso-repository-copy-'));
  return { root: own, release: () => discard(own) };
}

/**
 * Moves the last run's copy out of the way (a rename) and removes it in the background, with any set aside by runs that
 * ended before their removal finished: removing a copy that the programs wrote into took about 1.5 s on this machine's
 * disk, on the critical path of the slowest test file. Only folders named after this copy's own are touched.
 */
function setAside(root: string): void {
  const prefix = `${basename(root)}.old-`;
  try {
    renameSync(root, join(dirname(root), `${prefix}${process.pid}-${Date.now()}`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') rmSync(root, { recursive: true, force: true });
  }
  for (const entry of readdirSync(dirname(root))) {
    if (entry.startsWith(prefix)) void rm(join(dirname(root), entry), { recursive: true, force: true }).catch(() => undefined);
  }
}

/** This checkout's git object folder, or undefined when it is no git checkout. */
function repositoryObjects(): string | undefined {
  try {
    const common = execFileSync('git', ['rev-parse', '--git-common-dir'], {
      cwd: REPO,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return join(isAbsolute(common) ? common : resolve(REPO, common), 'objects');
  } catch {
    return undefined;
  }
}
