/** The fast YAML writer writes exactly what js-yaml writes, for rendered objects and for awkward values. */
import { dump, load } from 'js-yaml';
import { toYaml, YAML_OPTIONS } from '../lib/output/yaml-writer';
import { cachedByContent } from './content-cache';
import { sha256, sharedJsYamlDigests, sharedRender } from './shared-render';

test('every object synth renders comes out byte for byte as js-yaml writes it, and synth wrote that text', () => {
  // The objects of the run's one render (test/shared-render.ts), and the files synth made of them.
  const folders = sharedRender();
  const manifests = folders.flatMap((folder) => folder.manifests);
  expect(manifests.length).toBeGreaterThan(300);
  // What js-yaml writes for each, as digests: dumped once by the global setup and kept with the render under its key, which holds js-yaml's version.
  const dumped = sharedJsYamlDigests() ?? manifests.map((manifest) => sha256(dump(manifest, YAML_OPTIONS)));
  expect(dumped).toHaveLength(manifests.length);
  const different = manifests.filter((manifest, index) => sha256(toYaml(manifest)) !== dumped[index]);
  expect(different.map((manifest) => `${manifest.kind}/${manifest.metadata.name}`)).toEqual([]);
  const written = folders.flatMap((folder) => [...folder.files.values()].map(sha256)).sort();
  expect([...dumped].sort()).toEqual(written);
});

test('awkward values: YAML 1.1 look-alikes, quotes, blocks, nesting, empties', () => {
  const awkward = {
    'needs: quoting': ['yes', 'on', 'No', '~', 'null', '0755', '0x1F', '12:30', '1e3', '.5', '2026-11-24', ''],
    'a-key': [
      ' leading',
      'trailing ',
      'a: b',
      '#comment',
      'x #y',
      '- dash',
      '"quoted"',
      "it's",
      'tab\there',
      'café',
      '*star',
      '&amp',
      '!bang',
      '%pc',
      '@at',
      '`tick',
    ],
    // Written plain without asking js-yaml (yaml-writer.ts, PLAIN_NAME): words joined by separators, look-alikes included.
    'plain-names': [
      'a-b',
      'x.y/z',
      'on-call',
      'no-op',
      'y.z',
      'null-value',
      'true_value',
      'n-1',
      'ON-AIR',
      'e.1',
      'app.kubernetes.io/name',
    ],
    'no-plain-names': ['-a', 'a-', 'a--b', '1-a', 'a b-c', 'a:b-c', 'a-b:', 'a#b-c', 'a-b\t', 'é-a', 'a-é'],
    numbers: [0, -3, 2.5, 1e21, true, false, null],
    blocks: { clip: 'one\ntwo\n', strip: 'one\ntwo', indented: '  first\nsecond\n' },
    inSequence: ['line one\nline two\n', { nested: ['a', ['b', 'c'], {}, []] }],
    empty: {},
    none: [],
    deep: [[['x']], [{ a: 1, b: [{ c: 'd' }] }]],
  };
  expect(toYaml(awkward)).toBe(dump(awkward, YAML_OPTIONS));
  expect(load(toYaml(awkward))).toEqual(awkward);
});

test('a block keeping trailing blank lines reads back the same, and comes out as js-yaml writes it', () => {
  const kept = { before: 'x', keep: 'one\ntwo\n\n', after: ['y', 'keep too\n\n\n'], last: 1 };
  expect(load(toYaml(kept))).toEqual(kept);
  expect(toYaml(kept)).toBe(dump(kept, YAML_OPTIONS));
});

test('a kept block as the last value ends the document with `...`, as js-yaml does', () => {
  for (const last of [{ a: 'x', z: 'kept\n\n' }, { a: ['kept\n\n\n'] }, { a: { b: [{ c: '\n\nkept\n\n' }] } }]) {
    expect(toYaml(last)).toMatch(/\n\.\.\.\n$/);
    expect(toYaml(last)).toBe(dump(last, YAML_OPTIONS));
  }
  // Only the last value counts: a kept block earlier, or a one-line string after it, leaves the document closed.
  for (const closed of [
    { z: 'kept\n\n', a: 'x' },
    { z: 'kept\n\n', a: [] },
    { z: 'kept\n\n', a: 1 },
  ]) {
    expect(toYaml(closed)).not.toContain('...');
    expect(toYaml(closed)).toBe(dump(closed, YAML_OPTIONS));
  }
});

