/* eslint-disable @typescript-eslint/no-explicit-any -- hand edits of parsed YAML */
/**
 * `npm run validate`: zero findings on the committed dist/, and every
 * finding on a hand-broken copy of it, with the exit status CI relies on.
 * The command runs in process (runValidate: its arguments, its output, its
 * exit status); test/command-line.test.ts and
 * test/environment-file-errors.test.ts run the real one.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { parse, parseAllDocuments } from 'yaml';
import { DIST_DIR } from '../apps/dist-folder';
import { manifestFileName, manifestYaml, type Manifest } from '../lib/output/render';
import { loadEnvironments } from '../apps/load-environments';
import { committedFolders } from './committed-dist';
import { sha256, sharedRender, sharedValidateRun, type ValidateRun } from './shared-render';
import { FILE_LAYOUT_RULE, runValidate, validateDist, YAML_RULE } from '../apps/validate';
import { fastYamlDocuments } from '../apps/yaml-documents';
import { POLICY_RULES } from '../lib/output/policies';
import { cachedByContent } from './content-cache';
import { tempDir } from './helpers';
import { captureOutput, REPO } from './temp-project';

const tiers = new Map(loadEnvironments().map((environment) => [environment.name, environment.spec.tier]));
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The command on the committed dist/ (no argument), run once for the tests that read it: by the global setup,
 * kept with the shared render under a key of every input (test/shared-render.ts), or here when it could not.
 */
let committedRun: ValidateRun | undefined;
function validateCommitted(): ValidateRun {
  if (committedRun === undefined) {
    committedRun = sharedValidateRun();
    if (committedRun === undefined) {
      const output = captureOutput();
      committedRun = { status: runValidate([], process.env, output), stdout: output.stdout, stderr: output.stderr };
    }
  }
  return committedRun;
}
/** dist/ as the command names it: relative to the working folder. */
const shownDist = relative(process.cwd(), DIST_DIR) || '.';

test('the committed dist/ has no findings', () => {
  // Each finding is a line of its own before the count: the count is the only line.
  const { stdout } = validateCommitted();
  expect(stdout).toHaveLength(1);
  const [, objects, folders] = /: (\d+) objects in (\d+) folders, no findings$/.exec(stdout[0]) ?? [];
  expect(Number(folders)).toBe(5);
  expect(Number(objects)).toBeGreaterThan(100);
});

test('every committed file parses back (as YAML 1.1, like Kubernetes) to exactly the object synth validated: why synth need not parse what it writes', () => {
  // The committed files as the global setup read them, each parsed as YAML 1.1, in the order of their file names.
  const committed = new Map(committedFolders().map((folder) => [folder.name, folder.manifests]));
  const byFile = (manifests: readonly Manifest[]): Manifest[] =>
    [...manifests].sort((a, b) => (manifestFileName(a) < manifestFileName(b) ? -1 : 1));
  // Every folder synth writes, dist/argocd too, and no other: a loop over none would pass.
  const rendered = sharedRender();
  expect(rendered.map((folder) => folder.name).sort()).toEqual([...committed.keys()].sort());
  for (const folder of rendered) {
    const objects = committed.get(folder.name);
    const synthesized = byFile(folder.manifests);
    // Node's strict deep equality first (toEqual's own walk over some 300 objects costs more); on a difference, toEqual decides and shows it.
    if (!isDeepStrictEqual(objects, synthesized))
      expect({ folder: folder.name, objects }).toEqual({ folder: folder.name, objects: synthesized });
  }
});

test('npm run validate passes on the committed dist/', () => {
  const result = validateCommitted();
  expect(result.stdout.join('\n')).toMatch(new RegExp(`^${escapeRegExp(shownDist)}: \\d+ objects in 5 folders, no findings$`, 'm'));
  expect(result).toMatchObject({ status: 0, stderr: [] });
});

