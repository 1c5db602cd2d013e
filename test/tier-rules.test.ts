/**
 * A tier binds what an environment may touch: its cluster, secret store and
 * database network serve its tier, whatever serves prod serves prod only,
 * and an environment named after a tier has that tier.
 */
import { type EnvironmentSpec, type GitOpsTarget, type Tier } from '../lib';
import { inTier, refusal, render, synthRefusal, testSpec } from './helpers';

const target = (tiers: readonly Tier[]): GitOpsTarget => ({
  repoUrl: 'https://git.example/calypso-config.git',
  revision: 'main',
  cluster: { name: 'lab', server: 'https://lab.example:6443', tiers },
});

describe('a tier binds the cluster, secret store and database network', () => {
  test.each<[string, EnvironmentSpec, string]>([
    [
      'a uat environment on a dev cluster',
      { ...inTier(testSpec(), 'uat'), gitops: target(['dev']) },
      "[test] field gitops.cluster: cluster lab serves dev, not this environment's tier uat",
    ],
    [
      'a dev environment reading the prod secret store',
      testSpec({ secretStore: { name: 'vault-prod', kind: 'ClusterSecretStore', tiers: ['prod'] } }),
      "[test] field secretStore: secret store vault-prod serves prod, not this environment's tier dev",
    ],
    [
      "a uat environment on prod's database network",
      { ...inTier(testSpec(), 'uat'), database: { ...testSpec().database, network: { cidrs: ['10.42.1.20/32'], tiers: ['prod'] } } },
      "[test] field database.network: the database network (10.42.1.20/32) serves prod, not this environment's tier uat",
    ],
    [
      'a cluster that serves prod and uat',
      // A prod target pinned to a tag, with a change window and sync groups, so only the cluster rule refuses it.
      {
        ...inTier(testSpec(), 'prod'),
        gitops: {
          ...target(['prod', 'uat']),
          revision: 'prod-1',
          revisionKind: 'tag',
          syncWindows: [{ schedule: '0 18 * * 6', duration: '6h' }],
          syncGroups: ['release-managers'],
        },
      },
      '[test] field gitops.cluster: cluster lab serves prod, uat; whatever serves prod serves prod only, so no other tier can reach prod through it',
    ],
    [
      'a secret store that serves prod and dev, used by dev',
      testSpec({ secretStore: { name: 'vault', tiers: ['dev', 'prod'] } }),
      '[test] field secretStore: secret store vault serves dev, prod; whatever serves prod serves prod only, so no other tier can reach prod through it',
    ],
    [
      // The schema refuses an empty list before the tier rule runs.
      'a database network that serves no tier',
      testSpec({ database: { ...testSpec().database, network: { cidrs: ['10.0.0.10/32'], tiers: [] } } }),
      '[test] field database.network.tiers: must not be empty',
    ],
  ])('%s', (_case, spec, message) => {
    expect(refusal(spec)).toBe(message);
  });

  test('an environment may use what serves its tier among others', () => {
    const spec = testSpec({ secretStore: { name: 'vault', tiers: ['dev', 'uat'] } });
    expect(render(inTier(spec, 'dev')).length).toBeGreaterThan(0);
  });
});

describe('an environment named after a tier has that tier', () => {
  test('prod declared with tier uat is refused, and synth leaves dist/ untouched', () => {
    const error = synthRefusal({ prod: inTier(testSpec({ name: 'prod' }), 'uat') });
    expect(error.message).toBe(
      '[prod] field tier: an environment named prod has tier prod, got uat; rename the environment or fix its tier',
    );
  });

  test('a dev environment named dev, or any tier under another name, is fine', () => {
    expect(render(testSpec({ name: 'dev' })).length).toBeGreaterThan(0);
    expect(render(inTier(testSpec({ name: 'staging' }), 'uat')).length).toBeGreaterThan(0);
  });
});
