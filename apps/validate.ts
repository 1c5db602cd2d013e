/**
 * `npm run validate [-- <dir>]`: reads every YAML file under dist/ (or the
 * given folder: a folder laid out like dist/, or one environment folder
 * such as dist/prod) and checks each object against its schema and the
 * policy rules, the same checks synth runs before it writes. Prints one line
 * per finding, then a count by rule. Exit status: 0 no findings, 1 findings,
 * 2 bad usage or nothing to validate (a folder that does not exist, is
 * empty or holds no object).
 *
 * A folder's tier (prod rules or not) comes from the environment file of the
 * same name; a folder with no environment file gets the prod rules. What
 * that file declares the cluster provides (StorageClasses, IngressClass,
 * secret store) its objects may name without rendering it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { fastYamlDocuments } from './yaml-documents';
import type { Tier } from '../lib';
import { loadEnvironments } from './load-environments';
import { parseCommand, USAGE_EXIT, type CommandSpec } from './cli';
import { programPaths, type Output } from './paths';
import { manifestFileName, type Manifest } from '../lib/output/render';
import type { Finding } from '../lib/output/finding';
import { declaredExternalObjects, type ExternalObjects } from '../lib/output/references';
import { countByRule, formatFinding, validateFolder, type FolderToValidate } from '../lib/output/validate';

/** The rule for files that are not one object in a `<kind>-<name>.yaml` of an environment folder. */
export const FILE_LAYOUT_RULE = {
  name: 'file-layout',
  reason: 'one object per file, named after its kind and name, in its environment folder: reviews stay small and ArgoCD reads it all',
};
/** The rule for YAML that does not parse. */
export const YAML_RULE = { name: 'yaml', reason: 'a file ArgoCD cannot parse fails the whole sync' };

