// Counts the HTTP requests the scan's clients send, for the progress line: every page and every
// retry is one, so the figure is what AWS saw (and what a rate limit counts), not what we asked.
import type { Pluggable } from '@smithy/types';

export class RequestCounter {
  private count = 0;

  /** A middleware in the deserialize step, inside the retries: it runs once per attempt. */
  plugin<Input extends object, Output extends object>(): Pluggable<Input, Output> {
    return {
      applyToStack: (stack) =>
        stack.add(
          (next) => (args) => {
            this.count++;
            return next(args);
          },
          { step: 'deserialize', name: 'requestCounterMiddleware' },
        ),
    };
  }

  get sent(): number {
    return this.count;
  }
}
