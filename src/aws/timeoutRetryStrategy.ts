// The SDK's adaptive retries, with few attempts for time-outs. Throttling and 5xx answers come
// back fast, so the full budget (maxAttempts) is cheap and rides out a shared EC2 rate limit; a
// time-out costs the whole request time-out per attempt, so ten of them would hold one call for
// ten times that. A call may time out `timeoutAttempts` times in all, whatever else it met.
import { AdaptiveRetryStrategy } from '@smithy/core/retry';
import type { RetryErrorInfo, RetryToken, StandardRetryToken } from '@smithy/types';

/**
 * NodeHttpHandler names its own time-outs (connecting, the answer, an idle socket) TimeoutError,
 * and also connections dropped or refused under it (ECONNRESET, ECONNREFUSED, EPIPE, ETIMEDOUT).
 */
export function isTimeoutError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'TimeoutError';
}

export class TimeoutRetryStrategy extends AdaptiveRetryStrategy {
  /** How often the call a token belongs to has timed out so far. */
  private readonly timeouts = new WeakMap<RetryToken, number>();

  constructor(
    maxAttempts: number,
    private readonly timeoutAttempts: number,
  ) {
    super(maxAttempts);
  }

  override async refreshRetryTokenForRetry(
    token: StandardRetryToken,
    errorInfo: RetryErrorInfo,
  ): Promise<RetryToken> {
    const timeouts = (this.timeouts.get(token) ?? 0) + (isTimeoutError(errorInfo.error) ? 1 : 0);
    // Refused as the SDK refuses a retry: the retry middleware then throws the call's error.
    if (timeouts >= this.timeoutAttempts) throw new Error('No retry token available');
    const next = await super.refreshRetryTokenForRetry(token, errorInfo);
    this.timeouts.set(next, timeouts);
    return next;
  }
}
