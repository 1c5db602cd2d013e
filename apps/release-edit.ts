/**
 * The release of an environment file, read and set as data: the file
 * declares its release once, `const release = '18.0.0.12';`, and next to it
 * the images' digests, `const digests = undefined;` (images by tag) or an
 * object literal of the three digests. `npm run release` and `npm run
 * promote` rewrite exactly those two initializers' text ranges, found with
 * the TypeScript compiler's parser; every other byte of the file stays as
 * it was (no regeneration, no reformatting). A file without exactly one of
 * each declaration is refused: the edit would have to guess.
 */
import ts from 'typescript';
import type { ReleaseDigests } from '../environments/shared/defaults';
import type { Tier } from '../lib';

export type { ReleaseDigests } from '../environments/shared/defaults';

/** A release: its version (the images' tag) and, when pinned, the digests of its three images. */
export interface Release {
  readonly version: string;
  /** @default - none: the images are pulled by tag */
  readonly digests?: ReleaseDigests;
}

/** A release the commands refuse, or a file they cannot edit; the message says why and what to do. */
export class ReleaseError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'ReleaseError';
  }
}

/** A name that is no environment: bad usage (exit status 2). */
export class NoSuchEnvironmentError extends ReleaseError {
  public constructor(message: string) {
    super(message);
    this.name = 'NoSuchEnvironmentError';
  }
}

/** The image names `--digest <image>=sha256:…` takes, and the ImagesSpec field each names. */
export const DIGEST_IMAGES: Readonly<Record<string, keyof ReleaseDigests>> = {
  application: 'application',
  init: 'init',
  'dependency-wait': 'dependencyWait',
};

/** A release version as the image pipeline tags it: dot-separated numbers, then optionally `-` and a qualifier (18.0.0.13, 18.1.0-SNAPSHOT). */
const RELEASE_VERSION = /^[0-9]+(\.[0-9]+)+(-[0-9A-Za-z]+([.-][0-9A-Za-z]+)*)?$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** Longest version: a label value, and a Job name (`database-upgrade-<version>-<hash>`) within 63 characters. */
export const MAX_VERSION_LENGTH = 30;

/** Whether a version is a snapshot build, which runs in dev only (the dev and local tiers). */
export function isSnapshot(version: string): boolean {
  return /snapshot/i.test(version);
}

/** The tiers a snapshot build may be released to: a UAT tests, and prod runs, only a release version. */
export const SNAPSHOT_TIERS: readonly Tier[] = ['local', 'dev'];

/** Why an environment of a tier may not take a version; undefined when it may. */
export function snapshotRefusal(environment: string, tier: Tier, version: string): string | undefined {
  if (!isSnapshot(version) || SNAPSHOT_TIERS.includes(tier)) return undefined;
  return (
    `${version} is a snapshot build, and ${environment} is a ${tier} environment: snapshot builds run in dev only ` +
    `(${SNAPSHOT_TIERS.join(' and ')} tiers); release a version (such as 18.1.0.3) to ${environment}`
  );
}

/** Checks a version typed on the command line; throws ReleaseError naming it. */
export function checkVersion(version: string): void {
  if (!RELEASE_VERSION.test(version) || version.length > MAX_VERSION_LENGTH) {
    throw new ReleaseError(
      `"${version}" is not a release version: use the images' tag, numbers separated by dots and optionally a -qualifier, at most ${MAX_VERSION_LENGTH} characters (such as 18.0.0.13 or 18.1.0-SNAPSHOT)`,
    );
  }
}

/** The digests of `--digest <image>=sha256:…` (repeated): none, or all three; throws ReleaseError on anything else. */
export function parseDigests(values: readonly string[]): ReleaseDigests | undefined {
  if (values.length === 0) return undefined;
  const digests: Partial<Record<keyof ReleaseDigests, string>> = {};
  const names = Object.keys(DIGEST_IMAGES).join(', ');
  for (const value of values) {
    const [image, digest] = value.includes('=') ? [value.slice(0, value.indexOf('=')), value.slice(value.indexOf('=') + 1)] : ['', value];
    const field = DIGEST_IMAGES[image];
    if (field === undefined) {
      throw new ReleaseError(`--digest ${value}: name the image, as <image>=sha256:<64 hex digits>, where <image> is one of ${names}`);
    }
    if (!DIGEST.test(digest)) throw new ReleaseError(`--digest ${value}: "${digest}" is not sha256: followed by 64 lowercase hex digits`);
    if (digests[field] !== undefined) throw new ReleaseError(`--digest ${image} is given twice; give each image's digest once`);
    digests[field] = digest;
  }
  const missing = Object.entries(DIGEST_IMAGES)
    .filter(([, field]) => digests[field] === undefined)
    .map(([image]) => image);
  if (missing.length > 0) {
    throw new ReleaseError(
      `--digest is missing for ${missing.join(', ')}: a release's three images are built together, so give all three digests (${names}) or none`,
    );
  }
  return digests as ReleaseDigests;
}

