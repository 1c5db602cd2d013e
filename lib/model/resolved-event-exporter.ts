/**
 * The event exporter with its defaults applied: what its construct renders
 * and what sizing counts. Plain data; no cdk8s.
 */
import { EVENT_EXPORTER_DEFAULTS, type EventExporterSpec } from './monitoring-spec';
import { parseCpu, parseMemory } from './quantity';

/** CPU limit of the event exporter as a multiple of its request: it is bursty when many events arrive at once. */
export const EVENT_EXPORTER_CPU_LIMIT_FACTOR = 4;

/** The event exporter with its defaults applied. */
export interface ResolvedEventExporter {
  readonly spec: EventExporterSpec;
  readonly cpuMillis: number;
  readonly cpuLimitMillis: number;
  readonly memoryBytes: number;
  readonly maxEventAgeSeconds: number;
}

/** Applies the event exporter's defaults; its quantities must have been checked (monitoring rules). */
export function resolveEventExporter(spec: EventExporterSpec): ResolvedEventExporter {
  const cpuMillis = parseCpu(spec.cpu ?? EVENT_EXPORTER_DEFAULTS.cpu) ?? 0;
  return {
    spec,
    cpuMillis,
    cpuLimitMillis: cpuMillis * EVENT_EXPORTER_CPU_LIMIT_FACTOR,
    memoryBytes: parseMemory(spec.memory ?? EVENT_EXPORTER_DEFAULTS.memory) ?? 0,
    maxEventAgeSeconds: spec.maxEventAgeSeconds ?? EVENT_EXPORTER_DEFAULTS.maxEventAgeSeconds,
  };
}
