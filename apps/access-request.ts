/**
 * A short-lived client certificate request for one person
 * (`npm run access -- request`): the CertificateSigningRequest
 * (certificates.k8s.io/v1, signer kubernetes.io/kube-apiserver-client) that
 * puts the user in the environment's read-only or break-glass group for at
 * most the tier's cap, the private key (made here, or the user's own
 * request checked), and the kubectl commands that approve it and build a
 * kubeconfig from it.
 *
 * The request is not desired state: it goes to `access-requests/` (ignored
 * by git) or `--out`, never under dist/, so ArgoCD never syncs it. The key
 * never goes into the repository: `~/.calypso-access/<env>/` by default,
 * mode 0600, and a key folder inside the repository is refused.
 */
import { spawnSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { EnvironmentSpec } from '../lib';
import { SpecError } from '../lib/model/errors';
import { resolveEnvironment } from '../lib/model/resolved-environment';
import {
  accessGrant,
  accessRequestName,
  CERTIFICATE_HOURS,
  CLIENT_CERTIFICATE_SIGNER,
  subjectProblems,
  type AccessGrant,
  type RequestSubject,
} from '../lib/model/access-certificates';
import { toYaml } from '../lib/output/yaml-writer';
import { requireEnvironmentFile } from './environment-file';
import { isInside, shellWord } from './path-safety';
import { environmentNames } from './load-environments';

/** The repository this program runs from: a key is never written inside it. */
const REPOSITORY = join(__dirname, '..');

/** The openssl the command makes and reads requests with (on the PATH). */
const OPENSSL = 'openssl';

/** What `npm run access -- request` was asked for. */
export interface AccessRequestInput {
  readonly environment: string;
  readonly user: string;
  /** @default the tier's cap */
  readonly hours?: number;
  /** @default false */
  readonly breakGlass?: boolean;
  /** The user's own PEM certificate request. @default none: a key and a request are made */
  readonly csrFile?: string;
  /** Where the key goes. @default ~/.calypso-access/<env> */
  readonly keyDir?: string;
  /** Where the CertificateSigningRequest goes; `-` for stdout. @default access-requests/<name>.yaml next to environments/ */
  readonly out?: string;
  readonly environmentsDir: string;
  readonly distDir: string;
  /** @default now */
  readonly now?: Date;
  /** The user's home, for the default key folder. @default os.homedir() */
  readonly home?: string;
}

/** What the command did. */
export interface AccessRequestResult {
  readonly grant: AccessGrant;
  readonly name: string;
  readonly manifest: Record<string, unknown>;
  /** Where the CertificateSigningRequest was written; undefined for stdout. */
  readonly requestFile?: string;
  /** The private key made for the user; undefined with --csr (the user holds theirs). */
  readonly keyFile?: string;
  /** What to run next, in order, with a comment line before each step. */
  readonly nextSteps: readonly string[];
}

function refuse(environment: string, field: string, message: string): never {
  throw new SpecError([{ environment, field, message }]);
}

/** The environment's spec, loaded from its file, and its namespace; an unknown name lists the known ones. */
function loadSpec(name: string, environmentsDir: string): { spec: EnvironmentSpec; namespace: string } {
  const names = environmentNames(environmentsDir);
  if (!names.includes(name)) refuse(name, 'environment', `no environment named ${name} (environments: ${names.join(', ')})`);
  const spec = requireEnvironmentFile(name, join(environmentsDir, `${name}.ts`)) as EnvironmentSpec;
  // A bad environment is refused here, with its own messages.
  return { spec, namespace: resolveEnvironment(spec).namespace };
}

/** Runs openssl; its stdout, or a SpecError at `field` with its first error line. */
function openssl(environment: string, field: string, args: readonly string[], input?: string): string {
  const run = spawnSync(OPENSSL, args, { input, encoding: 'utf8' });
  if (run.error) refuse(environment, field, `could not run ${OPENSSL} (${run.error.message})`);
  if (run.status !== 0) {
    const reason = run.stderr.split('\n').find((line) => line.trim() !== '') ?? `exit status ${run.status}`;
    refuse(environment, field, `openssl refused it: ${reason.trim()}`);
  }
  return run.stdout;
}

/** A subject value for `openssl req -subj`: `/` and `+` (RDN separators) and `\` escaped. */
function subjectValue(value: string): string {
  return value.replace(/[\\/+]/g, (char) => `\\${char}`);
}

/** Makes an ECDSA P-256 key (mode 0600, never overwritten) and a request for the grant's user and group; returns the request's PEM. */
function makeKeyAndRequest(grant: AccessGrant, keyFile: string): string {
  const { privateKey } = generateKeyPairSync('ec', {
    namedCurve: 'prime256v1',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(keyFile, privateKey, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    refuse(grant.environment, '--key-dir', `cannot write the key ${keyFile} (${(error as Error).message})`);
  }
  chmodSync(keyFile, 0o600); // whatever the umask
  return openssl(grant.environment, '--key-dir', [
    'req',
    '-new',
    '-key',
    keyFile,
    '-subj',
    `/CN=${subjectValue(grant.user)}/O=${subjectValue(grant.group)}`,
  ]);
}

/** A PEM request's subject and public key type, after openssl checked its self-signature. */
function readRequest(environment: string, pem: string): RequestSubject & { keyType: string; rsaBits?: number } {
  if (!pem.includes('-----BEGIN CERTIFICATE REQUEST-----')) {
    refuse(environment, '--csr', 'is not a PEM certificate request (no "-----BEGIN CERTIFICATE REQUEST-----" line)');
  }
  const output = openssl(
    environment,
    '--csr',
    ['req', '-noout', '-verify', '-subject', '-nameopt', 'sep_multiline,sname,utf8', '-pubkey'],
    pem,
  );
  const publicKey = createPublicKey(output.slice(output.indexOf('-----BEGIN PUBLIC KEY-----')));
  // sep_multiline: one attribute per indented line; a multi-valued RDN joins its attributes with " + ".
  const attributes = output
    .split('\n')
    .filter((line) => /^\s+\S+=/.test(line))
    .flatMap((line) => line.trim().split(' + '))
    .map((attribute) => [attribute.slice(0, attribute.indexOf('=')), attribute.slice(attribute.indexOf('=') + 1)]);
  const values = (type: string): string[] => attributes.filter(([name]) => name === type).map(([, value]) => value);
  return {
    commonNames: values('CN'),
    organizations: values('O'),
    keyType: publicKey.asymmetricKeyType ?? 'unknown',
    rsaBits: publicKey.asymmetricKeyDetails?.modulusLength,
  };
}

/** Checks the user's own request against the grant; its PEM, and whether its key is RSA. */
function checkOwnRequest(grant: AccessGrant, csrFile: string): { pem: string; rsa: boolean } {
  let pem: string;
  try {
    pem = readFileSync(csrFile, 'utf8');
  } catch (error) {
    refuse(grant.environment, '--csr', `cannot read ${csrFile} (${(error as Error).message})`);
  }
  const request = readRequest(grant.environment, pem);
  const problems = subjectProblems(grant, request);
  if (problems.length > 0) refuse(grant.environment, '--csr', `${csrFile}: ${problems.join('; ')}`);
  if (request.keyType === 'rsa' && (request.rsaBits ?? 0) < 2048) {
    refuse(grant.environment, '--csr', `${csrFile}: an RSA key needs at least 2048 bits (${request.rsaBits})`);
  }
  if (request.keyType !== 'rsa' && request.keyType !== 'ec') {
    refuse(grant.environment, '--csr', `${csrFile}: the API server's client signer takes RSA or ECDSA keys (${request.keyType})`);
  }
  return { pem, rsa: request.keyType === 'rsa' };
}

/** The CertificateSigningRequest object. */
export function certificateSigningRequest(grant: AccessGrant, name: string, pem: string, rsa: boolean, now: Date): Record<string, unknown> {
  return {
    apiVersion: 'certificates.k8s.io/v1',
    kind: 'CertificateSigningRequest',
    metadata: {
      name,
      labels: {
        'app.kubernetes.io/name': 'access-request',
        'app.kubernetes.io/instance': grant.environment,
        'app.kubernetes.io/component': grant.kind,
        'app.kubernetes.io/part-of': 'calypso',
        'app.kubernetes.io/managed-by': 'calypso-k8s',
      },
      // For the approver: who asked for what, and how long (the label values cannot hold an e-mail address).
      annotations: {
        'calypso.io/user': grant.user,
        'calypso.io/group': grant.group,
        'calypso.io/requested-at': now.toISOString(),
      },
    },
    spec: {
      request: Buffer.from(pem).toString('base64'),
      signerName: CLIENT_CERTIFICATE_SIGNER,
      expirationSeconds: grant.expirationSeconds,
      // The signer allows no more than these; key encipherment only means something for an RSA key.
      usages: rsa ? ['digital signature', 'key encipherment', 'client auth'] : ['digital signature', 'client auth'],
    },
  };
}

/** Renders the request (and makes the key), writes it, and says what to run next. */
export function requestAccess(input: AccessRequestInput): AccessRequestResult {
  const now = input.now ?? new Date();
  const { spec, namespace } = loadSpec(input.environment, input.environmentsDir);
  const grant = accessGrant(spec, { user: input.user, hours: input.hours, breakGlass: input.breakGlass });
  const name = accessRequestName(grant, now);
  const project = dirname(input.environmentsDir);
  const requestFile = input.out === '-' ? undefined : resolve(input.out ?? join(project, 'access-requests', `${name}.yaml`));
  if (requestFile !== undefined && isInside(requestFile, input.distDir)) {
    refuse(
      grant.environment,
      '--out',
      `${requestFile} is inside ${input.distDir}: a request is not desired state, and ArgoCD would sync it`,
    );
  }
  let keyFile: string | undefined;
  let request: { pem: string; rsa: boolean };
  if (input.csrFile !== undefined) {
    request = checkOwnRequest(grant, input.csrFile);
  } else {
    const keyDir = resolve(input.keyDir ?? join(input.home ?? homedir(), '.calypso-access', grant.environment));
    for (const folder of new Set([REPOSITORY, project])) {
      if (isInside(keyDir, folder)) {
        refuse(
          grant.environment,
          '--key-dir',
          `${keyDir} is inside the repository ${folder}: a private key never goes where git could commit it`,
        );
      }
    }
    keyFile = join(keyDir, `${name}.key`);
    request = { pem: makeKeyAndRequest(grant, keyFile), rsa: false };
  }
  const manifest = certificateSigningRequest(grant, name, request.pem, request.rsa, now);
  if (requestFile !== undefined) {
    mkdirSync(dirname(requestFile), { recursive: true });
    writeFileSync(requestFile, toYaml(manifest));
  }
  return { grant, name, manifest, requestFile, keyFile, nextSteps: nextSteps(spec, namespace, grant, name, requestFile, keyFile) };
}

function nextSteps(
  spec: EnvironmentSpec,
  namespace: string,
  grant: AccessGrant,
  name: string,
  requestFile?: string,
  keyFile?: string,
): string[] {
  const cluster = spec.gitops?.cluster;
  const clusterName = cluster?.name ?? `<the ${grant.environment} cluster's kubeconfig entry>`;
  const key = keyFile ?? '<your private key>';
  const certificate = keyFile ? keyFile.replace(/\.key$/, '.crt') : '<your certificate>.crt';
  // One name for the credentials and the context: the environment, the kind and the user.
  const user = `${grant.environment}-${grant.kind}-${grant.user}`;
  const context = user;
  return [
    '# 1. Submit the request (anyone allowed to create CertificateSigningRequests):',
    `kubectl create -f ${requestFile ? shellWord(requestFile) : '<the request above>'}`,
    // The annotations are the requester's own words: the approver reads what the certificate will carry, and who asked.
    `# 2. An approver, not the requester, checks the subject the certificate will carry (CN = user, O = group), who submitted it and expirationSeconds, then approves:`,
    `kubectl get csr ${name} -o jsonpath='{.spec.request}' | base64 -d | openssl req -noout -subject`,
    `kubectl get csr ${name} -o jsonpath='{.spec.username}{"\\n"}{.spec.expirationSeconds}{"\\n"}'`,
    `kubectl certificate approve ${name}`,
    '# 3. Fetch the signed certificate:',
    `kubectl get csr ${name} -o jsonpath='{.status.certificate}' | base64 -d > ${shellWord(certificate)}`,
    `# 4. A kubeconfig entry (the key and certificate embedded; it stops working in ${grant.expirationSeconds / 3600} h):`,
    ...(cluster?.server
      ? [
          `#    no entry for the cluster yet? kubectl config set-cluster ${cluster.name} --server=${cluster.server} --certificate-authority=<the cluster CA file> --embed-certs`,
        ]
      : []),
    `kubectl config set-credentials ${shellWord(user)} --client-certificate=${shellWord(certificate)} --client-key=${shellWord(key)} --embed-certs`,
    `kubectl config set-context ${shellWord(context)} --cluster=${shellWord(clusterName)} --user=${shellWord(user)} --namespace=${namespace}`,
    `kubectl config use-context ${shellWord(context)}`,
    '# 5. When done, or once it expired: the request object can go (it holds no secret).',
    `kubectl delete csr ${name}`,
  ];
}

/** The caps, for the usage text: `prod 8 h (break-glass 1 h)`. */
export function capsText(): string {
  return Object.entries(CERTIFICATE_HOURS)
    .map(([tier, caps]) => `${tier} ${caps.readOnly} h (break-glass ${caps.breakGlass} h)`)
    .join(', ');
}
