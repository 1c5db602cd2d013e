/**
 * Across the environments of one config repository: a cluster is declared
 * once, namespaces and node ports are unique per cluster, a secret store
 * name is one store, and no environment takes a namespace that belongs to
 * Kubernetes, ArgoCD, an add-on, DNS, monitoring or the ingress controller.
 */
import { App } from 'cdk8s';
import { CalypsoGitOps, formatProblem, type AddonSpec, type ClusterRef, type EnvironmentSpec, type GitOpsTarget } from '../lib';
import { environmentSetProblems } from '../lib/model/environment-set-rules';
import { appManifests } from '../lib/output/render';
import { refusal, render, synthRefusal, testSpec } from './helpers';

const LAB: ClusterRef = { name: 'lab', server: 'https://lab.example:6443', tiers: ['dev'] };

const target = (overrides: Partial<GitOpsTarget> = {}): GitOpsTarget => ({
  repoUrl: 'https://git.example/calypso-config.git',
  revision: 'main',
  cluster: LAB,
  ...overrides,
});

const environment = (name: string, overrides: Partial<EnvironmentSpec> = {}): EnvironmentSpec => ({
  ...testSpec({ name }),
  gitops: target(),
  ...overrides,
});

const monitoringAddon: AddonSpec = {
  name: 'kube-prometheus-stack',
  chart: { repoUrl: 'https://prometheus-community.github.io/helm-charts', chart: 'kube-prometheus-stack', version: '81.6.2' },
  namespace: 'observability',
  installs: { clusterScoped: [], namespaced: ['Deployment.apps'] },
};

const nodePorts = (...ports: number[]): EnvironmentSpec['ingress'] => ({
  exposure: 'nodePort',
  nodePortSources: ['192.168.49.0/24'],
  routes: ports.map((nodePort, index) => ({ server: index === 0 ? 'authserver' : 'engineserver', host: 'localhost', nodePort })),
});

/** The messages of the environment-set rules for these environments. */
const problemsOf = (...specs: EnvironmentSpec[]): string[] => environmentSetProblems(specs).map(formatProblem);

/** Builds dist/argocd for the environments; throws what CalypsoGitOps refuses. */
function gitOpsFor(...specs: EnvironmentSpec[]): void {
  new CalypsoGitOps(new App(), 'argocd', { environments: specs.map((spec) => ({ spec, objects: render(spec) })) });
}

describe('a cluster is declared once', () => {
  test('one name with two API server URLs', () => {
    const b = environment('b', { gitops: target({ cluster: { ...LAB, server: 'https://lab-2.example:6443' } }) });
    expect(problemsOf(environment('a'), b)).toEqual([
      '[b] field gitops.cluster: cluster lab has API server https://lab-2.example:6443 here but https://lab.example:6443 in environment a; a cluster is declared once',
    ]);
  });

  test('one API server URL under two names, which would let two environments share a namespace', () => {
    const a = environment('a', { namespace: 'calypso-shared' });
    const b = environment('b', { namespace: 'calypso-shared', gitops: target({ cluster: { ...LAB, name: 'lab-alias' } }) });
    expect(() => gitOpsFor(a, b)).toThrow(
      [
        '2 problems in the environment spec:',
        '  - [b] field gitops.cluster: API server https://lab.example:6443 is cluster lab in environment a but lab-alias here; one cluster under two names would let two environments share a namespace',
        "  - [b] field namespace: calypso-shared on cluster lab-alias is also environment a's; each environment needs a namespace of its own",
      ].join('\n'),
    );
  });

  test('one name addressed by URL in one environment and by name in another is the same cluster', () => {
    const b = environment('b', { gitops: target({ cluster: { name: 'lab', tiers: ['dev'] } }) });
    expect(problemsOf(environment('a'), b)).toEqual([]);
  });
});

describe('namespaces are unique per cluster', () => {
  test('per API server URL', () => {
    const a = environment('a', { namespace: 'calypso-shared' });
    const b = environment('b', { namespace: 'calypso-shared' });
    expect(problemsOf(a, b)).toEqual([
      "[b] field namespace: calypso-shared on cluster lab is also environment a's; each environment needs a namespace of its own",
    ]);
  });

  test('per cluster name when no URL is given', () => {
    const byName = target({ cluster: { name: 'lab', tiers: ['dev'] } });
    const a = environment('a', { namespace: 'calypso-shared', gitops: byName });
    const b = environment('b', { namespace: 'calypso-shared', gitops: byName });
    expect(problemsOf(a, b)).toEqual([
      "[b] field namespace: calypso-shared on cluster lab is also environment a's; each environment needs a namespace of its own",
    ]);
  });

  test('the same namespace on two clusters is fine', () => {
    const other = target({ cluster: { name: 'lab-2', server: 'https://lab-2.example:6443', tiers: ['dev'] } });
    expect(problemsOf(environment('a', { namespace: 'calypso-x' }), environment('b', { namespace: 'calypso-x', gitops: other }))).toEqual(
      [],
    );
  });
});

