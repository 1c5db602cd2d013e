/**
 * What a program's real run loaded from node_modules, for the tests that check a run does not load the packages
 * the work needs (a `--help`, env:list): the run is started with test/loaded-packages-probe.js preloaded, which writes
 * the names of the packages it loaded to a file when it exits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PROBE = `--require ${join(__dirname, 'loaded-packages-probe.js')}`;

/** What the library needs, and what only one program does (release's file edits, diff's patches). */
export const WORK_PACKAGES: readonly string[] = (() => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
  return [...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }), 'typescript', 'diff'];
})();

/** `env` with the probe preloaded (after any NODE_OPTIONS of its own), writing the loaded packages to `file`. */
export function withLoadedPackagesProbe(env: NodeJS.ProcessEnv, file: string): NodeJS.ProcessEnv {
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, PROBE].filter(Boolean).join(' '), CALYPSO_LOADED_PACKAGES: file };
}

/** The packages a probed run that has exited loaded, by name, sorted. */
export function readLoadedPackages(file: string): string[] {
  return JSON.parse(readFileSync(file, 'utf8')) as string[];
}
