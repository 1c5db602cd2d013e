/**
 * Loading one environment file (`environments/<name>.ts`), and where in it
 * loading failed. An environment file is code: a typo (`ReferenceError`), a
 * syntax error or a helper that throws stops it before there is any spec to
 * check. The problem then names the file, line and column of the mistake,
 * as in the .ts source, so an editor jumps to it.
 *
 * The programs load TypeScript through tsx with source maps off (see
 * register.js: mapping every file costs a tenth of a synth), so a stack
 * points into the transpiled code, lines away from the mistake. They are
 * switched on while an environment file loads: only the environment files
 * and their helpers are compiled then (the library is loaded already), and
 * the stack is read before they are switched off again. (Under another
 * loader the positions are that loader's.)
 */
import { findSourceMap } from 'node:module';
import { isAbsolute, relative } from 'node:path';
import { SpecError, type SpecProblem } from '../lib/model/errors';

/** A place in a source file; line and column count from 1. */
interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** The default export of an environment file; a SpecError naming file, line and column if loading it throws. */
export function requireEnvironmentFile(name: string, file: string): unknown {
  const wasEnabled = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(true);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- environment files are found at run time
    return (require(file) as { default?: unknown }).default;
  } catch (error) {
    if (error instanceof SpecError) throw error;
    throw new SpecError([loadProblem(name, file, error)]);
  } finally {
    process.setSourceMapsEnabled(wasEnabled);
  }
}

/** The problem an error thrown while loading an environment file is: `<file>:<line>:<col>: <what>`. */
export function loadProblem(environment: string, file: string, error: unknown): SpecProblem {
  const syntax = syntaxErrorOf(error);
  if (syntax !== undefined) {
    const message =
      syntax.position.file === file
        ? `${place(syntax.position)}: syntax error: ${syntax.text}`
        : `${displayPath(file)}: syntax error in ${place(syntax.position)}: ${syntax.text}`;
    return { environment, field: 'file', message };
  }
  const what = isError(error)
    ? `${error.name}: ${error.message}`
    : `threw ${typeof error === 'string' ? JSON.stringify(error) : String(error)}`;
  const frames = isError(error) ? stackFrames(error) : [];
  const inFile = frames.find((frame) => frame.file === file);
  // The first frame of our own code is where it was thrown: the environment file itself, or a helper it calls.
  const thrower = frames.find((frame) => !frame.file.includes('/node_modules/') && isAbsolute(frame.file));
  const helper = thrower !== undefined && thrower.file !== file ? ` (thrown at ${helperPlace(thrower)})` : '';
  return { environment, field: 'file', message: `${inFile === undefined ? displayPath(file) : place(inFile)}: ${what}${helper}` };
}

/** `file:line:col`, the file relative to the working folder when it is inside it. */
function place(position: SourcePosition): string {
  return `${displayPath(position.file)}:${position.line}:${position.column}`;
}

/** A helper's place; the line only when its source map was loaded (else it is a line of the transpiled code, not the source). */
function helperPlace(position: SourcePosition): string {
  const mapped = !position.file.endsWith('.ts') || findSourceMap(position.file) !== undefined;
  return mapped ? place(position) : displayPath(position.file);
}

/** The file relative to the working folder (`environments/prod.ts`) when it is inside it, else as it is. */
function displayPath(file: string): string {
  const fromHere = relative(process.cwd(), file);
  return fromHere.startsWith('..') || isAbsolute(fromHere) ? file : fromHere;
}

/** Positions in a V8 stack trace, innermost first: `at f (/a/b.ts:3:5)` and `at /a/b.ts:3:5`. */
function stackFrames(error: Error): SourcePosition[] {
  const frames: SourcePosition[] = [];
  for (const line of (error.stack ?? '').split('\n')) {
    const match = /^\s+at (?:.*\()?(.+?):(\d+):(\d+)\)?$/.exec(line);
    if (match) frames.push({ file: match[1], line: Number(match[2]), column: Number(match[3]) });
  }
  return frames;
}

/**
 * A syntax error found while transpiling: esbuild (through tsx) reports
 * `Transform failed with 1 error:\n<file>:<line>:<col>: ERROR: <text>`,
 * its column counting from 0.
 */
function syntaxErrorOf(error: unknown): { readonly position: SourcePosition; readonly text: string } | undefined {
  if (!isError(error)) return undefined;
  const match = /^(.+?):(\d+):(\d+): ERROR: (.*)$/m.exec(error.message);
  if (match === null || !error.message.startsWith('Transform failed')) return undefined;
  return { position: { file: match[1], line: Number(match[2]), column: Number(match[3]) + 1 }, text: match[4] };
}

/** An Error, also one made in another realm (a test runner's sandbox), where `instanceof Error` is false. */
function isError(value: unknown): value is Error {
  return value instanceof Error || (typeof value === 'object' && value !== null && typeof (value as Error).message === 'string');
}