describe('a secret store name is one store', () => {
  test('declared with another kind in a second environment', () => {
    const b = environment('b', { secretStore: { name: 'vault', kind: 'SecretStore', tiers: ['dev'] } });
    expect(problemsOf(environment('a'), b)).toEqual([
      '[b] field secretStore: secret store vault is a SecretStore serving dev here but a ClusterSecretStore serving dev in environment a; one store name is one store',
    ]);
  });

  test('declared with other tiers in a second environment', () => {
    const b = environment('b', { secretStore: { name: 'vault', kind: 'ClusterSecretStore', tiers: ['dev', 'uat'] } });
    expect(problemsOf(environment('a'), b)).toEqual([
      '[b] field secretStore: secret store vault is a ClusterSecretStore serving dev, uat here but a ClusterSecretStore serving dev in environment a; one store name is one store',
    ]);
  });
});

describe('node ports do not clash between environments on one cluster', () => {
  test('a second environment publishing a node port the first has', () => {
    const a = environment('a', { ingress: nodePorts(30080) });
    const b = environment('b', { ingress: nodePorts(30090, 30080) });
    expect(problemsOf(a, b)).toEqual([
      "[b] field ingress.routes[1].nodePort: node port 30080 on cluster lab is already environment a's (authserver); node ports are cluster-wide",
    ]);
  });

  test('the same node port on two clusters is fine', () => {
    const other = target({ cluster: { name: 'lab-2', server: 'https://lab-2.example:6443', tiers: ['dev'] } });
    expect(
      problemsOf(environment('a', { ingress: nodePorts(30080) }), environment('b', { ingress: nodePorts(30080), gitops: other })),
    ).toEqual([]);
  });
});

describe('reserved namespaces', () => {
  test.each<[string, Partial<EnvironmentSpec>, string]>([
    [
      'kube-system',
      { namespace: 'kube-system' },
      '[test] field namespace: kube-system is a Kubernetes system namespace; an environment needs a namespace of its own',
    ],
    [
      'default',
      { namespace: 'default' },
      '[test] field namespace: default is a Kubernetes system namespace; an environment needs a namespace of its own',
    ],
    [
      'the ArgoCD namespace',
      { namespace: 'argocd' },
      '[test] field namespace: argocd is the ArgoCD namespace; an environment needs a namespace of its own',
    ],
    [
      "an add-on's namespace",
      { namespace: 'observability', gitops: target({ addons: [monitoringAddon] }) },
      '[test] field namespace: observability is the namespace of add-on kube-prometheus-stack; an environment needs a namespace of its own',
    ],
    [
      'the DNS namespace the network spec names',
      { namespace: 'dns', network: { ...testSpec().network, dns: { namespace: 'dns' } } },
      '[test] field namespace: dns is the cluster DNS namespace (network.dns.namespace); an environment needs a namespace of its own',
    ],
    [
      'the monitoring namespace',
      { namespace: 'monitoring' },
      '[test] field namespace: monitoring is the monitoring namespace (network.monitoring.namespace); an environment needs a namespace of its own',
    ],
    [
      'the ingress controller namespace',
      { namespace: 'ingress-nginx' },
      '[test] field namespace: ingress-nginx is the ingress controller namespace (ingress.controllerNamespace); an environment needs a namespace of its own',
    ],
    [
      "the Gateway's data-plane namespace",
      { namespace: 'envoy-gateway-system', ingress: { routes: [{ server: 'authserver', host: 'calypso.test.example' }] } },
      "[test] field namespace: envoy-gateway-system is the Gateway's data-plane namespace (ingress.gateway.dataPlaneNamespace); an environment needs a namespace of its own",
    ],
  ])('%s', (_case, overrides, message) => {
    expect(refusal(testSpec(overrides))).toBe(message);
  });

  test("another environment's add-on namespace", () => {
    const a = environment('a', { gitops: target({ addons: [monitoringAddon] }) });
    const b = environment('b', { namespace: 'observability' });
    expect(problemsOf(a, b)).toEqual([
      '[b] field namespace: observability is the namespace of add-on kube-prometheus-stack (environment a); an environment needs a namespace of its own',
    ]);
  });

  test('synth refuses an environment in kube-system and leaves dist/ untouched', () => {
    const error = synthRefusal({ test: testSpec({ namespace: 'kube-system' }) });
    expect(error.message).toBe(
      '[test] field namespace: kube-system is a Kubernetes system namespace; an environment needs a namespace of its own',
    );
  });
});

test('synth refuses two environments on one cluster registered under two names, and leaves dist/ untouched', () => {
  const a = environment('alpha', { namespace: 'calypso-shared' });
  const b = environment('beta', { namespace: 'calypso-shared', gitops: target({ cluster: { ...LAB, name: 'lab-alias' } }) });
  const error = synthRefusal({ alpha: a, beta: b });
  expect(error.problems.map(formatProblem)).toEqual([
    '[beta] field gitops.cluster: API server https://lab.example:6443 is cluster lab in environment alpha but lab-alias here; one cluster under two names would let two environments share a namespace',
    "[beta] field namespace: calypso-shared on cluster lab-alias is also environment alpha's; each environment needs a namespace of its own",
  ]);
});

test('dist/argocd still builds for environments that keep every rule', () => {
  const app = new App();
  const specs = [environment('a'), environment('b', { ingress: nodePorts(30090) })];
  new CalypsoGitOps(app, 'argocd', { environments: specs.map((spec) => ({ spec, objects: render(spec) })) });
  expect(appManifests(app).some((object) => object.kind === 'Application')).toBe(true);
});
