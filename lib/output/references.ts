/**
 * Cross-object references of rendered output: which objects an object names
 * (a pod its ServiceAccount, ConfigMaps, Secrets, claims and PriorityClass; a
 * claim its StorageClass; an Ingress its IngressClass and TLS Secret; a
 * Gateway its GatewayClass and certificates; a route its Gateway and
 * backends; an ExternalSecret its secret store; a RoleBinding its Role and
 * ServiceAccounts; an ArgoCD Application its AppProject), and which of those
 * nothing provides.
 *
 * A reference resolves when the object is among the objects given (the
 * environment's folder, plus any cluster-scoped objects rendered apart), is
 * created by one of them (a Secret by an ExternalSecret, or by cert-manager
 * for an annotated Ingress or Gateway), is one every cluster has (the
 * `default` ServiceAccount, the system PriorityClasses), or is declared
 * external: `declaredExternalObjects(spec)` lists what an environment spec
 * says the cluster provides (its StorageClasses, its IngressClass, its
 * secret store, its existing PriorityClasses, and in a local environment the
 * Secrets `npm run local:secrets` makes).
 *
 * Plain JSON in, so it runs the same on objects synth holds in memory, on
 * YAML read back from dist/, and on a consumer's own charts.
 */
import type { EnvironmentSpec } from '../model/environment-spec';
import { DEFAULT_INGRESS_CLASS } from '../model/ingress-spec';
import { environmentSecrets, readsSecretStore } from '../model/local-tier';
import { podSpecOf } from './pod-security-standard';
import type { Manifest } from './render';

/** One object named by another. */
export interface ObjectReference {
  /** Kind of the object named. */
  readonly kind: string;
  readonly name: string;
  /** Its namespace, when the reference names one other than the referring object's. */
  readonly namespace?: string;
  /** Where in the referring object, e.g. `volume database-credentials` or `spec.tls[0].secretName`. */
  readonly where: string;
  /** True for a reference from a pod template. */
  readonly fromPod: boolean;
}

/** A reference nothing provides. */
export interface BrokenReference {
  /** `Kind/name` of the referring object. */
  readonly object: string;
  readonly reference: ObjectReference;
  /** What is wrong, in words. */
  readonly message: string;
}

/** Objects the cluster provides, by kind (`name`, or `namespace/name` for one in another namespace): what the output may name without rendering it. */
export type ExternalObjects = Readonly<Record<string, readonly string[]>>;

/**
 * Kinds only the cluster's platform provides, which output rarely renders
 * itself. Without a declaration of what the cluster provides (a chart
 * checked on its own), references to these are not checked; with one (an
 * environment's `declaredExternalObjects`), they must be declared or rendered.
 */
export const PLATFORM_PROVIDED_KINDS: ReadonlySet<string> = new Set([
  'StorageClass',
  'IngressClass',
  'GatewayClass',
  'ClusterSecretStore',
  'SecretStore',
]);

/** Kinds without a namespace, looked up by name alone. */
export const CLUSTER_SCOPED_REFERENCE_KINDS: ReadonlySet<string> = new Set([
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'GatewayClass',
  'ClusterSecretStore',
  'ClusterRole',
  'PersistentVolume',
]);

/**
 * Objects every cluster has. Kubernetes creates the `default` ServiceAccount
 * in every namespace, the PriorityClasses `system-cluster-critical` and
 * `system-node-critical`, and the user-facing ClusterRoles `admin`, `edit`,
 * `view` and `cluster-admin`; ArgoCD has the AppProject `default`.
 */
export const BUILT_IN_OBJECTS: ExternalObjects = {
  ServiceAccount: ['default'],
  PriorityClass: ['system-cluster-critical', 'system-node-critical'],
  ClusterRole: ['admin', 'edit', 'view', 'cluster-admin'],
  AppProject: ['default'],
};

/**
 * cert-manager annotations that make cert-manager issue the certificates an
 * Ingress (ingress-shim: one per `spec.tls[].secretName`) or a Gateway
 * (gateway-shim: one per listener `tls.certificateRefs`) names, into Secrets
 * of those names in the object's namespace.
 * Source: https://cert-manager.io/docs/usage/ingress/ and https://cert-manager.io/docs/usage/gateway/
 */
export const CERT_MANAGER_ISSUER_ANNOTATIONS: readonly string[] = ['cert-manager.io/cluster-issuer', 'cert-manager.io/issuer'];

