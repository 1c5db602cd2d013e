/**
 * The generated Kube* classes' JSON without their quadratic copies. Each
 * `KubeDeployment.toJson()` (and every other class of cdk8s-plus-27's
 * generated imports) hands the resolved object to a generated
 * `toJson_<Type>` function per type, which lists the type's fields and then
 * drops the undefined ones by spreading the object built so far once per
 * field (`Object.entries(result).reduce((r, i) => ({ ...r, [i[0]]: i[1] }))`):
 * for a PodSpec of forty fields, forty copies. After the fast resolve that
 * was more than half of resolving.
 *
 * Each `toJson_<Type>` is read once, from its own source text: its fields,
 * each in one of the few forms the generator writes (a value as it is, one
 * converted by another `toJson_<Type>`, a list or a map of either, a
 * number-or-string union's `.value`, a date's ISO text). The converter built
 * from that does the same, field for field and in the same order, in one
 * copy. A function whose text does not have exactly that shape, field by
 * field, is not replaced: it is called as it is. While
 * {@link withFastKubeJson} runs, each Kube* class whose `toJson()` is the
 * generated one (`super.toJson()`, then its GVK and its props' converter) is
 * swapped for the same with the built converter. A test compares the output
 * with cdk8s-plus's own over every committed object.
 */
import { ApiObject } from 'cdk8s';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module's own exports object: its toJson_ functions and classes by name
const generatedK8s = require('cdk8s-plus-27/lib/imports/k8s') as GeneratedModule;

/** A `toJson_<Type>` of the generated imports: undefined for undefined, else the type's JSON. */
type Converter = (value: unknown) => unknown;

/** How one field is written: what the generator's expression for it does to the field's value. */
type FieldForm = (value: unknown) => unknown;

/** A generated module: its exports by name (the `toJson_<Type>` functions and the Kube* classes). */
type GeneratedModule = Readonly<Record<string, unknown>>;

const FUNCTION_SHAPE =
  /^function (toJson_\w+)\(obj\) \{\s*if \(obj === undefined\) \{\s*return undefined;\s*\}\s*const result = \{([^]*?)\};\s*\/\/ filter undefined values\s*return Object\.entries\(result\)\.reduce\(\(r, i\) => \(i\[1\] === undefined\) \? r : \(\{ \.\.\.r, \[i\[0\]\]: i\[1\] \}\), \{\}\);\s*\}$/;
const FIELD_LINE = /^'([^'\\]+)': (.+),$/;
/** The map forms: `((obj.p) === undefined) ? undefined : (Object.entries(obj.p).reduce(… [i[0]]: <item> …))`. */
const MAP_FORM =
  /^\(\(obj\.([\w$]+)\) === undefined\) \? undefined : \(Object\.entries\(obj\.\1\)\.reduce\(\(r, i\) => \(i\[1\] === undefined\) \? r : \(\{ \.\.\.r, \[i\[0\]\]: (.+) \}\), \{\}\)\)$/;

/** A map's entries whose value is defined, each converted, in the map's order (what the generated reduce builds). */
function mapOf(item: (value: unknown) => unknown): FieldForm {
  return (value) => {
    if (value === undefined) return undefined;
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value as object)) if (entry !== undefined) result[key] = item(entry);
    return result;
  };
}

/** Converters built so far, by function name; null for a function left as it is. */
class ConverterBuilder {
  /** How many converters were built, and how many functions were left as they are (another shape). */
  public readonly counts = { built: 0, asGenerated: 0 };
  private readonly built = new Map<string, Converter>();

  public constructor(private readonly module: GeneratedModule) {}

  /** The fast converter for `toJson_<Type>`, or the generated function itself when its text is not of the known shape. */
  public converter(name: string): Converter | undefined {
    const known = this.built.get(name);
    if (known !== undefined) return known;
    const original = this.module[name];
    if (typeof original !== 'function') return undefined;
    // Until built, a reference to it (a recursive type) calls through this slot.
    const slot: { fast?: Converter } = {};
    this.built.set(name, (value) => (slot.fast ?? (original as Converter))(value));
    slot.fast = this.build(name, original as Converter);
    if (slot.fast === undefined) this.counts.asGenerated++;
    else this.counts.built++;
    const result = slot.fast ?? (original as Converter);
    this.built.set(name, result);
    return result;
  }

  private build(name: string, original: Converter): Converter | undefined {
    const shape = FUNCTION_SHAPE.exec(Function.prototype.toString.call(original));
    if (shape === null || shape[1] !== name) return undefined;
    const lines = shape[2]
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const fields: { key: string; prop: string; form: FieldForm }[] = [];
    for (const line of lines) {
      const field = FIELD_LINE.exec(line);
      const parsed = field && this.field(field[2]);
      if (!field || !parsed) return undefined;
      fields.push({ key: field[1], ...parsed });
    }
    return (obj) => {
      if (obj === undefined) return undefined;
      const source = obj as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      for (const { key, prop, form } of fields) {
        const value = form(source[prop]);
        if (value !== undefined) result[key] = value;
      }
      return result;
    };
  }

