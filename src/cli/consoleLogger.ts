// The CLI's logger: progress and warnings on stderr, so stdout holds only the summary; debug
// lines only with --verbose.
import type { Logger } from '../common/logger.js';

export function consoleLogger(stream: NodeJS.WritableStream, verbose = false): Logger {
  return {
    info: (m) => stream.write(`${m}\n`),
    warning: (m) => stream.write(`warning: ${m}\n`),
    debug: (m) => {
      if (verbose) stream.write(`debug: ${m}\n`);
    },
  };
}
