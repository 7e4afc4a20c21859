// What the CLI writes on stderr while it runs, chosen once: on a terminal, log lines above one
// progress line redrawn in place; elsewhere (CI logs, a file), plain lines with progress at most
// every 10 s; with --quiet, warnings and errors only.
import type { Logger } from '../common/logger.js';
import { progressLog } from '../scan/progressLog.js';
import { SILENT_PROGRESS, type ProgressReporter, type Ticker } from '../scan/scanProgress.js';
import { consoleLogger, type LogLevels } from './consoleLogger.js';
import { liveProgress } from './progressLine.js';
import { StatusLine } from './statusLine.js';
import { isTerminal, type TerminalStream } from './terminalStream.js';

export interface StderrOutput {
  logger: Logger;
  progress: ProgressReporter;
}

export function stderrOutput(
  stream: TerminalStream,
  levels: LogLevels,
  every?: Ticker,
): StderrOutput {
  if (levels.quiet === true) {
    return { logger: consoleLogger(stream, levels), progress: SILENT_PROGRESS };
  }
  if (isTerminal(stream)) {
    const status = new StatusLine(stream);
    return { logger: consoleLogger(stream, levels, status), progress: liveProgress(status, every) };
  }
  const logger = consoleLogger(stream, levels);
  return { logger, progress: progressLog(logger, every) };
}
