/**
 * `npm run validate [-- <dir>]`: reads every YAML file under dist/ (or the
 * given folder) and checks each object against its schema and the policy
 * rules, the same checks synth runs before it writes. Prints one line per
 * finding, then a count by rule. Exit status: 0 no findings, 1 findings,
 * 2 the folder could not be read.
 *
 * A folder's tier (prod rules or not) comes from the environment file of the
 * same name; a folder with no environment file gets the prod rules.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Tier } from '../lib';
import { loadEnvironments } from './load-environments';
import { programPaths, type Output } from './paths';
import { manifestFileName, type Manifest } from './render';
import { countByRule, formatFinding, validateFolder, type Finding, type FolderToValidate } from './validation/validate';

/** The rule for files that are not one object in a `<kind>-<name>.yaml` of an environment folder. */
export const FILE_LAYOUT_RULE = {
  name: 'file-layout',
  reason: 'one object per file, named <kind>-<name>.yaml, in its environment folder: reviews stay small and ArgoCD reads it all',
};
/** The rule for YAML that does not parse. */
export const YAML_RULE = { name: 'yaml', reason: 'a file ArgoCD cannot parse fails the whole sync' };

/** Objects of a folder tree, grouped by environment folder, plus findings about the files themselves. */
export function readFolder(dir: string, tiers: ReadonlyMap<string, Tier>): { folders: FolderToValidate[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const byFolder = new Map<string, { manifest: Manifest; file: string }[]>();
  const fileFinding = (rule: string, path: string, message: string): void => {
    const [environment, ...rest] = path.split('/');
    findings.push({ rule, environment: rest.length ? environment : '', file: rest.join('/') || environment, object: '-', message });
  };
  const walk = (path: string): void => {
    for (const entry of readdirSync(path).sort()) {
      const full = join(path, entry);
      const rel = relative(dir, full).split('\\').join('/');
      const depth = rel.split('/').length;
      if (statSync(full).isDirectory()) {
        if (depth === 1) byFolder.set(entry, byFolder.get(entry) ?? []);
        else fileFinding(FILE_LAYOUT_RULE.name, rel, 'is a nested folder; an environment folder holds only object files');
        if (depth === 1) walk(full);
        continue;
      }
      if (!['.yaml', '.yml'].includes(extname(entry))) {
        fileFinding(FILE_LAYOUT_RULE.name, rel, 'is not a YAML file; nothing else belongs in dist/');
        continue;
      }
      if (depth === 1) {
        fileFinding(FILE_LAYOUT_RULE.name, rel, 'is outside an environment folder');
        continue;
      }
      const documents = parseAllDocuments(readFileSync(full, 'utf8'));
      const docs = Array.isArray(documents) ? documents : [documents];
      const errors = docs.flatMap((doc) => doc.errors);
      if (errors.length > 0) {
        fileFinding(YAML_RULE.name, rel, errors.map((error) => error.message.split('\n')[0]).join('; '));
        continue;
      }
      const manifests = docs.map((doc) => doc.toJS() as Manifest | null).filter((manifest) => manifest !== null);
      const [folder, file] = rel.split('/');
      if (manifests.length !== 1) fileFinding(FILE_LAYOUT_RULE.name, rel, `holds ${manifests.length} objects; one file holds one object`);
      for (const manifest of manifests) {
        if (typeof manifest !== 'object' || Array.isArray(manifest)) {
          fileFinding(FILE_LAYOUT_RULE.name, rel, 'is not a Kubernetes object');
          continue;
        }
        const expected = manifest.kind && manifest.metadata?.name ? manifestFileName(manifest) : undefined;
        if (manifests.length === 1 && expected !== undefined && expected !== file)
          fileFinding(FILE_LAYOUT_RULE.name, rel, `holds ${manifest.kind}/${manifest.metadata.name}, which belongs in ${expected}`);
        (byFolder.get(folder) as { manifest: Manifest; file: string }[]).push({ manifest, file });
      }
    }
  };
  walk(dir);
  const folders = [...byFolder].map(([name, objects]) => ({ name, tier: tiers.get(name), objects }));
  return { folders, findings };
}

/** Every finding in a folder tree (file layout, YAML, schema and policy). */
export function validateDist(dir: string, tiers: ReadonlyMap<string, Tier>): { findings: Finding[]; objects: number; folders: number } {
  const read = readFolder(dir, tiers);
  return {
    findings: [...read.findings, ...read.folders.flatMap(validateFolder)],
    objects: read.folders.reduce((sum, folder) => sum + folder.objects.length, 0),
    folders: read.folders.length,
  };
}

/** Runs `npm run validate`; returns the exit status. */
export function runValidate(args: readonly string[], env: NodeJS.ProcessEnv = process.env, out: Output = console): number {
  const paths = programPaths(env);
  const dir = args[0] ? resolve(args[0]) : paths.distDir;
  try {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
    const tiers = new Map(loadEnvironments(paths.environmentsDir).map((environment) => [environment.name, environment.spec.tier]));
    const { findings, objects, folders } = validateDist(dir, tiers);
    const root = args[0] ?? (relative(process.cwd(), dir) || '.');
    for (const finding of findings) out.log(formatFinding(finding, root));
    if (findings.length === 0) {
      out.log(`${root}: ${objects} objects in ${folders} folders, no findings`);
      return 0;
    }
    out.log(`${root}: ${findings.length} findings in ${objects} objects:`);
    for (const line of countByRule(findings)) out.log(`  ${line}`);
    return 1;
  } catch (error) {
    out.error(`validate failed: ${(error as Error).message}`);
    return 2;
  }
}

if (require.main === module) process.exitCode = runValidate(process.argv.slice(2));
