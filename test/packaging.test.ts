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
 * What is slow here is made once for as long as its inputs stay the same
 * (test/content-cache.ts): the package build (test/package-build.ts), each
 * install, keyed by the tarball's content hash and the exact peer versions,
 * with `latest` resolved once a UTC day (test/consumer-install.ts), and each
 * consumer compile (test/consumer-compile.ts: the team chart and the README
 * examples together, with the compiler API). Every run still runs the
 * compiled chart and examples with plain node against each install, one
 * process for the chart and one for all the examples per install, at once.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { peerDependencyProblems, SUPPORTED_PEER_VERSIONS } from '../lib/peer-dependencies';
import { compiledConsumer, writeOutputs } from './consumer-compile';
import { consumerInstall, latestVersions, type PeerVersions } from './consumer-install';
import { tempDir } from './helpers';
import { packedPackage, type PackResult } from './package-build';
import { RANGE_ENDS } from './peer-ranges';
import { programEnvironment } from './program-run';
import { readmeExamples } from './readme-example-sources';

const root = join(__dirname, '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

/** Every .d.ts under a folder, path relative to it. */
function declarations(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return declarations(dir, path);
    return path.endsWith('.d.ts') ? [path] : [];
  });
}

const PEERS = Object.keys(SUPPORTED_PEER_VERSIONS);

/** The compiler options of a consumer project, as its tsconfig.json would hold them; the library's declarations are type-checked too. */
const CONSUMER_COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'node16',
  moduleResolution: 'node16',
  strict: true,
  types: ['node'],
  typeRoots: [join(root, 'node_modules', '@types')],
  outDir: 'out',
};

/**
 * Runs the team chart (compiled), what it prints kept, then every README example named on the command line
 * (compiled), with `App.synth` recording the Apps instead of writing them, and prints what the team chart printed
 * and, per example, how many Apps it synthesized and the findings of the package's own validation on what each
 * renders. One process for both: each start loads the package and cdk8s, about 0.6 s of CPU.
 */
const RUN_EXAMPLES = [
  "import { App } from 'cdk8s';",
  "import { renderApp, validateRendered } from 'calypso-k8s';",
  'const [teamChart, ...examples] = process.argv.slice(2);',
  'const printed: string[] = [];',
  'const log = console.log;',
  'console.log = (...args: unknown[]): void => void printed.push(args.join(" "));',
  '// eslint-disable-next-line @typescript-eslint/no-require-imports',
  'require(teamChart);',
  'console.log = log;',
  'let apps: App[] = [];',
  'App.prototype.synth = function (this: App): void {',
  '  apps.push(this);',
  '};',
  'const outcomes: Record<string, { apps: number; findings: string[] }> = {};',
  'for (const [name, file] of examples.map((arg) => arg.split("="))) {',
  '  apps = [];',
  '  // eslint-disable-next-line @typescript-eslint/no-require-imports',
  '  require(file);',
  '  const findings = apps.flatMap((app) =>',
  "    validateRendered([renderApp('example', 'dev', app)]).map((finding) => `${finding.rule}: ${finding.object}: ${finding.message}`),",
  '  );',
  '  outcomes[name] = { apps: apps.length, findings };',
  '}',
  'console.log(JSON.stringify({ teamChart: printed.join("\\n"), outcomes }));',
  '',
].join('\n');

/** A consumer project in a temporary folder: the team chart of the public-api test and every complete README example, compiled against an install. */
interface ConsumerProject {
  /** The project's folder; its node_modules is the install's. */
  readonly project: string;
  /** The install's folder (shared: never changed). */
  readonly install: string;
  /** What the compile reported; empty when it passed. */
  readonly compiled: string;
}

/** Writes the sources next to the install's node_modules and compiles them (test/consumer-compile.ts), the JavaScript into out/. */
function consumerProject(install: string): ConsumerProject {
  const project = tempDir('calypso-k8s-consumer-');
  symlinkSync(join(install, 'node_modules'), join(project, 'node_modules'), 'dir');
  cpSync(join(root, 'test', 'fixtures', 'consumer', 'team-chart.ts'), join(project, 'team-chart.ts'));
  const examples = readmeExamples();
  for (const example of examples) writeFileSync(join(project, `${example.name}.ts`), example.source);
  writeFileSync(join(project, 'run-examples.ts'), RUN_EXAMPLES);
  const { diagnostics, outputs } = compiledConsumer('consumer-compile', {
    project,
    files: ['team-chart.ts', 'run-examples.ts', ...examples.map((example) => `${example.name}.ts`)],
    compilerOptions: CONSUMER_COMPILER_OPTIONS,
    packages: basename(install),
  });
  writeOutputs(project, outputs);
  return { project, install, compiled: diagnostics };
}

