/** Where credentials come from: a secret store and a value in it, read by the External Secrets Operator. */
import { z } from 'zod';
import { oneOf, whenMissing, type SpecOf } from './schema';
import { TiersSchema } from './tier';

const REMOTE_KEY_MISSING = 'needs the key of the value in the secret manager';

/** The fields of a SecretStore or ClusterSecretStore reference. */
const SECRET_STORE_REF_SHAPE = {
  /** Store name. */
  name: z.string(),
  /**
   * Store kind.
   * @default 'ClusterSecretStore'
   */
  kind: oneOf(['SecretStore', 'ClusterSecretStore']).optional(),
};

/** The SecretStore or ClusterSecretStore an ExternalSecret reads from. */
export const SecretStoreRefSchema = z.strictObject(SECRET_STORE_REF_SHAPE);
export type SecretStoreRef = SpecOf<typeof SecretStoreRefSchema>;

const SECRET_STORE_MISSING =
  'credentials (database, keystores, LDAP bind) are read from a secret store; name a SecretStore or ClusterSecretStore';

/** The environment's secret store: the reference, and the tiers whose secrets it holds. */
export const SecretStoreSpecSchema = z.strictObject(
  {
    ...SECRET_STORE_REF_SHAPE,
    /** Tiers whose credentials the store holds (prod keeps its own). */
    tiers: TiersSchema,
  },
  whenMissing(SECRET_STORE_MISSING),
);
export type SecretStoreSpec = SpecOf<typeof SecretStoreSpecSchema>;

/** Where one value lives in the secret manager. */
export const RemoteSecretRefSchema = z.strictObject(
  {
    /** Key (path) in the secret manager, e.g. `calypso/prod/database`. */
    key: z.string(whenMissing(REMOTE_KEY_MISSING)),
    /**
     * Property inside that secret, for managers that store maps.
     * @default - the whole value
     */
    property: z.string().optional(),
    /**
     * How the operator decodes the value: `Base64` for binary files (keystores)
     * kept base64-encoded in the secret manager.
     * @default - the value as stored
     */
    decodingStrategy: oneOf(['None', 'Base64', 'Base64URL', 'Auto']).optional(),
  },
  whenMissing(REMOTE_KEY_MISSING),
);
export type RemoteSecretRef = SpecOf<typeof RemoteSecretRefSchema>;
