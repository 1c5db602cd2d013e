/** `npm run schemas:vendor` without the upstream reference copies says what is missing, and touches nothing. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingReferenceFiles, runVendorSchemas, VENDORED_CRDS } from '../apps/vendor-schemas';
import { SCHEMAS_DIR } from '../lib/output/schema-validator';
import { tempDir } from './helpers';
import { captureOutput, REPO } from './temp-project';

const schemas = (): Map<string, string> =>
  new Map(
    readdirSync(SCHEMAS_DIR, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );

test('a shared folder that does not exist: named, with what to pass instead; exit 1, schemas/ unchanged', () => {
  const before = schemas();
  const missing = join(tempDir(), 'shared');
  const output = captureOutput();
  expect(runVendorSchemas([missing], output)).toBe(1);
  expect(output.stderr).toEqual([
    `schemas:vendor needs the upstream reference copies (the Kubernetes OpenAPI definitions and the CRDs): ${missing} does not exist. ` +
      'Pass the folder that holds k8s-openapi/ and crds/: npm run schemas:vendor -- <shared-dir>. schemas/ is unchanged.',
  ]);
  expect(schemas()).toEqual(before);
});

test('a shared folder that lacks some files lists each', () => {
  const shared = tempDir();
  mkdirSync(join(shared, 'crds'));
  writeFileSync(join(shared, 'crds', VENDORED_CRDS[0]), '');
  expect(missingReferenceFiles(shared)).toEqual([
    join('k8s-openapi', 'swagger-1.28.json'),
    join('k8s-openapi', 'swagger-1.36.json'),
    ...VENDORED_CRDS.slice(1).map((file) => join('crds', file)),
    join('compose-spec', 'compose-spec.json'),
  ]);
  const output = captureOutput();
  expect(runVendorSchemas([shared, '--check'], output)).toBe(1);
  expect(output.stderr[0]).toContain(
    `${shared} lacks k8s-openapi/swagger-1.28.json, k8s-openapi/swagger-1.36.json, crds/${VENDORED_CRDS[1]}`,
  );
});

test('the command prints the message, not an ENOENT stack (it does not throw)', () => {
  // In process: what the real command would print is its output; an error thrown out of it would be Node's stack instead.
  // test/command-line.test.ts runs the real command.
  const output = captureOutput();
  expect(runVendorSchemas([join(REPO, 'no-such-shared')], output)).toBe(1);
  const stderr = output.stderr.join('\n');
  expect(stderr).toContain('schemas:vendor needs the upstream reference copies');
  expect(stderr).not.toMatch(/ENOENT|^\s+at /m);
  expect(output.stdout).toEqual([]);
});