const installedVersion = (project: string, name: string): string =>
  (JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

const runNode = promisify(execFile);
/** What the consumer's programs run with: the caller's environment without NODE_EXTRA_CA_CERTS (test/program-run.ts). */
const CONSUMER_ENV = programEnvironment(process.env);

/** What the team chart and the README examples of a consumer project gave (their one run: RUN_EXAMPLES). */
interface ConsumerRuns {
  /** The kinds and names the team chart rendered. */
  readonly chart: string[];
  /** Per README example, the Apps it synthesized and the findings on them. */
  readonly examples: Record<string, { apps: number; findings: string[] }>;
}

/** Runs the compiled team chart, then every complete README example, against the installed package, in one process. */
async function consumerRuns(project: string): Promise<ConsumerRuns> {
  const args = readmeExamples().map((example) => `${example.name}=${join(project, 'out', `${example.name}.js`)}`);
  const { stdout } = await runNode(
    process.execPath,
    [join(project, 'out', 'run-examples.js'), join(project, 'out', 'team-chart.js'), ...args],
    {
      cwd: project,
      env: CONSUMER_ENV,
      encoding: 'utf8',
    },
  );
  const { teamChart, outcomes } = JSON.parse(stdout) as { teamChart: string; outcomes: ConsumerRuns['examples'] };
  const { objects } = JSON.parse(teamChart) as { objects: { kind: string; metadata: { name: string } }[] };
  return { chart: objects.map((object) => `${object.kind}/${object.metadata.name}`).sort(), examples: outcomes };
}

/** What the team chart did with a second copy of constructs beside the library. */
interface SecondConstructsRun {
  /** Whether it exited with an error. */
  readonly failed: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** The library's folder in the copy. */
  readonly library: string;
  /** The constructs everything else uses (the install's). */
  readonly constructs: string;
}

/**
 * Runs the team chart in a copy of a consumer project with a second copy of constructs inside the library's folder
 * (what a non-peer dependency used to install). The library is copied; every other package is a link to the
 * install's, which stays as it was.
 */
async function runWithSecondConstructs({ project, install }: ConsumerProject): Promise<SecondConstructsRun> {
  const copy = tempDir('calypso-k8s-consumer-');
  const modules = join(install, 'node_modules');
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (entry !== 'calypso-k8s') symlinkSync(join(modules, entry), join(copy, 'node_modules', entry));
  }
  const library = join(copy, 'node_modules', 'calypso-k8s');
  cpSync(join(modules, 'calypso-k8s'), library, { recursive: true });
  cpSync(join(modules, 'constructs'), join(library, 'node_modules', 'constructs'), { recursive: true });
  cpSync(join(project, 'out'), join(copy, 'out'), { recursive: true });
  const where = { library, constructs: realpathSync(join(modules, 'constructs')) };
  return runNode(process.execPath, [join(copy, 'out', 'team-chart.js')], { cwd: copy, env: CONSUMER_ENV, encoding: 'utf8' }).then(
    (done) => ({ failed: false, stdout: done.stdout, stderr: done.stderr, ...where }),
    (error: { stdout: string; stderr: string }) => ({ failed: true, stdout: error.stdout, stderr: error.stderr, ...where }),
  );
}

/** One end of the peer ranges: the exact versions installed, the consumer project, and what its runs gave. */
interface EndOfRange {
  readonly peers: PeerVersions;
  readonly consumer: ConsumerProject;
  /** The kinds and names the team chart rendered. */
  readonly chart: Promise<string[]>;
  /** Per README example, the Apps it synthesized and the findings on them. */
  readonly examples: Promise<Record<string, { apps: number; findings: string[] }>>;
  /** The team chart's run with a second copy of constructs (the lowest end only). */
  readonly secondConstructs?: Promise<SecondConstructsRun>;
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
  /** Per end of the peer ranges: the exact versions installed, the consumer project, and its runs (started in beforeAll, all at once). */
  const projects = new Map<string, EndOfRange>();

  beforeAll(async () => {
    const packed = packedPackage();
    clone = packed.clone;
    listed = packed.listed;
    // Both ends at once (a missing install mostly waits on the registry); `latest` resolved once a day.
    await Promise.all(
      Object.entries(RANGE_ENDS).map(async ([end, specs]) => {
        const peers = end === 'newest' ? await latestVersions(PEERS) : specs;
        const consumer = consumerProject(await consumerInstall(packed.tarball, peers));
        const both = consumerRuns(consumer.project);
        const runs = {
          chart: both.then((done) => done.chart),
          examples: both.then((done) => done.examples),
          secondConstructs: end === 'lowest' ? runWithSecondConstructs(consumer) : undefined,
        };
        // Awaited by the tests; until then a failure is held there, not reported as unhandled.
        for (const run of Object.values(runs)) run?.catch(() => undefined);
        projects.set(end, { peers, consumer, ...runs });
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

  test.each(Object.keys(RANGE_ENDS))(
    'with the %s supported cdk8s, constructs and cdk8s-plus-27, a team chart type-checks, compiles and synthesizes',
    async (end) => {
      const { peers, consumer, chart, examples, secondConstructs } = projects.get(end) as EndOfRange;
      for (const name of PEERS)
        expect({ name, installed: installedVersion(consumer.project, name) }).toEqual({ name, installed: peers[name] });
      expect(consumer.compiled).toBe('');
      expect(await chart).toEqual(TEAM_CHART_OBJECTS);
      // The README's examples (a whole platform with a server added to it, the hand-built chart, every escape hatch),
      // built against the packed package, render output its own validation passes.
      const outcomes = await examples;
      expect(Object.keys(outcomes).sort()).toEqual(['escape-hatches', 'hand-built-chart', 'whole-environment']);
      for (const [name, outcome] of Object.entries(outcomes)) expect({ name, ...outcome }).toEqual({ name, apps: 1, findings: [] });
      if (end !== 'lowest') return;
      // A second copy of constructs next to the library (what a non-peer dependency used to install) is refused on load.
      const run = await (secondConstructs as Promise<SecondConstructsRun>);
      expect(run.failed).toBe(true);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('PeerDependencyError: calypso-k8s cannot run with the cdk8s packages installed:');
      expect(run.stderr).toContain(
        `two copies of constructs are loaded: 10.3.0 (${join(run.library, 'node_modules', 'constructs')}) used by calypso-k8s and 10.3.0 (${run.constructs}) used by cdk8s-plus-27`,
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
