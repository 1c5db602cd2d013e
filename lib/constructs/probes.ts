/**
 * Health probes on the Calypso health check API. The startup probe carries
 * the slow JVM start; readiness and liveness start only after it succeeds.
 * Liveness uses the server's own liveness endpoint, which never consults
 * another server: a Dataserver outage must not restart every engine.
 * Readiness uses the readiness group, which includes the server's
 * connections to its dependencies (image contract
 * `health.readinessIncludesDependencies`): after the dependency wait, which
 * runs only at pod start, it is what takes a server that lost its Dataserver
 * or Eventserver out of its Service (after 3 failed checks, 30 s) and puts it
 * back as soon as it has reconnected (1 success).
 */
import { k8s } from 'cdk8s-plus-27';
import type { ImageContract } from '../model/image-contract';
import type { ProbeOverride, ProbeOverrides } from '../model/pod-options-spec';

/** Seconds between startup probe attempts. */
export const STARTUP_PERIOD_SECONDS = 10;

function httpProbe(contract: ImageContract, path: string, periodSeconds: number, failureThreshold: number): k8s.Probe {
  return {
    httpGet: { path, port: k8s.IntOrString.fromString(contract.health.port.name), scheme: contract.health.scheme },
    periodSeconds,
    timeoutSeconds: 5,
    failureThreshold,
    successThreshold: 1,
  };
}

/** A probe with a server's overrides applied; the probe stays an httpGet on the server's own pod. */
function overridden(probe: k8s.Probe, override: ProbeOverride | undefined): k8s.Probe {
  if (override === undefined) return probe;
  const httpGet = probe.httpGet!;
  return {
    ...probe,
    httpGet: {
      ...httpGet,
      path: override.path ?? httpGet.path,
      port: override.port === undefined ? httpGet.port : k8s.IntOrString.fromString(override.port),
    },
    ...(override.initialDelaySeconds === undefined ? {} : { initialDelaySeconds: override.initialDelaySeconds }),
    periodSeconds: override.periodSeconds ?? probe.periodSeconds,
    timeoutSeconds: override.timeoutSeconds ?? probe.timeoutSeconds,
    failureThreshold: override.failureThreshold ?? probe.failureThreshold,
    successThreshold: override.successThreshold ?? probe.successThreshold,
  };
}

/** The three probes of a server whose startup may take `startupBudgetSeconds`, with the server's overrides. */
export function serverProbes(
  contract: ImageContract,
  startupBudgetSeconds: number,
  overrides: ProbeOverrides = {},
): { startupProbe: k8s.Probe; readinessProbe: k8s.Probe; livenessProbe: k8s.Probe } {
  const probes = defaultProbes(contract, startupBudgetSeconds);
  return {
    startupProbe: overridden(probes.startupProbe, overrides.startup),
    readinessProbe: overridden(probes.readinessProbe, overrides.readiness),
    livenessProbe: overridden(probes.livenessProbe, overrides.liveness),
  };
}

function defaultProbes(
  contract: ImageContract,
  startupBudgetSeconds: number,
): { startupProbe: k8s.Probe; readinessProbe: k8s.Probe; livenessProbe: k8s.Probe } {
  return {
    startupProbe: httpProbe(
      contract,
      contract.health.startupPath,
      STARTUP_PERIOD_SECONDS,
      Math.ceil(startupBudgetSeconds / STARTUP_PERIOD_SECONDS),
    ),
    readinessProbe: httpProbe(contract, contract.health.readinessPath, 10, 3),
    livenessProbe: httpProbe(contract, contract.health.livenessPath, 20, 3),
  };
}
