/** The plain model: quantities, heap sizing, images, properties, the dependency graph. */
import { DependencyGraph, resolveImageContract, DEFAULT_IMAGE_CONTRACT } from '../lib';
import { findCycles } from '../lib/model/dependency-graph';
import { imageName, mutableImageReason } from '../lib/model/image';
import { heapFor } from '../lib/model/jvm';
import { renderProperties } from '../lib/model/properties';
import { formatMemory, parseCpu, parseMemory } from '../lib/model/quantity';

describe('quantities', () => {
  test.each([
    ['512Mi', 512 * 1024 ** 2],
    ['8Gi', 8 * 1024 ** 3],
    ['1.5Gi', 1.5 * 1024 ** 3],
    ['1G', 1e9],
    ['2048', 2048],
  ])('memory %s', (quantity, bytes) => expect(parseMemory(quantity)).toBe(bytes));
  test.each([
    ['500m', 500],
    ['2', 2000],
    ['1.5', 1500],
  ])('cpu %s', (quantity, millis) => expect(parseCpu(quantity)).toBe(millis));
  test.each(['8 GB', '-1Gi', '0', 'Gi', ''])('not memory: %p', (quantity) => expect(parseMemory(quantity)).toBeUndefined());
  test.each(['0.0001', 'two', '-1', '1.5m'])('not cpu: %p', (quantity) => expect(parseCpu(quantity)).toBeUndefined());
});

describe('heap sizing', () => {
  const gi = 1024 ** 3;
  test('75% of the limit for large pods', () => expect(formatMemory(heapFor(16 * gi) as number)).toBe('12Gi'));
  test('at least 768Mi left for non-heap on small pods', () => expect(formatMemory(heapFor(1 * gi) as number)).toBe('256Mi'));
  test('an explicit heap that fits is kept', () => expect(heapFor(8 * gi, 75, 6 * gi)).toBe(6 * gi));
  test('a heap percentage is honoured', () => expect(formatMemory(heapFor(8 * gi, 50) as number)).toBe('4Gi'));
  test('a limit with no room for the heap is explained', () => expect(heapFor(700 * 1024 ** 2)).toMatch(/too small/));
});

describe('images', () => {
  test('a digest wins over a tag', () => {
    const digest = `sha256:${'0'.repeat(64)}`;
    expect(imageName({ repository: 'r.example/app', tag: '1.0', digest })).toBe(`r.example/app@${digest}`);
  });
  test.each(['latest', 'main', '18.1.0-SNAPSHOT', 'build-42', ''])('%p is not immutable', (tag) =>
    expect(mutableImageReason({ repository: 'r/app', tag })).toBeDefined(),
  );
  test.each(['18.0.0.12', 'v2.3.1', '18.0.0.12-hotfix.2'])('%p is a release version', (tag) =>
    expect(mutableImageReason({ repository: 'r/app', tag })).toBeUndefined(),
  );
});

describe('properties files', () => {
  test('keys sorted, values escaped the java.util.Properties way', () => {
    expect(renderProperties('header', { b: 'two words', a: ' lead', c: 'line1\nline2', d: 'café', e: true })).toBe(
      '# header\na=\\ lead\nb=two words\nc=line1\\nline2\nd=caf\\u00e9\ne=true\n',
    );
  });
});

describe('image contract', () => {
  test('overrides merge into the defaults one level deep', () => {
    const contract = resolveImageContract({ health: { readinessPath: '/ready' }, enginesVariable: 'ENGINES' });
    expect(contract.health).toEqual({ ...DEFAULT_IMAGE_CONTRACT.health, readinessPath: '/ready' });
    expect(contract.enginesVariable).toBe('ENGINES');
    expect(contract.jvm).toBe(DEFAULT_IMAGE_CONTRACT.jvm);
  });
});

describe('dependency graph', () => {
  const graph = new DependencyGraph();
  for (const node of ['eventserver', 'authserver', 'dataserver', 'engine']) graph.addNode(node);
  graph.addDependency('authserver', 'eventserver');
  graph.addDependency('dataserver', 'authserver');
  graph.addDependency('engine', 'dataserver');
  graph.addDependency('engine', 'eventserver');

  test('start order puts dependencies first', () =>
    expect(graph.startOrder()).toEqual(['eventserver', 'authserver', 'dataserver', 'engine']));
  test('depth counts the longest chain', () => expect(graph.depth('engine')).toBe(3));
  test('dependents are known', () => expect(graph.dependentsOf('eventserver')).toEqual(['authserver', 'engine']));
  test('an edge closing a cycle is refused and names the cycle', () =>
    expect(() => graph.addDependency('eventserver', 'engine')).toThrow(
      'dependency cycle: eventserver -> engine -> dataserver -> authserver -> eventserver',
    ));
  test('an unknown node is refused', () =>
    expect(() => graph.addDependency('engine', 'riskserver')).toThrow('unknown server "riskserver"'));
  test('findCycles lists each cycle once', () => {
    const cycles = findCycles(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']],
        ['d', ['d2']],
        ['d2', ['d']],
        ['e', ['a', 'missing']],
      ]),
    );
    expect(cycles).toEqual([
      ['a', 'b', 'c', 'a'],
      ['d', 'd2', 'd'],
    ]);
  });
});
