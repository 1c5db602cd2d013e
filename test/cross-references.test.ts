/**
 * Cross-object references, over the committed dist/: every Secret,
 * ConfigMap, ServiceAccount, claim (claim templates included),
 * PriorityClass, StorageClass, IngressClass, GatewayClass and Gateway that a
 * pod or object names is rendered in the same folder, created by an
 * ExternalSecret (or by cert-manager for an annotated Ingress or Gateway),
 * one every cluster has, or declared external in the environment's spec.
 * `npm run validate` reports the same as the `references-resolve` rule.
 */
import { brokenReferences, declaredExternalObjects, objectReferences, type ExternalObjects } from '../lib/output/references';
import type { Manifest } from '../lib/output/render';
import { validateRendered } from '../lib/output/validate';
import { committedFolders } from './committed-dist';

const folders = committedFolders();
const broken = folders.flatMap((folder) =>
  brokenReferences(folder.manifests, folder.environment && declaredExternalObjects(folder.environment.spec)).map(
    (reference) => `${folder.name}: ${reference.object}: ${reference.message}`,
  ),
);

test('every reference in the committed dist/ resolves (the prod front door certificate comes from an ExternalSecret)', () => {
  expect(broken).toEqual([]);
});

test('the walk sees the references that matter: claims, classes, credentials, identities, projects', () => {
  const kinds = new Set(folders.flatMap((folder) => folder.manifests.flatMap((manifest) => objectReferences(manifest).map((r) => r.kind))));
  for (const kind of [
    'Secret',
    'ConfigMap',
    'ServiceAccount',
    'PersistentVolumeClaim',
    'PersistentVolume',
    'PriorityClass',
    'StorageClass',
    'GatewayClass',
    'Gateway',
    'ClusterSecretStore',
    'Role',
    'AppProject',
  ])
    expect(kinds).toContain(kind);
});

test('without a declaration of what the cluster provides (a chart checked on its own), its classes and stores are taken on trust', () => {
  const uat = folders.find((folder) => folder.name === 'uat')!;
  expect(brokenReferences(uat.manifests)).toEqual([]);
  const claim: Manifest = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c' }, spec: { storageClassName: 'gold' } };
  expect(brokenReferences([claim])).toEqual([]);
  expect(brokenReferences([claim], {})).toHaveLength(1);
});

test('the StorageClasses and the secret store the cluster provides come from the spec, and count only there', () => {
  const uat = folders.find((folder) => folder.name === 'uat')!;
  const without = brokenReferences(uat.manifests, {}).map((reference) => reference.message);
  expect(without).toEqual(
    expect.arrayContaining([
      'volumeClaimTemplates data names StorageClass block-ssd, which is neither in the output nor declared external',
      'spec.secretStoreRef names ClusterSecretStore vault-calypso-nonprod, which is neither in the output nor declared external',
    ]),
  );
  expect(brokenReferences(uat.manifests, declaredExternalObjects(uat.environment!.spec))).toEqual([]);
});

