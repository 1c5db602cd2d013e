/**
 * Policy rules: what a schema cannot see. Each rule has a name, a one-line
 * reason (both printed in README.md's rules table) and a check that returns
 * what is wrong with one object, in words. References are resolved within
 * one folder of dist/ (one environment, one namespace), as ArgoCD applies it.
 *
 * The rules read plain JSON, so they run the same on objects synth holds in
 * memory and on YAML read back from dist/ by `npm run validate`.
 */
import type { Tier } from '../model/environment-spec';
import { mutableImageReason, parseImageName } from '../model/image';
import type { Manifest } from './render';
import { podSpecOf, restrictedProblems, type PodSpecJson } from './pod-security-standard';
import { brokenReferences, type BrokenReference, type ExternalObjects } from './references';

/** Every object of one folder, indexed by kind and name. */
export class FolderObjects {
  /** Pod templates of every workload in the folder. */
  public readonly podTemplates: readonly PodTemplate[];
  private readonly byKind = new Map<string, Map<string, Manifest>>();
  private brokenByObject?: Map<string, BrokenReference[]>;
  private readonly secrets = new Map<string, { readonly keys?: ReadonlySet<string> } | undefined>();
  private readonly configMaps = new Map<string, ReadonlySet<string> | undefined>();

  public constructor(
    /** Folder (environment) name. */
    public readonly folder: string,
    /** Tier of the environment; undefined (unknown) gets the prod rules too. */
    public readonly tier: Tier | undefined,
    public readonly manifests: readonly Manifest[],
    /** What the environment's spec declares the cluster provides (see `declaredExternalObjects`); undefined when unknown. */
    public readonly external?: ExternalObjects,
  ) {
    for (const manifest of manifests) {
      const names = this.byKind.get(manifest.kind) ?? new Map<string, Manifest>();
      names.set(manifest.metadata?.name, manifest);
      this.byKind.set(manifest.kind, names);
    }
    this.podTemplates = manifests.flatMap((manifest) => podTemplateOf(manifest) ?? []);
  }

  /** True for prod and for folders whose tier is unknown (the strictest rules apply). */
  public get isProd(): boolean {
    return this.tier === undefined || this.tier === 'prod';
  }

  public get(kind: string, name: string): Manifest | undefined {
    return this.byKind.get(kind)?.get(name);
  }

  public ofKind(kind: string): Manifest[] {
    return [...(this.byKind.get(kind)?.values() ?? [])];
  }

  /** The references of one object that nothing provides (computed once for the folder). */
  public brokenReferencesOf(manifest: Manifest): readonly BrokenReference[] {
    if (this.brokenByObject === undefined) {
      this.brokenByObject = new Map();
      for (const broken of brokenReferences(this.manifests, this.external))
        this.brokenByObject.set(broken.object, [...(this.brokenByObject.get(broken.object) ?? []), broken]);
    }
    return this.brokenByObject.get(id(manifest)) ?? [];
  }

  /**
   * A Secret that will exist, with its keys when they are known: a Secret
   * object, or the target of an ExternalSecret that creates it.
   */
  public secret(name: string): { readonly keys?: ReadonlySet<string> } | undefined {
    // Asked once per reference (every env variable from a Secret key): worked out once per name.
    if (!this.secrets.has(name)) this.secrets.set(name, this.findSecret(name));
    return this.secrets.get(name);
  }

  /** The data and binary data keys of a ConfigMap in the folder (worked out once per name), or undefined when there is none. */
  public configMapKeys(name: string): ReadonlySet<string> | undefined {
    if (!this.configMaps.has(name)) {
      const found = this.get('ConfigMap', name) as { data?: object; binaryData?: object } | undefined;
      this.configMaps.set(name, found && new Set([...Object.keys(found.data ?? {}), ...Object.keys(found.binaryData ?? {})]));
    }
    return this.configMaps.get(name);
  }

