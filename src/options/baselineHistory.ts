// The runs a baseline brings to the trend: its own run, from its totals, and the history it
// carried. The history is checked apart from the rest of the report: a malformed one is dropped,
// with the reason for a warning, and the baseline's findings still count.
import type { BaselineHistory, HistoryEntry } from '../analyze/history.js';
import type { Suspicion } from '../analyze/types.js';
import { historySchemaErrors, unrealTimes } from './reportSchema.js';

/** The parts of a schema-valid report.json its own run is read from. */
export interface ReportRunFields {
  scan: { startedAt: string };
  cost: { totalMonthlyUsd: number; potentialSavingsUsd: number };
  totals: {
    publicIpv4Addresses: number;
    bySuspicion: Record<Suspicion, number>;
    unassociatedEips: number;
    accountRegionsScanned: number;
  };
  coverage: {
    planned?: number;
    complete?: number;
    targets: { accountId: string; region: string }[];
    scanErrors: { accountId: string; region: string }[];
  };
}

/** Account-regions scanned without a failed call, for reports older than coverage.complete. */
function completeTargets({ targets, scanErrors }: ReportRunFields['coverage']): number {
  const failed = new Set(scanErrors.map((e) => `${e.accountId}/${e.region}`));
  return targets.filter((t) => !failed.has(`${t.accountId}/${t.region}`)).length;
}

/**
 * The report's own run. Reports older than the coverage counts give the account-regions
 * scanned as planned, and those of them without a failed call as complete.
 */
export function reportRun({ scan, cost, totals, coverage }: ReportRunFields): HistoryEntry {
  return {
    startedAt: scan.startedAt,
    monthlyCostUsd: cost.totalMonthlyUsd,
    potentialSavingsUsd: cost.potentialSavingsUsd,
    publicIpv4Addresses: totals.publicIpv4Addresses,
    bySuspicion: { ...totals.bySuspicion },
    unassociatedEips: totals.unassociatedEips,
    accountRegionsPlanned: coverage.planned ?? totals.accountRegionsScanned,
    accountRegionsComplete: coverage.complete ?? completeTargets(coverage),
  };
}

/** What a baseline brings to the history, and why its history was dropped when it was. */
export interface ReadHistory extends BaselineHistory {
  historyProblem?: string;
}

/** `history` is the report's `history` member as found (undefined when it has none). */
export function readHistory(history: unknown, run: HistoryEntry): ReadHistory {
  if (history === undefined) return { run };
  const errors = historySchemaErrors(history);
  if (errors.length === 0) {
    const runs = history as HistoryEntry[];
    errors.push(...unrealTimes(runs.map((r, i) => [`/history/${i}/startedAt`, r.startedAt])));
  }
  if (errors.length > 0) return { run, historyProblem: errors.join('; ') };
  // The check dropped any member a HistoryEntry does not have (the schema's entries are closed).
  return { run, history: history as HistoryEntry[] };
}