/**
 * What an environment spec declares the cluster provides: the StorageClasses
 * of `storage.classes`, the IngressClass of an Ingress front door, the
 * secret store, the existing PriorityClasses of `placement.priorityClasses`;
 * in a local environment, the Secrets `npm run local:secrets` makes from files.
 */
export function declaredExternalObjects(spec: EnvironmentSpec): ExternalObjects {
  const ingress = spec.ingress;
  const store = spec.secretStore;
  return {
    StorageClass: Object.keys(spec.storage?.classes ?? {}),
    PriorityClass: [...new Set(Object.values(spec.placement?.priorityClasses ?? {}).filter((name) => name !== undefined))],
    IngressClass:
      ingress !== undefined && (ingress.exposure ?? 'ingress') === 'ingress' ? [ingress.className ?? DEFAULT_INGRESS_CLASS] : [],
    ...(store === undefined ? {} : { [store.kind ?? 'ClusterSecretStore']: [store.name] }),
    ...(readsSecretStore(spec) ? {} : { Secret: environmentSecrets(spec).map((secret) => secret.name) }),
  };
}

interface NameRef {
  readonly name?: string;
  readonly optional?: boolean;
}
interface PodJson {
  readonly serviceAccountName?: string;
  readonly serviceAccount?: string;
  readonly priorityClassName?: string;
  readonly imagePullSecrets?: readonly { readonly name: string }[];
  readonly volumes?: readonly {
    readonly name: string;
    readonly configMap?: NameRef;
    readonly secret?: { readonly secretName?: string; readonly optional?: boolean };
    readonly persistentVolumeClaim?: { readonly claimName: string };
    readonly projected?: { readonly sources?: readonly { readonly configMap?: NameRef; readonly secret?: NameRef }[] };
  }[];
  readonly initContainers?: readonly ContainerJson[];
  readonly containers?: readonly ContainerJson[];
  readonly ephemeralContainers?: readonly ContainerJson[];
}
interface ContainerJson {
  readonly name: string;
  readonly env?: readonly {
    readonly name: string;
    readonly valueFrom?: { readonly configMapKeyRef?: NameRef; readonly secretKeyRef?: NameRef };
  }[];
  readonly envFrom?: readonly { readonly configMapRef?: NameRef; readonly secretRef?: NameRef }[];
}
interface ParentRef {
  readonly group?: string;
  readonly kind?: string;
  readonly name: string;
  readonly namespace?: string;
}

const GATEWAY_GROUP = 'gateway.networking.k8s.io';
const ROUTE_KINDS = new Set(['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute']);

/** Every object a pod spec names. */
function podReferences(pod: PodJson): ObjectReference[] {
  const found: ObjectReference[] = [];
  const add = (kind: string, name: string | undefined, where: string, optional = false): void => {
    if (name !== undefined && name !== '' && !optional) found.push({ kind, name, where, fromPod: true });
  };
  add('ServiceAccount', pod.serviceAccountName ?? pod.serviceAccount, 'serviceAccountName');
  add('PriorityClass', pod.priorityClassName, 'priorityClassName');
  for (const pull of pod.imagePullSecrets ?? []) add('Secret', pull.name, 'imagePullSecrets');
  for (const volume of pod.volumes ?? []) {
    const where = `volume ${volume.name}`;
    add('ConfigMap', volume.configMap?.name, where, volume.configMap?.optional);
    add('Secret', volume.secret?.secretName, where, volume.secret?.optional);
    add('PersistentVolumeClaim', volume.persistentVolumeClaim?.claimName, where);
    for (const source of volume.projected?.sources ?? []) {
      add('ConfigMap', source.configMap?.name, where, source.configMap?.optional);
      add('Secret', source.secret?.name, where, source.secret?.optional);
    }
  }
  for (const container of [...(pod.initContainers ?? []), ...(pod.containers ?? []), ...(pod.ephemeralContainers ?? [])]) {
    const where = `container ${container.name}`;
    for (const variable of container.env ?? []) {
      const { configMapKeyRef: configMap, secretKeyRef: secret } = variable.valueFrom ?? {};
      add('ConfigMap', configMap?.name, `${where} env ${variable.name}`, configMap?.optional);
      add('Secret', secret?.name, `${where} env ${variable.name}`, secret?.optional);
    }
    for (const source of container.envFrom ?? []) {
      add('ConfigMap', source.configMapRef?.name, `${where} envFrom`, source.configMapRef?.optional);
      add('Secret', source.secretRef?.name, `${where} envFrom`, source.secretRef?.optional);
    }
  }
  return found;
}

