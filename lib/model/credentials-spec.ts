/**
 * Credentials besides the database's, as plain data: the TLS keystore and
 * truststore, and the Authserver's LDAP bind. Each is fetched by the External
 * Secrets Operator from the environment's secret store into a Secret of its
 * own, and mounted as files into the servers that use it.
 */
import { z } from 'zod';
import { DATABASE_SECRET_NAME } from './database-spec';
import type { ProblemCollector, Report } from './errors';
import { isDnsSubdomain } from './names';
import type { SpecOf } from './schema';
import { RemoteSecretRefSchema, type RemoteSecretRef } from './secret-refs';
import type { ServerDirectory } from './server-directory';

/** A Java keystore or truststore file and its password. */
export const JavaStoreSpecSchema = z.strictObject({
  /**
   * Name of the Secret (and of its ExternalSecret).
   * @default 'calypso-keystore' or 'calypso-truststore'
   */
  secretName: z.string().optional(),
  /** The store file in the secret manager; binary files are usually kept base64-encoded (`decodingStrategy: 'Base64'`). */
  file: RemoteSecretRefSchema,
  /** The store's password. */
  password: RemoteSecretRefSchema,
  /**
   * Servers that mount it.
   * @default - every server running in the cluster
   */
  servers: z.array(z.string()).optional(),
});
export type JavaStoreSpec = SpecOf<typeof JavaStoreSpecSchema>;

/** TLS material for connections between and into the servers. */
export const TlsSpecSchema = z.strictObject({
  /** The servers' certificate and private key: mount it only where a server terminates TLS. */
  keystore: JavaStoreSpecSchema.optional(),
  /** The certificate authorities the servers trust (no secret key, but still fetched, never committed). */
  truststore: JavaStoreSpecSchema.optional(),
});
export type TlsSpec = SpecOf<typeof TlsSpecSchema>;

/** The Authserver's LDAP bind credentials. */
export const LdapBindSpecSchema = z.strictObject({
  /**
   * Name of the Secret (and of its ExternalSecret).
   * @default 'calypso-ldap-bind'
   */
  secretName: z.string().optional(),
  /** The bind DN. */
  bindDn: RemoteSecretRefSchema,
  /** The bind password. */
  password: RemoteSecretRefSchema,
});
export type LdapBindSpec = SpecOf<typeof LdapBindSpecSchema>;

/** Default Secret names of the credentials. */
export const CREDENTIAL_SECRET_NAMES = {
  keystore: 'calypso-keystore',
  truststore: 'calypso-truststore',
  ldapBind: 'calypso-ldap-bind',
} as const;

/** Server kinds that bind to LDAP. */
export const LDAP_BIND_KINDS: readonly string[] = ['authserver'];

/** An empty key; the schema has checked the rest of the reference. */
export function remoteSecretProblems(field: string, ref: RemoteSecretRef | undefined, fail: Report): void {
  if (!ref?.key) fail(field, 'needs the key of the value in the secret manager');
}

/**
 * Checks the TLS stores and the LDAP bind: remote keys, Secret names (one
 * Secret per credential), and the servers that mount the stores.
 */
export function credentialsProblems(
  spec: {
    readonly database: { readonly credentials?: { readonly secretName?: string } };
    readonly tls?: TlsSpec;
    readonly ldap?: LdapBindSpec;
  },
  servers: ServerDirectory,
  problems: ProblemCollector,
): void {
  const fail = problems.reporter();
  const secrets = new Map<string, string>([[spec.database.credentials?.secretName ?? DATABASE_SECRET_NAME, 'database.credentials']]);
  const claimSecret = (field: string, name: string): void => {
    if (!isDnsSubdomain(name)) fail(`${field}.secretName`, `"${name}" is not a Secret name`);
    const owner = secrets.get(name);
    if (owner) fail(`${field}.secretName`, `"${name}" is already the Secret of ${owner}; each credential needs a Secret of its own`);
    secrets.set(name, field);
  };

  for (const role of ['keystore', 'truststore'] as const) {
    const store = spec.tls?.[role];
    if (store === undefined) continue;
    const field = `tls.${role}`;
    claimSecret(field, store.secretName ?? CREDENTIAL_SECRET_NAMES[role]);
    remoteSecretProblems(`${field}.file`, store.file, fail);
    remoteSecretProblems(`${field}.password`, store.password, fail);
    if (store.servers !== undefined && store.servers.length === 0) {
      fail(`${field}.servers`, `names no server; leave it out to mount the ${role} in every server`);
    }
    for (const server of store.servers ?? []) {
      const problem = servers.podServerProblem(server, `it has no pod to mount the ${role} in`);
      if (problem) fail(`${field}.servers`, problem);
    }
  }

  const ldap = spec.ldap;
  if (ldap !== undefined) {
    claimSecret('ldap', ldap.secretName ?? CREDENTIAL_SECRET_NAMES.ldapBind);
    remoteSecretProblems('ldap.bindDn', ldap.bindDn, fail);
    remoteSecretProblems('ldap.password', ldap.password, fail);
  }
}
