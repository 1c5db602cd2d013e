/**
 * The one argument parser of every program (synth, validate, diff, sizing,
 * bench, the environment tools, schemas:vendor): Node's own
 * `util.parseArgs`, strict, so an unknown flag or a stray argument is an
 * error rather than silently ignored. Every command answers `--help` (and
 * `-h`) with its usage and exit status 0; bad usage prints the reason and
 * the usage on stderr and exits 2 (the convention of POSIX utilities for
 * usage errors).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Output } from './paths';

/** Exit status of a command line the program cannot run. */
export const USAGE_EXIT = 2;

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What a command accepts. */
export interface CommandSpec<Options extends OptionsConfig = OptionsConfig> {
  /** Usage text, printed on `--help` and after a usage error. */
  readonly usage: string;
  /** Its flags (`--help` is added). @default none */
  readonly options?: Options;
  /** Fewest positional arguments. @default 0 */
  readonly minPositionals?: number;
  /** Most positional arguments. @default 0 */
  readonly maxPositionals?: number;
  /** What the positional arguments are, for the messages ("environment name"). @default 'argument' */
  readonly positionalName?: string;
}

/** A command line that parsed. */
export interface ParsedCommand {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** A command line the program refuses; the message says why. */
export class UsageError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** parseArgs' messages ("Unknown option '--bogus'. To specify a positional argument starting with a '-', …"), short. */
function usageMessage(error: NodeJS.ErrnoException): string {
  // The option as quoted: '--bogus', '--from <value>', '-h, --help' (the long name when there is one).
  const quoted = /'(-[^']+)'/.exec(error.message)?.[1].split(/[ ,]+/);
  const option = quoted?.find((token) => token.startsWith('--')) ?? quoted?.[0];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return error.message.includes('argument missing') ? `option ${option} needs a value` : `option ${option} takes no value`;
  }
  return error.message.split('. ')[0];
}

/** The parsed command line; throws UsageError on an unknown flag, a missing value, or too few or too many arguments. */
export function parseCommandLine(spec: CommandSpec, args: readonly string[]): ParsedCommand & { readonly help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(usageMessage(error as NodeJS.ErrnoException));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help === true) return { values, positionals: parsed.positionals, help: true };
  const { minPositionals = 0, maxPositionals = 0, positionalName = 'argument' } = spec;
  const count = parsed.positionals.length;
  if (count < minPositionals) throw new UsageError(`missing ${positionalName}`);
  if (count > maxPositionals) {
    const extra = parsed.positionals.slice(maxPositionals).join(' ');
    throw new UsageError(maxPositionals === 0 ? `unexpected argument: ${extra}` : `too many arguments: ${extra}`);
  }
  return { values, positionals: parsed.positionals, help: false };
}

/**
 * Parses a program's arguments: the parsed command line, or the exit status
 * to stop with after `--help` (0, usage on stdout) or a usage error (2, the
 * reason and the usage on stderr).
 */
export function parseCommand(spec: CommandSpec, args: readonly string[], out: Output): ParsedCommand | number {
  try {
    const parsed = parseCommandLine(spec, args);
    if (parsed.help) {
      out.log(spec.usage);
      return 0;
    }
    return parsed;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out.error(`${error.message}\n${spec.usage}`);
    return USAGE_EXIT;
  }
}
