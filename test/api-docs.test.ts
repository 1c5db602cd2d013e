/**
 * The API reference in docs/api/ is generated from the TSDoc of the public
 * API (typedoc with typedoc-plugin-markdown, configured in typedoc.json).
 * This regenerates it in a folder of the test cache (again only when the
 * sources changed) and fails when the committed reference differs: run
 * `npm run docs:api` and commit the result.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cachedByContent } from './content-cache';
import { snapshotTree } from './helpers';

const root = join(__dirname, '..');
const typedoc = join(root, 'node_modules', 'typedoc', 'bin', 'typedoc');
const committed = join(root, 'docs', 'api');

/**
 * The reference as typedoc writes it today, file path to content. Generated once for as long as what typedoc reads
 * stays the same (test/content-cache.ts): the sources, its configuration and its version.
 */
function generateReference(): Map<string, string> {
  const inputs = {
    paths: ['lib', 'imports', 'typedoc.json', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'],
    tools: ['typedoc', 'typedoc-plugin-markdown', 'typescript'],
    // The check that no page holds an absolute path must see what typedoc writes in this checkout.
    also: root,
  };
  const { dir } = cachedByContent('api-docs', inputs, (folder) => {
    execFileSync(process.execPath, [typedoc, '--out', join(folder, 'api')], { cwd: root, stdio: 'pipe' });
    return {};
  });
  return snapshotTree(join(dir, 'api'));
}

let generated: Map<string, string>;

beforeAll(() => {
  generated = generateReference();
}, 600_000);

test('docs/api/ is the reference typedoc generates from the public API today (npm run docs:api)', () => {
  const current = snapshotTree(committed);
  expect([...current.keys()]).toEqual([...generated.keys()]);
  const stale = [...generated].filter(([file, text]) => current.get(file) !== text).map(([file]) => file);
  expect(stale).toEqual([]);
});

test('the reference documents the entry points by name and holds no absolute path', () => {
  expect([...generated.keys()]).toEqual(
    expect.arrayContaining(['README.md', 'classes/CalypsoServer.md', 'classes/CalypsoPlatform.md', 'functions/renderApp.md']),
  );
  const withPaths = [...generated].filter(([, text]) => text.includes(root)).map(([file]) => file);
  expect(withPaths).toEqual([]);
});
