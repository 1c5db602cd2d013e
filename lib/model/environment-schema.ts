/**
 * The environment spec: everything that differs between dev, UAT, prod and
 * any other Calypso environment, as one schema that gives both the
 * TypeScript type and the runtime check (environment-spec.ts resolves it).
 */
import { z } from 'zod';
import { DatabaseSpecSchema } from './database-spec';
import { DELIVERY_SETTINGS_SHAPE } from './gitops-spec';
import { HIGH_AVAILABILITY_SETTINGS_SHAPE } from './high-availability-spec';
import { ImageRefSchema } from './image';
import { ImageContractOverridesSchema } from './image-contract';
import { IngressSpecSchema } from './ingress-spec';
import { MonitoringSpecSchema } from './monitoring-spec';
import { PropertyMapSchema } from './properties';
import type { SpecOf } from './schema';
import { SecretStoreSpecSchema } from './secret-refs';
import { SECURITY_SETTINGS_SHAPE } from './security-spec';
import { ServerSpecSchema } from './server-spec';
import { TierSchema } from './tier';

/** The three images every environment runs. */
export const ImagesSpecSchema = z.strictObject({
  /** The `calypso-application` image (usually the bank's custom image built on it). */
  application: ImageRefSchema,
  /** The `calypso-init` image. */
  init: ImageRefSchema,
  /** The `calypso-dependency-wait` image. */
  dependencyWait: ImageRefSchema,
});
export type ImagesSpec = SpecOf<typeof ImagesSpecSchema>;

/** The fields of EnvironmentSettings, for the whole spec's schema. */
const ENVIRONMENT_SETTINGS_SHAPE = {
  ...HIGH_AVAILABILITY_SETTINGS_SHAPE,
  ...SECURITY_SETTINGS_SHAPE,
  ...DELIVERY_SETTINGS_SHAPE,
  /** Environment name: a DNS label, also the `dist/` folder and the `-env` argument. */
  name: z.string(),
  /** Tier: local, dev, uat or prod. */
  tier: TierSchema,
  /**
   * Namespace of every namespaced object.
   * @default `calypso-<name>`
   */
  namespace: z.string().optional(),
  /**
   * Calypso release shown in the `app.kubernetes.io/version` label.
   * @default - the application image's tag (or digest prefix)
   */
  release: z.string().optional(),
  /** The images. */
  images: ImagesSpecSchema,
  /** The database. */
  database: DatabaseSpecSchema,
  /**
   * The SecretStore or ClusterSecretStore every credential is read from, and the tiers whose secrets it holds.
   * Required in every tier but `local`, which has none: its Secrets come from files (`npm run local:secrets`).
   * @default - none (local tier only)
   */
  secretStore: SecretStoreSpecSchema.optional(),
  /**
   * Properties in `calypsosystem.properties.<ENV>` for every server.
   * @default {}
   */
  properties: PropertyMapSchema.optional(),
  /**
   * What the environment exposes through the ingress controller.
   * @default - nothing exposed
   */
  ingress: IngressSpecSchema.optional(),
  /**
   * Overrides of the image contract (see image-contract.ts).
   * @default - the documented defaults
   */
  imageContract: ImageContractOverridesSchema.optional(),
  /**
   * ServiceMonitors, alert rules, log collector hints and the event exporter.
   * @default - none: the cluster may have no Prometheus operator
   */
  monitoring: MonitoringSpecSchema.optional(),
};

/** Everything about an environment except its servers. */
export const EnvironmentSettingsSchema = z.strictObject(ENVIRONMENT_SETTINGS_SHAPE);
export type EnvironmentSettings = SpecOf<typeof EnvironmentSettingsSchema>;

/** A whole environment. */
export const EnvironmentSpecSchema = z.strictObject({
  ...ENVIRONMENT_SETTINGS_SHAPE,
  /** The servers, in any order. */
  servers: z.array(ServerSpecSchema),
});
export type EnvironmentSpec = SpecOf<typeof EnvironmentSpecSchema>;

/** Longest environment name, so that `calypso-<name>` and derived names stay DNS labels. */
export const MAX_ENVIRONMENT_NAME_LENGTH = 30;
