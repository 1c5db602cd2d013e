/**
 * The config repository's own pipeline: one script (ci/config-repo-checks.sh)
 * runs the checks in order (npm ci, npm test, the stale-dist/ check, npm run
 * validate, the change summary against the target branch), and the GitHub
 * Actions workflow and the Jenkinsfile are thin wrappers that call it and
 * publish its summary. The script runs here with a stand-in npm that records
 * its calls (every step, in order, and a stale dist/ stopping it), and for
 * real in a temporary copy of this repository (its stale-dist and summary
 * steps; no npm ci), which starts as the file is collected and runs beside
 * the other tests.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { programEnvironment, runProcess, type ProcessResult } from './program-run';
import { REPO, repositoryCopy } from './repository-copy';
// Not test/helpers.ts's: that one loads the library, and this file imports none of it, so its real run starts at once.
import { tempDir } from './test-temp-folders';

const SCRIPT = 'ci/config-repo-checks.sh';
const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'ci',
  GIT_AUTHOR_EMAIL: 'ci@example.com',
  GIT_COMMITTER_NAME: 'ci',
  GIT_COMMITTER_EMAIL: 'ci@example.com',
};

function sh(cwd: string, command: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('bash', ['-c', command], {
    cwd,
    env: { ...process.env, CI: 'true', ...GIT_IDENTITY, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function git(cwd: string, command: string): void {
  const result = sh(cwd, `git ${command}`);
  if (result.status !== 0) throw new Error(`git ${command}: ${result.stderr}`);
}

describe('the CI wrappers call the one script', () => {
  test('GitHub Actions: on pull requests, minimal permissions, the script, then the summary as a sticky comment', () => {
    const workflow = parse(readFileSync(join(REPO, '.github/workflows/config-repo.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }[] }>;
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.filter((step) => step.run !== undefined).map((step) => step.run)).toEqual([SCRIPT]);
    expect(steps.map((step) => step.uses?.split('@')[0])).toEqual([
      'actions/checkout',
      'actions/setup-node',
      undefined,
      'marocchino/sticky-pull-request-comment',
      // The note that the run failed (test/workflow-pins.test.ts).
      'marocchino/sticky-pull-request-comment',
    ]);
    const [run, comment] = steps.slice(2);
    expect(run.env).toEqual({ BASE_REF: 'origin/${{ github.base_ref }}', CHANGE_SUMMARY_FILE: 'change-summary.md' });
    expect(comment.with?.path).toBe('change-summary.md');
  });

  test('Jenkins: one sh step, the script, and the summary archived', () => {
    const jenkinsfile = readFileSync(join(REPO, 'Jenkinsfile'), 'utf8');
    expect(jenkinsfile.match(/^\s*(sh|bat|powershell)\b.*$/gm)?.map((line) => line.trim())).toEqual([
      `sh 'BASE_REF="origin/\${CHANGE_TARGET:-main}" ${SCRIPT}'`,
    ]);
    expect(jenkinsfile).toContain("CHANGE_SUMMARY_FILE = 'change-summary.md'");
    expect(jenkinsfile).toContain("archiveArtifacts artifacts: 'change-summary.md'");
  });
});

describe('the script, with a stand-in npm', () => {
  /** A git repository with the script, a committed dist/ on main, and an npm that logs its arguments. */
  function fakeRepo(): { root: string; env: NodeJS.ProcessEnv; calls: () => string[] } {
    const root = tempDir('calypso-pipeline-');
    mkdirSync(join(root, 'ci'));
    cpSync(join(REPO, SCRIPT), join(root, SCRIPT));
    mkdirSync(join(root, 'dist', 'dev'), { recursive: true });
    writeFileSync(join(root, 'dist', 'dev', 'deployment-a.yaml'), 'kind: Deployment\n');
    const bin = join(root, '.bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'npm'),
      [
        '#!/usr/bin/env bash',
        'echo "$*" >> "$NPM_LOG"',
        'if [ "$*" = "run synth" ] && [ -n "${STALE:-}" ]; then echo changed > dist/dev/deployment-a.yaml; fi',
        // The summary's "before" is the target branch's dist/.
        'if [ "$*" = "run --silent diff" ]; then echo "before: $(ls "$CALYPSO_DIST_DIR")/$(ls "$CALYPSO_DIST_DIR"/dev)"; echo "1 added, 0 changed, 0 removed"; exit 1; fi',
        '',
      ].join('\n'),
    );
    chmodSync(join(bin, 'npm'), 0o755);
    writeFileSync(join(root, '.gitignore'), '.bin/\nnpm.log\n');
    git(root, 'init --quiet -b main');
    git(root, 'add -A');
    git(root, 'commit --quiet -m base');
    const log = join(root, 'npm.log');
    const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, NPM_LOG: log, BASE_REF: 'main' };
    return { root, env, calls: () => readFileSync(log, 'utf8').trim().split('\n') };
  }

  test('runs npm ci, npm test, synth and the stale check, validate, then writes the summary against the target branch', () => {
    const repo = fakeRepo();
    const result = sh(repo.root, SCRIPT, repo.env);
    expect(result.status).toBe(0);
    expect(repo.calls()).toEqual(['ci', 'test', 'run synth', 'run validate', 'run --silent diff']);
    expect(result.stdout.match(/^== .*$/gm)).toEqual(['== install', '== test', '== stale-dist', '== validate', '== summary']);
    expect(readFileSync(join(repo.root, 'change-summary.md'), 'utf8')).toBe(
      [
        '<!-- calypso-k8s change summary -->',
        '### `dist/` against `main`: 1 added, 0 changed, 0 removed',
        '',
        '```diff',
        'before: dev/deployment-a.yaml',
        '1 added, 0 changed, 0 removed',
        '',
        '```',
        '',
      ].join('\n'),
    );
  });

  test('a stale dist/ fails the run at that step: nothing after it runs', () => {
    const repo = fakeRepo();
    const result = sh(repo.root, SCRIPT, { ...repo.env, STALE: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('dist/ is stale: it is not what the environments render. Run npm run synth and commit dist/:');
    expect(result.stderr).toContain(' M dist/dev/deployment-a.yaml');
    expect(repo.calls()).toEqual(['ci', 'test', 'run synth']);
  });
});

