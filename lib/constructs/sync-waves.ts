/**
 * ArgoCD sync waves from the resolved environment: ArgoCD applies one wave,
 * waits until everything in it is healthy, then applies the next. So the
 * Namespace comes first, then what the servers need (accounts, properties,
 * credentials, Services, policies), then the database jobs, then the servers
 * in start order (Eventserver, Authserver, Dataserver, then the servers that
 * depend on them), and last what watches or routes to running servers.
 *
 * The waves themselves are resolved with the environment (each server's
 * `syncWave`, the `afterServersWave`); this puts every object of the
 * environment into one when it is synthesized, so objects any feature adds
 * get a wave without knowing about waves; an object that already carries a
 * wave (or is a hook with its own phase) keeps it.
 */
import { ApiObject, Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { CalypsoServer } from './calypso-server';
import type { ResolvedEnvironment } from '../model/resolved-environment';
import { afterServersWave } from '../model/server-plan';
import { AFTER_SERVERS_KINDS, HOOK_ANNOTATION, SYNC_WAVE_ANNOTATION, SYNC_WAVES, WORKLOAD_KINDS } from '../model/sync-wave-plan';

/** What gets waves: every object under a construct (a CalypsoPlatform is one), with the waves of `resolved`. */
export interface SyncWaveTarget extends IConstruct {
  /** The chart of cluster-scoped objects, which go in the Namespace's wave. */
  readonly clusterChart: Chart;
  /** The resolved environment, which holds each server's wave. */
  readonly resolved: ResolvedEnvironment;
  /**
   * Servers of the environment built outside the target (in another chart), whose objects get waves too.
   * @default - none
   */
  readonly serversElsewhere?: () => readonly CalypsoServer[];
}

function owningServer(object: IConstruct): CalypsoServer | undefined {
  return [...object.node.scopes].reverse().find((scope): scope is CalypsoServer => scope instanceof CalypsoServer);
}

function carriesOwnPlacement(object: ApiObject): boolean {
  // The metadata's own map (private in cdk8s's types): when it holds plain strings, or nothing, at both keys (as every construct here
  // sets them), they are read as they are, without resolving the whole metadata of every object; anything else (a Lazy) is resolved.
  const own = (object.metadata as unknown as { readonly annotations?: unknown }).annotations as Record<string, unknown> | undefined;
  const keys = [SYNC_WAVE_ANNOTATION, HOOK_ANNOTATION];
  const plain = own?.constructor === Object && keys.every((key) => own[key] === undefined || typeof own[key] === 'string');
  const annotations = plain ? own : ((object.metadata.toJson() as { annotations?: Record<string, unknown> }).annotations ?? {});
  return keys.some((key) => annotations[key] !== undefined);
}

/** Objects a pass has already looked at; cdk8s validates once per chart, so later passes skip them. */
const placed = new WeakSet<ApiObject>();

/** Puts every object of the target that has no wave yet into its wave. */
export function assignSyncWaves(target: SyncWaveTarget): void {
  const { resolved } = target;
  const elsewhere = (target.serversElsewhere?.() ?? []).flatMap((server) => server.node.findAll());
  const objects = [...target.node.findAll(), ...elsewhere];
  // Servers added after the environment was resolved may start later than its last server.
  const servers = objects.filter((object): object is CalypsoServer => object instanceof CalypsoServer);
  const lastWave = Math.max(resolved.afterServersWave, afterServersWave(servers.map((server) => server.plan)));
  for (const object of objects) {
    if (!(object instanceof ApiObject) || placed.has(object)) continue;
    placed.add(object);
    if (carriesOwnPlacement(object)) continue;
    const server = owningServer(object);
    let wave: number;
    if (Chart.of(object) === target.clusterChart) wave = SYNC_WAVES.namespace;
    // A server added after the platform was built has its wave from the environment's graph as it is now.
    else if (server !== undefined && object === server.workload) wave = server.plan.syncWave;
    else if (AFTER_SERVERS_KINDS.includes(object.kind) || WORKLOAD_KINDS.includes(object.kind)) wave = lastWave;
    else wave = SYNC_WAVES.configuration;
    object.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(wave));
  }
}

/**
 * Has the target's objects put into waves when it is synthesized (cdk8s
 * validates every construct right before it renders a chart), so objects
 * added after the platform was built get waves too.
 */
export function assignSyncWavesAtSynthesis(target: SyncWaveTarget): void {
  target.node.addValidation({
    validate: () => {
      assignSyncWaves(target);
      return [];
    },
  });
}
