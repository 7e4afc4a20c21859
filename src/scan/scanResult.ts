// What a whole scan yields: the findings of every account-region, merged and deduplicated,
// and the coverage (what was scanned, what was not, and why).
import type { Coverage } from '../analyze/coverage.js';
import type { PolicyDenial } from '../analyze/policyDenials.js';
import type { Findings, ScanError, UncheckedAccount } from '../analyze/types.js';
import type { AwsRecords } from './readAwsRecords.js';

export interface ScanTarget {
  accountId: string;
  region: string;
}

export interface ScanResult extends Findings {
  startedAt: Date;
  finishedAt: Date;
  /** Accounts whose credentials were obtained and whose regions were scanned (fully or partly). */
  accountsScanned: string[];
  /** Every account-region that was scanned. */
  targets: ScanTarget[];
  uncheckedAccounts: UncheckedAccount[];
  /** Calls that failed after their retries, but those of account-regions denied by policy. */
  scanErrors: ScanError[];
  /** Account-regions every regional call of which an organisation policy denied. */
  policyDenied: PolicyDenial[];
  /** What was read of what was planned: the gate never passes on what it could not check. */
  coverage: Coverage;
  /** IPAM's and the bill's records, read when a reconciliation is on (readAwsRecords.ts). */
  records?: AwsRecords;
}
