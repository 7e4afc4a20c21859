// The artifact upload as it runs in a worker thread: dist/index.js started again as a worker
// (uploadReports.ts) with an UploadJob as its workerData. @actions/artifact does the upload;
// the thread only reports when it starts and how it ended.
import { parentPort } from 'node:worker_threads';
import { DefaultArtifactClient } from '@actions/artifact';
import { errorMessage } from '../../common/errorMessage.js';
import type { UploadJob, UploadResult } from './uploadJob.js';
import type { WorkerMessage } from './workerWithDeadline.js';

export async function runUploadJob(job: UploadJob): Promise<void> {
  const post = (message: WorkerMessage<UploadResult>) => parentPort?.postMessage(message);
  post({ type: 'started' });
  let result: UploadResult;
  try {
    const { id } = await new DefaultArtifactClient().uploadArtifact(
      job.name,
      job.files,
      job.rootDir,
      job.retentionDays === undefined ? {} : { retentionDays: job.retentionDays },
    );
    result = id === undefined ? {} : { id };
  } catch (error) {
    result = { error: errorMessage(error) };
  }
  post({ type: 'result', value: result });
}
