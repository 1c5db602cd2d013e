/**
 * The Kubernetes Pod Security Standard "restricted" profile (as of v1.27),
 * checked on synthesized pod specs, plus this project's own rule that every
 * root filesystem is read-only. Each check returns what is wrong, in words.
 * https://kubernetes.io/docs/concepts/security/pod-security-standards/
 */

/** The parts of a container's JSON this check reads. */
export interface ContainerJson {
  readonly name: string;
  readonly ports?: readonly { readonly hostPort?: number }[];
  readonly securityContext?: {
    readonly privileged?: boolean;
    readonly allowPrivilegeEscalation?: boolean;
    readonly capabilities?: { readonly drop?: readonly string[]; readonly add?: readonly string[] };
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seccompProfile?: { readonly type?: string };
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
  };
}

/** The parts of a pod spec's JSON this check reads (JSON field names, e.g. hostPID). */
export interface PodSpecJson {
  readonly hostNetwork?: boolean;
  readonly hostPID?: boolean;
  readonly hostIPC?: boolean;
  readonly volumes?: readonly ({ readonly name: string } & Record<string, unknown>)[];
  readonly securityContext?: {
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seccompProfile?: { readonly type?: string };
    readonly sysctls?: readonly unknown[];
  };
  readonly initContainers?: readonly ContainerJson[];
  readonly containers: readonly ContainerJson[];
}

/** Volume types the restricted profile allows. */
const ALLOWED_VOLUME_SOURCES = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);

/** The pod spec inside a workload object, if it has one. */
export function podSpecOf(manifest: { readonly kind: string; readonly spec?: unknown }): PodSpecJson | undefined {
  type Template = { template?: { spec?: PodSpecJson } };
  const spec = manifest.spec as (PodSpecJson & Template & { jobTemplate?: { spec?: Template } }) | undefined;
  switch (manifest.kind) {
    case 'Pod':
      return spec;
    case 'Deployment':
    case 'Rollout': // Argo Rollouts: a canary server's Deployment, with the same pod template
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
      return spec?.template?.spec;
    case 'CronJob':
      return spec?.jobTemplate?.spec?.template?.spec;
    default:
      return undefined;
  }
}

/** Every way a pod spec falls short of "restricted" (and of a read-only root filesystem). */
export function restrictedProblems(pod: PodSpecJson): string[] {
  const problems: string[] = [];
  const podContext = pod.securityContext ?? {};
  if (pod.hostNetwork || pod.hostPID || pod.hostIPC) problems.push('pod shares a host namespace');
  for (const volume of pod.volumes ?? []) {
    const source = Object.keys(volume).find((key) => key !== 'name');
    if (source && !ALLOWED_VOLUME_SOURCES.has(source))
      problems.push(`volume ${volume.name} is of type ${source}, which restricted forbids`);
  }
  if ((podContext.sysctls ?? []).length > 0) problems.push('pod sets sysctls');
  const podSeccomp = podContext.seccompProfile?.type;
  const containers: ContainerJson[] = [...(pod.initContainers ?? []), ...pod.containers];
  for (const container of containers) {
    const context = container.securityContext ?? {};
    const where = `container ${container.name}`;
    if (context.privileged) problems.push(`${where} is privileged`);
    if (context.allowPrivilegeEscalation !== false) problems.push(`${where} does not set allowPrivilegeEscalation: false`);
    const drop = context.capabilities?.drop ?? [];
    if (!drop.includes('ALL')) problems.push(`${where} does not drop ALL capabilities`);
    const added = (context.capabilities?.add ?? []).filter((capability) => capability !== 'NET_BIND_SERVICE');
    if (added.length > 0) problems.push(`${where} adds capabilities ${added.join(', ')}`);
    if ((context.runAsNonRoot ?? podContext.runAsNonRoot) !== true) problems.push(`${where} may run as root (runAsNonRoot is not true)`);
    if ((context.runAsUser ?? podContext.runAsUser) === 0) problems.push(`${where} runs as user 0`);
    const seccomp = context.seccompProfile?.type ?? podSeccomp;
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
      problems.push(`${where} has no RuntimeDefault or Localhost seccomp profile`);
    if (context.procMount !== undefined && context.procMount !== 'Default') problems.push(`${where} sets procMount ${context.procMount}`);
    for (const port of container.ports ?? []) {
      if (port.hostPort !== undefined && port.hostPort !== 0) problems.push(`${where} uses host port ${port.hostPort}`);
    }
    if (context.readOnlyRootFilesystem !== true) problems.push(`${where} has a writable root filesystem`);
  }
  return problems;
}
