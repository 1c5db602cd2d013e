/**
 * Storage in the spec: the cluster's StorageClasses an environment uses,
 * per-server claims for servers that keep state on disk, and one
 * ReadWriteMany volume on NFS that servers share. Plain data and its rules;
 * no cdk8s here.
 */
import type { ProblemCollector } from './errors';
import type { ImageContract } from './image-contract';
import { isDnsSubdomain } from './names';
import { parseMemory } from './quantity';
import type { ResolvedServer } from './server-spec';

/** What a StorageClass provides: `block` volumes attach to one node (ReadWriteOnce); `nfs` volumes are shared (ReadWriteMany). */
export type StorageClassKind = 'block' | 'nfs';
export const STORAGE_CLASS_KINDS: readonly StorageClassKind[] = ['block', 'nfs'];

/** A claim of the server's own, one per pod, for the state it keeps on disk. */
export interface ServerStorageOptions {
  /** Size of the claim, e.g. `50Gi`. */
  readonly size: string;
  /** StorageClass of the claim; one of `storage.classes`. */
  readonly storageClass: string;
}

/** The OpenEBS dynamic NFS provisioner: an NFS server pod per volume, exporting a block volume. */
export interface OpenEbsNfsSource {
  readonly type: 'openebs-nfs';
  /** Block StorageClass the NFS server keeps its export on; one of `storage.classes`, of kind block. */
  readonly backendStorageClass: string;
}

/** An existing NFS export (a filer), bound through a static PersistentVolume. */
export interface NfsExportSource {
  readonly type: 'nfs-export';
  /** NFS server host name or IPv4 address. */
  readonly server: string;
  /** Exported path, absolute. */
  readonly path: string;
  /**
   * NFS mount options.
   * @default ['nfsvers=4.1', 'hard']
   */
  readonly mountOptions?: readonly string[];
}

/** An NFS StorageClass the cluster already has (e.g. a filer's CSI driver). */
export interface NfsStorageClassSource {
  readonly type: 'storage-class';
  /** One of `storage.classes`, of kind nfs. */
  readonly storageClass: string;
}

/** Where the shared volume comes from. */
export type SharedFilesSource = OpenEbsNfsSource | NfsExportSource | NfsStorageClassSource;
export const SHARED_FILES_SOURCE_TYPES: readonly SharedFilesSource['type'][] = ['openebs-nfs', 'nfs-export', 'storage-class'];

/** One ReadWriteMany volume for the files servers share (reports, uploads, documents). */
export interface SharedFilesSpec {
  /** Size, e.g. `200Gi`. */
  readonly size: string;
  /** Servers that mount it, at the image contract's `sharedFilesDirectory`. */
  readonly mountedBy: readonly string[];
  readonly source: SharedFilesSource;
}

/** An environment's storage. */
export interface StorageSettings {
  /** The cluster's StorageClasses this environment names, and what each provides. */
  readonly classes: Readonly<Record<string, StorageClassKind>>;
  /**
   * The shared volume.
   * @default - none
   */
  readonly sharedFiles?: SharedFilesSpec;
}

/** Default NFS mount options of a static export: NFS 4.1, hard mounts (a filer failover stalls I/O rather than failing it). */
export const DEFAULT_NFS_MOUNT_OPTIONS: readonly string[] = ['nfsvers=4.1', 'hard'];

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function sizeProblem(size: string | undefined): string | undefined {
  return parseMemory(size ?? '') === undefined ? `"${size}" is not a storage size such as 50Gi` : undefined;
}

/** Checks one server's `storage`. */
export function serverStorageProblems(
  server: ResolvedServer,
  storage: ServerStorageOptions | undefined,
  settings: StorageSettings | undefined,
  contract: ImageContract,
  problems: ProblemCollector,
): void {
  if (storage === undefined) return;
  const fail = (field: string, message: string): void => problems.serverProblem(server.name, field, message);
  const stateful = Object.keys(contract.stateDirectories);
  if (server.external) {
    fail('storage', 'the server runs outside the cluster (external); it has no pods to give a claim');
    return;
  }
  if (contract.stateDirectories[server.kind] === undefined) {
    fail(
      'storage',
      `a ${server.kind} keeps no state on disk (the image contract's stateDirectories name ${stateful.join(', ') || 'none'}); files servers share go in storage.sharedFiles`,
    );
    return;
  }
  if (server.preset.workload !== 'StatefulSet') {
    fail('storage', `a ${server.kind} runs as a Deployment; a claim per pod needs a StatefulSet`);
    return;
  }
  const size = sizeProblem(storage.size);
  if (size) fail('storage.size', size);
  const kind = settings?.classes?.[storage.storageClass];
  if (kind === undefined) fail('storage.storageClass', unknownClass(storage.storageClass, settings));
}

