// The retry budget as the SDK spends it: a real STS client with the strategy, its transport
// replaced by one that fails every attempt the same way. Fake timers skip the backoff.
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { HttpHandler } from '@smithy/core/protocols';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeoutRetryStrategy } from '../../../src/aws/timeoutRetryStrategy.js';

const named = (name: string, extra: object = {}) =>
  Object.assign(new Error(`${name} (test)`), { name, ...extra });
// What NodeHttpHandler throws when requestTimeout passes (throwOnRequestTimeout: true).
const timedOut = () => named('TimeoutError', { code: 'ETIMEDOUT' });
const throttled = () => named('RequestLimitExceeded', { $metadata: { httpStatusCode: 503 } });
const serverError = () => named('InternalError', { $metadata: { httpStatusCode: 500 } });

/** Sends one call whose every attempt fails with the next error of `errors` (cycled). */
async function attemptsOf(...errors: (() => Error)[]): Promise<{ attempts: number; last: Error }> {
  let attempts = 0;
  const requestHandler = {
    handle: () => Promise.reject((errors[attempts++ % errors.length] as () => Error)()),
  } as unknown as HttpHandler;
  const client = new STSClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' },
    requestHandler,
    retryStrategy: new TimeoutRetryStrategy(10, 3),
  });
  let last: Error | undefined;
  void client.send(new GetCallerIdentityCommand({})).then(
    () => (last = new Error('the call succeeded')),
    (error: unknown) => (last = error as Error),
  );
  // The client reads its config files for real before the first attempt: let I/O run, then
  // jump over the backoff, until the call has settled.
  while (!last) {
    await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(60_000);
  }
  return { attempts, last };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('TimeoutRetryStrategy', () => {
  it('tries a call that keeps timing out 3 times', async () => {
    const { attempts, last } = await attemptsOf(timedOut);
    expect(attempts).toBe(3);
    expect(last).toMatchObject({ name: 'TimeoutError', $metadata: { attempts: 3 } });
  });

  it('keeps the full budget of 10 attempts for throttling and 5xx', async () => {
    expect((await attemptsOf(throttled)).attempts).toBe(10);
    expect((await attemptsOf(serverError)).attempts).toBe(10);
  });

  it('counts time-outs among other errors: the third time-out ends the call', async () => {
    const { attempts, last } = await attemptsOf(throttled, timedOut);
    expect(attempts).toBe(6);
    expect(last.name).toBe('TimeoutError');
  });

  it('does not retry what the SDK does not retry', async () => {
    expect((await attemptsOf(() => named('AccessDenied'))).attempts).toBe(1);
  });
});