  private findSecret(name: string): { readonly keys?: ReadonlySet<string> } | undefined {
    const secret = this.get('Secret', name) as { data?: object; stringData?: object } | undefined;
    if (secret) {
      // A Secret without data here (the no-secret-data rule) is filled by someone else: keys unknown.
      const keys = [...Object.keys(secret.data ?? {}), ...Object.keys(secret.stringData ?? {})];
      return { keys: keys.length > 0 ? new Set(keys) : undefined };
    }
    // Declared external (a local environment's Secrets, made from files by npm run local:secrets): keys unknown here.
    if (this.external?.Secret?.includes(name)) return { keys: undefined };
    for (const external of this.ofKind('ExternalSecret')) {
      const spec = (external.spec ?? {}) as ExternalSecretSpec;
      if ((spec.target?.name ?? external.metadata.name) !== name) continue;
      // Merge and None expect the Secret to exist already: the operator does not create it.
      if (spec.target?.creationPolicy === 'Merge' || spec.target?.creationPolicy === 'None') continue;
      const keysKnown = !spec.dataFrom?.length && !spec.target?.template;
      return { keys: keysKnown ? new Set((spec.data ?? []).map((item) => item.secretKey)) : undefined };
    }
    return undefined;
  }
}

interface ExternalSecretSpec {
  readonly target?: { readonly name?: string; readonly creationPolicy?: string; readonly template?: unknown };
  readonly data?: readonly { readonly secretKey: string }[];
  readonly dataFrom?: readonly unknown[];
}

/** A policy rule. */
export interface PolicyRule {
  /** Short name, printed with every finding. */
  readonly name: string;
  /** Why the rule exists, in one line. */
  readonly reason: string;
  /** Only for prod (and folders of unknown tier). */
  readonly prodOnly?: boolean;
  /** What is wrong with one object; empty when nothing is. */
  check(manifest: Manifest, folder: FolderObjects): string[];
}

/** A label selector as Kubernetes writes it. */
export interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: readonly { readonly key: string; readonly operator: string; readonly values?: readonly string[] }[];
}

interface ContainerJson {
  readonly name: string;
  readonly image?: string;
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  readonly ports?: readonly { readonly name?: string; readonly containerPort: number }[];
  readonly env?: readonly {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: { readonly configMapKeyRef?: KeyRef; readonly secretKeyRef?: KeyRef };
  }[];
  readonly envFrom?: readonly { readonly configMapRef?: NameRef; readonly secretRef?: NameRef }[];
  readonly volumeMounts?: readonly { readonly name: string }[];
}
interface NameRef {
  readonly name?: string;
  readonly optional?: boolean;
}
interface KeyRef extends NameRef {
  readonly key: string;
}
interface VolumeJson {
  readonly name: string;
  readonly configMap?: NameRef & { readonly items?: readonly { readonly key: string }[] };
  readonly secret?: { readonly secretName?: string; readonly optional?: boolean; readonly items?: readonly { readonly key: string }[] };
  readonly persistentVolumeClaim?: { readonly claimName: string };
  readonly projected?: {
    readonly sources?: readonly {
      readonly configMap?: NameRef & { readonly items?: readonly { readonly key: string }[] };
      readonly secret?: NameRef & { readonly items?: readonly { readonly key: string }[] };
    }[];
  };
}
interface PodJson {
  readonly serviceAccountName?: string;
  readonly serviceAccount?: string;
  readonly imagePullSecrets?: readonly { readonly name: string }[];
  readonly volumes?: readonly VolumeJson[];
  readonly initContainers?: readonly ContainerJson[];
  readonly containers: readonly ContainerJson[];
  readonly ephemeralContainers?: readonly ContainerJson[];
  readonly topologySpreadConstraints?: readonly { readonly labelSelector?: LabelSelector }[];
  readonly affinity?: Record<
    string,
    {
      readonly requiredDuringSchedulingIgnoredDuringExecution?: unknown;
      readonly preferredDuringSchedulingIgnoredDuringExecution?: unknown;
    }
  >;
}

