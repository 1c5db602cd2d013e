/**
 * The layers hold: no import cycle anywhere in lib/ or apps/ (type-only
 * imports count: a cycle of types still ties two modules together), and
 * the lint rule refuses an import against the layers. Each check is also
 * shown to fail on code that breaks it, so a passing run means something.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers';

const REPO = join(__dirname, '..');

interface MadgeResult {
  circular(): string[][];
}
type Madge = (paths: string[], config: Record<string, unknown>) => Promise<MadgeResult>;
// madge ships no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const madge = require('madge') as Madge;

/** Every import cycle among the TypeScript files under these folders of `baseDir`, each as its files in order. */
async function importCycles(baseDir: string, folders: readonly string[]): Promise<string[][]> {
  const result = await madge(
    folders.map((folder) => join(baseDir, folder)),
    {
      baseDir,
      fileExtensions: ['ts'],
      tsConfig: join(REPO, 'tsconfig.json'),
      detectiveOptions: { ts: { skipTypeImports: false } },
    },
  );
  return result.circular();
}

/** One line per cycle, `a.ts -> b.ts -> a.ts`, for a failure message a person can act on. */
const describeCycles = (cycles: readonly string[][]): string[] => cycles.map((cycle) => [...cycle, cycle[0]].join(' -> '));

describe('import cycles', () => {
  test('there is no import cycle in lib/ or apps/', async () => {
    const cycles = describeCycles(await importCycles(REPO, ['lib', 'apps']));
    // On failure jest prints the cycles found: each is one line, every module of the loop in order.
    expect(cycles).toEqual([]);
  });

  test('the check reports two files that import each other, and two that import only types of each other', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'lib'));
    const files: Record<string, string> = {
      'a.ts': "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
      'b.ts': "import { a } from './a';\nexport const b = (): number => (Math.random() > 2 ? a() : 0);\n",
      'c.ts': "import type { D } from './d';\nexport type C = D | number;\n",
      'd.ts': "import type { C } from './c';\nexport type D = { readonly c?: C };\n",
      'e.ts': "import { a } from './a';\nimport type { C } from './c';\nexport const e: C = a();\n",
    };
    for (const [file, code] of Object.entries(files)) writeFileSync(join(dir, 'lib', file), code);
    expect(describeCycles(await importCycles(dir, ['lib']))).toEqual([
      'lib/a.ts -> lib/b.ts -> lib/a.ts',
      'lib/c.ts -> lib/d.ts -> lib/c.ts',
    ]);
  });
});

/**
 * ESLint's API in a child process: it loads eslint.config.mjs with a dynamic import, which jest's
 * module sandbox does not support. One process lints every sample, `line: message` of each
 * layer-rule report.
 */
function layerReports(samples: readonly { readonly filePath: string; readonly code: string }[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const samples = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const eslint = new ESLint({ cwd: process.cwd() });
    Promise.all(samples.map(({ filePath, code }) => eslint.lintText(code, { filePath }))).then((results) => {
      const reports = results.map(([result]) => result.messages
        .filter((message) => ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax'].includes(message.ruleId))
        .map((message) => message.line + ': ' + message.message));
      process.stdout.write(JSON.stringify(reports));
    });
  `;
  const output = execFileSync(process.execPath, ['-e', script], { cwd: REPO, input: JSON.stringify(samples), encoding: 'utf8' });
  return JSON.parse(output) as string[][];
}

const modelSample = [
  "import { App } from 'cdk8s';",
  "import type { CalypsoServer } from '../constructs/calypso-server';",
  "import { KubeDeployment } from '../../imports/k8s';",
  "import { Construct } from 'constructs';",
  "import { Deployment } from 'cdk8s-plus-27/lib/deployment';",
  "import { renderEnvironment } from '../output/render';",
  "import { parseQuantity } from './quantity';",
  'export const uses = [App, KubeDeployment, Construct, Deployment, renderEnvironment, parseQuantity];',
  'export type Server = CalypsoServer;',
  '',
].join('\n');
const constructSample = [
  "import { App } from 'cdk8s';",
  "import { parseQuantity } from '../model/quantity';",
  "import { manifestYaml } from '../../lib/output/render';",
  'export const uses = [App, parseQuantity, manifestYaml];',
  '',
].join('\n');
const outsideSample = [
  "import { programPaths } from '../../apps/paths';",
  "import prod from '../../environments/prod';",
  "import { testSpec } from '../../test/helpers';",
  'export const uses = [programPaths, prod, testSpec];',
  '',
].join('\n');
const restricted = (path: string): string => `'${path}' import is restricted from being used by a pattern.`;

describe('the layer rule (eslint)', () => {
  let reports: string[][] = [];
  beforeAll(() => {
    reports = layerReports([
      { filePath: 'lib/model/x.ts', code: modelSample },
      { filePath: 'lib/constructs/x.ts', code: constructSample },
      ...['lib/output/x.ts', 'lib/model/x.ts', 'lib/constructs/x.ts'].map((filePath) => ({ filePath, code: outsideSample })),
      { filePath: 'apps/x.ts', code: outsideSample.replace(/\.\.\/\.\.\//g, '../') },
      { filePath: 'lib/index.ts', code: "export { SpecError } from './model/errors';\nexport * from './model/quantity';\n" },
    ]);
  });

  test('a model file importing cdk8s, a construct, generated classes or output is refused, naming the rule', () => {
    const plainData =
      'layer rule: lib/model is plain typed data and never imports cdk8s, cdk8s-plus-27 or constructs; build objects in lib/constructs.';
    expect(reports[0]).toEqual([
      `1: ${restricted('cdk8s')} ${plainData}`,
      `2: ${restricted('../constructs/calypso-server')} layer rule: lib/model never imports lib/constructs; constructs are built from the model, not the other way round.`,
      `3: ${restricted('../../imports/k8s')} layer rule: lib/model never imports the generated cdk8s classes (imports/); they belong to lib/constructs.`,
      `4: ${restricted('constructs')} ${plainData}`,
      `5: ${restricted('cdk8s-plus-27/lib/deployment')} ${plainData}`,
      `6: ${restricted('../output/render')} layer rule: lib/model never imports lib/output; rendering and checks of rendered objects come after the model.`,
    ]);
  });

  test('a construct importing output is refused; importing the model and cdk8s is fine', () => {
    expect(reports[1]).toEqual([
      `3: ${restricted('../../lib/output/render')} layer rule: lib/constructs never imports lib/output; output renders and checks what the constructs build.`,
    ]);
  });

  test('nothing in lib/ imports apps/, environments/ or test/; apps/ may', () => {
    const rule = 'layer rule: nothing in lib/ imports apps/, environments/ or test/ (the library is what they are built on).';
    const expected = ['../../apps/paths', '../../environments/prod', '../../test/helpers'].map(
      (path, index) => `${index + 1}: ${restricted(path)} ${rule}`,
    );
    expect(reports.slice(2, 5)).toEqual([expected, expected, expected]);
    expect(reports[5]).toEqual([]);
  });

  test('the public API is by name: lib/index.ts may not `export *`', () => {
    expect(reports[6]).toEqual(['2: public API by name: export each public name of the module (README, The public API).']);
  });
});
