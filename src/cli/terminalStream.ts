// What the CLI asks of its output streams: a writable that may be a terminal (process.stdout and
// process.stderr are tty.WriteStream then), and whether to colour it.

export interface TerminalStream extends NodeJS.WritableStream {
  /** True when the stream is a terminal: lines can be redrawn and coloured. */
  isTTY?: boolean;
  /** The terminal's width in characters. */
  columns?: number;
}

export const isTerminal = (stream: TerminalStream): boolean => stream.isTTY === true;

/** Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
export function wantsColour(stream: TerminalStream, env: NodeJS.ProcessEnv): boolean {
  return isTerminal(stream) && (env.NO_COLOR ?? '') === '';
}