/** Every object one object names by name (label selectors are not references: the selector rules check those). */
export function objectReferences(manifest: Manifest): ObjectReference[] {
  const found: ObjectReference[] = [];
  const add = (kind: string, name: unknown, where: string, namespace?: string): void => {
    if (typeof name !== 'string' || name === '') return;
    const own = manifest.metadata?.namespace;
    found.push({ kind, name, where, fromPod: false, ...(namespace !== undefined && namespace !== own ? { namespace } : {}) });
  };
  const pod = podSpecOf(manifest) as PodJson | undefined;
  if (pod !== undefined) found.push(...podReferences(pod));
  const spec = (manifest.spec ?? {}) as Record<string, unknown>;
  switch (manifest.kind) {
    case 'StatefulSet':
      ((spec.volumeClaimTemplates ?? []) as { metadata?: { name?: string }; spec?: { storageClassName?: string } }[]).forEach((claim) =>
        add('StorageClass', claim.spec?.storageClassName, `volumeClaimTemplates ${claim.metadata?.name ?? ''}`),
      );
      break;
    case 'PersistentVolumeClaim':
      add('StorageClass', spec.storageClassName, 'spec.storageClassName');
      add('PersistentVolume', spec.volumeName, 'spec.volumeName');
      break;
    case 'Ingress': {
      add('IngressClass', spec.ingressClassName, 'spec.ingressClassName');
      ((spec.tls ?? []) as { secretName?: string }[]).forEach((entry, index) =>
        add('Secret', entry.secretName, `spec.tls[${index}].secretName`),
      );
      break;
    }
    case 'Gateway': {
      add('GatewayClass', spec.gatewayClassName, 'spec.gatewayClassName');
      type Listener = { name?: string; tls?: { certificateRefs?: { group?: string; kind?: string; name: string; namespace?: string }[] } };
      for (const listener of (spec.listeners ?? []) as Listener[]) {
        for (const ref of listener.tls?.certificateRefs ?? []) {
          if ((ref.group ?? '') === '' && (ref.kind ?? 'Secret') === 'Secret')
            add('Secret', ref.name, `listener ${listener.name ?? ''} certificateRefs`, ref.namespace);
        }
      }
      break;
    }
    case 'ExternalSecret': {
      const store = spec.secretStoreRef as { name?: string; kind?: string } | undefined;
      add(store?.kind ?? 'SecretStore', store?.name, 'spec.secretStoreRef');
      break;
    }
    case 'RoleBinding': {
      const role = (manifest as { roleRef?: { kind?: string; name?: string } }).roleRef;
      add(role?.kind ?? 'Role', role?.name, 'roleRef');
      for (const subject of ((manifest as { subjects?: { kind: string; name: string; namespace?: string }[] }).subjects ?? []).filter(
        (candidate) => candidate.kind === 'ServiceAccount',
      ))
        add('ServiceAccount', subject.name, 'subjects', subject.namespace);
      break;
    }
    case 'Application':
      add('AppProject', spec.project, 'spec.project');
      break;
    case 'VerticalPodAutoscaler': {
      const target = spec.targetRef as { kind?: string; name?: string } | undefined;
      if (target?.kind !== undefined) add(target.kind, target.name, 'spec.targetRef');
      break;
    }
    case 'Rollout': {
      // Every analysis a canary step runs names its AnalysisTemplate.
      type Step = { analysis?: { templates?: { templateName?: string; clusterScope?: boolean }[] } };
      const steps = ((spec.strategy as { canary?: { steps?: Step[] } } | undefined)?.canary?.steps ?? []) as Step[];
      steps.forEach((step, index) => {
        for (const template of step.analysis?.templates ?? [])
          if (template.clusterScope !== true)
            add('AnalysisTemplate', template.templateName, `spec.strategy.canary.steps[${index}].analysis`);
      });
      break;
    }
  }
  if (ROUTE_KINDS.has(manifest.kind)) {
    for (const parent of (spec.parentRefs ?? []) as ParentRef[]) {
      if ((parent.group ?? GATEWAY_GROUP) === GATEWAY_GROUP && (parent.kind ?? 'Gateway') === 'Gateway')
        add('Gateway', parent.name, 'spec.parentRefs', parent.namespace);
    }
    type Rule = { backendRefs?: ParentRef[] };
    ((spec.rules ?? []) as Rule[]).forEach((rule, index) => {
      for (const backend of rule.backendRefs ?? [])
        if ((backend.group ?? '') === '' && (backend.kind ?? 'Service') === 'Service')
          add('Service', backend.name, `spec.rules[${index}].backendRefs`, backend.namespace);
    });
  }
  return found;
}

