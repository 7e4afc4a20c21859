// This run as one entry of the history report.json carries (see analyze/history.ts).
import type { CostSummary } from '../analyze/cost.js';
import type { HistoryEntry } from '../analyze/history.js';
import type { ScanResult } from '../scan/scanResult.js';
import type { ReportTotals } from './reportTotals.js';

export function historyEntry(
  result: ScanResult,
  cost: CostSummary,
  totals: ReportTotals,
): HistoryEntry {
  return {
    startedAt: result.startedAt.toISOString(),
    monthlyCostUsd: cost.totalMonthlyUsd,
    potentialSavingsUsd: cost.potentialSavingsUsd,
    publicIpv4Addresses: totals.publicIpv4Addresses,
    bySuspicion: { ...totals.bySuspicion },
    unassociatedEips: totals.unassociatedEips,
    accountRegionsPlanned: result.coverage.planned,
    accountRegionsComplete: result.coverage.complete,
  };
}
