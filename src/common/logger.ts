// The engine logs through this interface, so it never imports @actions/core: the action passes
// one that writes workflow commands, the CLI one that writes to stderr.
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export function consoleLogger(
  stream: NodeJS.WritableStream = process.stderr,
  verbose = false,
): Logger {
  return {
    info: (m) => stream.write(`${m}\n`),
    warning: (m) => stream.write(`warning: ${m}\n`),
    debug: (m) => {
      if (verbose) stream.write(`debug: ${m}\n`);
    },
  };
}
