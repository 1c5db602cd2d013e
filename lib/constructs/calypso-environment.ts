/**
 * The environment a set of servers runs in: its settings, image contract and
 * dependency graph. Servers register here, so names stay unique and the
 * graph stays acyclic even when other teams compose servers by hand.
 */
import { DependencyGraph } from '../model/dependency-graph';
import { ProblemCollector, SpecError } from '../model/errors';
import { DATABASE_DRIVERS, DATABASE_SECRET_NAME, settingsProblems, type EnvironmentSettings, type Tier } from '../model/environment-spec';
import { imageVersion } from '../model/image';
import { resolveImageContract, type ImageContract } from '../model/image-contract';
import { environmentLibraryOwnedProblems } from '../model/library-owned-rules';
import { recommendedLabels } from '../model/names';
import type { PropertyMap } from '../model/properties';

/** Environment settings, validated, with defaults applied. */
export class CalypsoEnvironment {
  public readonly name: string;
  public readonly tier: Tier;
  public readonly namespace: string;
  /** Value of the `app.kubernetes.io/version` label. */
  public readonly version: string;
  public readonly contract: ImageContract;
  public readonly settings: EnvironmentSettings;
  /** Dependencies between the servers registered so far. */
  public readonly graph = new DependencyGraph();
  private readonly budgets = new Map<string, number>();

  /** Throws SpecError listing every problem with the settings. */
  public constructor(settings: EnvironmentSettings) {
    const problems = new ProblemCollector(settings.name);
    settingsProblems(settings, problems);
    environmentLibraryOwnedProblems(settings, resolveImageContract(settings.imageContract), problems);
    problems.throwIfAny();
    this.settings = settings;
    this.name = settings.name;
    this.tier = settings.tier;
    this.namespace = settings.namespace ?? `calypso-${settings.name}`;
    this.version = settings.release ?? imageVersion(settings.images.application);
    this.contract = resolveImageContract(settings.imageContract);
  }

  /** Name of the Secret holding the database credentials. */
  public get databaseSecretName(): string {
    return this.settings.database.credentials.secretName ?? DATABASE_SECRET_NAME;
  }

  /** File name of the environment's properties file: `calypsosystem.properties.<ENV>`. */
  public get propertiesFileName(): string {
    return `${this.contract.properties.filePrefix}.${this.name}`;
  }

  /** Properties every server gets: the database driver and URL, then the spec's. */
  public get properties(): PropertyMap {
    const db = this.settings.database;
    const driver = db.driverClass ?? (db.vendor === 'custom' ? '' : DATABASE_DRIVERS[db.vendor].driverClass);
    return {
      [this.contract.properties.driverKey]: driver,
      [this.contract.properties.urlKey]: db.jdbcUrl,
      ...this.settings.properties,
    };
  }

  /** Recommended labels for an object of this environment. */
  public labels(name: string, component: string): Record<string, string> {
    return recommendedLabels({ environment: this.name, name, component, version: this.version });
  }

  /**
   * Registers a server by name with its startup budget. Throws if the name is taken.
   * @internal used by CalypsoServer
   */
  public registerServer(name: string, startupBudgetSeconds: number): void {
    if (this.graph.has(name)) {
      throw new SpecError([
        { environment: this.name, server: name, field: 'name', message: `two servers are named "${name}"; server names must be unique` },
      ]);
    }
    this.graph.addNode(name);
    this.budgets.set(name, startupBudgetSeconds);
  }

  /** Startup budget of a registered server, in seconds. */
  public startupBudget(name: string): number {
    return this.budgets.get(name) ?? 0;
  }
}
