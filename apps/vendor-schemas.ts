/**
 * `npm run schemas:vendor`: copies the Kubernetes OpenAPI definitions (both ends of the supported range) and the
 * CRD schemas from ../shared into schemas/, so validation works on a clean
 * clone. CRDs are stored as JSON (group/version/kind -> openAPIV3Schema):
 * parsing the upstream YAML costs half a second per synth.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { compareText } from '../lib/model/names';
import { SUPPORTED_KUBERNETES_VERSIONS } from '../lib/model/kubernetes-versions';
import { kubernetesSwaggerFile, SCHEMAS_DIR } from '../lib/output/schema-validator';

/** The upstream reference copies. */
export const SHARED_DIR = join(__dirname, '..', '..', 'shared');
/** CRD files whose kinds this project emits. */
export const VENDORED_CRDS = [
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
  return differences;
}

// `schemas:vendor [shared-dir]` writes; `--check` only compares and fails on a difference.
if (require.main === module) {
  const args = process.argv.slice(2);
  const shared = args.find((arg) => !arg.startsWith('--')) ?? SHARED_DIR;
  if (args.includes('--check')) {
    const differences = vendoredDifferences(shared);
    if (differences.length > 0) {
      console.error(`schemas/ differs from ${shared} in ${differences.join(', ')}; run npm run schemas:vendor`);
      process.exitCode = 1;
    }
  } else {
    for (const version of SUPPORTED_KUBERNETES_VERSIONS) {
      copyFileSync(join(shared, 'k8s-openapi', `swagger-${version}.json`), join(SCHEMAS_DIR, kubernetesSwaggerFile(version)));
    }
    writeFileSync(join(SCHEMAS_DIR, 'crd-schemas.json'), crdSchemasJson(join(shared, 'crds')));
    console.log(
      `schemas/: Kubernetes ${SUPPORTED_KUBERNETES_VERSIONS.join(' and ')} definitions and the schemas of ${VENDORED_CRDS.length} CRD files`,
    );
  }
}
