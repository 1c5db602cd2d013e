/**
 * The API reference in docs/api/ is generated from the TSDoc of the public
 * API (typedoc with typedoc-plugin-markdown, configured in typedoc.json).
 * This regenerates it in a temporary folder and fails when the committed
 * reference differs: run `npm run docs:api` and commit the result.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { snapshotTree, tempDir } from './helpers';

const root = join(__dirname, '..');
const typedoc = join(root, 'node_modules', 'typedoc', 'bin', 'typedoc');
const committed = join(root, 'docs', 'api');

/** The reference as typedoc writes it today, file path to content. */
function generateReference(): Map<string, string> {
  const out = join(tempDir(), 'api');
  execFileSync(process.execPath, [typedoc, '--out', out], { cwd: root, stdio: 'pipe' });
  return snapshotTree(out);
}

let generated: Map<string, string>;

beforeAll(() => {
  generated = generateReference();
}, 120_000);

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
