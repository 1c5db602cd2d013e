/**
 * The package as npm builds and installs it. `npm pack` on a clone that was
 * never built builds it first and packs the library, its declarations and
 * the schemas the validator reads; the declarations import cdk8s-plus-27 by
 * its package name only. The packed tarball is installed into a temporary
 * consumer project with the lowest and with the newest cdk8s, constructs and
 * cdk8s-plus-27 the peer ranges allow, and a small chart is type-checked,
 * compiled and synthesized against each. A second copy of constructs or an
 * unsupported cdk8s is refused when the library loads, before anything
 * renders.
 *
 * This is the slowest test file: two installs from the registry (mostly
 * from npm's cache) and a compile against each. The two installs run at the
 * same time (they mostly wait on the network), the package is built and
 * packed once for as long as its sources do not change (test/package-build.ts),
 * and each consumer project is compiled once (the team chart and the README
 * examples together). It is scheduled first, in a worker of its own, so the
 * other files go on meanwhile.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readmeExamples } from './readme-example-sources';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { peerDependencyProblems, SUPPORTED_PEER_VERSIONS } from '../lib/peer-dependencies';
import { tempDir } from './helpers';
import { packedPackage, QUIET_NPM, type PackResult } from './package-build';

const root = join(__dirname, '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

/** The two ends of the supported ranges: the lowest version each range allows, and the newest published. */
const RANGE_ENDS: Record<'lowest' | 'newest', Record<keyof typeof SUPPORTED_PEER_VERSIONS, string>> = {
  // cdk8s 2.68.11 (cdk8s-plus-27's own lower bound) was never published: 2.68.12 is the first.
  lowest: { cdk8s: '2.68.12', constructs: '10.3.0', 'cdk8s-plus-27': '2.9.5' },
  newest: { cdk8s: 'latest', constructs: 'latest', 'cdk8s-plus-27': 'latest' },
};

/** Every .d.ts under a folder, path relative to it. */
function declarations(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return declarations(dir, path);
    return path.endsWith('.d.ts') ? [path] : [];
  });
}

/** A consumer project with the tarball and these peer versions installed, and the team chart of the public-api test. */
async function consumerProject(tarball: string, peers: Record<string, string>): Promise<string> {
  const dir = tempDir('calypso-k8s-consumer-');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'team-chart', version: '1.0.0', private: true, dependencies: { 'calypso-k8s': `file:${tarball}`, ...peers } }),
  );
  await promisify(execFile)(npm, ['install', ...QUIET_NPM], { cwd: dir });
  cpSync(join(root, 'test', 'fixtures', 'consumer', 'team-chart.ts'), join(dir, 'team-chart.ts'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'node16',
        moduleResolution: 'node16',
        strict: true,
        types: ['node'],
        typeRoots: [join(root, 'node_modules', '@types')],
        outDir: 'out',
      },
      files: ['team-chart.ts'],
    }),
  );
  return dir;
}

const installedVersion = (project: string, name: string): string =>
  (JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** Runs the compiled chart and returns the kinds and names it rendered. */
function synthesize(project: string): string[] {
  const output = execFileSync(process.execPath, [join(project, 'out', 'team-chart.js')], { cwd: project, encoding: 'utf8' });
  const { objects } = JSON.parse(output) as { objects: { kind: string; metadata: { name: string } }[] };
  return objects.map((object) => `${object.kind}/${object.metadata.name}`).sort();
}

/**
 * Writes every complete README example into a consumer project, with a runner that renders each example's App and
 * checks it with the package's own validation instead of writing it; they are compiled with the team chart, in one
 * compile.
 */
function addExamples(project: string): void {
  const examples = readmeExamples();
  for (const example of examples) writeFileSync(join(project, `${example.name}.ts`), example.source);
  writeFileSync(
    join(project, 'run-example.ts'),
    [
      "import { App } from 'cdk8s';",
      "import { renderApp, validateRendered } from 'calypso-k8s';",
      'const apps: App[] = [];',
      'App.prototype.synth = function (this: App): void {',
      '  apps.push(this);',
      '};',
      '// eslint-disable-next-line @typescript-eslint/no-require-imports',
      'require(process.argv[2]);',
      'const findings = apps.flatMap((app) =>',
      "  validateRendered([renderApp('example', 'dev', app)]).map((finding) => `${finding.rule}: ${finding.object}: ${finding.message}`),",
      ');',
      'console.log(JSON.stringify({ apps: apps.length, findings }));',
      '',
    ].join('\n'),
  );
  const config = JSON.parse(readFileSync(join(project, 'tsconfig.json'), 'utf8')) as { files: string[] };
  config.files = [...config.files, 'run-example.ts', ...examples.map((example) => `${example.name}.ts`)];
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config));
}

