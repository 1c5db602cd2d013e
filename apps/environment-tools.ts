/**
 * Self-serve environments: create a short-lived environment from a
 * permanent one, list the short-lived ones with their age and expiry, and
 * destroy them. Each change is a spec file in environments/ plus a synth, so
 * it reaches the cluster the way every change does: commit, review, merge,
 * and ArgoCD syncs it (its Application is automated, and deleting it deletes
 * everything it made).
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EnvironmentSpec } from '../lib';
import { LOCAL_TIER, TIERS } from '../lib/model/tier';
import { ARGOCD_FOLDER } from '../lib/constructs/argocd';
import { MAX_ENVIRONMENT_NAME_LENGTH } from '../lib/model/environment-spec';
import { expiresAt, formatTimestamp, MAX_SHORT_LIVED_HOURS, ttlHours } from '../lib/model/gitops-spec';
import { compareText, isDnsLabel } from '../lib/model/names';
import { shortLivedOptionProblems, type KeepableCredential } from '../environments/shared/short-lived';
import { requireEnvironmentFile } from './environment-file';
import { environmentNames, loadEnvironments } from './load-environments';
import { programPaths } from './paths';
import type { Progress } from './progress';
import { synthesize, type SynthReport } from './synth';

/**
 * Names an environment may not take: the tiers, and the folders next to the environments. (Read when needed: the
 * module of ARGOCD_FOLDER loads cdk8s, which env:list does without.)
 */
export function reservedNames(): readonly string[] {
  return [...TIERS, ARGOCD_FOLDER, 'shared'];
}
/** Time to live when `--ttl` is not given. */
export const DEFAULT_TTL = '3d';
/** Environment a short-lived one is derived from when `--from` is not given. */
export const DEFAULT_BASE = 'uat';

/** A request the tools refuse; the message says why and what to do. */
export class EnvironmentToolError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'EnvironmentToolError';
  }
}

/** Where the tools read and write; tests point them at temporary folders. */
export interface EnvironmentToolOptions {
  /** @default the repository's environments/ */
  readonly environmentsDir?: string;
  /** @default the repository's dist/ */
  readonly distDir?: string;
  /** Reports the synth's steps (a terminal's progress line). @default none */
  readonly progress?: Progress;
}

/** What `env:create` needs. */
export interface CreateEnvironmentOptions extends EnvironmentToolOptions {
  readonly name: string;
  /** @default 'uat' */
  readonly from?: string;
  /** @default '3d' */
  readonly ttl?: string;
  /** Database snapshot to start from. @default - the base environment's restore, if any */
  readonly snapshot?: string;
  /** The base's external systems to keep reaching, by name (`--keep-external`). @default [] (sandbox alternatives only) */
  readonly keepExternal?: readonly string[];
  /** The base's credentials to keep: `keystore`, `ldap-bind` (`--keep-credentials`). @default [] */
  readonly keepCredentials?: readonly KeepableCredential[];
  /** The creation time written into the spec. @default now */
  readonly now?: Date;
}

/** What `env:create` did. */
export interface CreatedEnvironment {
  readonly file: string;
  readonly spec: EnvironmentSpec;
  readonly synth: SynthReport;
}

function specFile(environmentsDir: string, name: string): string {
  return join(environmentsDir, `${name}.ts`);
}

function loadSpec(file: string): EnvironmentSpec | undefined {
  return requireEnvironmentFile(basename(file, '.ts'), file) as EnvironmentSpec | undefined;
}

function identifier(name: string): string {
  const camel = name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return /^[0-9]/.test(camel) ? `env${camel}` : camel;
}

