/**
 * Names of release Jobs that change with their content. A Job's pod template
 * is immutable: applying a changed Job under the same name fails the sync
 * ("field is immutable"). So each release Job's name ends with a short hash
 * of its rendered metadata labels and spec: a changed Job is a new Job (and
 * runs), the same content is the same name on every synth (and a Job that
 * already completed is not run again).
 */
import { createHash } from 'node:crypto';
import { JOB_NAME_HASH_LENGTH } from '../model/database-jobs-spec';

/** JSON with object keys sorted, so the hash depends on content only. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  // Once through JSON (toJSON methods, undefined and functions dropped), then laid out: not again at every level below.
  if (value !== null && typeof value === 'object') return canonicalPlain(JSON.parse(JSON.stringify(value)));
  return JSON.stringify(value) ?? 'null';
}

/** canonicalJson of a value that is JSON data already (what JSON.parse returns). */
function canonicalPlain(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalPlain).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const plain = value as Record<string, unknown>;
    const keys = Object.keys(plain).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalPlain(plain[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** `<prefix>-<hash>`: the hash covers everything given (the Job's labels and spec, and what it must run before or after). */
export function jobNameWithHash(prefix: string, content: unknown): string {
  const hash = createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, JOB_NAME_HASH_LENGTH);
  return `${prefix}-${hash}`;
}