describe('a hand-broken copy of dist/', () => {
  // The folders broken by hand (parsing the YAML is most of the time here; the whole committed dist/ is validated above).
  const broken = join(tempDir(), 'dist');
  const brokenFolders = ['dev', 'prod', 'uat'];
  for (const folder of brokenFolders) cpSync(join(DIST_DIR, folder), join(broken, folder), { recursive: true });
  const edit = (file: string, change: (object: any) => void): void => {
    const object = parse(readFileSync(join(broken, file), 'utf8'));
    change(object);
    writeFileSync(join(broken, file), manifestYaml(object));
  };
  // A ServiceAccount deleted by hand: the dataserver's pods reference it.
  rmSync(join(broken, 'prod', 'serviceaccount-dataserver.yaml'));
  // A mutable tag slipped into prod.
  edit('prod/deployment-calculator.yaml', (o) => (o.spec.template.spec.containers[0].image = 'registry.bank.internal/calypso/app:latest'));
  // A Secret with data committed to UAT.
  cpSync(join(broken, 'uat', 'serviceaccount-authserver.yaml'), join(broken, 'uat', 'secret-ldap.yaml'));
  edit('uat/secret-ldap.yaml', (o) => {
    Object.assign(o, { kind: 'Secret', stringData: { password: 'hunter2' } });
    o.metadata.name = 'ldap';
    delete o.automountServiceAccountToken;
  });
  // A Service in dev reselected to pods that do not exist, and a typo in a field name.
  edit('dev/service-authserver.yaml', (o) => (o.spec.selector['app.kubernetes.io/component'] = 'auth'));
  edit('dev/deployment-scheduler.yaml', (o) => {
    o.spec.revisionHistoryLimt = o.spec.revisionHistoryLimit;
    delete o.spec.revisionHistoryLimit;
  });
  // An unquoted `yes` that Kubernetes reads as a boolean.
  writeFileSync(
    join(broken, 'dev', 'configmap-scheduler-properties.yaml'),
    readFileSync(join(broken, 'dev', 'configmap-scheduler-properties.yaml'), 'utf8').replace(/^data:\n/m, 'data:\n  enabled: yes\n'),
  );
  // A file that does not parse, and one whose name does not match its object.
  writeFileSync(join(broken, 'dev', 'configmap-broken.yaml'), 'data: [unclosed\n');
  cpSync(join(broken, 'dev', 'serviceaccount-scheduler.yaml'), join(broken, 'dev', 'serviceaccount-old-scheduler.yaml'));

  const expected = [
    `${YAML_RULE.name}: - (${broken}/dev/configmap-broken.yaml): Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1 (past the end of line 1: \`data: [unclosed\`)`,
    `${FILE_LAYOUT_RULE.name}: - (${broken}/dev/serviceaccount-old-scheduler.yaml): holds ServiceAccount/scheduler, which belongs in serviceaccount-scheduler.yaml`,
    `schema: Deployment/scheduler (${broken}/dev/deployment-scheduler.yaml): spec: unknown field "revisionHistoryLimt"`,
    `schema: ConfigMap/scheduler-properties (${broken}/dev/configmap-scheduler-properties.yaml): data.enabled: must be string`,
    `service-selects-pods: Service/authserver (${broken}/dev/service-authserver.yaml): selector app.kubernetes.io/component=auth,app.kubernetes.io/instance=dev,app.kubernetes.io/part-of=calypso selects no pod template in dev`,
    `prod-immutable-images: Deployment/calculator (${broken}/prod/deployment-calculator.yaml): container calculator: tag "latest" of registry.bank.internal/calypso/app moves; pin a digest or a release version`,
    `pod-references-resolve: Deployment/dataserver (${broken}/prod/deployment-dataserver.yaml): serviceAccountName dataserver is not a ServiceAccount in the output`,
    `no-secret-data: Secret/ldap (${broken}/uat/secret-ldap.yaml): is a Secret with data (password); use an ExternalSecret`,
  ];

  /** One object per file, but the file that does not parse: the count the command must print, worked out from the files. */
  const objectsInBroken = (): number => brokenFolders.reduce((sum, folder) => sum + readdirSync(join(broken, folder)).length, 0) - 1;

  test('npm run validate -- <dir> prints one line per finding, then a count by rule, and exits 1', () => {
    const output = captureOutput();
    expect(runValidate([broken], process.env, output)).toBe(1);
    const lines = output.stdout;
    for (const line of expected) expect(lines).toContain(line);
    expect(lines.slice(expected.length)).toEqual([
      `${broken}: ${expected.length} findings in ${objectsInBroken()} objects:`,
      '  2 schema',
      '  1 file-layout',
      '  1 no-secret-data',
      '  1 pod-references-resolve',
      '  1 prod-immutable-images',
      '  1 service-selects-pods',
      '  1 yaml',
    ]);
  });

  test('the command exits 1 on (the dev folder of) it also where CALYPSO_DIST_DIR points, with no argument', () => {
    // One folder, the smallest: parsing the YAML is most of the time here.
    const brokenDev = join(tempDir(), 'dist');
    cpSync(join(broken, 'dev'), join(brokenDev, 'dev'), { recursive: true });
    const output = captureOutput();
    expect(runValidate([], { ...process.env, CALYPSO_DIST_DIR: brokenDev }, output)).toBe(1);
    expect(output.stdout.join('\n')).toContain('service-selects-pods: Service/authserver');
  });
});

