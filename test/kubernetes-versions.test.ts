/**
 * Supported Kubernetes versions: every object in dist/ is checked against the
 * OpenAPI of both ends of the range, and the namespaces pin the Pod Security
 * admission to the oldest.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  NEWEST_KUBERNETES_VERSION,
  OLDEST_KUBERNETES_VERSION,
  POD_SECURITY_ADMISSION_VERSION,
  SUPPORTED_KUBERNETES_VERSIONS,
} from '../lib/model/kubernetes-versions';
import { kubernetesSwaggerFile, SCHEMAS_DIR, SchemaValidator } from '../lib/output/schema-validator';
import { schemaFindingsAcrossVersions } from '../lib/output/validate';
import { committedManifests, find, render, testSpec } from './helpers';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const deployment = find(render(testSpec()), 'Deployment', 'dataserver');

test('the range is 1.28 to 1.36, and schemas/ holds the OpenAPI of both ends', () => {
  expect([OLDEST_KUBERNETES_VERSION, NEWEST_KUBERNETES_VERSION]).toEqual(['1.28', '1.36']);
  for (const version of SUPPORTED_KUBERNETES_VERSIONS) expect(existsSync(join(SCHEMAS_DIR, kubernetesSwaggerFile(version)))).toBe(true);
});

test.each(['dev', 'uat', 'prod', 'argocd'])('%s: every committed object is valid at both ends of the range', (folder) => {
  for (const version of SUPPORTED_KUBERNETES_VERSIONS) {
    const validator = SchemaValidator.instance(version);
    const findings = committedManifests(folder).flatMap((manifest) =>
      validator.validate(manifest).map((finding) => `${manifest.kind}/${manifest.metadata.name} ${finding.path}: ${finding.message}`),
    );
    expect({ version, findings }).toEqual({ version, findings: [] });
  }
});

test('a field only the newest version knows is refused, naming the versions that refuse it', () => {
  const broken = clone(deployment) as unknown as { spec: { template: { spec: Record<string, unknown> } } };
  broken.spec.template.spec.hostnameOverride = 'x';
  expect(schemaFindingsAcrossVersions(broken as never)).toEqual([
    { path: 'spec.template.spec', message: 'unknown field "hostnameOverride" (Kubernetes 1.28)' },
  ]);
});

test('an API the newest version removed is refused there', () => {
  const schema = {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3',
    kind: 'FlowSchema',
    metadata: { name: 'x' },
    spec: { priorityLevelConfiguration: { name: 'global-default' } },
  };
  expect(schemaFindingsAcrossVersions(schema)).toEqual([
    { path: '', message: 'no schema for flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema (Kubernetes 1.36)' },
  ]);
});

test('a finding of every version is reported once, without versions', () => {
  const broken = clone(deployment) as unknown as { spec: Record<string, unknown> };
  broken.spec.replicas = 'two';
  expect(schemaFindingsAcrossVersions(broken as never)).toEqual([{ path: 'spec.replicas', message: 'must be integer' }]);
});

test.each(['dev', 'uat', 'prod'])('%s: the namespace pins Pod Security admission to the oldest supported minor', (env) => {
  expect(POD_SECURITY_ADMISSION_VERSION).toBe('v1.28');
  const labels = (find(committedManifests(env), 'Namespace', `calypso-${env}`).metadata.labels ?? {}) as Record<string, string>;
  for (const mode of ['enforce', 'audit', 'warn']) {
    expect(labels[`pod-security.kubernetes.io/${mode}`]).toBe('restricted');
    expect(labels[`pod-security.kubernetes.io/${mode}-version`]).toBe(POD_SECURITY_ADMISSION_VERSION);
  }
});