function unknownClass(name: string, settings: StorageSettings | undefined): string {
  const known = Object.keys(settings?.classes ?? {});
  return `"${name}" is not a StorageClass of this environment (storage.classes: ${known.join(', ') || 'none'})`;
}

/** Checks the environment's `storage`: classes and the shared volume. */
export function storageSettingsProblems(
  settings: StorageSettings | undefined,
  servers: readonly ResolvedServer[],
  problems: ProblemCollector,
): void {
  if (settings === undefined) return;
  const fail = (field: string, message: string): void => problems.environmentProblem(field, message);
  for (const [name, kind] of Object.entries(settings.classes ?? {})) {
    if (!isDnsSubdomain(name)) fail('storage.classes', `"${name}" is not a StorageClass name`);
    if (!STORAGE_CLASS_KINDS.includes(kind)) fail(`storage.classes.${name}`, `"${kind}" is neither block nor nfs`);
  }
  const shared = settings.sharedFiles;
  if (shared === undefined) return;
  const size = sizeProblem(shared.size);
  if (size) fail('storage.sharedFiles.size', size);
  const byName = new Map(servers.map((server) => [server.name, server]));
  if ((shared.mountedBy ?? []).length === 0)
    fail('storage.sharedFiles.mountedBy', 'names no server; a shared volume nobody mounts is waste');
  for (const name of shared.mountedBy ?? []) {
    const server = byName.get(name);
    if (server === undefined) {
      fail('storage.sharedFiles.mountedBy', `"${name}" is not a server of this environment (servers: ${[...byName.keys()].join(', ')})`);
    } else if (server.external) {
      fail('storage.sharedFiles.mountedBy', `${name} runs outside the cluster (external); it cannot mount the volume`);
    }
  }
  const source = shared.source;
  const classKind = (name: string): StorageClassKind | undefined => settings.classes?.[name];
  switch (source?.type) {
    case 'openebs-nfs':
      if (classKind(source.backendStorageClass) === undefined) {
        fail('storage.sharedFiles.source.backendStorageClass', unknownClass(source.backendStorageClass, settings));
      } else if (classKind(source.backendStorageClass) !== 'block') {
        fail(
          'storage.sharedFiles.source.backendStorageClass',
          `${source.backendStorageClass} is an nfs class; the NFS provisioner exports a block volume, so its backend must be a block class`,
        );
      }
      break;
    case 'nfs-export':
      if (!isDnsSubdomain(source.server ?? '') && !IPV4.test(source.server ?? '')) {
        fail('storage.sharedFiles.source.server', `"${source.server}" is neither a host name nor an IPv4 address`);
      }
      if (!/^\/\S*$/.test(source.path ?? '')) fail('storage.sharedFiles.source.path', `"${source.path}" is not an absolute path`);
      for (const option of source.mountOptions ?? []) {
        if (!/^[A-Za-z0-9_=.,-]+$/.test(option)) fail('storage.sharedFiles.source.mountOptions', `"${option}" is not a mount option`);
      }
      break;
    case 'storage-class':
      if (classKind(source.storageClass) === undefined) {
        fail('storage.sharedFiles.source.storageClass', unknownClass(source.storageClass, settings));
      } else if (classKind(source.storageClass) !== 'nfs') {
        fail(
          'storage.sharedFiles.source.storageClass',
          `ReadWriteMany needs an NFS class; ${source.storageClass} is a block class, whose volumes attach to one node at a time (ReadWriteOnce)`,
        );
      }
      break;
    default:
      fail(
        'storage.sharedFiles.source.type',
        `"${(source as { type?: string } | undefined)?.type}" is not a source; use one of ${SHARED_FILES_SOURCE_TYPES.join(', ')}`,
      );
  }
}
