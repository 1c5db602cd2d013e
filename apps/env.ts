/**
 * `npm run env:create -- <name> [--from uat] [--ttl 3d] [--snapshot <snapshot>] [--keep-external <system>,...]
 * [--keep-credentials keystore,ldap-bind]`,
 * `npm run env:list`, `npm run env:destroy -- <name>… | --expired`:
 * self-serve short-lived environments (see environment-tools.ts).
 * Exit status 1 on any refusal or failure, with the reason.
 */
import type { KeepableCredential } from '../environments/shared/short-lived';
import { formatReport } from './synth';
import {
  createEnvironment,
  DEFAULT_BASE,
  DEFAULT_TTL,
  destroyEnvironments,
  EnvironmentToolError,
  expiredEnvironments,
  formatShortLived,
  listShortLived,
} from './environment-tools';

const USAGE = `usage:
  npm run env:create -- <name> [--from ${DEFAULT_BASE}] [--ttl ${DEFAULT_TTL}] [--snapshot <snapshot>]
                              [--keep-external <system>,...] [--keep-credentials keystore,ldap-bind]
  npm run env:list
  npm run env:destroy -- <name>... | --expired`;

/** Positional arguments and `--flag value` pairs (`--expired` takes no value). */
function parse(args: readonly string[]): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--expired') flags.set('expired', 'true');
    else if (arg.startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new EnvironmentToolError(`${arg} needs a value\n${USAGE}`);
      flags.set(arg.slice(2), value);
      i++;
    } else positional.push(arg);
  }
  return { positional, flags };
}

function run(command: string | undefined, args: readonly string[]): string {
  const { positional, flags } = parse(args);
  const known = {
    create: ['from', 'ttl', 'snapshot', 'keep-external', 'keep-credentials'],
    list: [],
    destroy: ['expired'],
  } as Record<string, string[]>;
  const listOf = (flag: string): string[] | undefined =>
    flags
      .get(flag)
      ?.split(',')
      .map((value) => value.trim())
      .filter(Boolean);
  const unknown = [...flags.keys()].filter((flag) => !(known[command ?? ''] ?? []).includes(flag));
  if (command === undefined || !(command in known) || unknown.length > 0) {
    throw new EnvironmentToolError(`${unknown.length > 0 ? `unknown option --${unknown[0]}\n` : ''}${USAGE}`);
  }
  if (command === 'list') return formatShortLived(listShortLived());
  if (command === 'create') {
    if (positional.length !== 1) throw new EnvironmentToolError(`env:create takes one name\n${USAGE}`);
    const created = createEnvironment({
      name: positional[0],
      from: flags.get('from'),
      ttl: flags.get('ttl'),
      snapshot: flags.get('snapshot'),
      keepExternal: listOf('keep-external'),
      keepCredentials: listOf('keep-credentials') as KeepableCredential[] | undefined,
    });
    return [
      formatReport(created.synth),
      `created environments/${created.spec.name}.ts (namespace calypso-${created.spec.name}, expires ${created.spec.shortLived?.ttl} after ${created.spec.shortLived?.createdAt}).`,
      `Commit it with dist/ and open a pull request; once merged, ArgoCD creates the environment.`,
    ].join('\n');
  }
  const names = flags.has('expired') ? expiredEnvironments() : positional;
  if (names.length === 0)
    return flags.has('expired') ? 'no expired short-lived environments' : `env:destroy takes at least one name\n${USAGE}`;
  const report = destroyEnvironments(names);
  return [
    formatReport(report),
    `removed ${names.map((name) => `environments/${name}.ts`).join(', ')}.`,
    `Commit and merge; ArgoCD then deletes the Application and, with it, everything the environment made.`,
  ].join('\n');
}

try {
  console.log(run(process.argv[2], process.argv.slice(3)));
} catch (error) {
  const prefix = error instanceof EnvironmentToolError ? '' : 'synth failed; nothing was changed.\n';
  console.error(`${prefix}${(error as Error).message}`);
  process.exitCode = 1;
}
