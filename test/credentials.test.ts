/**
 * Credentials: one ExternalSecret per credential, each from the store the
 * spec names with the remote keys from the spec, mounted read-only as files
 * where the server needs it; and no Secret anywhere in dist/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { DIST_DIR } from '../apps/dist-folder';
import type { Manifest } from '../lib/output/render';
import { loadEnvironments } from '../apps/load-environments';
import { environmentSecrets, type EnvironmentSpec } from '../lib';
import { committedFolders } from './committed-dist';
import { sharedEnvironments } from './shared-render';
import { SchemaValidator } from '../lib/output/schema-validator';
import { committedManifests, find, podOf, render, serverContainer, serverWorkloads, testSpec } from './helpers';

interface ExternalSecretSpec {
  secretStoreRef: { name: string; kind: string };
  target: { name: string; creationPolicy: string };
  data: { secretKey: string; remoteRef: { key: string; property?: string; decodingStrategy?: string } }[];
}

const environments = new Map(sharedEnvironments().map((environment) => [environment.name, environment.manifests]));
const workloads = (manifests: readonly Manifest[]): Manifest[] => serverWorkloads(manifests);
const secretVolumes = (workload: Manifest): Record<string, string> =>
  Object.fromEntries((podOf(workload).volumes ?? []).filter((v) => v.secret).map((v) => [v.name, v.secret?.secretName as string]));
const mountOf = (workload: Manifest, volume: string): unknown => serverContainer(workload).volumeMounts?.find((m) => m.name === volume);

test('no Secret anywhere in dist/: every file of every environment, parsed', () => {
  const kinds: string[] = [];
  // The files of the environment folders as the global setup parsed them (once per run); any other file is parsed here.
  const parsed = new Map(
    committedFolders().flatMap((folder) =>
      [...folder.files].map(([file, objects]) => [join(DIST_DIR, folder.name, file), objects] as const),
    ),
  );
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry)) {
        const objects = parsed.get(path) ?? parseAllDocuments(readFileSync(path, 'utf8')).map((document) => document.toJS() as unknown);
        for (const object of objects) {
          const kind = (object as { kind?: string } | null)?.kind ?? '';
          kinds.push(kind);
          expect({ path, kind }).not.toEqual({ path, kind: 'Secret' });
        }
      }
    }
  };
  walk(DIST_DIR);
  expect(kinds.length).toBeGreaterThan(150);
  expect(kinds).toContain('ExternalSecret');
});

test('prod: an ExternalSecret per credential, from the prod store, with the remote keys from the spec', () => {
  const prod = committedManifests('prod');
  const spec = (name: string): ExternalSecretSpec => find(prod, 'ExternalSecret', name).spec as ExternalSecretSpec;
  const names = prod.filter((m) => m.kind === 'ExternalSecret').map((m) => m.metadata.name);
  // calypso-prod-tls: the front door's certificate (a kubernetes.io/tls Secret for the Gateway's listeners).
  expect(names.sort()).toEqual([
    'calypso-alerting',
    'calypso-database',
    'calypso-keystore',
    'calypso-ldap-bind',
    'calypso-prod-tls',
    'calypso-truststore',
  ]);
  for (const name of names) {
    expect(spec(name).secretStoreRef).toEqual({ name: 'vault-calypso-prod', kind: 'ClusterSecretStore' });
    expect(spec(name).target).toEqual(
      name === 'calypso-prod-tls'
        ? { name, creationPolicy: 'Owner', template: { type: 'kubernetes.io/tls' } }
        : { name, creationPolicy: 'Owner' },
    );
  }
  expect(spec('calypso-keystore').data).toEqual([
    { secretKey: 'keystore.p12', remoteRef: { key: 'calypso/prod/tls/keystore', property: 'file', decodingStrategy: 'Base64' } },
    { secretKey: 'password', remoteRef: { key: 'calypso/prod/tls/keystore', property: 'password' } },
  ]);
  expect(spec('calypso-ldap-bind').data).toEqual([
    { secretKey: 'bind-dn', remoteRef: { key: 'calypso/prod/ldap-bind', property: 'bind-dn' } },
    { secretKey: 'password', remoteRef: { key: 'calypso/prod/ldap-bind', property: 'password' } },
  ]);
});

test('every Secret a pod mounts is made by an ExternalSecret of its environment (in a local one, by npm run local:secrets)', () => {
  const specs = new Map(loadEnvironments().map((environment) => [environment.name, environment.spec]));
  for (const [name, manifests] of environments) {
    const spec = specs.get(name) as EnvironmentSpec;
    const made = new Set(
      spec.tier === 'local'
        ? environmentSecrets(spec).map((secret) => secret.name)
        : manifests.filter((m) => m.kind === 'ExternalSecret').map((m) => (m.spec as ExternalSecretSpec).target.name),
    );
    for (const workload of workloads(manifests)) {
      for (const secret of Object.values(secretVolumes(workload))) expect(made).toContain(secret);
    }
  }
});

test('prod mounts: the keystore only where TLS is served, the truststore everywhere, the LDAP bind only in the Authserver; all read-only', () => {
  const prod = committedManifests('prod');
  for (const workload of workloads(prod)) {
    const volumes = secretVolumes(workload);
    const name = workload.metadata.name;
    expect(volumes.truststore).toBe('calypso-truststore');
    expect(volumes.keystore).toBe(['eventserver', 'authserver', 'dataserver'].includes(name) ? 'calypso-keystore' : undefined);
    expect(volumes['ldap-bind']).toBe(name === 'authserver' ? 'calypso-ldap-bind' : undefined);
    expect(mountOf(workload, 'truststore')).toEqual({
      name: 'truststore',
      mountPath: '/var/run/secrets/calypso/truststore',
      readOnly: true,
    });
    const mode = (podOf(workload).volumes ?? []).find((v) => v.name === 'truststore')?.secret?.defaultMode;
    expect(mode).toBe(0o440);
  }
  expect(mountOf(find(prod, 'Deployment', 'authserver'), 'ldap-bind')).toEqual({
    name: 'ldap-bind',
    mountPath: '/var/run/secrets/calypso/ldap',
    readOnly: true,
  });
});

test('dev has only the database credentials', () => {
  const dev = committedManifests('dev');
  expect(dev.filter((m) => m.kind === 'ExternalSecret').map((m) => m.metadata.name)).toEqual(['calypso-database']);
});

test('mount paths and file names come from the image contract and can be overridden', () => {
  const spec = testSpec({
    tls: {
      truststore: {
        file: { key: 'k/trust', property: 'file' },
        password: { key: 'k/trust', property: 'password' },
        secretName: 'bank-trust',
      },
    },
    imageContract: { tls: { truststoreDirectory: '/etc/calypso/trust', truststoreFile: 'cacerts.jks' } },
  });
  const manifests = render(spec);
  expect(mountOf(find(manifests, 'Deployment', 'dataserver'), 'truststore')).toEqual({
    name: 'truststore',
    mountPath: '/etc/calypso/trust',
    readOnly: true,
  });
  expect((find(manifests, 'ExternalSecret', 'bank-trust').spec as ExternalSecretSpec).data.map((d) => d.secretKey)).toEqual([
    'cacerts.jks',
    'password',
  ]);
});

test('ExternalSecrets are checked against the External Secrets CRD schema', () => {
  const keystore = find(committedManifests('prod'), 'ExternalSecret', 'calypso-keystore');
  expect(SchemaValidator.instance().validate(keystore)).toEqual([]);
  const spec = keystore.spec as ExternalSecretSpec;
  const broken = {
    ...keystore,
    spec: { ...spec, data: [{ ...spec.data[0], remoteRef: { ...spec.data[0].remoteRef, decodingStrategy: 'Rot13' } }] },
  };
  expect(
    SchemaValidator.instance()
      .validate(broken)
      .map((finding) => `${finding.path}: ${finding.message}`)
      .join('\n'),
  ).toMatch(/decodingStrategy: must be equal to one of the allowed values/);
});
