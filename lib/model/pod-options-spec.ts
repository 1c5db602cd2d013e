/**
 * Typed escape hatches of a server's pod: what teams used to reach with JSON
 * patches on the workload (probe tuning, sidecars, extra volumes, pull
 * secrets, a CA bundle, labels and annotations, OpenShift's pod security),
 * as strict server options with their rules. Plain data: no cdk8s here.
 */
import { z } from 'zod';
import type { Report } from './errors';
import { isDnsLabel, isDnsSubdomain, isLabelKey, isLabelValue } from './names';
import { cpuQuantity, memoryQuantity, parseCpu, parseMemory } from './quantity';
import { shown, type SpecOf } from './schema';

/** Overrides of one health probe; what is not given keeps the library's value. */
export const ProbeOverrideSchema = z.strictObject({
  /**
   * HTTP path on the server's own health port (a probe never asks another server).
   * @default - the image contract's path for the probe
   */
  path: z.string().optional(),
  /**
   * Name of one of the server's own ports to probe.
   * @default - the health port (image contract `health.port`)
   */
  port: z.string().optional(),
  /** @default - 10 (startup, readiness), 20 (liveness) */
  periodSeconds: z.number().optional(),
  /** @default 5 */
  timeoutSeconds: z.number().optional(),
  /** @default - the startup budget over the period (startup), 3 (readiness, liveness) */
  failureThreshold: z.number().optional(),
  /** Successes that count as healthy again; Kubernetes allows only 1 for startup and liveness. @default 1 */
  successThreshold: z.number().optional(),
  /** @default 0 */
  initialDelaySeconds: z.number().optional(),
});
export type ProbeOverride = SpecOf<typeof ProbeOverrideSchema>;

/** Overrides of the startup, readiness and liveness probes. */
export const ProbeOverridesSchema = z.strictObject({
  /** @default - the library's startup probe, sized from startupBudgetSeconds */
  startup: ProbeOverrideSchema.optional(),
  /** @default - the library's readiness probe */
  readiness: ProbeOverrideSchema.optional(),
  /** @default - the library's liveness probe */
  liveness: ProbeOverrideSchema.optional(),
});
export type ProbeOverrides = SpecOf<typeof ProbeOverridesSchema>;

/** Where an extra volume's files come from: exactly one of these. */
export const ExtraVolumeSchema = z.strictObject({
  /** Volume name inside the pod; a DNS label. */
  name: z.string(),
  /** Where the server container mounts it. */
  mountPath: z.string(),
  /** @default true for configMap and secret, false otherwise */
  readOnly: z.boolean().optional(),
  /** A ConfigMap of the namespace. @default - not a ConfigMap */
  configMap: z.string().optional(),
  /** A Secret of the namespace. @default - not a Secret */
  secret: z.string().optional(),
  /** A PersistentVolumeClaim of the namespace. @default - not a claim */
  persistentVolumeClaim: z.string().optional(),
  /** An emptyDir of this size (a memory quantity). @default - not an emptyDir */
  emptyDir: memoryQuantity().optional(),
});
export type ExtraVolume = SpecOf<typeof ExtraVolumeSchema>;

/** An extra container in the server's pod; it runs with the same restricted security context as every container. */
export const SidecarSchema = z.strictObject({
  /** Container name; a DNS label, not the server kind nor a library container's. */
  name: z.string(),
  /** Image reference, e.g. `registry.bank.internal/log-shipper:2.1`. */
  image: z.string(),
  /** @default - the image's entrypoint */
  command: z.array(z.string()).optional(),
  /** @default - the image's arguments */
  args: z.array(z.string()).optional(),
  /** @default {} */
  env: z.record(z.string(), z.string()).optional(),
  /** CPU request and limit. */
  cpu: cpuQuantity(),
  /** Memory request and limit. */
  memory: memoryQuantity(),
  /**
   * Volumes of the pod (extra volumes by name, or the library's) to mount, by name, at a path.
   * @default []
   */
  volumeMounts: z.array(z.strictObject({ name: z.string(), mountPath: z.string(), readOnly: z.boolean().optional() })).optional(),
});
export type Sidecar = SpecOf<typeof SidecarSchema>;

/**
 * A bundle of CA certificates the server trusts, from a ConfigMap or a Secret
 * of the namespace, mounted read-only at `mountPath`.
 */