/** One top-level `const <name> = <initializer>` of a file. */
interface Declaration {
  readonly initializer: ts.Expression;
  readonly line: number;
}

function constDeclarations(source: ts.SourceFile, name: string): Declaration[] {
  const found: Declaration[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) {
      const list = node.parent;
      const isConst = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
      const topLevel = ts.isVariableStatement(list.parent) && list.parent.parent === source;
      if (!isConst || !topLevel || node.initializer === undefined) {
        throw new ReleaseError(`${where(source, node)}: ${name} must be a top-level \`const ${name} = …\` the release commands can edit`);
      }
      found.push({ initializer: node.initializer, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function where(source: ts.SourceFile, node: ts.Node): string {
  return `${source.fileName}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
}

/** The one declaration of `name`; throws ReleaseError when there is none or more than one. */
function theDeclaration(source: ts.SourceFile, name: string, form: string): Declaration {
  const found = constDeclarations(source, name);
  if (found.length === 1) return found[0];
  const what = found.length === 0 ? `has no` : `has ${found.length} (lines ${found.map((declaration) => declaration.line).join(', ')})`;
  throw new ReleaseError(
    `${source.fileName} ${what} \`${form}\` declaration; the release commands edit exactly one (see README, "Promotion: dev → UAT → prod")`,
  );
}

/** The declarations the release commands edit, and what they hold. */
interface ReleaseDeclarations {
  readonly release: ts.StringLiteral;
  readonly digests: ts.Expression;
  readonly current: Release;
}

const DIGESTS_FORM = "const digests = undefined | { application: 'sha256:…', init: 'sha256:…', dependencyWait: 'sha256:…' }";

function releaseDeclarations(text: string, file: string): ReleaseDeclarations {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const release = theDeclaration(source, 'release', "const release = '<version>'").initializer;
  if (!ts.isStringLiteral(release)) {
    throw new ReleaseError(`${where(source, release)}: release must be a string literal ('18.0.0.12'), not \`${release.getText(source)}\``);
  }
  const digests = theDeclaration(source, 'digests', DIGESTS_FORM).initializer;
  return { release, digests, current: { version: release.text, digests: digestsOf(source, digests) } };
}

/** The digests an initializer holds: `undefined`, or an object literal of the three as string literals. */
function digestsOf(source: ts.SourceFile, initializer: ts.Expression): ReleaseDigests | undefined {
  if (ts.isIdentifier(initializer) && initializer.text === 'undefined') return undefined;
  const refuse = (): never => {
    throw new ReleaseError(`${where(source, initializer)}: digests must be \`${DIGESTS_FORM}\`, not \`${initializer.getText(source)}\``);
  };
  if (!ts.isObjectLiteralExpression(initializer)) return refuse();
  const values: Record<string, string> = {};
  for (const property of initializer.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.initializer)) return refuse();
    values[property.name.getText(source).replace(/^['"]|['"]$/g, '')] = property.initializer.text;
  }
  const fields = Object.values(DIGEST_IMAGES);
  if (Object.keys(values).length !== fields.length || fields.some((field) => values[field] === undefined)) return refuse();
  return values as unknown as ReleaseDigests;
}

/** The release an environment file declares. */
export function readRelease(text: string, file: string): Release {
  return releaseDeclarations(text, file).current;
}

/** A single-quoted string literal, as the environment files write them (versions and digests need no escapes). */
function quoted(value: string): string {
  return `'${value}'`;
}

/** The digests' initializer text, laid out as prettier lays out an object too long for one line. */
function digestsText(digests: ReleaseDigests | undefined): string {
  if (digests === undefined) return 'undefined';
  const lines = Object.values(DIGEST_IMAGES).map((field) => `  ${field}: ${quoted(digests[field])},`);
  return ['{', ...lines, '}'].join('\n');
}

/** The file's text with the release set: only the two initializers change. */
export function setRelease(text: string, file: string, release: Release): string {
  const declarations = releaseDeclarations(text, file);
  const edits = [
    { start: declarations.release.getStart(), end: declarations.release.getEnd(), text: quoted(release.version) },
    { start: declarations.digests.getStart(), end: declarations.digests.getEnd(), text: digestsText(release.digests) },
  ].sort((a, b) => b.start - a.start);
  return edits.reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}

/** Whether two releases are the same build. */
export function sameRelease(a: Release, b: Release): boolean {
  return a.version === b.version && JSON.stringify(a.digests ?? null) === JSON.stringify(b.digests ?? null);
}

/** A release as a person reads it: `18.0.0.13 (by digest)` or `18.0.0.13 (by tag)`. */
export function describeRelease(release: Release): string {
  return `${release.version} (${release.digests === undefined ? 'by tag' : 'by digest'})`;
}
