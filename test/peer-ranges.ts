/** The ends of the supported peer ranges that test/packaging.test.ts installs the package against. */
import type { SUPPORTED_PEER_VERSIONS } from '../lib/peer-dependencies';

/** The two ends of the supported ranges: the lowest version each range allows, and the newest published. */
export const RANGE_ENDS: Record<'lowest' | 'newest', Record<keyof typeof SUPPORTED_PEER_VERSIONS, string>> = {
  // cdk8s 2.68.11 (cdk8s-plus-27's own lower bound) was never published: 2.68.12 is the first.
  lowest: { cdk8s: '2.68.12', constructs: '10.3.0', 'cdk8s-plus-27': '2.9.5' },
  newest: { cdk8s: 'latest', constructs: 'latest', 'cdk8s-plus-27': 'latest' },
};
