// What the action's thread hands its upload worker (uploadReports.ts, uploadWorker.ts), apart
// from the upload's code: dist/index.js reads it to tell which of the two it was started as.

export interface UploadJob {
  job: 'upload-artifact';
  name: string;
  /** Absolute paths under rootDir. */
  files: string[];
  rootDir: string;
  retentionDays?: number;
}

/** What the upload came to: the artifact's id, or the library's error. */
export type UploadResult = { id?: number } | { error: string };

export function isUploadJob(data: unknown): data is UploadJob {
  return typeof data === 'object' && data !== null && (data as UploadJob).job === 'upload-artifact';
}
