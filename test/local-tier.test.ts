/**
 * The local tier: a local environment runs on a local cluster only (and a
 * local cluster serves nothing else), reads no secret store, publishes on
 * node ports and renders none of the platform's add-ons; its Secrets are
 * those `npm run local:secrets` makes from local files. Checked on specs
 * (exact messages), on the committed dist/local/, and on the command run end
 * to end in a temp folder (in process: test/command-line.test.ts runs the
 * real one).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { App } from 'cdk8s';
import { CalypsoGitOps, environmentSecrets, type ClusterRef, type EnvironmentSpec } from '../lib';
import { appManifests } from '../lib/output/render';
import { createEnvironment } from '../apps/environment-tools';
import { runLocalSecrets } from '../apps/local-secrets';
import { podSpecOf } from '../lib/output/pod-security-standard';
import { committedFolders } from './committed-dist';
import { refusal, render, tempDir, testSpec } from './helpers';
import { captureOutput, committedSpecs, REPO, tempProject } from './temp-project';

const K3D: ClusterRef = { name: 'laptop', distribution: 'k3d', tiers: ['local'] };

/** testSpec as a local environment: on a k3d cluster, without a secret store. */
function localSpec(overrides: Partial<EnvironmentSpec> = {}): EnvironmentSpec {
  return { ...testSpec({ tier: 'local', cluster: K3D }), secretStore: undefined, ...overrides };
}

describe('a local environment runs on a local cluster only, and a local cluster serves nothing else', () => {
  test('the local spec renders', () => {
    expect(render(localSpec()).length).toBeGreaterThan(0);
  });

  test.each<[string, EnvironmentSpec, string]>([
    [
      'a local environment on a shared cluster',
      localSpec({ cluster: { name: 'calypso-dev', tiers: ['local'] } }),
      '[test] field cluster.distribution: cluster calypso-dev serves the local tier but is not a local cluster; name its distribution (minikube, k3d, microk8s, rancher-desktop) or take local out of its tiers',
    ],
    [
      'a local environment on the dev cluster',
      localSpec({ cluster: { name: 'calypso-dev', tiers: ['dev'] } }),
      '2 problems in the environment spec:\n' +
        '  - [test] field cluster.distribution: a local environment runs only on a local cluster (minikube, k3d, microk8s, rancher-desktop); cluster calypso-dev is not one (it names no distribution)\n' +
        "  - [test] field cluster: cluster calypso-dev serves dev, not this environment's tier local",
    ],
    [
      'a local environment delivered by ArgoCD to a shared cluster',
      localSpec({
        cluster: undefined,
        gitops: { repoUrl: 'https://git.example/config.git', revision: 'main', cluster: { name: 'lab', tiers: ['local'] } },
      }),
      '[test] field gitops.cluster.distribution: cluster lab serves the local tier but is not a local cluster; name its distribution (minikube, k3d, microk8s, rancher-desktop) or take local out of its tiers',
    ],
    [
      'a local environment that names no cluster',
      localSpec({ cluster: undefined }),
      "[test] field cluster: a local environment runs on a developer's own cluster: name it, with its distribution (minikube, k3d, microk8s, rancher-desktop)",
    ],
    [
      'a dev environment on a local cluster',
      testSpec({ cluster: K3D }),
      "[test] field cluster: cluster laptop serves local, not this environment's tier dev",
    ],
    [
      'a local cluster that serves dev too',
      localSpec({ cluster: { ...K3D, tiers: ['local', 'dev'] } }),
      "[test] field cluster.tiers: cluster laptop is a local k3d cluster, which serves the local tier only (tiers: ['local']), got local, dev",
    ],
    [
      'a local environment with a secret store',
      localSpec({ secretStore: { name: 'vault', tiers: ['local'] } }),
      '[test] field secretStore: a local cluster has no External Secrets Operator; leave the secret store out and make the Secrets with npm run local:secrets (vault)',
    ],
    [
      'a local environment behind a Gateway',
      localSpec({ ingress: { routes: [{ server: 'authserver', host: 'auth.localhost' }] } }),
      "[test] field ingress.exposure: a local cluster has no Gateway or ingress controller of the platform's; publish the routes on node ports (exposure: 'nodePort'), got gateway",
    ],
    [
      'a local environment with VerticalPodAutoscalers',
      localSpec({ verticalAutoscaling: { recommendFor: ['engineserver'] } }),
      '[test] field verticalAutoscaling: a local cluster has no Vertical Pod Autoscaler recommender; leave verticalAutoscaling out',
    ],
    [
      'a cluster named twice',
      localSpec({
        gitops: { repoUrl: 'https://git.example/config.git', revision: 'main', cluster: K3D },
      }),
      '[test] field cluster: the GitOps target names the cluster (gitops.cluster laptop); leave cluster out',
    ],
    [
      'a dev environment without a secret store',
      { ...testSpec(), secretStore: undefined },
      '[test] field secretStore: credentials (database, keystores, LDAP bind) are read from a secret store; name a SecretStore or ClusterSecretStore (only a local environment makes its Secrets from files)',
    ],
    [
      'a cluster name that is not a DNS name',
      localSpec({ cluster: { ...K3D, name: 'My Laptop' } }),
      '[test] field cluster.name: "My Laptop" is not a cluster name (a DNS name such as calypso-local)',
    ],
    [
      'an unknown distribution',
      localSpec({ cluster: { ...K3D, distribution: 'kind' as never } }),
      '[test] field cluster.distribution: "kind" is not a local Kubernetes distribution; use one of minikube, k3d, microk8s, rancher-desktop',
    ],
  ])('%s', (_case, spec, message) => {
    expect(refusal(spec)).toBe(message);
  });
});

