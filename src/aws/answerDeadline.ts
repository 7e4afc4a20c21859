// A deadline on the whole answer of each attempt. The HTTP handler's own time-outs cover the wait
// for the headers and any silence after them, so an endpoint that sends its headers and then a
// byte now and then would hold a call, and the scan, forever. Past the deadline the answer's body
// is destroyed with a TimeoutError: the socket is freed, and the retry strategy counts the attempt
// as a time-out.
import type { Readable } from 'node:stream';
import type { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpHandler, HttpRequest, HttpResponse } from '@smithy/core/protocols';
import type { HttpHandlerOptions, NodeHttpHandlerOptions } from '@smithy/types';

/** An answer that was still arriving at the deadline. */
export class AnswerDeadlineError extends Error {
  override name = 'TimeoutError';
}

export class AnswerDeadlineHandler implements HttpHandler<NodeHttpHandlerOptions> {
  readonly metadata: NodeHttpHandler['metadata'];

  constructor(
    private readonly inner: NodeHttpHandler,
    private readonly deadlineMs: number,
  ) {
    this.metadata = inner.metadata;
  }

  async handle(
    request: HttpRequest,
    options?: HttpHandlerOptions,
  ): Promise<{ response: HttpResponse }> {
    const started = Date.now();
    const answer = await this.inner.handle(request, options);
    const body = answer.response.body as Partial<Readable> | undefined;
    if (typeof body?.destroy !== 'function' || typeof body.once !== 'function') return answer;
    const timer = setTimeout(
      () =>
        body.destroy?.(
          new AnswerDeadlineError(`the answer was still arriving after ${this.deadlineMs} ms`),
        ),
      Math.max(0, this.deadlineMs - (Date.now() - started)),
    );
    body.once('close', () => clearTimeout(timer));
    return answer;
  }

  updateHttpClientConfig(...args: Parameters<NodeHttpHandler['updateHttpClientConfig']>): void {
    this.inner.updateHttpClientConfig(...args);
  }

  httpHandlerConfigs(): ReturnType<NodeHttpHandler['httpHandlerConfigs']> {
    return this.inner.httpHandlerConfigs();
  }

  destroy(): void {
    this.inner.destroy();
  }
}
