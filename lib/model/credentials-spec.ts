/**
 * Credentials besides the database's, as plain data: the TLS keystore and
 * truststore, and the Authserver's LDAP bind. Each is fetched by the External
 * Secrets Operator from the environment's secret store into a Secret of its
 * own, and mounted as files into the servers that use it.
 */
import { DATABASE_SECRET_NAME, type EnvironmentSpec } from './environment-spec';
import type { ProblemCollector } from './errors';
import type { RemoteSecretRef } from './secret-refs';
import { isDnsSubdomain } from './names';
import type { ServerDirectory } from './server-directory';

/** A Java keystore or truststore file and its password. */
export interface JavaStoreSpec {
  /**
   * Name of the Secret (and of its ExternalSecret).
   * @default 'calypso-keystore' or 'calypso-truststore'
   */
  readonly secretName?: string;
  /** The store file in the secret manager; binary files are usually kept base64-encoded (`decodingStrategy: 'Base64'`). */
  readonly file: RemoteSecretRef;
  /** The store's password. */
  readonly password: RemoteSecretRef;
  /**
   * Servers that mount it.
   * @default - every server running in the cluster
   */
  readonly servers?: readonly string[];
}

/** TLS material for connections between and into the servers. */
export interface TlsSpec {
  /** The servers' certificate and private key: mount it only where a server terminates TLS. */
  readonly keystore?: JavaStoreSpec;
  /** The certificate authorities the servers trust (no secret key, but still fetched, never committed). */
  readonly truststore?: JavaStoreSpec;
}

/** The Authserver's LDAP bind credentials. */
export interface LdapBindSpec {
  /**
   * Name of the Secret (and of its ExternalSecret).
   * @default 'calypso-ldap-bind'
   */
  readonly secretName?: string;
  /** The bind DN. */
  readonly bindDn: RemoteSecretRef;
  /** The bind password. */
  readonly password: RemoteSecretRef;
}

/** Default Secret names of the credentials. */
export const CREDENTIAL_SECRET_NAMES = {
  keystore: 'calypso-keystore',
  truststore: 'calypso-truststore',
  ldapBind: 'calypso-ldap-bind',
} as const;

/** Server kinds that bind to LDAP. */
export const LDAP_BIND_KINDS: readonly string[] = ['authserver'];

function remoteProblems(field: string, ref: RemoteSecretRef | undefined, fail: (field: string, message: string) => void): void {
  if (!ref?.key) fail(field, 'needs the key of the value in the secret manager');
  const strategies = ['None', 'Base64', 'Base64URL', 'Auto'];
  if (ref?.decodingStrategy !== undefined && !strategies.includes(ref.decodingStrategy)) {
    fail(`${field}.decodingStrategy`, `"${ref.decodingStrategy}" is not one of ${strategies.join(', ')}`);
  }
}

/**
 * Checks the TLS stores and the LDAP bind: remote keys, Secret names (one
 * Secret per credential), and the servers that mount the stores.
 */
export function credentialsProblems(spec: EnvironmentSpec, servers: ServerDirectory, problems: ProblemCollector): void {
  const fail = (field: string, message: string): void => problems.environmentProblem(field, message);
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
    remoteProblems(`${field}.file`, store.file, fail);
    remoteProblems(`${field}.password`, store.password, fail);
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
    remoteProblems('ldap.bindDn', ldap.bindDn, fail);
    remoteProblems('ldap.password', ldap.password, fail);
  }
}