test('a local environment with TLS stores and an LDAP bind renders no ExternalSecret; its pods read only Secrets local:secrets makes', () => {
  const ref = (property: string): { key: string; property: string } => ({ key: 'local/tls', property });
  const spec = localSpec({
    tls: { keystore: { file: ref('file'), password: ref('password') }, truststore: { file: ref('file'), password: ref('password') } },
    ldap: { bindDn: ref('bind-dn'), password: ref('password') },
  });
  const manifests = render(spec);
  expect(manifests.filter((manifest) => manifest.kind.includes('Secret'))).toEqual([]);
  const made = environmentSecrets(spec).map((secret) => secret.name);
  expect(made).toEqual(['calypso-database', 'calypso-keystore', 'calypso-truststore', 'calypso-ldap-bind']);
  const mounted = manifests.flatMap((manifest) =>
    ((podSpecOf(manifest) as { volumes?: { secret?: { secretName: string } }[] } | undefined)?.volumes ?? []).flatMap((volume) =>
      volume.secret === undefined ? [] : [volume.secret.secretName],
    ),
  );
  expect([...new Set(mounted)].sort()).toEqual([...made].sort());
});

describe('ArgoCD', () => {
  const gitOpsFor = (...specs: EnvironmentSpec[]): string[] => {
    const app = new App();
    new CalypsoGitOps(app, 'argocd', { environments: specs.map((spec) => ({ spec, objects: render(spec) })) });
    return appManifests(app).map((manifest) => `${manifest.kind}/${manifest.metadata.name}`);
  };
  const dev = testSpec({
    name: 'team',
    gitops: { repoUrl: 'https://git.example/config.git', revision: 'main', cluster: { name: 'lab', tiers: ['dev'] } },
  });

  test('leaves a local environment without a GitOps target out: no Application, no calypso-local project', () => {
    const objects = gitOpsFor(dev, localSpec());
    expect(objects).toContain('Application/calypso-team');
    expect(objects.filter((object) => object.includes('local') || object.includes('calypso-test'))).toEqual([]);
  });

  test('delivers a local environment that names a GitOps target (a local ArgoCD) in a calypso-local project of its own', () => {
    const local = localSpec({
      cluster: undefined,
      gitops: { repoUrl: 'https://git.example/config.git', revision: 'main', cluster: K3D },
    });
    expect(gitOpsFor(dev, local).filter((object) => object.includes('local') || object.includes('calypso-test'))).toEqual([
      'AppProject/calypso-local',
      'Application/calypso-test',
    ]);
  });
});

