/**
 * The committed dist/, read back from its YAML files the way `npm run
 * validate` reads it (YAML 1.1, as Kubernetes and ArgoCD read it): one entry
 * per folder, parsed once per test run by the global setup
 * (test/shared-render.ts). Suites that look at the committed files read
 * these instead of parsing dist/ again; the objects are frozen, since every
 * file of a worker shares them.
 */
import { DIST_DIR } from '../apps/dist-folder';
import { loadEnvironments, type LoadedEnvironment } from '../apps/load-environments';
import { readFolder } from '../apps/validate';
import type { Manifest } from '../lib/output/render';
import { deepFreeze, sharedCommittedDist } from './shared-render';

/** One folder of the committed dist/, with its environment's spec when it is an environment's folder. */
export interface CommittedFolder {
  readonly name: string;
  /** Its objects, in the order of their file names. */
  readonly manifests: readonly Manifest[];
  /** The objects of each file that parsed, by file name (one each in a valid dist/). */
  readonly files: ReadonlyMap<string, readonly Manifest[]>;
  readonly environment?: LoadedEnvironment;
}

let folders: readonly CommittedFolder[] | undefined;

/** Every folder of the committed dist/ (read from its files once per test run, by the global setup: test/shared-render.ts). */
export function committedFolders(): readonly CommittedFolder[] {
  if (folders === undefined) {
    const environments = loadEnvironments();
    const read =
      sharedCommittedDist() ??
      readFolder(DIST_DIR, new Map(environments.map((environment) => [environment.name, environment.spec.tier]))).folders.map((folder) => ({
        name: folder.name,
        manifests: folder.objects.map((object) => object.manifest),
        files: folder.objects.map((object) => object.file),
      }));
    folders = read.map((folder) => {
      const manifests = folder.manifests.map(deepFreeze);
      const files = new Map<string, Manifest[]>();
      manifests.forEach((manifest, index) => files.set(folder.files[index], [...(files.get(folder.files[index]) ?? []), manifest]));
      return { name: folder.name, manifests, files, environment: environments.find((environment) => environment.name === folder.name) };
    });
  }
  return folders;
}

/** One folder of the committed dist/ by name; throws naming the folders there are when there is none. */
export function committedFolder(name: string): CommittedFolder {
  const folder = committedFolders().find((candidate) => candidate.name === name);
  if (folder === undefined)
    throw new Error(
      `no folder ${name} in dist/ among ${committedFolders()
        .map((candidate) => candidate.name)
        .join(', ')}`,
    );
  return folder;
}
