/**
 * The folders the programs (synth, validate, diff) read and write. Each can
 * be pointed elsewhere with an environment variable, which is how the tests
 * and the benchmark run the real programs against temporary folders:
 * CALYPSO_ENVIRONMENTS_DIR (default environments/) and CALYPSO_DIST_DIR
 * (default dist/).
 */
import { resolve } from 'node:path';
import { DIST_DIR } from './dist-folder';
import { ENVIRONMENTS_DIR } from './load-environments';

export interface ProgramPaths {
  readonly environmentsDir: string;
  readonly distDir: string;
}

/** The folders to use, from the environment variables or the repository's defaults. */
export function programPaths(env: NodeJS.ProcessEnv = process.env): ProgramPaths {
  return {
    environmentsDir: env.CALYPSO_ENVIRONMENTS_DIR ? resolve(env.CALYPSO_ENVIRONMENTS_DIR) : ENVIRONMENTS_DIR,
    distDir: env.CALYPSO_DIST_DIR ? resolve(env.CALYPSO_DIST_DIR) : DIST_DIR,
  };
}

/** Where programs print; tests pass their own to capture the output. */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}
