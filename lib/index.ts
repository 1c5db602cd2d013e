/**
 * Public API of calypso-k8s: what other teams import into their charts, by
 * name. The constructs and their props, the spec types and the server
 * presets, the error types, the resolved model, the image contract, the
 * label helpers, and the render and validate entry points a team runs on
 * its own charts. Validators, parsers and the repository's own tooling are
 * not here: the programs and tests import them from their modules.
 *
 * One statement per module, sorted by path; test/public-api.test.ts holds
 * the same list and fails when the two differ.
 */
import { checkPeerDependencies } from './peer-dependencies';

export { CalypsoAccessControl, type CalypsoAccessControlProps } from './constructs/access-control';
export { CalypsoAlertRules, type CalypsoAlertRulesProps } from './constructs/alert-rules';
export { CalypsoAlertRouting, type CalypsoAlertRoutingProps } from './constructs/alert-routing';
export { CalypsoGitOps, type CalypsoGitOpsProps, type DeliveredEnvironment, type RenderedObject } from './constructs/argocd';
export { CalypsoEnvironment } from './constructs/calypso-environment';
export { CalypsoMonitoring, type CalypsoMonitoringProps } from './constructs/calypso-monitoring';
export { CalypsoPlatform, type CalypsoPlatformProps } from './constructs/calypso-platform';
export { CalypsoServer, type CalypsoServerProps } from './constructs/calypso-server';
export { CalypsoCanaryRollout, type CalypsoCanaryRolloutProps } from './constructs/canary-rollout';
export { CalypsoCredentials, type CalypsoCredentialsProps } from './constructs/credentials';
export { CalypsoDatabaseJobs, type CalypsoDatabaseJobsProps } from './constructs/database-jobs';
export { CalypsoStopServers, type CalypsoStopServersProps } from './constructs/stop-servers';
export { CalypsoDisruptionBudget, type CalypsoDisruptionBudgetProps } from './constructs/disruption-budget';
export { CalypsoEventExporter, type CalypsoEventExporterProps } from './constructs/event-exporter';
export { CalypsoExternalEntryPoints, type CalypsoExternalEntryPointsProps } from './constructs/external-entry-points';
export { CalypsoExternalSecret, type CalypsoExternalSecretProps } from './constructs/external-secret';
export { CalypsoGateway, type CalypsoGatewayProps } from './constructs/gateway';
export { CalypsoHorizontalAutoscaler, type CalypsoHorizontalAutoscalerProps } from './constructs/horizontal-autoscaler';
export { CalypsoIngress, type CalypsoIngressProps } from './constructs/ingress';
export { k8s } from './constructs/kubernetes-types';
export { CalypsoNetworkPolicies, type CalypsoNetworkPoliciesProps } from './constructs/network-policies';
export { CalypsoPriorityClass, type CalypsoPriorityClassProps } from './constructs/placement';
export { CalypsoServiceMonitor, type CalypsoServiceMonitorProps } from './constructs/service-monitor';
export { CalypsoSharedFiles, type CalypsoSharedFilesProps } from './constructs/storage';
export { CalypsoVerticalAutoscaler, type CalypsoVerticalAutoscalerProps } from './constructs/vertical-autoscaler';
export { type AccessSpec } from './model/access-spec';
export { type HorizontalAutoscalingOptions, type VerticalAutoscalingSettings } from './model/autoscaling-spec';
export { type JavaStoreSpec, type LdapBindSpec, type TlsSpec } from './model/credentials-spec';
export {
  type DatabaseJobPurpose,
  type DatabaseJobSpec,
  type DatabaseJobsSpec,
  type RestoreJobSpec,
  type StopServersSpec,
} from './model/database-jobs-spec';
export { type DebugSpec } from './model/debug-spec';
export { DependencyGraph } from './model/dependency-graph';
export {
  DATABASE_VENDORS,
  type DatabaseCredentials,
  type DatabaseSpec,
  type DatabaseVendor,
  type EnvironmentSettings,
  type EnvironmentSpec,
  type ImagesSpec,
  type ResolvedEnvironmentSpec,
  resolveEnvironmentSpec,
  type Tier,
  TIERS,
} from './model/environment-spec';
export { formatProblem, SpecError, type SpecProblem } from './model/errors';
export {
  type AddonSpec,
  type ClusterRef,
  type DeliverySettings,
  type GitOpsTarget,
  type GroupKind,
  type HelmChartRef,
  type ShortLivedSpec,
} from './model/gitops-spec';
export { type SyncWindowSpec } from './model/sync-window-spec';
export { type HighAvailabilityServerOptions, type HighAvailabilitySettings } from './model/high-availability-spec';
export { type ImageRef } from './model/image';
export {
  DEFAULT_IMAGE_CONTRACT,
  type ImageContract,
  type ImageContractOverrides,
  type NamedPort,
  resolveImageContract,
  type WritablePath,
  writablePaths,
} from './model/image-contract';
export { ADDON_ADVISORIES, type AddonAdvisory } from './model/addon-advisories';
export { type GatewaySpec } from './model/gateway-spec';
export { type IngressExposure, type IngressRoute, type IngressSpec, type IngressTls, type TlsFromSecretStore } from './model/ingress-spec';
export { jvmMemoryPlan, type JvmMemoryPlan, type JvmOptions } from './model/jvm';
export {
  type AlertImpact,
  type AlertingSpec,
  type AlertReceiverSpec,
  type AlertSeverities,
  type CertificateExpirySpec,
  type EventExporterSpec,
  type LoggingSpec,
  type MonitoringSpec,
  type Severity,
  SEVERITIES,
} from './model/monitoring-spec';
export { type KubernetesVersion, SUPPORTED_KUBERNETES_VERSIONS } from './model/kubernetes-versions';
export { environmentSecrets, type LocalSecret } from './model/local-tier';
export { MANAGED_BY, PART_OF, recommendedLabels, type RecommendedLabelsProps, selectorLabels } from './model/names';
export {
  type ApiServerAccess,
  type DatabaseNetwork,
  type DnsAccess,
  type ExternalSystem,
  type MonitoringAccess,
  type NetworkSpec,
} from './model/network-spec';
export {
  type NodePoolSpec,
  type NodeSize,
  type NodeTaint,
  type PlacementSettings,
  type ServerSpread,
  serverSpreadFor,
  type SpreadPolicy,
  type TaintEffect,
} from './model/placement-spec';
export { type CaBundle, type ExtraVolume, type ProbeOverride, type ProbeOverrides, type Sidecar } from './model/pod-options-spec';
export { type PriorityTier } from './model/priority';
export { LOCAL_DISTRIBUTIONS, LOCAL_TIER, type LocalDistribution } from './model/tier';
export { type PropertyMap, type PropertyValue } from './model/properties';
export { resolveEnvironment, type ResolvedEnvironment } from './model/resolved-environment';
export { type ResolvedNetwork, type ResolvedSettings } from './model/resolved-settings';
export { type CanaryAnalysis, type CanaryStep, type ResolvedCanaryRollout, type RolloutOptions } from './model/rollout-spec';
export { type RemoteSecretRef, type SecretStoreRef, type SecretStoreSpec } from './model/secret-refs';
export { type SecuritySettings } from './model/security-spec';
export {
  CORE_KINDS,
  isServerKind,
  SERVER_KINDS,
  SERVER_PRESETS,
  type ServerKind,
  startupBudgetFor,
  type ServerPreset,
  type WorkloadKind,
} from './model/server-kinds';
export { type ServerObjectNames, type ServerPlan, type ServerWorkloadKind } from './model/server-plan';
export { type ExternalServerOptions, type ResolvedServer, type ServerOptions, type ServerSpec } from './model/server-spec';
export {
  type NfsExportSource,
  type NfsStorageClassSource,
  type OpenEbsNfsSource,
  type ServerStorageOptions,
  type SharedFilesSource,
  type SharedFilesSpec,
  type StorageClassKind,
  type StorageSettings,
} from './model/storage-spec';
export { disruptionsAllowed, type SchedulingFinding, type SimulatedObject, simulateDrainAndScale } from './output/drain-and-scale';
export { type Finding } from './output/finding';
export { manifestFileName, manifestYaml, type Manifest, type RenderedEnvironment, renderApp, renderEnvironment } from './output/render';
export { type NetworkEndpoint, type NetworkPort, NetworkReachability } from './output/reachability';
export {
  type BrokenReference,
  brokenReferences,
  declaredExternalObjects,
  type ExternalObjects,
  type ObjectReference,
  objectReferences,
} from './output/references';
export { formatFinding, type FolderToValidate, validateFolder, validateRendered, ValidationError } from './output/validate';
export { PeerDependencyError, SUPPORTED_PEER_VERSIONS } from './peer-dependencies';

// Before anything renders: an unsupported or second copy of cdk8s or constructs fails here, not half-way through a synth.
checkPeerDependencies();
