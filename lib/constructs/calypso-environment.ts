/**
 * The environment a set of servers runs in: its resolved settings, image
 * contract and dependency graph. Built from a resolved environment (what
 * CalypsoPlatform does), everything is fixed and read from it; built from
 * settings (servers composed by hand), servers register here, so names stay
 * unique and the graph stays acyclic, and the graph's consequences (waits,
 * timeouts) come from the same model functions when the chart is rendered.
 */
import type { IConstruct } from 'constructs';
import { DependencyGraph } from '../model/dependency-graph';
import { SpecError } from '../model/errors';
import type { EnvironmentSettings, Tier } from '../model/environment-spec';
import type { ImageContract } from '../model/image-contract';
import { recommendedLabels } from '../model/names';
import type { PropertyMap } from '../model/properties';
import type { ResolvedEnvironment } from '../model/resolved-environment';
import { resolveCheckedSettings, type ResolvedSettings } from '../model/resolved-settings';
import { serverGraphFacts, type ServerGraphFacts } from '../model/server-plan';
import type { ResolvedServer } from '../model/server-spec';

function isResolvedEnvironment(value: EnvironmentSettings | ResolvedEnvironment): value is ResolvedEnvironment {
  return 'serversByName' in value;
}

/** Environment settings, validated, with defaults applied. */
export class CalypsoEnvironment {
  public readonly name: string;
  public readonly tier: Tier;
  public readonly namespace: string;
  /** Value of the `app.kubernetes.io/version` label. */
  public readonly version: string;
  public readonly contract: ImageContract;
  public readonly settings: EnvironmentSettings;
  /** The settings with defaults applied. */
  public readonly resolvedSettings: ResolvedSettings;
  /** The whole resolved environment, when the environment was built from one (CalypsoPlatform); undefined for servers composed by hand. */
  public readonly resolved?: ResolvedEnvironment;
  /** Dependencies between the servers: fixed for a resolved environment, else those registered so far. */
  public readonly graph = new DependencyGraph();
  private readonly registered = new Map<string, ResolvedServer>();
  private readonly registeredConstructs: IConstruct[] = [];

  /**
   * From settings (servers composed by hand: throws SpecError listing every
   * problem with the settings), or from a resolved environment (already
   * checked; nothing is checked again).
   */
  public constructor(settings: EnvironmentSettings | ResolvedEnvironment) {
    if (isResolvedEnvironment(settings)) {
      this.resolved = settings;
      this.resolvedSettings = settings;
      for (const name of settings.dependencies.keys()) this.graph.addNode(name);
      for (const [name, dependencies] of settings.dependencies)
        for (const dependency of dependencies) this.graph.addDependency(name, dependency);
    } else {
      this.resolvedSettings = resolveCheckedSettings(settings);
    }
    const resolved = this.resolvedSettings;
    this.settings = resolved.settings;
    this.name = resolved.name;
    this.tier = resolved.tier;
    this.namespace = resolved.namespace;
    this.version = resolved.version;
    this.contract = resolved.contract;
  }

  /** Name of the Secret holding the database credentials. */
  public get databaseSecretName(): string {
    return this.resolvedSettings.databaseSecretName;
  }

  /** File name of the environment's properties file: `calypsosystem.properties.<ENV>`. */
  public get propertiesFileName(): string {
    return this.resolvedSettings.propertiesFileName;
  }

  /** Properties every server gets: the database driver and URL, then the spec's. */
  public get properties(): PropertyMap {
    return this.resolvedSettings.properties;
  }

  /** Recommended labels for a configuration object of this environment; its version is this library's (see ResolvedSettings.configurationVersion). */
  public labels(name: string, component: string): Record<string, string> {
    return recommendedLabels({ environment: this.name, name, component, version: this.resolvedSettings.configurationVersion });
  }

  /** Recommended labels for what runs the release (a workload, a database Job, their pod templates): its version is the release. */
  public releaseLabels(name: string, component: string): Record<string, string> {
    return recommendedLabels({ environment: this.name, name, component, version: this.version });
  }

  /**
   * Registers a server. Throws if the name is taken.
   * @internal used by CalypsoServer
   */
  public registerServer(server: ResolvedServer, construct?: IConstruct): void {
    if (this.registered.has(server.name) || (this.resolved === undefined && this.graph.has(server.name))) {
      throw new SpecError([
        {
          environment: this.name,
          server: server.name,
          field: 'name',
          message: `two servers are named "${server.name}"; server names must be unique`,
        },
      ]);
    }
    this.registered.set(server.name, server);
    this.graph.addNode(server.name);
    if (construct !== undefined) this.registeredConstructs.push(construct);
  }

  /**
   * Every server construct registered here, in the order they were built:
   * a platform reads it at synthesis to give servers added after it was built what its own get.
   * @internal
   */
  public get serverConstructs(): readonly IConstruct[] {
    return [...this.registeredConstructs];
  }

  /** Startup budget of a registered server, in seconds. */
  public startupBudget(name: string): number {
    return this.registered.get(name)?.startupBudgetSeconds ?? this.resolved?.serversByName.get(name)?.startupBudgetSeconds ?? 0;
  }

  /**
   * What a server's place in the graph decides (dependencies, wave, wait
   * timeout): the resolved environment's, or, for servers composed by hand,
   * computed from the graph as it is now.
   */
  public graphFacts(server: ResolvedServer): ServerGraphFacts {
    const planned = this.resolved?.serversByName.get(server.name);
    if (planned) return planned;
    const budgets = new Map(this.graph.nodes.map((name) => [name, this.startupBudget(name)]));
    return serverGraphFacts(server, this.graph, budgets, this.contract, (name) => this.registered.get(name)?.kind);
  }
}
