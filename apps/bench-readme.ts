/**
 * Where `npm run bench --write-readme` puts its figures: the block between
 * two markers in README.md, replaced in place. Its own module, so what
 * reads or tests the block does not load the whole pipeline.
 */

/** The line that opens the bench block. */
export const README_START = '<!-- bench:start -->';
/** The line that closes it. */
export const README_END = '<!-- bench:end -->';

/** README.md with the block between the bench markers replaced by `text`. */
export function withBenchBlock(readme: string, text: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} block to replace`);
  return `${readme.slice(0, start + README_START.length)}\n${text}\n${readme.slice(end)}`;
}
