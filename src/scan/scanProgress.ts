// Progress lines while the scan runs: account-regions done of those known so far.
import type { Logger } from '../common/logger.js';

export class ScanProgress {
  private total = 0;
  private done = 0;
  private last = Date.now();

  constructor(
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {}

  targetAdded(): void {
    this.total++;
  }

  targetDone(errors: number): void {
    this.done++;
    if (Date.now() - this.last >= this.intervalMs) {
      this.last = Date.now();
      this.report(errors);
    }
  }

  finish(errors: number): void {
    this.report(errors);
  }

  private report(errors: number): void {
    this.logger.info(`scanned ${this.done}/${this.total} targets, ${errors} errors`);
  }
}