describe('the committed dist/local/', () => {
  const folder = committedFolders().find((candidate) => candidate.name === 'local');
  const manifests = folder?.manifests ?? [];
  const spec = committedSpecs().local;

  test('is rendered from environments/local.ts, a local environment on a local cluster', () => {
    expect(folder?.environment?.spec.tier).toBe('local');
    expect(spec.cluster?.distribution).toBeDefined();
    expect(manifests.length).toBeGreaterThan(0);
  });

  test("has none of the platform's add-on kinds: no ExternalSecret, secret store, monitor, rule, VPA, Gateway, route or ArgoCD object", () => {
    const addonKinds = [
      'ExternalSecret',
      'SecretStore',
      'ClusterSecretStore',
      'ServiceMonitor',
      'PrometheusRule',
      'AlertmanagerConfig',
      'VerticalPodAutoscaler',
      'Gateway',
      'GatewayClass',
      'HTTPRoute',
      'Ingress',
      'Application',
      'AppProject',
    ];
    expect(manifests.filter((manifest) => addonKinds.includes(manifest.kind)).map((m) => `${m.kind}/${m.metadata.name}`)).toEqual([]);
    // Every object is a core Kubernetes kind: a local cluster needs no CRD.
    expect(manifests.filter((manifest) => !/^(v1|[a-z.]+\.k8s\.io\/v1|apps\/v1|batch\/v1|policy\/v1)$/.test(manifest.apiVersion))).toEqual(
      [],
    );
    const argocd = committedFolders().find((candidate) => candidate.name === 'argocd')?.manifests ?? [];
    expect(argocd.filter((manifest) => JSON.stringify(manifest).includes('calypso-local'))).toEqual([]);
  });

  test("publishes the spec's routes on node ports, and still renders the network policies", () => {
    const nodePorts = manifests
      .filter((manifest) => manifest.kind === 'Service' && (manifest.spec as { type?: string }).type === 'NodePort')
      .flatMap((manifest) => ((manifest.spec as { ports: { nodePort?: number }[] }).ports ?? []).map((port) => port.nodePort))
      .sort();
    expect(nodePorts).toEqual((spec.ingress?.routes ?? []).map((route) => route.nodePort).sort());
    const policies = manifests.filter((manifest) => manifest.kind === 'NetworkPolicy').map((manifest) => manifest.metadata.name);
    expect(policies).toContain('default-deny');
  });

  test('the Secrets the pods read are exactly those npm run local:secrets makes, with keys it makes', () => {
    const made = new Map(environmentSecrets(spec).map((secret) => [secret.name, new Set(secret.keys)]));
    const read = new Map<string, Set<string>>();
    const reads = (name: string, key?: string): void => {
      const keys = read.get(name) ?? new Set<string>();
      if (key !== undefined) keys.add(key);
      read.set(name, keys);
    };
    for (const manifest of manifests) {
      const pod = podSpecOf(manifest) as
        | {
            volumes?: { secret?: { secretName: string; items?: { key: string }[] } }[];
            containers?: { env?: { valueFrom?: { secretKeyRef?: { name: string; key: string } } }[] }[];
            initContainers?: { env?: { valueFrom?: { secretKeyRef?: { name: string; key: string } } }[] }[];
          }
        | undefined;
      if (pod === undefined) continue;
      for (const volume of pod.volumes ?? []) {
        if (volume.secret === undefined) continue;
        reads(volume.secret.secretName);
        for (const item of volume.secret.items ?? []) reads(volume.secret.secretName, item.key);
      }
      for (const container of [...(pod.containers ?? []), ...(pod.initContainers ?? [])]) {
        for (const variable of container.env ?? []) {
          const ref = variable.valueFrom?.secretKeyRef;
          if (ref !== undefined) reads(ref.name, ref.key);
        }
      }
    }
    expect([...read.keys()].sort()).toEqual([...made.keys()].sort());
    for (const [name, keys] of read) for (const key of keys) expect(made.get(name)?.has(key)).toBe(true);
  });
});

