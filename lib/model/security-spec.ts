/**
 * The security settings of an environment, as plain data: network,
 * people's access, credentials besides the database's, and debug mode; and
 * their validation, which reports through the same collector as every other
 * spec rule.
 */
import { accessProblems, type AccessSpec } from './access-spec';
import { credentialsProblems, type LdapBindSpec, type TlsSpec } from './credentials-spec';
import { debugProblems, type DebugSpec } from './debug-spec';
import type { EnvironmentSpec } from './environment-spec';
import type { ProblemCollector } from './errors';
import { networkProblems, type NetworkSpec } from './network-spec';
import { ServerDirectory } from './server-directory';

/** Security settings of an environment; part of EnvironmentSettings. */
export interface SecuritySettings {
  /**
   * Traffic allowed besides the dependency graph: DNS, monitoring, external systems.
   * @default DNS and monitoring defaults, no external system
   */
  readonly network?: NetworkSpec;
  /**
   * People's access to the namespace.
   * @default - nobody but cluster administrators
   */
  readonly access?: AccessSpec;
  /**
   * TLS keystore and truststore.
   * @default - none
   */
  readonly tls?: TlsSpec;
  /**
   * The Authserver's LDAP bind credentials.
   * @default - none
   */
  readonly ldap?: LdapBindSpec;
  /**
   * Debug mode (JDWP) on chosen servers; refused in prod.
   * @default - off
   */
  readonly debug?: DebugSpec;
}

/** Checks every security setting of a spec. */
export function securityProblems(spec: EnvironmentSpec, problems: ProblemCollector): void {
  const servers = new ServerDirectory(spec);
  networkProblems(spec, servers, problems);
  accessProblems(spec, problems);
  credentialsProblems(spec, servers, problems);
  debugProblems(spec, servers, problems);
}