/** A single-quoted TypeScript string literal of any text (JSON's escapes, then quotes swapped). */
function literal(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** The spec file of a short-lived environment: data only, readable in a few seconds. */
export function shortLivedSpecFile(options: {
  name: string;
  from: string;
  createdAt: string;
  ttl: string;
  snapshot?: string;
  keepExternal?: readonly string[];
  keepCredentials?: readonly string[];
}): string {
  const base = identifier(options.from);
  // Values are written as escaped string literals: nothing typed on the command line can become code.
  const list = (field: string, values: readonly string[] | undefined): string =>
    values === undefined || values.length === 0 ? '' : `  ${field}: [${values.map(literal).join(', ')}],\n`;
  const snapshot =
    (options.snapshot === undefined ? '' : `  snapshot: ${literal(options.snapshot)},\n`) +
    list('keepExternal', options.keepExternal) +
    list('keepCredentials', options.keepCredentials);
  return [
    `/**`,
    ` * Short-lived environment ${options.name}, made by \`npm run env:create\` from ${options.from}.`,
    ` * It expires ${options.ttl} after its creation (see \`npm run env:list\`); remove it with`,
    ` * \`npm run env:destroy -- ${options.name}\`. What a short-lived environment changes: shared/short-lived.ts.`,
    ` */`,
    `import { shortLived } from './shared/short-lived';`,
    `import ${base} from './${options.from}';`,
    ``,
    `export default shortLived(${base}, {`,
    `  name: ${literal(options.name)},`,
    `  createdAt: ${literal(options.createdAt)},`,
    `  ttl: ${literal(options.ttl)},`,
    snapshot + `});`,
    ``,
  ].join('\n');
}

/** Writes a short-lived environment's spec and synthesizes; on any failure nothing is left behind. */
export function createEnvironment(options: CreateEnvironmentOptions): CreatedEnvironment {
  const environmentsDir = options.environmentsDir ?? programPaths().environmentsDir;
  const { name } = options;
  const from = options.from ?? DEFAULT_BASE;
  const ttl = options.ttl ?? DEFAULT_TTL;
  const existing = environmentNames(environmentsDir);
  if (!isDnsLabel(name) || name.length > MAX_ENVIRONMENT_NAME_LENGTH) {
    throw new EnvironmentToolError(
      `"${name}" is not a valid environment name: use a DNS label of at most ${MAX_ENVIRONMENT_NAME_LENGTH} characters (lowercase letters, digits and '-')`,
    );
  }
  if (reservedNames().includes(name)) {
    throw new EnvironmentToolError(`"${name}" is reserved (${reservedNames().join(', ')}); choose another name`);
  }
  if (existing.includes(name)) {
    throw new EnvironmentToolError(`an environment named "${name}" already exists (environments/${name}.ts); choose another name`);
  }
  if (!existing.includes(from)) {
    throw new EnvironmentToolError(`there is no environment "${from}" to derive from (environments: ${existing.join(', ')})`);
  }
  const base = loadSpec(specFile(environmentsDir, from));
  if (base?.tier === 'prod') {
    throw new EnvironmentToolError(
      `"${from}" is a prod environment; short-lived environments derive from dev or UAT, never from prod's targets`,
    );
  }
  if (base?.tier === LOCAL_TIER) {
    throw new EnvironmentToolError(
      `"${from}" is a local environment, made for a developer's own cluster; short-lived environments run on the dev cluster and derive from dev or UAT`,
    );
  }
  if (base?.shortLived !== undefined) {
    throw new EnvironmentToolError(`"${from}" is itself short-lived; derive from a permanent environment`);
  }
  const hours = ttlHours(ttl);
  if (hours === undefined || hours > MAX_SHORT_LIVED_HOURS) {
    throw new EnvironmentToolError(`--ttl ${ttl} is not a duration of at most 14d such as 12h or 3d`);
  }

  const createdAt = formatTimestamp(options.now ?? new Date());
  const file = specFile(environmentsDir, name);
  // The short-lived policy's own check, before anything is written (the spec file runs it again at synth).
  const problems = base === undefined ? [] : shortLivedOptionProblems(base, options);
  if (problems.length > 0) throw new EnvironmentToolError(problems.join('\n'));
  const { snapshot, keepExternal, keepCredentials } = options;
  writeFileSync(file, shortLivedSpecFile({ name, from, createdAt, ttl, snapshot, keepExternal, keepCredentials }));
  try {
    const synth = synthesize({ environmentsDir, distDir: options.distDir ?? programPaths().distDir, progress: options.progress });
    return { file, spec: loadSpec(file) as EnvironmentSpec, synth };
  } catch (error) {
    unlinkSync(file);
    throw error;
  }
}

/** One short-lived environment as `env:list` shows it. */
export interface ShortLivedEntry {
  readonly name: string;
  readonly from: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  /** Milliseconds since creation. */
  readonly ageMs: number;
  /** Milliseconds until expiry; negative once expired. */
  readonly remainingMs: number;
  readonly expired: boolean;
}

/** The short-lived environments, oldest first. */
export function listShortLived(options: EnvironmentToolOptions & { now?: Date } = {}): ShortLivedEntry[] {
  const now = (options.now ?? new Date()).getTime();
  return loadEnvironments(options.environmentsDir ?? programPaths().environmentsDir)
    .flatMap(({ spec }) => (spec.shortLived ? [{ name: spec.name, shortLived: spec.shortLived }] : []))
    .map(({ name, shortLived }) => {
      const expiry = expiresAt(shortLived).getTime();
      return {
        name,
        from: shortLived.from,
        createdAt: shortLived.createdAt,
        expiresAt: formatTimestamp(new Date(expiry)),
        ageMs: now - Date.parse(shortLived.createdAt),
        remainingMs: expiry - now,
        expired: expiry <= now,
      };
    })
    .sort((a, b) => compareText(a.createdAt, b.createdAt) || compareText(a.name, b.name));
}

/** A duration as days, hours and minutes: `2d 3h`, `5h 12m`, `12m`. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${minutes % 60}m`;
  return `${minutes}m`;
}

/** The table `env:list` prints. */
export function formatShortLived(entries: readonly ShortLivedEntry[]): string {
  if (entries.length === 0) return 'no short-lived environments (create one with npm run env:create -- <name>)';
  const rows = [
    ['NAME', 'FROM', 'CREATED', 'AGE', 'EXPIRES', 'STATUS'],
    ...entries.map((entry) => [
      entry.name,
      entry.from,
      entry.createdAt,
      formatDuration(entry.ageMs),
      entry.expiresAt,
      entry.expired ? `EXPIRED ${formatDuration(entry.remainingMs)} ago` : `expires in ${formatDuration(entry.remainingMs)}`,
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Removes short-lived environments' spec files and synthesizes; refuses permanent ones, and restores every file if synth fails. */
export function destroyEnvironments(names: readonly string[], options: EnvironmentToolOptions = {}): SynthReport {
  const environmentsDir = options.environmentsDir ?? programPaths().environmentsDir;
  const files = new Map<string, string>();
  for (const name of names) {
    const file = specFile(environmentsDir, name);
    if (!isDnsLabel(name) || !existsSync(file)) {
      throw new EnvironmentToolError(`there is no environment "${name}" (environments/${name}.ts does not exist)`);
    }
    if (reservedNames().includes(name) || loadSpec(file)?.shortLived === undefined) {
      throw new EnvironmentToolError(
        `"${name}" is a permanent environment; env:destroy removes only short-lived environments (those made by env:create)`,
      );
    }
    files.set(file, readFileSync(file, 'utf8'));
  }
  for (const file of files.keys()) unlinkSync(file);
  try {
    return synthesize({ environmentsDir, distDir: options.distDir ?? programPaths().distDir, progress: options.progress });
  } catch (error) {
    for (const [file, content] of files) writeFileSync(file, content);
    throw error;
  }
}

/** The names of the short-lived environments that have expired. */
export function expiredEnvironments(options: EnvironmentToolOptions & { now?: Date } = {}): string[] {
  return listShortLived(options)
    .filter((entry) => entry.expired)
    .map((entry) => entry.name);
}
