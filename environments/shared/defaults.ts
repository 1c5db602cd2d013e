/**
 * What every environment shares. An environment file states only what
 * differs from this, so a difference between dev, UAT and prod is visible as
 * a difference in data.
 */
import type { DatabaseSpec, ImagesSpec } from '../../lib';

/** The bank's registry; images are built from calypso-application by the image pipeline. */
export const REGISTRY = 'registry.bank.internal/calypso';

/** The three Calypso images of one release; the image generation script builds them together. */
export function calypsoImages(tag: string): ImagesSpec {
  return {
    application: { repository: `${REGISTRY}/calypso-application-custom`, tag },
    init: { repository: `${REGISTRY}/calypso-init`, tag },
    dependencyWait: { repository: `${REGISTRY}/calypso-dependency-wait`, tag },
  };
}

/** Secret with the database user and password, in every environment's namespace. */
export const DATABASE_CREDENTIALS_SECRET = 'calypso-database';

/** An environment's database; only vendor and URL differ between environments. */
export function database(vendor: DatabaseSpec['vendor'], jdbcUrl: string): DatabaseSpec {
  return { vendor, jdbcUrl, credentialsSecret: DATABASE_CREDENTIALS_SECRET };
}
