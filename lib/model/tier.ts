/** Environment tiers: local, dev, uat and prod; prod gets the strictest rules. */
import { z } from 'zod';
import { distinctList, oneOf } from './schema';

/**
 * Environment tiers; prod gets the strictest rules. `local` is a developer's
 * own cluster (MicroK8s, k3d, minikube, Rancher Desktop): no secret store, no
 * platform add-ons, applied with kubectl (see local-tier.ts).
 */
export const TIERS = ['local', 'dev', 'uat', 'prod'] as const;
export const TierSchema = oneOf(TIERS, 'a tier');
export type Tier = z.output<typeof TierSchema>;

/** The tier of a developer's own cluster. */
export const LOCAL_TIER = 'local' satisfies Tier;

/**
 * The local Kubernetes distributions a `local` environment may run on: a
 * cluster that names one of them is a developer's own cluster, which serves
 * the local tier only.
 */
export const LOCAL_DISTRIBUTIONS = ['minikube', 'k3d', 'microk8s', 'rancher-desktop'] as const;
export const LocalDistributionSchema = oneOf(LOCAL_DISTRIBUTIONS, 'a local Kubernetes distribution');
export type LocalDistribution = z.output<typeof LocalDistributionSchema>;

/** The tiers a shared resource (cluster, database network, secret store) serves: at least one, each once. */
export const TiersSchema = distinctList(TierSchema, 'name each tier once').min(1);
