/** The memo of recent keys (lib/output/recent-memo.ts) that the YAML writer keeps its strings in: bounded, and what is asked all along stays. */
import { RecentMemo } from '../lib/output/recent-memo';

/** A memo whose computations are counted per key. */
function countingMemo(perGeneration: number): { memo: RecentMemo<string>; ask: (key: string) => string; computed: Map<string, number> } {
  const memo = new RecentMemo<string>(perGeneration);
  const computed = new Map<string, number>();
  const compute = (key: string): string => {
    computed.set(key, (computed.get(key) ?? 0) + 1);
    return `value of ${key}`;
  };
  return { memo, ask: (key) => memo.get(key, compute), computed };
}

test('holds at most two generations however many keys are asked: one environment after another does not grow it', () => {
  const { memo, ask, computed } = countingMemo(100);
  const sizes: number[] = [];
  for (let environment = 0; environment < 50; environment++) {
    for (let key = 0; key < 80; key++) ask(`prod-${environment}-string-${key}`);
    sizes.push(memo.size);
  }
  expect(Math.max(...sizes)).toBeLessThanOrEqual(200);
  // It did remember: the last environment's keys are answered without computing them again.
  expect(sizes.at(-1)).toBeGreaterThanOrEqual(80);
  for (let key = 0; key < 80; key++) ask(`prod-49-string-${key}`);
  expect(Array.from({ length: 80 }, (_, key) => computed.get(`prod-49-string-${key}`)).every((count) => count === 1)).toBe(true);
});

test('a key asked in every generation is computed once; a key no longer asked is forgotten, then computed again', () => {
  const { ask, computed } = countingMemo(10);
  expect(ask('shared')).toBe('value of shared');
  for (let round = 0; round < 20; round++) {
    // Each round fills more than a generation with keys of its own, and asks the shared key too.
    for (let key = 0; key < 8; key++) ask(`round-${round}-${key}`);
    expect(ask('shared')).toBe('value of shared');
  }
  expect(computed.get('shared')).toBe(1);
  expect(ask('round-0-0')).toBe('value of round-0-0');
  expect(computed.get('round-0-0')).toBe(2);
  // Asked again right after: from the memo.
  expect(ask('round-19-7')).toBe('value of round-19-7');
  expect(computed.get('round-19-7')).toBe(1);
});

test('refuses a generation of no keys', () => {
  expect(() => new RecentMemo<string>(0)).toThrow('a generation holds at least one key, not 0');
});
