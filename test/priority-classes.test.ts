/**
 * PriorityClasses are cluster-scoped: their names come from the namespace
 * (unique per cluster), so a team's environment named like one of the
 * platform's does not take its classes; a spec may name existing classes
 * instead, which then render nothing and count as provided by the cluster;
 * and across the environments of one config repository no PriorityClass
 * name on a cluster belongs to two environments.
 */
import { App, Chart } from 'cdk8s';
import { CalypsoEnvironment, CalypsoPlatform, CalypsoPriorityClass, formatProblem, type ClusterRef, type EnvironmentSpec } from '../lib';
import { environmentSetProblems } from '../lib/model/environment-set-rules';
import { ownPriorityClassName } from '../lib/model/priority';
import { appManifests, type Manifest } from '../lib/output/render';
import { declaredExternalObjects } from '../lib/output/references';
import { validateRendered } from '../lib/output/validate';
import dev from '../environments/dev';
import { loadEnvironments } from '../apps/load-environments';
import { committedManifests, podOf, refusal, render, serverWorkloads, testSpec } from './helpers';

const classesOf = (manifests: readonly Manifest[]): string[] =>
  manifests.filter((manifest) => manifest.kind === 'PriorityClass').map((manifest) => manifest.metadata.name);

/** Each server workload's priorityClassName, by workload name (undefined: the cluster's default priority). */
const podClasses = (manifests: readonly Manifest[]): Record<string, string | undefined> =>
  Object.fromEntries(serverWorkloads(manifests).map((workload) => [workload.metadata.name, podOf(workload).priorityClassName]));

const withClasses = (
  priorityClasses: NonNullable<EnvironmentSpec['placement']>['priorityClasses'],
  spec = testSpec(),
): EnvironmentSpec => ({
  ...spec,
  placement: { ...spec.placement, priorityClasses },
});

describe('PriorityClass names come from the namespace', () => {
  test.each([
    ['dev', 'calypso-dev'],
    ['uat', 'calypso-uat'],
    ['prod', 'calypso-prod'],
  ])('%s (namespace %s) renders <namespace>-core and <namespace>-singleton, and its pods name them', (name, namespace) => {
    const manifests = committedManifests(name);
    expect(classesOf(manifests)).toEqual([`${namespace}-core`, `${namespace}-singleton`]);
    const named = new Set(Object.values(podClasses(manifests)).filter((priority) => priority !== undefined));
    expect(named).toEqual(new Set([`${namespace}-core`, `${namespace}-singleton`]));
    for (const priorityClass of manifests.filter((manifest) => manifest.kind === 'PriorityClass'))
      expect(priorityClass.description).toMatch(new RegExp(`^Calypso ${name} \\(namespace ${namespace}\\): `));
  });

  test("a team's own environment named dev, in its namespace on the same cluster, takes none of the platform's cluster-scoped names", () => {
    const team: EnvironmentSpec = { ...dev, namespace: 'risk-dev' };
    const app = new App();
    new CalypsoPlatform(app, 'dev', { spec: team });
    const teamManifests = appManifests(app);
    const clusterScoped = (manifests: readonly Manifest[]): string[] =>
      manifests
        .filter((manifest) => manifest.metadata.namespace === undefined)
        .map((manifest) => `${manifest.kind}/${manifest.metadata.name}`);
    const platform = clusterScoped(committedManifests('dev'));
    const teams = clusterScoped(teamManifests);
    expect(teams).toEqual(['Namespace/risk-dev', 'PriorityClass/risk-dev-core', 'PriorityClass/risk-dev-singleton']);
    expect(teams.filter((name) => platform.includes(name))).toEqual([]);
    expect(podClasses(teamManifests)).toMatchObject({ dataserver: 'risk-dev-core', scheduler: 'risk-dev-singleton' });
  });

  test.each(['uat', 'prod'])(
    "a team's own environment named %s takes none of the platform's cluster-scoped names (GatewayClass, StorageClass, PersistentVolume, PriorityClass)",
    (name) => {
      const base = loadEnvironments().find((environment) => environment.name === name)?.spec as EnvironmentSpec;
      const app = new App();
      new CalypsoPlatform(app, name, { spec: { ...base, namespace: `risk-${name}` } });
      const clusterScoped = (manifests: readonly Manifest[]): string[] =>
        manifests
          .filter((manifest) => manifest.metadata.namespace === undefined)
          .map((manifest) => `${manifest.kind}/${manifest.metadata.name}`);
      const teams = clusterScoped(appManifests(app));
      expect(teams.length).toBeGreaterThan(3);
      expect(teams.filter((object) => clusterScoped(committedManifests(name)).includes(object))).toEqual([]);
      for (const object of teams) expect(object).toMatch(new RegExp(`/risk-${name}(-|$)`));
    },
  );

  test('the longest namespace still gives valid PriorityClass names', () => {
    // A PriorityClass name is a DNS-1123 subdomain (Kubernetes' IsDNS1123Subdomain): at most 253 characters of this form.
    const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
    const namespace = 'n'.repeat(63);
    for (const tier of ['core', 'singleton'] as const) {
      const name = ownPriorityClassName(namespace, tier);
      expect(name.length).toBeLessThanOrEqual(253);
      expect(name).toMatch(DNS_1123_SUBDOMAIN);
    }
  });
});

