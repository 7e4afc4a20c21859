import { readFileSync } from 'node:fs';

/** The job summary markdown written to GITHUB_STEP_SUMMARY ('' when nothing was written). */
export function readSummary(env: Record<string, string | undefined>): string {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('readSummary: env has no GITHUB_STEP_SUMMARY');
  return readFileSync(file, 'utf8');
}
