/**
 * The YAML synth writes: Kubernetes and ArgoCD read YAML 1.1, where `on`,
 * `yes`, `0755` or `12:30` are not strings; every such string is quoted, and
 * every file parses back to exactly the object that was validated.
 */
import { parse } from 'yaml';
import { renderEnvironment } from '../lib/output/render';
import { specWith } from './helpers';

test('strings a YAML 1.1 parser would read as booleans, numbers or times are quoted', () => {
  const env = { FEATURE: 'on', LEGACY: 'yes', UMASK: '0755', START: '12:30', RATIO: '1e3', EMPTY: '', FLAGS: '-c' };
  const rendered = renderEnvironment(specWith({ kind: 'calculator', env }));
  const yaml = rendered.files.get('deployment-calculator.yaml') ?? '';
  for (const line of ['value: "on"', 'value: "yes"', 'value: "0755"', 'value: "12:30"', 'value: "1e3"', 'value: ""', 'value: -c'])
    expect(yaml).toContain(`              ${line}\n`);
  for (const manifest of rendered.manifests)
    expect(parse(rendered.files.get(`${manifest.kind.toLowerCase()}-${manifest.metadata.name}.yaml`) ?? '', { version: '1.1' })).toEqual(
      manifest,
    );
});
