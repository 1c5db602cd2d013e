/** The fast YAML writer writes exactly what js-yaml writes, for rendered objects and for awkward values. */
import { dump, load } from 'js-yaml';
import { toYaml, YAML_OPTIONS } from '../lib/output/yaml-writer';
import { sharedRender } from './shared-render';

test('every object synth renders comes out byte for byte as js-yaml writes it, and synth wrote that text', () => {
  // The objects of the run's one render (test/shared-render.ts), and the files synth made of them.
  const folders = sharedRender();
  const manifests = folders.flatMap((folder) => folder.manifests);
  expect(manifests.length).toBeGreaterThan(300);
  const dumped = manifests.map((manifest) => dump(manifest, YAML_OPTIONS));
  const different = manifests.filter((manifest, index) => toYaml(manifest) !== dumped[index]);
  expect(different.map((manifest) => `${manifest.kind}/${manifest.metadata.name}`)).toEqual([]);
  const written = folders.flatMap((folder) => [...folder.files.values()]).sort();
  expect(dumped.sort()).toEqual(written);
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

test('a block keeping trailing blank lines reads back the same (js-yaml then quotes the next key; this writer does not)', () => {
  const kept = { before: 'x', keep: 'one\ntwo\n\n', after: ['y', 'keep too\n\n\n'], last: 1 };
  expect(load(toYaml(kept))).toEqual(kept);
});
