/**
 * People's access: namespaced Roles and RoleBindings only, read-only means
 * no Secrets, no exec, no port-forward, and exec/port-forward only in dev.
 */
import { sharedEnvironments } from './shared-render';
import type { Manifest } from '../lib/output/render';
import { committedManifests, find, render, testSpec } from './helpers';

interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}
interface Binding {
  roleRef: { apiGroup: string; kind: string; name: string };
  subjects: { apiGroup: string; kind: string; name: string }[];
}

const environments = new Map(sharedEnvironments().map((environment) => [environment.name, environment.manifests]));
const all = [...environments.values()].flat();
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
    for (const name of environments.keys()) {
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
    for (const manifests of environments.values()) {
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

  test('uat and prod: read-only groups only; nobody may exec or port-forward', () => {
    for (const name of ['uat', 'prod']) {
      const manifests = committedManifests(name);
      expect(manifests.filter((m) => m.metadata.name === 'calypso-debug')).toEqual([]);
      const verbsOnPods = manifests
        .filter((m) => m.kind === 'Role')
        .flatMap(rulesOf)
        .filter((rule) => rule.resources.some((resource) => resource.startsWith('pods/') && resource !== 'pods/log'));
      expect(verbsOnPods).toEqual([]);
    }
    expect(groupsOf(bindingOf(committedManifests('prod'), 'calypso-read-only'))).toEqual(['calypso-prod-readonly']);
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
