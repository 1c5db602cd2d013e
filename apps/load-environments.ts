/**
 * Finds the environment files (`environments/<name>.ts`, one per
 * environment) and loads their specs. The file name is the environment's
 * name and its `dist/` folder, so the two must agree.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EnvironmentSpec } from '../lib';
import { SpecError, type SpecProblem } from '../lib/model/errors';
import { requireEnvironmentFile } from './environment-file';

/** Where the environment files live. */
export const ENVIRONMENTS_DIR = join(__dirname, '..', 'environments');

/** An environment spec and the file it came from. */
export interface LoadedEnvironment {
  /** Name from the file name: `environments/uat.ts` is `uat`. */
  readonly name: string;
  readonly file: string;
  readonly spec: EnvironmentSpec;
}

/** Names of the environment files in a folder, sorted. */
export function environmentNames(dir: string = ENVIRONMENTS_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => basename(file, '.ts'))
    .sort();
}

/** Loads every environment file; throws one SpecError naming every bad file. */
export function loadEnvironments(dir: string = ENVIRONMENTS_DIR): LoadedEnvironment[] {
  const loaded: LoadedEnvironment[] = [];
  const problems: SpecProblem[] = [];
  for (const name of environmentNames(dir)) {
    const file = join(dir, `${name}.ts`);
    let spec: EnvironmentSpec | undefined;
    try {
      spec = requireEnvironmentFile(name, file) as EnvironmentSpec | undefined;
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      problems.push(...error.problems);
      continue;
    }
    if (spec === undefined || typeof spec !== 'object') {
      problems.push({
        environment: name,
        field: 'default export',
        message: `${file} must export the environment spec as its default export`,
      });
    } else if (spec.name !== name) {
      problems.push({
        environment: name,
        field: 'name',
        message: `environments/${name}.ts declares name "${spec.name}"; the name must match the file (and its folder dist/${name})`,
      });
    } else {
      loaded.push({ name, file, spec });
    }
  }
  if (problems.length > 0) throw new SpecError(problems);
  return loaded;
}
