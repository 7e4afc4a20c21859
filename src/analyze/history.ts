// The trend across runs. Each report.json carries the runs before it, taken from its baseline's
// history, with its own run appended: the history grows by one entry per run and needs no
// download beyond the baseline itself. Pure: the audit builds this run's entry, writers format.
import type { Suspicion } from './types.js';

/** Entries a history keeps, newest last: two years of weekly runs. */
export const HISTORY_LIMIT = 104;

/** The trend line compares with the oldest run on or after the day this many days back. */
const TREND_WINDOW_DAYS = 28;

/** One run, as the history keeps it (report.json's `history` items have the same fields). */
export interface HistoryEntry {
  /** The scan's start, ISO 8601 UTC: report.json's `scan.startedAt`. */
  startedAt: string;
  /** USD a month of every public IPv4 address found (`cost.totalMonthlyUsd`). */
  monthlyCostUsd: number;
  /** USD a month of the HIGH-suspicion and unassociated addresses (`cost.potentialSavingsUsd`). */
  potentialSavingsUsd: number;
  /** Distinct public IPv4 addresses, each counted once (`totals.publicIpv4Addresses`). */
  publicIpv4Addresses: number;
  /** Addresses on network interfaces by suspicion (`totals.bySuspicion`). */
  bySuspicion: Record<Suspicion, number>;
  /** Unassociated Elastic IPs, BYOIP included (`totals.unassociatedEips`). */
  unassociatedEips: number;
  /** Account-regions the scan set out to read (`coverage.planned`). */
  accountRegionsPlanned: number;
  /** Of those, the ones read without a failed call (`coverage.complete`). */
  accountRegionsComplete: number;
}

/** What a baseline brings to the history. */
export interface BaselineHistory {
  /** The baseline's own run, from its totals: stands in for a history it does not carry. */
  run: HistoryEntry;
  /** The history it carried, ending with its own run; absent in older reports or when dropped. */
  history?: readonly HistoryEntry[];
}

/** The runs before this one (the baseline's history, else its own run), then this run. */
export function carryHistory(
  baseline: BaselineHistory | undefined,
  current: HistoryEntry,
  limit = HISTORY_LIMIT,
): HistoryEntry[] {
  const before = baseline === undefined ? [] : runsBefore(baseline);
  return [...before, current].slice(-Math.max(1, limit));
}

function runsBefore({ run, history }: BaselineHistory): readonly HistoryEntry[] {
  if (history === undefined || history.length === 0) return [run];
  // A history always ends with its report's own run; one that does not gets it added.
  return history.at(-1)?.startedAt === run.startedAt ? history : [...history, run];
}

/** The change from an earlier run to this one. */
export interface HistoryChange {
  since: HistoryEntry;
  addresses: number;
  monthlyUsd: number;
}

export interface HistoryTrend {
  /** Since the run right before this one. */
  sinceLast: HistoryChange;
  /** Since the oldest run of the window, when that is not the last run itself. */
  sinceWindowStart?: HistoryChange;
  /** Some run compared did not read every account-region it planned. */
  partial: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dayOf = (entry: HistoryEntry) => Math.floor(Date.parse(entry.startedAt) / DAY_MS);

function change(since: HistoryEntry, current: HistoryEntry): HistoryChange {
  return {
    since,
    addresses: current.publicIpv4Addresses - since.publicIpv4Addresses,
    monthlyUsd: current.monthlyCostUsd - since.monthlyCostUsd,
  };
}

/**
 * The trend of the history's last entry (this run): since the run before it, and since the
 * oldest run on or after the (UTC) day TREND_WINDOW_DAYS days before it. Undefined with one entry.
 */
export function historyTrend(history: readonly HistoryEntry[]): HistoryTrend | undefined {
  const current = history.at(-1);
  const last = history.at(-2);
  if (current === undefined || last === undefined) return undefined;
  const firstDay = dayOf(current) - TREND_WINDOW_DAYS;
  const oldest = history.slice(0, -1).find((entry) => dayOf(entry) >= firstDay);
  const compared = [current, last, ...(oldest === undefined ? [] : [oldest])];
  return {
    sinceLast: change(last, current),
    ...(oldest === undefined || oldest === last
      ? {}
      : { sinceWindowStart: change(oldest, current) }),
    partial: compared.some((e) => e.accountRegionsComplete < e.accountRegionsPlanned),
  };
}
