/** Environment tiers: dev, uat and prod; prod gets the strictest rules. */
import { z } from 'zod';
import { distinctList, oneOf } from './schema';

/** Environment tiers; prod gets the strictest rules. */
export const TIERS = ['dev', 'uat', 'prod'] as const;
export const TierSchema = oneOf(TIERS, 'a tier');
export type Tier = z.output<typeof TierSchema>;

/** The tiers a shared resource (cluster, database network, secret store) serves: at least one, each once. */
export const TiersSchema = distinctList(TierSchema, 'name each tier once').min(1);
