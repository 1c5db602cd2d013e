/**
 * The servers of an environment spec as the security rules see them: which
 * names exist, which run in the cluster, and which ports each serves. Lets
 * every rule that names a server report an unknown or external one the same
 * way.
 */
import { resolveImageContract, serverPorts, type ImageContract, type ImageContractOverrides, type NamedPort } from './image-contract';
import { isServerKind } from './server-kinds';
import { serverSpecName, type ServerOptions } from './server-options';

/** What the directory reads of an environment spec. */
export interface DirectoryEnvironment {
  readonly imageContract?: ImageContractOverrides;
  readonly servers: readonly Pick<ServerOptions, 'kind' | 'name' | 'external'>[];
}

/** Lookups over the servers of one spec. */
export class ServerDirectory {
  /** Every server name, in spec order. */
  public readonly names: readonly string[];
  public readonly contract: ImageContract;
  private readonly servers: DirectoryEnvironment['servers'];

  public constructor(spec: DirectoryEnvironment) {
    this.contract = resolveImageContract(spec.imageContract);
    this.servers = spec.servers;
    this.names = spec.servers.map(serverSpecName);
  }

  /** The ports a server serves, or undefined for an unknown name or kind. */
  public ports(name: string): readonly NamedPort[] | undefined {
    const server = this.servers[this.names.indexOf(name)];
    return server && isServerKind(server.kind) ? serverPorts(this.contract, server.kind) : undefined;
  }

  /**
   * Why `name` cannot be given pods' rules (`what` says what is asked of it),
   * or undefined when it is a server running in the cluster.
   */
  public podServerProblem(name: string, what: string): string | undefined {
    const index = this.names.indexOf(name);
    if (index < 0) return `"${name}" is not a server of this environment (servers: ${this.names.join(', ')})`;
    if (this.servers[index].external !== undefined) return `"${name}" runs outside the cluster; ${what}`;
    return undefined;
  }
}
