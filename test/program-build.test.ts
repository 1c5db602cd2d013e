/**
 * The programs' build (apps/program-build.js) beyond a first run (cold-start.test.ts): how bundles are keyed, and what the
 * bundle's plugin rewrites in a source.
 */
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers';
import { programCheckout, runCheckoutProgram } from './program-checkout';
import { REPO } from './temp-project';

describe('how bundles are keyed', () => {
  test("each Node version gets its own bundle and manifest: a run of one neither rebuilds nor replaces the other one's", async () => {
    const root = programCheckout({ 'program.ts': `const answer: number = 42;\nconsole.log(answer);\n` });
    const cache = tempDir('calypso-k8s-program-build-cache-');
    const run = (nodeVersion: string) => runCheckoutProgram(root, cache, { CALYPSO_BUILD_NODE_VERSION: nodeVersion });
    /**
     * The build folder's bundles, each with its modification time, and manifests, each with the bundle it names (a manifest
     * may be written again, with the same bundle, once its sources have settled: see SETTLED_MS).
     */
    const built = (): { bundles: Record<string, number>; manifests: Record<string, string> } => {
      const files = readdirSync(join(cache, 'build'));
      const bundles = files.filter((file) => file.endsWith('.js')).map((file) => [file, statSync(join(cache, 'build', file)).mtimeMs]);
      const manifests = files
        .filter((file) => file.endsWith('.json'))
        .map((file) => [file, (JSON.parse(readFileSync(join(cache, 'build', file), 'utf8')) as { bundle: string }).bundle]);
      return { bundles: Object.fromEntries(bundles), manifests: Object.fromEntries(manifests) };
    };
    const ran = { status: 0, stdout: '42\n', stderr: '' };

    expect(await run('v20.0.0-one')).toEqual(ran);
    const first = built();
    expect(Object.keys(first.bundles)).toHaveLength(1);
    expect(Object.values(first.manifests)).toEqual(Object.keys(first.bundles));
    expect(await run('v20.0.0-two')).toEqual(ran);
    const both = built();
    expect(Object.keys(both.bundles)).toHaveLength(2);
    expect(Object.values(both.manifests).sort()).toEqual(Object.keys(both.bundles).sort());
    // The first version's files are still there, untouched.
    expect(both.bundles).toEqual(expect.objectContaining(first.bundles));
    expect(both.manifests).toEqual(expect.objectContaining(first.manifests));
    // And its next run finds its bundle: nothing is built again.
    expect(await run('v20.0.0-one')).toEqual(ran);
    expect(built()).toEqual(both);
  }, 60_000);
});

describe('what the bundle rewrites in a source', () => {
  test("a module outside apps/ that names __dirname, __filename or require.main gets its own source's, and a module's non-ASCII text reaches the program unchanged", async () => {
    const root = programCheckout({});
    const cache = tempDir('calypso-k8s-program-build-cache-');
    // Non-ASCII text on both sides: the plugin decodes only the files it rewrites, esbuild reads the others itself.
    writeFileSync(
      join(root, 'lib', 'where.ts'),
      `export const where = { dir: __dirname, file: __filename, main: require.main === module, text: 'café' };\n`,
    );
    writeFileSync(join(root, 'lib', 'plain.ts'), `export const plain = 'naïve, no names to place';\n`);
    writeFileSync(
      join(root, 'apps', 'program.ts'),
      `import { where } from '../lib/where';\nimport { plain } from '../lib/plain';\nconsole.log(JSON.stringify({ ...where, plain }));\n`,
    );
    const result = await runCheckoutProgram(root, cache);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    // Run from its bundle (not through tsx, which would also give these): the build cache holds it.
    expect(readdirSync(join(cache, 'build')).filter((file) => file.endsWith('.js'))).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual({
      dir: join(root, 'lib'),
      file: join(root, 'lib', 'where.ts'),
      main: false,
      text: 'café',
      plain: 'naïve, no names to place',
    });
  }, 60_000);
});

describe("the build worker's esbuild service", () => {
  test("runs with the Go runtime's garbage collector off below 1 GiB, unless the caller set GOGC or GOMEMLIMIT; the program's own environment gets neither", async () => {
    const root = programCheckout({
      'program.ts': `console.log(JSON.stringify([process.env.GOGC ?? 'unset', process.env.GOMEMLIMIT ?? 'unset']));\n`,
    });
    // esbuild runs the binary ESBUILD_BINARY_PATH names: this one writes down the settings it was started with.
    const folder = tempDir('calypso-k8s-program-build-esbuild-');
    const started = join(folder, 'started.txt');
    const esbuild = join(folder, 'esbuild');
    writeFileSync(
      esbuild,
      `#!/bin/sh\necho "GOGC=\${GOGC-unset} GOMEMLIMIT=\${GOMEMLIMIT-unset}" >> '${started}'\nexec '${join(REPO, 'node_modules', 'esbuild', 'bin', 'esbuild')}' "$@"\n`,
    );
    chmodSync(esbuild, 0o755);
    const run = async (settings: NodeJS.ProcessEnv): Promise<{ stdout: string; services: string[] }> => {
      writeFileSync(started, '');
      const result = await runCheckoutProgram(root, tempDir('calypso-k8s-program-build-cache-'), {
        ESBUILD_BINARY_PATH: esbuild,
        GOGC: undefined,
        GOMEMLIMIT: undefined,
        ...settings,
      });
      expect(result).toMatchObject({ status: 0, stderr: '' });
      return { stdout: result.stdout, services: readFileSync(started, 'utf8').split('\n').filter(Boolean) };
    };

    // A fresh cache: the worker's service builds the bundle (the checkout has no environment files for the program's own).
    expect(await run({})).toEqual({ stdout: '["unset","unset"]\n', services: ['GOGC=off GOMEMLIMIT=1GiB'] });
    expect(await run({ GOGC: '50' })).toEqual({ stdout: '["50","unset"]\n', services: ['GOGC=50 GOMEMLIMIT=unset'] });
    expect(await run({ GOMEMLIMIT: '2GiB' })).toEqual({ stdout: '["unset","2GiB"]\n', services: ['GOGC=unset GOMEMLIMIT=2GiB'] });
  }, 60_000);
});
