/**
 * The GitHub Actions workflows of the config repository: every action is
 * pinned by a full commit SHA (a tag can be moved to other code, a commit
 * cannot), with the release in a comment next to it; and the pull request's
 * sticky comment never keeps an earlier push's summary when a later run
 * fails before writing its own. The second is checked by behaviour: the
 * steps' `if:` conditions are evaluated as GitHub does for each way a run
 * can end (test/config-repo-pipeline.test.ts checks what the steps run).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO } from './temp-project';

const WORKFLOWS_DIR = join(REPO, '.github', 'workflows');
const workflowFiles = readdirSync(WORKFLOWS_DIR).filter((file) => /\.ya?ml$/.test(file));

interface Step {
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}

const SUMMARY_FILE = 'change-summary.md';
const RUN_LINK = '${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}';
const STICKY_COMMENT = 'marocchino/sticky-pull-request-comment';

/** Every `uses:` line of a workflow, with its trailing comment. */
function usesLines(text: string): { reference: string; comment?: string }[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(?:\s+#\s*(.*))?$/gm)].map(([, reference, comment]) => ({ reference, comment }));
}

/** How a run got to a step, as GitHub's status functions see it. */
interface RunState {
  readonly failed: boolean;
  readonly cancelled: boolean;
  readonly files: readonly string[];
}

/**
 * A step's `if:` as GitHub evaluates it: `success()` by default, else the expression with its status
 * functions and `hashFiles` (empty when no file matches). Only those and `!`, `&&`, `||`, `==`, `!=`
 * and string literals are understood; anything else fails the test rather than guessing.
 */
function runs(step: Step, state: RunState): boolean {
  const expression = (step.if ?? 'success()').replace(/^\$\{\{([\s\S]*)\}\}$/, '$1').trim();
  const hasStatusFunction = /\b(success|failure|cancelled|always)\(\)/.test(expression);
  const literal = (value: boolean | string): string => JSON.stringify(value);
  const substituted = expression
    .replace(/\bsuccess\(\)/g, literal(!state.failed && !state.cancelled))
    .replace(/\bfailure\(\)/g, literal(state.failed && !state.cancelled))
    .replace(/\bcancelled\(\)/g, literal(state.cancelled))
    .replace(/\balways\(\)/g, literal(true))
    .replace(/\bhashFiles\('([^']*)'\)/g, (_match, file: string) => literal(state.files.includes(file) ? 'a-hash' : ''))
    .replaceAll('==', '===')
    .replaceAll('!=', '!==')
    .replaceAll("''", '""');
  expect(substituted).toMatch(/^(\s|[()!&|=]|true|false|"[^"]*")*$/);
  const value = Boolean(new Function(`return (${substituted});`)());
  // Without a status function GitHub adds success(); with one (always(), cancelled() included), the expression alone decides.
  return hasStatusFunction ? value : value && !state.failed && !state.cancelled;
}

test.each(workflowFiles)('%s: every action is pinned by a full commit SHA, with its release in a comment', (file) => {
  const lines = usesLines(readFileSync(join(WORKFLOWS_DIR, file), 'utf8'));
  expect(lines.length).toBeGreaterThan(0);
  for (const { reference, comment } of lines) {
    expect({ reference }).toEqual({ reference: expect.stringMatching(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/) });
    expect({ reference, comment }).toEqual({ reference, comment: expect.stringMatching(/^v\d+\.\d+\.\d+\b/) });
  }
});

test('the pins are the commits their tags named when pinned (read from the actions repositories, not guessed)', () => {
  const pins = usesLines(readFileSync(join(WORKFLOWS_DIR, 'config-repo.yml'), 'utf8')).map(
    ({ reference, comment }) => `${reference} ${comment}`,
  );
  expect([...new Set(pins)]).toEqual([
    'actions/checkout@11d5960a326750d5838078e36cf38b85af677262 v4.4.0 (tag v4)',
    'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 v4.4.0 (tag v4)',
    `${STICKY_COMMENT}@773744901bac0e8cbb5a0dc842800d45e9b2b405 v2.9.4 (branch v2)`,
  ]);
});

describe('the sticky comment, for each way a run ends', () => {
  const workflow = parse(readFileSync(join(WORKFLOWS_DIR, 'config-repo.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const commentSteps = steps.filter((step) => step.uses?.startsWith(`${STICKY_COMMENT}@`));
  const checks = steps.findIndex((step) => step.run !== undefined);

  /** What the pull request's comment says once the run is over: the last comment step that ran, by header. */
  function comment(state: RunState): Record<string, string> {
    const shown: Record<string, string> = {};
    for (const step of commentSteps) {
      if (runs(step, state)) shown[step.with!.header] = step.with!.path === undefined ? step.with!.message : `the file ${step.with!.path}`;
    }
    return shown;
  }

  test('both comment steps come after the checks and write the one comment (same header)', () => {
    expect(commentSteps.length).toBe(2);
    for (const step of commentSteps) expect(steps.indexOf(step)).toBeGreaterThan(checks);
    expect(new Set(commentSteps.map((step) => step.with?.header))).toEqual(new Set(['calypso-change-summary']));
  });

  test('the checks pass: the comment is the summary', () => {
    expect(comment({ failed: false, cancelled: false, files: [SUMMARY_FILE] })).toEqual({
      'calypso-change-summary': `the file ${SUMMARY_FILE}`,
    });
  });

  test('a step fails before the summary (checkout, npm test, a stale dist/): the comment says the run failed and links it', () => {
    const shown = comment({ failed: true, cancelled: false, files: [] });
    expect(Object.keys(shown)).toEqual(['calypso-change-summary']);
    expect(shown['calypso-change-summary']).toContain('The checks failed on ${{ github.event.pull_request.head.sha }}');
    expect(shown['calypso-change-summary']).toContain(RUN_LINK);
  });

  test('a newer push cancels the run: nothing is posted (the newer run posts)', () => {
    expect(comment({ failed: false, cancelled: true, files: [] })).toEqual({});
  });
});
