/**
 * `npm run compose -- <env>`: writes `compose/<env>/compose.yaml` (and, for
 * a PostgreSQL environment, `compose.local-database.yaml`) from the resolved
 * environment, validated against the Compose JSON schema before anything is
 * written; prints what the environment needs from the machine and which
 * credentials files to create. Missing credentials files are a warning, not
 * a failure: the file is committed and regenerated where no secrets exist
 * (CI); `docker compose up` refuses to start without them.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SpecError } from '../lib/model/errors';
import { resolveEnvironment } from '../lib/model/resolved-environment';
import { formatMemory } from '../lib/model/quantity';
import {
  composeProject,
  HEALTHCHECK_TOOLS,
  LAPTOP_BUDGET,
  LOCAL_DATABASE_FILE,
  type ComposeDocument,
  type ComposeProject,
  type HealthcheckTool,
} from '../lib/output/compose-file';
import { composeSchemaProblems } from '../lib/output/compose-schema';
import { toYaml } from '../lib/output/yaml-writer';
import { parseCommand, USAGE_EXIT } from './cli';
import { loadEnvironments } from './load-environments';
import { programPaths, type Output } from './paths';

/** Where the Compose folders live (one per environment); CALYPSO_COMPOSE_DIR points elsewhere. */
export const COMPOSE_DIR = join(__dirname, '..', 'compose');

/** The file every environment's Compose folder holds. */
export const COMPOSE_FILE = 'compose.yaml';

export const COMPOSE_USAGE = `usage: npm run compose -- <env> [--healthcheck bash|curl|wget] [--check]

Writes compose/<env>/compose.yaml from the environment's resolved model (and,
for a PostgreSQL database, compose.local-database.yaml, which adds a local
database), validated against the Compose JSON schema; prints the CPU, memory
and ports it needs, and the credentials files to create in
compose/<env>/secrets/ (never committed). Refuses uat and prod.

  <env>          an environment file's name (environments/<env>.ts)
  --healthcheck  what runs the healthchecks in the image (default bash)
  --check        write nothing; fail when the files differ from a fresh run
  -h, --help     this text

Exit status: 0 done, 1 a bad or refused environment (or --check found a
difference), 2 bad usage.`;

/** The text of a generated Compose file. */
export function composeYaml(document: ComposeDocument, environment: string, what: string): string {
  return `# ${what} of ${environment}, written by npm run compose -- ${environment} from environments/${environment}.ts; do not edit.\n${toYaml(document)}`;
}

/** The files of a project, by name, as written. */
export function composeFiles(project: ComposeProject): Map<string, string> {
  const files = new Map([[COMPOSE_FILE, composeYaml(project.compose, project.environment, 'Docker Compose')]]);
  if (project.localDatabase !== undefined) {
    files.set(LOCAL_DATABASE_FILE, composeYaml(project.localDatabase, project.environment, 'The local PostgreSQL database (an override)'));
  }
  return files;
}

