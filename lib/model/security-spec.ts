/**
 * The security settings of an environment, as plain data: network,
 * people's access, credentials besides the database's, and debug mode; and
 * their validation, which reports through the same collector as every other
 * spec rule.
 */
import { z } from 'zod';
import { accessProblems, AccessSpecSchema } from './access-spec';
import { credentialsProblems, LdapBindSpecSchema, TlsSpecSchema } from './credentials-spec';
import { debugProblems, DebugSpecSchema } from './debug-spec';
import type { ProblemCollector } from './errors';
import { networkProblems, NetworkSpecSchema, type NetworkedEnvironment } from './network-spec';
import type { SpecOf } from './schema';
import { ServerDirectory, type DirectoryEnvironment } from './server-directory';

/** The fields of SecuritySettings, for the environment's schema. */
export const SECURITY_SETTINGS_SHAPE = {
  /**
   * Traffic allowed besides the dependency graph: DNS, monitoring, external systems.
   * @default DNS and monitoring defaults, no external system
   */
  network: NetworkSpecSchema.optional(),
  /**
   * People's access to the namespace.
   * @default - nobody but cluster administrators
   */
  access: AccessSpecSchema.optional(),
  /**
   * TLS keystore and truststore.
   * @default - none
   */
  tls: TlsSpecSchema.optional(),
  /**
   * The Authserver's LDAP bind credentials.
   * @default - none
   */
  ldap: LdapBindSpecSchema.optional(),
  /**
   * Debug mode (JDWP) on chosen servers; refused in prod.
   * @default - off
   */
  debug: DebugSpecSchema.optional(),
};

/** Security settings of an environment; part of EnvironmentSettings. */
export const SecuritySettingsSchema = z.strictObject(SECURITY_SETTINGS_SHAPE);
export type SecuritySettings = SpecOf<typeof SecuritySettingsSchema>;

/** What the security rules read of an environment spec. */
export type SecuredEnvironment = DirectoryEnvironment &
  NetworkedEnvironment &
  Parameters<typeof accessProblems>[0] &
  Parameters<typeof credentialsProblems>[0] &
  Parameters<typeof debugProblems>[0];

/** Checks every security setting of a spec. */
export function securityProblems(spec: SecuredEnvironment, problems: ProblemCollector): void {
  const servers = new ServerDirectory(spec);
  networkProblems(spec, servers, problems);
  accessProblems(spec, problems);
  credentialsProblems(spec, servers, problems);
  debugProblems(spec, servers, problems);
}
