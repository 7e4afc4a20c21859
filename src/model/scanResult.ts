// What a whole scan yields: the findings of every account-region, merged and deduplicated,
// and the coverage (what was scanned, what was not, and why).
import type { AwsRecords } from './awsRecords.js';
import type { Coverage } from './coverage.js';
import type { Findings } from './findings.js';

export interface ScanTarget {
  accountId: string;
  region: string;
}

/** An account of the organisation that was not scanned (unchecked_accounts.csv). */
export interface UncheckedAccount {
  accountId: string;
  name?: string;
  status: string;
}

/** A call that failed after its retries; the scan goes on without its data. */
export interface ScanError {
  accountId: string;
  /** `global` for calls not tied to a region (Organizations, Global Accelerator's home region). */
  region: string;
  api: string;
  errorCode: string;
  message: string;
}

export type OrganisationPolicy = 'service control policy' | 'resource control policy';

/** One account-region an organisation policy denied (policy_denied.csv). */
export interface PolicyDenial {
  accountId: string;
  region: string;
  policy: OrganisationPolicy;
  /** One of its calls, e.g. `ec2:DescribeNetworkInterfaces`. */
  exampleCall: string;
  /** That call's error message, as AWS gave it. */
  message: string;
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
  /** IPAM's and the bill's records, read when a reconciliation is on (scan/readAwsRecords.ts). */
  records?: AwsRecords;
}
