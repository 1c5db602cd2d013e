/**
 * Two objects of one kind and name would render to the same file of dist/,
 * one silently replacing the other. Rendering refuses that before anything
 * is written, naming both objects, the server each belongs to and the
 * construct that made it.
 */
import { ApiObject, App, Chart } from 'cdk8s';
import { CalypsoPlatform, CalypsoServer, SpecError } from '../lib';
import { synthesize } from '../apps/synth';
import { renderApp } from '../lib/output/render';
import { snapshotTree, testSpec } from './helpers';
import { tempProject } from './temp-project';

/** The lines of the SpecError rendering an App throws. */
function renderRefusal(name: string, app: App): string[] {
  try {
    renderApp(name, 'dev', app);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return error.message.split('\n');
  }
  throw new Error('expected rendering to be refused');
}

test('a second Deployment named like a server is refused, naming both objects, their servers and constructs', () => {
  const app = new App();
  const platform = new CalypsoPlatform(app, 'alpha', { spec: testSpec({ name: 'alpha' }) });
  const authserver = platform.servers.get('authserver');
  if (authserver === undefined) throw new Error('no authserver');
  new ApiObject(authserver, 'Impostor', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'dataserver' } });
  expect(renderRefusal('alpha', app)).toEqual([
    '[alpha] field objects: Deployment/dataserver (server authserver, construct alpha/Namespaced/authserver/Impostor) and Deployment/dataserver (server dataserver, construct alpha/Namespaced/dataserver/Workload) render to the same file deployment-dataserver.yaml, so one would replace the other; give them different names',
  ]);
});

test("a team's own chart gets the same check: objects of one name in two namespaces still share a file", () => {
  const app = new App();
  for (const namespace of ['risk-a', 'risk-b']) {
    const chart = new Chart(app, namespace, { namespace });
    new ApiObject(chart, 'Settings', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' } });
  }
  new ApiObject(new Chart(app, 'other'), 'Unique', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'unique' } });
  expect(renderRefusal('risk-lab', app)).toEqual([
    '[risk-lab] field objects: ConfigMap/settings (construct risk-a/Settings) and ConfigMap/settings (construct risk-b/Settings) render to the same file configmap-settings.yaml, so one would replace the other; give them different names',
  ]);
});

test('synth refuses it before anything is written: dist/ stays as it was', () => {
  const project = tempProject({ alpha: testSpec({ name: 'alpha' }) });
  synthesize(project);
  const before = snapshotTree(project.distDir);
  // CalypsoPlatform schedules every server it places: the engine server gets a second "dataserver" Deployment.
  const original = CalypsoServer.prototype.schedule;
  vi.spyOn(CalypsoServer.prototype, 'schedule').mockImplementation(function (
    this: CalypsoServer,
    ...options: Parameters<CalypsoServer['schedule']>
  ) {
    original.apply(this, options);
    if (this.name === 'engineserver')
      new ApiObject(this, 'Copy', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'dataserver' } });
  });
  try {
    expect(() => synthesize(project)).toThrow(
      '[alpha] field objects: Deployment/dataserver (server dataserver, construct alpha/Namespaced/dataserver/Workload) and Deployment/dataserver (server engineserver, construct alpha/Namespaced/engineserver/Copy) render to the same file deployment-dataserver.yaml',
    );
  } finally {
    vi.restoreAllMocks();
  }
  expect(snapshotTree(project.distDir)).toEqual(before);
});
