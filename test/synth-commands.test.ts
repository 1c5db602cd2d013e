/** `cdk8s synth` and `npm run synth` run the same app, and the CLI never empties dist/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LIBRARY_VERSION } from '../lib';

const root = join(__dirname, '..');
const cdk8sConfig = parse(readFileSync(join(root, 'cdk8s.yaml'), 'utf8')) as { app: string; output: string };
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

test('cdk8s.yaml runs the same command as npm run synth', () => {
  expect(cdk8sConfig.app).toBe(scripts.synth);
});

test('synthesis transpiles only; type-checking happens in npm test', () => {
  expect(scripts.synth).toMatch(/^node --require \.\/apps\/register\.js /);
  expect(readFileSync(join(root, 'apps', 'register.js'), 'utf8')).toContain("require('tsx/cjs')");
  expect(scripts.test).toMatch(/^tsc --noEmit && /);
});

test('the folder the cdk8s CLI empties before each run is not dist/', () => {
  expect(cdk8sConfig.output.replace(/\/$/, '')).not.toBe('dist');
});

test('LIBRARY_VERSION is package.json version', () => {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  expect(LIBRARY_VERSION).toBe(version);
});
