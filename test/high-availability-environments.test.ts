/**
 * The committed environments have what issue 4 asks of them (HPAs, PDBs,
 * spreading, node pools, the shared volume, claims, TLS ingress or
 * NodePort), and every reference among those objects resolves.
 */
import type { EnvironmentSpec } from '../lib';
import { loadEnvironments } from '../apps/load-environments';
import type { Manifest } from '../lib/output/render';
import { sharedEnvironments } from './shared-render';
import { find, podOf, serverWorkloads } from './helpers';
import { ofKind, specOf } from './high-availability-helpers';

const specs = new Map(loadEnvironments().map((environment) => [environment.name, environment.spec]));
const rendered = sharedEnvironments();
const environments = rendered.map((environment) => [environment.name, environment.manifests] as const);
const manifestsOf = (name: string): readonly Manifest[] => rendered.find((environment) => environment.name === name)!.manifests;
/** The servers' workloads (not the event exporter or the database jobs, which have rules of their own). */
const workloadsOf = serverWorkloads;
const selectorOf = (workload: Manifest): Record<string, string> =>
  specOf<{ selector: { matchLabels: Record<string, string> } }>(workload).selector.matchLabels;
type Hpa = { scaleTargetRef: { apiVersion: string; kind: string; name: string }; minReplicas: number; maxReplicas: number };

