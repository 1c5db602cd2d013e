/**
 * The validators' head start (apps/validator-warm-up.js): which files it compiles, in what order, and that it stops when
 * told to. That a fresh run's validator then finds them compiled is checked on a real run in test/cold-start.test.ts.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers';
import { REPO } from './temp-project';

interface ValidatorWarmUp {
  compileValidatorsUntil(stop: () => boolean): string[];
  headStartHelps(cacheRoot: string, env?: NodeJS.ProcessEnv): boolean;
  releaseCompiledAhead(): void;
}
const { compileValidatorsUntil, headStartHelps, releaseCompiledAhead } = createRequire(__filename)(
  '../apps/validator-warm-up.js',
) as ValidatorWarmUp;

// The worker runs other files after this one (isolate: false): what was compiled here must not stand in for their loads.
afterAll(() => releaseCompiledAhead());

const validatorsDir = join(REPO, 'schemas', 'validators');
const committed = readdirSync(validatorsDir).filter((file) => file.endsWith('.js'));

test('given the time, it compiles every committed validator, the core kinds of each Kubernetes version first', () => {
  const compiled = compileValidatorsUntil(() => false);
  expect([...compiled].sort()).toEqual(committed.map((file) => join(validatorsDir, file)).sort());
  const cores = committed.filter((file) => file.startsWith('kubernetes-'));
  expect(cores.length).toBeGreaterThan(0);
  expect(compiled.slice(0, cores.length).sort()).toEqual(cores.map((file) => join(validatorsDir, file)).sort());
});

test('it asks before each file whether to stop, and stops then: the program waits for one file at most', () => {
  expect(compileValidatorsUntil(() => true)).toEqual([]);
  let asked = 0;
  const compiled = compileValidatorsUntil(() => ++asked > 2);
  expect(compiled).toHaveLength(2);
  expect(asked).toBe(3);
});

test("it helps only where the validators have no code caches yet: a fresh clone's first run, not a rebuild after an edit", () => {
  const root = tempDir();
  expect(headStartHelps(root, {})).toBe(true);
  mkdirSync(join(root, 'validators', 'v8'), { recursive: true });
  expect(headStartHelps(root, {})).toBe(true);
  // A write cut short leaves its temporary file, no code cache.
  writeFileSync(join(root, 'validators', 'v8', '0123.v8.4242'), '');
  expect(headStartHelps(root, {})).toBe(true);
  // One made before the committed validators last changed fits none of them.
  const older = join(root, 'validators', 'v8', '4567.v8');
  writeFileSync(older, '');
  const validatorsChanged = statSync(join(validatorsDir, 'validators.json')).mtime;
  utimesSync(older, new Date(validatorsChanged.getTime() - 60_000), new Date(validatorsChanged.getTime() - 60_000));
  expect(headStartHelps(root, {})).toBe(true);
  writeFileSync(join(root, 'validators', 'v8', '0123.v8'), '');
  expect(headStartHelps(root, {})).toBe(false);
  // With the validators' cache off, every schema is compiled at run time: no committed validator is loaded at all.
  expect(headStartHelps(tempDir(), { CALYPSO_VALIDATOR_CACHE: 'off' })).toBe(false);
});
