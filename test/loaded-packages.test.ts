/**
 * The loaded-packages probe (test/loaded-packages.ts) has positive controls: the tests that a `--help` or env:list
 * loads none of the work's packages pass just as well with a probe that reports nothing, so here a tiny program that
 * does load packages must have them reported, by name (a scoped one with its scope), however it exits.
 */
import { join } from 'node:path';
import { tempDir } from './helpers';
import { readLoadedPackages, WORK_PACKAGES, withLoadedPackagesProbe } from './loaded-packages';
import { programEnvironment, runProcess } from './program-run';

// Removed when the file ends, as every tempDir is (test/test-temp-folders.ts).
const dir = tempDir('calypso-k8s-loaded-probe-');

const env = programEnvironment(process.env);

/** Runs `node -e <code>` from the repository with the probe preloaded; the packages it reported. */
async function probed(name: string, code: string, extraEnv: NodeJS.ProcessEnv = env): Promise<{ status: number | null; loaded: string[] }> {
  const file = join(dir, `${name}.json`);
  const { status, stderr } = await runProcess(process.execPath, ['-e', code], withLoadedPackagesProbe(extraEnv, file));
  expect(stderr).toBe('');
  return { status, loaded: readLoadedPackages(file) };
}

test('a program that loads packages has each reported by name, a scoped one with its scope; one that loads none, none', async () => {
  const [loads, none] = await Promise.all([
    probed('loads', "require('yaml'); require('@lezer/lr');"),
    probed('none', "require('node:path');"),
  ]);
  expect(loads).toEqual({ status: 0, loaded: expect.arrayContaining(['@lezer/lr', 'yaml']) as unknown });
  expect(loads.loaded.filter((name) => WORK_PACKAGES.includes(name)).sort()).toEqual(['@lezer/lr', 'yaml']);
  expect(none).toEqual({ status: 0, loaded: [] });
});

test('the packages are reported when the program ends with process.exit, and beside NODE_OPTIONS of its own', async () => {
  const withOptions = { ...env, NODE_OPTIONS: '--no-warnings' };
  const { status, loaded } = await probed('exits', "require('yaml'); process.exit(3);", withOptions);
  expect({ status, loaded }).toEqual({ status: 3, loaded: ['yaml'] });
});
