/**
 * Validation of rendered output: every object against its schema and the
 * policy rules. Synth runs this on the objects it holds in memory before it
 * touches dist/; `npm run validate` runs it on YAML read back from a folder.
 */
import { posix } from 'node:path';
import type { Tier } from '../model/environment-spec';
import type { Finding } from './finding';
import type { Manifest } from './render';
import { manifestFileName } from './render';
import { prometheusRuleFindings } from './prometheus-rules';
import { FolderObjects, policyProblems } from './policies';
import type { ExternalObjects } from './references';
import { compareText } from '../model/names';
import { SUPPORTED_KUBERNETES_VERSIONS } from '../model/kubernetes-versions';
import { SchemaValidator, type SchemaFinding } from './schema-validator';

/** One folder's objects to validate, each with its file. */
export interface FolderToValidate {
  readonly name: string;
  /** Tier of the environment; undefined gets the prod rules (the strictest). */
  readonly tier: Tier | undefined;
  readonly objects: readonly { readonly manifest: Manifest; readonly file: string }[];
  /**
   * What the environment's spec declares the cluster provides, which its objects may name without rendering it.
   * @default - nothing (see `declaredExternalObjects`)
   */
  readonly external?: ExternalObjects;
}

/** One line per finding: rule, object, file, message. */
export function formatFinding(finding: Finding, root = 'dist'): string {
  return `${finding.rule}: ${finding.object} (${posix.join(root, finding.environment, finding.file)}): ${finding.message}`;
}

/**
 * `N rule` lines, most frequent first.
 * @internal
 */
export function countByRule(findings: readonly Finding[]): string[] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || compareText(a, b)).map(([rule, count]) => `${count} ${rule}`);
}

/** Thrown when validation finds anything; the message lists every finding. */
export class ValidationError extends Error {
  public constructor(public readonly findings: readonly Finding[]) {
    super(
      [
        `validation found ${findings.length} problem(s):`,
        ...findings.map((f) => `  ${formatFinding(f)}`),
        `by rule: ${countByRule(findings).join(', ')}`,
      ].join('\n'),
    );
    this.name = 'ValidationError';
  }
}

/**
 * Schema findings of one object against the OpenAPI of every supported
 * Kubernetes version (custom kinds against their CRD, the same for each). A
 * finding of some versions only names them.
 */
export function schemaFindingsAcrossVersions(manifest: Manifest): SchemaFinding[] {
  const versionsOf = new Map<string, { finding: SchemaFinding; versions: string[] }>();
  const [oldest] = SUPPORTED_KUBERNETES_VERSIONS;
  const custom =
    typeof manifest.apiVersion === 'string' &&
    typeof manifest.kind === 'string' &&
    SchemaValidator.instance(oldest).isCustomKind(manifest.apiVersion, manifest.kind);
  // A CRD's schema does not change with the cluster version: one check is enough.
  if (custom) return SchemaValidator.instance(oldest).validate(manifest);
  for (const version of SUPPORTED_KUBERNETES_VERSIONS) {
    for (const finding of SchemaValidator.instance(version).validate(manifest)) {
      const key = `${finding.path}\u0000${finding.message}`;
      const entry = versionsOf.get(key) ?? { finding, versions: [] };
      entry.versions.push(version);
      versionsOf.set(key, entry);
    }
  }
  return [...versionsOf.values()].map(({ finding, versions }) =>
    versions.length === SUPPORTED_KUBERNETES_VERSIONS.length
      ? finding
      : { ...finding, message: `${finding.message} (Kubernetes ${versions.join(', ')})` },
  );
}

/** Every schema and policy finding in one folder. */
export function validateFolder(folder: FolderToValidate): Finding[] {
  const objects = new FolderObjects(
    folder.name,
    folder.tier,
    folder.objects.map((object) => object.manifest),
    folder.external,
  );
  return folder.objects.flatMap(({ manifest, file }) => {
    const object = `${manifest.kind}/${manifest.metadata?.name}`;
    const schema = schemaFindingsAcrossVersions(manifest).map((finding) => ({
      rule: 'schema',
      message: finding.path ? `${finding.path}: ${finding.message}` : finding.message,
    }));
    return [
      ...[...schema, ...policyProblems(manifest, objects)].map(({ rule, message }) => ({
        rule,
        environment: folder.name,
        file,
        object,
        message,
      })),
      ...prometheusRuleFindings(folder.name, manifest).map((finding) => ({ ...finding, file })),
    ];
  });
}

/** Every finding in a set of rendered environments (the objects synth is about to write). */
export function validateRendered(
  environments: readonly {
    readonly name: string;
    readonly tier: Tier | undefined;
    readonly manifests: readonly Manifest[];
    readonly external?: ExternalObjects;
  }[],
): Finding[] {
  return environments.flatMap((environment) =>
    validateFolder({
      name: environment.name,
      tier: environment.tier,
      objects: environment.manifests.map((manifest) => ({ manifest, file: manifestFileName(manifest) })),
      external: environment.external,
    }),
  );
}
