/**
 * Every policy rule on small hand-made manifests: the fixture passes every
 * rule; each case breaks one thing and expects exactly the findings it
 * causes, message included.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- hand-made manifests are edited as plain JSON */
import type { Tier } from '../lib';
import { manifestFileName, type Manifest } from '../lib/output/render';
import { POLICY_RULES } from '../lib/output/policies';
import { validateFolder } from '../lib/output/validate';
import { fixture, labels } from './policy-fixture';

/** What the fixture's platform provides: the secret store its ExternalSecret reads, the certificate its Ingress serves. */
const EXTERNAL = { ClusterSecretStore: ['vault'], GatewayClass: ['shop'], Secret: ['web-tls'], StorageClass: ['fast'] };

/** `rule: Kind/name: message` for every schema and policy finding. */
function findings(manifests: readonly Manifest[], tier: Tier | undefined = 'prod'): string[] {
  const objects = manifests.map((manifest) => ({ manifest, file: manifestFileName(manifest) }));
  return validateFolder({ name: 'shop', tier, objects, external: EXTERNAL }).map((f) => `${f.rule}: ${f.object}: ${f.message}`);
}

/** The fixture after a change to it. */
function broken(change: (objects: Record<string, any>) => void): Manifest[] {
  const manifests = fixture();
  const byId = new Proxy({} as Record<string, any>, {
    get: (_target, id: string) => manifests.find((m) => `${m.kind}/${m.metadata.name}` === id),
  });
  change(byId);
  return manifests;
}
const podOf = (workload: any): any => workload.spec.template.spec;
const add = (manifests: Manifest[], ...more: object[]): Manifest[] => [...manifests, ...(more as Manifest[])];
const without = (manifests: Manifest[], id: string): Manifest[] => manifests.filter((m) => `${m.kind}/${m.metadata.name}` !== id);

test('the fixture passes every schema and policy rule, in prod', () => {
  expect(findings(fixture(), 'prod')).toEqual([]);
});

test('every rule has a name and a one-line reason', () => {
  const names = POLICY_RULES.map((rule) => rule.name);
  expect(new Set(names).size).toBe(names.length);
  for (const rule of POLICY_RULES) expect(rule.reason).toMatch(/^[a-z].{20,140}[^.]$/);
});

