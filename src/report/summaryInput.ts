// What the job summary and the PR comment are written from: the run's outcome, how the reports
// were published, and how much of it a public page may show.
import type { AuditOutcome } from '../audit/auditOutcome.js';

interface SummaryArtifact {
  name: string;
  url?: string;
  /** Why the upload failed, when it did. */
  error?: string;
}

/** What the run found and decided, and how the page is published. */
export interface SummaryInput extends Omit<AuditOutcome, 'suppressions' | 'options'> {
  artifact?: SummaryArtifact;
  /** Rows of the HIGH-suspicion table; default 50. */
  maxHighRows?: number;
  /** Rows of the per-account table; default 100. */
  maxAccountRows?: number;
  /** Hard cap on the whole text, in UTF-8 bytes; default 900 KiB (GitHub's limit is 1 MiB). */
  maxBytes?: number;
  /** Why the report files could not be written, when they could not. */
  writeError?: string;
  /**
   * `counts`: counts and cost only, no address, account id or resource id (a public repository's
   * summary and PR comment are public). Default `full`.
   */
  detail?: SummaryDetail;
}

export type SummaryDetail = 'full' | 'counts';

export const countsOnly = (input: Pick<SummaryInput, 'detail'>) => input.detail === 'counts';

/** Where a counts-only summary would have listed ids. */
export const LEFT_OUT =
  'Addresses and ids are left out of this summary (`summary-detail: counts`); the artifact lists them.';
