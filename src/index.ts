import { workerData } from 'node:worker_threads';
import { isUploadJob, runUploadJob } from './action/github/uploadWorker.js';
import { run } from './action/main.js';
import { limitHeapGrowth } from './common/heapGrowth.js';

// dist/index.js is the action and, started again as a worker thread, its artifact upload
// (uploadReports.ts), which can then be stopped at a deadline.
if (isUploadJob(workerData)) await runUploadJob(workerData);
else {
  limitHeapGrowth();
  await run();
}