/** Type-checks (the library's declarations included) and compiles a consumer project; returns what tsc reported, if it failed. */
async function compile(project: string): Promise<string> {
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', project], { cwd: project });
    return '';
  } catch (error) {
    const { stdout, stderr, message } = error as { stdout?: string; stderr?: string; message: string };
    return `${stdout ?? ''}${stderr ?? ''}` || message;
  }
}

/** Runs every complete README example in a consumer project (written by addExamples and compiled), against the installed package. */
function readmeExampleFindings(project: string): Record<string, { apps: number; findings: string[] }> {
  const examples = readmeExamples();
  return Object.fromEntries(
    examples.map((example) => {
      const output = execFileSync(process.execPath, [join(project, 'out', 'run-example.js'), join(project, 'out', `${example.name}.js`)], {
        cwd: project,
        encoding: 'utf8',
      });
      return [example.name, JSON.parse(output) as { apps: number; findings: string[] }];
    }),
  );
}

const TEAM_CHART_OBJECTS = [
  'ConfigMap/calculator-properties',
  'ConfigMap/dataserver-properties',
  'Deployment/calculator',
  'Deployment/dataserver',
  'Service/calculator',
  'Service/dataserver',
  'ServiceAccount/calculator',
  'ServiceAccount/dataserver',
];

