/**
 * Test order: the `programs` project first (the files that start processes:
 * packaging, typedoc, tsc, the npm scripts), each project slowest first.
 * Jest's own sequencer orders by the durations of the last run (failed files
 * first), and by file size when it has none, as on a clean CI machine: there
 * it would start the small, slow packaging test last and leave one worker
 * idle while it runs. Longest first keeps both workers busy to the end.
 */
const Sequencer = require('@jest/test-sequencer').default;

/** Slowest first among the programs when there are no durations yet (measured). */
const SLOWEST = [
  'packaging',
  'api-docs',
  'readme-examples',
  'public-api',
  'command-line',
  'atomic-synth',
  'environment-tools',
  'layers',
  'validate-command',
  'release-flow',
  'config-repo-pipeline',
];

const rank = (test) => {
  const name = /([^/\\]+)\.test\.ts$/.exec(test.path)?.[1];
  const slow = SLOWEST.indexOf(name);
  return slow === -1 ? SLOWEST.length : slow;
};

class SlowestFirstSequencer extends Sequencer {
  // eslint-disable-next-line @typescript-eslint/explicit-member-accessibility -- plain JavaScript: jest loads the sequencer untransformed
  sort(tests) {
    const ordered = super.sort(tests);
    const isProgram = (test) => test.context.config.displayName?.name === 'programs';
    const programs = ordered.filter(isProgram);
    // Without a recorded duration, the known slow ones go first.
    if (programs.some((test) => (test.duration ?? null) === null)) programs.sort((a, b) => rank(a) - rank(b));
    return [...programs, ...ordered.filter((test) => !isProgram(test))];
  }
}

module.exports = SlowestFirstSequencer;
