/**
 * The front door's TLS Secret, when the spec has it made from the secret
 * store: an ExternalSecret of type `kubernetes.io/tls` (keys `tls.crt` and
 * `tls.key`, the ExternalSecret CRD's `target.template.type`). With
 * `clusterIssuer` cert-manager makes the Secret, and with `provided` the
 * platform does; nothing is rendered for either.
 */
import { Construct } from 'constructs';
import type { CalypsoEnvironment } from './calypso-environment';
import { CalypsoExternalSecret } from './external-secret';
import type { IngressSpec } from '../model/ingress-spec';

/** Name of the TLS Secret of an environment's front door (Gateway or Ingress). */
export function ingressTlsSecretName(environment: CalypsoEnvironment, spec: IngressSpec): string {
  return spec.tls?.secretName ?? `${environment.name}-ingress-tls`;
}

/** Annotation that has cert-manager issue the front door's certificate (on an Ingress or a Gateway). */
export const CERT_MANAGER_CLUSTER_ISSUER_ANNOTATION = 'cert-manager.io/cluster-issuer';

/** Type of a Secret holding a certificate and its key. */
export const TLS_SECRET_TYPE = 'kubernetes.io/tls';

/** Props of CalypsoFrontDoorTls. */
export interface CalypsoFrontDoorTlsProps {
  readonly environment: CalypsoEnvironment;
  readonly spec: IngressSpec;
}

/** The ExternalSecret that makes the front door's certificate Secret, if the spec asks for one. */
export class CalypsoFrontDoorTls extends Construct {
  /** The ExternalSecret; undefined when cert-manager or the platform makes the Secret. */
  public readonly externalSecret?: CalypsoExternalSecret;

  public constructor(scope: Construct, id: string, props: CalypsoFrontDoorTlsProps) {
    super(scope, id);
    const fromStore = props.spec.tls?.fromSecretStore;
    if (fromStore === undefined) return;
    this.externalSecret = new CalypsoExternalSecret(this, 'ExternalSecret', {
      environment: props.environment,
      name: ingressTlsSecretName(props.environment, props.spec),
      component: 'ingress-tls',
      store: props.environment.settings.secretStore,
      data: { 'tls.crt': fromStore.certificate, 'tls.key': fromStore.privateKey },
      secretType: TLS_SECRET_TYPE,
    });
  }
}