describe('each rule catches what it is for', () => {
  test.each<[string, () => Manifest[], string[]]>([
    [
      'a container that may escalate privileges',
      () =>
        broken(
          (o) =>
            (podOf(o['Deployment/web']).containers[0].securityContext = {
              ...podOf(o['Deployment/web']).containers[0].securityContext,
              allowPrivilegeEscalation: true,
            }),
        ),
      ['pod-security-restricted: Deployment/web: container web does not set allowPrivilegeEscalation: false'],
    ],
    [
      'a workload selector that misses its pod labels',
      () => broken((o) => (o['StatefulSet/store'].spec.selector.matchLabels['app.kubernetes.io/component'] = 'db')),
      [
        'workload-selector: StatefulSet/store: selector app.kubernetes.io/part-of=calypso,app.kubernetes.io/instance=shop,app.kubernetes.io/component=db does not match its pod template labels',
      ],
    ],
    [
      'a version in a workload selector',
      () => broken((o) => (o['Deployment/web'].spec.selector.matchLabels['app.kubernetes.io/version'] = '1.0.0')),
      ['immutable-selectors: Deployment/web: spec.selector uses app.kubernetes.io/version'],
    ],
    [
      'the cdk8s address in a PDB selector and a topology spread constraint',
      () =>
        broken((o) => {
          o['PodDisruptionBudget/web'].spec.selector.matchExpressions = [{ key: 'cdk8s.io/metadata.addr', operator: 'DoesNotExist' }];
          podOf(o['Deployment/web']).topologySpreadConstraints = [
            {
              maxSkew: 1,
              topologyKey: 'zone',
              whenUnsatisfiable: 'DoNotSchedule',
              labelSelector: { matchExpressions: [{ key: 'cdk8s.io/metadata.addr', operator: 'Exists' }] },
            },
          ];
        }),
      [
        'immutable-selectors: Deployment/web: topologySpreadConstraints[0] uses cdk8s.io/metadata.addr',
        'immutable-selectors: PodDisruptionBudget/web: spec.selector uses cdk8s.io/metadata.addr',
      ],
    ],
    [
      'a Service that selects no pods',
      () => broken((o) => (o['Service/web'].spec.selector['app.kubernetes.io/component'] = 'api')),
      [
        'service-selects-pods: Service/web: selector app.kubernetes.io/part-of=calypso,app.kubernetes.io/instance=shop,app.kubernetes.io/component=api selects no pod template in shop',
      ],
    ],
    [
      'a Service without a selector',
      () => broken((o) => delete o['Service/store'].spec.selector),
      ['service-selects-pods: Service/store: has no selector and is not of type ExternalName'],
    ],
    [
      'a Service port targeting a port the pods do not have',
      () => broken((o) => (o['Service/web'].spec.ports[0].targetPort = 'metrics')),
      ['service-selects-pods: Service/web: port http targets metrics, which Deployment/web does not expose'],
    ],
    [
      'an Ingress backend naming a missing Service',
      () => broken((o) => (o['Ingress/web'].spec.rules[0].http.paths[0].backend.service.name = 'api')),
      ['ingress-backends-resolve: Ingress/web: backend www.shop.example/ names Service api, which is not in the output'],
    ],
    [
      'an Ingress backend naming a missing port',
      () => broken((o) => (o['Ingress/web'].spec.rules[0].http.paths[0].backend.service.port = { number: 8443 })),
      ['ingress-backends-resolve: Ingress/web: backend www.shop.example/ names port 8443 of Service web, which has no such port'],
    ],
    [
      'an HTTPRoute on a missing Gateway listener, to a missing Service and a missing port',
      () =>
        broken((o) => {
          o['HTTPRoute/web'].spec.parentRefs[0].sectionName = 'api';
          o['HTTPRoute/web'].spec.rules.push({ backendRefs: [{ name: 'api', port: 80 }] }, { backendRefs: [{ name: 'web', port: 8443 }] });
        }),
      [
        'httproute-refs-resolve: HTTPRoute/web: parentRef names listener api of Gateway web, which has no such listener',
        'httproute-refs-resolve: HTTPRoute/web: rule 1 backend names Service api, which is not in the output',
        'httproute-refs-resolve: HTTPRoute/web: rule 2 backend names port 8443 of Service web, which has no such port',
      ],
    ],
    [
      'an HTTPRoute on a missing Gateway',
      () => broken((o) => (o['HTTPRoute/web'].spec.parentRefs[0].name = 'edge')),
      ['httproute-refs-resolve: HTTPRoute/web: parentRef names Gateway edge, which is not in the output'],
    ],
    [
      'an HPA whose target is missing',
      () => broken((o) => (o['HorizontalPodAutoscaler/web'].spec.scaleTargetRef.name = 'api')),
      ['hpa-target-resolves: HorizontalPodAutoscaler/web: scaleTargetRef apps/v1 Deployment/api is not in the output'],
    ],
    [
      'an HPA whose target sets replicas',
      () => broken((o) => (o['Deployment/web'].spec.replicas = 2)),
      ['hpa-target-resolves: HorizontalPodAutoscaler/web: its target Deployment/web sets spec.replicas'],
    ],
    [
      'a PDB that selects no pods',
      () => broken((o) => (o['PodDisruptionBudget/web'].spec.selector.matchLabels['app.kubernetes.io/component'] = 'api')),
      [
        'pdb-selects-pods: PodDisruptionBudget/web: selector app.kubernetes.io/part-of=calypso,app.kubernetes.io/instance=shop,app.kubernetes.io/component=api selects no pod template in shop',
      ],
    ],
    [
      'a missing ServiceAccount, ConfigMap and claim',
      () => without(without(without(fixture(), 'ServiceAccount/web'), 'ConfigMap/web-config'), 'PersistentVolumeClaim/web-data'),
      [
        'pod-references-resolve: Deployment/web: serviceAccountName web is not a ServiceAccount in the output',
        'pod-references-resolve: Deployment/web: volume config references ConfigMap web-config, which is not in the output',
        'pod-references-resolve: Deployment/web: volume data references PersistentVolumeClaim web-data, which is not in the output',
        'pod-references-resolve: Deployment/web: container web env LEVEL references ConfigMap web-config, which is not in the output',
      ],
    ],
    [
      'a missing key of a ConfigMap and of an ExternalSecret',
      () =>
        broken((o) => {
          o['ConfigMap/web-config'].data = { other: 'x' };
          podOf(o['Deployment/web']).containers[0].env[1].valueFrom.secretKeyRef.key = 'password';
        }),
      [
        'pod-references-resolve: Deployment/web: container web env DB_USER references key password of Secret web-db, which has no such key',
        'pod-references-resolve: Deployment/web: container web env LEVEL references key level of ConfigMap web-config, which has no such key',
      ],
    ],
    [
      'keys asked again of the same ConfigMap and Secret: a binaryData key resolves, each missing one is named once per reference',
      () =>
        broken((o) => {
          o['ConfigMap/web-config'].data = { other: 'x' };
          o['ConfigMap/web-config'].binaryData = { blob: 'eA==' };
          podOf(o['Deployment/web']).containers[0].env.push(
            { name: 'BLOB', valueFrom: { configMapKeyRef: { name: 'web-config', key: 'blob' } } },
            { name: 'LEVEL_AGAIN', valueFrom: { configMapKeyRef: { name: 'web-config', key: 'level' } } },
            { name: 'DB_USER_AGAIN', valueFrom: { secretKeyRef: { name: 'web-db', key: 'username' } } },
            { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'web-db', key: 'password' } } },
          );
        }),
      [
        'pod-references-resolve: Deployment/web: container web env LEVEL references key level of ConfigMap web-config, which has no such key',
        'pod-references-resolve: Deployment/web: container web env LEVEL_AGAIN references key level of ConfigMap web-config, which has no such key',
        'pod-references-resolve: Deployment/web: container web env DB_PASSWORD references key password of Secret web-db, which has no such key',
      ],
    ],
    [
      'a Secret nothing creates: an ExternalSecret targets another name, a pull secret is missing',
      () =>
        broken((o) => {
          o['ExternalSecret/web-db'].spec.target = { name: 'web-database' };
          podOf(o['Deployment/web']).imagePullSecrets = [{ name: 'registry' }];
        }),
      [
        'pod-references-resolve: Deployment/web: imagePullSecrets references Secret registry, which is neither in the output nor created by an ExternalSecret',
        'pod-references-resolve: Deployment/web: container web env DB_USER references Secret web-db, which is neither in the output nor created by an ExternalSecret',
      ],
    ],
    [
      'an ExternalSecret that merges into a Secret it does not create',
      () => broken((o) => (o['ExternalSecret/web-db'].spec.target = { creationPolicy: 'Merge' })),
      [
        'pod-references-resolve: Deployment/web: container web env DB_USER references Secret web-db, which is neither in the output nor created by an ExternalSecret',
      ],
    ],
    [
      'a PriorityClass, a claim template StorageClass and a secret store nothing provides',
      () =>
        broken((o) => {
          podOf(o['Deployment/web']).priorityClassName = 'shop-critical';
          o['StatefulSet/store'].spec.volumeClaimTemplates[0].spec.storageClassName = 'gold';
          o['ExternalSecret/web-db'].spec.secretStoreRef = { kind: 'SecretStore', name: 'local' };
        }),
      [
        'references-resolve: Deployment/web: priorityClassName names PriorityClass shop-critical, which is neither in the output nor declared external',
        'references-resolve: StatefulSet/store: volumeClaimTemplates data names StorageClass gold, which is neither in the output nor declared external',
        'references-resolve: ExternalSecret/web-db: spec.secretStoreRef names SecretStore local, which is neither in the output nor declared external',
      ],
    ],
    [
      'a mount with neither a volume nor a claim template',
      () => broken((o) => podOf(o['StatefulSet/store']).containers[0].volumeMounts.push({ name: 'logs', mountPath: '/logs' })),
      ['pod-references-resolve: StatefulSet/store: container store mounts logs, which is neither a volume nor a volumeClaimTemplate'],
    ],
    [
      'a Secret with data',
      () =>
        add(fixture(), {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'creds', namespace: 'shop', labels: labels('web') },
          stringData: { password: 'hunter2' },
        }),
      ['no-secret-data: Secret/creds: is a Secret with data (password); use an ExternalSecret'],
    ],
    [
      'missing recommended labels on an object and on a pod template',
      () =>
        broken((o) => {
          delete o['ConfigMap/web-config'].metadata.labels['app.kubernetes.io/version'];
          delete o['StatefulSet/store'].spec.template.metadata.labels['app.kubernetes.io/managed-by'];
        }),
      [
        'recommended-labels: StatefulSet/store: pod template lacks labels app.kubernetes.io/managed-by',
        'recommended-labels: ConfigMap/web-config: lacks labels app.kubernetes.io/version',
      ],
    ],
    [
      'names with generated hash suffixes',
      () =>
        broken((o) => {
          o['Service/scheduler'].metadata.name = 'scheduler-c8f00ba1';
          o['ServiceAccount/store'].metadata.name = 'store-0123abcd';
          podOf(o['StatefulSet/store']).serviceAccountName = 'store-0123abcd';
        }),
      [
        'no-hash-suffix: ServiceAccount/store-0123abcd: name store-0123abcd ends in a generated hash',
        'no-hash-suffix: Service/scheduler-c8f00ba1: name scheduler-c8f00ba1 ends in a generated hash',
      ],
    ],
    [
      'mutable image tags in prod',
      () =>
        broken((o) => {
          podOf(o['Deployment/web']).containers[0].image = 'registry.example/web:latest';
          podOf(o['StatefulSet/store']).initContainers = [
            { ...podOf(o['StatefulSet/store']).containers[0], name: 'init', image: 'registry.example:5000/init', ports: undefined },
          ];
        }),
      [
        'prod-immutable-images: Deployment/web: container web: tag "latest" of registry.example/web moves; pin a digest or a release version',
        'prod-immutable-images: StatefulSet/store: container init: image registry.example:5000/init has neither tag nor digest, which means latest',
      ],
    ],
    [
      'a JDWP agent or debug port in prod',
      () =>
        broken((o) => {
          const web = podOf(o['Deployment/web']).containers[0];
          web.env.push({ name: 'JAVA_TOOL_OPTIONS', value: '-agentlib:jdwp=transport=dt_socket,server=y,address=*:5005' });
          web.args.push('-Xrunjdwp:transport=dt_socket');
          web.ports.push({ name: 'jdwp', containerPort: 5005 });
          o['ConfigMap/web-config'].data.JAVA_OPTS = '-Xmx1g -agentlib:jdwp=transport=dt_socket';
          o['Service/store'].spec.ports.push({ name: 'debug', port: 5005, targetPort: 5005 });
        }),
      [
        'prod-no-debug: Deployment/web: container web env JAVA_TOOL_OPTIONS enables a JDWP debug agent',
        'prod-no-debug: Deployment/web: container web command line enables a JDWP debug agent',
        'prod-no-debug: Deployment/web: container web exposes debug port jdwp (5005)',
        'prod-no-debug: ConfigMap/web-config: data JAVA_OPTS enables a JDWP debug agent',
        'prod-no-debug: Service/store: exposes debug port debug',
      ],
    ],
    [
      'an Ingress without TLS in prod',
      () => broken((o) => delete o['Ingress/web'].spec.tls),
      ['prod-ingress-tls: Ingress/web: has no TLS'],
    ],
    [
      'an Ingress host without a TLS entry, and one without a certificate Secret',
      () =>
        broken((o) => {
          o['Ingress/web'].spec.rules.push({ host: 'api.other.example', http: o['Ingress/web'].spec.rules[0].http });
          delete o['Ingress/web'].spec.tls[0].secretName;
        }),
      [
        'prod-ingress-tls: Ingress/web: host api.other.example has no TLS entry',
        'prod-ingress-tls: Ingress/web: TLS entry for *.shop.example names no secretName',
      ],
    ],
    [
      'a Gateway listener without TLS, and one without a certificate, in prod',
      () =>
        broken((o) => {
          o['Gateway/web'].spec.listeners.push({ name: 'plain', hostname: 'plain.shop.example', protocol: 'HTTP', port: 80 });
          delete o['Gateway/web'].spec.listeners[0].tls.certificateRefs;
        }),
      [
        'prod-gateway-tls: Gateway/web: listener www names no certificate',
        'prod-gateway-tls: Gateway/web: listener plain serves HTTP, not TLS',
      ],
    ],
  ])('%s', (_case, manifests, expected) => {
    expect(findings(manifests())).toEqual(expected);
  });
});

