/**
 * Credentials from the External Secrets Operator: an ExternalSecret that
 * makes a Secret in the namespace from a secret manager (Vault, a cloud
 * secrets manager, …). No Secret with data is ever written to the repo. A
 * local environment has no secret store: nothing is rendered, and
 * `npm run local:secrets` makes the Secret (environmentSecrets lists it).
 */
import { Construct } from 'constructs';
import * as eso from '../../imports/external-secrets.io';
import type { CalypsoEnvironment } from './calypso-environment';
import { environmentSecrets } from '../model/local-tier';
import type { RemoteSecretRef, SecretStoreRef } from '../model/secret-refs';

/** Props of a CalypsoExternalSecret. */
export interface CalypsoExternalSecretProps {
  readonly environment: CalypsoEnvironment;
  /** Name of the ExternalSecret and of the Secret it makes. */
  readonly name: string;
  /** What the credential is for (`app.kubernetes.io/component`), e.g. `database`. */
  readonly component: string;
  /**
   * The store to read from.
   * @default - none: a local environment, whose Secret `npm run local:secrets` makes; nothing is rendered
   */
  readonly store?: SecretStoreRef;
  /** Secret key to remote value, e.g. `{ password: { key: 'calypso/prod/database', property: 'password' } }`. */
  readonly data: Readonly<Record<string, RemoteSecretRef>>;
  /**
   * How often the operator re-reads the values.
   * @default '1h'
   */
  readonly refreshInterval?: string;
  /**
   * Type of the Secret it makes (`target.template.type`), e.g. `kubernetes.io/tls`.
   * @default - Opaque
   */
  readonly secretType?: string;
}

/** One credential, fetched into a Secret by the External Secrets Operator. */
export class CalypsoExternalSecret extends Construct {
  /** The ExternalSecret; undefined without a store (a local environment). */
  public readonly externalSecret?: eso.ExternalSecret;

  public constructor(scope: Construct, id: string, props: CalypsoExternalSecretProps) {
    super(scope, id);
    if (props.store === undefined) {
      checkLocalSecret(props);
      return;
    }
    this.externalSecret = new eso.ExternalSecret(this, 'Resource', {
      metadata: { name: props.name, labels: props.environment.labels('external-secret', props.component) },
      spec: {
        refreshInterval: props.refreshInterval ?? '1h',
        secretStoreRef: {
          name: props.store.name,
          kind:
            props.store.kind === 'SecretStore'
              ? eso.ExternalSecretSpecSecretStoreRefKind.SECRET_STORE
              : eso.ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE,
        },
        // Owner: the Secret goes when the ExternalSecret does; nothing lingers after an environment is removed.
        target: {
          name: props.name,
          creationPolicy: eso.ExternalSecretSpecTargetCreationPolicy.OWNER,
          ...(props.secretType === undefined ? {} : { template: { type: props.secretType } }),
        },
        data: Object.entries(props.data).map(([secretKey, remote]) => ({
          secretKey,
          remoteRef: {
            key: remote.key,
            ...(remote.property === undefined ? {} : { property: remote.property }),
            ...(remote.decodingStrategy === undefined
              ? {}
              : { decodingStrategy: remote.decodingStrategy as eso.ExternalSecretSpecDataRemoteRefDecodingStrategy }),
          },
        })),
      },
    });
  }
}

/**
 * A Secret made from local files must be one `npm run local:secrets` makes,
 * with the same keys: else the pods would wait for a Secret nobody creates.
 */
function checkLocalSecret(props: CalypsoExternalSecretProps): void {
  const keys = Object.keys(props.data);
  const listed = environmentSecrets(props.environment.settings).find((secret) => secret.name === props.name);
  if (listed === undefined || [...listed.keys].sort().join() !== [...keys].sort().join()) {
    throw new Error(
      `environment ${props.environment.name}: Secret ${props.name} (keys ${keys.join(', ')}) is not one npm run local:secrets makes; add it to environmentSecrets (lib/model/local-tier.ts)`,
    );
  }
}
