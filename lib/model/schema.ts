/**
 * How a spec's structure is checked: one zod schema per spec type (strict
 * objects, exact types), and the one conversion of zod's issues into
 * messages of our own wording. zod's own messages are never shown.
 */
import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import type { DeepReadonly } from './freeze';

/** The spec type a schema accepts, deeply readonly. */
export type SpecOf<S extends z.ZodType> = DeepReadonly<z.output<S>>;

/** Where in the checked value a problem is: zod's path of keys and indexes. */
export type SpecPath = readonly PropertyKey[];

/** A path as messages write a field: `ingress.routes[1].host`. */
export function fieldPath(path: SpecPath): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`),
    '',
  );
}

/** A value as a message shows it: strings quoted, lists and objects as short JSON. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch {
    json = Array.isArray(value) ? '[…]' : '{…}';
  }
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'a boolean',
  object: 'an object',
  array: 'a list',
  record: 'a map',
  map: 'a map',
};

function expectedNoun(expected: string): string {
  return EXPECTED[expected] ?? expected;
}

/** What was given instead, for "expected …, got …". */
function given(input: unknown): string {
  if (Array.isArray(input)) return `a list ${shown(input)}`;
  if (input !== null && typeof input === 'object') return `an object ${shown(input)}`;
  return shown(input);
}

/**
 * The allowed values of an enum field, and how a miss is reported: `"x" is
 * not a tier; use one of dev, uat, prod`, or without a noun `"x" is neither
 * A nor B` (two values) and `"x" is not one of A, B, C`.
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, noun?: string) {
  return z.enum(values, { error: (issue) => (issue.input === undefined ? undefined : enumMiss(issue.input, values, noun)) });
}

/** The message for a value outside an enum; see oneOf. */
export function enumMiss(input: unknown, values: readonly unknown[], noun?: string): string {
  const list = values.map(String);
  if (noun !== undefined) return `${shown(input)} is not ${noun}; use one of ${list.join(', ')}`;
  if (list.length === 2) return `${shown(input)} is neither ${list[0]} nor ${list[1]}`;
  return `${shown(input)} is not one of ${list.join(', ')}`;
}

/** An error option that words a missing required value in the rule's own terms; anything else gets the usual wording. */
export function whenMissing(message: string): { error: (issue: { input?: unknown }) => string | undefined } {
  return { error: (issue) => (issue.input === undefined ? message : undefined) };
}

/** A string check as a refinement: `problem` says what is wrong with the value, or undefined when it is fine. */
export function checkedString(problem: (value: string) => string | undefined) {
  return z.string().check((context) => {
    const message = problem(context.value);
    if (message !== undefined) context.issues.push({ code: 'custom', input: context.value, message });
  });
}

/** The known key closest to `key`, when it differs in few enough letters (a third of the key, at least 2) to be a typo. */
function suggestion(key: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const candidate = closest(key, known);
  return distance(key.toLowerCase(), candidate.toLowerCase()) <= Math.max(2, Math.floor(key.length / 3)) ? candidate : undefined;
}

/** The message of an unknown key: the closest known key when one is close, else the keys allowed there. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const near = suggestion(key, known);
  if (near !== undefined) return `unknown field; did you mean ${near}?`;
  return known.length === 0 ? 'unknown field' : `unknown field (fields here: ${known.join(', ')})`;
}

type RawIssue = z.core.$ZodRawIssue;

interface SchemaInternals {
  readonly _zod?: { readonly def?: { readonly shape?: object; readonly keyType?: SchemaInternals; readonly entries?: object } };
}

/** The keys an object schema declares, or the values an enum-keyed map's key takes. */
function knownKeys(issue: RawIssue): string[] {
  const def = (issue.inst as SchemaInternals | undefined)?._zod?.def;
  const keys = def?.shape ?? def?.keyType?._zod?.def?.entries;
  return keys === undefined ? [] : Object.keys(keys);
}

function unionMessage(issue: RawIssue & { errors?: readonly (readonly z.core.$ZodIssue[])[] }): string {
  const branches = issue.errors ?? [];
  const expected = branches.map((branch) =>
    branch.length === 1 && branch[0].code === 'invalid_type' && branch[0].path.length === 0 ? branch[0].expected : undefined,
  );
  if (expected.length > 0 && expected.every((kind) => kind !== undefined)) {
    const nouns = [...new Set(expected.map((kind) => expectedNoun(kind as string)))];
    const list = nouns.length === 1 ? nouns[0] : `${nouns.slice(0, -1).join(', ')} or ${nouns[nouns.length - 1]}`;
    return issue.input === undefined ? `missing; expected ${list}` : `expected ${list}, got ${given(issue.input)}`;
  }
  return `${given(issue.input)} matches none of the forms this field takes`;
}

/**
 * The one wording of every structural issue. An unknown-keys issue gets one
 * line per key (in zod's order), split again by parseSpec.
 */
function issueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing; expected ${expectedNoun(issue.expected)}`
        : `expected ${expectedNoun(issue.expected)}, got ${given(issue.input)}`;
    case 'unrecognized_keys': {
      const known = knownKeys(issue);
      return issue.keys.map((key) => unknownKeyMessage(key, known)).join('\n');
    }
    case 'invalid_value':
      return enumMiss(issue.input, issue.values);
    case 'invalid_union':
      return unionMessage(issue as never);
    case 'too_small':
      if (issue.origin === 'array') return issue.minimum === 1 ? 'must not be empty' : `needs at least ${issue.minimum} entries`;
      return `must be at least ${issue.minimum}, got ${shown(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'array') return `takes at most ${issue.maximum} entries`;
      return `must be at most ${issue.maximum}, got ${shown(issue.input)}`;
    case 'invalid_key':
      return `${shown(issue.input)} is not a key this map takes`;
    default:
      return `${shown(issue.input)} is not valid here`;
  }
}

/** What a parse found: the value when its structure is right, and whether anything was wrong with the structure. */
export interface SpecParse<T> {
  /** The parsed value; undefined when any problem was found. */
  readonly value?: T;
  /**
   * True when the shape or a type is wrong (unknown key, wrong type, missing
   * field): the rules that read the value are then skipped. Problems with a
   * well-typed value (a bad quantity) do not set it.
   */
  readonly structural: boolean;
}

/**
 * Parses a value against its schema and reports every problem found, each
 * with its path: an unknown key's path ends in the key.
 */
export function parseSpec<S extends z.ZodType>(
  schema: S,
  value: unknown,
  report: (path: SpecPath, message: string) => void,
): SpecParse<z.output<S>> {
  const result = schema.safeParse(value, { error: issueMessage });
  if (result.success) return { value: result.data, structural: false };
  let structural = false;
  for (const issue of result.error.issues) {
    if (issue.code !== 'custom') structural = true;
    if (issue.code === 'unrecognized_keys') {
      const lines = issue.message.split('\n');
      issue.keys.forEach((key, index) => report([...issue.path, key], lines[index] ?? unknownKeyMessage(key, [])));
    } else {
      report(issue.path, issue.message);
    }
  }
  return { structural };
}

/** A list that names each entry once. */
export function distinctList<T extends z.ZodType>(item: T, what: string) {
  return z.array(item).check((context) => {
    const seen = new Set<unknown>();
    for (const entry of context.value) {
      if (seen.has(entry))
        context.issues.push({ code: 'custom', input: context.value, message: `lists ${shown(entry)} more than once; ${what}` });
      seen.add(entry);
    }
  });
}
