/**
 * The Kubernetes event exporter: the API server keeps events for an hour, so
 * the reasons a pod was killed or never scheduled are gone by the time
 * anyone looks. The exporter (resmoio/kubernetes-event-exporter) watches the
 * namespace's events and writes each one to stdout as a JSON line, where the
 * log collector ships it like any other log, labelled with the environment.
 *
 * Unlike the servers, it talks to the API server, so its pod mounts a
 * ServiceAccount token: the one exception to "no token mounted". The token
 * can only read events of this namespace (a Role, not a ClusterRole).
 */
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-27';
import { stringify } from 'yaml';
import type { CalypsoEnvironment } from './calypso-environment';
import { imageName, imageVersion } from '../model/image';
import { EVENT_EXPORTER_DEFAULTS, EVENT_EXPORTER_NAME, type EventExporterSpec } from '../model/monitoring-spec';
import { LOG_FORMAT_ANNOTATION } from '../model/logging';
import { recommendedLabels, selectorLabels } from '../model/names';
import { restrictedContainerSecurityContext } from './pod-security';
import { dataChecksum } from '../model/properties';
import { formatCpu } from '../model/quantity';
import { resolveEventExporter } from '../model/resolved-event-exporter';

/** User the exporter runs as: the distroless `nonroot` user its image is built for. */
export const EVENT_EXPORTER_UID = 65532;
/** Port of the exporter's own metrics and health (its `-metrics-address` default). */
export const EVENT_EXPORTER_METRICS_PORT = 2112;
/** Where the ConfigMap is mounted, and the file the exporter reads. */
const CONFIG_DIRECTORY = '/etc/event-exporter';
const CONFIG_FILE = 'config.yaml';
/** Annotation that changes whenever the configuration does, so the pod rolls. */
const CONFIG_CHECKSUM_ANNOTATION = 'checksum/config';

/** The exporter's configuration: every event of the namespace, as JSON, to stdout. */
export function eventExporterConfig(namespace: string, maxEventAgeSeconds: number): Record<string, unknown> {
  return {
    // The exporter's own messages go to stderr, as JSON; warnings and errors only.
    logLevel: 'warn',
    logFormat: 'json',
    namespace,
    maxEventAgeSeconds,
    // No lookups of the involved objects' labels: the Role grants events only. The
    // event names the object (kind, name, namespace), and objects are named after servers.
    omitLookup: true,
    route: { routes: [{ match: [{ receiver: 'stdout' }] }] },
    receivers: [{ name: 'stdout', stdout: {} }],
  };
}

/** Props of a CalypsoEventExporter. */
export interface CalypsoEventExporterProps extends EventExporterSpec {
  readonly environment: CalypsoEnvironment;
  /**
   * Extra pod annotations (the log collector hints).
   * @default {}
   */
  readonly podAnnotations?: Readonly<Record<string, string>>;
}

/** ServiceAccount, Role, RoleBinding, ConfigMap and Deployment `event-exporter`. */
export class CalypsoEventExporter extends Construct {
  public readonly serviceAccount: k8s.KubeServiceAccount;
  public readonly role: k8s.KubeRole;
  public readonly roleBinding: k8s.KubeRoleBinding;
  public readonly configMap: k8s.KubeConfigMap;
  public readonly deployment: k8s.KubeDeployment;

  public constructor(scope: Construct, id: string, props: CalypsoEventExporterProps) {
    super(scope, id);
    const env = props.environment;
    const name = EVENT_EXPORTER_NAME;
    // The version label is the exporter's release, not Calypso's.
    const labels = (): Record<string, string> =>
      recommendedLabels({ environment: env.name, name, component: name, version: imageVersion(props.image) });
    const metadata = (): k8s.ObjectMeta => ({ name, labels: labels() });

    // Not mounted by default; only the exporter's pod asks for the token, below.
    this.serviceAccount = new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: metadata(), automountServiceAccountToken: false });
    this.role = new k8s.KubeRole(this, 'Role', {
      metadata: metadata(),
      rules: [
        // The exporter's informer reads core/v1 events; events.k8s.io/v1 is the same data, for builds that use it.
        { apiGroups: [''], resources: ['events'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['events.k8s.io'], resources: ['events'], verbs: ['get', 'list', 'watch'] },
      ],
    });
    this.roleBinding = new k8s.KubeRoleBinding(this, 'RoleBinding', {
      metadata: metadata(),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subjects: [{ kind: 'ServiceAccount', name, namespace: env.namespace }],
    });

    const resolved = resolveEventExporter(props);
    const data = { [CONFIG_FILE]: stringify(eventExporterConfig(env.namespace, resolved.maxEventAgeSeconds)) };
    this.configMap = new k8s.KubeConfigMap(this, 'Config', { metadata: metadata(), data });

    const cpu = props.cpu ?? EVENT_EXPORTER_DEFAULTS.cpu;
    const cpuLimit = formatCpu(resolved.cpuLimitMillis);
    const memory = k8s.Quantity.fromString(props.memory ?? EVENT_EXPORTER_DEFAULTS.memory);
    const metricsPort = 'metrics';
    const probe = (periodSeconds: number): k8s.Probe => ({
      // The exporter serves nothing but /metrics; it answers as long as the process runs.
      httpGet: { path: '/metrics', port: k8s.IntOrString.fromString(metricsPort), scheme: 'HTTP' },
      periodSeconds,
      timeoutSeconds: 5,
      failureThreshold: 3,
    });
    this.deployment = new k8s.KubeDeployment(this, 'Deployment', {
      metadata: metadata(),
      spec: {
        replicas: 1,
        // Two exporters would log every event twice.
        strategy: { type: 'Recreate' },
        revisionHistoryLimit: 5,
        selector: { matchLabels: selectorLabels(env.name, name) },
        template: {
          metadata: {
            labels: labels(),
            annotations: {
              ...props.podAnnotations,
              [LOG_FORMAT_ANNOTATION]: 'json',
              [CONFIG_CHECKSUM_ANNOTATION]: dataChecksum(data),
            },
          },
          spec: {
            serviceAccountName: name,
            // The exception: the exporter reads events from the API server (see the Role).
            automountServiceAccountToken: true,
            enableServiceLinks: false,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: EVENT_EXPORTER_UID,
              runAsGroup: EVENT_EXPORTER_UID,
              fsGroup: EVENT_EXPORTER_UID,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            containers: [
              {
                name,
                image: imageName(props.image),
                imagePullPolicy: 'IfNotPresent',
                // The binary's path in every release; older images have no entrypoint.
                command: ['/kubernetes-event-exporter'],
                args: [`-conf=${CONFIG_DIRECTORY}/${CONFIG_FILE}`, `-metrics-address=:${EVENT_EXPORTER_METRICS_PORT}`],
                ports: [{ name: metricsPort, containerPort: EVENT_EXPORTER_METRICS_PORT, protocol: 'TCP' }],
                resources: {
                  requests: { cpu: k8s.Quantity.fromString(cpu), memory },
                  limits: { cpu: k8s.Quantity.fromString(cpuLimit), memory },
                },
                readinessProbe: probe(10),
                livenessProbe: probe(30),
                securityContext: restrictedContainerSecurityContext(),
                volumeMounts: [
                  { name: 'config', mountPath: CONFIG_DIRECTORY, readOnly: true },
                  { name: 'tmp', mountPath: '/tmp' },
                ],
              },
            ],
            volumes: [
              { name: 'config', configMap: { name } },
              { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('16Mi') } },
            ],
          },
        },
      },
    });
  }
}