/** The project of one environment file, schema-checked; throws SpecError (bad spec, refused tier) or Error (schema). */
export function buildComposeProject(name: string, environmentsDir: string, healthcheck?: HealthcheckTool): ComposeProject {
  const environments = loadEnvironments(environmentsDir);
  const loaded = environments.find((environment) => environment.name === name);
  if (loaded === undefined) {
    throw new Error(`no environment named ${name} (environments: ${environments.map((e) => e.name).join(', ')})`);
  }
  const project = composeProject(resolveEnvironment(loaded.spec), { healthcheck });
  const documents: [string, ComposeDocument | undefined][] = [
    [COMPOSE_FILE, project.compose],
    [LOCAL_DATABASE_FILE, project.localDatabase],
  ];
  const problems = documents.flatMap(([file, document]) =>
    document === undefined ? [] : composeSchemaProblems(document).map((problem) => `${file}: ${problem}`),
  );
  if (problems.length > 0)
    throw new Error(`the Compose file of ${name} fails the Compose schema:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return project;
}

const cores = (millis: number): string => `${millis / 1000} CPU`;

/** What the command prints after writing: needs, ports, the credentials files and whether each exists. */
export function composeReport(project: ComposeProject, folder: string, shownFolder: string): { lines: string[]; warnings: string[] } {
  const { needs } = project;
  const lines = [
    `${shownFolder}/${COMPOSE_FILE}: ${Object.keys(project.compose.services as object).length} services ` +
      `(${needs.ports.length === 0 ? 'no published ports' : `${needs.ports.length} published ports`})`,
    `needs: ${cores(needs.cpuMillis)} and ${formatMemory(needs.memoryBytes)} of memory (the servers' limits; calypso-init runs first, alone: ` +
      `${cores(needs.initCpuMillis)}, ${formatMemory(needs.initMemoryBytes)})` +
      (needs.localDatabase === undefined
        ? ''
        : `; the local database adds ${cores(needs.localDatabase.cpuMillis)} and ${formatMemory(needs.localDatabase.memoryBytes)}`),
    `ports on 127.0.0.1: ${needs.ports.map((port) => `${port.hostPort} (${port.service} ${port.name})`).join(', ') || 'none'}`,
  ];
  const warnings: string[] = [];
  if (needs.cpuMillis > LAPTOP_BUDGET.cpuMillis || needs.memoryBytes > LAPTOP_BUDGET.memoryBytes) {
    warnings.push(
      `warning: that is more than a laptop gives Docker (${cores(LAPTOP_BUDGET.cpuMillis)}, ${formatMemory(LAPTOP_BUDGET.memoryBytes)}); shrink the servers or raise Docker's limits`,
    );
  }
  lines.push(`credentials files (one value each, no trailing newline; readable by uid 1000; never committed):`);
  const missing: string[] = [];
  for (const secret of project.secretFiles) {
    const path = join(folder, secret.file);
    const present = existsSync(path) && statSync(path).isFile();
    if (!present) missing.push(secret.file);
    lines.push(`  ${shownFolder}/${secret.file}: ${secret.description}${present ? '' : ' (missing)'}`);
  }
  if (missing.length > 0) {
    warnings.push(
      `warning: ${missing.length} credentials files are missing in ${shownFolder}/ (${missing.join(', ')}); docker compose up fails until they exist`,
    );
  }
  lines.push(
    `start: docker compose -f ${shownFolder}/${COMPOSE_FILE} up -d` +
      (project.localDatabase === undefined ? '' : ` (with a local database: add -f ${shownFolder}/${LOCAL_DATABASE_FILE})`),
  );
  return { lines, warnings };
}

/** Runs `npm run compose`; returns the exit status. */
export function runCompose(args: readonly string[], out: Output = console, env: NodeJS.ProcessEnv = process.env): number {
  const parsed = parseCommand(
    {
      usage: COMPOSE_USAGE,
      options: { healthcheck: { type: 'string' }, check: { type: 'boolean' } },
      minPositionals: 1,
      maxPositionals: 1,
      positionalName: 'environment name',
    },
    args,
    out,
  );
  if (typeof parsed === 'number') return parsed;
  const healthcheck = parsed.values.healthcheck as string | undefined;
  if (healthcheck !== undefined && !(HEALTHCHECK_TOOLS as readonly string[]).includes(healthcheck)) {
    out.error(`option --healthcheck takes one of ${HEALTHCHECK_TOOLS.join(', ')}, got "${healthcheck}"\n${COMPOSE_USAGE}`);
    return USAGE_EXIT;
  }
  const name = parsed.positionals[0];
  const composeDir = env.CALYPSO_COMPOSE_DIR ? resolve(env.CALYPSO_COMPOSE_DIR) : COMPOSE_DIR;
  const folder = join(composeDir, name);
  const shownFolder = relative(process.cwd(), folder) || '.';
  let project: ComposeProject;
  try {
    project = buildComposeProject(name, programPaths(env).environmentsDir, healthcheck as HealthcheckTool | undefined);
  } catch (error) {
    out.error(error instanceof SpecError ? `compose failed; nothing written:\n${error.message}` : (error as Error).message);
    return 1;
  }
  const files = composeFiles(project);
  if (parsed.values.check === true) {
    const stale = [...files].filter(([file, text]) => !existsSync(join(folder, file)) || readFileSync(join(folder, file), 'utf8') !== text);
    if (stale.length > 0) {
      out.error(
        `${stale.map(([file]) => `${shownFolder}/${file}`).join(', ')} differ from the environment; run npm run compose -- ${name}`,
      );
      return 1;
    }
    out.log(`${shownFolder}: up to date`);
    return 0;
  }
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of files) writeFileSync(join(folder, file), text);
  const { lines, warnings } = composeReport(project, folder, shownFolder);
  for (const line of lines) out.log(line);
  for (const warning of warnings) out.error(warning);
  return 0;
}

if (require.main === module) process.exitCode = runCompose(process.argv.slice(2));
