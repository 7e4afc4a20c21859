// This run as one entry of the history report.json carries (see analyze/history.ts).
import type { CostSummary } from '../analyze/cost.js';
import type { HistoryEntry } from '../analyze/history.js';
import { scopeDigest, type ReadScope, type ScopeInput } from '../analyze/scope.js';
import type { ScanResult } from '../model/scanResult.js';
import type { ReportTotals } from './reportTotals.js';

/** What the run read, as the scope is reckoned from it (and from a report.json's coverage). */
export function scopeInput(result: ScanResult): ScopeInput {
  return {
    accountsScanned: result.accountsScanned,
    targets: result.targets,
    // An account-region an organisation policy denied was not read: never "complete".
    gaps: [...result.coverage.gaps, ...result.policyDenied],
  };
}

export function historyEntry(
  result: ScanResult,
  cost: CostSummary,
  totals: ReportTotals,
  scope: ReadScope,
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
    scope: scopeDigest(scope.complete),
  };
}
