// History entries for tests: one run a day or a week, each with only what the test sets.
import type { HistoryEntry } from '../src/analyze/history.js';

const PRICE = 3.65;

/** The scope of every run these make (runs that read the same account-regions). */
export const SAME_SCOPE = 'sha256:0123456789abcdef';

/** A run on `day` (YYYY-MM-DD, 06:00 UTC) holding `addresses` charged addresses. */
export function run(
  day: string,
  addresses: number,
  extra: Partial<HistoryEntry> = {},
): HistoryEntry {
  return {
    startedAt: `${day}T06:00:00.000Z`,
    monthlyCostUsd: Math.round(addresses * PRICE * 100) / 100,
    potentialSavingsUsd: 0,
    publicIpv4Addresses: addresses,
    bySuspicion: { LOW: addresses, MODERATE: 0, HIGH: 0, UNKNOWN: 0 },
    unassociatedEips: 0,
    accountRegionsPlanned: 4,
    accountRegionsComplete: 4,
    scope: SAME_SCOPE,
    ...extra,
  };
}

/** `count` weekly runs ending on `lastDay`, the address count given by `addresses(i)`. */
export function weeklyRuns(
  count: number,
  lastDay: string,
  addresses: (i: number) => number = () => 10,
): HistoryEntry[] {
  const last = Date.parse(`${lastDay}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(last - (count - 1 - i) * 7 * 86_400_000).toISOString().slice(0, 10);
    return run(day, addresses(i));
  });
}
