/**
 * A small hand-made environment folder that passes every schema and policy
 * rule, with one object of each kind the rules look at. Policy tests break
 * one thing at a time and check the finding.
 */
import type { Manifest } from '../lib/output/render';

/** Recommended labels of a component. */
export function labels(component: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': component,
    'app.kubernetes.io/instance': 'shop',
    'app.kubernetes.io/component': component,
    'app.kubernetes.io/part-of': 'calypso',
    'app.kubernetes.io/managed-by': 'calypso-k8s',
    'app.kubernetes.io/version': '1.0.0',
  };
}

/** Immutable selector labels of a component. */
export function selector(component: string): Record<string, string> {
  return { 'app.kubernetes.io/part-of': 'calypso', 'app.kubernetes.io/instance': 'shop', 'app.kubernetes.io/component': component };
}

const restricted = {
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
};

const metadata = (name: string, component = name): { name: string; namespace: string; labels: Record<string, string> } => ({
  name,
  namespace: 'shop',
  labels: labels(component),
});

/** A fresh copy of the fixture (tests mutate it). */
export function fixture(): Manifest[] {
  const web = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadata('web'),
    spec: {
      selector: { matchLabels: selector('web') },
      template: {
        metadata: { labels: labels('web') },
        spec: {
          serviceAccountName: 'web',
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: 'web',
              image: 'registry.example/web:1.0.0',
              args: ['--port=8080'],
              ports: [{ name: 'http', containerPort: 8080 }],
              env: [
                { name: 'MODE', value: 'normal' },
                { name: 'DB_USER', valueFrom: { secretKeyRef: { name: 'web-db', key: 'username' } } },
                { name: 'LEVEL', valueFrom: { configMapKeyRef: { name: 'web-config', key: 'level' } } },
              ],
              securityContext: restricted,
              volumeMounts: [
                { name: 'config', mountPath: '/config' },
                { name: 'data', mountPath: '/data' },
              ],
            },
          ],
          volumes: [
            { name: 'config', configMap: { name: 'web-config' } },
            { name: 'data', persistentVolumeClaim: { claimName: 'web-data' } },
          ],
        },
      },
    },
  };
  const store = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: metadata('store'),
    spec: {
      serviceName: 'store',
      replicas: 1,
      selector: { matchLabels: selector('store') },
      template: {
        metadata: { labels: labels('store') },
        spec: {
          serviceAccountName: 'store',
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: 'store',
              image: `registry.example/store@sha256:${'a'.repeat(64)}`,
              ports: [{ name: 'db', containerPort: 5432 }],
              securityContext: restricted,
              volumeMounts: [{ name: 'data', mountPath: '/data' }],
            },
          ],
        },
      },
      volumeClaimTemplates: [
        {
          metadata: { name: 'data', labels: labels('store') },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
        },
      ],
    },
  };
  return [
    web,
    store,
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: metadata('web'), automountServiceAccountToken: false },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: metadata('store'), automountServiceAccountToken: false },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: metadata('web-config', 'web'), data: { level: 'info' } },
    {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: metadata('web-data', 'web'),
      spec: { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '1Gi' } } },
    },
    {
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: metadata('web-db', 'web'),
      spec: {
        secretStoreRef: { kind: 'ClusterSecretStore', name: 'vault' },
        data: [{ secretKey: 'username', remoteRef: { key: 'shop/db', property: 'username' } }],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: metadata('web'),
      spec: { selector: selector('web'), ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: metadata('store'),
      spec: { selector: selector('store'), ports: [{ name: 'db', port: 5432, targetPort: 'db' }] },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: metadata('scheduler'),
      spec: { type: 'ExternalName', externalName: 'scheduler.example', ports: [{ name: 'app', port: 8000 }] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: metadata('web'),
      spec: {
        tls: [{ hosts: ['*.shop.example'], secretName: 'web-tls' }],
        rules: [
          {
            host: 'www.shop.example',
            http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { name: 'http' } } } }] },
          },
        ],
      },
    },
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: metadata('web'),
      spec: {
        gatewayClassName: 'shop',
        listeners: [
          {
            name: 'www',
            hostname: 'www.shop.example',
            protocol: 'HTTPS',
            port: 443,
            tls: { mode: 'Terminate', certificateRefs: [{ kind: 'Secret', name: 'web-tls' }] },
          },
        ],
      },
    },
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: metadata('web'),
      spec: {
        parentRefs: [{ name: 'web', sectionName: 'www' }],
        hostnames: ['www.shop.example'],
        rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ name: 'web', port: 80 }] }],
      },
    },
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: metadata('web'),
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 2, maxReplicas: 4 },
    },
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: metadata('web'),
      spec: { maxUnavailable: 1, selector: { matchLabels: selector('web') } },
    },
  ] as unknown as Manifest[];
}
