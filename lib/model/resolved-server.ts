/** A server with every default applied: what resolveServer (server-spec.ts) makes of a server spec. */
import type { CaBundle, ExtraVolume, ProbeOverrides, Sidecar } from './pod-options-spec';
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
  /** The pod's escape hatches (pod-options-spec.ts), as given; undefined where not. */
  readonly probes?: ProbeOverrides;
  readonly sidecars?: readonly Sidecar[];
  readonly volumes?: readonly ExtraVolume[];
  readonly imagePullSecrets?: readonly string[];
  readonly caBundle?: CaBundle;
  readonly podLabels?: Readonly<Record<string, string>>;
  readonly podAnnotations?: Readonly<Record<string, string>>;
  readonly podSecurity?: 'restricted' | 'restricted-v2';
}
