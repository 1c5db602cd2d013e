/**
 * `npm run env:create -- <name> [--from uat] [--ttl 3d] [--snapshot <snapshot>] [--keep-external <system>,...]
 * [--keep-credentials keystore,ldap-bind]`,
 * `npm run env:list`, `npm run env:destroy -- <name>… | --expired`:
 * self-serve short-lived environments (see environment-tools.ts).
 * Exit status 1 on any refusal or failure, with the reason; 2 on bad usage
 * (an unknown flag, a missing or extra argument).
 */
import type { KeepableCredential } from '../environments/shared/short-lived';
import { parseCommand, USAGE_EXIT, type CommandSpec } from './cli';
import type { Output } from './paths';
import { terminalProgress } from './progress';
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

const CREATE_USAGE = `usage: npm run env:create -- <name> [--from ${DEFAULT_BASE}] [--ttl ${DEFAULT_TTL}] [--snapshot <snapshot>]
                              [--keep-external <system>,...] [--keep-credentials keystore,ldap-bind]

Writes environments/<name>.ts, a short-lived environment derived from
another, and synthesizes it into dist/<name>.

  <name>                 a DNS label of at most 30 characters
  --from <env>           the permanent dev or UAT environment to derive from (default ${DEFAULT_BASE})
  --ttl <duration>       how long it lives, such as 12h or 3d, at most 14d (default ${DEFAULT_TTL})
  --snapshot <snapshot>  the database snapshot to restore (default: the base's)
  --keep-external <system>,...
                         the base's external systems it may still reach (default: none, or the sandbox's)
  --keep-credentials keystore,ldap-bind
                         the base's credentials it keeps (default: only the truststore)
  -h, --help             this text`;

const LIST_USAGE = `usage: npm run env:list

Lists the short-lived environments with their age and expiry.

  -h, --help  this text`;

const DESTROY_USAGE = `usage: npm run env:destroy -- <name>... | --expired

Removes short-lived environments (their files in environments/) and
synthesizes: their folders and Applications leave dist/.

  <name>      a short-lived environment (made by env:create)
  --expired   every expired short-lived environment
  -h, --help  this text`;

/** Every subcommand's usage, for a missing or unknown subcommand. */
export const ENV_USAGE = [CREATE_USAGE, LIST_USAGE, DESTROY_USAGE].map((usage) => usage.split('\n')[0]).join('\n');

const COMMANDS: Record<string, CommandSpec> = {
  create: {
    usage: CREATE_USAGE,
    options: {
      from: { type: 'string' },
      ttl: { type: 'string' },
      snapshot: { type: 'string' },
      'keep-external': { type: 'string' },
      'keep-credentials': { type: 'string' },
    },
    minPositionals: 1,
    maxPositionals: 1,
    positionalName: 'environment name',
  },
  list: { usage: LIST_USAGE },
  destroy: {
    usage: DESTROY_USAGE,
    options: { expired: { type: 'boolean' } },
    maxPositionals: Infinity,
    positionalName: 'environment name',
  },
};

/** Runs `env.ts <subcommand> <args>`; returns the exit status. */
export function runEnv(argv: readonly string[], out: Output = console): number {
  const [command, ...args] = argv;
  const spec = command === undefined ? undefined : COMMANDS[command];
  if (spec === undefined) {
    out.error(`${command === undefined ? 'missing subcommand' : `unknown subcommand ${command}`}\n${ENV_USAGE}`);
    return USAGE_EXIT;
  }
  const parsed = parseCommand(spec, args, out);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const string = (name: string): string | undefined => values[name] as string | undefined;
  const listOf = (name: string): string[] | undefined =>
    string(name)
      ?.split(',')
      .map((value) => value.trim())
      .filter(Boolean);
  if (command === 'destroy' && (values.expired === true) === positionals.length > 0) {
    out.error(
      `${positionals.length > 0 ? 'give names or --expired, not both' : 'missing environment name (or --expired)'}\n${DESTROY_USAGE}`,
    );
    return USAGE_EXIT;
  }
  const progress = terminalProgress();
  try {
    if (command === 'list') {
      out.log(formatShortLived(listShortLived()));
    } else if (command === 'create') {
      const created = createEnvironment({
        name: positionals[0],
        from: string('from'),
        ttl: string('ttl'),
        snapshot: string('snapshot'),
        keepExternal: listOf('keep-external'),
        keepCredentials: listOf('keep-credentials') as KeepableCredential[] | undefined,
        progress,
      });
      out.log(
        [
          formatReport(created.synth),
          `created environments/${created.spec.name}.ts (namespace calypso-${created.spec.name}, expires ${created.spec.shortLived?.ttl} after ${created.spec.shortLived?.createdAt}).`,
          `Commit it with dist/ and open a pull request; once merged, ArgoCD creates the environment.`,
        ].join('\n'),
      );
    } else {
      const names = values.expired === true ? expiredEnvironments() : [...positionals];
      if (names.length === 0) {
        out.log('no expired short-lived environments');
        return 0;
      }
      const report = destroyEnvironments(names, { progress });
      out.log(
        [
          formatReport(report),
          `removed ${names.map((name) => `environments/${name}.ts`).join(', ')}.`,
          `Commit and merge; ArgoCD then deletes the Application and, with it, everything the environment made.`,
        ].join('\n'),
      );
    }
    return 0;
  } catch (error) {
    const prefix = error instanceof EnvironmentToolError ? '' : 'synth failed; nothing was changed.\n';
    out.error(`${prefix}${(error as Error).message}`);
    return 1;
  } finally {
    progress.done();
  }
}

if (require.main === module) process.exitCode = runEnv(process.argv.slice(2));
