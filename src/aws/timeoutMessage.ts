// NodeHttpHandler's time-out errors read '@smithy/node-http-handler - ... 30000 ms ...' and say
// nothing of retries. A scan_errors.csv row, and the CLI's last line when the caller's identity
// times out, should say in the user's terms what timed out, after how long, and how often.
import type { Pluggable } from '@smithy/types';
import { AnswerDeadlineError } from './answerDeadline.js';
import { isTimeoutError } from './timeoutRetryStrategy.js';

export interface TimeoutLimits {
  connectSeconds: number;
  /** The request time-out: the answer's first byte, and any silence while it arrives. */
  answerSeconds: number;
  /** The whole answer, from the attempt's start. */
  wholeAnswerSeconds: number;
}

/** The user's words for a time-out of the handler; undefined for any other error. */
export function timeoutMessage(error: unknown, limits: TimeoutLimits): string | undefined {
  const trickled = error instanceof AnswerDeadlineError;
  // Dropped and refused connections are TimeoutErrors too, but their own messages say it all.
  if (
    !isTimeoutError(error) ||
    (!trickled && !error.message.startsWith('@smithy/node-http-handler'))
  ) {
    return undefined;
  }
  const { attempts = 1 } = (error as { $metadata?: { attempts?: number } }).$metadata ?? {};
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
  if (trickled)
    return `Timed out after ${limits.wholeAnswerSeconds} s: the answer was still arriving (${tries})`;
  return error.message.includes('establish a connection')
    ? `Timed out after ${limits.connectSeconds} s connecting (${tries})`
    : `Timed out after ${limits.answerSeconds} s waiting for an answer (${tries})`;
}

/** Rewrites time-out messages once the call's retries are over. */
export function timeoutMessagePlugin<Input extends object, Output extends object>(
  limits: TimeoutLimits,
): Pluggable<Input, Output> {
  return {
    applyToStack: (stack) =>
      stack.add(
        (next) => async (args) => {
          try {
            return await next(args);
          } catch (error) {
            const message = timeoutMessage(error, limits);
            if (message !== undefined) (error as Error).message = message;
            throw error;
          }
        },
        // The first step, outside the retries: $metadata.attempts is final.
        { step: 'initialize', name: 'timeoutMessageMiddleware' },
      ),
  };
}
