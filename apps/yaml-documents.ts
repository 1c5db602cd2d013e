/**
 * The documents of a YAML file as plain values, read as YAML 1.1 the way the
 * `yaml` package reads them (`parseAllDocuments(text, { version: '1.1' })`,
 * then `toJS()`), at a quarter of its cost: js-yaml's event parser gives the
 * structure, and every plain scalar is resolved by the `yaml` package's own
 * YAML 1.1 tags, so `yes` is `true` in both.
 *
 * The fast read covers what synth writes and the common hand edits: block
 * mappings and sequences, empty flow collections, single-line scalars and
 * literal blocks. Anything else (a parse error, anchors, aliases, tags,
 * directives, merge keys, duplicate or odd keys, non-empty flow collections,
 * multi-line plain, quoted or folded scalars, tabs, carriage returns, control
 * characters, a timestamp) returns undefined, and the caller reads the file
 * with the `yaml` package, which reports errors with their positions.
 */
import {
  COLLECTION_STYLE_FLOW,
  EVENT_ALIAS,
  EVENT_DOCUMENT,
  EVENT_MAPPING,
  EVENT_POP,
  EVENT_SCALAR,
  EVENT_SEQUENCE,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE_FOLDED_BLOCK,
  SCALAR_STYLE_LITERAL_BLOCK,
  SCALAR_STYLE_PLAIN,
  type Event,
  type ScalarEvent,
} from 'js-yaml';
import { Document, isScalar, parse, type ScalarTag } from 'yaml';

/** The schema and options `parseAllDocuments(text, { version: '1.1' })` composes with. */
const YAML_11 = new Document(undefined, { version: '1.1' });
const SCALAR_TAGS = YAML_11.schema.tags.filter(
  (tag): tag is ScalarTag => tag.test !== undefined && !('collection' in tag && tag.collection),
);
const MERGE_TAG = 'tag:yaml.org,2002:merge';

/** Characters where js-yaml and the `yaml` package may read differently: tabs, CR, other controls, YAML 1.1 line breaks, BOM, lone surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNCOMMON_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
/**
 * Keys longer than this go to the `yaml` package, which refuses an implicit key over 1,024 characters of source
 * (quotes and escapes included, which the event's value span leaves out); nothing synth writes comes near.
 */
const LONG_KEY = 512;

/** Thrown inside the fast read for anything it leaves to the `yaml` package. */
class NotFast extends Error {}

/** The file's documents as the `yaml` package's YAML 1.1 `toJS()` gives them, or undefined when the fast read does not cover the text. */
export function fastYamlDocuments(text: string): unknown[] | undefined {
  if (UNCOMMON_CHARACTERS.test(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return undefined; // the `yaml` package reports it, with its position
  }
  try {
    return new EventReader(text, events).documents();
  } catch (error) {
    if (error instanceof NotFast) return undefined;
    throw error;
  }
}

/**
 * The value of a one-document YAML file as `parse(text, { version: '1.1' })` of the `yaml` package gives it: by the fast
 * read where it covers the text, else by the `yaml` package (which throws on errors, and on a file of several documents).
 */
export function yamlObject(text: string): unknown {
  const fast = fastYamlDocuments(text);
  return fast?.length === 1 ? fast[0] : parse(text, { version: '1.1' });
}

/** Builds the documents' values from js-yaml's events. */
class EventReader {
  private next = 0;

  public constructor(
    private readonly text: string,
    private readonly events: readonly Event[],
  ) {}

  public documents(): unknown[] {
    const documents: unknown[] = [];
    while (this.next < this.events.length) {
      const event = this.events[this.next++];
      if (event.type !== EVENT_DOCUMENT || event.directives.length > 0) throw new NotFast();
      documents.push(this.node());
      if (this.events[this.next++]?.type !== EVENT_POP) throw new NotFast();
    }
    return documents;
  }

  private node(): unknown {
    const event = this.events[this.next++];
    switch (event.type) {
      case EVENT_SCALAR:
        return this.scalar(event, false);
      case EVENT_SEQUENCE:
      case EVENT_MAPPING: {
        if (event.anchorStart !== -1 || event.tagStart !== -1) throw new NotFast();
        const empty = this.events[this.next]?.type === EVENT_POP;
        if (event.style === COLLECTION_STYLE_FLOW && !empty) throw new NotFast();
        return event.type === EVENT_SEQUENCE ? this.sequence() : this.mapping();
      }
      case EVENT_ALIAS:
      default:
        throw new NotFast();
    }
  }

  private sequence(): unknown[] {
    const items: unknown[] = [];
    while (this.events[this.next]?.type !== EVENT_POP) items.push(this.node());
    this.next++;
    return items;
  }

  private mapping(): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    while (this.events[this.next]?.type !== EVENT_POP) {
      const event = this.events[this.next++];
      if (event.type !== EVENT_SCALAR) throw new NotFast(); // a collection or alias as a key
      if (event.valueEnd - event.valueStart > LONG_KEY) throw new NotFast();
      const key = this.scalar(event, true);
      // toJS keys: String() of the value, '' for null. A repeat (also `1` and `1.0`) is the `yaml` package's to report.
      const name = key === null ? '' : String(key);
      if (name === '__proto__' || Object.prototype.hasOwnProperty.call(map, name)) throw new NotFast();
      map[name] = this.node();
    }
    this.next++;
    return map;
  }

  /** A scalar's value: quoted and block scalars are strings, plain ones are resolved by the YAML 1.1 tags, as the `yaml` package does. */
  private scalar(event: ScalarEvent, atKey: boolean): string | number | boolean | null {
    if (event.anchorStart !== -1 || event.tagStart !== -1 || event.style === SCALAR_STYLE_FOLDED_BLOCK) throw new NotFast();
    const multiLine = event.valueStart !== -1 && this.text.slice(event.valueStart, event.valueEnd).includes('\n');
    if (multiLine && event.style !== SCALAR_STYLE_LITERAL_BLOCK) throw new NotFast();
    const value = getScalarValue(this.text, event);
    if (event.style !== SCALAR_STYLE_PLAIN) {
      if (atKey && value === '<<') throw new NotFast();
      return value;
    }
    const tag = SCALAR_TAGS.find(
      (candidate) => (candidate.default === true || (atKey && candidate.default === 'key')) && candidate.test?.test(value),
    );
    if (tag === undefined) return value;
    if (tag.tag === MERGE_TAG) throw new NotFast();
    let failed = false;
    const result: unknown = tag.resolve(value, () => (failed = true), YAML_11.options);
    const resolved = isScalar(result) ? result.value : result; // as composeScalar() wraps it, then toJS() unwraps it
    if (failed) throw new NotFast();
    if (resolved === null || ['string', 'number', 'boolean'].includes(typeof resolved)) return resolved as string | number | boolean | null;
    throw new NotFast(); // a timestamp, a big integer: their toJS() is the `yaml` package's
  }
}
