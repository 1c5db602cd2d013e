import { compareText } from './names';
/**
 * The server dependency graph: declared once, it drives the wait init
 * containers, network policies, sync waves and start order. Edges point from
 * a server to the servers it depends on.
 */

/** A directed graph of named nodes that refuses cycles and dangling edges. */
export class DependencyGraph {
  private readonly edges = new Map<string, Set<string>>();

  /** Adds a node; adding it twice is harmless. */
  public addNode(name: string): void {
    if (!this.edges.has(name)) this.edges.set(name, new Set());
  }

  public has(name: string): boolean {
    return this.edges.has(name);
  }

  /** Every node, in insertion order. */
  public get nodes(): string[] {
    return [...this.edges.keys()];
  }

  /**
   * Records that `from` depends on `to`. Throws if either is unknown or if the
   * edge would close a cycle; the message lists the cycle.
   */
  public addDependency(from: string, to: string): void {
    for (const node of [from, to]) {
      if (!this.edges.has(node)) throw new Error(`unknown server "${node}"`);
    }
    const back = this.path(to, from);
    if (back) throw new Error(`dependency cycle: ${[from, ...back].join(' -> ')}`);
    this.edges.get(from)?.add(to);
  }

  /** Direct dependencies of a node, sorted by name. */
  public dependenciesOf(name: string): string[] {
    return [...(this.edges.get(name) ?? [])].sort();
  }

  /** Nodes that depend directly on `name`, sorted. */
  public dependentsOf(name: string): string[] {
    return this.nodes.filter((node) => this.edges.get(node)?.has(name)).sort();
  }

  /** A path of dependencies from `from` to `to` (both included), if one exists. */
  public path(from: string, to: string): string[] | undefined {
    if (from === to) return [from];
    for (const next of this.dependenciesOf(from)) {
      const rest = this.path(next, to);
      if (rest) return [from, ...rest];
    }
    return undefined;
  }

  /**
   * Length of the longest dependency chain below a node, each node weighted:
   * the node's own weight plus the heaviest chain among its dependencies.
   */
  public heaviestChain(name: string, weight: (node: string) => number): number {
    const below = this.dependenciesOf(name).map((dep) => this.heaviestChain(dep, weight));
    return weight(name) + Math.max(0, ...below);
  }

  /** Start order: 0 for servers with no dependencies, else one more than the deepest dependency. */
  public depth(name: string): number {
    return this.heaviestChain(name, () => 1) - 1;
  }

  /** Every node, dependencies before dependents, ties broken by name. */
  public startOrder(): string[] {
    return [...this.nodes].sort((a, b) => this.depth(a) - this.depth(b) || compareText(a, b));
  }
}

/**
 * Finds the cycles in a plain adjacency map (which may also name unknown
 * nodes; those are skipped). Each cycle is listed once, starting at its
 * alphabetically first node and ending where it began.
 */
export function findCycles(adjacency: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const finished = new Set<string>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    const at = stack.indexOf(node);
    if (at >= 0) {
      const loop = stack.slice(at);
      const start = loop.indexOf([...loop].sort()[0]);
      const rotated = [...loop.slice(start), ...loop.slice(0, start)];
      cycles.set(rotated.join('>'), [...rotated, rotated[0]]);
      return;
    }
    if (finished.has(node)) return;
    stack.push(node);
    for (const next of adjacency.get(node) ?? []) {
      if (adjacency.has(next)) visit(next);
    }
    stack.pop();
    finished.add(node);
  };
  for (const node of [...adjacency.keys()].sort()) visit(node);
  return [...cycles.values()];
}
