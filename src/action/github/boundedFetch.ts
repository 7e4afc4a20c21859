// Every request the action makes to GitHub goes through here: an explicit time-out for the answer
// to start, twice that for it to arrive whole, and a bounded number of tries, so that an API
// that accepts the connection and never answers costs seconds, not the HTTP client's default
// 300 s per call (or forever), and a failure names the call it was. Requests that create
// something (POST) are tried once: a retry after a lost answer could create it twice.

export interface CallBounds {
  /** Milliseconds an answer may take to start; the whole body then has twice as long. */
  timeoutMs: number;
  /** Tries in all of a request that changes nothing (GET, HEAD) or the same thing each time. */
  attempts: number;
  /** Waits before a retry; tests pass their own. */
  sleep?: (ms: number) => Promise<void>;
}

/** As the action uses them: the `request-timeout` input, three tries, as for AWS calls. */
export function callBounds(requestTimeoutSeconds: number): CallBounds {
  return { timeoutMs: requestTimeoutSeconds * 1000, attempts: 3 };
}

type Fetch = typeof fetch;

/** Statuses worth another try: the server may answer next time. */
const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);
/** Methods whose repetition does no harm. */
const REPEATABLE = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** Statuses that may not carry a body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

/** `GET /repos/o/r/actions/runs`: the call, without its query (a signed URL's secrets). */
export function callName(method: string, url: string): string {
  const parsed = new URL(url);
  return `GitHub ${method} ${parsed.pathname}`;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const tries = (n: number) => (n === 1 ? '1 attempt' : `${n} attempts`);

/** The last try's failure, with the call it names; `timedOut` when that try got no (whole) answer. */
export class GitHubCallError extends Error {
  override name = 'GitHubCallError';
  constructor(
    readonly call: string,
    failure: string,
    attempts: number,
    readonly timedOut: boolean,
  ) {
    super(`${call}: ${failure} (${tries(attempts)})`);
  }
}

class Stalled extends Error {
  constructor(readonly what: string) {
    super(what);
  }
}

/**
 * One try: the answer must start within `timeoutMs` and be read whole within twice that; the
 * body is read here, so that a stall in it is caught, and handed on as a Response of its own.
 */
async function attempt(
  inner: Fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<Response> {
  const controller = new AbortController();
  const outer = init.signal;
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted === true) controller.abort(outer.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  let stalled: Stalled | undefined;
  const stall = (what: string, ms: number) =>
    setTimeout(() => {
      stalled = new Stalled(what);
      controller.abort(stalled);
    }, ms);
  let timer = stall(`no answer in ${seconds(timeoutMs)}`, timeoutMs);
  try {
    const response = await inner(url, { ...init, signal: controller.signal });
    clearTimeout(timer);
    timer = stall(`the answer was still arriving after ${seconds(2 * timeoutMs)}`, 2 * timeoutMs);
    const body = NULL_BODY.has(response.status) ? null : await response.arrayBuffer();
    const whole = new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperty(whole, 'url', { value: response.url });
    return whole;
  } catch (error) {
    throw stalled ?? error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

/**
 * `inner` (the proxy-aware fetch of @actions/github, or the global one) bounded: each try has
 * its time-out; a time-out, a network error or a 429/5xx answer is tried again, up to
 * `attempts` tries for repeatable methods. The last failure is a GitHubCallError naming the
 * call, by `name` (default: method and path).
 */
export function boundedFetch(
  inner: Fetch,
  bounds: CallBounds,
  name: (method: string, url: string) => string = callName,
): Fetch {
  const sleep =
    bounds.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return async (input, init = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const attempts = REPEATABLE.has(method) ? Math.max(1, bounds.attempts) : 1;
    let failure = '';
    let timedOut = false;
    for (let n = 1; n <= attempts; n++) {
      if (n > 1) await sleep(Math.min(1000 * 2 ** (n - 2), 5000));
      try {
        const response = await attempt(inner, url, init, bounds.timeoutMs);
        if (!RETRIED_STATUSES.has(response.status)) return response;
        failure = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        timedOut = false;
      } catch (error) {
        // The caller's own abort ends it at once; anything else is worth another try.
        if (init.signal?.aborted === true) throw error;
        timedOut = error instanceof Stalled;
        failure =
          error instanceof Stalled
            ? error.what
            : error instanceof Error
              ? ((error.cause as Error | undefined)?.message ?? error.message)
              : String(error);
      }
    }
    throw new GitHubCallError(name(method, url), failure, attempts, timedOut);
  };
}
