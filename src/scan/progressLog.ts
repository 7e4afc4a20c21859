// Progress where nothing can be redrawn (CI logs, the action's log group, a redirected stderr):
// a plain line at most every PLAIN_INTERVAL_MS, and a last line with the elapsed time.
import type { Logger } from '../common/logger.js';
import { finishedLine, progressLine } from './progressText.js';
import { intervalTicker, type ProgressReporter, type Ticker } from './scanProgress.js';

/** Often enough to show a long scan is alive, rarely enough not to bury the log. */
export const PLAIN_INTERVAL_MS = 10_000;

export function progressLog(logger: Logger, every: Ticker = intervalTicker): ProgressReporter {
  let stop = () => {};
  return {
    start(read) {
      stop = every(PLAIN_INTERVAL_MS, () => logger.info(progressLine(read())));
    },
    finish(last) {
      stop();
      logger.info(finishedLine(last));
    },
  };
}
