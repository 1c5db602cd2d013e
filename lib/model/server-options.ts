/**
 * What a server spec may say about the server itself (kind, size, JVM,
 * properties, where it runs), as a schema and the type it gives. The
 * scaling, placement and storage fields are in high-availability-spec.ts;
 * server-spec.ts puts them together and resolves them.
 */
import { z } from 'zod';
import { JvmOptionsSchema } from './jvm';
import { POD_OPTIONS_SHAPE } from './pod-options-spec';
import { PropertyMapSchema } from './properties';
import { cpuQuantity, memoryQuantity } from './quantity';
import { oneOf, type SpecOf } from './schema';
import { SERVER_KINDS, SERVER_PRESETS } from './server-kinds';

/** A server that runs outside the cluster (e.g. the Scheduler on premise). */
export const ExternalServerOptionsSchema = z.strictObject({
  /** DNS name the in-cluster Service points at (ExternalName). */
  host: z.string(),
  /**
   * Addresses (CIDRs) the server runs at: network policies let its dependents
   * reach it there, and admit it to the servers it depends on. Required by
   * CalypsoPlatform, which denies all other traffic.
   * @default - none
   */
  cidrs: z.array(z.string()).optional(),
});
export type ExternalServerOptions = SpecOf<typeof ExternalServerOptionsSchema>;

/** The fields of ServerOptions, for the schemas that extend it. */
export const SERVER_OPTIONS_SHAPE = {
  /** Which Calypso server this is. */
  kind: oneOf(SERVER_KINDS, 'a server kind'),
  /**
   * Object name of every resource of this server; a DNS-1035 label.
   * @default - the preset's default name, e.g. `dataserver`
   */
  name: z.string().optional(),
  /**
   * Pods to run. Singletons (Eventserver, Dataserver, Engineserver, Dispatcher, Scheduler) run exactly one.
   * @default 1
   */
  replicas: z.number().optional(),
  /**
   * CPU request.
   * @default - the preset's, e.g. `4` for the Dataserver
   */
  cpu: cpuQuantity().optional(),
  /**
   * CPU limit. Equal to the request gives the Guaranteed QoS class, so these
   * pods are evicted last under node pressure.
   * @default - equal to `cpu`
   */
  cpuLimit: cpuQuantity().optional(),
  /**
   * Memory request and limit (always equal for a JVM).
   * @default - the preset's, e.g. `16Gi` for the Dataserver
   */
  memory: memoryQuantity().optional(),
  /**
   * JVM heap and flags.
   * @default - heap 75% of memory, at most memory minus 768Mi
   */
  jvm: JvmOptionsSchema.optional(),
  /**
   * Engines an Engineserver hosts, e.g. `['TaskEngine', 'TransferEngine']`. Required for, and only for, Engineservers.
   * @default []
   */
  engines: z.array(z.string()).optional(),
  /**
   * Properties for this server only, on top of the environment's.
   * @default {}
   */
  properties: PropertyMapSchema.optional(),
  /**
   * Extra environment variables of the server container.
   * @default {}
   */
  env: z.record(z.string(), z.string()).optional(),
  /**
   * Runs outside the cluster: a Service of type ExternalName and no workload.
   * @default - runs in the cluster
   */
  external: ExternalServerOptionsSchema.optional(),
  /**
   * Seconds the startup probe allows for the JVM to start.
   * @default - the preset's (Dataserver 900, Engineserver 600, …) at the preset's CPU, scaled with the CPU requested (startupBudgetFor)
   */
  startupBudgetSeconds: z.number().optional(),
  /**
   * Seconds between SIGTERM and SIGKILL.
   * @default - the preset's
   */
  terminationGracePeriodSeconds: z.number().optional(),
  /**
   * Seconds the dependency-wait container waits for every dependency.
   * @default - the heaviest chain of startup budgets below this server
   */
  waitTimeoutSeconds: z.number().optional(),
  ...POD_OPTIONS_SHAPE,
};

/** Options of one Calypso server; everything but `kind` has a default from the preset. */
export const ServerOptionsSchema = z.strictObject(SERVER_OPTIONS_SHAPE);
export type ServerOptions = SpecOf<typeof ServerOptionsSchema>;

/** The name a server spec gives its server: its own, or its preset's default (`?` for an unknown kind). */
export function serverSpecName(server: Pick<ServerOptions, 'name' | 'kind'>): string {
  return server.name ?? SERVER_PRESETS[server.kind]?.defaultName ?? '?';
}

/** serverSpecName of a value that may not even be a server spec (for messages about a malformed one). */
export function anyServerName(server: unknown): string {
  if (server === null || typeof server !== 'object') return '?';
  const { name, kind } = server as { name?: unknown; kind?: unknown };
  if (typeof name === 'string') return name;
  return typeof kind === 'string' && Object.hasOwn(SERVER_PRESETS, kind)
    ? SERVER_PRESETS[kind as keyof typeof SERVER_PRESETS].defaultName
    : '?';
}
