// The CLI's logger: progress and warnings on stderr, so stdout holds only the summary; debug
// lines only with --verbose, info lines not with --quiet. On a terminal the lines go above the
// live progress line.
import type { Logger } from '../common/logger.js';
import { printableLines } from '../common/printable.js';
import type { StatusLine } from './statusLine.js';

export interface LogLevels {
  verbose?: boolean;
  quiet?: boolean;
}

export function consoleLogger(
  stream: NodeJS.WritableStream,
  { verbose = false, quiet = false }: LogLevels = {},
  status?: StatusLine,
): Logger {
  // Messages quote AWS answers (error codes and messages, ids): no escape sequence of theirs
  // reaches the terminal.
  const write = (message: string) => {
    const line = `${printableLines(message)}\n`;
    return status ? status.print(line) : stream.write(line);
  };
  return {
    info: (m) => {
      if (!quiet) write(m);
    },
    warning: (m) => write(`warning: ${m}`),
    debug: (m) => {
      if (verbose) write(`debug: ${m}`);
    },
  };
}
