/**
 * Security contexts for the Pod Security Standard "restricted" profile:
 * non-root, no privilege escalation, all capabilities dropped, RuntimeDefault
 * seccomp and a read-only root filesystem. Every container this library
 * emits, init containers included, uses these.
 */
import type { k8s } from 'cdk8s-plus-27';
import type { ImageContract } from '../model/image-contract';

/**
 * Pod-level security context for a Calypso pod. `restricted-v2` (OpenShift's
 * SCC of that name) leaves out the fixed UID, GID and fsGroup: the platform
 * assigns the namespace's random UID, and would refuse fixed ones outside its range.
 */
export function restrictedPodSecurityContext(
  contract: ImageContract,
  mode: 'restricted' | 'restricted-v2' = 'restricted',
): k8s.PodSecurityContext {
  if (mode === 'restricted-v2') return { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } };
  return {
    runAsNonRoot: true,
    runAsUser: contract.user.uid,
    runAsGroup: contract.user.gid,
    fsGroup: contract.user.gid,
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/** Container-level security context for every container. */
export function restrictedContainerSecurityContext(): k8s.SecurityContext {
  return {
    runAsNonRoot: true,
    allowPrivilegeEscalation: false,
    privileged: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
}
