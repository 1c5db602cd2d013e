/**
 * `npm run local:secrets -- <env> --from <dir> [--out <file>]`: the Secrets a
 * local environment's servers read, made from files on the developer's
 * machine, since a local cluster has no External Secrets Operator or Vault.
 * Each Secret is a folder of `<dir>` and each of its keys a file in it
 * (`<dir>/calypso-database/password`), the same names and keys the
 * ExternalSecrets make in dev (lib/model/local-tier.ts lists them). It prints
 * the kubectl commands that create or update them, or writes them as Secret
 * manifests to a file; the files and the manifest stay outside the
 * repository, so no credential is ever committed.
 */
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { EnvironmentSpec } from '../lib';
import { SpecError } from '../lib/model/errors';
import { environmentSecrets, type LocalSecret } from '../lib/model/local-tier';
import { resolveEnvironment } from '../lib/model/resolved-environment';
import { LOCAL_TIER } from '../lib/model/tier';
import { LIBRARY_VERSION, recommendedLabels } from '../lib/model/names';
import { parseCommand } from './cli';
import { loadEnvironments } from './load-environments';
import { isInside, realPath, shellWord } from './path-safety';
import { programPaths, type Output } from './paths';

/** This repository: the credential files and the manifest must be outside it. */
export const REPOSITORY_ROOT = resolve(__dirname, '..');

export const LOCAL_SECRETS_USAGE = `usage: npm run local:secrets -- <env> --from <dir> [--out <file>] | <env> --list

Makes the Secrets a local environment's servers read from files on this
machine (a local cluster has no External Secrets Operator): one folder per
Secret in <dir>, one file per key, <dir>/<secret>/<key>. Without --out it
prints the kubectl commands that create or update them (pipe them to sh);
with --out it writes them as Secret manifests (mode 0600), to apply with
kubectl apply -f <file>. <dir> and <file> must be outside this repository.

  <env>         a local environment (environments/<env>.ts, tier local)
  --from <dir>  the folder holding the files
  --out <file>  write Secret manifests there instead of printing commands
  --list        print the files the environment needs, and nothing else
  -h, --help    this text

Exit status: 0 done, 1 refused (not a local environment, a path inside the
repository, a missing or empty file), 2 bad usage.`;

/** A refusal of the command, with the reason. */
export class LocalSecretsError extends Error {}

/** What the command needs. */
export interface LocalSecretsOptions {
  /** The environment's name. */
  readonly name: string;
  /** Folder holding `<secret>/<key>` files. */
  readonly from: string;
  /**
   * File to write the Secret manifests to.
   * @default - print kubectl commands instead
   */
  readonly out?: string;
  /** @default programPaths().environmentsDir */
  readonly environmentsDir?: string;
}

/** The local environment of that name, checked; refuses any other tier. */
export function localEnvironment(name: string, environmentsDir: string = programPaths().environmentsDir): EnvironmentSpec {
  const environments = loadEnvironments(environmentsDir);
  const found = environments.find((environment) => environment.name === name);
  if (found === undefined) {
    throw new LocalSecretsError(`no environment named ${name} (environments: ${environments.map((e) => e.name).join(', ')})`);
  }
  const spec = found.spec;
  if (spec.tier !== LOCAL_TIER) {
    throw new LocalSecretsError(
      `${name} is a ${spec.tier} environment: its Secrets come from the External Secrets Operator (secret store ${spec.secretStore?.name ?? '?'}); local:secrets makes those of local environments only`,
    );
  }
  resolveEnvironment(spec); // a bad spec is refused with its SpecError
  return spec;
}

/** The files a local environment needs, relative to `--from`: `<secret>/<key>`. */
export function expectedFiles(secrets: readonly LocalSecret[]): string[] {
  return secrets.flatMap((secret) => secret.keys.map((key) => `${secret.name}/${key}`));
}

/** Refuses a path inside the repository (or the environments' project): what is there could be committed. */
function refuseInsideRepository(option: string, path: string, roots: readonly string[]): void {
  const root = roots.find((folder) => isInside(path, folder));
  if (root !== undefined) {
    throw new LocalSecretsError(
      `${option} ${path} is inside the repository (${realPath(root)}); credentials are never committed: keep them outside it, e.g. ~/.calypso/<env>`,
    );
  }
}

