/**
 * `npm run access -- request`, end to end in temporary folders: the
 * CertificateSigningRequest it renders (signer, capped lifetime, usages,
 * the user and the group in the request's subject) validates against the
 * Kubernetes 1.28 and 1.36 OpenAPI documents; the key is made outside the
 * repository, readable by its owner only; the user's own request is
 * checked; and nothing is ever written under dist/.
 */
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runAccess } from '../apps/access';
import { accessGrant, CERTIFICATE_HOURS } from '../lib/model/access-certificates';
import { TIERS } from '../lib/model/tier';
import { SUPPORTED_KUBERNETES_VERSIONS } from '../lib/model/kubernetes-versions';
import { SchemaValidator } from '../lib/output/schema-validator';
import { snapshotTree, tempDir } from './helpers';
import { captureOutput, committedSpecs, REPO, tempProject } from './temp-project';

interface Csr {
  apiVersion: string;
  kind: string;
  metadata: { name: string; annotations: Record<string, string> };
  spec: { request: string; signerName: string; expirationSeconds: number; usages: string[] };
}

const NOW = new Date('2026-12-01T10:30:00.000Z');
const project = tempProject(committedSpecs());
const home = tempDir('calypso-access-home-');
const requestsDir = join(project.root, 'access-requests');

/** Runs the command in-process against the temporary project; its exit status and what it printed. */
function access(...args: string[]): { status: number; stdout: string; stderr: string } {
  const output = captureOutput();
  const status = runAccess(['request', ...args], output, { ...project.env, HOME: home }, NOW);
  return { status, stdout: output.stdout.join('\n'), stderr: output.stderr.join('\n') };
}
const readCsr = (file: string): Csr => parse(readFileSync(file, 'utf8')) as Csr;
/** The subject of the PEM request inside a CSR, as openssl prints it. */
const subjectOf = (csr: Csr): string =>
  spawnSync('openssl', ['req', '-noout', '-subject', '-nameopt', 'RFC2253'], {
    input: Buffer.from(csr.spec.request, 'base64').toString(),
    encoding: 'utf8',
  })
    .stdout.trim()
    .replace(/^subject=/, '');
/** A request the user made with their own key (RSA: the other key type the signer takes). */
function ownRequest(subject: string): string {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const keyFile = join(tempDir(), 'own.key');
  writeFileSync(keyFile, privateKey, { mode: 0o600 });
  const file = join(tempDir(), 'own.csr');
  writeFileSync(file, spawnSync('openssl', ['req', '-new', '-key', keyFile, '-subj', subject], { encoding: 'utf8' }).stdout);
  return file;
}

const readOnly = access('prod', 'alice@bank.com');
const readOnlyFile = join(requestsDir, 'calypso-prod-alice-bank.com-read-only-202612011030.yaml');
const breakGlass = access('prod', 'bob', '--break-glass', '--out', join(project.root, 'bob.yaml'));

