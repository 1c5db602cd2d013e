/**
 * Dataserver failover and Eventserver node loss, modelled on the committed
 * output: what happens to the servers that need them when they restart. The
 * dependency wait runs only at pod start; after that, readiness carries the
 * lost connection (the server leaves its Service and is not restarted),
 * liveness never consults another server, and an alert tells when a
 * dependency stays down or a server stays stuck after it came back.
 */
import { DEFAULT_IMAGE_CONTRACT, resolveImageContract } from '../lib';
import type { Manifest } from '../lib/output/render';
import { committedManifests, podOf, refusal, serverContainer, serverWorkloads, testSpec } from './helpers';

interface Rule {
  alert: string;
  for?: string;
  labels: Record<string, string>;
}
const rulesOf = (manifests: readonly Manifest[]): Rule[] =>
  (manifests.find((m) => m.kind === 'PrometheusRule')?.spec as { groups: { rules: Rule[] }[] }).groups.flatMap((group) => group.rules);
const dependenciesOf = (manifests: readonly Manifest[], server: string): string[] =>
  rulesOf(manifests)
    .filter((rule) => rule.alert === 'CalypsoDependencyDown' && rule.labels.server === server)
    .map((rule) => rule.labels.dependency);

test('the image contract states what failover rests on, each with a default and an override', () => {
  const health = DEFAULT_IMAGE_CONTRACT.health;
  expect(health.readinessIncludesDependencies).toBe(true);
  expect(health.reconnectsToDependencies).toBe(true);
  expect(health.livenessPath).not.toBe(health.readinessPath);
  expect(resolveImageContract({ health: { readinessIncludesDependencies: false } }).health).toEqual({
    ...health,
    readinessIncludesDependencies: false,
  });
});

test('a liveness path that is also the readiness path is refused: a dependency outage would restart every server', () => {
  expect(refusal(testSpec({ imageContract: { health: { livenessPath: '/actuator/health/readiness' } } }))).toContain(
    '[test] field imageContract.health.livenessPath: "/actuator/health/readiness" is also the readiness path, which includes other servers; liveness must not, or a Dataserver outage restarts every server',
  );
});

describe.each(['dev', 'uat', 'prod'])('%s: a Dataserver restart or an Eventserver node loss', (env) => {
  const manifests = committedManifests(env);
  const contract = DEFAULT_IMAGE_CONTRACT.health;
  const dependents = (dependency: string): Manifest[] =>
    serverWorkloads(manifests).filter((workload) => dependenciesOf(manifests, workload.metadata.name).includes(dependency));

  test.each(['dataserver', 'eventserver'])('servers that need the %s: not ready while it is gone, never restarted for it', (dependency) => {
    const servers = dependents(dependency);
    expect(servers.length).toBeGreaterThan(0);
    for (const workload of servers) {
      const container = serverContainer(workload);
      // Readiness: the group that includes the connections, so the pod leaves its Service's endpoints.
      expect(container.readinessProbe?.httpGet?.path).toBe(contract.readinessPath);
      // Liveness and startup: the server's own group, never another server.
      expect(container.livenessProbe?.httpGet?.path).toBe(contract.livenessPath);
      expect(container.startupProbe?.httpGet?.path).toBe(contract.livenessPath);
      // The wait for dependencies is an init container only: it never runs again in a running pod.
      const pod = podOf(workload);
      expect(pod.containers.some((c) => c.name === 'calypso-dependency-wait')).toBe(false);
      expect(pod.initContainers?.some((c) => c.name === 'calypso-dependency-wait')).toBe(true);
    }
  });

  test('each lost dependency alerts, and a server stuck after the dependency came back alerts too', () => {
    const rules = rulesOf(manifests);
    for (const workload of dependents('dataserver')) {
      const server = workload.metadata.name;
      expect(
        rules.some(
          (rule) => rule.alert === 'CalypsoDependencyDown' && rule.labels.server === server && rule.labels.dependency === 'dataserver',
        ),
      ).toBe(true);
      // CalypsoServerUnavailable fires when its dependencies are available and it still has no ready replica.
      expect(rules.some((rule) => rule.alert === 'CalypsoServerUnavailable' && rule.labels.server === server)).toBe(true);
    }
  });
});
