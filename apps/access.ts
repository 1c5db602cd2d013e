/**
 * `npm run access -- request <env> <user> [--hours N] [--break-glass] [--csr FILE] [--key-dir DIR] [--out FILE]`:
 * a short-lived client certificate request for one person (see
 * access-request.ts). Exit status 1 on a refusal, with the reason; 2 on
 * bad usage.
 */
import { SpecError } from '../lib/model/errors';
import { toYaml } from '../lib/output/yaml-writer';
import { capsText, requestAccess } from './access-request';
import { parseCommand, USAGE_EXIT } from './cli';
import { programPaths, type Output } from './paths';

export const ACCESS_USAGE = `usage: npm run access -- request <env> <user> [--hours N] [--break-glass] [--csr FILE]
                          [--key-dir DIR] [--out FILE]

Renders a CertificateSigningRequest (signer kubernetes.io/kube-apiserver-client)
for a client certificate that puts <user> in the environment's first
access.readOnlyGroups group (or access.breakGlassGroups with --break-glass)
for a fixed time, and prints the kubectl commands to approve it and to build
a kubeconfig from it. The request goes to access-requests/ (ignored by git),
never under dist/: it is a request, not desired state.

  <env>            an environment file's name (environments/<env>.ts)
  <user>           the certificate's CN: letters, digits and ._@-
  --hours N        how long the certificate lives (default and cap per tier:
                   ${capsText()})
  --break-glass    exec, port-forward and the runbooks' remedies, for a shorter time
  --csr FILE       your own PEM certificate request (its CN must be <user>, its
                   only O the group); without it, an ECDSA P-256 key is made
  --key-dir DIR    where the made key goes, never inside the repository
                   (default ~/.calypso-access/<env>; mode 0600)
  --out FILE       where the request goes, - for stdout
                   (default access-requests/<name>.yaml)
  -h, --help       this text

Exit status: 0 written, 1 refused (the reason is printed), 2 bad usage.`;

const SPEC = {
  usage: ACCESS_USAGE,
  options: {
    hours: { type: 'string' },
    'break-glass': { type: 'boolean' },
    csr: { type: 'string' },
    'key-dir': { type: 'string' },
    out: { type: 'string' },
  },
  minPositionals: 3,
  maxPositionals: 3,
  positionalName: 'request <env> <user>',
} as const;

/** Runs `npm run access`; returns the exit status. */
export function runAccess(args: readonly string[], out: Output = console, env: NodeJS.ProcessEnv = process.env, now?: Date): number {
  const parsed = parseCommand(SPEC, args, out);
  if (typeof parsed === 'number') return parsed;
  const [subcommand, environment, user] = parsed.positionals;
  if (subcommand !== 'request') {
    out.error(`unknown subcommand ${subcommand} (subcommands: request)\n${ACCESS_USAGE}`);
    return USAGE_EXIT;
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const hoursText = values.hours as string | undefined;
  try {
    const hours = hoursText === undefined ? undefined : Number(hoursText);
    if (hours !== undefined && (hoursText?.trim() === '' || Number.isNaN(hours))) {
      throw new SpecError([{ environment, field: '--hours', message: `is not a number of hours (${hoursText})` }]);
    }
    const result = requestAccess({
      environment,
      user,
      hours,
      breakGlass: values['break-glass'] === true,
      csrFile: values.csr as string | undefined,
      keyDir: values['key-dir'] as string | undefined,
      out: values.out as string | undefined,
      ...programPaths(env),
      home: env.HOME,
      now,
    });
    const { grant } = result;
    if (result.requestFile === undefined) out.log(toYaml(result.manifest).trimEnd());
    const lines = [
      `${grant.kind} access to ${grant.environment} for ${grant.user} (group ${grant.group}), ${grant.expirationSeconds / 3600} h (the ${grant.tier} cap is ${grant.capHours} h)`,
      result.requestFile ? `request: ${result.requestFile} (not under dist/: never synced)` : 'request: printed above',
      result.keyFile ? `key: ${result.keyFile} (mode 0600; keep it, never commit it)` : 'key: yours, from the request you gave',
      '',
      ...result.nextSteps,
    ];
    // With --out -, stdout is the YAML alone, so it can be piped to kubectl create -f -.
    for (const line of lines) (result.requestFile === undefined ? out.error : out.log)(line);
    return 0;
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    out.error(`access refused:\n${error.message}`);
    return 1;
  }
}

if (require.main === module) process.exitCode = runAccess(process.argv.slice(2));
