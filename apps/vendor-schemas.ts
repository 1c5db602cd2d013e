/**
 * `npm run schemas:vendor`: copies the Kubernetes OpenAPI definitions (both ends of the supported range) and the
 * CRD schemas (and the Compose schema) from ../shared into schemas/, so validation works on a clean
 * clone. CRDs are stored as JSON (group/version/kind -> openAPIV3Schema):
 * parsing the upstream YAML costs half a second per synth. Then it compiles every strict schema into
 * schemas/validators/ (see lib/output/precompiled-validators.ts), so no synth compiles one.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { compareText } from '../lib/model/names';
import { SUPPORTED_KUBERNETES_VERSIONS } from '../lib/model/kubernetes-versions';
import {
  generatePrecompiledValidators,
  PRECOMPILED_FOLDER,
  precompiledDifferences,
  precompiledInputs,
  readPrecompiledManifest,
} from '../lib/output/precompiled-validators';
import { kubernetesSwaggerFile, SCHEMAS_DIR } from '../lib/output/schema-validator';
import { parseCommand } from './cli';
import type { Output } from './paths';

/** The upstream reference copies. */
export const SHARED_DIR = join(__dirname, '..', '..', 'shared');
/** CRD files whose kinds this project emits. */
export const VENDORED_CRDS = [
  'argo-rollouts_analysistemplate-crd.yaml',
  'argo-rollouts_rollout-crd.yaml',
  'argocd_application-crd.yaml',
  'argocd_appproject-crd.yaml',
  'autoscaling.k8s.io_verticalpodautoscalers.yaml',
  'external-secrets.io_externalsecrets.yaml',
  'gateway-api_gateway.networking.k8s.io_gatewayclasses.yaml',
  'gateway-api_gateway.networking.k8s.io_gateways.yaml',
  'gateway-api_gateway.networking.k8s.io_httproutes.yaml',
  'monitoring.coreos.com_alertmanagerconfigs.yaml',
  'monitoring.coreos.com_podmonitors.yaml',
  'monitoring.coreos.com_prometheusrules.yaml',
  'monitoring.coreos.com_servicemonitors.yaml',
];
/** The Compose Specification's JSON schema (npm run compose validates against it), copied as is. */
export const COMPOSE_SCHEMA = join('compose-spec', 'compose-spec.json');

interface Crd {
  kind?: string;
  spec?: { group: string; names: { kind: string }; versions: { name: string; schema?: { openAPIV3Schema?: unknown } }[] };
}

/** `group/version/Kind` to openAPIV3Schema for every vendored CRD. */
export function crdSchemas(crdDir: string): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (const file of VENDORED_CRDS) {
    for (const document of parseAllDocuments(readFileSync(join(crdDir, file), 'utf8'))) {
      const crd = document.toJSON() as Crd;
      if (crd?.kind !== 'CustomResourceDefinition' || !crd.spec) continue;
      for (const version of crd.spec.versions) {
        const schema = version.schema?.openAPIV3Schema;
        if (schema) schemas[`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`] = schema;
      }
    }
  }
  return Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => compareText(a, b)));
}

/** The text of schemas/crd-schemas.json for a folder of CRD files. */
export function crdSchemasJson(crdDir: string): string {
  return `${JSON.stringify(crdSchemas(crdDir), null, 1)}\n`;
}

/** Differences between schemas/ and the reference copies in a shared folder. */
export function vendoredDifferences(shared: string): string[] {
  const differences: string[] = [];
  for (const version of SUPPORTED_KUBERNETES_VERSIONS) {
    const swagger = readFileSync(join(shared, 'k8s-openapi', `swagger-${version}.json`));
    const vendored = join(SCHEMAS_DIR, kubernetesSwaggerFile(version));
    if (!existsSync(vendored) || !swagger.equals(readFileSync(vendored))) differences.push(kubernetesSwaggerFile(version));
  }
  if (crdSchemasJson(join(shared, 'crds')) !== readFileSync(join(SCHEMAS_DIR, 'crd-schemas.json'), 'utf8'))
    differences.push('crd-schemas.json');
  if (!readFileSync(join(shared, COMPOSE_SCHEMA)).equals(readFileSync(join(SCHEMAS_DIR, 'compose-spec.json'))))
    differences.push('compose-spec.json');
  return differences;
}

