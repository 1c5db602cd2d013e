/**
 * The volumes at the paths a server writes (image contract `writablePaths`),
 * with their names and size limits. One list for both runtimes, so they
 * cannot drift: CalypsoServer gives each an emptyDir (the state directory's
 * is a claim where the plan has a storage class), and the Compose file gives
 * each a tmpfs of the same size or a named volume (compose-file.ts says
 * which), since both run the server on a read-only root filesystem.
 */
import { writablePaths, type ImageContract, type WritablePathPurpose } from './image-contract';
import { formatMemory } from './quantity';
import type { ServerKind } from './server-kinds';
import { DEFAULT_EPHEMERAL_STATE_SIZE } from './storage-spec';

/**
 * Name of the volume at the server's state directory (image contract
 * `stateDirectories`): an emptyDir, unless a claim template of the same
 * name replaces it.
 */
export const STATE_VOLUME_NAME = 'data';

/** Name of the volume at the contract's `paths.tmp`, which the init and wait containers mount too. */
export const TMP_VOLUME_NAME = 'tmp';

/** Size limit of the tmp directory's volume, in every pod (the init and wait containers share it). */
export const TMP_SIZE_LIMIT = '1Gi';

/** Size limit of each scratch directory's volume (image contract `scratchDirectories`). */
const SCRATCH_SIZE_LIMIT = '1Gi';

/** One writable path of a server, as a volume. */
export interface WritableVolume {
  /** The volume's name in the pod. */
  readonly name: string;
  readonly path: string;
  /** The emptyDir's `sizeLimit` (Kubernetes quantity); for a state claim, the claim's size. */
  readonly sizeLimit: string;
  readonly purpose: WritablePathPurpose;
}

/** What the volumes depend on: the kind (its paths), the heap (room for a heap dump) and the state storage of the plan. */
export interface WritableVolumeServer {
  readonly kind: ServerKind;
  readonly heapBytes: number;
  /** The plan's state storage; undefined for a server without a plan (composed by hand) or without state. */
  readonly stateStorage?: { readonly size: string };
}

/** One volume per writable path of the kind, in the contract's order. */
export function writableVolumes(contract: ImageContract, server: WritableVolumeServer): readonly WritableVolume[] {
  let scratch = 0;
  return writablePaths(contract, server.kind).map(({ path, purpose }) => {
    switch (purpose) {
      case 'tmp':
        return { name: TMP_VOLUME_NAME, path, sizeLimit: TMP_SIZE_LIMIT, purpose };
      case 'work':
        return { name: 'work', path, sizeLimit: '2Gi', purpose };
      case 'logs':
        // Room for one heap dump plus rotated GC logs.
        return { name: 'logs', path, sizeLimit: formatMemory(server.heapBytes + 1024 ** 3), purpose };
      case 'state':
        return { name: STATE_VOLUME_NAME, path, sizeLimit: server.stateStorage?.size ?? DEFAULT_EPHEMERAL_STATE_SIZE, purpose };
      case 'scratch':
        scratch += 1;
        return { name: `scratch-${scratch}`, path, sizeLimit: SCRATCH_SIZE_LIMIT, purpose };
    }
  });
}