/** The Secrets with the files each key comes from; refuses a missing or empty file, naming every one. */
function secretFiles(secrets: readonly LocalSecret[], from: string): { secret: LocalSecret; files: [string, string][] }[] {
  const problems: string[] = [];
  const result = secrets.map((secret) => ({
    secret,
    files: secret.keys.map((key): [string, string] => {
      const file = join(from, secret.name, key);
      if (!existsSync(file) || !statSync(file).isFile()) problems.push(`missing ${file} (key ${key} of Secret ${secret.name})`);
      else if (statSync(file).size === 0) problems.push(`${file} is empty (key ${key} of Secret ${secret.name})`);
      return [key, file];
    }),
  }));
  if (problems.length > 0) {
    throw new LocalSecretsError(
      `${problems.join('\n')}\nthe environment needs these files in ${from}:\n${expectedFiles(secrets).join('\n')}`,
    );
  }
  return result;
}

/** Makes the Secrets: returns the kubectl commands, or writes the manifests to `out` and returns the command that applies them. */
export function localSecrets(options: LocalSecretsOptions): string[] {
  const spec = localEnvironment(options.name, options.environmentsDir);
  const roots = [REPOSITORY_ROOT, dirname(resolve(options.environmentsDir ?? programPaths().environmentsDir))];
  refuseInsideRepository('--from', options.from, roots);
  if (options.out !== undefined) refuseInsideRepository('--out', options.out, roots);
  const from = resolve(options.from);
  if (!existsSync(from) || !statSync(from).isDirectory()) throw new LocalSecretsError(`--from ${options.from} is not a folder`);
  const namespace = spec.namespace ?? `calypso-${spec.name}`;
  const secrets = secretFiles(environmentSecrets(spec), from);
  if (options.out === undefined) {
    // create --dry-run | apply: creates the Secret, or updates it when it exists.
    return secrets.map(({ secret, files }) =>
      [
        'kubectl create secret generic',
        shellWord(secret.name),
        `--namespace ${shellWord(namespace)}`,
        ...files.map(([key, file]) => `--from-file=${shellWord(`${key}=${file}`)}`),
        '--dry-run=client -o yaml | kubectl apply -f -',
      ].join(' '),
    );
  }
  const manifests = secrets.map(({ secret, files }) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: secret.name,
      namespace,
      labels: recommendedLabels({ environment: spec.name, name: 'secret', component: secret.component, version: LIBRARY_VERSION }),
    },
    type: 'Opaque',
    data: Object.fromEntries(files.map(([key, file]) => [key, readFileSync(file).toString('base64')])),
  }));
  const out = resolve(options.out);
  writeFileSync(out, manifests.map((manifest) => stringify(manifest)).join('---\n'), { mode: 0o600 });
  chmodSync(out, 0o600); // an existing file keeps its mode on write
  return [`kubectl apply -f ${shellWord(out)}`];
}

/** Runs `npm run local:secrets`; returns the exit status. */
export function runLocalSecrets(args: readonly string[], out: Output = console, environmentsDir?: string): number {
  const parsed = parseCommand(
    {
      usage: LOCAL_SECRETS_USAGE,
      options: { from: { type: 'string' }, out: { type: 'string' }, list: { type: 'boolean' } },
      minPositionals: 1,
      maxPositionals: 1,
      positionalName: 'environment name',
    },
    args,
    out,
  );
  if (typeof parsed === 'number') return parsed;
  const [name] = parsed.positionals;
  const from = parsed.values.from as string | undefined;
  const list = parsed.values.list === true;
  if (list === (from !== undefined)) {
    out.error(`${list ? 'give --list or --from, not both' : 'missing --from <dir>'}\n${LOCAL_SECRETS_USAGE}`);
    return 2;
  }
  try {
    if (list) {
      for (const file of expectedFiles(environmentSecrets(localEnvironment(name, environmentsDir)))) out.log(file);
      return 0;
    }
    for (const line of localSecrets({ name, from: from as string, out: parsed.values.out as string | undefined, environmentsDir }))
      out.log(line);
    return 0;
  } catch (error) {
    if (error instanceof SpecError) out.error(`local:secrets failed:\n${error.message}`);
    else if (error instanceof LocalSecretsError) out.error(error.message);
    else throw error;
    return 1;
  }
}

if (require.main === module) process.exitCode = runLocalSecrets(process.argv.slice(2));
