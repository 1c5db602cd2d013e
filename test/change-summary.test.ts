/**
 * The review summary `npm run diff` prints before the full diff: what an
 * approver must read first (Jobs, RBAC, NetworkPolicies, images, replicas,
 * resources), one line per finding.
 */
import type { EnvironmentSpec } from '../lib';
import { loadEnvironments } from '../apps/load-environments';
import { reviewSummary, type ObjectVersions } from '../lib/output/change-summary';
import { manifestFileName, manifestYaml } from '../lib/output/render';
import { calypsoImages, schemaUpgrade } from '../environments/shared/defaults';
import { render } from './helpers';
import { sharedRender } from './shared-render';

const prod = loadEnvironments().find(({ name }) => name === 'prod')?.spec as EnvironmentSpec;

/** prod's files as committed: rendered and written once per test run (test/shared-render.ts), as synth writes them. */
function committedFiles(): Map<string, string> {
  const folder = sharedRender().find(({ name }) => name === 'prod');
  if (folder === undefined) throw new Error('no prod folder in the shared render');
  return new Map([...folder.files].map(([file, text]) => [`dist/prod/${file}`, text]));
}

function files(spec: EnvironmentSpec): Map<string, string> {
  return new Map(render(spec).map((manifest) => [`dist/prod/${manifestFileName(manifest)}`, manifestYaml(manifest)]));
}

function changes(before: Map<string, string>, after: Map<string, string>): ObjectVersions[] {
  return [...new Set([...before.keys(), ...after.keys()])]
    .sort()
    .filter((path) => before.get(path) !== after.get(path))
    .map((path) => ({ path, before: before.get(path), after: after.get(path) }));
}

test('a release bump of prod: the Jobs first, then the images, and nothing else to read first', () => {
  const next = '18.0.0.13';
  const bumped = { ...prod, images: calypsoImages(next), databaseJobs: { ...prod.databaseJobs, upgrade: schemaUpgrade(next) } };
  const summary = reviewSummary(changes(committedFiles(), files(bumped))).split('\n');
  // The Jobs are named by release and content: the old ones go, the new ones come (stop step, backup, upgrade).
  const jobs = summary.slice(1, summary.indexOf(summary.find((line) => line.startsWith('images')) as string));
  expect(summary[0]).toBe('read first:');
  expect(jobs[0]).toBe('Jobs (6):');
  expect(jobs.slice(1).map((line) => line.replace(/-[0-9a-f]{10}\.yaml$/, '.yaml'))).toEqual([
    '  removed: dist/prod/job-database-backup-18-0-0-12.yaml',
    '  added: dist/prod/job-database-backup-18-0-0-13.yaml',
    '  removed: dist/prod/job-database-upgrade-18-0-0-12.yaml',
    '  added: dist/prod/job-database-upgrade-18-0-0-13.yaml',
    '  removed: dist/prod/job-stop-servers-18-0-0-12.yaml',
    '  added: dist/prod/job-stop-servers-18-0-0-13.yaml',
  ]);
  const application = (image: string, tag: string): string => `registry.bank.internal/calypso/${image}:${tag}`;
  expect(summary).toContain(
    `  dist/prod/deployment-dataserver.yaml dataserver: ${application('calypso-application-custom', '18.0.0.12')} -> ${application('calypso-application-custom', next)}`,
  );
  expect(summary.filter((line) => line.endsWith(':') && !line.startsWith(' '))).toEqual([
    'read first:',
    'Jobs (6):',
    expect.stringMatching(/^images \(\d+\):$/),
  ]);
});

test('replicas, resources, RBAC and network policy changes each get their section', () => {
  const before = committedFiles();
  const moreReplicas = {
    ...prod,
    servers: prod.servers.map((server) => (server.kind === 'authserver' ? { ...server, replicas: 3, cpu: '2' } : server)),
  };
  const after = files(moreReplicas);
  const role = 'dist/prod/role-calypso-readonly.yaml';
  const extra = [...before.keys()].find((path) => path.includes('networkpolicy-')) as string;
  const summary = reviewSummary([
    ...changes(before, after),
    { path: role, before: 'kind: Role\nrules: []\n', after: 'kind: Role\nrules: [{verbs: [get]}]\n' },
    { path: extra, before: before.get(extra), after: undefined },
  ]);
  expect(summary).toContain(`RBAC (1):\n  changed: ${role}`);
  expect(summary).toContain(`NetworkPolicies (1):\n  removed: ${extra}`);
  expect(summary).toContain('replicas (1):\n  dist/prod/deployment-authserver.yaml: 2 -> 3');
  expect(summary).toMatch(
    /resources \(1\):\n {2}dist\/prod\/deployment-authserver\.yaml authserver: \{"limits":\{"cpu":"1",.*\} -> \{"limits":\{"cpu":"2",/,
  );
});

test('nothing to read first gives an empty summary', () => {
  expect(
    reviewSummary([
      { path: 'dist/x/configmap-a.yaml', before: 'kind: ConfigMap\ndata: {a: "1"}\n', after: 'kind: ConfigMap\ndata: {a: "2"}\n' },
    ]),
  ).toBe('');
});