describe('existing PriorityClasses (placement.priorityClasses)', () => {
  const spec = withClasses({ core: 'bank-critical', singleton: 'bank-high' });
  const manifests = render(spec);

  test('render no PriorityClass; the pods name the classes given', () => {
    expect(classesOf(manifests)).toEqual([]);
    expect(podClasses(manifests)).toEqual({
      eventserver: 'bank-critical',
      authserver: 'bank-critical',
      dataserver: 'bank-critical',
      engineserver: 'bank-high',
    });
  });

  test('pass validation, as classes the spec declares the cluster provides', () => {
    expect(declaredExternalObjects(spec).PriorityClass).toEqual(['bank-critical', 'bank-high']);
    expect(validateRendered([{ name: 'test', tier: 'dev', manifests, external: declaredExternalObjects(spec) }])).toEqual([]);
    // Undeclared, the same references would be broken: the declaration is what makes them resolve.
    const undeclared = validateRendered([{ name: 'test', tier: 'dev', manifests, external: {} }]).filter((finding) =>
      finding.message.includes('PriorityClass'),
    );
    expect(undeclared.map((finding) => `${finding.object}: ${finding.message}`).sort()).toEqual([
      'Deployment/authserver: priorityClassName names PriorityClass bank-critical, which is neither in the output nor declared external',
      'Deployment/dataserver: priorityClassName names PriorityClass bank-critical, which is neither in the output nor declared external',
      'Deployment/engineserver: priorityClassName names PriorityClass bank-high, which is neither in the output nor declared external',
      'StatefulSet/eventserver: priorityClassName names PriorityClass bank-critical, which is neither in the output nor declared external',
    ]);
  });

  test('one tier may name an existing class while the other renders its own', () => {
    const onlyCore = render(withClasses({ core: 'bank-critical' }));
    expect(classesOf(onlyCore)).toEqual(['calypso-test-singleton']);
    expect(podClasses(onlyCore)).toMatchObject({ dataserver: 'bank-critical', engineserver: 'calypso-test-singleton' });
  });

  test('a CalypsoPriorityClass is refused for a tier the spec gives an existing class', () => {
    const environment = new CalypsoEnvironment(withClasses({ core: 'bank-critical' }));
    expect(() => new CalypsoPriorityClass(new Chart(new App(), 'cluster'), 'core', { environment, tier: 'core' })).toThrow(
      '[test] field placement.priorityClasses.core: names the existing class bank-critical; the environment renders no core PriorityClass of its own',
    );
  });
});

