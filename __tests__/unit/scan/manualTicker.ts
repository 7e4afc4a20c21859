// A Ticker that fires only when the test says so.
import type { Ticker } from '../../../src/scan/scanProgress.js';

export function manualTicker() {
  const ticks: (() => void)[] = [];
  const state = {
    intervals: [] as number[],
    stopped: false,
    every: ((ms, tick) => {
      state.intervals.push(ms);
      ticks.push(tick);
      return () => {
        state.stopped = true;
      };
    }) as Ticker,
    /** Fires every registered tick once. */
    tick: () => {
      for (const tick of ticks) tick();
    },
  };
  return state;
}
