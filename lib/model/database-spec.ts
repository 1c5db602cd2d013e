/** The database an environment runs against, and where its credentials live. */
import { z } from 'zod';
import { DatabaseNetworkSchema } from './network-spec';
import { oneOf, type SpecOf } from './schema';
import { RemoteSecretRefSchema } from './secret-refs';

/** Database vendors Calypso supports (others go through `custom`). */
export const DATABASE_VENDORS = ['oracle', 'sybase', 'postgresql', 'custom'] as const;
export type DatabaseVendor = (typeof DATABASE_VENDORS)[number];

/** JDBC URL prefix and driver class per vendor. */
export const DATABASE_DRIVERS: Readonly<Record<Exclude<DatabaseVendor, 'custom'>, { urlPrefix: string; driverClass: string }>> = {
  oracle: { urlPrefix: 'jdbc:oracle:', driverClass: 'oracle.jdbc.OracleDriver' },
  sybase: { urlPrefix: 'jdbc:sybase:', driverClass: 'com.sybase.jdbc4.jdbc.SybDriver' },
  postgresql: { urlPrefix: 'jdbc:postgresql:', driverClass: 'org.postgresql.Driver' },
};

/** Default name of the database credentials Secret. */
export const DATABASE_SECRET_NAME = 'calypso-database';

/** The database credentials: fetched by the External Secrets Operator into a Secret with `username` and `password`. */
export const DatabaseCredentialsSchema = z.strictObject({
  /**
   * Name of the Secret (and of its ExternalSecret).
   * @default 'calypso-database'
   */
  secretName: z.string().optional(),
  /** The database user in the secret manager. */
  username: RemoteSecretRefSchema,
  /** The database password in the secret manager. */
  password: RemoteSecretRefSchema,
});
export type DatabaseCredentials = SpecOf<typeof DatabaseCredentialsSchema>;

/** The database an environment runs against. */
export const DatabaseSpecSchema = z.strictObject({
  /** Database vendor. */
  vendor: oneOf(DATABASE_VENDORS, 'a vendor'),
  /** JDBC URL, e.g. `jdbc:oracle:thin:@//db.bank.internal:1521/CALPROD`. */
  jdbcUrl: z.string(),
  /**
   * JDBC driver class.
   * @default - the vendor's driver; required for `custom`
   */
  driverClass: z.string().optional(),
  /** Where the database user and password live in the secret manager. */
  credentials: DatabaseCredentialsSchema,
  /** The database hosts' addresses and port, for the egress network policy (required by CalypsoPlatform). */
  network: DatabaseNetworkSchema.optional(),
});
export type DatabaseSpec = SpecOf<typeof DatabaseSpecSchema>;
