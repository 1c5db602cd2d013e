/**
 * Short-lived client certificates for people, as plain data: how long a
 * certificate may live per tier and kind of access, which group it puts its
 * holder in (the certificate's `O=`, from the environment's access groups),
 * and the checks on a request (its user, its hours, and the subject of a
 * request the user made themselves). The white paper's "client certificates
 * which default to read only access and time out after a fixed period";
 * `npm run access` (apps/access.ts) renders the CertificateSigningRequest.
 */
import type { AccessSpec } from './access-spec';
import { SpecError } from './errors';
import type { Tier } from './tier';

/** What a certificate grants: the tier's read-only group, or its break-glass group (exec, port-forward, the runbooks' remedies). */
export type AccessKind = 'read-only' | 'break-glass';

/** How long a certificate may live, in hours, per kind of access. */
export interface CertificateHours {
  /** Cap (and default) of a read-only certificate. */
  readonly readOnly: number;
  /** Cap (and default) of a break-glass certificate: shorter, it can change state. */
  readonly breakGlass: number;
}

/**
 * The caps per tier. Prod: a working day to read, an hour to act (the
 * white paper's "time out after a fixed period"). UAT: half a day and half
 * a morning, as a test cycle runs. Dev: a day and a working day; dev's
 * debug groups hold exec and port-forward anyway. Local: as dev (the
 * developer owns the cluster; a certificate there is only a rehearsal).
 */
export const CERTIFICATE_HOURS: Readonly<Record<Tier, CertificateHours>> = {
  local: { readOnly: 24, breakGlass: 8 },
  dev: { readOnly: 24, breakGlass: 8 },
  uat: { readOnly: 12, breakGlass: 4 },
  prod: { readOnly: 8, breakGlass: 1 },
};

/** The signer that issues client certificates the API server accepts (kube-controller-manager's built-in signer). */
export const CLIENT_CERTIFICATE_SIGNER = 'kubernetes.io/kube-apiserver-client';

/** The shortest lifetime the CertificateSigningRequest API accepts (`expirationSeconds` of at least 600). */
export const SHORTEST_CERTIFICATE_SECONDS = 600;

/**
 * A user name: what the certificate's `CN=` and the API server's audit log carry. Letters, digits and `._@-`,
 * no two dots in a row (the request's name carries the user, and a DNS subdomain has no empty label).
 */
const USER_NAME = /^(?!.*\.\.)[A-Za-z0-9](?:[A-Za-z0-9._@-]{0,62}[A-Za-z0-9])?$/;

/** What one certificate request asks for, checked. */
export interface AccessGrant {
  readonly environment: string;
  readonly tier: Tier;
  readonly user: string;
  readonly kind: AccessKind;
  /** The group the certificate puts its holder in: its only `O=`. */
  readonly group: string;
  /** The certificate's lifetime, `spec.expirationSeconds`. */
  readonly expirationSeconds: number;
  /** The tier's cap for this kind, in hours. */
  readonly capHours: number;
}

/** What a request is for. */
export interface AccessRequestOptions {
  readonly user: string;
  /** @default the tier's cap for the kind */
  readonly hours?: number;
  /** Ask for the break-glass group instead of the read-only one. @default false */
  readonly breakGlass?: boolean;
}

function fail(environment: string, field: string, message: string): never {
  throw new SpecError([{ environment, field, message }]);
}

/**
 * The grant a request asks for: the first of the environment's read-only
 * (or break-glass) groups, for the hours asked or the tier's cap. Throws a
 * SpecError for a user name a certificate cannot carry, hours above the cap
 * or below ten minutes, and an environment without such a group.
 */
export function accessGrant(
  spec: { readonly name: string; readonly tier: Tier; readonly access?: AccessSpec },
  options: AccessRequestOptions,
): AccessGrant {
  const { name, tier } = spec;
  const kind: AccessKind = options.breakGlass === true ? 'break-glass' : 'read-only';
  if (!USER_NAME.test(options.user) || options.user.startsWith('system')) {
    fail(
      name,
      'user',
      `"${options.user}" is not a user name for a certificate: letters, digits and ._@- of at most 64 characters, no two dots in a row, not starting with "system"`,
    );
  }
  const groupsField = kind === 'break-glass' ? 'access.breakGlassGroups' : 'access.readOnlyGroups';
  const groups = (kind === 'break-glass' ? spec.access?.breakGlassGroups : spec.access?.readOnlyGroups) ?? [];
  if (groups.length === 0) {
    fail(name, groupsField, `names no group, so a ${kind} certificate would grant nothing; add the group to environments/${name}.ts`);
  }
  const caps = CERTIFICATE_HOURS[tier];
  const capHours = kind === 'break-glass' ? caps.breakGlass : caps.readOnly;
  const hours = options.hours ?? capHours;
  if (!Number.isFinite(hours)) fail(name, '--hours', `is not a number of hours (${options.hours})`);
  if (hours * 3600 < SHORTEST_CERTIFICATE_SECONDS) {
    fail(name, '--hours', `a certificate lives at least ${SHORTEST_CERTIFICATE_SECONDS / 60} minutes (${options.hours})`);
  }
  if (hours > capHours) {
    fail(name, '--hours', `a ${kind} certificate in ${tier} lives at most ${capHours} h (${hours})`);
  }
  return { environment: name, tier, user: options.user, kind, group: groups[0], expirationSeconds: Math.round(hours * 3600), capHours };
}

/** A certificate request's subject, as parsed: every `CN=` and every `O=`. */
export interface RequestSubject {
  readonly commonNames: readonly string[];
  readonly organizations: readonly string[];
}

/**
 * Checks the subject of a request the user made themselves: exactly one
 * `CN=`, the user, and exactly one `O=`, the grant's group. Any other
 * `O=` would put the holder in another group (`system:masters` among
 * them) once the certificate is signed.
 */
export function subjectProblems(grant: AccessGrant, subject: RequestSubject): string[] {
  const problems: string[] = [];
  const show = (values: readonly string[]): string => (values.length === 0 ? 'none' : values.map((value) => `"${value}"`).join(', '));
  if (subject.commonNames.length !== 1 || subject.commonNames[0] !== grant.user) {
    problems.push(`its subject CN is ${show(subject.commonNames)}, but the request is for user "${grant.user}"`);
  }
  if (subject.organizations.length !== 1 || subject.organizations[0] !== grant.group) {
    problems.push(
      `its subject O is ${show(subject.organizations)}, but a ${grant.kind} certificate in ${grant.environment} is for group "${grant.group}"`,
    );
  }
  return problems;
}

/**
 * The CertificateSigningRequest's name (cluster-scoped, so unique per
 * environment, user, kind and minute): `calypso-<env>-<user>-<kind>-<yyyymmddhhmm>`.
 */
export function accessRequestName(grant: AccessGrant, now: Date): string {
  const user = grant.user.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 12);
  return `calypso-${grant.environment}-${user}-${grant.kind}-${stamp}`;
}
