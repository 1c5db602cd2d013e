/**
 * Renders `dist/argocd/`: the AppProjects and Applications that deliver the
 * environments, built from the environments as rendered (their kinds and
 * autoscaled workloads), so it runs after every environment is rendered.
 */
import { App } from 'cdk8s';
import { CalypsoGitOps } from '../lib';
import { ARGOCD_FOLDER } from '../lib/constructs/argocd';
import type { LoadedEnvironment } from './load-environments';
import { renderApp, type RenderedEnvironment } from '../lib/output/render';

/**
 * The ArgoCD folder for a set of rendered environments, or nothing when no
 * environment has a GitOps target (a library user's or a test's environments).
 * Throws SpecError when only some have one, or when they clash.
 */
export function renderArgocd(rendered: readonly RenderedEnvironment[], loaded: readonly LoadedEnvironment[]): RenderedEnvironment[] {
  const specs = new Map(loaded.map((environment) => [environment.name, environment.spec]));
  const environments = rendered.flatMap((environment) => {
    const spec = specs.get(environment.name);
    return spec ? [{ spec, objects: environment.manifests }] : [];
  });
  if (!environments.some((environment) => environment.spec.gitops !== undefined)) return [];
  const app = new App();
  new CalypsoGitOps(app, ARGOCD_FOLDER, { environments });
  return [renderApp(ARGOCD_FOLDER, undefined, app)];
}