/**
 * The real run, in one copy of this repository on a branch that changes an environment without its
 * dist/: the failed stale-dist check, the author's commit of what its synth wrote, then the stale-dist
 * check again; beside that chain, the summary step. The summary needs no committed dist/ (it compares
 * a fresh render with the target branch's dist/, and writes only its own file), so it runs side by side
 * with the chain: two steps one after another, not three. The chain's steps run package.json's scripts
 * without npm's own start-up (scriptRunner), the summary through npm itself. That the script runs its
 * steps in order, and stops at a failing one, is proven above with the stand-in npm. The run starts as
 * the file is collected and runs beside the tests above; the test awaits it.
 */
/**
 * A folder holding an `npm` that runs `npm run [--silent] <script> [-- <args>]` as npm does (the
 * command of that script in `root`'s package.json, through `sh -c` with node_modules/.bin first on
 * PATH, the arguments appended, its exit status passed on), without npm's own start-up (about 0.35 s of
 * CPU a step), as test/program-run.ts's runScript does. Any other npm command fails.
 */
function scriptRunner(root: string): string {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
  const bin = tempDir('calypso-npm-scripts-');
  writeFileSync(
    join(bin, 'npm'),
    [
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      'if [ "${1:-}" != run ]; then echo "npm stand-in: only npm run <script>" >&2; exit 2; fi',
      'shift',
      'if [ "${1:-}" = --silent ]; then shift; fi',
      'script="${1:-}"',
      'shift',
      'if [ "${1:-}" = -- ]; then shift; fi',
      'case "$script" in',
      ...Object.entries(scripts).map(([name, command]) => `  ${quote(name)}) command=${quote(command)} ;;`),
      '  *) echo "npm stand-in: package.json has no script $script" >&2; exit 1 ;;',
      'esac',
      'PATH="$PWD/node_modules/.bin:$PATH" exec sh -c "$command \\"\\$@\\"" "$script" "$@"',
      '',
    ].join('\n'),
  );
  chmodSync(join(bin, 'npm'), 0o755);
  return bin;
}

