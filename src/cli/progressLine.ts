// Progress on a terminal: one line redrawn in place a few times a second, then replaced by the
// last line, which stays.
import { finishedLine, progressLine } from '../scan/progressText.js';
import { intervalTicker, type ProgressReporter, type Ticker } from '../scan/scanProgress.js';
import type { StatusLine } from './statusLine.js';

/** Fast enough that the clock ticks smoothly; the line is only rewritten when it changed. */
export const REDRAW_INTERVAL_MS = 250;

export function liveProgress(status: StatusLine, every: Ticker = intervalTicker): ProgressReporter {
  let stop = () => {};
  return {
    start(read) {
      const draw = () => status.show(progressLine(read()));
      draw();
      stop = every(REDRAW_INTERVAL_MS, draw);
    },
    finish(last) {
      stop();
      status.clear();
      status.print(`${finishedLine(last)}\n`);
    },
  };
}