/** The SHA-256 of a file's content. */
export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The inputs the committed validators in a schemas folder no longer match (empty when they are current). */
export function staleValidators(schemasDir: string = SCHEMAS_DIR): string[] {
  return precompiledDifferences(readPrecompiledManifest(schemasDir), precompiledInputs(schemasDir, sha256File));
}

/** Compiles the schemas of a schemas folder into its validators/ folder, replacing what was there. */
export function writePrecompiledValidators(schemasDir: string = SCHEMAS_DIR): number {
  const folder = join(schemasDir, PRECOMPILED_FOLDER);
  const files = generatePrecompiledValidators(schemasDir, sha256File);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [name, content] of files) writeFileSync(join(folder, name), content);
  return readdirSync(folder).length;
}

export const VENDOR_USAGE = `usage: npm run schemas:vendor [-- [<shared-dir>] [--check]]

Copies the Kubernetes OpenAPI definitions and the CRD schemas from the
upstream reference copies (default ../shared) into schemas/, and compiles
them into schemas/validators/.

  <shared-dir>  the folder holding k8s-openapi/ and crds/ (default ${SHARED_DIR})
  --check       only compare, and fail when schemas/ differs or its validators are stale
  -h, --help    this text`;

/** The reference files a shared folder lacks (relative to it), before anything is read. */
export function missingReferenceFiles(shared: string): string[] {
  return [
    ...SUPPORTED_KUBERNETES_VERSIONS.map((version) => join('k8s-openapi', `swagger-${version}.json`)),
    ...VENDORED_CRDS.map((file) => join('crds', file)),
    COMPOSE_SCHEMA,
  ].filter((file) => !existsSync(join(shared, file)));
}

/** Runs `npm run schemas:vendor`; returns the exit status. */
export function runVendorSchemas(args: readonly string[], out: Output = console): number {
  const parsed = parseCommand(
    { usage: VENDOR_USAGE, options: { check: { type: 'boolean' } }, maxPositionals: 1, positionalName: 'shared folder' },
    args,
    out,
  );
  if (typeof parsed === 'number') return parsed;
  const shared = resolve(parsed.positionals[0] ?? SHARED_DIR);
  const missing = missingReferenceFiles(shared);
  if (missing.length > 0) {
    const what = existsSync(shared) ? `${shared} lacks ${missing.join(', ')}` : `${shared} does not exist`;
    out.error(
      `schemas:vendor needs the upstream reference copies (the Kubernetes OpenAPI definitions and the CRDs): ${what}. ` +
        `Pass the folder that holds k8s-openapi/ and crds/: npm run schemas:vendor -- <shared-dir>. schemas/ is unchanged.`,
    );
    return 1;
  }
  if (parsed.values.check === true) {
    const differences = vendoredDifferences(shared);
    if (differences.length > 0) {
      out.error(`schemas/ differs from ${shared} in ${differences.join(', ')}; run npm run schemas:vendor`);
      return 1;
    }
    const stale = staleValidators();
    if (stale.length > 0) {
      out.error(`schemas/${PRECOMPILED_FOLDER}/ is stale (${stale.join(', ')} changed); run npm run schemas:vendor`);
      return 1;
    }
    return 0;
  }
  for (const version of SUPPORTED_KUBERNETES_VERSIONS) {
    copyFileSync(join(shared, 'k8s-openapi', `swagger-${version}.json`), join(SCHEMAS_DIR, kubernetesSwaggerFile(version)));
  }
  writeFileSync(join(SCHEMAS_DIR, 'crd-schemas.json'), crdSchemasJson(join(shared, 'crds')));
  copyFileSync(join(shared, COMPOSE_SCHEMA), join(SCHEMAS_DIR, 'compose-spec.json'));
  const validators = writePrecompiledValidators();
  out.log(
    `schemas/: Kubernetes ${SUPPORTED_KUBERNETES_VERSIONS.join(' and ')} definitions, the schemas of ${VENDORED_CRDS.length} CRD files and the Compose schema; ` +
      `${validators} files of compiled validators in schemas/${PRECOMPILED_FOLDER}/`,
  );
  return 0;
}

if (require.main === module) process.exitCode = runVendorSchemas(process.argv.slice(2));
