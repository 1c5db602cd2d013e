/**
 * The Kubernetes versions a cluster may run: every rendered object is
 * validated against the OpenAPI of both ends of the range (schemas/), and the
 * namespaces pin the Pod Security admission to the oldest.
 */

/** Oldest and newest supported Kubernetes minor versions, as `<major>.<minor>`. */
export const SUPPORTED_KUBERNETES_VERSIONS = ['1.28', '1.36'] as const;
export type KubernetesVersion = (typeof SUPPORTED_KUBERNETES_VERSIONS)[number];

/** The oldest supported version: every object must work there. */
export const OLDEST_KUBERNETES_VERSION: KubernetesVersion = SUPPORTED_KUBERNETES_VERSIONS[0];
/** The newest supported version: every object must still be accepted there. */
export const NEWEST_KUBERNETES_VERSION: KubernetesVersion = SUPPORTED_KUBERNETES_VERSIONS[SUPPORTED_KUBERNETES_VERSIONS.length - 1];

/**
 * The version the `pod-security.kubernetes.io/<mode>-version` labels pin: the
 * oldest supported minor. A pinned version means the same "restricted" rules
 * on every cluster in the range, and a cluster upgrade never tightens them
 * under running pods (`latest` would). Every cluster in the range knows
 * v1.28's profile, since admission evaluates any version up to its own.
 */
export const POD_SECURITY_ADMISSION_VERSION = `v${OLDEST_KUBERNETES_VERSION}`;
