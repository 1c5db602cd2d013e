/**
 * The package as `npm pack` makes it from a fresh clone, made once for as
 * long as its sources stay the same (test/content-cache.ts) and shared by the
 * packaging and public API tests: one build of the package instead of one
 * per test file and run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cachedByContent, REPO } from './content-cache';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** npm without the network round trips nothing here needs. */
export const QUIET_NPM = ['--prefer-offline', '--no-audit', '--no-fund'];

/** What `npm pack --json` reports of one package. */
export interface PackResult {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

/** The package made from an unbuilt clone. */
export interface PackedPackage {
  /** The clone `npm pack` ran in; its build/ is what the prepack build made. */
  readonly clone: string;
  /** What `npm pack --dry-run` on the unbuilt clone listed (after its prepack build). */
  readonly listed: PackResult;
  /** The packed tarball. */
  readonly tarball: string;
}

/** Everything that goes into the package or decides what does. */
const PACKAGE_INPUTS = {
  // package-lock.json: the versions of every dependency whose types the build reads.
  paths: [
    'lib',
    'imports',
    'schemas',
    'package.json',
    'package-lock.json',
    'README.md',
    'tsconfig.json',
    'tsconfig.build.json',
    '.gitignore',
  ],
  tools: ['typescript'],
};

/** The repository as a fresh clone has it: the files git tracks (and new ones not ignored), no build/. */
function unbuiltClone(clone: string): void {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && !file.startsWith('dist/'));
  for (const file of files) {
    mkdirSync(join(clone, dirname(file)), { recursive: true });
    try {
      cpSync(join(REPO, file), join(clone, file));
    } catch {
      // A file git still lists but the worktree deleted: a clone of the commit to come would not have it either.
    }
  }
  // The shared install stands in for `npm ci`: only the build tools are used.
  symlinkSync(join(REPO, 'node_modules'), join(clone, 'node_modules'), 'dir');
}

function pack(dir: string, args: readonly string[]): PackResult {
  const output = execFileSync(npm, ['pack', '--json', ...args, ...QUIET_NPM], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return (JSON.parse(output) as PackResult[])[0];
}

/** The package packed from an unbuilt clone: `npm pack --dry-run` (which builds first), then the tarball from that build. */
export function packedPackage(): PackedPackage {
  const { dir, result } = cachedByContent('package', PACKAGE_INPUTS, (folder) => {
    const clone = join(folder, 'calypso-k8s');
    unbuiltClone(clone);
    const listed = pack(clone, ['--dry-run']);
    const tarball = pack(clone, ['--ignore-scripts']).filename;
    return { listed, tarball };
  });
  const clone = join(dir, 'calypso-k8s');
  return { clone, listed: result.listed, tarball: join(clone, result.tarball) };
}