test('a Secret counts as present when it is an object of the folder (without data) or an ExternalSecret creates it', () => {
  const manifests = broken((o) => {
    podOf(o['Deployment/web']).imagePullSecrets = [{ name: 'registry' }];
    o['ExternalSecret/web-db'].spec.target = { name: 'web-db', creationPolicy: 'Owner' };
    o['ExternalSecret/web-db'].metadata.name = 'database';
  });
  const registry = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'registry', namespace: 'shop', labels: labels('web') },
    type: 'Opaque',
  };
  expect(findings(add(manifests, registry))).toEqual([]);
});

test('the prod rules apply to prod and to folders of unknown tier, not to dev or uat', () => {
  const debug = (): Manifest[] =>
    broken((o) => {
      podOf(o['Deployment/web']).containers[0].image = 'registry.example/web:1.1.0-SNAPSHOT';
      podOf(o['Deployment/web']).containers[0].ports.push({ name: 'debug', containerPort: 5005 });
      delete o['Ingress/web'].spec.tls;
    });
  expect(findings(debug(), 'dev')).toEqual([]);
  expect(findings(debug(), 'uat')).toEqual([]);
  const prodRules = ['prod-immutable-images', 'prod-no-debug', 'prod-ingress-tls'];
  expect(findings(debug(), 'prod').map((line) => line.split(':')[0])).toEqual(prodRules);
  expect(findings(debug(), undefined).map((line) => line.split(':')[0])).toEqual(prodRules);
});
