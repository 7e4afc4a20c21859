// The action runs in a worker thread of its own process, for one reason: a worker's young
// generation can be sized from inside the process, the main thread's only on node's command line,
// which an action does not control. Node 24 (the action's runtime) let the main thread's grow to
// 128 MB on the 24 GB machine the benchmark ran on; 48 MB is Node 20's default, and the scan's CPU
// did not change with it (bench/RESULTS.md). The thread's output goes to the process's, in order.
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** Young generation of the action's thread: three semi-spaces of 16 MB, as Node 20 has. */
export const ACTION_THREAD_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 48 };

/** Runs `script` in a worker thread with `limits`; its exit code (1 when it threw). */
export function runInThread(script: URL, limits: ResourceLimits): Promise<number> {
  return new Promise((resolve) => {
    const worker = new Worker(script, { resourceLimits: limits });
    // An exception nothing caught: shown as node shows one, and the thread exits 1.
    worker.on('error', (error) => process.stderr.write(`${error.stack ?? String(error)}\n`));
    worker.on('exit', resolve);
  });
}
