/**
 * YAML for the manifests, byte-identical to js-yaml's `dump` with the
 * options below, about ten times faster. js-yaml decides how every scalar
 * is written (plain, double-quoted or a literal block, with its YAML 1.1
 * quoting of `yes`, `on`, `0755`, `12:30`, …); this module only lays out
 * mappings and sequences and remembers js-yaml's decision per string, which
 * repeat across thousands of objects (labels, keys, paths). Serializing was
 * half of synthesis. A test checks that every rendered object comes out
 * exactly as js-yaml writes it.
 */
import { dump, type DumpOptions } from 'js-yaml';

/**
 * The options every object is written with: no line folding, no anchors, double quotes.
 * @internal
 */
export const YAML_OPTIONS: DumpOptions = { lineWidth: -1, noRefs: true, quoteStyle: 'double' };

const singleLine = new Map<string, string>();
/** Strings remembered at most: names carry the environment's, so across hundreds of environments the cache would only grow. */
const MAX_REMEMBERED = 50_000;

/**
 * Words joined by `-`, `.`, `/` or `_`, starting with a letter (names,
 * labels, keys, paths: most strings of a manifest). js-yaml writes them
 * plain: only its implicit types could make it quote a plain-safe string,
 * and those that start with a letter (null, the YAML 1.1 booleans) are
 * single words, with no such separator. Written without asking js-yaml,
 * whose `dump()` costs its whole setup per call.
 */
const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[-./_][A-Za-z0-9]+)+$/;

/** js-yaml's rendering of a one-line string or a key: plain or double-quoted. */
function scalar(text: string): string {
  let out = singleLine.get(text);
  if (out === undefined) {
    out = PLAIN_NAME.test(text) ? text : dump(text, YAML_OPTIONS).slice(0, -1);
    if (singleLine.size >= MAX_REMEMBERED) singleLine.clear();
    singleLine.set(text, out);
  }
  return out;
}

/** A multi-line string as js-yaml writes it under a key at `indent` (a literal block), re-indented. */
function block(text: string, indent: string): string {
  // dump() puts the block under a key at column 0, its lines two spaces in.
  // A block keeping trailing blank lines (`|+`) ends a lone document with `...`; here it is not alone.
  const [header, ...lines] = dump({ x: text }, YAML_OPTIONS)
    .slice(3, -1)
    .replace(/\n\.\.\.$/, '')
    .split('\n');
  return [header, ...lines.map((line) => (line === '' ? '' : `${indent}${line}`))].join('\n');
}

function isEmpty(value: unknown): boolean {
  return Array.isArray(value) ? value.length === 0 : typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/** A value after `key:` or `- `: inline for scalars and empty collections, else on the following lines. */
function inline(value: unknown, indent: string): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string') return value.includes('\n') ? block(value, indent) : scalar(value);
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isSafeInteger(value))) return String(value);
  if (typeof value === 'number') return dump(value, YAML_OPTIONS).slice(0, -1);
  if (Array.isArray(value)) return value.length === 0 ? '[]' : undefined;
  if (typeof value === 'object') return isEmpty(value) ? '{}' : undefined;
  throw new Error(`cannot write ${typeof value} as YAML`);
}

function mapping(object: Record<string, unknown>, indent: string, out: string[], firstPrefix = indent): void {
  let prefix = firstPrefix;
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    const head = `${prefix}${scalar(key)}:`;
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
  mapping(object, '', out);
  return `${out.join('\n')}\n`;
}
