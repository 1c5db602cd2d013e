/**
 * `npm run bench --write-readme` replaces the figures between the README's
 * bench markers in place, and nothing else; the README has exactly one such
 * block. (The bench itself is timing, which no test asserts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { README_END, README_START, withBenchBlock } from '../apps/bench-readme';

test('the figures replace the marked block in place, and only it', () => {
  const readme = ['# Title', '', README_START, 'old figures', 'more', README_END, '', 'after'].join('\n');
  expect(withBenchBlock(readme, 'new figures')).toBe(['# Title', '', README_START, 'new figures', README_END, '', 'after'].join('\n'));
  expect(withBenchBlock(withBenchBlock(readme, 'a'), 'b')).toBe(withBenchBlock(readme, 'b'));
});

test('a README without the block is refused', () => {
  expect(() => withBenchBlock('# Title\n', 'x')).toThrow(`README.md has no ${README_START} … ${README_END} block to replace`);
});

test('the README has one bench block, in its Performance section', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  expect(readme.split(README_START)).toHaveLength(2);
  expect(readme.split(README_END)).toHaveLength(2);
  const performance = readme.indexOf('## Performance');
  expect(performance).toBeGreaterThan(0);
  expect(readme.indexOf(README_START)).toBeGreaterThan(performance);
});
