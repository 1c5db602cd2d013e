/**
 * Storage constructs: a claim per pod for a server that keeps state on disk
 * (the Eventserver's message store; without a claim, CalypsoServer mounts an
 * emptyDir there), and the environment's shared
 * ReadWriteMany volume on NFS, either from the OpenEBS dynamic NFS
 * provisioner, from an existing NFS export through a static
 * PersistentVolume, or from an NFS StorageClass the cluster already has.
 *
 * Pods mount the shared volume through its claim: the restricted Pod
 * Security Standard allows `persistentVolumeClaim` volumes, not inline
 * `nfs` ones. Every claim names its StorageClass and is kept by ArgoCD when
 * it prunes or deletes the application.
 */
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import type { CalypsoEnvironment } from './calypso-environment';
import type { CalypsoServer } from './calypso-server';
import { STATE_VOLUME_NAME } from '../model/writable-volumes';
import { SpecError } from '../model/errors';
import { DEFAULT_NFS_MOUNT_OPTIONS, type ServerStorageOptions, type SharedFilesSource, type SharedFilesSpec } from '../model/storage-spec';

/** ArgoCD sync options that keep a claim (and its data) when ArgoCD prunes or deletes the application. */
export const KEEP_ON_PRUNE_AND_DELETE: Readonly<Record<string, string>> = {
  'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false',
};
const VERSION_LABEL = 'app.kubernetes.io/version';
/**
 * Name of the per-pod claim template; the StatefulSet names claims `<template>-<pod>`, e.g. `data-eventserver-0`.
 * It is the name of the state directory's emptyDir, which the claim replaces.
 */
export const STATE_CLAIM_TEMPLATE_NAME = STATE_VOLUME_NAME;
/** Name of the shared volume's claim, and of the volume in each pod. */
export const SHARED_FILES_CLAIM_NAME = 'shared-files';
/** Provisioner name of the OpenEBS dynamic NFS provisioner. */
export const OPENEBS_NFS_PROVISIONER = 'openebs.io/nfsrwx';

/**
 * Gives a server a claim per pod for its state directory (as resolved, or
 * the image contract's `stateDirectories`), ReadWriteOnce, retained when
 * pods or the StatefulSet go.
 */
export function addStateStorage(
  server: CalypsoServer,
  storage: ServerStorageOptions & { readonly storageClass: string; readonly directory?: string },
): void {
  const directory = storage.directory ?? server.environment.contract.stateDirectories[server.resolved.kind];
  if (directory === undefined) {
    throw new SpecError([
      {
        environment: server.environment.name,
        server: server.name,
        field: 'storage',
        message: `a ${server.kind} keeps no state on disk (the image contract has no state directory for it)`,
      },
    ]);
  }
  // A StatefulSet's claim templates cannot change: no version label, or every release would fail to sync.
  const { [VERSION_LABEL]: _version, ...labels } = server.metadata().labels ?? {};
  server.addVolumeClaimTemplate(
    {
      metadata: { name: STATE_CLAIM_TEMPLATE_NAME, labels, annotations: { ...KEEP_ON_PRUNE_AND_DELETE } },
      spec: {
        accessModes: ['ReadWriteOnce'],
        storageClassName: storage.storageClass,
        resources: { requests: { storage: k8s.Quantity.fromString(storage.size) } },
      },
    },
    { mountPath: directory },
  );
}

/** Name of the StorageClass the shared claim names. */
export function sharedFilesStorageClassName(environment: CalypsoEnvironment, source: SharedFilesSource): string {
  switch (source.type) {
    case 'openebs-nfs':
      // Cluster-scoped names come from the namespace, unique per cluster (calypso-<env> by default).
      return `${environment.namespace}-shared-nfs`;
    case 'nfs-export':
      // No StorageClass object: the name only pairs the claim with its static volume.
      return `${environment.namespace}-shared-nfs-export`;
    case 'storage-class':
      return source.storageClass;
  }
}

