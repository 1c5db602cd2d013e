/**
 * How js-yaml writes one string of a block mapping or sequence, without a
 * `dump()` per string (its option merging, schema set-up and AST cost more
 * than the decision itself, once per distinct string: names carry the
 * environment's, so that was once per string per environment). These are
 * js-yaml 5's scalar style rules (`DEFAULT_SCALAR_STYLE_RULES`, the
 * `canUse*` checks and renderers of its presenter) for the one option set
 * synth writes with ({@link YAML_OPTIONS}: no line folding, double quotes),
 * below the document's top level, where they no longer depend on the depth:
 * plain when YAML reads the text back as that same string (its implicit
 * types, the YAML 1.1 `yes`, `on`, `0755`, `12:30` and the rest, asked of
 * js-yaml's own dump schema), a literal block for a multi-line string a
 * block can hold, else double-quoted with js-yaml's escapes. A key that
 * would need an explicit `? ` pair is left to js-yaml ({@link UNSUPPORTED}).
 * Tests compare it with js-yaml's `dump()` over every committed object,
 * awkward strings and random ones.
 */
import { DUMP_SCHEMA, strTag, type DumpOptions } from 'js-yaml';

/**
 * The options every object is written with: no line folding, no anchors, double quotes.
 * @internal
 */
export const YAML_OPTIONS: DumpOptions = { lineWidth: -1, noRefs: true, quoteStyle: 'double' };

/** Thrown for a string the rules here do not cover (a key with a line break, or over 1,024 characters): the caller asks js-yaml. */
export const UNSUPPORTED = new Error('a scalar js-yaml writes as an explicit key');

// The character classes of js-yaml's scalar_styler (YAML 1.2 productions), verbatim.
const C_PRINTABLE = '[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]';
const NB_CHAR = `(?:(?!(?:[\\n\\r]|\\uFEFF))${C_PRINTABLE})`;
const NS_CHAR = `(?:(?![ \\t])${NB_CHAR})`;
const C_INDICATOR = '[-?:,\\[\\]{}#&*!|>\'"%@`]';
const PLAIN_FIRST = `(?:(?:(?!${C_INDICATOR})${NS_CHAR})|[?:-](?=${NS_CHAR}))`;
const PLAIN_CHAR = `(?:(?:(?![:#])${NS_CHAR})|:(?=${NS_CHAR}))#*`;
const PLAIN_IN_LINE = `(?:[ \\t]*${PLAIN_CHAR})*`;
const PLAIN_ONE_LINE = `${PLAIN_FIRST}#*${PLAIN_IN_LINE}`;
/** A plain scalar in block context (js-yaml's NS_PLAIN_FLOW_OUT; multi-line strings never get here). */
const PLAIN_VALUE = new RegExp(`^(?:${PLAIN_ONE_LINE}(?:\\n+${PLAIN_CHAR}${PLAIN_IN_LINE})*)$`, 'u');
/** A plain implicit key (NS_PLAIN_BLOCK_KEY). */
const PLAIN_KEY = new RegExp(`^(?:${PLAIN_ONE_LINE})$`, 'u');
/** What a literal block can hold (BLOCK_SCALAR_CONTENT). */
const BLOCK_CONTENT = new RegExp(`^(?:${NB_CHAR}|\\n)*$`, 'u');
/** Characters that make js-yaml double-quote a string it could write plain (doubleQuoteForInvisibles). */
const INVISIBLE = /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- the control characters are what js-yaml escapes
const ESCAPED = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
const ESCAPES: Readonly<Record<string, string>> = {
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1B': '\\e',
  '"': '\\"',
  '\\': '\\\\',
  '\x85': '\\N',
  '\xA0': '\\_',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

/** js-yaml's own implicit-type check: the tag YAML reads a plain scalar as (DUMP_SCHEMA covers YAML 1.1 and 1.2 forms). */
const implicitTag = (text: string): string =>
  (DUMP_SCHEMA as unknown as { resolveImplicitScalarTag(source: string): { tag: { tagName: string } } }).resolveImplicitScalarTag(text).tag
    .tagName;

/** Whether YAML reads `text`, written plain, back as this very string (canUsePlain). */
function plainAllowed(text: string, isKey: boolean): boolean {
  if (text !== '' && !(isKey ? PLAIN_KEY : PLAIN_VALUE).test(text)) return false;
  return implicitTag(text) === strTag.tagName && text !== '=';
}

function escapeCharacter(character: string): string {
  const known = ESCAPES[character];
  if (known !== undefined) return known;
  const code = character.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  return code <= 255 ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}

/** A double-quoted scalar with js-yaml's escapes. */
export function doubleQuoted(text: string): string {
  return `"${text.replace(ESCAPED, escapeCharacter)}"`;
}

/** How a string is written: plain, double-quoted, or (a value with a line break) as a literal block. */
export type ScalarStyle = 'plain' | 'double' | 'literal';

/**
 * The style js-yaml picks for a string below the top level (the rules in
 * their order; the single-quoted and folded styles are never chosen with
 * double quotes preferred and no line width).
 * @throws {@link UNSUPPORTED} for a key written as an explicit `? ` pair
 */
export function scalarStyle(text: string, isKey: boolean): ScalarStyle {
  if (isKey && text.includes('\n')) throw UNSUPPORTED;
  if (INVISIBLE.test(text) || /^\s+$/.test(text)) return 'double';
  if (!isKey && text.includes('\n')) return BLOCK_CONTENT.test(text) ? 'literal' : 'double';
  return plainAllowed(text, isKey) ? 'plain' : 'double';
}

/**
 * A one-line scalar (a key, or a value that is no literal block), as js-yaml writes it. A key over
 * {@link MAX_IMPLICIT_KEY_LENGTH} characters as written is no implicit key: the caller checks that, once per key.
 */
export function lineScalar(text: string, style: Exclude<ScalarStyle, 'literal'>): string {
  return style === 'plain' ? text : doubleQuoted(text);
}

/** The longest key, as written (quotes included), js-yaml writes as `key:`; a longer one is an explicit `? ` pair ({@link UNSUPPORTED}). */
export const MAX_IMPLICIT_KEY_LENGTH = 1024;

/**
 * A literal block as js-yaml writes it after `key:` or `- `: the header
 * (indentation indicator when the text starts with a space, after any line
 * breaks; `-` strip, `+` keep), then each non-empty line at `contentIndent`.
 */
export function literalBlock(text: string, contentIndent: string): string {
  const indicator = /^\n* /.test(text) ? '2' : '';
  const endsInBreak = text.endsWith('\n');
  const chomping = endsInBreak && (text[text.length - 2] === '\n' || text === '\n') ? '+' : endsInBreak ? '' : '-';
  const body = endsInBreak ? text.slice(0, -1) : text;
  const lines = body.split('\n').map((line) => (line === '' ? '' : `${contentIndent}${line}`));
  return `|${indicator}${chomping}\n${lines.join('\n')}`;
}

/** Whether a literal block leaves the document open, so that js-yaml ends the document with `...` when it is the last thing written. */
export function leavesDocumentOpen(text: string): boolean {
  return text === '\n' || text.endsWith('\n\n');
}