/** A workload's pod template: where it is, its labels and its spec. */
export interface PodTemplate {
  readonly owner: Manifest;
  readonly labels: Readonly<Record<string, string>>;
  readonly spec: PodJson;
  /** Names of the StatefulSet's volumeClaimTemplates, which pods mount without a volume entry. */
  readonly claimTemplates: readonly string[];
}

const WORKLOADS_WITH_SELECTOR = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Rollout']);
const RECOMMENDED_LABELS = ['name', 'instance', 'component', 'part-of', 'managed-by', 'version'].map((l) => `app.kubernetes.io/${l}`);
const MUTABLE_SELECTOR_LABELS = ['app.kubernetes.io/version', 'cdk8s.io/metadata.addr'];
const HASH_SUFFIX = /-(c8[0-9a-f]{6}|[0-9a-f]{8})$/;
const JDWP = /-agentlib:jdwp|-Xrunjdwp|-Xdebug\b/;
const DEBUG_PORT_NAME = /^(jdwp|debug)(-|$)/i;

/** The pod template inside a workload object, if it has one. */
export function podTemplateOf(manifest: Manifest): PodTemplate | undefined {
  const spec = podSpecOf(manifest) as unknown as PodJson | undefined;
  if (!spec) return undefined;
  type Templated = {
    template?: { metadata?: { labels?: Record<string, string> } };
    volumeClaimTemplates?: { metadata?: { name?: string } }[];
  };
  const body = manifest.spec as Templated & { jobTemplate?: { spec?: Templated } };
  const metadata = manifest.kind === 'Pod' ? manifest.metadata : (body.template ?? body.jobTemplate?.spec?.template)?.metadata;
  const claimTemplates = (body.volumeClaimTemplates ?? []).map((claim) => claim.metadata?.name ?? '');
  return { owner: manifest, labels: (metadata?.labels ?? {}) as Record<string, string>, spec, claimTemplates };
}

/** True when a selector (a LabelSelector or a Service's plain map) selects these labels. */
export function selects(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) if (labels[key] !== value) return false;
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    const has = key in labels;
    const ok =
      operator === 'In'
        ? has && values.includes(labels[key])
        : operator === 'NotIn'
          ? !has || !values.includes(labels[key])
          : operator === 'Exists'
            ? has
            : operator === 'DoesNotExist' && !has;
    if (!ok) return false;
  }
  return true;
}