test('files that break the layout: outside a folder, not YAML, nested, several objects in one', () => {
  const dir = join(tempDir(), 'dist');
  cpSync(join(DIST_DIR, 'dev'), join(dir, 'dev'), { recursive: true });
  writeFileSync(join(dir, 'all.yaml'), 'kind: List\n');
  writeFileSync(join(dir, 'dev', 'metadata.json'), '{}\n');
  cpSync(join(DIST_DIR, 'uat'), join(dir, 'dev', 'uat'), { recursive: true });
  const namespace = readFileSync(join(dir, 'dev', 'namespace-calypso-dev.yaml'), 'utf8');
  writeFileSync(join(dir, 'dev', 'namespace-calypso-dev.yaml'), `${namespace}---\n${namespace}`);
  expect(validateDist(dir, tiers).findings.map((f) => `${f.rule}: ${f.environment}/${f.file}: ${f.message}`)).toEqual([
    'file-layout: /all.yaml: is outside an environment folder',
    'file-layout: dev/metadata.json: is not a YAML file; nothing else belongs in dist/',
    'file-layout: dev/namespace-calypso-dev.yaml: holds 2 objects; one file holds one object',
    'file-layout: dev/uat: is a nested folder; an environment folder holds only object files',
  ]);
});

test('a folder that does not exist is an error (exit 2)', () => {
  const output = captureOutput();
  expect(runValidate([join(REPO, 'no-such-folder')], process.env, output)).toBe(2);
  expect(output.stderr).toEqual([`validate failed: ${join(REPO, 'no-such-folder')} does not exist`]);
});

test('README.md lists every rule with its reason', () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  for (const rule of [...POLICY_RULES, FILE_LAYOUT_RULE, YAML_RULE])
    expect(readme).toMatch(new RegExp(`^\\| \`${escapeRegExp(rule.name)}\` +\\| .+ \\| ${escapeRegExp(rule.reason)} +\\|$`, 'm'));
});

