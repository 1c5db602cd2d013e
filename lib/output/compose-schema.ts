/**
 * The Compose Specification's JSON schema (vendored in
 * schemas/compose-spec.json from ../shared/compose-spec/), checked with
 * ajv: every field Compose does not know is an error, through the schema's
 * own `additionalProperties: false` on the file, each service and its parts.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMAS_DIR } from './schema-validator';

/** The vendored Compose schema. */
export const COMPOSE_SCHEMA_FILE = join(SCHEMAS_DIR, 'compose-spec.json');

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled === undefined) {
    const schema = JSON.parse(readFileSync(COMPOSE_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    // Its `$schema` is draft-07 under an https address ajv does not register; draft-07 is ajv's default anyway.
    delete schema.$schema;
    // Not strict: the upstream schema uses union types and untyped `additionalProperties`, which ajv's strict mode rejects.
    compiled = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return compiled;
}

/** One schema error, as a path in the file and what is wrong. */
function describe(error: ErrorObject): string {
  const path = error.instancePath === '' ? '(top level)' : error.instancePath.slice(1).replaceAll('/', '.');
  if (error.keyword === 'additionalProperties') {
    return `${path}: unknown field "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  }
  return `${path}: ${error.message ?? error.keyword}`;
}

/** What the Compose schema finds wrong with a document; empty when it is valid. */
export function composeSchemaProblems(document: unknown): string[] {
  const validate = validator();
  if (validate(document)) return [];
  return [...new Set((validate.errors ?? []).map(describe))];
}