describe('the resolution rules', () => {
  const object = (kind: string, name: string, rest: object = {}): Manifest => ({
    apiVersion: 'v1',
    kind,
    metadata: { name, namespace: 'calypso-test' },
    ...rest,
  });
  const pod = (spec: object): Manifest => object('Deployment', 'app', { spec: { template: { spec: { containers: [], ...spec } } } });
  const messages = (manifests: Manifest[], external: ExternalObjects = {}): string[] =>
    brokenReferences(manifests, external).map((b) => b.message);

  test('an IngressClass (an environment that chooses Ingress): declared external or refused', () => {
    const ingress = object('Ingress', 'calypso', { spec: { ingressClassName: 'nginx' } });
    expect(messages([ingress])).toEqual([
      'spec.ingressClassName names IngressClass nginx, which is neither in the output nor declared external',
    ]);
    expect(messages([ingress], { IngressClass: ['nginx'] })).toEqual([]);
  });

  test('a PriorityClass: rendered or built in', () => {
    expect(messages([pod({ priorityClassName: 'calypso-test-core' })])).toEqual([
      'priorityClassName names PriorityClass calypso-test-core, which is neither in the output nor declared external',
    ]);
    expect(messages([pod({ priorityClassName: 'calypso-test-core' }), object('PriorityClass', 'calypso-test-core')])).toEqual([]);
    expect(messages([pod({ priorityClassName: 'system-cluster-critical' })])).toEqual([]);
  });

  test('a claim bound to a static volume needs no StorageClass object, only the pairing class name', () => {
    const claim = object('PersistentVolumeClaim', 'shared', { spec: { storageClassName: 'pairing', volumeName: 'pv' } });
    expect(messages([claim])).toEqual([
      'spec.storageClassName names StorageClass pairing, which is neither in the output nor declared external',
      'spec.volumeName names PersistentVolume pv, which is neither in the output nor declared external',
    ]);
    expect(
      messages([claim, { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv' }, spec: { storageClassName: 'pairing' } }]),
    ).toEqual([]);
  });

  test('a TLS Secret: made by an ExternalSecret (not Merge), by cert-manager for an annotated Ingress, or declared', () => {
    const ingress = (annotations: object = {}): Manifest =>
      object('Ingress', 'web', {
        metadata: { name: 'web', namespace: 'calypso-test', annotations },
        spec: { tls: [{ secretName: 'web-tls' }] },
      });
    expect(messages([ingress()])).toHaveLength(1);
    expect(messages([ingress({ 'cert-manager.io/cluster-issuer': 'bank-ca' })])).toEqual([]);
    expect(
      messages([ingress(), object('ExternalSecret', 'web-tls', { spec: { secretStoreRef: { name: 's', kind: 'SecretStore' } } })], {
        SecretStore: ['s'],
      }),
    ).toEqual([]);
    const merge = object('ExternalSecret', 'x', { spec: { target: { name: 'web-tls', creationPolicy: 'Merge' } } });
    expect(messages([ingress(), merge])).toContain(
      'spec.tls[0].secretName names Secret web-tls, which is neither in the output, nor created by an ExternalSecret or by cert-manager, nor declared external',
    );
    expect(messages([ingress()], { Secret: ['web-tls'] })).toEqual([]);
  });

  test('a route names its Gateway (in another namespace too) and the Gateway its class and certificates', () => {
    const route = object('HTTPRoute', 'web', {
      spec: {
        parentRefs: [{ name: 'edge', namespace: 'gateways' }],
        rules: [{ backendRefs: [{ name: 'presentation-server', port: 8000 }] }],
      },
    });
    expect(messages([route])).toEqual([
      'spec.parentRefs names Gateway gateways/edge, which is neither in the output nor declared external',
      'spec.rules[0].backendRefs names Service presentation-server, which is neither in the output nor declared external',
    ]);
    const gateway: Manifest = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'edge', namespace: 'gateways' },
      spec: { gatewayClassName: 'envoy', listeners: [{ name: 'https', tls: { certificateRefs: [{ name: 'edge-tls' }] } }] },
    };
    expect(messages([route, gateway, object('Service', 'presentation-server')], { Gateway: [] })).toEqual([
      'spec.gatewayClassName names GatewayClass envoy, which is neither in the output nor declared external',
      'listener https certificateRefs names Secret edge-tls, which is neither in the output, nor created by an ExternalSecret or by cert-manager, nor declared external',
    ]);
    expect(
      messages([route, gateway, object('Service', 'presentation-server')], { GatewayClass: ['envoy'], Secret: ['gateways/edge-tls'] }),
    ).toEqual([]);
  });

  test('the synth-time policy rule reports what the library finds, and leaves the pod references pod-references-resolve checks to it', () => {
    const manifests = [pod({ priorityClassName: 'missing', serviceAccountName: 'missing' })];
    const findings = validateRendered([{ name: 'test', tier: 'dev', manifests }]).filter((finding) =>
      finding.rule.endsWith('references-resolve'),
    );
    expect(findings.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([
      'pod-references-resolve: serviceAccountName missing is not a ServiceAccount in the output',
      'references-resolve: priorityClassName names PriorityClass missing, which is neither in the output nor declared external',
    ]);
  });
});
