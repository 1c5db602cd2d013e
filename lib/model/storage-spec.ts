/**
 * Storage in the spec: the cluster's StorageClasses an environment uses,
 * per-server claims for servers that keep state on disk, and one
 * ReadWriteMany volume on NFS that servers share. Plain data and its rules;
 * no cdk8s here.
 */
import { z } from 'zod';
import type { ProblemCollector } from './errors';
import type { ImageContract } from './image-contract';
import { isDnsSubdomain } from './names';
import { parseMemory } from './quantity';
import type { ResolvedServer } from './resolved-server';
import { checkedString, enumMiss, oneOf, type SpecOf } from './schema';

/** What a StorageClass provides: `block` volumes attach to one node (ReadWriteOnce); `nfs` volumes are shared (ReadWriteMany). */
export const STORAGE_CLASS_KINDS = ['block', 'nfs'] as const;
export type StorageClassKind = (typeof STORAGE_CLASS_KINDS)[number];

/** A storage size such as `50Gi`. */
const storageSize = (): ReturnType<typeof checkedString> =>
  checkedString((size) => (parseMemory(size) === undefined ? `"${size}" is not a storage size such as 50Gi` : undefined));

/**
 * Size limit of the emptyDir a server's state directory gets when the spec
 * declares no claim for it (dev, short-lived environments): room for an
 * ActiveMQ message store (32Mi journal files) under a dev load.
 */
export const DEFAULT_EPHEMERAL_STATE_SIZE = '4Gi';

/**
 * Where a server keeps the state it has on disk (the Eventserver's message
 * store): a claim of its own, one per pod, when a StorageClass is named;
 * else an emptyDir of that size, which is emptied whenever the pod is
 * deleted, evicted or moved (a rollout, a drain, a node loss), though it
 * survives a container restart. Without `storage`, a server with a state
 * directory gets an emptyDir of `DEFAULT_EPHEMERAL_STATE_SIZE`.
 */
export const ServerStorageOptionsSchema = z.strictObject({
  /** Size of the claim, or the size limit of the emptyDir without `storageClass`, e.g. `50Gi`. */
  size: storageSize(),
  /**
   * StorageClass of the claim; one of `storage.classes`.
   * @default - no claim: an emptyDir, lost with the pod
   */
  storageClass: z.string().optional(),
});
export type ServerStorageOptions = SpecOf<typeof ServerStorageOptionsSchema>;

/** The OpenEBS dynamic NFS provisioner: an NFS server pod per volume, exporting a block volume. */
export const OpenEbsNfsSourceSchema = z.strictObject({
  type: z.literal('openebs-nfs'),
  /** Block StorageClass the NFS server keeps its export on; one of `storage.classes`, of kind block. */
  backendStorageClass: z.string(),
});
export type OpenEbsNfsSource = SpecOf<typeof OpenEbsNfsSourceSchema>;

/** An existing NFS export (a filer), bound through a static PersistentVolume. */
export const NfsExportSourceSchema = z.strictObject({
  type: z.literal('nfs-export'),
  /** NFS server host name or IPv4 address. */
  server: z.string(),
  /** Exported path, absolute. */
  path: z.string(),
  /**
   * NFS mount options.
   * @default ['nfsvers=4.1', 'hard']
   */
  mountOptions: z.array(z.string()).optional(),
});
export type NfsExportSource = SpecOf<typeof NfsExportSourceSchema>;

/** An NFS StorageClass the cluster already has (e.g. a filer's CSI driver). */
export const NfsStorageClassSourceSchema = z.strictObject({
  type: z.literal('storage-class'),
  /** One of `storage.classes`, of kind nfs. */
  storageClass: z.string(),
});
export type NfsStorageClassSource = SpecOf<typeof NfsStorageClassSourceSchema>;

export const SHARED_FILES_SOURCE_TYPES = ['openebs-nfs', 'nfs-export', 'storage-class'] as const;

/** Where the shared volume comes from. */
export const SharedFilesSourceSchema = z.discriminatedUnion(
  'type',
  [OpenEbsNfsSourceSchema, NfsExportSourceSchema, NfsStorageClassSourceSchema],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? enumMiss((issue.input as { type?: unknown } | undefined)?.type, SHARED_FILES_SOURCE_TYPES, 'a source')
        : undefined,
  },
);
export type SharedFilesSource = SpecOf<typeof SharedFilesSourceSchema>;

/** One ReadWriteMany volume for the files servers share (reports, uploads, documents). */
export const SharedFilesSpecSchema = z.strictObject({
  /** Size, e.g. `200Gi`. */
  size: storageSize(),
  /** Servers that mount it, at the image contract's `sharedFilesDirectory`. */
  mountedBy: z.array(z.string()),
  source: SharedFilesSourceSchema,
});
export type SharedFilesSpec = SpecOf<typeof SharedFilesSpecSchema>;

/** An environment's storage. */
export const StorageSettingsSchema = z.strictObject({
  /** The cluster's StorageClasses this environment names, and what each provides. */
  classes: z.record(z.string(), oneOf(STORAGE_CLASS_KINDS)),
  /**
   * The shared volume.
   * @default - none
   */
  sharedFiles: SharedFilesSpecSchema.optional(),
});
export type StorageSettings = SpecOf<typeof StorageSettingsSchema>;

/** Default NFS mount options of a static export: NFS 4.1, hard mounts (a filer failover stalls I/O rather than failing it). */
export const DEFAULT_NFS_MOUNT_OPTIONS: readonly string[] = ['nfsvers=4.1', 'hard'];

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Checks one server's `storage`. */
export function serverStorageProblems(
  server: ResolvedServer,
  storage: ServerStorageOptions | undefined,
  settings: StorageSettings | undefined,
  contract: ImageContract,
  problems: ProblemCollector,
): void {
  if (storage === undefined) return;
  const fail = problems.reporter(server.name);
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
  if (storage.storageClass === undefined) return;
  if (server.preset.workload !== 'StatefulSet') {
    fail('storage', `a ${server.kind} runs as a Deployment; a claim per pod needs a StatefulSet`);
    return;
  }
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
  const fail = problems.reporter();
  for (const name of Object.keys(settings.classes ?? {})) {
    if (!isDnsSubdomain(name)) fail('storage.classes', `"${name}" is not a StorageClass name`);
  }
  const shared = settings.sharedFiles;
  if (shared === undefined) return;
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
  }
}
