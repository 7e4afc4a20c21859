// Uploads the report directory as one workflow artifact, with @actions/artifact, in a worker
// thread that is stopped at a deadline. The library bounds its blob upload (a chunk timer,
// ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS, that aborts it) but not its Twirp calls to the results
// service (CreateArtifact, FinalizeArtifact): their HTTP client has no abort and no time-out but
// a 3-minute idle socket, tried 5 times, so a service that accepts and never answers held the
// step for about 15 minutes per call. Racing the upload in this thread would leave those
// sockets open and the process alive; a worker can be terminated, which closes them.
import path from 'node:path';
import { errorMessage } from '../../common/errorMessage.js';
import { ACTION_THREAD_LIMITS } from '../actionThread.js';
import type { UploadJob, UploadResult } from './uploadJob.js';
import { workerWithDeadline } from './workerWithDeadline.js';

export interface UploadedArtifact {
  name: string;
  id?: number;
  url?: string;
  error?: string;
}

/** The upload as a whole (its calls and its tries) has this many request time-outs. */
const UPLOAD_TIMEOUTS = 4;
const CALL = 'GitHub artifact upload';
/** The library's message when its chunk timer gave up on the blob upload. */
const STALLED = 'Upload progress stalled.';

export interface UploadOptions {
  /** The `request-timeout` input, in seconds. */
  requestTimeoutSeconds: number;
  /** The script the worker runs: dist/index.js, which runs the job it is given (index.ts). */
  script: string;
  env?: NodeJS.ProcessEnv;
}

export async function uploadReports(
  files: string[],
  rootDir: string,
  name: string,
  retentionDays: number | undefined,
  { requestTimeoutSeconds, script, env = process.env }: UploadOptions,
): Promise<UploadedArtifact> {
  const job: UploadJob = {
    job: 'upload-artifact',
    name,
    files: files.map((f) => path.resolve(f)),
    rootDir: path.resolve(rootDir),
    ...(retentionDays === undefined ? {} : { retentionDays }),
  };
  // A blob upload that makes no progress for the request time-out is given up by the library
  // itself, within twice that, unless the workflow chose its own limit.
  const chunkMs = env.ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS || String(requestTimeoutSeconds * 1000);
  const deadlineSeconds = UPLOAD_TIMEOUTS * requestTimeoutSeconds;
  let outcome;
  try {
    outcome = await workerWithDeadline<UploadResult>(script, job, {
      deadlineMs: deadlineSeconds * 1000,
      env: { ...env, ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS: chunkMs },
      // As the action's own thread: a worker's default young generation is 192 MB on Node 24.
      resourceLimits: ACTION_THREAD_LIMITS,
    });
  } catch (error) {
    return { name, error: `${CALL}: ${errorMessage(error)}` };
  }
  // The reports stay on disk and the gate still runs: the upload is a convenience.
  if (outcome.kind === 'timed-out') {
    return {
      name,
      error:
        `${CALL} (CreateArtifact, the blob upload, FinalizeArtifact): not done in ` +
        `${deadlineSeconds} s (${UPLOAD_TIMEOUTS} × request-timeout), stopped`,
    };
  }
  if (outcome.kind === 'failed') return { name, error: `${CALL}: ${outcome.error}` };
  const result = outcome.value;
  if ('error' in result) {
    const error =
      result.error === STALLED
        ? `the blob upload made no progress in ${Number(chunkMs) / 1000} s, stopped`
        : result.error;
    return { name, error: `${CALL}: ${error}` };
  }
  const { id } = result;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const url =
    id !== undefined && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`
      : undefined;
  return { name, ...(id !== undefined ? { id } : {}), ...(url ? { url } : {}) };
}