export const CaBundleSchema = z.strictObject({
  /** ConfigMap that holds the bundle. @default - give `configMap` or `secret` */
  configMap: z.string().optional(),
  /** Secret that holds the bundle. @default - give `configMap` or `secret` */
  secret: z.string().optional(),
  /** Key of the bundle in the ConfigMap or Secret; the file name under `mountPath`. @default 'ca.crt' */
  key: z.string().optional(),
  /** Directory the bundle is mounted at. @default '/etc/pki/calypso' */
  mountPath: z.string().optional(),
  /**
   * ASSUMED (image contract): the image trusts CAs through the JVM's
   * truststore only. Set this to a store format the JVM reads (`PKCS12`,
   * which also holds plain certificates for a Java 9+ JVM), and the server's
   * JAVA_OPTS get `-Djavax.net.ssl.trustStore=<mountPath>/<key>` and its type.
   * @default - no JVM flag: the image reads the bundle from the path itself
   */
  jvmTruststoreType: z.enum(['PKCS12', 'JKS']).optional(),
});
export type CaBundle = SpecOf<typeof CaBundleSchema>;

/** The fields of ServerOptions for the pod's escape hatches. */
export const POD_OPTIONS_SHAPE = {
  /**
   * Probe tuning. Liveness stays on the server's own port and path: it never consults another server.
   * @default - the library's probes
   */
  probes: ProbeOverridesSchema.optional(),
  /** Extra containers of the pod. @default [] */
  sidecars: z.array(SidecarSchema).optional(),
  /** Extra volumes, mounted in the server container. @default [] */
  volumes: z.array(ExtraVolumeSchema).optional(),
  /** Secrets of the namespace that pull the images. @default [] */
  imagePullSecrets: z.array(z.string()).optional(),
  /** CA certificates the server trusts. @default - none beyond the image's */
  caBundle: CaBundleSchema.optional(),
  /** Extra labels of the pod template (never selector labels or library-owned keys). @default {} */
  podLabels: z.record(z.string(), z.string()).optional(),
  /** Extra annotations of the pod template (never library-owned keys). @default {} */
  podAnnotations: z.record(z.string(), z.string()).optional(),
  /**
   * `restricted`: fixed UID, GID and fsGroup from the image contract.
   * `restricted-v2` (OpenShift's SCC): no fixed runAsUser, runAsGroup or fsGroup, so the pod runs with the
   * namespace's random UID; still non-root, no privilege escalation, every capability dropped, RuntimeDefault seccomp.
   * @default 'restricted'
   */
  podSecurity: z.enum(['restricted', 'restricted-v2']).optional(),
};

/** Key prefixes the library owns on pods: labels and annotations there cannot be set by hand. */
export const LIBRARY_OWNED_KEY_PREFIXES: readonly string[] = ['app.kubernetes.io/', 'calypso.io/', 'checksum/'];

/** Names of the containers the library puts in a pod. */
export const LIBRARY_CONTAINER_NAMES: readonly string[] = ['calypso-init', 'calypso-dependency-wait'];

/** Default mount directory of a CA bundle. */
export const DEFAULT_CA_BUNDLE_PATH = '/etc/pki/calypso';
/** Default key (file name) of a CA bundle. */
export const DEFAULT_CA_BUNDLE_KEY = 'ca.crt';

type PodOptions = SpecOf<z.ZodObject<typeof POD_OPTIONS_SHAPE>> & { readonly kind: string };

function seconds(fail: Report, field: string, value: number | undefined, minimum: number): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= minimum)) {
    fail(field, `must be a whole number of at least ${minimum}, got ${value}`);
  }
}

function absolutePath(fail: Report, field: string, path: string): void {
  if (!path.startsWith('/')) fail(field, `must be an absolute path (${shown(path)})`);
}

