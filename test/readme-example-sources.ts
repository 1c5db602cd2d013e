/**
 * The README's complete examples: every ```ts block whose first line is
 * `// example: <name>`. The README examples test runs them against the
 * repository's lib/, the packaging test against the packed package.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER = /^\/\/ example: ([a-z0-9-]+)\n/;

/** The marked examples of a Markdown text, in order. */
export function readmeExamples(
  markdown: string = readFileSync(join(__dirname, '..', 'README.md'), 'utf8'),
): { name: string; source: string }[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)]
    .map((block) => ({ marker: MARKER.exec(block[1]), source: block[1] }))
    .filter((block) => block.marker !== null)
    .map((block) => ({ name: (block.marker as RegExpExecArray)[1], source: block.source }));
}
