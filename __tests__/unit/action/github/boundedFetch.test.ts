// Every GitHub call is bounded in time and tries; a failure names the call. A fake fetch stands
// in for the network: it answers as told, or holds the request until it is aborted.
import { describe, expect, it } from 'vitest';
import { boundedFetch, callName } from '../../../../src/action/github/boundedFetch.js';

const URL_ = 'https://api.github.com/repos/o/r/issues/1/comments?per_page=100';
const noWait = async () => {};

type Step = 'hang' | number | 'trickle';

/** A fetch that plays `steps` in order, one per call, and counts the calls. */
function fakeFetch(steps: Step[]) {
  const calls: string[] = [];
  const fake = (async (input: string | URL | Request, init: RequestInit = {}) => {
    calls.push(`${init.method ?? 'GET'} ${String(input)}`);
    const step = steps[calls.length - 1] ?? 200;
    const signal = init.signal as AbortSignal;
    if (step === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      });
    }
    if (step === 'trickle') {
      // Headers at once, then a body that never ends.
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('['));
          signal.addEventListener('abort', () => controller.error(signal.reason), { once: true });
        },
      });
      return new Response(body, { status: 200 });
    }
    return new Response(JSON.stringify({ step }), {
      status: step,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return { fake, calls };
}

describe('boundedFetch', () => {
  it('names a call by method and path, never its query (a signed URL carries secrets there)', () => {
    expect(callName('GET', 'https://blob.example/a/b.zip?sig=SECRET&se=1')).toBe(
      'GitHub GET /a/b.zip',
    );
  });

  it('tries a GET that never answers three times, then fails naming it', async () => {
    const { fake, calls } = fakeFetch(['hang', 'hang', 'hang']);
    const bounded = boundedFetch(fake, { timeoutMs: 30, attempts: 3, sleep: noWait });
    await expect(bounded(URL_)).rejects.toMatchObject({
      name: 'GitHubCallError',
      message: 'GitHub GET /repos/o/r/issues/1/comments: no answer in 0 s (3 attempts)',
      call: 'GitHub GET /repos/o/r/issues/1/comments',
      timedOut: true,
    });
    expect(calls).toHaveLength(3);
  });

  it('answers the first try that gets through', async () => {
    const { fake, calls } = fakeFetch(['hang', 503, 200]);
    const waits: number[] = [];
    const bounded = boundedFetch(fake, {
      timeoutMs: 30,
      attempts: 3,
      sleep: async (ms) => void waits.push(ms),
    });
    const response = await bounded(URL_);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ step: 200 });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([1000, 2000]);
  });

  it('hands back a 404 as it is: the caller reads it', async () => {
    const { fake, calls } = fakeFetch([404]);
    const response = await boundedFetch(fake, { timeoutMs: 30, attempts: 3, sleep: noWait })(URL_);
    expect(response.status).toBe(404);
    expect(calls).toHaveLength(1);
  });

  it('tries a POST once: a retry after a lost answer could create a second comment', async () => {
    const { fake, calls } = fakeFetch(['hang', 201]);
    const bounded = boundedFetch(fake, { timeoutMs: 30, attempts: 3, sleep: noWait });
    await expect(bounded(URL_, { method: 'POST', body: '{}' })).rejects.toMatchObject({
      message: 'GitHub POST /repos/o/r/issues/1/comments: no answer in 0 s (1 attempt)',
      timedOut: true,
    });
    expect(calls).toEqual([`POST ${URL_}`]);
  });

  it('cuts off an answer whose body never ends, at twice the time-out', async () => {
    const { fake } = fakeFetch(['trickle', 'trickle']);
    const bounded = boundedFetch(fake, { timeoutMs: 200, attempts: 2, sleep: noWait });
    await expect(bounded(URL_)).rejects.toMatchObject({
      message:
        'GitHub GET /repos/o/r/issues/1/comments: the answer was still arriving after 0.4 s (2 attempts)',
      timedOut: true,
    });
  });

  it('says whether the last try timed out, and names the call as asked', async () => {
    const { fake } = fakeFetch(['hang', 503]);
    const bounded = boundedFetch(
      fake,
      { timeoutMs: 30, attempts: 2, sleep: noWait },
      () => 'GitHub OIDC token request',
    );
    await expect(bounded(URL_)).rejects.toMatchObject({
      message: 'GitHub OIDC token request: HTTP 503 (2 attempts)',
      call: 'GitHub OIDC token request',
      timedOut: false,
    });
  });

  it('stops at once when the caller aborts, without another try', async () => {
    const { fake, calls } = fakeFetch(['hang', 'hang']);
    const bounded = boundedFetch(fake, { timeoutMs: 5000, attempts: 3, sleep: noWait });
    const controller = new AbortController();
    const pending = bounded(URL_, { signal: controller.signal });
    controller.abort(new Error('the step is cancelled'));
    await expect(pending).rejects.toThrow('the step is cancelled');
    expect(calls).toHaveLength(1);
  });
});
