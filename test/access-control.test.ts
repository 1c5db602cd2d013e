/**
 * People's access: namespaced Roles and RoleBindings only, read-only means
 * no Secrets, no exec, no port-forward, and exec/port-forward only in dev.
 */
import { Chart, Testing } from 'cdk8s';
import { CalypsoAccessControl, CalypsoEnvironment, SpecError, type EnvironmentSpec } from '../lib';
import { sharedEnvironments } from './shared-render';
import type { Manifest } from '../lib/output/render';
import { committedManifests, find, refusal, render, testSpec } from './helpers';

interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames?: string[];
}
interface Binding {
  roleRef: { apiGroup: string; kind: string; name: string };
  subjects: { apiGroup: string; kind: string; name: string }[];
}

const environments = new Map(sharedEnvironments().map((environment) => [environment.name, environment.manifests]));
const all = [...environments.values()].flat();
/**
 * The environments on shared clusters, whose people get the read-only Role: a local cluster's one user is its owner,
 * with the admin kubeconfig its distribution writes, so a local environment binds no groups.
 */
const shared = new Map([...environments].filter(([name]) => name !== 'local'));
const rulesOf = (role: Manifest): Rule[] => role.rules as Rule[];
const bindingOf = (manifests: readonly Manifest[], name: string): Binding => find(manifests, 'RoleBinding', name) as unknown as Binding;
const groupsOf = (binding: Binding): string[] => binding.subjects.map((subject) => subject.name);

