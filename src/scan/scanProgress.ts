// What the scan has done so far, as one snapshot a reporter can read at any moment: the CLI
// redraws it on a terminal, the action and CI logs print it every few seconds. The scan only
// counts; how and when to show it is the reporter's business, passed in (scan/ never imports
// the CLI or the action).
import type { CallQueue } from './callQueue.js';
import type { ErrorLog } from './errorLog.js';
import type { Coverage } from '../model/coverage.js';

export interface ProgressSnapshot {
  elapsedMs: number;
  /** Accounts finished (scanned or given up on) of those to scan. */
  accounts: { done: number; total: number };
  /**
   * Account-regions finished of those known, counted as coverage counts them (an account's
   * Global Accelerator listing is one, an account that could not be entered one): the total
   * grows as accounts list their regions.
   */
  targets: { done: number; total: number };
  /** True until every account's regions are known, so the target total is a lower bound. */
  targetsGrowing: boolean;
  /** HTTP requests sent to AWS, every page and retry counted. */
  requests: number;
  /** Calls that failed after their retries. */
  errors: number;
  /** The call running longest, if one runs: the account being waited on. */
  waitingOn?: { accountId: string; region: string; api: string; forMs: number };
  /**
   * Only on the last snapshot of a scan that ended: what was read completely, counted as the
   * summary's coverage line counts it, so the last progress line and the summary agree.
   */
  coverage?: Coverage;
}

/** Shows the scan's progress; `start` and `finish` are each called once. */
export interface ProgressReporter {
  start(read: () => ProgressSnapshot): void;
  finish(last: ProgressSnapshot): void;
}

/** Calls `tick` every `ms` until the returned function is called. */
export type Ticker = (ms: number, tick: () => void) => () => void;

/** setInterval that never keeps the process alive on its own. */
export const intervalTicker: Ticker = (ms, tick) => {
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
};

export const SILENT_PROGRESS: ProgressReporter = { start: () => {}, finish: () => {} };

interface ProgressSources {
  accounts: number;
  calls: CallQueue;
  errors: ErrorLog;
  requests: () => number;
  now: () => number;
  /** When the run began on the same clock: the elapsed time counts from there. */
  startedAt: number;
}

export class ScanProgress {
  private readonly accountsDone = new Set<string>();
  private readonly accountsPlanned = new Set<string>();
  private targetsTotal = 0;
  private targetsDone = 0;

  constructor(private readonly sources: ProgressSources) {}

  /** The account's regions are known (its targets have been or are being added). */
  accountPlanned(accountId: string): void {
    this.accountsPlanned.add(accountId);
  }

  accountDone(accountId: string): void {
    this.accountsPlanned.add(accountId);
    this.accountsDone.add(accountId);
  }

  targetAdded(): void {
    this.targetsTotal++;
  }

  targetDone(): void {
    this.targetsDone++;
  }

  /** Targets planned and finished at once: regions not enabled, accounts not entered. */
  targetsSettled(n: number): void {
    this.targetsTotal += n;
    this.targetsDone += n;
  }

  snapshot(): ProgressSnapshot {
    const { accounts, calls, errors, requests, now } = this.sources;
    const at = now();
    const oldest = calls.oldestRunning();
    return {
      elapsedMs: at - this.sources.startedAt,
      accounts: { done: this.accountsDone.size, total: accounts },
      targets: { done: this.targetsDone, total: this.targetsTotal },
      targetsGrowing: this.accountsPlanned.size < accounts,
      requests: requests(),
      errors: errors.count,
      ...(oldest
        ? {
            waitingOn: {
              accountId: oldest.accountId,
              region: oldest.region,
              api: oldest.api,
              forMs: at - oldest.since,
            },
          }
        : {}),
    };
  }
}
