/**
 * The library as another team gets it: built to JavaScript with .d.ts and
 * imported by package name. A small chart written against the public
 * exports only is type-checked, compiled and run.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

test('a chart built from the public exports type-checks, runs and yields stable names', () => {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'pipe' });
  execFileSync(process.execPath, [tsc, '-p', join(root, 'test', 'fixtures', 'consumer', 'tsconfig.json')], { cwd: root, stdio: 'pipe' });
  const output = execFileSync(process.execPath, [join(root, 'build', 'test-consumer', 'team-chart.js')], { cwd: root, encoding: 'utf8' });
  const objects = JSON.parse(output) as { kind: string; metadata: { name: string; namespace: string } }[];
  expect(objects.map((object) => `${object.kind}/${object.metadata.name}`).sort()).toEqual([
    'ConfigMap/calculator-properties',
    'ConfigMap/dataserver-properties',
    'Deployment/calculator',
    'Deployment/dataserver',
    'Service/calculator',
    'Service/dataserver',
    'ServiceAccount/calculator',
    'ServiceAccount/dataserver',
  ]);
  expect(new Set(objects.map((object) => object.metadata.namespace))).toEqual(new Set(['risk-lab']));
});
