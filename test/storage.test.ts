/**
 * Writable paths (every path a server writes is a volume, on a read-only root
 * filesystem), per-server claims (the Eventserver's message store) and the
 * shared ReadWriteMany volume on NFS.
 */
import type * as k8s from 'cdk8s-plus-27/lib/imports/k8s';
import { isServerKind, resolveImageContract, type EnvironmentSpec, type ServerKind, type SharedFilesSource } from '../lib';
import { writablePaths } from '../lib/model/image-contract';
import { podTemplateOf } from '../lib/output/policies';
import type { Manifest } from '../lib/output/render';
import { shortLived } from '../environments/shared/short-lived';
import uat from '../environments/uat';
import { committedFolders } from './committed-dist';
import { find, podOf, render, serverContainer, specWith, testSpec } from './helpers';
import { ofKind, refusal, specOf, withServer } from './high-availability-helpers';

const KEEP = { 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' };
const classes = { 'block-ssd': 'block', 'filer-nfs': 'nfs' } as const;

function withShared(source: SharedFilesSource, mountedBy = ['dataserver', 'engineserver']): EnvironmentSpec {
  return { ...testSpec(), storage: { classes, sharedFiles: { size: '100Gi', mountedBy, source } } };
}

const EPHEMERAL = 'calypso.io/ephemeral-state';

/**
 * What is wrong with the writable paths of every server pod among these
 * objects: a path the image contract says its kind writes that its server
 * container does not mount, a volume there that is neither a claim nor an
 * emptyDir with a size limit, an emptyDir state directory whose pod does
 * not say that its data goes with the pod.
 */
function writablePathProblems(manifests: readonly Manifest[], spec: EnvironmentSpec): string[] {
  const contract = resolveImageContract(spec.imageContract);
  const problems: string[] = [];
  for (const manifest of manifests) {
    const template = podTemplateOf(manifest);
    const kind = template?.labels['app.kubernetes.io/name'];
    if (template === undefined || kind === undefined || !isServerKind(kind)) continue;
    const where = `${spec.name} ${manifest.kind}/${manifest.metadata.name}`;
    const container = template.spec.containers.find((candidate) => candidate.name === kind) as k8s.Container | undefined;
    const volumes = (template.spec.volumes ?? []) as k8s.Volume[];
    for (const { path, purpose } of writablePaths(contract, kind as ServerKind)) {
      const mount = container?.volumeMounts?.find((candidate) => candidate.mountPath === path);
      if (mount === undefined || mount.readOnly) {
        problems.push(`${where}: ${purpose} path ${path} is not a writable mount`);
        continue;
      }
      const volume = volumes.find((candidate) => candidate.name === mount.name);
      const claim = template.claimTemplates.includes(mount.name) || volume?.persistentVolumeClaim !== undefined;
      if (!claim && volume?.emptyDir?.sizeLimit === undefined)
        problems.push(`${where}: ${path} is mounted from ${mount.name}, neither a claim nor an emptyDir with a size limit`);
      const annotations = (manifest.spec as { template: { metadata: { annotations?: Record<string, string> } } }).template.metadata
        .annotations;
      if (purpose === 'state' && !claim && !(annotations?.[EPHEMERAL] ?? '').startsWith(`${path} is an emptyDir`))
        problems.push(`${where}: the state directory ${path} is an emptyDir, and the pod does not say so (${EPHEMERAL})`);
    }
  }
  return problems;
}

describe('every path a server writes is a mounted volume, in every tier', () => {
  test.each(committedFolders().filter((folder) => folder.environment !== undefined))(
    'the committed dist/$name: every pod template mounts every writable path of its kind',
    ({ manifests, environment }) => {
      expect(writablePathProblems(manifests, environment!.spec)).toEqual([]);
      // The walk saw the Eventserver, whose message store is the path that matters most.
      expect(manifests.some((manifest) => podTemplateOf(manifest)?.labels['app.kubernetes.io/name'] === 'eventserver')).toBe(true);
    },
  );

  test('a short-lived environment (no storage of its own): the message store is an emptyDir, its loss stated on the pod', () => {
    const spec = shortLived(uat, { name: 'risk-fix', createdAt: '2026-11-24T09:30:00Z', ttl: '2d' });
    const manifests = render(spec);
    expect(writablePathProblems(manifests, spec)).toEqual([]);
    const eventserver = find(manifests, 'StatefulSet', 'eventserver');
    expect(podOf(eventserver).volumes).toContainEqual({ name: 'data', emptyDir: { sizeLimit: '4Gi' } });
    expect(specOf(eventserver)).not.toHaveProperty('volumeClaimTemplates');
  });

  test('dev: the Eventserver message store is an emptyDir at the broker data directory, kept across container restarts only', () => {
    const dev = committedFolders().find((folder) => folder.name === 'dev')!;
    const eventserver = find(dev.manifests, 'StatefulSet', 'eventserver');
    expect(serverContainer(eventserver).volumeMounts).toContainEqual({ name: 'data', mountPath: '/opt/calypso/activemq-data' });
    expect(podOf(eventserver).volumes).toContainEqual({ name: 'data', emptyDir: { sizeLimit: '4Gi' } });
    expect((eventserver.spec as { template: { metadata: { annotations: object } } }).template.metadata.annotations).toMatchObject({
      [EPHEMERAL]:
        '/opt/calypso/activemq-data is an emptyDir: kept across container restarts, emptied when the pod is deleted, evicted or rescheduled',
    });
  });

  test('storage without a StorageClass: an emptyDir of that size, and no claim', () => {
    const manifests = render(withServer(testSpec(), 'eventserver', { storage: { size: '1Gi' } }));
    const eventserver = find(manifests, 'StatefulSet', 'eventserver');
    expect(podOf(eventserver).volumes).toContainEqual({ name: 'data', emptyDir: { sizeLimit: '1Gi' } });
    expect(specOf(eventserver)).not.toHaveProperty('volumeClaimTemplates');
  });

  test('a claim replaces the emptyDir: the pod has no data volume, the mount stays, and the pod says nothing of data loss', () => {
    const spec = {
      ...withServer(testSpec(), 'eventserver', { storage: { size: '20Gi', storageClass: 'block-ssd' } }),
      storage: { classes },
    };
    const eventserver = find(render(spec), 'StatefulSet', 'eventserver');
    expect(podOf(eventserver).volumes?.map((volume) => volume.name)).not.toContain('data');
    expect(serverContainer(eventserver).volumeMounts?.filter((mount) => mount.name === 'data')).toEqual([
      { name: 'data', mountPath: '/opt/calypso/activemq-data' },
    ]);
    expect((eventserver.spec as { template: { metadata: { annotations: object } } }).template.metadata.annotations).not.toHaveProperty(
      EPHEMERAL,
    );
  });

  test('the image contract lists the paths per kind, and overrides move them or add scratch directories', () => {
    const contract = resolveImageContract({});
    expect(writablePaths(contract, 'eventserver').map((path) => path.path)).toEqual([
      '/tmp',
      '/opt/calypso/work',
      '/var/log/calypso',
      '/opt/calypso/activemq-data',
    ]);
    expect(writablePaths(contract, 'dataserver').map((path) => path.path)).toEqual(['/tmp', '/opt/calypso/work', '/var/log/calypso']);
    const spec = testSpec({
      imageContract: { stateDirectories: { eventserver: '/data/broker' }, scratchDirectories: { engineserver: ['/opt/calypso/cache'] } },
    });
    const manifests = render(spec);
    expect(writablePathProblems(manifests, spec)).toEqual([]);
    expect(serverContainer(find(manifests, 'StatefulSet', 'eventserver')).volumeMounts).toContainEqual({
      name: 'data',
      mountPath: '/data/broker',
    });
    const engineserver = find(manifests, 'Deployment', 'engineserver');
    expect(serverContainer(engineserver).volumeMounts).toContainEqual({ name: 'scratch-1', mountPath: '/opt/calypso/cache' });
    expect(podOf(engineserver).volumes).toContainEqual({ name: 'scratch-1', emptyDir: { sizeLimit: '1Gi' } });
  });
});

describe('the Eventserver message store', () => {
  const manifests = render({
    ...withServer(testSpec(), 'eventserver', { storage: { size: '20Gi', storageClass: 'block-ssd' } }),
    storage: { classes },
  });
  const statefulSet = find(manifests, 'StatefulSet', 'eventserver');
  const spec = specOf<{
    volumeClaimTemplates: {
      metadata: { name: string; labels: Record<string, string>; annotations: object };
      spec: Record<string, unknown>;
    }[];
    persistentVolumeClaimRetentionPolicy: object;
  }>(statefulSet);

  test('is a claim template with an explicit class and size, mounted at the broker data directory', () => {
    expect(spec.volumeClaimTemplates.map((claim) => claim.spec)).toEqual([
      { accessModes: ['ReadWriteOnce'], storageClassName: 'block-ssd', resources: { requests: { storage: '20Gi' } } },
    ]);
    expect(serverContainer(statefulSet).volumeMounts).toContainEqual({ name: 'data', mountPath: '/opt/calypso/activemq-data' });
    expect(podOf(statefulSet).volumes?.map((volume) => volume.name)).not.toContain('data');
  });

  test('is retained when the StatefulSet is deleted or scaled down, and ArgoCD never prunes it', () => {
    expect(spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: 'Retain', whenScaled: 'Retain' });
    expect(spec.volumeClaimTemplates[0].metadata.annotations).toMatchObject(KEEP);
  });

  test('carries no version label, since claim templates can never change', () => {
    expect(spec.volumeClaimTemplates[0].metadata.labels).toEqual({
      'app.kubernetes.io/name': 'eventserver',
      'app.kubernetes.io/instance': 'test',
      'app.kubernetes.io/component': 'eventserver',
      'app.kubernetes.io/part-of': 'calypso',
      'app.kubernetes.io/managed-by': 'calypso-k8s',
    });
  });

  test('without storage the Eventserver has no claim', () => {
    expect(specOf(find(render(testSpec()), 'StatefulSet', 'eventserver'))).not.toHaveProperty('volumeClaimTemplates');
  });
});

