// The trend across runs. Each report.json carries the runs before it, taken from its baseline's
// history, with its own run appended: the history grows by one entry per run and needs no
// download beyond the baseline itself. Pure: the audit builds this run's entry, writers format.
import type { ScopeComparison } from './scope.js';
import type { Suspicion } from '../model/findings.js';

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
  /**
   * Which account-regions it read completely, as a digest (scope.ts): runs with the same digest
   * read the same ones. Absent in the history of reports of older releases.
   */
  scope?: string;
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

/**
 * The change from an earlier run to this one, and whether the two read the same account-regions:
 * `same` compares their totals; `common` (the last run, whose findings the baseline holds)
 * compares both over the account-regions both read completely; `different` (an older run of
 * another scope) compares nothing; `unrecorded` (a run of an older release, which recorded no
 * scope) compares the totals, saying the scope is unknown.
 */
export type HistoryChange =
  | { since: HistoryEntry; scope: 'same' | 'unrecorded'; addresses: number; monthlyUsd: number }
  | {
      since: HistoryEntry;
      scope: 'common';
      addresses: number;
      monthlyUsd: number;
      /** Account-regions both read completely; of the earlier run's; of this run's. */
      both: number;
      then: number;
      now: number;
    }
  | { since: HistoryEntry; scope: 'different' };

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

/** The totals of two runs side by side: they read the same account-regions, or nobody knows. */
function change(since: HistoryEntry, current: HistoryEntry): HistoryChange {
  if (since.scope === undefined || current.scope === undefined) {
    return { since, scope: 'unrecorded', ...totalsChange(since, current) };
  }
  if (since.scope !== current.scope) return { since, scope: 'different' };
  return { since, scope: 'same', ...totalsChange(since, current) };
}

function totalsChange(since: HistoryEntry, current: HistoryEntry) {
  return {
    addresses: current.publicIpv4Addresses - since.publicIpv4Addresses,
    monthlyUsd: current.monthlyCostUsd - since.monthlyCostUsd,
  };
}

/** The last run compared with this one over what both read, from the baseline's own findings
 * (called when their scopes differ). */
function lastChange(since: HistoryEntry, scope: ScopeComparison): HistoryChange {
  return {
    since,
    scope: 'common',
    addresses: scope.thisRun.addresses - scope.baseline.addresses,
    monthlyUsd: scope.thisRun.monthlyUsd - scope.baseline.monthlyUsd,
    both: scope.common,
    then: scope.common + scope.onlyBaseline,
    now: scope.common + scope.onlyThisRun,
  };
}

/**
 * The trend of the history's last entry (this run): since the run before it, and since the
 * oldest run on or after the (UTC) day TREND_WINDOW_DAYS days before it. Undefined with one entry.
 * `lastScope`: this run and the last compared over what both read (the baseline diff's), which
 * the history's digests alone cannot give.
 */
export function historyTrend(
  history: readonly HistoryEntry[],
  lastScope?: ScopeComparison,
): HistoryTrend | undefined {
  const current = history.at(-1);
  const last = history.at(-2);
  if (current === undefined || last === undefined) return undefined;
  const firstDay = dayOf(current) - TREND_WINDOW_DAYS;
  const oldest = history.slice(0, -1).find((entry) => dayOf(entry) >= firstDay);
  const compared = [current, last, ...(oldest === undefined ? [] : [oldest])];
  const sinceLast =
    lastScope === undefined || lastScope.same ? change(last, current) : lastChange(last, lastScope);
  return {
    sinceLast,
    ...(oldest === undefined || oldest === last
      ? {}
      : { sinceWindowStart: change(oldest, current) }),
    partial: compared.some((e) => e.accountRegionsComplete < e.accountRegionsPlanned),
  };
}
