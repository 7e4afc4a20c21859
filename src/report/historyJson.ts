// report.json's `history`: the runs the audit carried forward, one per line, money in cents.
import type { HistoryEntry } from '../analyze/history.js';
import { roundCents } from '../format/formatUsd.js';
import type { ReportJson } from '../model/reportJson.generated.js';

export function historyJson(history: readonly HistoryEntry[]): ReportJson['history'] {
  return history.map((entry) => ({
    startedAt: entry.startedAt,
    monthlyCostUsd: roundCents(entry.monthlyCostUsd),
    potentialSavingsUsd: roundCents(entry.potentialSavingsUsd),
    publicIpv4Addresses: entry.publicIpv4Addresses,
    bySuspicion: { ...entry.bySuspicion },
    unassociatedEips: entry.unassociatedEips,
    accountRegionsPlanned: entry.accountRegionsPlanned,
    accountRegionsComplete: entry.accountRegionsComplete,
    ...(entry.scope === undefined ? {} : { scope: entry.scope }),
  }));
}