/** Objects of a folder tree, grouped by environment folder, plus findings about the files themselves. */
export function readFolder(
  dir: string,
  tiers: ReadonlyMap<string, Tier>,
  external: ReadonlyMap<string, ExternalObjects> = new Map(),
  only?: string,
): { folders: FolderToValidate[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const fileFinding = (environment: string, file: string, message: string, rule = FILE_LAYOUT_RULE.name): void => {
    findings.push({ rule, environment, file, object: '-', message });
  };
  const folders: FolderToValidate[] = [];
  for (const folder of only === undefined ? readdirSync(dir).sort() : [only]) {
    if (!statSync(join(dir, folder)).isDirectory()) {
      fileFinding('', folder, 'is outside an environment folder');
      continue;
    }
    const objects: { manifest: Manifest; file: string }[] = [];
    for (const file of readdirSync(join(dir, folder)).sort()) {
      const path = join(dir, folder, file);
      if (statSync(path).isDirectory()) fileFinding(folder, file, 'is a nested folder; an environment folder holds only object files');
      else if (!['.yaml', '.yml'].includes(extname(file))) fileFinding(folder, file, 'is not a YAML file; nothing else belongs in dist/');
      else
        objects.push(
          ...readObjects(path, (message, rule) => fileFinding(folder, file, message, rule)).map((manifest) => ({ manifest, file })),
        );
    }
    folders.push({ name: folder, tier: tiers.get(folder), objects, external: external.get(folder) });
  }
  return { folders, findings };
}

/** The object in one file; anything but exactly one parseable object named as the file is a finding. */
function readObjects(path: string, finding: (message: string, rule?: string) => void): Manifest[] {
  const values = readDocuments(readFileSync(path, 'utf8'), finding)?.filter((value) => value !== null);
  if (values === undefined) return [];
  const manifests = values.filter((value): value is Manifest => typeof value === 'object' && !Array.isArray(value));
  if (manifests.length !== values.length) finding('holds something that is not a Kubernetes object');
  if (manifests.length !== 1) finding(`holds ${manifests.length} objects; one file holds one object`);
  const [manifest] = manifests;
  const expected = manifests.length === 1 && manifest.kind && manifest.metadata?.name ? manifestFileName(manifest) : undefined;
  if (expected !== undefined && expected !== basename(path))
    finding(`holds ${manifest.kind}/${manifest.metadata.name}, which belongs in ${expected}`);
  return manifests;
}

/**
 * A file's documents, read as YAML 1.1, as Kubernetes reads it (an unquoted `yes` is a boolean there,
 * and so here); undefined after a YAML finding. The fast read (apps/yaml-documents.ts) gives the values
 * the `yaml` package would; what it does not cover, errors included, the `yaml` package reads, so that
 * every error is reported as it words and places it.
 */
function readDocuments(text: string, finding: (message: string, rule?: string) => void): unknown[] | undefined {
  const fast = fastYamlDocuments(text);
  if (fast !== undefined) return fast;
  const documents = parseAllDocuments(text, { version: '1.1' });
  const docs = Array.isArray(documents) ? documents : [documents];
  const errors = docs.flatMap((doc) => doc.errors);
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more YAML error${errors.length > 2 ? 's' : ''})` : '';
    finding(`${describeYamlError(errors[0], text)}${more}`, YAML_RULE.name);
    return undefined;
  }
  return docs.map((doc) => doc.toJS() as unknown);
}

/**
 * A YAML error with the line it is on, quoted: `… at line 4, column 4: \`   bad: 1\``. An error at
 * the end of the file (an unclosed bracket) quotes the last line that has text.
 */
export function describeYamlError(
  error: { readonly message: string; readonly linePos?: readonly { line: number; col: number }[] },
  text: string,
): string {
  const first = error.message.split('\n')[0].replace(/:$/, '');
  const line = error.linePos?.[0]?.line;
  if (line === undefined) return first;
  const lines = text.split('\n');
  const quoted = lines[line - 1] ?? '';
  if (quoted.trim() !== '') return `${first}: \`${quoted}\``;
  let before = line - 2;
  while (before >= 0 && lines[before].trim() === '') before--;
  return before < 0 ? `${first} (an empty line)` : `${first} (past the end of line ${before + 1}: \`${lines[before]}\`)`;
}

/** Every finding in a folder tree (file layout, YAML, schema and policy). */
export function validateDist(
  dir: string,
  tiers: ReadonlyMap<string, Tier>,
  external: ReadonlyMap<string, ExternalObjects> = new Map(),
): { findings: Finding[]; objects: number; folders: number } {
  const read = readFolder(dir, tiers, external);
  return {
    findings: [...read.findings, ...read.folders.flatMap(validateFolder)],
    objects: read.folders.reduce((sum, folder) => sum + folder.objects.length, 0),
    folders: read.folders.length,
  };
}

export const VALIDATE_USAGE = `usage: npm run validate [-- <dir>]

Checks every object under dist/ (or <dir>) against its schema and the
policy rules, as synth does before it writes.

  <dir>       a folder laid out like dist/ (one folder per environment), or
              one environment folder such as dist/prod
  -h, --help  this text

Exit status: 0 no findings, 1 findings, 2 bad usage or nothing to validate.`;

const VALIDATE_COMMAND: CommandSpec = { usage: VALIDATE_USAGE, maxPositionals: 1, positionalName: 'folder' };

/** Whether a folder is one environment folder (object files, no folders) rather than a folder of them like dist/. */
function isEnvironmentFolder(dir: string): boolean {
  const entries = readdirSync(dir);
  return (
    entries.some((entry) => ['.yaml', '.yml'].includes(extname(entry))) &&
    entries.every((entry) => !statSync(join(dir, entry)).isDirectory())
  );
}

/** Findings of one environment folder (dist/prod), named after it as in dist/. */
export function validateEnvironmentFolder(
  dir: string,
  tiers: ReadonlyMap<string, Tier>,
  external: ReadonlyMap<string, ExternalObjects> = new Map(),
): { findings: Finding[]; objects: number; folders: number } {
  const name = basename(resolve(dir));
  const read = readFolder(dirname(resolve(dir)), tiers, external, name);
  return {
    findings: [...read.findings, ...read.folders.flatMap(validateFolder)],
    objects: read.folders.reduce((sum, folder) => sum + folder.objects.length, 0),
    folders: read.folders.length,
  };
}

/** Runs `npm run validate`; returns the exit status. */
export function runValidate(args: readonly string[], env: NodeJS.ProcessEnv = process.env, out: Output = console): number {
  const parsed = parseCommand(VALIDATE_COMMAND, args, out);
  if (typeof parsed === 'number') return parsed;
  const paths = programPaths(env);
  const given = parsed.positionals[0];
  const dir = given ? resolve(given) : paths.distDir;
  try {
    if (!existsSync(dir)) throw new Error(`${dir} does not exist`);
    if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
    if (readdirSync(dir).length === 0) throw new Error(`${dir} is empty: nothing to validate (run npm run synth first?)`);
    const environments = loadEnvironments(paths.environmentsDir);
    const tiers = new Map(environments.map((environment) => [environment.name, environment.spec.tier]));
    // What each spec declares the cluster provides, which its folder may name without rendering it.
    const external = new Map(environments.map((environment) => [environment.name, declaredExternalObjects(environment.spec)]));
    const single = isEnvironmentFolder(dir);
    const { findings, objects, folders } = single ? validateEnvironmentFolder(dir, tiers, external) : validateDist(dir, tiers, external);
    const root = given ?? (relative(process.cwd(), dir) || '.');
    if (objects === 0 && findings.length === 0) throw new Error(`${dir} holds no Kubernetes object: nothing to validate`);
    // Paths in findings are relative to the folder that holds the environment folders.
    const findingRoot = single ? join(root, '..') : root;
    for (const finding of findings) out.log(formatFinding(finding, findingRoot));
    const where = single ? `${objects} objects` : `${objects} objects in ${folders} folders`;
    if (findings.length === 0) {
      out.log(`${root}: ${where}, no findings`);
      return 0;
    }
    out.log(`${root}: ${findings.length} findings in ${objects} objects:`);
    for (const line of countByRule(findings)) out.log(`  ${line}`);
    return 1;
  } catch (error) {
    out.error(`validate failed: ${(error as Error).message}`);
    return USAGE_EXIT;
  }
}

if (require.main === module) process.exitCode = runValidate(process.argv.slice(2));