describe('a read-only request in prod, made with a new key', () => {
  const csr = readCsr(readOnlyFile);

  test('a CertificateSigningRequest for the API server client signer, for the prod cap of 8 h, client auth', () => {
    expect(readOnly).toMatchObject({ status: 0, stderr: '' });
    expect(csr).toMatchObject({
      apiVersion: 'certificates.k8s.io/v1',
      kind: 'CertificateSigningRequest',
      metadata: { name: 'calypso-prod-alice-bank.com-read-only-202612011030' },
      spec: {
        signerName: 'kubernetes.io/kube-apiserver-client',
        expirationSeconds: 8 * 3600,
        usages: ['digital signature', 'client auth'],
      },
    });
  });

  test("the user is the request's CN, the prod read-only group from environments/prod.ts its only O", () => {
    expect(subjectOf(csr)).toBe('O=calypso-prod-readonly,CN=alice@bank.com');
    expect(csr.metadata.annotations).toMatchObject({ 'calypso.io/user': 'alice@bank.com', 'calypso.io/group': 'calypso-prod-readonly' });
  });

  test.each(SUPPORTED_KUBERNETES_VERSIONS)('it is valid against the Kubernetes %s OpenAPI document', (version) => {
    expect(SchemaValidator.instance(version).validate(csr as unknown as Parameters<SchemaValidator['validate']>[0])).toEqual([]);
  });

  test('the key is ECDSA P-256, outside the repository, readable by its owner only', () => {
    const keyFile = join(home, '.calypso-access', 'prod', 'calypso-prod-alice-bank.com-read-only-202612011030.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, '.calypso-access', 'prod')).mode & 0o077).toBe(0);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(spawnSync('openssl', ['pkey', '-in', keyFile, '-noout', '-text'], { encoding: 'utf8' }).stdout).toContain('NIST CURVE: P-256');
  });

  test('it prints the commands to approve, fetch the certificate and build a kubeconfig with the namespace', () => {
    const name = 'calypso-prod-alice-bank.com-read-only-202612011030';
    const certificate = join(home, '.calypso-access', 'prod', `${name}.crt`);
    const lines = readOnly.stdout.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        `kubectl create -f ${readOnlyFile}`,
        `kubectl certificate approve ${name}`,
        `kubectl get csr ${name} -o jsonpath='{.status.certificate}' | base64 -d > ${certificate}`,
        `kubectl config set-credentials prod-read-only-alice@bank.com --client-certificate=${certificate} --client-key=${certificate.replace(/crt$/, 'key')} --embed-certs`,
        'kubectl config set-context prod-read-only-alice@bank.com --cluster=calypso-prod --user=prod-read-only-alice@bank.com --namespace=calypso-prod',
      ]),
    );
    expect(lines[0]).toBe('read-only access to prod for alice@bank.com (group calypso-prod-readonly), 8 h (the prod cap is 8 h)');
  });
  test("the approver reads the subject from the request itself, not the requester's annotations; the printed command shows it", () => {
    const name = 'calypso-prod-alice-bank.com-read-only-202612011030';
    const lines = readOnly.stdout.split('\n');
    const command = `kubectl get csr ${name} -o jsonpath='{.spec.request}' | base64 -d | openssl req -noout -subject`;
    expect(lines).toContain(command);
    expect(lines.filter((line) => line.includes('.metadata.annotations'))).toEqual([]);
    // The part after kubectl, run on what kubectl would print: the request's own subject.
    const decoded = spawnSync('sh', ['-c', command.replace(/^kubectl .*? \| /, '')], { input: csr.spec.request, encoding: 'utf8' });
    expect(decoded.stdout.trim()).toBe('subject=CN = alice@bank.com, O = calypso-prod-readonly');
  });
});

test('--break-glass: the break-glass group, for the prod cap of 1 h', () => {
  expect(breakGlass).toMatchObject({ status: 0, stderr: '' });
  const csr = readCsr(join(project.root, 'bob.yaml'));
  expect(csr.spec.expirationSeconds).toBe(3600);
  expect(subjectOf(csr)).toBe('O=calypso-prod-break-glass,CN=bob');
});

test('--hours shortens it; above the cap is refused, naming the cap', () => {
  expect(access('uat', 'carol', '--hours', '2', '--out', join(project.root, 'carol.yaml')).status).toBe(0);
  expect(readCsr(join(project.root, 'carol.yaml')).spec.expirationSeconds).toBe(7200);
  expect(access('prod', 'alice', '--hours', '9')).toMatchObject({
    status: 1,
    stderr: 'access refused:\n[prod] field --hours: a read-only certificate in prod lives at most 8 h (9)',
  });
  expect(access('prod', 'alice', '--break-glass', '--hours', '2').stderr).toBe(
    'access refused:\n[prod] field --hours: a break-glass certificate in prod lives at most 1 h (2)',
  );
  expect(access('prod', 'alice', '--hours', 'soon').stderr).toBe('access refused:\n[prod] field --hours: is not a number of hours (soon)');
  expect(access('prod', 'alice', '--hours', 'Infinity').stderr).toBe(
    'access refused:\n[prod] field --hours: is not a number of hours (Infinity)',
  );
});

describe("the user's own request (--csr)", () => {
  test('a matching RSA request is taken as it is, with key encipherment for its RSA key, and no key is made', () => {
    const file = ownRequest('/CN=dave/O=calypso-prod-readonly');
    const result = access('prod', 'dave', '--csr', file, '--out', join(project.root, 'dave.yaml'));
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const csr = readCsr(join(project.root, 'dave.yaml'));
    expect(Buffer.from(csr.spec.request, 'base64').toString()).toBe(readFileSync(file, 'utf8'));
    expect(csr.spec.usages).toEqual(['digital signature', 'key encipherment', 'client auth']);
    expect(existsSync(join(home, '.calypso-access', 'prod', 'calypso-prod-dave-read-only-202612011030.key'))).toBe(false);
  });

  test.each([
    ['another user', '/CN=mallory/O=calypso-prod-readonly', 'its subject CN is "mallory", but the request is for user "dave"'],
    [
      'another group',
      '/CN=dave/O=calypso-prod-break-glass',
      'its subject O is "calypso-prod-break-glass", but a read-only certificate in prod is for group "calypso-prod-readonly"',
    ],
    [
      'an extra group',
      '/CN=dave/O=calypso-prod-readonly/O=system:masters',
      'its subject O is "calypso-prod-readonly", "system:masters", but a read-only certificate in prod is for group "calypso-prod-readonly"',
    ],
  ])('%s is refused, naming both', (_case, subject, message) => {
    const file = ownRequest(subject);
    expect(access('prod', 'dave', '--csr', file)).toMatchObject({
      status: 1,
      stderr: `access refused:\n[prod] field --csr: ${file}: ${message}`,
    });
  });

  test('a file that is no certificate request is refused', () => {
    const file = join(tempDir(), 'not.csr');
    writeFileSync(file, 'hello\n');
    expect(access('prod', 'dave', '--csr', file).stderr).toBe(
      'access refused:\n[prod] field --csr: is not a PEM certificate request (no "-----BEGIN CERTIFICATE REQUEST-----" line)',
    );
  });
});

