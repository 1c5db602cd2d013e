/**
 * A release bump changes only what the release changes: the workloads that
 * run it (their images and the release in their version label) and the
 * database Jobs named by the release. Everything around them (Services,
 * ConfigMaps, policies, budgets, monitors, …) is labelled with this
 * library's version and stays byte-for-byte the same, so the approver reads
 * the images and the new Jobs, not the version label of every object.
 */
import type { EnvironmentSpec, ImageRef } from '../lib';
import { loadEnvironments } from '../apps/load-environments';
import { EVENT_EXPORTER_NAME } from '../lib/model/monitoring-spec';
import { LIBRARY_VERSION } from '../lib/model/names';
import { manifestFileName, manifestYaml, type Manifest } from '../lib/output/render';
import { committedManifests, render } from './helpers';

const VERSION = 'app.kubernetes.io/version';

/** The next release of an image: `18.0.0.12` → `18.0.0.12-next`; a digest gets another digest. */
function bumped(image: ImageRef): ImageRef {
  if (image.digest !== undefined) return { ...image, digest: `sha256:${'1'.repeat(64)}` };
  return { ...image, tag: `${image.tag}-next` };
}

function bumpRelease(spec: EnvironmentSpec): EnvironmentSpec {
  const images = {
    application: bumped(spec.images.application),
    init: bumped(spec.images.init),
    dependencyWait: bumped(spec.images.dependencyWait),
  };
  return { ...spec, images, release: spec.release === undefined ? undefined : `${spec.release}-next` };
}

function byFile(spec: EnvironmentSpec): Map<string, Manifest> {
  return new Map(render(spec).map((manifest) => [manifestFileName(manifest), manifest]));
}

/** A manifest with its images and release labels blanked: what must not change in a workload. */
function withoutRelease(manifest: Manifest): string {
  return manifestYaml(manifest)
    .replace(/^(\s*image: ).*$/gm, '$1<image>')
    .replace(new RegExp(`^(\\s*${VERSION.replace(/[./]/g, '\\$&')}: ).*$`, 'gm'), '$1<release>');
}

describe.each(loadEnvironments().map(({ name, spec }) => [name, spec] as const))('a release bump of %s', (_name, spec) => {
  const before = new Map(committedManifests(_name).map((manifest): [string, Manifest] => [manifestFileName(manifest), manifest]));
  const after = byFile(bumpRelease(spec));
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
    (file) =>
      before.get(file) === undefined ||
      after.get(file) === undefined ||
      manifestYaml(before.get(file) as Manifest) !== manifestYaml(after.get(file) as Manifest),
  );

  test('changes only workloads and the Jobs named by the release', () => {
    const kinds = new Set(changed.map((file) => (before.get(file) ?? after.get(file))?.kind));
    // A canary server's workload is a Rollout; its AnalysisTemplate, like any configuration, does not change.
    for (const kind of kinds) expect(['Deployment', 'StatefulSet', 'Rollout', 'Job']).toContain(kind);
    expect(changed.filter((file) => /^(deployment|statefulset)-/.test(file)).length).toBeGreaterThan(0);
  });

  test('changes a workload only in its images and its release label', () => {
    for (const file of changed.filter((name) => before.has(name) && after.has(name))) {
      expect(withoutRelease(after.get(file) as Manifest)).toBe(withoutRelease(before.get(file) as Manifest));
    }
  });

  test("labels the configuration around the servers with this library's version", () => {
    for (const [file, manifest] of after) {
      const labels = (manifest.metadata as { labels?: Record<string, string> }).labels ?? {};
      // The event exporter is not Calypso: its objects carry the exporter's own version.
      if (labels['app.kubernetes.io/component'] === EVENT_EXPORTER_NAME) continue;
      if (['Service', 'ConfigMap', 'NetworkPolicy', 'ServiceAccount', 'PodDisruptionBudget', 'ExternalSecret'].includes(manifest.kind)) {
        expect([file, labels[VERSION]]).toEqual([file, LIBRARY_VERSION]);
      }
    }
  });
});
