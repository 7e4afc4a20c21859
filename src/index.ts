import { isMainThread, workerData } from 'node:worker_threads';
import { ACTION_THREAD_LIMITS, runInThread } from './action/actionThread.js';
import { isUploadJob } from './action/github/uploadJob.js';
import { limitHeapGrowth } from './common/heapGrowth.js';

// dist/index.js starts the action in a worker thread (actionThread.ts), and that thread starts it
// again as its artifact upload (uploadReports.ts), which can then be stopped at a deadline. Each
// loads only its own code (ncc puts each import below in a chunk of its own): the upload thread
// neither parses nor runs the AWS SDK and the reports, the action's thread not @actions/artifact.
if (isMainThread) {
  // V8's flags are the process's: set before the action's thread has a heap.
  limitHeapGrowth();
  process.exitCode = await runInThread(new URL(import.meta.url), ACTION_THREAD_LIMITS);
} else if (isUploadJob(workerData)) {
  const { runUploadJob } = await import('./action/github/uploadWorker.js');
  await runUploadJob(workerData);
} else {
  const { run } = await import('./action/main.js');
  await run();
}
