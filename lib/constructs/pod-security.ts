/**
 * Security contexts for the Pod Security Standard "restricted" profile:
 * non-root, no privilege escalation, all capabilities dropped, RuntimeDefault
 * seccomp and a read-only root filesystem. Every container this library
 * emits, init containers included, uses these.
 */
import type { k8s } from 'cdk8s-plus-27';
import type { ImageContract } from '../model/image-contract';

/** Pod-level security context for a Calypso pod. */
export function restrictedPodSecurityContext(contract: ImageContract): k8s.PodSecurityContext {
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
