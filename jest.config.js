/**
 * Jest runs TypeScript through ts-jest. tsconfig's isolatedModules makes
 * ts-jest transpile without type-checking; `npm test` type-checks with tsc
 * before jest runs.
 *
 * Two projects share one pool of workers (all cores): `unit`, the fast
 * feedback (`npx jest --selectProjects unit`), and `programs`, the files
 * that start other processes (tsc, typedoc, npm pack/install, the cdk8s CLI,
 * the npm scripts). The programs files are scheduled first (see
 * test/slowest-first-sequencer.js), so the longest ones are not left for last.
 * The global setup renders the committed environments once for the whole run
 * (test/shared-render.ts).
 */
const PROGRAMS = [
  'access-request',
  'api-docs',
  'atomic-synth',
  'command-line',
  'compose',
  'config-repo-pipeline',
  'diff-command',
  'environment-file-errors',
  'environment-tools',
  'layers',
  'packaging',
  'public-api',
  'readme-examples',
  'release-flow',
  'schema-validator',
  'synth-commands',
  'synth-never-jams',
  'synth-selection',
];
const programs = PROGRAMS.map((name) => `<rootDir>/test/${name}.test.ts`);

const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': 'ts-jest' },
};

module.exports = {
  maxWorkers: '100%',
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testSequencer: '<rootDir>/test/slowest-first-sequencer.js',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testPathIgnorePatterns: ['/node_modules/', ...programs.map((file) => file.replace('<rootDir>', ''))],
    },
    { ...shared, displayName: 'programs', testMatch: programs },
  ],
};