/** A selector as kubectl writes it: `a=b,c in (d,e)`. */
export function formatSelector(selector: LabelSelector): string {
  const expression = ({ key, operator, values = [] }: NonNullable<LabelSelector['matchExpressions']>[number]): string =>
    operator === 'Exists' ? key : operator === 'DoesNotExist' ? `!${key}` : `${key} ${operator.toLowerCase()} (${values.join(',')})`;
  return [
    ...Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`),
    ...(selector.matchExpressions ?? []).map(expression),
  ].join(',');
}

function isEmptySelector(selector: LabelSelector | undefined): boolean {
  return !selector || (Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0);
}

const id = (manifest: Manifest): string => `${manifest.kind}/${manifest.metadata?.name}`;

function containersOf(pod: PodJson): ContainerJson[] {
  return [...(pod.initContainers ?? []), ...pod.containers, ...(pod.ephemeralContainers ?? [])];
}

/** Every label selector an object holds, with where it is. */
function selectorsOf(manifest: Manifest): { where: string; selector: LabelSelector }[] {
  const spec = (manifest.spec ?? {}) as { selector?: LabelSelector & Record<string, string>; podSelector?: LabelSelector };
  const found: { where: string; selector: LabelSelector }[] = [];
  if (manifest.kind === 'Service' && spec.selector) found.push({ where: 'spec.selector', selector: { matchLabels: spec.selector } });
  if ((WORKLOADS_WITH_SELECTOR.has(manifest.kind) || manifest.kind === 'PodDisruptionBudget') && spec.selector)
    found.push({ where: 'spec.selector', selector: spec.selector });
  if (manifest.kind === 'NetworkPolicy' && spec.podSelector) found.push({ where: 'spec.podSelector', selector: spec.podSelector });
  const pod = podTemplateOf(manifest)?.spec;
  (pod?.topologySpreadConstraints ?? []).forEach((constraint, index) => {
    if (constraint.labelSelector) found.push({ where: `topologySpreadConstraints[${index}]`, selector: constraint.labelSelector });
  });
  for (const [type, terms] of Object.entries(pod?.affinity ?? {})) {
    if (type === 'nodeAffinity') continue;
    type Term = { labelSelector?: LabelSelector; podAffinityTerm?: { labelSelector?: LabelSelector } };
    const all = [
      ...((terms.requiredDuringSchedulingIgnoredDuringExecution as Term[]) ?? []),
      ...((terms.preferredDuringSchedulingIgnoredDuringExecution as Term[]) ?? []),
    ];
    for (const term of all) {
      const selector = term.labelSelector ?? term.podAffinityTerm?.labelSelector;
      if (selector) found.push({ where: `affinity.${type}`, selector });
    }
  }
  return found;
}

/** What a pod references that is not in the folder. */
function missingReferences(template: PodTemplate, folder: FolderObjects): string[] {
  const problems: string[] = [];
  const pod = template.spec;
  const configMap = (name: string | undefined, keys: readonly string[], where: string): void => {
    const present = folder.configMapKeys(name ?? '');
    if (!present) return void problems.push(`${where} references ConfigMap ${name}, which is not in the output`);
    for (const key of keys)
      if (!present.has(key)) problems.push(`${where} references key ${key} of ConfigMap ${name}, which has no such key`);
  };
  const secret = (name: string | undefined, keys: readonly string[], where: string): void => {
    const found = folder.secret(name ?? '');
    if (!found)
      return void problems.push(`${where} references Secret ${name}, which is neither in the output nor created by an ExternalSecret`);
    for (const key of keys)
      if (found.keys && !found.keys.has(key)) problems.push(`${where} references key ${key} of Secret ${name}, which has no such key`);
  };

  const account = pod.serviceAccountName ?? pod.serviceAccount;
  if (account && account !== 'default' && !folder.get('ServiceAccount', account))
    problems.push(`serviceAccountName ${account} is not a ServiceAccount in the output`);
  for (const pull of pod.imagePullSecrets ?? []) secret(pull.name, [], 'imagePullSecrets');
  const volumeNames = new Set(template.claimTemplates);
  for (const volume of pod.volumes ?? []) {
    volumeNames.add(volume.name);
    const where = `volume ${volume.name}`;
    const keys = (items?: readonly { key: string }[]): string[] => (items ?? []).map((item) => item.key);
    if (volume.configMap && !volume.configMap.optional) configMap(volume.configMap.name, keys(volume.configMap.items), where);
    if (volume.secret && !volume.secret.optional) secret(volume.secret.secretName, keys(volume.secret.items), where);
    for (const source of volume.projected?.sources ?? []) {
      if (source.configMap && !source.configMap.optional) configMap(source.configMap.name, keys(source.configMap.items), where);
      if (source.secret && !source.secret.optional) secret(source.secret.name, keys(source.secret.items), where);
    }
    const claim = volume.persistentVolumeClaim?.claimName;
    if (claim !== undefined && !folder.get('PersistentVolumeClaim', claim))
      problems.push(`${where} references PersistentVolumeClaim ${claim}, which is not in the output`);
  }
  for (const container of containersOf(pod)) {
    const where = `container ${container.name}`;
    for (const variable of container.env ?? []) {
      const { configMapKeyRef: cm, secretKeyRef: sk } = variable.valueFrom ?? {};
      if (cm && !cm.optional) configMap(cm.name, [cm.key], `${where} env ${variable.name}`);
      if (sk && !sk.optional) secret(sk.name, [sk.key], `${where} env ${variable.name}`);
    }
    for (const source of container.envFrom ?? []) {
      if (source.configMapRef && !source.configMapRef.optional) configMap(source.configMapRef.name, [], `${where} envFrom`);
      if (source.secretRef && !source.secretRef.optional) secret(source.secretRef.name, [], `${where} envFrom`);
    }
    for (const mount of container.volumeMounts ?? [])
      if (!volumeNames.has(mount.name)) problems.push(`${where} mounts ${mount.name}, which is neither a volume nor a volumeClaimTemplate`);
  }
  return problems;
}

/** What `pod-references-resolve` checks (with keys): `references-resolve` leaves these pod references to it. */
const POD_RULE_KINDS = new Set(['ServiceAccount', 'ConfigMap', 'Secret', 'PersistentVolumeClaim']);

/** Every policy rule, in the order findings are reported. */
export const POLICY_RULES: readonly PolicyRule[] = [
  {
    name: 'pod-security-restricted',
    reason: 'the namespaces enforce the restricted Pod Security Standard; a pod that breaks it is rejected at admission',
    check: (manifest) => {
      const pod = podSpecOf(manifest);
      return pod ? restrictedProblems(pod as PodSpecJson) : [];
    },
  },
  {
    name: 'workload-selector',
    reason: 'a Deployment or StatefulSet whose selector misses its own pod labels is rejected, or adopts pods it does not own',
    check: (manifest) => {
      if (!WORKLOADS_WITH_SELECTOR.has(manifest.kind)) return [];
      const selector = (manifest.spec as { selector?: LabelSelector } | undefined)?.selector;
      if (isEmptySelector(selector)) return ['has no selector'];
      const labels = podTemplateOf(manifest)?.labels ?? {};
      return selects(selector as LabelSelector, labels)
        ? []
        : [`selector ${formatSelector(selector as LabelSelector)} does not match its pod template labels`];
    },
  },
  {
    name: 'immutable-selectors',
    reason: 'selectors are immutable and must outlive releases: a version or cdk8s address in one breaks the next rollout or rename',
    check: (manifest) =>
      selectorsOf(manifest).flatMap(({ where, selector }) => {
        const keys = [...Object.keys(selector.matchLabels ?? {}), ...(selector.matchExpressions ?? []).map((e) => e.key)];
        return keys.filter((key) => MUTABLE_SELECTOR_LABELS.includes(key)).map((key) => `${where} uses ${key}`);
      }),
  },
  {
    name: 'service-selects-pods',
    reason: 'a Service that selects no pods, or targets a port they do not have, has no endpoints and its clients fail',
    check: (manifest, folder) => {
      if (manifest.kind !== 'Service') return [];
      const spec = (manifest.spec ?? {}) as {
        type?: string;
        selector?: Record<string, string>;
        ports?: { name?: string; targetPort?: unknown }[];
      };
      if (spec.type === 'ExternalName') return [];
      if (isEmptySelector({ matchLabels: spec.selector })) return ['has no selector and is not of type ExternalName'];
      const pods = folder.podTemplates.filter((template) => selects({ matchLabels: spec.selector }, template.labels));
      if (pods.length === 0)
        return [`selector ${formatSelector({ matchLabels: spec.selector })} selects no pod template in ${folder.folder}`];
      const problems: string[] = [];
      for (const port of spec.ports ?? []) {
        if (typeof port.targetPort !== 'string') continue;
        for (const pod of pods)
          if (!containersOf(pod.spec).some((container) => (container.ports ?? []).some((p) => p.name === port.targetPort)))
            problems.push(`port ${port.name ?? ''} targets ${port.targetPort}, which ${id(pod.owner)} does not expose`);
      }
      return problems;
    },
  },
  {
    name: 'ingress-backends-resolve',
    reason: 'an Ingress backend naming a missing Service or port answers 503',
    check: (manifest, folder) => {
      if (manifest.kind !== 'Ingress') return [];
      type Backend = { service?: { name: string; port?: { name?: string; number?: number } }; resource?: unknown };
      type IngressSpec = {
        defaultBackend?: Backend;
        rules?: { host?: string; http?: { paths?: { path?: string; backend: Backend }[] } }[];
      };
      const spec = (manifest.spec ?? {}) as IngressSpec;
      const backends: { where: string; backend: Backend }[] = [
        ...(spec.defaultBackend ? [{ where: 'defaultBackend', backend: spec.defaultBackend }] : []),
        ...(spec.rules ?? []).flatMap((rule) =>
          (rule.http?.paths ?? []).map((path) => ({ where: `${rule.host ?? '*'}${path.path ?? ''}`, backend: path.backend })),
        ),
      ];
      return backends.flatMap(({ where, backend }) => {
        if (!backend.service) return [];
        const { name, port } = backend.service;
        const service = folder.get('Service', name);
        if (!service) return [`backend ${where} names Service ${name}, which is not in the output`];
        const ports = (service.spec as { ports?: { name?: string; port: number }[] }).ports ?? [];
        const found = port?.name !== undefined ? ports.some((p) => p.name === port.name) : ports.some((p) => p.port === port?.number);
        return found ? [] : [`backend ${where} names port ${port?.name ?? port?.number} of Service ${name}, which has no such port`];
      });
    },
  },
  {
    name: 'httproute-refs-resolve',
    reason: 'an HTTPRoute attached to a missing Gateway listener is never served, and a missing backend Service or port answers 500',
    check: (manifest, folder) => {
      if (manifest.kind !== 'HTTPRoute') return [];
      type Ref = { group?: string; kind?: string; name: string; namespace?: string; sectionName?: string; port?: number };
      const spec = (manifest.spec ?? {}) as { parentRefs?: Ref[]; rules?: { backendRefs?: Ref[] }[] };
      const problems: string[] = [];
      for (const parent of spec.parentRefs ?? []) {
        // Only Gateways of this folder are checked; a parent elsewhere is another team's.
        if ((parent.kind ?? 'Gateway') !== 'Gateway' || parent.namespace !== undefined) continue;
        const gateway = folder.get('Gateway', parent.name);
        if (!gateway) {
          problems.push(`parentRef names Gateway ${parent.name}, which is not in the output`);
          continue;
        }
        const listeners = (gateway.spec as { listeners?: { name: string }[] }).listeners ?? [];
        if (parent.sectionName !== undefined && !listeners.some((listener) => listener.name === parent.sectionName))
          problems.push(`parentRef names listener ${parent.sectionName} of Gateway ${parent.name}, which has no such listener`);
      }
      (spec.rules ?? []).forEach((rule, index) => {
        for (const backend of rule.backendRefs ?? []) {
          if ((backend.kind ?? 'Service') !== 'Service' || (backend.group ?? '') !== '' || backend.namespace !== undefined) continue;
          const service = folder.get('Service', backend.name);
          if (!service) {
            problems.push(`rule ${index} backend names Service ${backend.name}, which is not in the output`);
            continue;
          }
          const ports = (service.spec as { ports?: { port: number }[] }).ports ?? [];
          if (!ports.some((port) => port.port === backend.port))
            problems.push(`rule ${index} backend names port ${backend.port} of Service ${backend.name}, which has no such port`);
        }
      });
      return problems;
    },
  },
  {
    name: 'hpa-target-resolves',
    reason: 'an autoscaler must scale an object that exists and leaves spec.replicas to it, or every ArgoCD sync resets the scale',
    check: (manifest, folder) => {
      if (manifest.kind !== 'HorizontalPodAutoscaler') return [];
      const target = (manifest.spec as { scaleTargetRef?: { apiVersion?: string; kind: string; name: string } }).scaleTargetRef;
      if (!target) return ['has no scaleTargetRef'];
      const found = folder.get(target.kind, target.name);
      if (!found || (target.apiVersion !== undefined && found.apiVersion !== target.apiVersion))
        return [`scaleTargetRef ${target.apiVersion ?? ''} ${target.kind}/${target.name} is not in the output`];
      return (found.spec as { replicas?: number }).replicas === undefined ? [] : [`its target ${id(found)} sets spec.replicas`];
    },
  },
  {
    name: 'pdb-selects-pods',
    reason: 'a PodDisruptionBudget that selects no pods protects nothing during node drains',
    check: (manifest, folder) => {
      if (manifest.kind !== 'PodDisruptionBudget') return [];
      const selector = (manifest.spec as { selector?: LabelSelector }).selector;
      if (isEmptySelector(selector)) return ['has no selector'];
      const selected = folder.podTemplates.some((template) => selects(selector as LabelSelector, template.labels));
      return selected ? [] : [`selector ${formatSelector(selector as LabelSelector)} selects no pod template in ${folder.folder}`];
    },
  },
  {
    name: 'pod-references-resolve',
    reason: 'a pod that references a missing ServiceAccount, ConfigMap, Secret or claim never starts',
    check: (manifest, folder) => {
      const template = podTemplateOf(manifest);
      return template ? missingReferences(template, folder) : [];
    },
  },
  {
    name: 'references-resolve',
    reason: 'an object naming a missing class, Gateway, TLS Secret, secret store or Role is rejected, stays Pending or serves nothing',
    check: (manifest, folder) =>
      folder
        .brokenReferencesOf(manifest)
        .filter(({ reference }) => !(reference.fromPod && POD_RULE_KINDS.has(reference.kind)))
        // An HTTPRoute's Gateway and backends are httproute-refs-resolve's, which names the listener and port too.
        .filter(({ object }) => !object.startsWith('HTTPRoute/'))
        .map(({ message }) => message),
  },
  {
    name: 'no-secret-data',
    reason: 'credentials never live in git: they come from the External Secrets Operator',
    check: (manifest) => {
      if (manifest.kind !== 'Secret') return [];
      const { data, stringData } = manifest as { data?: object; stringData?: object };
      const keys = [...Object.keys(data ?? {}), ...Object.keys(stringData ?? {})];
      return keys.length > 0 ? [`is a Secret with data (${keys.join(', ')}); use an ExternalSecret`] : [];
    },
  },
  {
    name: 'recommended-labels',
    reason: 'owner, environment, server and version must show on every object and pod, for operations and cost reports',
    check: (manifest) => {
      const missing = (labels: Readonly<Record<string, string>> | undefined): string[] =>
        RECOMMENDED_LABELS.filter((label) => !(labels ?? {})[label]);
      const onObject = missing(manifest.metadata?.labels as Record<string, string> | undefined);
      const template = podTemplateOf(manifest);
      const onPods = template && manifest.kind !== 'Pod' ? missing(template.labels) : [];
      return [
        ...(onObject.length > 0 ? [`lacks labels ${onObject.join(', ')}`] : []),
        ...(onPods.length > 0 ? [`pod template lacks labels ${onPods.join(', ')}`] : []),
      ];
    },
  },
  {
    name: 'no-hash-suffix',
    reason: 'names must be chosen and stable: a generated hash renames (and replaces) the object when a construct id changes',
    check: (manifest) => {
      const name = String(manifest.metadata?.name ?? '');
      return HASH_SUFFIX.test(name) ? [`name ${name} ends in a generated hash`] : [];
    },
  },
  {
    name: 'prod-immutable-images',
    reason: 'prod runs exactly the image that was reviewed: a tag that moves changes prod without a commit',
    prodOnly: true,
    check: (manifest) => {
      const pod = podTemplateOf(manifest)?.spec;
      return containersOf(pod ?? { containers: [] }).flatMap((container) => {
        const image = container.image ?? '';
        const ref = parseImageName(image);
        if (ref.tag === undefined && ref.digest === undefined)
          return [`container ${container.name}: image ${image} has neither tag nor digest, which means latest`];
        const reason = mutableImageReason(ref);
        return reason ? [`container ${container.name}: ${reason}`] : [];
      });
    },
  },
  {
    name: 'prod-no-debug',
    reason: 'a JDWP debug agent in prod lets anyone who reaches its port run code in the JVM',
    prodOnly: true,
    check: (manifest) => {
      const problems: string[] = [];
      if (manifest.kind === 'ConfigMap')
        for (const [key, value] of Object.entries((manifest as { data?: Record<string, string> }).data ?? {}))
          if (JDWP.test(value)) problems.push(`data ${key} enables a JDWP debug agent`);
      if (manifest.kind === 'Service')
        for (const port of (manifest.spec as { ports?: { name?: string }[] }).ports ?? [])
          if (DEBUG_PORT_NAME.test(port.name ?? '')) problems.push(`exposes debug port ${port.name}`);
      for (const container of containersOf(podTemplateOf(manifest)?.spec ?? { containers: [] })) {
        const where = `container ${container.name}`;
        for (const variable of container.env ?? [])
          if (JDWP.test(variable.value ?? '')) problems.push(`${where} env ${variable.name} enables a JDWP debug agent`);
        if ([...(container.command ?? []), ...(container.args ?? [])].some((arg) => JDWP.test(arg)))
          problems.push(`${where} command line enables a JDWP debug agent`);
        for (const port of container.ports ?? [])
          if (DEBUG_PORT_NAME.test(port.name ?? '')) problems.push(`${where} exposes debug port ${port.name} (${port.containerPort})`);
      }
      return problems;
    },
  },
  {
    name: 'prod-ingress-tls',
    reason: 'prod traffic (logins, trades) is encrypted: every host an Ingress serves has a TLS entry with a certificate Secret',
    prodOnly: true,
    check: (manifest) => {
      if (manifest.kind !== 'Ingress') return [];
      const spec = (manifest.spec ?? {}) as { tls?: { hosts?: string[]; secretName?: string }[]; rules?: { host?: string }[] };
      const tls = spec.tls ?? [];
      if (tls.length === 0) return ['has no TLS'];
      const covered = (host: string): boolean =>
        tls.some((entry) =>
          (entry.hosts ?? []).some(
            (pattern) => pattern === host || (pattern.startsWith('*.') && host.slice(host.indexOf('.')) === pattern.slice(1)),
          ),
        );
      return [
        ...(spec.rules ?? [])
          .filter((rule) => rule.host !== undefined && !covered(rule.host))
          .map((rule) => `host ${rule.host} has no TLS entry`),
        ...tls
          .filter((entry) => !entry.secretName)
          .map((entry) => `TLS entry for ${(entry.hosts ?? ['*']).join(', ')} names no secretName`),
      ];
    },
  },
  {
    name: 'prod-gateway-tls',
    reason: 'prod traffic (logins, trades) is encrypted: every listener of a Gateway is HTTPS or TLS with a certificate Secret',
    prodOnly: true,
    check: (manifest) => {
      if (manifest.kind !== 'Gateway') return [];
      type Listener = { name: string; protocol: string; tls?: { mode?: string; certificateRefs?: { name: string }[] } };
      return ((manifest.spec as { listeners?: Listener[] }).listeners ?? []).flatMap((listener) => {
        if (listener.protocol !== 'HTTPS' && listener.protocol !== 'TLS')
          return [`listener ${listener.name} serves ${listener.protocol}, not TLS`];
        const passthrough = listener.tls?.mode === 'Passthrough';
        return passthrough || (listener.tls?.certificateRefs ?? []).length > 0 ? [] : [`listener ${listener.name} names no certificate`];
      });
    },
  },
];

/** Problems of one object under every rule that applies to its folder. */
export function policyProblems(manifest: Manifest, folder: FolderObjects): { rule: string; message: string }[] {
  return POLICY_RULES.filter((rule) => !rule.prodOnly || folder.isProd).flatMap((rule) =>
    rule.check(manifest, folder).map((message) => ({ rule: rule.name, message })),
  );
}
