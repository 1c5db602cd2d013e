/**
 * The credentials besides the database's: the TLS keystore and truststore
 * and the Authserver's LDAP bind. Each is an ExternalSecret reading from the
 * environment's secret store, and its Secret is mounted read-only as files
 * into the servers that use it, at the paths the image contract assumes.
 */
import type { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import type { CalypsoEnvironment } from './calypso-environment';
import type { CalypsoServer } from './calypso-server';
import { CREDENTIAL_SECRET_NAMES } from '../model/credentials-spec';
import type { CredentialRole } from '../model/server-plan';
import { CalypsoExternalSecret } from './external-secret';
import type { RemoteSecretRef } from '../model/secret-refs';

/** Props of CalypsoCredentials. */
export interface CalypsoCredentialsProps {
  readonly environment: CalypsoEnvironment;
  /** Every server of the environment. */
  readonly servers: readonly CalypsoServer[];
}

/** Volume names of the credentials inside a server pod. */
const VOLUMES = { keystore: 'keystore', truststore: 'truststore', ldapBind: 'ldap-bind' } as const;

/** The TLS stores and LDAP bind credentials of one environment. */
export class CalypsoCredentials extends Construct {
  /** ExternalSecrets made, by Secret name. */
  public readonly externalSecrets = new Map<string, CalypsoExternalSecret>();
  private readonly environment: CalypsoEnvironment;
  private readonly volumes: { role: CredentialRole; volume: k8s.Volume; directory: string }[] = [];

  public constructor(scope: Construct, id: string, props: CalypsoCredentialsProps) {
    super(scope, id);
    const env = props.environment;
    this.environment = env;
    const settings = env.settings;
    const tls = env.contract.tls;
    const inCluster = props.servers.filter((server) => server.workload !== undefined);
    // Which server mounts what is resolved with the server (its plan's credentialMounts).
    const mountedBy = (role: CredentialRole): CalypsoServer[] => inCluster.filter((server) => server.plan.credentialMounts.includes(role));

    const stores = [
      { role: 'keystore', spec: settings.tls?.keystore, directory: tls.keystoreDirectory, file: tls.keystoreFile },
      { role: 'truststore', spec: settings.tls?.truststore, directory: tls.truststoreDirectory, file: tls.truststoreFile },
    ] as const;
    for (const { role, spec, directory, file } of stores) {
      if (spec === undefined) continue;
      const data = { [file]: spec.file, [tls.passwordFile]: spec.password };
      this.mount(role, spec.secretName ?? CREDENTIAL_SECRET_NAMES[role], data, directory, mountedBy(role));
    }

    const ldap = settings.ldap;
    if (ldap !== undefined) {
      const files = env.contract.ldapBind;
      const data = { [files.bindDnFile]: ldap.bindDn, [files.passwordFile]: ldap.password };
      this.mount('ldapBind', ldap.secretName ?? CREDENTIAL_SECRET_NAMES.ldapBind, data, files.directory, mountedBy('ldapBind'));
    }
  }

  private mount(
    role: keyof typeof VOLUMES,
    secretName: string,
    data: Record<string, RemoteSecretRef>,
    directory: string,
    servers: readonly CalypsoServer[],
  ): void {
    const env = this.environment;
    this.externalSecrets.set(
      secretName,
      new CalypsoExternalSecret(this, role, {
        environment: env,
        name: secretName,
        component: VOLUMES[role],
        store: env.settings.secretStore,
        data,
      }),
    );
    const volume: k8s.Volume = { name: VOLUMES[role], secret: { secretName, defaultMode: 0o440 } };
    this.volumes.push({ role, volume, directory });
    for (const server of servers) server.addVolume(volume, { mountPath: directory, readOnly: true });
  }

  /** Mounts the credentials a server added after these were built uses (its plan's credentialMounts). */
  public addServer(server: CalypsoServer): void {
    if (server.workload === undefined) return;
    for (const { role, volume, directory } of this.volumes)
      if (server.plan.credentialMounts.includes(role)) server.addVolume(volume, { mountPath: directory, readOnly: true });
  }
}