describe('the shared volume', () => {
  test('from the OpenEBS NFS provisioner: a StorageClass per environment, backed by a block class', () => {
    const manifests = render(withShared({ type: 'openebs-nfs', backendStorageClass: 'block-ssd' }));
    const storageClass = find(manifests, 'StorageClass', 'calypso-test-shared-nfs');
    expect(storageClass.metadata.namespace).toBeUndefined();
    expect(storageClass.provisioner).toBe('openebs.io/nfsrwx');
    expect(storageClass.reclaimPolicy).toBe('Retain');
    const annotations = storageClass.metadata.annotations as Record<string, string>;
    expect(annotations['openebs.io/cas-type']).toBe('nfsrwx');
    expect(annotations['cas.openebs.io/config']).toContain('- name: NFSServerType\n  value: "kernel"\n');
    expect(annotations['cas.openebs.io/config']).toContain('- name: BackendStorageClass\n  value: "block-ssd"\n');
    const claim = find(manifests, 'PersistentVolumeClaim', 'shared-files');
    expect(specOf(claim)).toEqual({
      accessModes: ['ReadWriteMany'],
      storageClassName: 'calypso-test-shared-nfs',
      resources: { requests: { storage: '100Gi' } },
    });
    expect(claim.metadata.annotations).toMatchObject(KEEP);
    expect(ofKind(manifests, 'PersistentVolume')).toEqual([]);
  });

  test('from an existing NFS export: a static volume and a claim that bind exactly each other', () => {
    const manifests = render(withShared({ type: 'nfs-export', server: 'filer.example', path: '/exports/calypso' }));
    const volume = find(manifests, 'PersistentVolume', 'calypso-test-shared-files');
    const claim = find(manifests, 'PersistentVolumeClaim', 'shared-files');
    const volumeSpec = specOf<Record<string, unknown>>(volume);
    expect(volumeSpec).toMatchObject({
      accessModes: ['ReadWriteMany'],
      capacity: { storage: '100Gi' },
      persistentVolumeReclaimPolicy: 'Retain',
      nfs: { server: 'filer.example', path: '/exports/calypso' },
      mountOptions: ['nfsvers=4.1', 'hard'],
      claimRef: { kind: 'PersistentVolumeClaim', namespace: claim.metadata.namespace, name: claim.metadata.name },
    });
    expect(specOf(claim).volumeName).toBe(volume.metadata.name);
    expect(specOf(claim).storageClassName).toBe(volumeSpec.storageClassName);
    expect(claim.metadata.annotations).toMatchObject(KEEP);
    expect(ofKind(manifests, 'StorageClass')).toEqual([]);
  });

  test('from an NFS StorageClass the cluster has: the claim names it', () => {
    const manifests = render(withShared({ type: 'storage-class', storageClass: 'filer-nfs' }));
    expect(specOf(find(manifests, 'PersistentVolumeClaim', 'shared-files')).storageClassName).toBe('filer-nfs');
  });

  test('is mounted through its claim into exactly the servers that ask for it', () => {
    const manifests = render(withShared({ type: 'storage-class', storageClass: 'filer-nfs' }, ['dataserver']));
    const dataserver = find(manifests, 'Deployment', 'dataserver');
    expect(podOf(dataserver).volumes).toContainEqual({ name: 'shared-files', persistentVolumeClaim: { claimName: 'shared-files' } });
    expect(serverContainer(dataserver).volumeMounts).toContainEqual({ name: 'shared-files', mountPath: '/opt/calypso/shared' });
    expect(podOf(find(manifests, 'Deployment', 'engineserver')).volumes?.map((volume) => volume.name)).not.toContain('shared-files');
  });

  test('the mount path comes from the image contract', () => {
    const spec = {
      ...withShared({ type: 'storage-class', storageClass: 'filer-nfs' }),
      imageContract: { sharedFilesDirectory: '/data/shared' },
    };
    expect(serverContainer(find(render(spec), 'Deployment', 'dataserver')).volumeMounts).toContainEqual({
      name: 'shared-files',
      mountPath: '/data/shared',
    });
  });
});

