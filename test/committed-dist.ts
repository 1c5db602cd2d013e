/** The committed dist/, read back from its YAML files the way `npm run validate` reads it: one entry per folder. */
import { DIST_DIR } from '../apps/dist-folder';
import { loadEnvironments, type LoadedEnvironment } from '../apps/load-environments';
import { readFolder } from '../apps/validate';
import type { Manifest } from '../lib/output/render';
import { sharedCommittedDist } from './shared-render';

/** One folder of the committed dist/, with its environment's spec when it is an environment's folder. */
export interface CommittedFolder {
  readonly name: string;
  readonly manifests: readonly Manifest[];
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
      }));
    folders = read.map((folder) => ({
      name: folder.name,
      manifests: folder.manifests,
      environment: environments.find((environment) => environment.name === folder.name),
    }));
  }
  return folders;
}
