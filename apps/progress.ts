/**
 * Progress for the commands that take more than a couple of seconds (bench,
 * env:create, env:destroy, a synth of many environments): one line on
 * stderr, rewritten in place, shown only on a terminal. In CI (stderr not a
 * TTY, or `CI` set to anything but `false`/`0`) nothing is printed, so logs
 * hold only the results.
 */

/** Where progress goes: a stream that may be a terminal. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** Reports steps of a long run; `done` clears the line. */
export interface Progress {
  step(text: string): void;
  done(): void;
}

/** A Progress that prints nothing. */
export const NO_PROGRESS: Progress = { step: () => undefined, done: () => undefined };

/** Whether progress is shown: on a terminal, and not in CI. */
export function showsProgress(stream: ProgressStream, env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  return stream.isTTY === true && !ci;
}

/** Progress on `stream` (stderr by default) when it is a terminal and this is not CI; else NO_PROGRESS. */
export function terminalProgress(stream: ProgressStream = process.stderr, env: NodeJS.ProcessEnv = process.env): Progress {
  if (!showsProgress(stream, env)) return NO_PROGRESS;
  let shown = false;
  return {
    // Carriage return and erase-line: the next step overwrites this one.
    step: (text) => {
      stream.write(`\r\x1b[K${text}`);
      shown = true;
    },
    done: () => {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
