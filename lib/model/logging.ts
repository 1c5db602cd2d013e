/**
 * Structured logging: servers write one JSON object per line to stdout, where
 * the cluster's log collector picks them up together with the pod's labels
 * (`app.kubernetes.io/instance` = environment, `component` = server, `name` =
 * kind) and namespace. The pod states the format in an annotation, so the
 * collector can choose its parser without knowing Calypso. Heap dumps and GC
 * logs are files, not log lines: they stay in the logs volume (image contract
 * `paths.logs`).
 */
import type { ImageContract } from './image-contract';

/** Pod annotation naming the format of the server's log lines: `ecs`, `logstash`, `gelf`, … or `text`. */
export const LOG_FORMAT_ANNOTATION = 'calypso.io/log-format';

/** The format a server's stdout is in: the contract's structured format, or `text` when it is turned off. */
export function serverLogFormat(contract: ImageContract): string {
  return contract.logging.formatVariable === '' ? 'text' : contract.logging.format;
}

/** The variables that switch the server's console log to JSON (none when turned off). */
export function structuredLoggingEnvironment(contract: ImageContract): Record<string, string> {
  const { formatVariable, format } = contract.logging;
  return formatVariable === '' ? {} : { [formatVariable]: format };
}