/** Props of CalypsoSharedFiles. */
export interface CalypsoSharedFilesProps {
  readonly environment: CalypsoEnvironment;
  readonly spec: SharedFilesSpec;
  /** Where cluster-scoped objects (StorageClass, PersistentVolume) go: a chart without a namespace. */
  readonly clusterScope: Construct;
}

/** The shared ReadWriteMany volume of an environment and its claim. */
export class CalypsoSharedFiles extends Construct {
  public readonly claim: k8s.KubePersistentVolumeClaim;
  /** The OpenEBS NFS StorageClass, for the openebs-nfs source. */
  public readonly storageClass?: k8s.KubeStorageClass;
  /** The static volume, for the nfs-export source. */
  public readonly volume?: k8s.KubePersistentVolume;
  private readonly environment: CalypsoEnvironment;

  public constructor(scope: Construct, id: string, props: CalypsoSharedFilesProps) {
    super(scope, id);
    const { environment, spec, clusterScope } = props;
    this.environment = environment;
    const source = spec.source;
    const className = sharedFilesStorageClassName(environment, source);
    const size = k8s.Quantity.fromString(spec.size);
    const labels = environment.labels('shared-files', SHARED_FILES_CLAIM_NAME);
    let volumeName: string | undefined;

    if (source.type === 'openebs-nfs') {
      const { uid, gid } = environment.contract.user;
      // The NFS server exports a volume owned by the Calypso user, setgid so new files keep its group (NFS ignores fsGroup).
      const casConfig = [
        '- name: NFSServerType',
        '  value: "kernel"',
        '- name: BackendStorageClass',
        `  value: "${source.backendStorageClass}"`,
        '- name: FilePermissions',
        '  data:',
        `    UID: "${uid}"`,
        `    GID: "${gid}"`,
        '    mode: "g+s"',
        '',
      ].join('\n');
      this.storageClass = new k8s.KubeStorageClass(clusterScope, 'SharedFilesStorageClass', {
        metadata: { name: className, labels, annotations: { 'openebs.io/cas-type': 'nfsrwx', 'cas.openebs.io/config': casConfig } },
        provisioner: OPENEBS_NFS_PROVISIONER,
        reclaimPolicy: 'Retain',
        volumeBindingMode: 'Immediate',
      });
    } else if (source.type === 'nfs-export') {
      volumeName = `${environment.namespace}-shared-files`;
      this.volume = new k8s.KubePersistentVolume(clusterScope, 'SharedFilesVolume', {
        metadata: { name: volumeName, labels, annotations: { ...KEEP_ON_PRUNE_AND_DELETE } },
        spec: {
          capacity: { storage: size },
          accessModes: ['ReadWriteMany'],
          persistentVolumeReclaimPolicy: 'Retain',
          storageClassName: className,
          mountOptions: [...(source.mountOptions ?? DEFAULT_NFS_MOUNT_OPTIONS)],
          nfs: { server: source.server, path: source.path },
          // Reserved for exactly this claim, which names this volume in turn.
          claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace: environment.namespace, name: SHARED_FILES_CLAIM_NAME },
        },
      });
    }

    this.claim = new k8s.KubePersistentVolumeClaim(this, 'Claim', {
      metadata: { name: SHARED_FILES_CLAIM_NAME, labels, annotations: { ...KEEP_ON_PRUNE_AND_DELETE } },
      spec: {
        accessModes: ['ReadWriteMany'],
        storageClassName: className,
        resources: { requests: { storage: size } },
        ...(volumeName === undefined ? {} : { volumeName }),
      },
    });
  }

  /** Mounts the shared volume into a server, at the image contract's `sharedFilesDirectory`. */
  public mountInto(server: CalypsoServer): void {
    server.addVolume(
      { name: SHARED_FILES_CLAIM_NAME, persistentVolumeClaim: { claimName: SHARED_FILES_CLAIM_NAME } },
      { mountPath: this.environment.contract.sharedFilesDirectory },
    );
  }
}