describe('the packed package', () => {
  let clone: string;
  let listed: PackResult;
  /** Per end of the peer ranges: the consumer project, and what its compile reported (empty when it passed). */
  const projects = new Map<string, { project: string; compiled: string }>();

  beforeAll(async () => {
    const packed = packedPackage();
    clone = packed.clone;
    listed = packed.listed;
    // Both installs at once (they mostly wait on the registry), each compiled as soon as it is installed.
    await Promise.all(
      Object.entries(RANGE_ENDS).map(async ([end, peers]) => {
        const project = await consumerProject(packed.tarball, peers);
        addExamples(project);
        projects.set(end, { project, compiled: await compile(project) });
      }),
    );
  }, 600_000);

  test('cdk8s, constructs and cdk8s-plus-27 are peer dependencies in the ranges the load-time check supports, and dev dependencies here', () => {
    expect(packageJson.peerDependencies).toEqual(SUPPORTED_PEER_VERSIONS);
    for (const name of Object.keys(SUPPORTED_PEER_VERSIONS)) {
      expect({ name, dependency: packageJson.dependencies[name] }).toEqual({ name, dependency: undefined });
      expect({ name, dev: typeof packageJson.devDependencies[name] }).toEqual({ name, dev: 'string' });
    }
  });

  test('npm pack on an unbuilt clone builds first and lists the library, its declarations and the schemas', () => {
    const paths = listed.files.map((file) => file.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'package.json',
        'build/lib/index.js',
        'build/lib/index.d.ts',
        'build/lib/constructs/calypso-server.js',
        'build/lib/constructs/calypso-server.d.ts',
        'build/lib/peer-dependencies.js',
        'build/imports/argoproj.io.d.ts',
      ]),
    );
    const schemas = readdirSync(join(root, 'schemas'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `${join(entry.parentPath, entry.name).slice(root.length + 1)}`);
    expect(schemas.length).toBeGreaterThan(0);
    expect(paths).toEqual(expect.arrayContaining(schemas));
    // Nothing of the repository's own: no tests, programs, environments or rendered YAML.
    expect(paths.filter((path) => /^(test|apps|environments|dist|lib)\//.test(path))).toEqual([]);
  });

  test('no declaration in the package imports a deep path of cdk8s-plus-27', () => {
    const built = join(clone, 'build');
    const files = declarations(built);
    expect(files).toContain('lib/constructs/calypso-server.d.ts');
    const deep = files.filter((file) => readFileSync(join(built, file), 'utf8').includes('cdk8s-plus-27/lib'));
    expect(deep).toEqual([]);
  });

  test.each(Object.entries(RANGE_ENDS))(
    'with the %s supported cdk8s, constructs and cdk8s-plus-27, a team chart type-checks, compiles and synthesizes',
    (end, peers) => {
      const { project, compiled } = projects.get(end) as { project: string; compiled: string };
      if (end === 'lowest') for (const [name, version] of Object.entries(peers)) expect(installedVersion(project, name)).toBe(version);
      expect(compiled).toBe('');
      expect(synthesize(project)).toEqual(TEAM_CHART_OBJECTS);
      // The README's examples (a whole platform with a server added to it, the hand-built chart, every escape hatch),
      // built against the packed package, render output its own validation passes.
      const outcomes = readmeExampleFindings(project);
      expect(Object.keys(outcomes).sort()).toEqual(['escape-hatches', 'hand-built-chart', 'whole-environment']);
      for (const [name, outcome] of Object.entries(outcomes)) expect({ name, ...outcome }).toEqual({ name, apps: 1, findings: [] });
      if (end !== 'lowest') return;
      // A second copy of constructs next to the library (what a non-peer dependency used to install) is refused on load.
      const library = join(project, 'node_modules', 'calypso-k8s');
      cpSync(join(project, 'node_modules', 'constructs'), join(library, 'node_modules', 'constructs'), { recursive: true });
      const run = spawnSync(process.execPath, [join(project, 'out', 'team-chart.js')], { cwd: project, encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('PeerDependencyError: calypso-k8s cannot run with the cdk8s packages installed:');
      expect(run.stderr).toContain(
        `two copies of constructs are loaded: 10.3.0 (${join(library, 'node_modules', 'constructs')}) used by calypso-k8s and 10.3.0 (${join(project, 'node_modules', 'constructs')}) used by cdk8s-plus-27`,
      );
    },
    240_000,
  );
});

describe('the load-time check of cdk8s and constructs', () => {
  /** A folder with fake installed packages of these versions. */
  function fakeInstall(versions: Record<string, string>): string {
    const dir = tempDir();
    for (const [name, version] of Object.entries(versions)) {
      mkdirSync(join(dir, 'node_modules', name), { recursive: true });
      writeFileSync(join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
    }
    return dir;
  }
  const supported = { cdk8s: '2.70.106', constructs: '10.8.1', 'cdk8s-plus-27': '2.9.5' };

  test('the installed packages pass', () => {
    expect(peerDependencyProblems()).toEqual([]);
  });

  test('a cdk8s or constructs outside the supported range is named with its version, where it is and what to install', () => {
    const dir = fakeInstall({ ...supported, cdk8s: '2.64.10', constructs: '11.0.0' });
    expect(peerDependencyProblems({ libraryDir: dir, consumerDir: dir })).toEqual([
      `cdk8s 2.64.10 is installed (${join(dir, 'node_modules', 'cdk8s')}), but calypso-k8s supports cdk8s@^2.68.12: install a supported version (npm install cdk8s@^2.68.12)`,
      `constructs 11.0.0 is installed (${join(dir, 'node_modules', 'constructs')}), but calypso-k8s supports constructs@^10.3.0: install a supported version (npm install constructs@^10.3.0)`,
    ]);
  });

  test("a consumer's own copy of cdk8s (as cdk8s 2.69 installed beside a library that depended on 2.70) is refused", () => {
    const library = fakeInstall(supported);
    const consumer = fakeInstall({ cdk8s: '2.69.0' });
    expect(peerDependencyProblems({ libraryDir: library, consumerDir: consumer })).toEqual([
      `two copies of cdk8s are loaded: 2.70.106 (${join(library, 'node_modules', 'cdk8s')}) used by calypso-k8s and 2.69.0 (${join(consumer, 'node_modules', 'cdk8s')}) used by your chart; ` +
        'an App or Construct of one copy is not one of the other: install one cdk8s@^2.68.12 (npm dedupe, or remove the other copy)',
    ]);
  });

  test('a missing peer is named with what to install', () => {
    const dir = fakeInstall({ cdk8s: supported.cdk8s, constructs: supported.constructs });
    expect(peerDependencyProblems({ libraryDir: dir, consumerDir: dir })).toEqual([
      'cdk8s-plus-27 is not installed: calypso-k8s needs cdk8s-plus-27@^2.9.5 next to it (npm install cdk8s-plus-27@^2.9.5)',
    ]);
  });
});
