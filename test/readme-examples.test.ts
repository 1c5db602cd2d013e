/**
 * Every ```ts block of the README whose first line is `// example: <name>`
 * is a complete program a consumer could write. Each is written to a folder
 * under build/ with `calypso-k8s` rewritten to this repository's lib/, all
 * are type-checked in one program (the examples' own diagnostics: the
 * checker need not check every file of lib/, which tsc does in npm test),
 * each is run with `App.synth` recording the App it is called on, and what
 * that App renders must pass the project's own checks (validateRendered)
 * with no findings.
 */
import { readmeExamples } from './readme-example-sources';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { App } from 'cdk8s';
import ts from 'typescript';
import { formatFinding } from '../lib';
import { renderApp } from '../lib/output/render';
import { validateRendered } from '../lib/output/validate';
import { cachedByContent } from './content-cache';
import { discard } from './test-temp-folders';

const root = join(__dirname, '..');
/** Node's own require: an example runs as a program would, with the cdk8s the spy is on (test/environment-file-loader.ts). */
const moduleRequire = createRequire(__filename);
const folder = join(root, 'build', 'readme-examples');
interface Example {
  readonly name: string;
  readonly file: string;
}

const marked = readmeExamples(readFileSync(join(root, 'README.md'), 'utf8'));
const examples: Example[] = marked.map(({ name }) => ({ name, file: join(folder, `${name}.ts`) }));

beforeAll(() => {
  discard(folder);
  mkdirSync(folder, { recursive: true });
  const library = relative(folder, join(root, 'lib')).split('\\').join('/');
  // As a consumer imports the package, mapped to the sources; `export {}` keeps each example a module of its own.
  for (const [index, { source }] of marked.entries()) {
    writeFileSync(examples[index].file, `${source.replace(/from 'calypso-k8s'/g, `from '${library}'`)}\nexport {};\n`);
  }
});

test('the README has its complete examples, each with a name of its own', () => {
  const names = examples.map((example) => example.name);
  expect(names).toEqual(expect.arrayContaining(['whole-environment', 'hand-built-chart', 'escape-hatches']));
  expect(new Set(names).size).toBe(names.length);
});

test('every example type-checks (one compile for all)', () => {
  expect(exampleDiagnostics()).toEqual([]);
});

/**
 * The type errors of the examples, in one compile with the library's sources: made again only when the README, the
 * library or a dependency changed (test/content-cache.ts), as tsc --incremental would.
 */
function exampleDiagnostics(): string[] {
  const inputs = {
    paths: [
      'README.md',
      'lib',
      'imports',
      'tsconfig.json',
      'package.json',
      'package-lock.json',
      'test/readme-example-sources.ts',
      'test/readme-examples.test.ts',
    ],
    tools: ['typescript'],
    also: root,
  };
  return cachedByContent('readme-examples-types', inputs, () => compileExamples()).result;
}

function compileExamples(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const program = ts.createProgram(
    examples.map((example) => example.file),
    { ...config?.options, noEmit: true, rootDir: root },
  );
  // The examples' own diagnostics (what tsc reports on them, the library's types as they use them): the type checker
  // then checks only what the examples reach, not every file of the library (that is tsc's part of npm test).
  const reported = examples.flatMap((example) => ts.getPreEmitDiagnostics(program, program.getSourceFile(example.file)));
  return [
    ...new Set(
      reported.map((d) => `${d.file ? relative(root, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`),
    ),
  ];
}

describe('every example renders complete, valid output', () => {
  const synthesized: App[] = [];
  let logged: string[] = [];
  const outdir = process.env.CDK8S_OUTDIR;
  beforeAll(() => {
    // Should the spy ever miss, a real synth writes under build/, never into the committed dist/.
    process.env.CDK8S_OUTDIR = join(folder, 'cdk8s.out');
    vi.spyOn(App.prototype, 'synth').mockImplementation(function (this: App) {
      synthesized.push(this);
    });
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      logged.push(args.join(' '));
    });
  });
  afterAll(() => {
    vi.restoreAllMocks();
    // The worker runs other files after this one (isolate: false): the environment goes back as it was.
    if (outdir === undefined) delete process.env.CDK8S_OUTDIR;
    else process.env.CDK8S_OUTDIR = outdir;
  });

  type Outcome = { printed: string[]; findings: string[]; kinds: string[] };
  const outcomes = new Map<string, Outcome>();
  /** Runs an example file (once: a module runs once) and returns what it printed and the findings on what its App renders. */
  function findingsOf(name: string, file: string): Outcome {
    const known = outcomes.get(file);
    if (known !== undefined) return known;
    synthesized.length = 0;
    logged = [];
    // Each example is its own file, so requiring it runs it once, with the same cdk8s the spy is on.
    moduleRequire(file);
    expect(synthesized).toHaveLength(1);
    const rendered = renderApp(name, 'dev', synthesized[0]);
    const outcome = {
      printed: [...logged],
      findings: validateRendered([rendered]).map((finding) => formatFinding(finding)),
      kinds: rendered.manifests.map((manifest) => `${manifest.kind}/${manifest.metadata.name}`),
    };
    outcomes.set(file, outcome);
    return outcome;
  }

  test.each(examples)('$name', ({ name, file }) => {
    const { printed, findings, kinds } = findingsOf(name, file);
    // What an example prints is its own check of its chart: findings, of which there must be none.
    expect(printed).toEqual([]);
    expect(kinds.length).toBeGreaterThan(0);
    expect(findings).toEqual([]);
  });

  test('the hand-built chart has its Secret, default-deny and a budget; without the Secret it is a finding', () => {
    const example = examples.find((candidate) => candidate.name === 'hand-built-chart') as Example;
    const { kinds } = findingsOf('hand-built-chart', example.file);
    expect(kinds).toEqual(
      expect.arrayContaining(['ExternalSecret/risk-db', 'NetworkPolicy/default-deny', 'PodDisruptionBudget/calculator']),
    );
    const source = readFileSync(example.file, 'utf8');
    const withoutSecret = source.replace(/new CalypsoExternalSecret\([\s\S]*?\n\}\);\n/, '');
    expect(withoutSecret).not.toBe(source);
    const broken = join(folder, 'hand-built-chart-without-secret.ts');
    writeFileSync(broken, withoutSecret);
    expect(findingsOf('hand-built-chart', broken).findings.some((finding) => finding.includes('Secret risk-db'))).toBe(true);
  });
});