/** The rules between the escape-hatch fields of one server (shapes are the schema's). */
export function podOptionsProblems(options: PodOptions, fail: Report): void {
  for (const probe of ['startup', 'readiness', 'liveness'] as const) {
    const override = options.probes?.[probe];
    if (override === undefined) continue;
    const field = `probes.${probe}`;
    if (override.path !== undefined && !override.path.startsWith('/')) fail(`${field}.path`, `must start with / (${shown(override.path)})`);
    seconds(fail, `${field}.periodSeconds`, override.periodSeconds, 1);
    seconds(fail, `${field}.timeoutSeconds`, override.timeoutSeconds, 1);
    seconds(fail, `${field}.failureThreshold`, override.failureThreshold, 1);
    seconds(fail, `${field}.initialDelaySeconds`, override.initialDelaySeconds, 0);
    seconds(fail, `${field}.successThreshold`, override.successThreshold, 1);
    if (probe !== 'readiness' && override.successThreshold !== undefined && override.successThreshold !== 1) {
      fail(`${field}.successThreshold`, `Kubernetes requires 1 for a ${probe} probe (${override.successThreshold})`);
    }
  }

  const volumeNames = new Set<string>();
  (options.volumes ?? []).forEach((volume, index) => {
    const field = `volumes[${index}]`;
    if (!isDnsLabel(volume.name)) fail(`${field}.name`, `is not a DNS label (${shown(volume.name)})`);
    if (volumeNames.has(volume.name)) fail(`${field}.name`, `names a volume twice (${shown(volume.name)})`);
    volumeNames.add(volume.name);
    absolutePath(fail, `${field}.mountPath`, volume.mountPath);
    const sources = (['configMap', 'secret', 'persistentVolumeClaim', 'emptyDir'] as const).filter(
      (source) => volume[source] !== undefined,
    );
    if (sources.length !== 1) {
      fail(
        field,
        `needs exactly one of configMap, secret, persistentVolumeClaim, emptyDir (${sources.length === 0 ? 'none' : sources.join(', ')})`,
      );
    }
    for (const source of ['configMap', 'secret', 'persistentVolumeClaim'] as const) {
      const name = volume[source];
      if (name !== undefined && !isDnsSubdomain(name)) fail(`${field}.${source}`, `is not an object name (${shown(name)})`);
    }
  });

  const containerNames = new Set<string>([options.kind, ...LIBRARY_CONTAINER_NAMES]);
  (options.sidecars ?? []).forEach((sidecar, index) => {
    const field = `sidecars[${index}]`;
    if (!isDnsLabel(sidecar.name)) fail(`${field}.name`, `is not a DNS label (${shown(sidecar.name)})`);
    else if (containerNames.has(sidecar.name)) fail(`${field}.name`, `clashes with another container of the pod (${shown(sidecar.name)})`);
    containerNames.add(sidecar.name);
    if (sidecar.image.trim() === '') fail(`${field}.image`, 'must name an image');
    (sidecar.volumeMounts ?? []).forEach((mount, m) => absolutePath(fail, `${field}.volumeMounts[${m}].mountPath`, mount.mountPath));
  });

  (options.imagePullSecrets ?? []).forEach((secret, index) => {
    if (!isDnsSubdomain(secret)) fail(`imagePullSecrets[${index}]`, `is not a Secret name (${shown(secret)})`);
  });

  const ca = options.caBundle;
  if (ca !== undefined) {
    if ((ca.configMap === undefined) === (ca.secret === undefined)) {
      fail('caBundle', 'needs exactly one of configMap and secret');
    }
    if (ca.mountPath !== undefined) absolutePath(fail, 'caBundle.mountPath', ca.mountPath);
    if (ca.key !== undefined && !/^[-._a-zA-Z0-9]+$/.test(ca.key))
      fail('caBundle.key', `is not a ConfigMap or Secret key (${shown(ca.key)})`);
  }

  for (const [which, entries] of [
    ['podLabels', options.podLabels],
    ['podAnnotations', options.podAnnotations],
  ] as const) {
    for (const [key, value] of Object.entries(entries ?? {})) {
      const field = `${which}.${key}`;
      const owned = LIBRARY_OWNED_KEY_PREFIXES.find((prefix) => key.startsWith(prefix));
      if (owned !== undefined) fail(field, `keys under ${owned} are the library's (selector and recommended labels, checksums)`);
      else if (!isLabelKey(key)) fail(field, `is not a label or annotation key (${shown(key)})`);
      else if (which === 'podLabels' && !isLabelValue(value)) fail(field, `is not a label value (${shown(value)})`);
    }
  }
}

/** CPU and memory the sidecars of a server request (each request equals its limit): they run beside the server container. */
export function sidecarResources(server: { readonly sidecars?: readonly Sidecar[] }): { cpuMillis: number; memoryBytes: number } {
  return (server.sidecars ?? []).reduce(
    (sum, sidecar) => ({
      cpuMillis: sum.cpuMillis + (parseCpu(sidecar.cpu) ?? 0),
      memoryBytes: sum.memoryBytes + (parseMemory(sidecar.memory) ?? 0),
    }),
    { cpuMillis: 0, memoryBytes: 0 },
  );
}
