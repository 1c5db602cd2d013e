/**
 * Validation of rendered environments: every object against its schema.
 * Synth runs this before it touches dist/, and the tests run it over the
 * committed dist/.
 */
import type { Manifest, RenderedEnvironment } from '../render';
import { manifestFileName } from '../render';
import { prometheusRuleFindings } from './prometheus-rules';
import { SchemaValidator } from './schema-validator';

/** One problem found in one object. */
export interface Finding {
  /** Rule that found it, e.g. `schema`. */
  readonly rule: string;
  readonly environment: string;
  /** File the object is (or would be) written to. */
  readonly file: string;
  /** `Kind/name` of the object. */
  readonly object: string;
  readonly message: string;
}

/** One line per finding: rule, object, file, message. */
export function formatFinding(finding: Finding): string {
  return `${finding.rule}: ${finding.object} (dist/${finding.environment}/${finding.file}): ${finding.message}`;
}

/** Thrown when validation finds anything; the message lists every finding. */
export class ValidationError extends Error {
  public constructor(public readonly findings: readonly Finding[]) {
    super(`validation found ${findings.length} problem(s):\n${findings.map((f) => `  ${formatFinding(f)}`).join('\n')}`);
    this.name = 'ValidationError';
  }
}

/** Schema findings for one object. */
export function schemaFindings(environment: string, manifest: Manifest): Finding[] {
  return SchemaValidator.instance()
    .validate(manifest)
    .map((finding) => ({
      rule: 'schema',
      environment,
      file: manifestFileName(manifest),
      object: `${manifest.kind}/${manifest.metadata?.name}`,
      message: finding.path ? `${finding.path}: ${finding.message}` : finding.message,
    }));
}

/** Every finding in a set of rendered environments. */
export function validateRendered(environments: readonly RenderedEnvironment[]): Finding[] {
  return environments.flatMap((environment) =>
    environment.manifests.flatMap((manifest) => [
      ...schemaFindings(environment.name, manifest),
      ...prometheusRuleFindings(environment.name, manifest),
    ]),
  );
}