/** The objects references resolve against, indexed once. */
export class ReferenceIndex {
  private readonly byKind = new Map<string, Manifest[]>();

  /** @param external what the cluster provides; undefined when unknown, which leaves the platform-provided kinds unchecked. */
  public constructor(
    manifests: readonly Manifest[],
    private readonly external?: ExternalObjects,
  ) {
    for (const manifest of manifests) this.byKind.set(manifest.kind, [...(this.byKind.get(manifest.kind) ?? []), manifest]);
  }

  private ofKind(kind: string): readonly Manifest[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Whether the object a reference names will exist, for a referring object in `namespace`. */
  public resolves(reference: ObjectReference, namespace: string | undefined): boolean {
    const { kind, name } = reference;
    const wanted = reference.namespace ?? namespace;
    const qualified = wanted === undefined ? name : `${wanted}/${name}`;
    const listed = (objects: ExternalObjects): boolean => (objects[kind] ?? []).some((entry) => entry === name || entry === qualified);
    if (this.external === undefined && PLATFORM_PROVIDED_KINDS.has(kind)) return true;
    if (listed(BUILT_IN_OBJECTS) || listed(this.external ?? {})) return true;
    const sameNamespace = (manifest: Manifest): boolean =>
      CLUSTER_SCOPED_REFERENCE_KINDS.has(kind) ||
      manifest.metadata.namespace === undefined ||
      wanted === undefined ||
      manifest.metadata.namespace === wanted;
    if (this.ofKind(kind).some((manifest) => manifest.metadata.name === name && sameNamespace(manifest))) return true;
    if (kind === 'Secret') return this.secretCreated(name, sameNamespace);
    // A claim bound to a static volume only pairs with it by class name: no StorageClass object is needed.
    if (kind === 'StorageClass')
      return this.ofKind('PersistentVolume').some((volume) => (volume.spec as { storageClassName?: string }).storageClassName === name);
    return false;
  }

  /** A Secret made by an ExternalSecret (not with creationPolicy Merge or None) or by cert-manager for an annotated Ingress or Gateway. */
  private secretCreated(name: string, inNamespace: (manifest: Manifest) => boolean): boolean {
    const byExternalSecret = this.ofKind('ExternalSecret').some((external) => {
      const target = (external.spec as { target?: { name?: string; creationPolicy?: string } } | undefined)?.target;
      const policy = target?.creationPolicy ?? 'Owner';
      return (target?.name ?? external.metadata.name) === name && policy !== 'Merge' && policy !== 'None' && inNamespace(external);
    });
    const issued = (manifest: Manifest): boolean =>
      inNamespace(manifest) &&
      CERT_MANAGER_ISSUER_ANNOTATIONS.some((key) => ((manifest.metadata.annotations ?? {}) as Record<string, string>)[key] !== undefined) &&
      objectReferences(manifest).some(
        (reference) => reference.kind === 'Secret' && reference.name === name && reference.namespace === undefined,
      );
    return byExternalSecret || [...this.ofKind('Ingress'), ...this.ofKind('Gateway')].some(issued);
  }
}

/** Words for a reference nothing provides. */
function brokenMessage(reference: ObjectReference): string {
  const named = `${reference.kind} ${reference.namespace === undefined ? '' : `${reference.namespace}/`}${reference.name}`;
  const creators =
    reference.kind === 'Secret'
      ? 'neither in the output, nor created by an ExternalSecret or by cert-manager, nor declared external'
      : 'neither in the output nor declared external';
  return `${reference.where} names ${named}, which is ${creators}`;
}

/**
 * Every reference among these objects (one environment's folder, plus any
 * cluster-scoped objects rendered apart) that nothing provides. `external`
 * is what the cluster provides (`declaredExternalObjects(spec)`); without
 * it, references to PLATFORM_PROVIDED_KINDS are taken on trust.
 */
export function brokenReferences(
  manifests: readonly Manifest[],
  external?: ExternalObjects,
  clusterScoped: readonly Manifest[] = [],
): BrokenReference[] {
  const index = new ReferenceIndex([...manifests, ...clusterScoped], external);
  return manifests.flatMap((manifest) =>
    objectReferences(manifest)
      .filter((reference) => !index.resolves(reference, manifest.metadata.namespace))
      .map((reference) => ({ object: `${manifest.kind}/${manifest.metadata.name}`, reference, message: brokenMessage(reference) })),
  );
}