describe('refusals', () => {
  test('a key folder inside the repository, before anything is made', () => {
    const keyDir = join(REPO, 'keys');
    expect(access('prod', 'erin', '--key-dir', keyDir)).toMatchObject({
      status: 1,
      stderr: `access refused:\n[prod] field --key-dir: ${keyDir} is inside the repository ${REPO}: a private key never goes where git could commit it`,
    });
    expect(existsSync(keyDir)).toBe(false);
  });

  test('a request under dist/', () => {
    const out = join(project.distDir, 'prod', 'csr.yaml');
    expect(access('prod', 'erin', '--out', out).stderr).toBe(
      `access refused:\n[prod] field --out: ${out} is inside ${project.distDir}: a request is not desired state, and ArgoCD would sync it`,
    );
  });

  test('break-glass where the environment has no break-glass group, an unknown environment, a user a certificate cannot carry', () => {
    expect(access('dev', 'erin', '--break-glass').stderr).toBe(
      'access refused:\n[dev] field access.breakGlassGroups: names no group, so a break-glass certificate would grant nothing; add the group to environments/dev.ts',
    );
    expect(access('staging', 'erin').stderr).toBe(
      'access refused:\n[staging] field environment: no environment named staging (environments: dev, local, prod, uat)',
    );
    expect(access('prod', 'system:admin').stderr).toBe(
      'access refused:\n[prod] field user: "system:admin" is not a user name for a certificate: letters, digits and ._@- of at most 64 characters, no two dots in a row, not starting with "system"',
    );
    // Two dots would make the request's name no DNS subdomain: kubectl create would fail after the key was made.
    expect(access('prod', 'a..b').stderr).toBe(
      'access refused:\n[prod] field user: "a..b" is not a user name for a certificate: letters, digits and ._@- of at most 64 characters, no two dots in a row, not starting with "system"',
    );
  });
});

test("the requests are never under dist/: the project has no dist/ at all, and the repository's is untouched by the command on the repository's own folders", () => {
  expect(existsSync(project.distDir)).toBe(false);
  expect(readdirSync(requestsDir)).toEqual(['calypso-prod-alice-bank.com-read-only-202612011030.yaml']);
  const dist = join(REPO, 'dist');
  const before = snapshotTree(dist);
  const requestsOf = (dir: string): Map<string, string> => (existsSync(dir) ? snapshotTree(dir) : new Map());
  const requestsBefore = requestsOf(join(REPO, 'access-requests'));
  // In process, with the default paths (environments/, dist/) and the clock; test/command-line.test.ts runs the real command.
  const output = captureOutput();
  expect(runAccess(['request', 'uat', 'frank', '--out', '-'], output, { ...process.env, HOME: tempDir() })).toBe(0);
  expect((parse(output.stdout.join('\n')) as Csr).spec).toMatchObject({
    signerName: 'kubernetes.io/kube-apiserver-client',
    expirationSeconds: 12 * 3600,
  });
  expect(output.stderr.join('\n')).toContain('kubectl certificate approve calypso-uat-frank-read-only-');
  expect(snapshotTree(dist)).toEqual(before);
  expect(requestsOf(join(REPO, 'access-requests'))).toEqual(requestsBefore);
});

test('every tier has caps, break-glass shorter than read-only; the default is the cap', () => {
  for (const tier of TIERS) {
    const caps = CERTIFICATE_HOURS[tier];
    expect(caps.breakGlass).toBeLessThan(caps.readOnly);
    const spec = { name: tier, tier, access: { readOnlyGroups: ['r'], breakGlassGroups: ['b'] } };
    expect(accessGrant(spec, { user: 'u' }).expirationSeconds).toBe(caps.readOnly * 3600);
    expect(accessGrant(spec, { user: 'u', breakGlass: true }).expirationSeconds).toBe(caps.breakGlass * 3600);
  }
});
