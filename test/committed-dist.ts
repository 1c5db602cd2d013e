/** The committed dist/, read back from its YAML files the way `npm run validate` reads it: one entry per folder. */
import { DIST_DIR } from '../apps/dist-folder';
import { loadEnvironments, type LoadedEnvironment } from '../apps/load-environments';
import { readFolder } from '../apps/validate';
import type { Manifest } from '../lib/output/render';

/** One folder of the committed dist/, with its environment's spec when it is an environment's folder. */
export interface CommittedFolder {
  readonly name: string;
  readonly manifests: readonly Manifest[];
  readonly environment?: LoadedEnvironment;
}

let folders: readonly CommittedFolder[] | undefined;

/** Every folder of the committed dist/ (read once per test file). */
export function committedFolders(): readonly CommittedFolder[] {
  if (folders === undefined) {
    const environments = loadEnvironments();
    const tiers = new Map(environments.map((environment) => [environment.name, environment.spec.tier]));
    folders = readFolder(DIST_DIR, tiers).folders.map((folder) => ({
      name: folder.name,
      manifests: folder.objects.map((object) => object.manifest),
      environment: environments.find((environment) => environment.name === folder.name),
    }));
  }
  return folders;
}