describe.each(environments)('%s: every reference resolves', (name, manifests) => {
  const spec = specs.get(name) as EnvironmentSpec;

  test('each HPA scales a workload of the environment, which leaves replicas to it', () => {
    for (const hpa of ofKind(manifests, 'HorizontalPodAutoscaler')) {
      const target = specOf<Hpa>(hpa).scaleTargetRef;
      const workload = find(manifests, target.kind, target.name);
      expect(workload.apiVersion).toBe(target.apiVersion);
      expect(specOf(workload)).not.toHaveProperty('replicas');
    }
  });

  test('each VPA sizes a workload no HPA scales, recommendation only', () => {
    const scaled = ofKind(manifests, 'HorizontalPodAutoscaler').map((hpa) => specOf<Hpa>(hpa).scaleTargetRef.name);
    for (const vpa of ofKind(manifests, 'VerticalPodAutoscaler')) {
      const target = specOf<{ targetRef: { kind: string; name: string }; updatePolicy: { updateMode: string } }>(vpa);
      find(manifests, target.targetRef.kind, target.targetRef.name);
      expect(scaled).not.toContain(target.targetRef.name);
      expect(target.updatePolicy.updateMode).toBe('Off');
    }
  });

  test('each PDB selects exactly one workload, and every workload with more than one pod has one', () => {
    const workloads = workloadsOf(manifests);
    for (const pdb of ofKind(manifests, 'PodDisruptionBudget')) {
      const selector = specOf<{ selector: { matchLabels: Record<string, string> } }>(pdb).selector.matchLabels;
      expect(workloads.filter((workload) => JSON.stringify(selectorOf(workload)) === JSON.stringify(selector))).toHaveLength(1);
    }
    const minimum = (workload: Manifest): number => {
      const hpa = ofKind(manifests, 'HorizontalPodAutoscaler').find(
        (candidate) => specOf<Hpa>(candidate).scaleTargetRef.name === workload.metadata.name,
      );
      return hpa ? specOf<Hpa>(hpa).minReplicas : ((specOf(workload).replicas as number | undefined) ?? 1);
    };
    const budgets = ofKind(manifests, 'PodDisruptionBudget').map((pdb) => pdb.metadata.name);
    expect(budgets.sort()).toEqual(
      workloads
        .filter((workload) => minimum(workload) > 1)
        .map((workload) => workload.metadata.name)
        .sort(),
    );
  });

  test("each pod's PriorityClass, claims and node pool exist", () => {
    const classes = ofKind(manifests, 'PriorityClass').map((priorityClass) => priorityClass.metadata.name);
    const claims = ofKind(manifests, 'PersistentVolumeClaim').map((claim) => claim.metadata.name);
    for (const workload of workloadsOf(manifests)) {
      const pod = podOf(workload);
      if (pod.priorityClassName !== undefined) expect(classes).toContain(pod.priorityClassName);
      for (const volume of pod.volumes ?? [])
        if (volume.persistentVolumeClaim) expect(claims).toContain(volume.persistentVolumeClaim.claimName);
      if (pod.nodeSelector !== undefined) {
        const pool = spec.placement?.nodePools?.find(
          (candidate) => JSON.stringify(candidate.nodeLabels) === JSON.stringify(pod.nodeSelector),
        );
        expect(pool).toBeDefined();
        expect((pod.tolerations ?? []).map((toleration) => `${toleration.key}=${toleration.value}:${toleration.effect}`)).toEqual(
          (pool?.taints ?? []).map((taint) => `${taint.key}=${taint.value}:${taint.effect}`),
        );
      }
    }
  });

  test('each claim names a StorageClass the environment creates or declares, and is kept by ArgoCD', () => {
    const claims = [
      ...ofKind(manifests, 'PersistentVolumeClaim').map((claim) => ({ metadata: claim.metadata, spec: specOf(claim) })),
      ...ofKind(manifests, 'StatefulSet').flatMap(
        (statefulSet) =>
          specOf<{ volumeClaimTemplates?: { metadata: Manifest['metadata']; spec: Record<string, unknown> }[] }>(statefulSet)
            .volumeClaimTemplates ?? [],
      ),
    ];
    const created = ofKind(manifests, 'StorageClass').map((storageClass) => storageClass.metadata.name);
    const staticClasses = ofKind(manifests, 'PersistentVolume').map((volume) => specOf(volume).storageClassName);
    for (const claim of claims) {
      expect((claim.metadata.annotations as Record<string, string>)['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
      expect([...created, ...staticClasses, ...Object.keys(spec.storage?.classes ?? {})]).toContain(claim.spec.storageClassName);
      if (claim.spec.volumeName !== undefined) {
        const volume = find(manifests, 'PersistentVolume', claim.spec.volumeName as string);
        expect(specOf<{ claimRef: { name: string } }>(volume).claimRef.name).toBe(claim.metadata.name);
      }
    }
  });

  test("each Ingress backend is a Service's named port, and TLS covers every host", () => {
    for (const ingress of ofKind(manifests, 'Ingress')) {
      const ingressSpec = specOf<{
        tls?: { hosts: string[] }[];
        rules: { host: string; http: { paths: { backend: { service: { name: string; port: { name: string } } } }[] } }[];
      }>(ingress);
      for (const rule of ingressSpec.rules) {
        for (const path of rule.http.paths) {
          const service = specOf<{ ports: { name: string }[] }>(find(manifests, 'Service', path.backend.service.name));
          expect(service.ports.map((port) => port.name)).toContain(path.backend.service.port.name);
        }
        if (ingressSpec.tls) expect(ingressSpec.tls.flatMap((tls) => tls.hosts)).toContain(rule.host);
      }
    }
  });

  test("each NodePort Service selects its server's pods", () => {
    for (const service of ofKind(manifests, 'Service').filter((candidate) => specOf(candidate).type === 'NodePort')) {
      const server = service.metadata.name.replace(/-nodeport$/, '');
      expect(specOf(service).selector).toEqual(specOf(find(manifests, 'Service', server)).selector);
    }
  });
});

describe('what each environment has', () => {
  test('prod: HPAs on the scalable tiers, PDBs, zone and node spreading, pools on every pod, claims, the filer, a TLS ingress', () => {
    const prod = manifestsOf('prod');
    expect(
      ofKind(prod, 'HorizontalPodAutoscaler')
        .map((hpa) => hpa.metadata.name)
        .sort(),
    ).toEqual(['calculation-server', 'calculator', 'readonly-dataserver']);
    expect(ofKind(prod, 'PodDisruptionBudget').length).toBeGreaterThanOrEqual(6);
    // Fixed-size servers spread hard; an autoscaled tier that may outgrow the nodes and zones spreads softly (serverSpreadFor).
    for (const [name, policy] of [
      ['authserver', 'DoNotSchedule'],
      ['calculator', 'ScheduleAnyway'],
      ['presentation-server', 'DoNotSchedule'],
    ]) {
      const constraints = podOf(find(prod, 'Deployment', name)).topologySpreadConstraints ?? [];
      expect(constraints.map((constraint) => `${constraint.topologyKey} ${constraint.whenUnsatisfiable}`)).toEqual([
        `kubernetes.io/hostname ${policy}`,
        `topology.kubernetes.io/zone ${policy}`,
      ]);
    }
    for (const workload of serverWorkloads(prod)) expect(podOf(workload).nodeSelector).toBeDefined();
    expect(specOf(find(prod, 'StatefulSet', 'eventserver')).volumeClaimTemplates).toHaveLength(1);
    expect(specOf(find(prod, 'PersistentVolumeClaim', 'shared-files')).accessModes).toEqual(['ReadWriteMany']);
    expect(specOf(find(prod, 'PersistentVolume', 'calypso-prod-shared-files')).nfs).toBeDefined();
    // The front door is the Gateway: every host's listener terminates TLS with the Secret the ExternalSecret makes.
    expect(ofKind(prod, 'Ingress')).toEqual([]);
    const listeners = specOf<{ listeners: { hostname: string; tls: { certificateRefs: { name: string }[] } }[] }>(
      find(prod, 'Gateway', 'calypso'),
    ).listeners;
    expect(listeners.map((listener) => [listener.hostname, listener.tls.certificateRefs.map((ref) => ref.name)])).toEqual([
      ['calypso.prod.bank.internal', ['calypso-prod-tls']],
      ['calypso-auth.prod.bank.internal', ['calypso-prod-tls']],
    ]);
    expect(ofKind(prod, 'VerticalPodAutoscaler').map((vpa) => vpa.metadata.name)).toContain('dataserver');
  });

  test('UAT: the same, spread as a preference, the OpenEBS NFS provisioner and a cert-manager certificate', () => {
    const uat = manifestsOf('uat');
    expect(ofKind(uat, 'HorizontalPodAutoscaler')).toHaveLength(3);
    expect(
      (podOf(find(uat, 'Deployment', 'calculator')).topologySpreadConstraints ?? []).map((constraint) => constraint.whenUnsatisfiable),
    ).toEqual(['ScheduleAnyway']);
    expect(find(uat, 'StorageClass', 'calypso-uat-shared-nfs').provisioner).toBe('openebs.io/nfsrwx');
    expect(find(uat, 'Gateway', 'calypso').metadata.annotations).toMatchObject({ 'cert-manager.io/cluster-issuer': 'bank-internal-ca' });
    expect(specOf(find(uat, 'StatefulSet', 'eventserver')).volumeClaimTemplates).toHaveLength(1);
  });

  test('dev: NodePort Services instead of an Ingress, and priority for its singletons', () => {
    const dev = manifestsOf('dev');
    expect(ofKind(dev, 'Ingress')).toEqual([]);
    expect(
      ofKind(dev, 'Service')
        .filter((service) => specOf(service).type === 'NodePort')
        .map((service) => service.metadata.name)
        .sort(),
    ).toEqual(['authserver-nodeport', 'engineserver-nodeport', 'presentation-server-nodeport']);
    expect(podOf(find(dev, 'Deployment', 'dataserver')).priorityClassName).toBe('calypso-dev-core');
  });
});