/** Strings that sit on the edge of js-yaml's rules: indicators, comments, document markers, YAML 1.1 types, whitespace, escapes, unicode. */
const TRICKY = [
  ...['yes', 'no', 'Yes', 'NO', 'y', 'n', 'on', 'off', 'true', 'False', 'null', 'Null', '~', '', '=', '<<'],
  ...[
    '0',
    '-0',
    '+1',
    '0755',
    '0o17',
    '0x1F',
    '0b101',
    '1_000',
    '1e3',
    '1.5e-3',
    '.5',
    '5.',
    '.inf',
    '-.Inf',
    '.nan',
    '1:20',
    '12:30:45',
    '190:20:30',
  ],
  ...['2026-11-24', '2026-11-24T10:00:00Z', '2026-1-2 3:04:05', '8080', '"8080"', "'x'", 'a: b', 'a:b', 'a :b', 'a:', ':a', '::'],
  ...['#x', 'a #b', 'a#b', '- a', '-a', '-', '--', '---', '--- x', '...', '... x', '? a', '?a', '?', '[a]', '{a}', 'a,b', 'a]'],
  ...['*a', '&a', '!a', '%a', '@a', '`a', '|a', '>a', ' a', 'a ', ' ', '  ', 'a  b', 'a\tb', '\t', 'a\\b', 'a"b', "a'b"],
  ...['café', 'naïve-ü', '日本語', '😀', '\u0085', '\u00a0x', 'x\u2028y', '\ufeffbom', '\u0000', '\u001b[0m', '\u007f', 'a\rb', '\ud800'],
  ...[
    'one\ntwo',
    'one\ntwo\n',
    'one\ntwo\n\n',
    '\none',
    '\n\none\n',
    ' lead\ntwo',
    '\n  lead\n',
    'tab\n\tline',
    'cr\r\nlf',
    'a \nb',
    '\n',
    '\n\n',
  ],
  ...['x\n---\ny', 'x\n...\n', '# not a comment\nline', 'http://host:8080/path?q=1#frag', 'sum(rate(x{job="a"}[5m])) > 0.5'],
];

test('awkward strings come out as js-yaml writes them: as values, sequence items, keys, at every depth', () => {
  // A key with a line break makes js-yaml write the whole object (see the next test): such text is a value only.
  const key = (text: string): string => (text.includes('\n') ? 'key' : text);
  const nested = (text: string) => ({
    [key(text)]: text,
    list: [text, [text], { [key(text)]: [text] }],
    deeper: { a: { b: text } },
    last: text,
  });
  for (const text of TRICKY) expect({ text, yaml: toYaml(nested(text)) }).toEqual({ text, yaml: dump(nested(text), YAML_OPTIONS) });
});

test('keys js-yaml writes as an explicit `? ` pair (a line break, over 1,024 characters) are left to js-yaml', () => {
  for (const key of ['two\nlines', 'x'.repeat(1025), `${'a-'.repeat(600)}a`, '"'.repeat(600)]) {
    const object = { before: 1, [key]: 'v', after: 2 };
    expect(toYaml(object)).toContain('? ');
    expect(toYaml(object)).toBe(dump(object, YAML_OPTIONS));
  }
});

test('random strings from awkward pieces come out as js-yaml writes them', () => {
  const pieces = ['a', 'Z', '0', '9', '.', '-', '_', '/', ':', '#', ' ', '\t', '\n', '\n\n', '"', "'", '\\', '?', '!', '&', '*', '|', '>'];
  pieces.push('%', '@', '`', ',', '[', ']', '{', '}', '~', '=', 'é', '\u0085', '\u00a0', '\u2028', '\ufeff', '\u0000', '\r', '😀');
  pieces.push('yes', 'no', 'null', 'true', '0x1F', '0o7', '1e3', '.5', '---', '...', '2026-11-24', '12:30', '<<', '.inf');
  // A fixed seed: the same strings on every run, so a failure can be reproduced.
  let seed = 12;
  const next = (below: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * below);
  };
  const objects = Array.from({ length: 4000 }, () => {
    const text = Array.from({ length: 1 + next(5) }, () => pieces[next(pieces.length)]).join('');
    return { k: text, l: [text, { m: text }], n: { [text.includes('\n') ? 'key' : text]: 1 }, last: text };
  });
  // What js-yaml writes for each, as digests, kept in the test cache while this file, the options and js-yaml's version stay the same.
  const { result: dumped } = cachedByContent(
    'js-yaml-random-strings',
    { paths: ['test/yaml-writer.test.ts', 'lib/output/yaml-scalar.ts'], tools: ['js-yaml'] },
    () => objects.map((object) => sha256(dump(object, YAML_OPTIONS))),
  );
  expect(dumped).toHaveLength(objects.length);
  const different = objects.filter((object, index) => sha256(toYaml(object)) !== dumped[index]).map((object) => object.k);
  expect(different).toEqual([]);
});
