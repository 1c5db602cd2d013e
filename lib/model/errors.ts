/**
 * One problem with an environment spec: where it is and what is wrong.
 *
 * Every bad-input rule reports through this shape, so a message always names
 * the environment, the server (when the problem is about one) and the field.
 */
export interface SpecProblem {
  /** Environment name, e.g. `prod`. */
  readonly environment: string;
  /** Server name, when the problem belongs to one server. */
  readonly server?: string;
  /** Field path inside the environment or server spec, e.g. `replicas`. */
  readonly field: string;
  /** What is wrong, with the bad value in it. */
  readonly message: string;
}

/** Renders one problem as a single line: `[prod] server dataserver, field replicas: ...`. */
export function formatProblem(problem: SpecProblem): string {
  const where = problem.server === undefined ? '' : ` server ${problem.server},`;
  return `[${problem.environment}]${where} field ${problem.field}: ${problem.message}`;
}

/** Thrown when an environment spec is invalid; carries every problem found, not just the first. */
export class SpecError extends Error {
  public readonly problems: readonly SpecProblem[];

  public constructor(problems: readonly SpecProblem[]) {
    const lines = problems.map(formatProblem);
    super(
      problems.length === 1 ? lines[0] : `${problems.length} problems in the environment spec:\n${lines.map((l) => `  - ${l}`).join('\n')}`,
    );
    this.name = 'SpecError';
    this.problems = problems;
  }
}

/** Records a problem at a field, for one scope (the environment, or one server); see ProblemCollector.reporter. */
export type Report = (field: string, message: string) => void;

/** Collects problems for one environment so they can be reported together. */
export class ProblemCollector {
  private readonly found: SpecProblem[] = [];

  public constructor(public readonly environment: string) {}

  /** Records a problem with the environment as a whole. */
  public environmentProblem(field: string, message: string): void {
    this.found.push({ environment: this.environment, field, message });
  }

  /** Records a problem with one server. */
  public serverProblem(server: string, field: string, message: string): void {
    this.found.push({ environment: this.environment, server, field, message });
  }

  /** The one way rules report: a Report for one server's problems, or without a server for the environment's. */
  public reporter(server?: string): Report {
    return server === undefined
      ? (field, message) => this.environmentProblem(field, message)
      : (field, message) => this.serverProblem(server, field, message);
  }

  public get problems(): readonly SpecProblem[] {
    return this.found;
  }

  /** Throws one SpecError listing everything found, if anything was. */
  public throwIfAny(): void {
    if (this.found.length > 0) throw new SpecError(this.found);
  }
}
