/** A server with every default applied: what resolveServer (server-spec.ts) makes of a server spec. */
import type { PropertyMap } from './properties';
import type { ServerKind, ServerPreset } from './server-kinds';
import type { ExternalServerOptions } from './server-options';

/** A server with every default applied. */
export interface ResolvedServer {
  readonly kind: ServerKind;
  readonly preset: ServerPreset;
  readonly name: string;
  readonly replicas: number;
  readonly cpuMillis: number;
  readonly cpuLimitMillis: number;
  readonly memoryBytes: number;
  readonly heapBytes: number;
  readonly extraJavaOptions: readonly string[];
  readonly engines: readonly string[];
  readonly properties: PropertyMap;
  readonly env: Readonly<Record<string, string>>;
  readonly external?: ExternalServerOptions;
  readonly startupBudgetSeconds: number;
  readonly terminationGracePeriodSeconds: number;
  readonly waitTimeoutSeconds?: number;
}
