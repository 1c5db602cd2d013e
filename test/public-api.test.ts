/**
 * The library as another team gets it: built to JavaScript with .d.ts and
 * imported by package name. The package exports exactly the names listed
 * here (the public API; the README describes it), declarations marked
 * `@internal` are not in the .d.ts, and a small chart written against the
 * public exports only is type-checked, compiled, run and validated.
 *
 * One compile of the chart (test/consumer-compile.ts: the compiler API,
 * cached by the content of the package, the chart and the options) gives
 * both the chart's JavaScript and, from the same program's type checker,
 * the names the package exports; the chart itself runs on every run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type ts from 'typescript';
import { compiledConsumer, writeOutputs, type CompiledConsumer } from './consumer-compile';
import { packedPackage } from './package-build';
import { programEnvironment } from './program-run';
import { discard } from './test-temp-folders';

const root = join(__dirname, '..');
/** The package as npm pack builds it (test/package-build.ts: one build for as long as the sources stay the same). */
let clone: string;
let built: string;

/** Every name `calypso-k8s` exports, sorted. Adding or removing one is a change of the public API: update the README too. */
const PUBLIC_API = [
  'AccessSpec',
  'ADDON_ADVISORIES',
  'AddonAdvisory',
  'AddonSpec',
  'AlertImpact',
  'AlertingSpec',
  'AlertReceiverSpec',
  'AlertSeverities',
  'ApiServerAccess',
  'BrokenReference',
  'brokenReferences',
  'CaBundle',
  'CalypsoAccessControl',
  'CalypsoAccessControlProps',
  'CalypsoAlertRouting',
  'CalypsoAlertRoutingProps',
  'CalypsoAlertRules',
  'CalypsoAlertRulesProps',
  'CalypsoCanaryRollout',
  'CalypsoCanaryRolloutProps',
  'CalypsoCredentials',
  'CalypsoCredentialsProps',
  'CalypsoDatabaseJobs',
  'CalypsoDatabaseJobsProps',
  'CalypsoDisruptionBudget',
  'CalypsoDisruptionBudgetProps',
  'CalypsoEnvironment',
  'CalypsoEventExporter',
  'CalypsoEventExporterProps',
  'CalypsoExternalEntryPoints',
  'CalypsoExternalEntryPointsProps',
  'CalypsoExternalSecret',
  'CalypsoExternalSecretProps',
  'CalypsoGateway',
  'CalypsoGatewayProps',
  'CalypsoGitOps',
  'CalypsoGitOpsProps',
  'CalypsoHorizontalAutoscaler',
  'CalypsoHorizontalAutoscalerProps',
  'CalypsoIngress',
  'CalypsoIngressProps',
  'CalypsoMonitoring',
  'CalypsoMonitoringProps',
  'CalypsoNetworkPolicies',
  'CalypsoNetworkPoliciesProps',
  'CalypsoPlatform',
  'CalypsoPlatformProps',
  'CalypsoPriorityClass',
  'CalypsoPriorityClassProps',
  'CalypsoServer',
  'CalypsoServerProps',
  'CalypsoServiceMonitor',
  'CalypsoServiceMonitorProps',
  'CalypsoSharedFiles',
  'CalypsoSharedFilesProps',
  'CalypsoStopServers',
  'CalypsoStopServersProps',
  'CalypsoVerticalAutoscaler',
  'CalypsoVerticalAutoscalerProps',
  'CanaryAnalysis',
  'CanaryStep',
  'CertificateExpirySpec',
  'ClusterRef',
  'CORE_KINDS',
  'DATABASE_VENDORS',
  'DatabaseCredentials',
  'DatabaseJobPurpose',
  'DatabaseJobSpec',
  'DatabaseJobsSpec',
  'DatabaseNetwork',
  'DatabaseSpec',
  'DatabaseVendor',
  'DebugSpec',
  'declaredExternalObjects',
  'DEFAULT_IMAGE_CONTRACT',
  'DeliveredEnvironment',
  'DeliverySettings',
  'DependencyGraph',
  'disruptionsAllowed',
  'DnsAccess',
  'environmentSecrets',
  'EnvironmentSettings',
  'EnvironmentSpec',
  'EventExporterSpec',
  'ExternalObjects',
  'ExternalServerOptions',
  'ExternalSystem',
  'ExtraVolume',
  'Finding',
  'FolderToValidate',
  'formatFinding',
  'formatProblem',
  'GatewaySpec',
  'GitOpsTarget',
  'GroupKind',
  'HelmChartRef',
  'HighAvailabilityServerOptions',
  'HighAvailabilitySettings',
  'HorizontalAutoscalingOptions',
  'ImageContract',
  'ImageContractOverrides',
  'ImageRef',
  'ImagesSpec',
  'IngressExposure',
  'IngressRoute',
  'IngressSpec',
  'IngressTls',
  'isServerKind',
  'JavaStoreSpec',
  'jvmMemoryPlan',
  'JvmMemoryPlan',
  'JvmOptions',
  'k8s',
  'KubernetesVersion',
  'LdapBindSpec',
  'LOCAL_DISTRIBUTIONS',
  'LOCAL_TIER',
  'LocalDistribution',
  'LocalSecret',
  'LoggingSpec',
  'MANAGED_BY',
  'Manifest',
  'manifestFileName',
  'manifestYaml',
  'MonitoringAccess',
  'MonitoringSpec',
  'NamedPort',
  'NetworkEndpoint',
  'NetworkPort',
  'NetworkReachability',
  'NetworkSpec',
  'NfsExportSource',
  'NfsStorageClassSource',
  'NodePoolSpec',
  'NodeSize',
  'NodeTaint',
  'ObjectReference',
  'objectReferences',
  'OpenEbsNfsSource',
  'PART_OF',
  'PeerDependencyError',
  'PlacementSettings',
  'PriorityTier',
  'ProbeOverride',
  'ProbeOverrides',
  'PropertyMap',
  'PropertyValue',
  'recommendedLabels',
  'RecommendedLabelsProps',
  'RemoteSecretRef',
  'renderApp',
  'RenderedEnvironment',
  'RenderedObject',
  'renderEnvironment',
  'ResolvedCanaryRollout',
  'ResolvedEnvironment',
  'ResolvedEnvironmentSpec',
  'ResolvedNetwork',
  'ResolvedServer',
  'ResolvedSettings',
  'resolveEnvironment',
  'resolveEnvironmentSpec',
  'resolveImageContract',
  'RestoreJobSpec',
  'RolloutOptions',
  'SchedulingFinding',
  'SecretStoreRef',
  'SecretStoreSpec',
  'SecuritySettings',
  'selectorLabels',
  'SERVER_KINDS',
  'SERVER_PRESETS',
  'ServerKind',
  'ServerObjectNames',
  'ServerOptions',
  'ServerPlan',
  'ServerPreset',
  'ServerSpec',
  'ServerSpread',
  'serverSpreadFor',
  'ServerStorageOptions',
  'ServerWorkloadKind',
  'SEVERITIES',
  'Severity',
  'SharedFilesSource',
  'SharedFilesSpec',
  'ShortLivedSpec',
  'Sidecar',
  'SimulatedObject',
  'simulateDrainAndScale',
  'SpecError',
  'SpecProblem',
  'SpreadPolicy',
  'startupBudgetFor',
  'StopServersSpec',
  'StorageClassKind',
  'StorageSettings',
  'SUPPORTED_KUBERNETES_VERSIONS',
  'SUPPORTED_PEER_VERSIONS',
  'SyncWindowSpec',
  'TaintEffect',
  'Tier',
  'TIERS',
  'TlsFromSecretStore',
  'TlsSpec',
  'validateFolder',
  'validateRendered',
  'ValidationError',
  'VerticalAutoscalingSettings',
  'WorkloadKind',
  'WritablePath',
  'writablePaths',
];