describe('bad existing PriorityClasses', () => {
  test.each<[string, EnvironmentSpec['placement'], string]>([
    [
      'not a name',
      { priorityClasses: { core: 'Bank_Critical' } },
      '[test] field placement.priorityClasses.core: "Bank_Critical" is not a PriorityClass name (a DNS subdomain)',
    ],
    [
      'a Kubernetes system class',
      { priorityClasses: { singleton: 'system-cluster-critical' } },
      "[test] field placement.priorityClasses.singleton: system-cluster-critical is a Kubernetes system class, kept for the pods a node or the cluster cannot run without; Calypso pods would preempt them: name a class of the cluster's",
    ],
    [
      "the environment's own name, which it no longer renders",
      { priorityClasses: { core: 'calypso-test-core' } },
      "[test] field placement.priorityClasses.core: calypso-test-core is the name of this environment's own PriorityClass; an existing class is one the cluster provides, not one an environment renders (leave core out to render calypso-test-core)",
    ],
    [
      "the environment's own class of the other tier",
      { priorityClasses: { singleton: 'calypso-test-core' } },
      "[test] field placement.priorityClasses.singleton: calypso-test-core is the name of this environment's own PriorityClass; an existing class is one the cluster provides, not one an environment renders (leave singleton out to render calypso-test-singleton)",
    ],
    [
      'an unknown tier',
      { priorityClasses: { cores: 'bank-critical' } as never },
      '[test] field placement.priorityClasses.cores: unknown field; did you mean core?',
    ],
  ])('%s', (_, placement, message) => {
    expect(refusal({ ...testSpec(), placement })).toBe(message);
  });
});

describe('a PriorityClass name on a cluster belongs to one environment', () => {
  const LAB: ClusterRef = { name: 'lab', server: 'https://lab.example:6443', tiers: ['dev'] };
  const onLab = (name: string, overrides: Partial<EnvironmentSpec> = {}): EnvironmentSpec => ({
    ...testSpec({ name }),
    gitops: { repoUrl: 'https://git.example/calypso-config.git', revision: 'main', cluster: LAB },
    ...overrides,
  });
  const problemsOf = (...specs: EnvironmentSpec[]): string[] => environmentSetProblems(specs).map(formatProblem);

  test('environments in their own namespaces render distinct names', () => {
    expect(problemsOf(onLab('dev'), onLab('team-dev', { namespace: 'risk-dev' }))).toEqual([]);
  });

  test("an existing class that is another environment's own", () => {
    const borrower = onLab('b', { placement: { priorityClasses: { core: 'calypso-a-core' } } });
    expect(problemsOf(onLab('a'), borrower)).toEqual([
      '[b] field placement.priorityClasses.core: calypso-a-core is the core PriorityClass environment a renders on cluster lab, and goes when that environment goes: name a class the cluster provides',
    ]);
  });

  test('an environment rendering a class an earlier one names as existing', () => {
    const borrower = onLab('b', { placement: { priorityClasses: { singleton: 'calypso-a-singleton' } } });
    expect(problemsOf(borrower, onLab('a'))).toEqual([
      '[a] field namespace: this environment renders its singleton PriorityClass calypso-a-singleton on cluster lab, which environment b names as an existing class (placement.priorityClasses.singleton); it would go when this environment goes, so that environment names a class the cluster provides',
    ]);
  });

  test('two environments may name the same existing class', () => {
    const shared = { placement: { priorityClasses: { core: 'bank-critical', singleton: 'bank-high' } } };
    expect(problemsOf(onLab('a', shared), onLab('b', shared))).toEqual([]);
  });

  test('on different clusters the same names do not clash', () => {
    const other = onLab('b', {
      placement: { priorityClasses: { core: 'calypso-a-core' } },
      gitops: {
        repoUrl: 'https://git.example/calypso-config.git',
        revision: 'main',
        cluster: { ...LAB, name: 'lab-2', server: 'https://lab-2.example:6443' },
      },
    });
    expect(problemsOf(onLab('a'), other)).toEqual([]);
  });

  test('a shared namespace, the only way two environments would render one name, is reported once, as the namespace', () => {
    expect(problemsOf(onLab('a', { namespace: 'calypso-shared' }), onLab('b', { namespace: 'calypso-shared' }))).toEqual([
      "[b] field namespace: calypso-shared on cluster lab is also environment a's; each environment needs a namespace of its own",
    ]);
  });
});