async function realRun(): Promise<{ stale: ProcessResult; checked: ProcessResult; summary: ProcessResult & { text: string } }> {
  const copy = repositoryCopy(git);
  let summarized: Promise<ProcessResult & { text: string }> | undefined;
  try {
    const root = copy.root;
    git(root, 'checkout --quiet -b release');
    const dev = join(root, 'environments', 'dev.ts');
    // The edit npm run release makes (setRelease gives this same text), made here as text: its TypeScript parser costs 0.4 s of CPU to load.
    const source = readFileSync(dev, 'utf8');
    const edited = source.replace(/^const release = '[^']*';$/m, "const release = '18.1.0.4';");
    if (edited === source) throw new Error(`environments/dev.ts has no line "const release = '...';" to edit`);
    writeFileSync(dev, edited);
    git(root, 'commit --quiet -am "dev: 18.1.0.4, without dist/"');
    // Without NODE_EXTRA_CA_CERTS (programEnvironment): no step makes a TLS connection, and every Node start reads that file.
    const env = {
      ...programEnvironment(process.env),
      CI: 'true',
      ...GIT_IDENTITY,
      BASE_REF: 'main',
      CALYPSO_ENVIRONMENTS_DIR: '',
      CALYPSO_DIST_DIR: '',
    };
    summarized = runProcess(join(root, SCRIPT), ['summary'], env, root).then((result) => ({
      ...result,
      text: result.status === 0 ? readFileSync(join(root, 'change-summary.md'), 'utf8') : '',
    }));
    summarized.catch(() => undefined); // awaited below, after the chain
    const chainEnv = { ...env, PATH: `${scriptRunner(root)}:${process.env.PATH ?? ''}` };
    const stale = await runProcess(join(root, SCRIPT), ['stale-dist'], chainEnv, root);
    // The synth of the failed check wrote dist/: commit it, as the author would.
    git(root, 'commit --quiet -am "dist/ for 18.1.0.4"');
    const checked = await runProcess(join(root, SCRIPT), ['stale-dist'], chainEnv, root);
    return { stale, checked, summary: await summarized };
  } finally {
    await summarized?.catch(() => undefined); // the folder is released once nothing runs in it
    copy.release();
  }
}
const real = realRun();
real.catch(() => undefined); // a failure is the test's to report, when it awaits the run
// Also when its test does not await it (left out by -t, or timed out): the run ends, and releases its folder (one in this
// worker's temp folder while another run holds the copy's), before this file's temp folder is checked and emptied.
afterAll(
  () =>
    real.then(
      () => undefined,
      () => undefined,
    ),
  240_000,
);

describe('the script for real, in a copy of this repository', () => {
  test('the stale-dist step fails on an environment change without its dist/ and passes once it is committed, and the summary shows the change', async () => {
    const { stale, checked, summary } = await real;
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain(' M dist/dev/deployment-dataserver.yaml');

    expect([checked.status, checked.status === 0 ? '' : checked.stderr]).toEqual([0, '']);
    expect(checked.stdout).toContain('dist/ is what the environments render');

    expect([summary.status, summary.status === 0 ? '' : summary.stderr]).toEqual([0, '']);
    expect(summary.text.split('\n').slice(0, 3)).toEqual([
      '<!-- calypso-k8s change summary -->',
      '### `dist/` against `main`: 0 added, 8 changed, 0 removed',
      '',
    ]);
    expect(summary.text).toContain('changed: dist/dev/deployment-dataserver.yaml');
    expect(summary.text).toContain('+          image: registry.bank.internal/calypso/calypso-application-custom:18.1.0.4');
  }, 240_000);
});
