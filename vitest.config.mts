/**
 * Vitest runs the tests (`npm test` type-checks with tsc first). Each
 * worker is a process of its own (`forks`: the tests change the working
 * folder and spy on `fs`) that runs many files one after another without
 * loading the library afresh for each (`isolate: false`): loading cdk8s,
 * cdk8s-plus-27 and lib/ once per file was 40% of the suite's CPU under jest.
 * A test file therefore must not leave state behind: a file that spies
 * restores its spies, and a test that changes the working folder or the
 * environment puts it back.
 *
 * Two projects: `unit`, the fast feedback (`npx vitest run --project
 * unit`), and `programs`, the files that start other processes (tsc,
 * typedoc, npm pack/install, the cdk8s CLI, the npm scripts). Vitest never
 * hands a worker from one project to another (each project's files run in
 * workers of their own, one project after the other), so a run of both
 * would start twice as many workers, each loading cdk8s, cdk8s-plus-27 and
 * lib/ (about 1 s of CPU each). A run that names no project therefore runs
 * every file as one project, `all`, in one pool of workers; the split
 * exists when a command line names a project. Vitest starts the files that
 * took longest in the last run first (by size on a first run). The global
 * setup hands every worker the one render of the committed environments
 * (test/shared-render.ts, kept between runs: test/shared-render-cache.ts),
 * and a temp folder of its own for the run (TMPDIR), checked to be empty
 * and removed at its end; each worker empties its part as each file ends
 * (test/test-temp-folders.ts, test/temp-folder-cleanup.ts).
 */
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

type ProjectConfig = NonNullable<TestProjectInlineConfiguration['test']>;

const PROGRAMS = [
  'access-request',
  'api-docs',
  'atomic-synth',
  'cold-start',
  'command-line',
  'compose',
  'config-repo-pipeline',
  'diff-command',
  'environment-file-errors',
  'environment-tools',
  'layers',
  'loaded-packages',
  'packaging',
  'program-build',
  'promql-problem-cache',
  'public-api',
  'readme-examples',
  'release-flow',
  'schema-validator',
  'synth-commands',
  'synth-never-jams',
  'synth-selection',
  'warm-up',
];
const programs = PROGRAMS.map((name) => `test/${name}.test.ts`);

/** What both projects run with. The global setup is the root's alone: a project that extended the root would run it again. */
const shared = {
  globals: true,
  pool: 'forks',
  isolate: false,
  testTimeout: 60_000,
  hookTimeout: 60_000,
  setupFiles: ['test/temp-folder-cleanup.ts', 'test/environment-file-loader.ts'],
} satisfies ProjectConfig;

/** Whether the command line picks projects (`--project unit`, `--project=programs`): only then are there two. */
const projectsNamed = process.argv.some((argument) => /^--project(=|$)/.test(argument));

export default defineConfig({
  test: {
    maxWorkers: '100%',
    // Transformed modules kept on disk between runs (in node_modules, keyed by content and configuration), as ts-jest's cache was.
    experimental: { fsModuleCache: true },
    globalSetup: ['test/global-setup.ts'],
    projects: projectsNamed
      ? [
          { test: { ...shared, name: 'unit', include: ['test/**/*.test.ts'], exclude: programs } },
          { test: { ...shared, name: 'programs', include: programs } },
        ]
      : [{ test: { ...shared, name: 'all', include: ['test/**/*.test.ts'] } }],
  },
});
