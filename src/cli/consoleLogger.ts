// The CLI's logger: progress and warnings on stderr, so stdout holds only the summary; debug
// lines only with --verbose, info lines not with --quiet. On a terminal the lines go above the
// live progress line.
import type { Logger } from '../common/logger.js';
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
  const write = (line: string) => (status ? status.print(line) : stream.write(line));
  return {
    info: (m) => {
      if (!quiet) write(`${m}\n`);
    },
    warning: (m) => write(`warning: ${m}\n`),
    debug: (m) => {
      if (verbose) write(`debug: ${m}\n`);
    },
  };
}