describe('access in every environment', () => {
  test('only namespaced Roles and RoleBindings: no ClusterRole, no ClusterRoleBinding, no cluster-admin', () => {
    expect(all.filter((m) => m.kind === 'ClusterRole' || m.kind === 'ClusterRoleBinding')).toEqual([]);
    for (const binding of all.filter((m) => m.kind === 'RoleBinding') as unknown as Binding[]) {
      expect(binding.roleRef.kind).toBe('Role');
      expect(binding.roleRef.name).not.toMatch(/admin|edit/);
      // People are bound as groups; the only ServiceAccounts bound are the event exporter's, to its events-only Role, and
      // the release stop step's, to its Role (test/release-upgrade.test.ts checks what that allows).
      for (const subject of binding.subjects) {
        if (subject.kind === 'ServiceAccount')
          expect([
            { subject: { name: 'event-exporter' }, role: 'event-exporter' },
            { subject: { name: 'calypso-stop-servers' }, role: 'calypso-stop-servers' },
          ]).toContainEqual({ subject: { name: subject.name }, role: binding.roleRef.name });
        else expect(subject).toMatchObject({ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io' });
      }
    }
    for (const name of shared.keys()) {
      expect(find(committedManifests(name), 'Role', 'calypso-read-only').metadata.namespace).toBe(`calypso-${name}`);
    }
  });

  test('no wildcard in any verb, resource or API group', () => {
    const roles = all.filter((m) => m.kind === 'Role');
    expect(roles.length).toBeGreaterThanOrEqual(4);
    for (const rule of roles.flatMap(rulesOf)) {
      expect([...rule.apiGroups, ...rule.resources, ...rule.verbs].filter((entry) => entry.includes('*'))).toEqual([]);
    }
  });

  test('read-only is read-only: get/list/watch, never Secrets, exec, attach, port-forward or proxy', () => {
    for (const manifests of shared.values()) {
      const rules = rulesOf(find(manifests, 'Role', 'calypso-read-only'));
      const resources = rules.flatMap((rule) => rule.resources);
      expect(resources).toEqual(
        expect.arrayContaining(['pods', 'pods/log', 'events', 'deployments', 'statefulsets', 'services', 'configmaps']),
      );
      for (const forbidden of ['secrets', 'pods/exec', 'pods/attach', 'pods/portforward', 'pods/proxy', 'services/proxy', 'nodes/proxy']) {
        expect(resources).not.toContain(forbidden);
      }
      expect(new Set(rules.flatMap((rule) => rule.verbs))).toEqual(new Set(['get', 'list', 'watch']));
    }
  });

  test('dev: developers may also exec and port-forward, and nothing else; testers read only', () => {
    const dev = committedManifests('dev');
    expect(rulesOf(find(dev, 'Role', 'calypso-debug'))).toEqual([
      { apiGroups: [''], resources: ['pods/exec', 'pods/portforward'], verbs: ['create'] },
    ]);
    expect(groupsOf(bindingOf(dev, 'calypso-debug'))).toEqual(['calypso-dev-developers']);
    expect(groupsOf(bindingOf(dev, 'calypso-read-only'))).toEqual(['calypso-dev-testers', 'calypso-dev-developers']);
    expect(bindingOf(dev, 'calypso-debug').roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'calypso-debug' });
  });

  test('uat and prod: nobody holds exec or port-forward but the break-glass group; no debug or Telepresence Role', () => {
    for (const name of ['uat', 'prod']) {
      const manifests = committedManifests(name);
      expect(manifests.filter((m) => m.metadata.name === 'calypso-debug' || m.metadata.name === 'calypso-telepresence')).toEqual([]);
      const intoPods = manifests
        .filter((m) => m.kind === 'Role' && m.metadata.name !== 'calypso-break-glass')
        .flatMap(rulesOf)
        .filter((rule) => rule.resources.some((resource) => resource.startsWith('pods/') && resource !== 'pods/log'));
      expect(intoPods).toEqual([]);
      expect(groupsOf(bindingOf(manifests, 'calypso-break-glass'))).toEqual([`calypso-${name}-break-glass`]);
    }
    // The break-glass group reads too: its certificate carries that group alone.
    expect(groupsOf(bindingOf(committedManifests('prod'), 'calypso-read-only'))).toEqual([
      'calypso-prod-readonly',
      'calypso-prod-break-glass',
    ]);
  });
});

describe('access from the spec', () => {
  test('no groups, no Roles', () => {
    const manifests = render(testSpec());
    expect(manifests.filter((m) => m.kind === 'Role' || m.kind === 'RoleBinding')).toEqual([]);
  });

  test('a group named twice is bound once', () => {
    const manifests = render(testSpec({ access: { readOnlyGroups: ['ops', 'ops'], debugGroups: ['ops'] } }));
    expect(groupsOf(bindingOf(manifests, 'calypso-read-only'))).toEqual(['ops']);
  });
});

describe('Telepresence in dev', () => {
  test("dev's debug groups may intercept the Engineserver, and only it: the attachment grant names the workload", () => {
    const dev = committedManifests('dev');
    const rules = rulesOf(find(dev, 'Role', 'calypso-telepresence'));
    expect(rules).toContainEqual({
      apiGroups: ['telepresence.io'],
      resources: ['attachments'],
      resourceNames: ['engineserver'],
      verbs: ['create', 'get'],
    });
    expect(rules).toContainEqual({ apiGroups: [''], resources: ['pods/portforward'], verbs: ['create'] });
    // Nothing that changes a workload: the traffic-manager injects the agent with its own ServiceAccount.
    expect(rules.filter((rule) => rule.apiGroups.some((group) => group !== '' && group !== 'telepresence.io'))).toEqual([]);
    expect(rules.flatMap((rule) => rule.verbs).filter((verb) => !['get', 'list', 'create'].includes(verb))).toEqual([]);
    expect(groupsOf(bindingOf(dev, 'calypso-telepresence'))).toEqual(['calypso-dev-developers']);
  });

  test('no servers to intercept, no Telepresence Role', () => {
    const manifests = render(testSpec({ access: { debugGroups: ['devs'] }, debug: { servers: ['engineserver'] } }));
    expect(manifests.filter((m) => m.metadata.name === 'calypso-telepresence')).toEqual([]);
  });

  test('Telepresence alone, without a JDWP server, is a debug spec of its own', () => {
    const manifests = render(testSpec({ access: { debugGroups: ['devs'] }, debug: { servers: [], telepresence: ['engineserver'] } }));
    expect(groupsOf(bindingOf(manifests, 'calypso-telepresence'))).toEqual(['devs']);
    expect(find(manifests, 'Deployment', 'engineserver')).toBeDefined();
  });
});

describe('bad access and Telepresence input', () => {
  test.each<[string, EnvironmentSpec, string]>([
    [
      'Telepresence in uat',
      testSpec({ tier: 'uat', debug: { servers: [], telepresence: ['engineserver'] } }),
      "[test] field debug.telepresence: Telepresence intercepts (servers: engineserver) send a server's traffic to a laptop and are for dev only; remove them from the test environment",
    ],
    [
      'Telepresence in prod, refused like JDWP',
      testSpec({ tier: 'prod', debug: { servers: [], telepresence: ['engineserver'] } }),
      "[test] field debug.telepresence: Telepresence intercepts (servers: engineserver) send a server's traffic to a laptop and are for dev only; remove them from the test environment",
    ],
    [
      'Telepresence with nobody to bind it to',
      testSpec({ debug: { servers: [], telepresence: ['engineserver'] } }),
      '[test] field debug.telepresence: needs access.debugGroups: the Telepresence Role is bound to them, and nobody else may intercept',
    ],
    [
      'a traffic-manager for the policies in uat',
      testSpec({ tier: 'uat', debug: { servers: [], telepresenceManager: { namespace: 'telepresence' } } }),
      '[test] field debug.telepresenceManager: admits the Telepresence traffic-manager (namespace telepresence) through the NetworkPolicies, which is for dev only; remove it from the test environment',
    ],
    [
      'a traffic-manager for the policies in prod',
      testSpec({ tier: 'prod', debug: { servers: [], telepresenceManager: {} } }),
      '[test] field debug.telepresenceManager: admits the Telepresence traffic-manager (namespace ambassador) through the NetworkPolicies, which is for dev only; remove it from the test environment',
    ],
    [
      'a traffic-manager with nothing to intercept',
      testSpec({ access: { debugGroups: ['devs'] }, debug: { servers: ['engineserver'], telepresenceManager: {} } }),
      '[test] field debug.telepresenceManager: is set but debug.telepresence names no server to intercept; remove it or list the servers',
    ],
    [
      'a traffic-manager API port out of range',
      testSpec({
        access: { debugGroups: ['devs'] },
        debug: { servers: [], telepresence: ['engineserver'], telepresenceManager: { apiPort: 70000 } },
      }),
      '[test] field debug.telepresenceManager.apiPort: must be a port number from 1 to 65535, got 70000',
    ],
    [
      'traffic-manager pod labels that would select every pod',
      testSpec({
        access: { debugGroups: ['devs'] },
        debug: { servers: [], telepresence: ['engineserver'], telepresenceManager: { podLabels: {} } },
      }),
      "[test] field debug.telepresenceManager.podLabels: is empty, which would admit every pod of the namespace; give the traffic-manager pod's labels",
    ],
    [
      'Telepresence on an unknown server',
      testSpec({ access: { debugGroups: ['devs'] }, debug: { servers: [], telepresence: ['calculator'] } }),
      '[test] field debug.telepresence: "calculator" is not a server of this environment (servers: eventserver, authserver, dataserver, engineserver)',
    ],
    [
      'a break-glass group that also reads every day',
      testSpec({ tier: 'prod', access: { readOnlyGroups: ['ops'], breakGlassGroups: ['ops'] } }),
      '[test] field access.breakGlassGroups: a break-glass group may not also be a read-only or debug group (ops)',
    ],
    [
      'an empty break-glass group name',
      testSpec({ access: { breakGlassGroups: [''] } }),
      '[test] field access.breakGlassGroups[0]: group name is empty; name a group of the identity provider, e.g. calypso-dev-developers',
    ],
  ])('%s', (_case, spec, message) => {
    expect(refusal(spec)).toBe(message);
  });

  test('a hand-composed access control refuses Telepresence outside dev too', () => {
    const environment = new CalypsoEnvironment(testSpec({ name: 'uat', tier: 'uat' }));
    expect(
      () =>
        new CalypsoAccessControl(new Chart(Testing.app(), 'uat'), 'Access', {
          environment,
          access: { debugGroups: [] },
          telepresence: ['engineserver'],
        }),
    ).toThrow(
      new SpecError([
        { environment: 'uat', field: 'debug.telepresence', message: 'Telepresence intercepts are not allowed in a uat environment' },
      ]),
    );
  });
});
