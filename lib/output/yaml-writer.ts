/**
 * YAML for the manifests, byte-identical to js-yaml's `dump` with
 * {@link YAML_OPTIONS}, many times faster. This module lays out mappings and
 * sequences; yaml-scalar.ts decides how each string is written (plain,
 * double-quoted or a literal block, with its YAML 1.1 quoting of `yes`,
 * `on`, `0755`, `12:30`, …) by js-yaml's own rules, without a `dump()` per
 * string, and this module remembers the decision per string, since strings
 * repeat across thousands of objects (labels, keys, paths). An object these
 * rules do not cover (a key written as an explicit `? ` pair) is written by
 * js-yaml itself. Tests check that every rendered object, and awkward and
 * random strings, come out exactly as js-yaml writes them.
 */
import { dump } from 'js-yaml';
import {
  leavesDocumentOpen,
  lineScalar,
  literalBlock,
  MAX_IMPLICIT_KEY_LENGTH,
  scalarStyle,
  UNSUPPORTED,
  YAML_OPTIONS,
} from './yaml-scalar';
import { RecentMemo } from './recent-memo';

export { YAML_OPTIONS } from './yaml-scalar';

/**
 * How each recent one-line string is written. Names carry the environment's, so a memo of every string grew with every
 * environment (50,000 strings, 13 MB, by 300 environments); a generation of 4,096 holds a whole prod environment's (about
 * 850, 160 of them its own), so the strings every environment shares stay remembered and the others go.
 */
const singleLine = new RecentMemo<string>(4096);

/**
 * Words joined by `-`, `.`, `/` or `_`, starting with a letter (names,
 * labels, keys, paths: most strings of a manifest). js-yaml writes them
 * plain: only its implicit types could make it quote a plain-safe string,
 * and those that start with a letter (null, the YAML 1.1 booleans) are
 * single words, with no such separator. Written without asking the rules.
 */
const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[-./_][A-Za-z0-9]+)+$/;

/** How js-yaml writes a one-line string as a key or as a value (one function each, so a lookup allocates no closure). */
const written = (text: string, isKey: boolean): string =>
  PLAIN_NAME.test(text) ? text : lineScalar(text, scalarStyle(text, isKey) as 'plain' | 'double');
const writtenKey = (text: string): string => written(text, true);
const writtenValue = (text: string): string => written(text, false);

/** A one-line string (a key, or a value without line breaks) as js-yaml writes it: plain or double-quoted. */
function scalar(text: string, isKey: boolean): string {
  const out = singleLine.get(text, isKey ? writtenKey : writtenValue);
  // The one check of a key's length, on every key (remembered or not, named or not): a longer one is an explicit `? ` pair in js-yaml.
  if (isKey && out.length > MAX_IMPLICIT_KEY_LENGTH) throw UNSUPPORTED;
  return out;
}

/** Whether the last value written was a literal block that leaves the document open (js-yaml then ends it with `...`). */
let documentOpen = false;

/** A string value after `key:` or `- ` of a collection at `indent`. */
function stringValue(text: string, indent: string): string {
  documentOpen = false;
  if (!text.includes('\n')) return scalar(text, false);
  const style = scalarStyle(text, false);
  if (style !== 'literal') return lineScalar(text, style);
  documentOpen = leavesDocumentOpen(text);
  return literalBlock(text, `${indent}  `);
}

/** Whether an object has no own enumerable key (a loop that stops at the first: no array of keys per object). */
function hasNoKeys(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

/** A value after `key:` or `- `: inline for scalars and empty collections, else on the following lines. */
function inline(value: unknown, indent: string): string | undefined {
  if (typeof value === 'string') return stringValue(value, indent);
  documentOpen = false;
  if (value === null) return 'null';
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isSafeInteger(value))) return String(value);
  if (typeof value === 'number') return dump(value, YAML_OPTIONS).slice(0, -1);
  if (Array.isArray(value)) return value.length === 0 ? '[]' : undefined;
  if (typeof value === 'object') return hasNoKeys(value) ? '{}' : undefined;
  throw new Error(`cannot write ${typeof value} as YAML`);
}

function mapping(object: Record<string, unknown>, indent: string, out: string[], firstPrefix = indent): void {
  let prefix = firstPrefix;
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (value === undefined) continue;
    const head = `${prefix}${scalar(key, true)}:`;
    prefix = indent;
    const text = inline(value, indent);
    if (text !== undefined) out.push(`${head} ${text}`);
    else {
      out.push(head);
      node(value, `${indent}  `, out);
    }
  }
}

function sequence(items: readonly unknown[], indent: string, out: string[], firstPrefix = indent): void {
  let prefix = firstPrefix;
  for (const item of items) {
    const dash = `${prefix}- `;
    prefix = indent;
    const text = inline(item, indent);
    if (text !== undefined) out.push(`${dash}${text}`);
    else if (Array.isArray(item)) sequence(item, `${indent}  `, out, dash);
    else mapping(item as Record<string, unknown>, `${indent}  `, out, dash);
  }
}

function node(value: unknown, indent: string, out: string[]): void {
  if (Array.isArray(value)) sequence(value, indent, out);
  else mapping(value as Record<string, unknown>, indent, out);
}

/**
 * One object as YAML text, ending in a newline.
 * @internal
 */
export function toYaml(object: Record<string, unknown>): string {
  const out: string[] = [];
  documentOpen = false;
  try {
    mapping(object, '', out);
  } catch (error) {
    if (error === UNSUPPORTED) return dump(object, YAML_OPTIONS);
    throw error;
  }
  return `${out.join('\n')}\n${documentOpen ? '...\n' : ''}`;
}
