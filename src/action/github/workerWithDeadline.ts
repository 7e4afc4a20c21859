// Runs a job in a worker thread with a deadline, for work that offers no abort of its own
// (@actions/artifact's upload). At the deadline the worker is terminated, which ends every
// request it has open: nothing is left in flight to hold the step once its work is done.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { errorMessage } from '../../common/errorMessage.js';

/** What a job's worker posts: `started` when the bounded work begins, then its result. */
export type WorkerMessage<T> = { type: 'started' } | { type: 'result'; value: T };

export type WorkerOutcome<T> =
  { kind: 'done'; value: T } | { kind: 'timed-out' } | { kind: 'failed'; error: string };

export interface WorkerLimits {
  /** From `started` to the result; the worker's own start-up (loading code) is not counted. */
  deadlineMs: number;
  /** After the result, how long the worker may take to end by itself (its output drains). */
  graceMs?: number;
  env?: NodeJS.ProcessEnv;
  /** The worker's heap limits; V8's defaults otherwise. */
  resourceLimits?: ResourceLimits;
}

export function workerWithDeadline<T>(
  script: string,
  workerData: unknown,
  { deadlineMs, graceMs = 2000, env = process.env, resourceLimits }: WorkerLimits,
): Promise<WorkerOutcome<T>> {
  return new Promise((resolve) => {
    const worker = new Worker(script, {
      workerData,
      env,
      ...(resourceLimits && { resourceLimits }),
    });
    let result: { value: T } | undefined;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (outcome: WorkerOutcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
    };
    const done = () => (result ? { kind: 'done' as const, value: result.value } : undefined);
    worker.on('message', (message: WorkerMessage<T>) => {
      if (message.type === 'started' && timer === undefined) {
        timer = setTimeout(() => finish(done() ?? { kind: 'timed-out' }), deadlineMs);
      } else if (message.type === 'result' && result === undefined) {
        result = { value: message.value };
        // The result is in: the worker should end by itself; if something of it lingers, it
        // is stopped shortly rather than at the deadline.
        clearTimeout(timer);
        timer = setTimeout(() => finish({ kind: 'done', value: message.value }), graceMs);
      }
    });
    worker.on('error', (error) => finish(done() ?? { kind: 'failed', error: errorMessage(error) }));
    worker.on('exit', (code) =>
      finish(
        done() ?? {
          kind: 'failed',
          error: `the worker ended without a result (exit code ${code})`,
        },
      ),
    );
  });
}
