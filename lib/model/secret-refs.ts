/** Where credentials come from: a secret store and a value in it, read by the External Secrets Operator. */

/** The SecretStore or ClusterSecretStore an ExternalSecret reads from. */
export interface SecretStoreRef {
  /** Store name. */
  readonly name: string;
  /**
   * Store kind.
   * @default 'ClusterSecretStore'
   */
  readonly kind?: 'SecretStore' | 'ClusterSecretStore';
}

/** Where one value lives in the secret manager. */
export interface RemoteSecretRef {
  /** Key (path) in the secret manager, e.g. `calypso/prod/database`. */
  readonly key: string;
  /**
   * Property inside that secret, for managers that store maps.
   * @default - the whole value
   */
  readonly property?: string;
  /**
   * How the operator decodes the value: `Base64` for binary files (keystores)
   * kept base64-encoded in the secret manager.
   * @default - the value as stored
   */
  readonly decodingStrategy?: 'None' | 'Base64' | 'Base64URL' | 'Auto';
}