  /** The field's property and form, or undefined for an expression of another form. */
  private field(expression: string): { prop: string; form: FieldForm } | undefined {
    let match = /^obj\.([\w$]+)$/.exec(expression);
    if (match) return { prop: match[1], form: (value) => value };
    match = /^obj\.([\w$]+)\?\.value$/.exec(expression);
    if (match) return { prop: match[1], form: (value) => (value as { value?: unknown } | null | undefined)?.value };
    match = /^obj\.([\w$]+)\?\.toISOString\(\)$/.exec(expression);
    if (match) return { prop: match[1], form: (value) => (value as Date | null | undefined)?.toISOString() };
    match = /^obj\.([\w$]+)\?\.map\(y => y\)$/.exec(expression);
    if (match) return { prop: match[1], form: (value) => (value as unknown[] | null | undefined)?.map((item) => item) };
    match = /^(toJson_\w+)\(obj\.([\w$]+)\)$/.exec(expression);
    if (match) {
      const convert = this.reference(match[1]);
      return convert && { prop: match[2], form: convert };
    }
    match = /^obj\.([\w$]+)\?\.map\(y => (toJson_\w+)\(y\)\)$/.exec(expression);
    if (match) {
      const convert = this.reference(match[2]);
      return convert && { prop: match[1], form: (value) => (value as unknown[] | null | undefined)?.map((item) => convert(item)) };
    }
    match = MAP_FORM.exec(expression);
    if (match) {
      const item = this.mapItem(match[2]);
      return item && { prop: match[1], form: mapOf(item) };
    }
    return undefined;
  }

  /** What a map form does to each defined entry, or undefined for another form. */
  private mapItem(expression: string): ((value: unknown) => unknown) | undefined {
    if (expression === 'i[1]') return (value) => value;
    if (expression === 'i[1]?.value') return (value) => (value as { value?: unknown } | null)?.value;
    if (expression === 'i[1]?.map(y => y)') return (value) => (value as unknown[] | null)?.map((item) => item);
    const match = /^(toJson_\w+)\(i\[1\]\)$/.exec(expression);
    return match ? this.reference(match[1]) : undefined;
  }

  /** A converter another one calls: through its slot, so a type that contains itself is built once. */
  private reference(name: string): Converter | undefined {
    return this.converter(name);
  }
}

const TO_JSON_SHAPE =
  /^toJson\(\) \{\s*const resolved = super\.toJson\(\);\s*return \{\s*\.\.\.(\w+)\.GVK,\s*\.\.\.(toJson_\w+)\(resolved\),\s*\};\s*\}$/;

/** A class of the module whose toJson is the generated one, with the same toJson on the built converter. */
interface Swap {
  readonly prototype: { toJson: () => unknown };
  readonly generated: () => unknown;
  readonly fast: () => unknown;
}

/** The swaps for one generated module: every Kube* class of the known shape, directly below ApiObject. */
function swapsOf(module: GeneratedModule, builder: ConverterBuilder): Swap[] {
  const swaps: Swap[] = [];
  for (const [name, value] of Object.entries(module)) {
    // Directly below ApiObject (whose instanceof looks at instances, not prototypes), with a toJson of its own.
    if (typeof value !== 'function' || typeof value.prototype !== 'object' || value.prototype === null) continue;
    const prototype = value.prototype as { toJson: () => unknown };
    if (Object.getPrototypeOf(prototype) !== ApiObject.prototype || !Object.hasOwn(prototype, 'toJson')) continue;
    const generated = prototype.toJson;
    const shape = TO_JSON_SHAPE.exec(Function.prototype.toString.call(generated));
    if (shape === null || shape[1] !== name) continue;
    const gvk = (value as unknown as { GVK?: object }).GVK;
    const convertName = shape[2];
    if (gvk === undefined || typeof module[convertName] !== 'function') continue;
    // Built on the class's first use: a render uses a few dozen of the module's 134 classes.
    let convert: Converter | undefined;
    const apiObjectToJson = (object: ApiObject): unknown => ApiObject.prototype.toJson.call(object);
    swaps.push({
      prototype,
      generated,
      fast(this: ApiObject) {
        convert ??= builder.converter(convertName) as Converter;
        return { ...gvk, ...(convert(apiObjectToJson(this)) as object) };
      },
    });
  }
  return swaps;
}

const k8sBuilder = new ConverterBuilder(generatedK8s);
let swaps: Swap[] | undefined;

/**
 * Runs `action` with the generated Kube* classes' toJson on the built converters; the generated ones are back afterwards.
 * @internal
 */
export function withFastKubeJson<T>(action: () => T): T {
  swaps ??= swapsOf(generatedK8s, k8sBuilder);
  const active = swaps.filter((swap) => swap.prototype.toJson === swap.generated);
  for (const swap of active) swap.prototype.toJson = swap.fast;
  try {
    return action();
  } finally {
    for (const swap of active) swap.prototype.toJson = swap.generated;
  }
}

/**
 * How many classes are swapped, and of the converters used so far how many were built and how many left as generated (for the tests).
 * @internal
 */
export function fastKubeJsonCoverage(): { readonly classes: number; readonly built: number; readonly asGenerated: number } {
  swaps ??= swapsOf(generatedK8s, k8sBuilder);
  return { classes: swaps.length, ...k8sBuilder.counts };
}