describe('npm run local:secrets', () => {
  /** A folder outside the repository with a file for every key the local environment needs. */
  function credentialFiles(): string {
    const dir = tempDir();
    for (const secret of environmentSecrets(committedSpecs().local)) {
      mkdirSync(join(dir, secret.name));
      for (const key of secret.keys) writeFileSync(join(dir, secret.name, key), `${key}-value`);
    }
    return dir;
  }

  function run(...args: string[]): { status: number; stdout: string; stderr: string } {
    const output = captureOutput();
    const status = runLocalSecrets(args, output);
    return { status, stdout: output.stdout.join('\n'), stderr: output.stderr.join('\n') };
  }

  test('end to end: writes the Secrets the pods read, from the files, to a manifest outside the repository that only its owner reads', () => {
    const dir = credentialFiles();
    const out = join(tempDir(), 'secrets.yaml');
    expect(run('local', '--from', dir, '--out', out)).toEqual({ status: 0, stderr: '', stdout: `kubectl apply -f ${out}` });
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const secrets = readFileSync(out, 'utf8')
      .split(/^---$/m)
      .map((document) => parse(document) as { kind: string; metadata: { name: string; namespace: string }; data: Record<string, string> });
    expect(secrets.map((secret) => [secret.kind, secret.metadata.namespace, secret.metadata.name])).toEqual(
      environmentSecrets(committedSpecs().local).map((secret) => ['Secret', 'calypso-local', secret.name]),
    );
    expect(Buffer.from(secrets[0].data.password, 'base64').toString()).toBe('password-value');
  });

  test('without --out, prints one kubectl command per Secret that creates or updates it from the files', () => {
    const dir = credentialFiles();
    expect(run('local', '--from', dir)).toEqual({
      status: 0,
      stderr: '',
      stdout:
        `kubectl create secret generic calypso-database --namespace calypso-local --from-file=username=${dir}/calypso-database/username ` +
        `--from-file=password=${dir}/calypso-database/password --dry-run=client -o yaml | kubectl apply -f -`,
    });
  });

  test('--list prints the files the environment needs', () => {
    expect(run('local', '--list')).toEqual({ status: 0, stderr: '', stdout: 'calypso-database/username\ncalypso-database/password' });
  });

  test('refuses a folder inside the repository, a missing file, a non-local environment and a missing --from', () => {
    expect(run('local', '--from', join(REPO, 'environments'))).toEqual({
      status: 1,
      stdout: '',
      stderr: `--from ${join(REPO, 'environments')} is inside the repository (${REPO}); credentials are never committed: keep them outside it, e.g. ~/.calypso/<env>`,
    });
    expect(run('local', '--from', tempDir(), '--out', join(REPO, 'secrets.yaml')).stderr).toBe(
      `--out ${join(REPO, 'secrets.yaml')} is inside the repository (${REPO}); credentials are never committed: keep them outside it, e.g. ~/.calypso/<env>`,
    );
    const empty = tempDir();
    expect(run('local', '--from', empty)).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `missing ${empty}/calypso-database/username (key username of Secret calypso-database)\n` +
        `missing ${empty}/calypso-database/password (key password of Secret calypso-database)\n` +
        `the environment needs these files in ${empty}:\ncalypso-database/username\ncalypso-database/password`,
    });
    expect(run('dev', '--from', empty)).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'dev is a dev environment: its Secrets come from the External Secrets Operator (secret store vault-calypso-nonprod); local:secrets makes those of local environments only',
    });
    expect(run('local').status).toBe(2);
    expect(run('local').stderr.split('\n')[0]).toBe('missing --from <dir>');
  });
});

test('env:create refuses a local base: short-lived environments run on the dev cluster', () => {
  const project = tempProject(committedSpecs());
  expect(() =>
    createEnvironment({ name: 'x1', from: 'local', environmentsDir: project.environmentsDir, distDir: project.distDir }),
  ).toThrow(
    `"local" is a local environment, made for a developer's own cluster; short-lived environments run on the dev cluster and derive from dev or UAT`,
  );
});
