// The engine logs through this interface, so it never imports @actions/core: the action passes
// one that writes workflow commands, the CLI one that writes to stderr.
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  /** Detail for whoever debugs a run: the action's debug log, the CLI's --verbose. */
  debug(message: string): void;
}
