// Every call that failed after its retries, as a scan_errors row. The scan never stops for one:
// it records the failure here and goes on without that data. A workflow shows only a few
// annotations per step, so the first failures are warnings, the rest info lines, and one
// closing warning says how many there were; the CSV lists every one.
import { compareScanErrors } from '../analyze/sortOrder.js';
import type { ScanError } from '../analyze/types.js';
import { errorDetails } from '../aws/errorDetails.js';
import type { Logger } from '../common/logger.js';

/** Failures beyond this many are logged as info lines and counted in one closing warning. */
const WARNED = 10;

export class ErrorLog {
  private readonly rows: ScanError[] = [];

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
    const line = `${accountId} ${region} ${api}: ${row.errorCode}: ${row.message}`;
    if (this.rows.length <= WARNED) this.logger.warning(line);
    else this.logger.info(line);
    if (error instanceof Error && error.stack) this.logger.debug(this.redact(error.stack));
  }

  get count(): number {
    return this.rows.length;
  }

  /** Every failure in report order, after the closing warning when some were not warned. */
  close(): ScanError[] {
    if (this.rows.length > WARNED) {
      this.logger.warning(
        `${this.rows.length - WARNED} more AWS calls failed (${this.rows.length} in all); every failure is listed in scan_errors.csv`,
      );
    }
    return [...this.rows].sort(compareScanErrors);
  }
}
