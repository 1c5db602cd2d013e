/**
 * ArgoCD sync waves from the dependency graph: ArgoCD applies one wave,
 * waits until everything in it is healthy, then applies the next. So the
 * Namespace comes first, then what the servers need (accounts, properties,
 * credentials, Services, policies), then the database jobs, then the servers
 * in start order (Eventserver, Authserver, Dataserver, then the servers that
 * depend on them), and last what watches or routes to running servers.
 *
 * Waves are assigned in one pass over every object of a platform when it is
 * synthesized, so objects any feature adds get a wave without knowing about
 * waves; an object that already carries a wave (or is a hook with its own
 * phase) keeps it.
 */
import { ApiObject, Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';
import type { CalypsoPlatform } from './calypso-platform';
import { CalypsoServer } from './calypso-server';
import {
  AFTER_SERVERS_KINDS,
  HOOK_ANNOTATION,
  serverWave,
  SYNC_WAVE_ANNOTATION,
  SYNC_WAVES,
  WORKLOAD_KINDS,
} from '../model/sync-wave-plan';

function owningServer(object: IConstruct): CalypsoServer | undefined {
  return [...object.node.scopes].reverse().find((scope): scope is CalypsoServer => scope instanceof CalypsoServer);
}

function carriesOwnPlacement(object: ApiObject): boolean {
  const annotations = (object.metadata.toJson() as { annotations?: Record<string, string> }).annotations ?? {};
  return annotations[SYNC_WAVE_ANNOTATION] !== undefined || annotations[HOOK_ANNOTATION] !== undefined;
}

/** Objects a pass has already looked at; cdk8s validates once per chart, so later passes skip them. */
const placed = new WeakSet<ApiObject>();

/** Puts every object of the platform that has no wave yet into its wave. */
export function assignSyncWaves(platform: CalypsoPlatform): void {
  const graph = platform.environment.graph;
  const servers = [...platform.servers.values()].filter((server) => server.workload !== undefined);
  const afterServers = Math.max(SYNC_WAVES.firstServer, ...servers.map((server) => serverWave(graph.depth(server.name)) + 1));
  for (const object of platform.node.findAll()) {
    if (!(object instanceof ApiObject) || placed.has(object)) continue;
    placed.add(object);
    if (carriesOwnPlacement(object)) continue;
    const server = owningServer(object);
    let wave: number;
    if (Chart.of(object) === platform.clusterChart) wave = SYNC_WAVES.namespace;
    else if (server !== undefined && object === server.workload) wave = serverWave(graph.depth(server.name));
    else if (AFTER_SERVERS_KINDS.includes(object.kind) || WORKLOAD_KINDS.includes(object.kind)) wave = afterServers;
    else wave = SYNC_WAVES.configuration;
    object.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(wave));
  }
}

/**
 * Has the platform's objects put into waves when it is synthesized (cdk8s
 * validates every construct right before it renders a chart), so objects
 * added after the platform was built get waves too.
 */
export function assignSyncWavesAtSynthesis(platform: CalypsoPlatform): void {
  platform.node.addValidation({
    validate: () => {
      assignSyncWaves(platform);
      return [];
    },
  });
}
