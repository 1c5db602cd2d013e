/** Container image references and the rules for pinning them. */
import { z } from 'zod';
import type { SpecOf } from './schema';

/** A container image: repository plus a tag, a digest, or both. */
export const ImageRefSchema = z.strictObject({
  /** Registry and repository, e.g. `registry.bank.internal/calypso/calypso-application`. */
  repository: z.string(),
  /**
   * Tag, e.g. `18.0.0.12`.
   * @default - none; a digest is then required
   */
  tag: z.string().optional(),
  /**
   * Content digest, e.g. `sha256:…` (64 hex digits). Wins over the tag when both are set.
   * @default - none; a tag is then required
   */
  digest: z.string().optional(),
});
export type ImageRef = SpecOf<typeof ImageRefSchema>;

const REPOSITORY = /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-]{1,2}[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const VERSION_TAG = /^v?[0-9]+(\.[0-9]+)+([-+._][0-9A-Za-z.-]+)?$/;
const FLOATING_TAGS = new Set(['latest', 'stable', 'main', 'master', 'edge', 'nightly', 'dev']);

/** The reference a pod spec uses: `repo@digest` when pinned, else `repo:tag`. */
export function imageName(image: ImageRef): string {
  if (image.digest) return `${image.repository}@${image.digest}`;
  return `${image.repository}:${image.tag}`;
}

/**
 * The inverse of imageName: splits a pod spec's image reference
 * (`repo[:tag][@digest]`, the registry may carry a port) into its parts.
 */
export function parseImageName(reference: string): ImageRef {
  const [named, digest] = reference.split('@', 2);
  const slash = named.lastIndexOf('/');
  const colon = named.lastIndexOf(':');
  const hasTag = colon > slash;
  return {
    repository: hasTag ? named.slice(0, colon) : named,
    ...(hasTag ? { tag: named.slice(colon + 1) } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** Problems with an image reference, each a message with the bad value in it. */
export function imageProblems(image: ImageRef): string[] {
  const problems: string[] = [];
  if (!REPOSITORY.test(image.repository)) {
    problems.push(`"${image.repository}" is not a valid image repository`);
  }
  if (image.tag === undefined && image.digest === undefined) {
    problems.push(`image ${image.repository} has neither a tag nor a digest; pin it to one`);
  }
  if (image.tag !== undefined && !TAG.test(image.tag)) {
    problems.push(`tag "${image.tag}" of ${image.repository} is not a valid image tag`);
  }
  if (image.digest !== undefined && !DIGEST.test(image.digest)) {
    problems.push(`digest "${image.digest}" of ${image.repository} is not sha256: followed by 64 hex digits`);
  }
  return problems;
}

/**
 * Why an image is not pinned well enough for production, or undefined if it is.
 * A digest always pins; otherwise the tag must be a release version, not a
 * moving name (`latest`, `main`, …) or a snapshot build.
 */
export function mutableImageReason(image: ImageRef): string | undefined {
  if (image.digest !== undefined) return undefined;
  const tag = image.tag ?? '';
  if (tag === '') return `image ${image.repository} has an empty tag`;
  if (FLOATING_TAGS.has(tag.toLowerCase())) return `tag "${tag}" of ${image.repository} moves; pin a digest or a release version`;
  if (/snapshot/i.test(tag)) return `tag "${tag}" of ${image.repository} is a snapshot build; pin a release version`;
  if (!VERSION_TAG.test(tag)) {
    return `tag "${tag}" of ${image.repository} is not a release version (such as 18.0.0.12); pin a digest or a version tag`;
  }
  return undefined;
}

/**
 * Everything wrong with an image for an environment of a tier: a malformed
 * reference, and in prod a tag that can move.
 */
export function imageProblemsForTier(image: ImageRef, tier: string): string[] {
  const problems = imageProblems(image);
  const mutable = tier === 'prod' ? mutableImageReason(image) : undefined;
  if (mutable) problems.push(`prod images must be immutable: ${mutable}`);
  return problems;
}

/** A label-safe version string for an image: its tag, or the digest's first 12 hex digits. */
export function imageVersion(image: ImageRef): string {
  if (image.tag !== undefined) return image.tag;
  return (image.digest ?? '').replace(/^sha256:/, '').slice(0, 12);
}
