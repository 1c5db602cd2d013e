/**
 * The load-time check of the peer dependencies. calypso-k8s builds its
 * objects with the consumer's cdk8s and constructs: an unsupported version,
 * or a second copy next to the library's (an `App` of one copy is not a
 * `Construct` of the other), otherwise shows up as a type error or as a
 * `Lazy` serialization crash after part of the output was written. This
 * fails first, naming the versions and where each copy was loaded from.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The versions of cdk8s, constructs and cdk8s-plus-27 calypso-k8s works with, as in package.json
 * `peerDependencies` (test/packaging.test.ts keeps the two equal and installs both ends of each range).
 */
export const SUPPORTED_PEER_VERSIONS = {
  cdk8s: '^2.68.12',
  constructs: '^10.3.0',
  'cdk8s-plus-27': '^2.9.5',
} as const;

/** A package calypso-k8s builds its objects with. */
export type PeerPackage = keyof typeof SUPPORTED_PEER_VERSIONS;

/** Where the check looks for the packages: folders to resolve them from. */
export interface PeerDependencyLookup {
  /**
   * The folder the library resolves its own cdk8s, constructs and cdk8s-plus-27 from.
   * @default the folder of this module
   */
  readonly libraryDir?: string;
  /**
   * The consumer's folder: its cdk8s and constructs must be the library's.
   * @default the folder of the program node started (`require.main`); not checked when there is none
   */
  readonly consumerDir?: string;
}

interface FoundPackage {
  readonly dir: string;
  readonly version: string;
}

/** The package's folder (symlinks resolved) and version, as resolved from `fromDir`; undefined when it does not resolve there. */
function findPackage(name: PeerPackage, fromDir: string): FoundPackage | undefined {
  let manifest: string;
  try {
    manifest = require.resolve(`${name}/package.json`, { paths: [fromDir] });
  } catch {
    return undefined;
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: dirname(realpathSync(manifest)), version };
}

/** Whether `version` satisfies a caret range `^X.Y.Z`: the same major version, and not below X.Y.Z. */
export function satisfiesCaret(version: string, range: string): boolean {
  const parse = (text: string): number[] | undefined => {
    const match = /^(\d+)\.(\d+)\.(\d+)/.exec(text);
    return match ? match.slice(1).map(Number) : undefined;
  };
  const found = parse(version);
  const minimum = parse(range.replace(/^\^/, ''));
  if (!found || !minimum || !range.startsWith('^')) return false;
  if (found[0] !== minimum[0]) return false;
  for (let part = 1; part < 3; part++) if (found[part] !== minimum[part]) return found[part] > minimum[part];
  return true;
}

/**
 * What is wrong with the cdk8s, constructs and cdk8s-plus-27 in use, one sentence each; empty when all is well.
 * Each must be in its supported range, and cdk8s and constructs must be one copy: the library's, the one
 * cdk8s-plus-27 and cdk8s themselves load, and the consumer's.
 */
export function peerDependencyProblems(lookup: PeerDependencyLookup = {}): string[] {
  const libraryDir = lookup.libraryDir ?? __dirname;
  const consumerDir = lookup.consumerDir ?? require.main?.path;
  const problems: string[] = [];
  const library = new Map<PeerPackage, FoundPackage>();
  for (const name of Object.keys(SUPPORTED_PEER_VERSIONS) as PeerPackage[]) {
    const range = SUPPORTED_PEER_VERSIONS[name];
    const found = findPackage(name, libraryDir);
    if (!found) {
      problems.push(`${name} is not installed: calypso-k8s needs ${name}@${range} next to it (npm install ${name}@${range})`);
      continue;
    }
    library.set(name, found);
    if (!satisfiesCaret(found.version, range))
      problems.push(
        `${name} ${found.version} is installed (${found.dir}), but calypso-k8s supports ${name}@${range}: install a supported version (npm install ${name}@${range})`,
      );
  }
  const users: [string, string | undefined][] = [
    ['cdk8s-plus-27', library.get('cdk8s-plus-27')?.dir],
    ['cdk8s', library.get('cdk8s')?.dir],
    ['your chart', consumerDir],
  ];
  for (const name of ['cdk8s', 'constructs'] as const) {
    const own = library.get(name);
    if (!own) continue;
    for (const [user, dir] of users) {
      const theirs = dir === undefined || user === name ? undefined : findPackage(name, dir);
      if (!theirs || theirs.dir === own.dir) continue;
      problems.push(
        `two copies of ${name} are loaded: ${own.version} (${own.dir}) used by calypso-k8s and ${theirs.version} (${theirs.dir}) used by ${user}; ` +
          `an App or Construct of one copy is not one of the other: install one ${name}@${SUPPORTED_PEER_VERSIONS[name]} (npm dedupe, or remove the other copy)`,
      );
    }
  }
  return problems;
}

/** The error of a cdk8s, constructs or cdk8s-plus-27 calypso-k8s cannot work with. */
export class PeerDependencyError extends Error {
  public constructor(public readonly problems: readonly string[]) {
    super(`calypso-k8s cannot run with the cdk8s packages installed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'PeerDependencyError';
  }
}

/** Throws a {@link PeerDependencyError} naming every problem {@link peerDependencyProblems} finds. */
export function checkPeerDependencies(lookup: PeerDependencyLookup = {}): void {
  const problems = peerDependencyProblems(lookup);
  if (problems.length > 0) throw new PeerDependencyError(problems);
}
