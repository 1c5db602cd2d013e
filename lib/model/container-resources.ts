/**
 * What the helper containers of every server pod request (and are limited
 * to), as plain data: the pod builder uses it, and so does the capacity
 * check, which must count init containers the way the scheduler does.
 */

/** CPU and memory of one container, request equal to limit. */
export interface HelperContainerResources {
  readonly cpu: string;
  readonly memory: string;
}

/** Resources of the `calypso-init` and `calypso-dependency-wait` init containers. */
export const HELPER_CONTAINER_RESOURCES: Readonly<Record<'init' | 'dependencyWait', HelperContainerResources>> = {
  init: { cpu: '100m', memory: '128Mi' },
  dependencyWait: { cpu: '50m', memory: '64Mi' },
};
