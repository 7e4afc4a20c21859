import { workerData } from 'node:worker_threads';
import { isUploadJob } from './action/github/uploadJob.js';
import { limitHeapGrowth } from './common/heapGrowth.js';

// dist/index.js is the action and, started again as a worker thread, its artifact upload
// (uploadReports.ts), which can then be stopped at a deadline. Each loads only its own code (ncc
// puts each import below in a chunk of its own): the upload thread neither parses nor runs the
// AWS SDK and the reports, the action's thread not @actions/artifact.
if (isUploadJob(workerData)) {
  const { runUploadJob } = await import('./action/github/uploadWorker.js');
  await runUploadJob(workerData);
} else {
  limitHeapGrowth();
  const { run } = await import('./action/main.js');
  await run();
}