describe('storage rules', () => {
  const eventserverStorage = (storage: object, storageClasses: object = classes): EnvironmentSpec => ({
    ...withServer(testSpec(), 'eventserver', { storage: storage as never }),
    storage: { classes: storageClasses as never },
  });

  test.each<[string, EnvironmentSpec, string]>([
    [
      'an invalid claim size',
      eventserverStorage({ size: '20GB', storageClass: 'block-ssd' }),
      '[test] server eventserver, field storage.size: "20GB" is not a storage size such as 50Gi',
    ],
    [
      'a claim of an undeclared class',
      eventserverStorage({ size: '20Gi', storageClass: 'gold' }),
      '[test] server eventserver, field storage.storageClass: "gold" is not a StorageClass of this environment (storage.classes: block-ssd, filer-nfs)',
    ],
    [
      'a claim for a server that keeps no state on disk',
      { ...withServer(testSpec(), 'dataserver', { storage: { size: '20Gi', storageClass: 'block-ssd' } }), storage: { classes } },
      "[test] server dataserver, field storage: a dataserver keeps no state on disk (the image contract's stateDirectories name eventserver); files servers share go in storage.sharedFiles",
    ],
    [
      'an invalid shared volume size',
      {
        ...withShared({ type: 'storage-class', storageClass: 'filer-nfs' }),
        storage: {
          classes,
          sharedFiles: { size: 'lots', mountedBy: ['dataserver'], source: { type: 'storage-class', storageClass: 'filer-nfs' } },
        },
      },
      '[test] field storage.sharedFiles.size: "lots" is not a storage size such as 50Gi',
    ],
    [
      'ReadWriteMany asked of a class that is not NFS',
      withShared({ type: 'storage-class', storageClass: 'block-ssd' }),
      '[test] field storage.sharedFiles.source.storageClass: ReadWriteMany needs an NFS class; block-ssd is a block class, whose volumes attach to one node at a time (ReadWriteOnce)',
    ],
    [
      'an NFS provisioner backed by an NFS class',
      withShared({ type: 'openebs-nfs', backendStorageClass: 'filer-nfs' }),
      '[test] field storage.sharedFiles.source.backendStorageClass: filer-nfs is an nfs class; the NFS provisioner exports a block volume, so its backend must be a block class',
    ],
    [
      'an NFS export path that is not absolute',
      withShared({ type: 'nfs-export', server: 'filer.example', path: 'exports/calypso' }),
      '[test] field storage.sharedFiles.source.path: "exports/calypso" is not an absolute path',
    ],
    [
      'an NFS server that is not a host name',
      withShared({ type: 'nfs-export', server: 'filer_01', path: '/exports' }),
      '[test] field storage.sharedFiles.source.server: "filer_01" is neither a host name nor an IPv4 address',
    ],
    [
      'a shared volume mounted by an unknown server',
      withShared({ type: 'storage-class', storageClass: 'filer-nfs' }, ['dataserver', 'reportserver']),
      '[test] field storage.sharedFiles.mountedBy: "reportserver" is not a server of this environment',
    ],
    [
      'a shared volume mounted by an external server',
      {
        ...withShared({ type: 'storage-class', storageClass: 'filer-nfs' }, ['scheduler']),
        servers: specWith({ kind: 'scheduler', external: { host: 's.example', cidrs: ['10.60.4.10/32'] } }).servers,
      },
      '[test] field storage.sharedFiles.mountedBy: scheduler runs outside the cluster (external); it cannot mount the volume',
    ],
    [
      'a scratch directory that is not absolute',
      testSpec({ imageContract: { scratchDirectories: { engineserver: ['cache'] } } }),
      '[test] field imageContract.scratchDirectories.engineserver[0]: "cache" is not an absolute path',
    ],
    [
      'a scratch directory at a path the kind already writes',
      testSpec({ imageContract: { scratchDirectories: { eventserver: ['/opt/calypso/activemq-data/'] } } }),
      '[test] field imageContract.scratchDirectories.eventserver: every eventserver pod would mount two volumes at /opt/calypso/activemq-data/ (its state path and its scratch path); give each writable path a directory of its own',
    ],
    [
      'a state directory at the work directory',
      testSpec({ imageContract: { stateDirectories: { eventserver: '/opt/calypso/work' } } }),
      '[test] field imageContract.stateDirectories.eventserver: every eventserver pod would mount two volumes at /opt/calypso/work (its work path and its state path); give each writable path a directory of its own',
    ],
    [
      'a class that is neither block nor nfs',
      { ...testSpec(), storage: { classes: { 'block-ssd': 'object' as never } } },
      '[test] field storage.classes.block-ssd: "object" is neither block nor nfs',
    ],
  ])('%s', (_case, spec, message) => {
    expect(refusal(spec)).toContain(message);
  });
});