describe('what validate is pointed at', () => {
  test('one environment folder (dist/prod) is validated as that environment, with its tier', () => {
    const prod = captureOutput();
    expect(runValidate([join(shownDist, 'prod')], process.env, prod)).toBe(0);
    expect(prod.stdout).toEqual([
      expect.stringMatching(new RegExp(`^${escapeRegExp(join(shownDist, 'prod'))}: \\d{3} objects, no findings$`)),
    ]);
    const copy = join(tempDir(), 'prod');
    cpSync(join(DIST_DIR, 'prod'), copy, { recursive: true });
    const file = join(copy, 'deployment-calculator.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/image: \S+/, 'image: registry.bank.internal/calypso/app:latest'));
    const output = captureOutput();
    expect(runValidate([copy], process.env, output)).toBe(1);
    expect(output.stdout[0]).toBe(
      `prod-immutable-images: Deployment/calculator (${copy}/deployment-calculator.yaml): container calculator: tag "latest" of registry.bank.internal/calypso/app moves; pin a digest or a release version`,
    );
    expect(output.stdout).toContain('  1 prod-immutable-images');
    expect(output.stdout.join('\n')).not.toContain('file-layout');
  });

  test.each<[string, (dir: string) => void, string]>([
    ['an empty folder', () => undefined, 'is empty: nothing to validate (run npm run synth first?)'],
    ['a folder of empty environment folders', (dir) => mkdirSync(join(dir, 'prod')), 'holds no Kubernetes object: nothing to validate'],
  ])('%s is an error (exit 2), not a pass', (_case, fill, message) => {
    const dir = join(tempDir(), 'dist');
    mkdirSync(dir);
    fill(dir);
    const output = captureOutput();
    expect(runValidate([dir], process.env, output)).toBe(2);
    expect(output.stderr).toEqual([`validate failed: ${dir} ${message}`]);
  });

  test('a file is not a folder', () => {
    const output = captureOutput();
    expect(runValidate([join(REPO, 'package.json')], process.env, output)).toBe(2);
    expect(output.stderr).toEqual([`validate failed: ${join(REPO, 'package.json')} is not a folder`]);
  });
});

test.each<[string, string]>([
  ['an unclosed bracket, quoted from the line before the end', 'data: [unclosed\n'],
  ['a bad indent, quoted from its line', 'kind: ConfigMap\nmetadata:\n  name: x\n   bad: 1\n'],
])('YAML errors quote the line: %s', (_case, text) => {
  const dir = join(tempDir(), 'dist');
  mkdirSync(join(dir, 'dev'), { recursive: true });
  writeFileSync(join(dir, 'dev', 'configmap-x.yaml'), text);
  const output = captureOutput();
  expect(runValidate([dir], process.env, output)).toBe(1);
  const line = output.stdout.find((entry) => entry.startsWith('yaml: '));
  expect(line).toMatch(
    text.startsWith('data') ? /at line 2, column 1 \(past the end of line 1: `data: \[unclosed`\)$/ : /at line 3, column 9: ` {2}name: x`/,
  );
});

describe('YAML read the way the yaml package reads it (YAML 1.1), fast where it can be', () => {
  /** Deep equality as node:util has it (toStrictEqual's own walk costs more than the parse); a difference fails through expect, which shows it. */
  const expectSame = (text: string, read: unknown): void => {
    const expected = yamlPackage(text);
    if (!isDeepStrictEqual(read, expected)) expect({ text, read }).toStrictEqual({ text, read: expected });
  };
  /** What validate read before the fast read: the yaml package's documents as YAML 1.1, or 'error'. */
  const yamlPackage = (text: string): unknown[] | 'error' => {
    const documents = parseAllDocuments(text, { version: '1.1' });
    const docs = Array.isArray(documents) ? documents : [documents];
    return docs.some((doc) => doc.errors.length > 0) ? 'error' : docs.map((doc) => doc.toJS() as unknown);
  };
  /**
   * Checks each fast read against the yaml package's read of its text. The yaml package's reads are kept in the test
   * cache under a key of the texts themselves and the package's version (parsing them is most of the time here), in
   * v8's format, which carries what JSON cannot (NaN, Infinity, undefined). A read that differs from the kept one is
   * checked against the yaml package itself, which decides and shows the difference.
   */
  const expectAllSame = (texts: readonly string[], reads: readonly unknown[]): void => {
    const { result } = cachedByContent(
      'yaml-package-reads',
      { paths: ['test/validate-command.test.ts'], tools: ['yaml'], also: sha256(JSON.stringify(texts)) },
      () => serialize(texts.map(yamlPackage)).toString('base64'),
    );
    const kept = deserialize(Buffer.from(result, 'base64')) as unknown[];
    texts.forEach((text, index) => {
      if (!isDeepStrictEqual(reads[index], kept[index])) expectSame(text, reads[index]);
    });
  };

  test.each<[string, string]>([
    ['YAML 1.1 booleans', 'a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: true\ng: "yes"\n'],
    ['YAML 1.1 numbers', 'a: 017\nb: 0x1F\nc: 0b101\nd: 1:20\ne: 1_000\nf: .inf\ng: -.NaN\nh: 1e3\ni: +12\nj: 6.5\nk: "017"\n'],
    ['nulls and empty values', 'a: ~\nb: null\nc:\nd: ""\ne: []\nf: {}\n'],
    ['keys that resolve to other types', 'yes: 1\n1: a\n~: b\n0x10: c\n'],
    ['literal blocks with each chomping', 'a: |\n  one\n  two\nb: |-\n  kept\n\nc: |+\n  all\n\nd: |2\n    indented\n'],
    ['quoted strings with escapes', `a: "tab\\t, \\u00e9, \\"q\\""\nb: 'it''s'\nc: "#not a comment"\nd: x # a comment\n`],
    ['several documents, empty ones among them', '---\n# nothing\n---\na: 1\n---\n- 2\n- b: 3\n...\n---\nc\n'],
    ['keys an object has by inheritance', 'constructor: 1\ntoString: 2\nhasOwnProperty: 3\n'],
  ])('%s: the fast read gives what the yaml package gives', (_case, text) => {
    const fast = fastYamlDocuments(text);
    expect(fast).toBeDefined();
    expect(fast).toStrictEqual(yamlPackage(text));
  });

  test.each<[string, string]>([
    ['a syntax error', 'data: [unclosed\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['keys equal once resolved', 'a:\n  1: x\n  1.0: y\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a: {x: 1}\nb:\n  <<: {y: 2}\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['a flow collection with items', 'a: [1, 2]\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['a folded block', 'a: >\n  one\n  two\n'],
    ['a tab', 'a:\t1\n'],
    ['a carriage return', 'a: 1\r\nb: 2\r\n'],
    ['a timestamp', 'a: 2001-12-14\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a collection as a key', '? [a]\n: 1\n'],
    ['a quoted key of 1,023 characters, 1,025 with its quotes', `"${'k'.repeat(1023)}": 1\n`],
    ['a plain key of 600 characters', `${'k'.repeat(600)}: 1\n`],
  ])('%s: left to the yaml package', (_case, text) => {
    expect(fastYamlDocuments(text)).toBeUndefined();
  });

  test('the committed files of dev/ and argocd/, and a seeded sample of hand edits of all of them: the fast read gives what the yaml package gives, or leaves it', () => {
    const texts = (folder: string): string[] =>
      readdirSync(join(DIST_DIR, folder)).map((file) => readFileSync(join(DIST_DIR, folder, file), 'utf8'));
    // Two folders, not all five: the others are written by the same code (parsing with the yaml package is most of the time here).
    const compared = [...texts('dev'), ...texts('argocd')];
    const reads = compared.map((text) => fastYamlDocuments(text));
    // The sample edits the smaller files: the same YAML, at a fraction of the cost of parsing.
    const small = committedFolders()
      .flatMap((folder) => texts(folder.name))
      .filter((text) => text.length < 2500);
    // Edits as a hand (or a bad merge) makes them: characters deleted, YAML syntax and YAML 1.1 scalars put in, indents moved.
    const pieces = [
      ':',
      ' ',
      '\n',
      '- ',
      '#',
      '[',
      ']',
      '{',
      '"',
      "'",
      '|',
      '>',
      'yes',
      '1:20',
      '017',
      '&a ',
      '*a',
      '!!str ',
      '<<: ',
      '~',
      '2001-12-14',
      '---\n',
      '? ',
      ',',
      '\t',
      'a: b: c',
      '\n    x: 1\n',
    ];
    let seed = 12;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * below);
    };
    let fast = 0;
    for (let sample = 0; sample < 250; sample++) {
      let text = small[random(small.length)];
      for (let edit = 0; edit <= random(3); edit++) {
        const at = random(text.length);
        const kind = random(3);
        if (kind === 0) text = text.slice(0, at) + text.slice(at + 1 + random(3));
        else if (kind === 1) text = text.slice(0, at) + pieces[random(pieces.length)] + text.slice(at);
        else {
          const line = text.lastIndexOf('\n', at) + 1;
          text = text[line] === ' ' ? text.slice(0, line) + text.slice(line + 1) : `${text.slice(0, line)} ${text.slice(line)}`;
        }
      }
      const read = fastYamlDocuments(text);
      if (read === undefined) continue;
      fast++;
      compared.push(text);
      reads.push(read);
    }
    expect(fast).toBeGreaterThan(60); // the sample tries the fast read, not only the fallback
    expectAllSame(compared, reads);
  });

  test('through validate: a duplicate key, a bad document among good ones, empty documents, a YAML 1.1 boolean and an alias', () => {
    const dir = join(tempDir(), 'dist');
    mkdirSync(join(dir, 'dev'), { recursive: true });
    const files: Record<string, string> = {
      dup: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  name: y\ndata:\n  a: "1"\n',
      baddoc: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\nkind: [\n  a: b\n',
      emptydocs: '---\n# nothing here\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: "1"\n---\n',
      scalar: 'just text\n',
      yes: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  enabled: yes\n  port: 0x1f\n  quoted: "yes"\n',
      anchors: 'apiVersion: v1\nkind: ConfigMap\nmetadata: &m\n  name: x\ndata:\n  a: "1"\n  copy: *m\n',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'dev', `configmap-${name}.yaml`), text);
    const findings = validateDist(dir, new Map()).findings.filter((finding) => finding.rule !== 'recommended-labels');
    expect(findings.map((f) => `${f.rule}: ${f.file} ${f.object}: ${f.message}`)).toEqual([
      'file-layout: configmap-anchors.yaml -: holds ConfigMap/x, which belongs in configmap-x.yaml',
      'yaml: configmap-baddoc.yaml -: Flow sequence in block collection must be sufficiently indented and end with a ] at line 8, column 1 (past the end of line 7: `  a: b`)',
      'yaml: configmap-dup.yaml -: Map keys must be unique at line 5, column 3: `  name: y`',
      'file-layout: configmap-emptydocs.yaml -: holds ConfigMap/x, which belongs in configmap-x.yaml',
      'file-layout: configmap-scalar.yaml -: holds something that is not a Kubernetes object',
      'file-layout: configmap-scalar.yaml -: holds 0 objects; one file holds one object',
      'file-layout: configmap-yes.yaml -: holds ConfigMap/x, which belongs in configmap-x.yaml',
      'schema: configmap-anchors.yaml ConfigMap/x: data.copy: must be string',
      'schema: configmap-yes.yaml ConfigMap/x: data.enabled: must be string',
      'schema: configmap-yes.yaml ConfigMap/x: data.port: must be string',
    ]);
  });
});
