// What the scan set out to read and what it could not: the shapes coverage is counted in
// (analyze/coverage.ts ties each failed call to what it left unread).

/** The region of a target that stands for a whole account that could not be entered. */
export const WHOLE_ACCOUNT = '*';
/** The region of an account's non-regional listing (Global Accelerator), as in scan_errors.csv. */
export const GLOBAL_REGION = 'global';

/** One account-region the scan planned to read. */
export interface PlannedTarget {
  accountId: string;
  /** A region name, `global`, or `*` for an account whose regions could not be listed. */
  region: string;
  /** False when not one of its calls succeeded. */
  reached: boolean;
  /**
   * A region whose network interfaces or Elastic IPs were read: where public addresses are.
   * A scan without one read nothing, whatever else answered. Default false.
   */
  read?: boolean;
}

/** A planned target with at least one failed call. */
export interface CoverageGap {
  accountId: string;
  region: string;
  reached: boolean;
  /** The calls that failed for it, e.g. `sts:AssumeRole: AccessDenied`, in order. */
  failures: string[];
}

export interface Coverage {
  /**
   * Account-regions planned, but those an organisation policy denies; an account that could not
   * be entered counts once.
   */
  planned: number;
  /** Planned account-regions read without a failed call. */
  complete: number;
  /** Planned account-regions of which at least one call succeeded. */
  reached: number;
  /** Planned account-regions whose interfaces or Elastic IPs were read (0: nothing was read). */
  read: number;
  /** Account-regions every regional call of which an organisation policy denied. */
  policyDenied: number;
  /** Everything not read completely, in account and region order. */
  gaps: CoverageGap[];
}
