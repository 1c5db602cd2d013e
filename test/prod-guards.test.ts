/**
 * Production guards and identities: debug mode (JDWP) only outside prod,
 * Pod Security admission labels, one ServiceAccount per server and no
 * workload running as `default`, pinned images in prod.
 */
import { App, Chart } from 'cdk8s';
import { CalypsoEnvironment, CalypsoServer, SpecError } from '../lib';
import { enableDebug } from '../lib/constructs/debug-mode';
import { mutableImageReason } from '../lib/model/image';
import type { Manifest } from '../lib/output/render';
import { sharedEnvironments } from './shared-render';
import { podSpecOf } from '../lib/output/pod-security-standard';
import { committedManifests, envOf, find, podOf, render, serverContainer, serverWorkloads, testSpec } from './helpers';

const environments = new Map(sharedEnvironments().map((environment) => [environment.name, environment.manifests]));
const workloads = (manifests: readonly Manifest[]): Manifest[] => manifests.filter((m) => podSpecOf(m));
const JDWP = '-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005';

describe('debug mode', () => {
  test('dev: the Engineserver runs a JDWP agent on a container port named jdwp; nothing else does', () => {
    for (const workload of workloads(committedManifests('dev'))) {
      const container = serverContainer(workload);
      const debugged = workload.metadata.name === 'engineserver';
      expect(envOf(container).JAVA_OPTS?.endsWith(` ${JDWP}`)).toBe(debugged);
      expect(container.ports?.some((port) => port.name === 'jdwp')).toBe(debugged);
    }
    const service = find(committedManifests('dev'), 'Service', 'engineserver');
    expect((service.spec as { ports: { name: string }[] }).ports.map((port) => port.name)).toEqual(['management', 'admin']);
  });

  test('uat and prod have no debug agent and no debug port anywhere', () => {
    for (const name of ['uat', 'prod']) {
      for (const workload of workloads(committedManifests(name))) {
        for (const container of [...podOf(workload).containers, ...(podOf(workload).initContainers ?? [])]) {
          expect(JSON.stringify(container)).not.toMatch(/jdwp/);
        }
      }
    }
  });

  test('the debug port can be chosen', () => {
    const manifests = render(testSpec({ debug: { servers: ['dataserver', 'authserver'], port: 8787 } }));
    for (const name of ['dataserver', 'authserver']) {
      const container = serverContainer(find(manifests, 'Deployment', name));
      expect(envOf(container).JAVA_OPTS).toContain('-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:8787');
      expect(container.ports).toContainEqual({ name: 'jdwp', containerPort: 8787, protocol: 'TCP' });
    }
  });

  test('a port the server already has, or JVM options for a server outside the cluster, are refused', () => {
    const chart = new Chart(new App(), 'c');
    const environment = new CalypsoEnvironment(testSpec());
    const server = new CalypsoServer(chart, 'Data', { environment, kind: 'dataserver', memory: '2Gi' });
    expect(() => enableDebug(server, 8000)).toThrow(
      '[test] server dataserver, field ports: port jdwp 8000 clashes with a port the server already has',
    );
    const scheduler = new CalypsoServer(chart, 'Sched', {
      environment,
      kind: 'scheduler',
      external: { host: 's.example', cidrs: ['10.1.1.1/32'] },
    });
    expect(() => scheduler.addJavaOptions('-Dx=y')).toThrow(
      '[test] server scheduler, field jvm: an external server runs no JVM in the cluster',
    );
  });

  test('a hand-built prod server refuses debug mode too', () => {
    const chart = new Chart(new App(), 'c');
    const environment = new CalypsoEnvironment({ ...testSpec(), tier: 'prod' });
    const server = new CalypsoServer(chart, 'Data', { environment, kind: 'dataserver', memory: '2Gi' });
    expect(() => enableDebug(server)).toThrow(SpecError);
    expect(() => enableDebug(server)).toThrow('[test] server dataserver, field debug: debug mode is not allowed in a prod environment');
  });
});

describe('identities', () => {
  test('every server runs as its own ServiceAccount, never default, and no token is mounted', () => {
    for (const manifests of environments.values()) {
      const accounts = new Map(manifests.filter((m) => m.kind === 'ServiceAccount').map((m) => [m.metadata.name, m]));
      for (const workload of serverWorkloads(manifests)) {
        const pod = podOf(workload);
        expect(pod.serviceAccountName).toBe(workload.metadata.name);
        expect(pod.serviceAccountName).not.toBe('default');
        expect(pod.automountServiceAccountToken).toBe(false);
        expect(accounts.get(pod.serviceAccountName as string)?.automountServiceAccountToken).toBe(false);
      }
      // Every other pod has an account of its own too, and only the event exporter (which reads events) and the
      // release's stop step (which deletes the old servers) mount a token.
      for (const workload of workloads(manifests).filter((w) => !serverWorkloads(manifests).includes(w))) {
        const pod = podOf(workload);
        expect(accounts.has(pod.serviceAccountName as string)).toBe(true);
        expect(pod.serviceAccountName).not.toBe('default');
        if (pod.automountServiceAccountToken !== false)
          expect(['event-exporter', 'calypso-stop-servers']).toContain(pod.serviceAccountName);
      }
    }
  });
});

describe('namespace and images', () => {
  test('every namespace enforces, audits and warns on the restricted profile, each pinned to a version', () => {
    for (const [name, manifests] of environments) {
      const labels = find(manifests, 'Namespace', `calypso-${name}`).metadata.labels as Record<string, string>;
      for (const mode of ['enforce', 'audit', 'warn']) {
        expect(labels[`pod-security.kubernetes.io/${mode}`]).toBe('restricted');
        expect(labels[`pod-security.kubernetes.io/${mode}-version`]).toMatch(/^v1\.\d+$/);
      }
    }
  });

  test('every image in prod is pinned to a release version or a digest', () => {
    const images = workloads(committedManifests('prod')).flatMap((workload) =>
      [...podOf(workload).containers, ...(podOf(workload).initContainers ?? [])].map((container) => container.image as string),
    );
    expect(images.length).toBeGreaterThan(20);
    for (const image of images) {
      const at = image.indexOf('@');
      const colon = image.lastIndexOf(':');
      const ref =
        at >= 0
          ? { repository: image.slice(0, at), digest: image.slice(at + 1) }
          : { repository: image.slice(0, colon), tag: image.slice(colon + 1) };
      expect({ image, reason: mutableImageReason(ref) }).toEqual({ image, reason: undefined });
    }
  });
});
