// Whether a run of the history read the same account-regions as this run (the last entry), as
// the history table and the trend chart say it: totals of runs of other scopes do not compare.
import type { HistoryEntry } from '../../analyze/history.js';

/** How a run's account-regions relate to this run's, as the table and the chart say it. */
export function scopeRelation(entry: HistoryEntry, current: HistoryEntry): string {
  if (entry === current) return 'this run';
  if (entry.scope === undefined || current.scope === undefined) return 'not recorded';
  return entry.scope === current.scope ? 'same as this run' : 'other account-regions';
}