const byName = (a: string, b: string): number => a.localeCompare(b, 'en', { sensitivity: 'base' });

/** Every .ts file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Names of the exported declarations marked `@internal` in a source file. */
function internalExports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [
    ...source.matchAll(/@internal\s*\*\/\s*export (?:declare )?(?:abstract )?(?:const|function|class|interface|type|enum) (\w+)/g),
  ].map((match) => match[1]);
}

/** The names a module's declaration file exports (with the program's type checker). */
function exportedNames(program: ts.Program, declarations: string): string[] {
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(declarations) as ts.SourceFile);
  return checker.getExportsOfModule(module as ts.Symbol).map((symbol) => symbol.name);
}

/** The consumer project in the built package's folder, so that `calypso-k8s` resolves to it by name, as in the repository. */
let consumer: string;
/** Its compile (cached), and the names the package's index.d.ts exports as the compile saw them. */
let compiled: CompiledConsumer;

beforeAll(() => {
  clone = packedPackage().clone;
  built = join(clone, 'build');
  const fixture = join(root, 'test', 'fixtures', 'consumer');
  consumer = join(clone, `test-consumer-${process.pid}`);
  discard(consumer);
  mkdirSync(consumer);
  cpSync(join(fixture, 'team-chart.ts'), join(consumer, 'team-chart.ts'));
  const config = JSON.parse(readFileSync(join(fixture, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: Record<string, unknown>;
    files: string[];
  };
  const index = join(built, 'lib', 'index.d.ts');
  compiled = compiledConsumer('public-api-compile', {
    project: consumer,
    files: config.files,
    compilerOptions: { ...config.compilerOptions, outDir: 'out' },
    packages: clone,
    // The chart imports the package by name, so the program holds its index.d.ts; the path is the one of this build.
    inspect: { file: 'test/public-api.test.ts', read: (program) => exportedNames(program, index) },
  });
}, 600_000);

// Unset when beforeAll failed: its error is the one to read.
afterAll(() => {
  if (consumer !== undefined) discard(consumer);
});

test('the package exports exactly the public API, by name', () => {
  expect((compiled.inspected as string[]).sort(byName)).toEqual([...PUBLIC_API].sort(byName));
  expect(PUBLIC_API).toEqual([...PUBLIC_API].sort(byName));
});

test('declarations marked @internal are left out of the .d.ts; their neighbours stay', () => {
  const marked = sourceFiles(join(root, 'lib')).flatMap((file) => internalExports(file).map((name) => ({ file, name })));
  expect(marked.map(({ file, name }) => `${relative(root, file)} ${name}`)).toEqual(
    expect.arrayContaining(['lib/output/render.ts appManifests', 'lib/output/schema-validator.ts SCHEMAS_DIR']),
  );
  for (const { file, name } of marked) {
    const declarations = readFileSync(join(built, relative(root, file)).replace(/\.ts$/, '.d.ts'), 'utf8');
    expect({ name, declared: new RegExp(`\\b${name}\\b`).test(declarations) }).toEqual({ name, declared: false });
  }
  const render = readFileSync(join(built, 'lib', 'output', 'render.d.ts'), 'utf8');
  expect(render).toContain('export declare function renderApp(');
});

test('a chart built from the public exports type-checks, runs, yields stable names, and is validated like dist/', () => {
  expect(compiled.diagnostics).toBe('');
  writeOutputs(consumer, compiled.outputs);
  const output = execFileSync(process.execPath, [join(consumer, 'out', 'team-chart.js')], {
    cwd: root,
    env: programEnvironment(process.env),
    encoding: 'utf8',
  });
  const { objects, files, findings } = JSON.parse(output) as {
    objects: { kind: string; metadata: { name: string; namespace: string } }[];
    files: string[];
    findings: string[];
  };
  expect(objects.map((object) => `${object.kind}/${object.metadata.name}`).sort()).toEqual([
    'ConfigMap/calculator-properties',
    'ConfigMap/dataserver-properties',
    'Deployment/calculator',
    'Deployment/dataserver',
    'Service/calculator',
    'Service/dataserver',
    'ServiceAccount/calculator',
    'ServiceAccount/dataserver',
  ]);
  expect(new Set(objects.map((object) => object.metadata.namespace))).toEqual(new Set(['risk-lab']));
  expect(files).toContain('deployment-dataserver.yaml');
  // The team's chart mounts its database Secret but does not create it: the policy rules say so, as they would for dist/.
  expect(findings).toEqual([
    'pod-references-resolve: Deployment/dataserver: volume database-credentials references Secret risk-db, which is neither in the output nor created by an ExternalSecret',
    'pod-references-resolve: Deployment/calculator: volume database-credentials references Secret risk-db, which is neither in the output nor created by an ExternalSecret',
  ]);
});
