// Every call that failed after its retries. The scan never stops for one: it records the
// failure here and goes on without that data. A workflow shows only a few annotations per step,
// so the first failures are warnings, the rest info lines, and one closing warning says how many
// there were; the CSV lists every one. A call an organisation policy denied is judged only once
// the scan is done: a region that policy denies wholly is not a scan error (and is no warning
// at all, or a Control Tower organisation would warn every day), a denied call in a region
// whose other calls answered is.
import { organisationPolicyOf } from '../analyze/policyDenials.js';
import { compareScanErrors } from '../analyze/sortOrder.js';
import type { ScanError } from '../model/scanResult.js';
import { errorDetails } from '../aws/errorDetails.js';
import type { Logger } from '../common/logger.js';

/** Failures beyond this many are logged as info lines and counted in one closing warning. */
const WARNED = 10;

const lineOf = (row: ScanError) =>
  `${row.accountId} ${row.region} ${row.api}: ${row.errorCode}: ${row.message}`;

export class ErrorLog {
  private readonly rows: ScanError[] = [];
  private warned = 0;
  private undecided = 0;

  constructor(
    private readonly logger: Logger,
    /** Replaces masked values: an error message may quote a credential. */
    private readonly redact: (text: string) => string = (text) => text,
  ) {}

  record(accountId: string, region: string, api: string, error: unknown): void {
    const details = errorDetails(error);
    const row: ScanError = {
      accountId,
      region,
      api,
      errorCode: this.redact(details.code),
      message: this.redact(details.message),
    };
    this.rows.push(row);
    if (organisationPolicyOf(row) === undefined) this.warn(lineOf(row));
    else {
      // Judged in close(); a Control Tower organisation denies hundreds of calls every run.
      this.undecided += 1;
      this.logger.debug(lineOf(row));
    }
    if (error instanceof Error && error.stack) this.logger.debug(this.redact(error.stack));
  }

  private warn(line: string): void {
    if (this.warned < WARNED) {
      this.warned += 1;
      this.logger.warning(line);
    } else this.logger.info(line);
  }

  /** Calls failed so far, but those an organisation policy denied (judged at the end). */
  get count(): number {
    return this.rows.length - this.undecided;
  }

  /** Every failure recorded, in report order. */
  all(): ScanError[] {
    return [...this.rows].sort(compareScanErrors);
  }

  /**
   * Once the scan's `scanErrors` are known (all() but the account-regions denied by policy):
   * warns those an organisation policy denied, which are scan errors after all, then the closing
   * warning when some were not warned.
   */
  close(scanErrors: readonly ScanError[]): void {
    for (const row of scanErrors)
      if (organisationPolicyOf(row) !== undefined) this.warn(lineOf(row));
    if (scanErrors.length > this.warned) {
      this.logger.warning(
        `${scanErrors.length - this.warned} more AWS calls failed (${scanErrors.length} in all); every failure is listed in scan_errors.csv`,
      );
    }
  }
}
