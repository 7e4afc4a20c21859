// The trend in one line, for the job summary and the CLI: what changed since the last run and
// since the oldest run of the last 28 days, in addresses and dollars a month. Nothing when the
// history is this run alone: without a baseline nothing claims a trend.
import { historyTrend, type HistoryChange, type HistoryEntry } from '../analyze/history.js';
import { formatUsd, formatUsdForPeople } from '../format/formatUsd.js';
import { formatCount, plural } from '../common/formatCount.js';
import type { ScopeComparison } from '../analyze/scope.js';

const day = (entry: HistoryEntry) => entry.startedAt.slice(0, 10);

/** `2026-11-23 06:00 UTC`: a run as the trend line, the chart and the history table name it. */
export function runTime(entry: HistoryEntry): string {
  return `${entry.startedAt.slice(0, 16).replace('T', ' ')} UTC`;
}

/** `2026-11-23`, or `2026-11-23 06:00 UTC` when another run in the line shares its day. */
function when(entry: HistoryEntry, runs: readonly HistoryEntry[]): string {
  const shared = runs.some((other) => other !== entry && day(other) === day(entry));
  return shared ? runTime(entry) : day(entry);
}

function signedAddresses(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '-' : ''}${plural(Math.abs(n), 'address', 'addresses')}`;
}

/** `+$3.65`, `-$10.95`, `$0.00`: the sign only where the cents say there is a change. */
function signedUsd(usd: number): string {
  const zero = formatUsd(Math.abs(usd)) === '0.00';
  return `${zero ? '' : usd > 0 ? '+' : '-'}${formatUsdForPeople(Math.abs(usd))}`;
}

function changeFigures(change: { addresses: number; monthlyUsd: number }): string {
  if (change.addresses === 0 && formatUsd(Math.abs(change.monthlyUsd)) === '0.00') {
    return 'no change';
  }
  return `${signedAddresses(change.addresses)} (${signedUsd(change.monthlyUsd)}/month)`;
}

/** One comparison, said with what it covers: `-2 addresses (-$7.30/month) since the last run (...)`. */
function changeText(change: HistoryChange, name: string): string {
  switch (change.scope) {
    case 'same':
      return `${changeFigures(change)} since ${name}`;
    case 'unrecorded':
      return `${changeFigures(change)} since ${name} (whose account-regions were not recorded)`;
    case 'common':
      return (
        `${changeFigures(change)} since ${name}, over the ${plural(change.both, 'account-region', 'account-regions')} ` +
        `both read (that run read ${formatCount(change.then)}, this one ${formatCount(change.now)})`
      );
    case 'different':
      return `not compared with ${name}: it read other account-regions than this run`;
  }
}

/**
 * `Trend: +1 address (+$3.65/month) since the last run (2026-11-23); -3 addresses
 * (-$10.95/month) since 2026-11-02.` Undefined when the history holds this run only. Runs that
 * read other account-regions than this one are compared over what both read (`lastScope`, the
 * last run) or not at all, and the line says which.
 */
export function trendLine(
  history: readonly HistoryEntry[],
  lastScope?: ScopeComparison,
): string | undefined {
  const trend = historyTrend(history, lastScope);
  if (trend === undefined) return undefined;
  const { sinceLast, sinceWindowStart } = trend;
  const runs = [history.at(-1), sinceLast.since, sinceWindowStart?.since].filter(
    (entry): entry is HistoryEntry => entry !== undefined,
  );
  const parts = [changeText(sinceLast, `the last run (${when(sinceLast.since, runs)})`)];
  if (sinceWindowStart !== undefined) {
    parts.push(changeText(sinceWindowStart, when(sinceWindowStart.since, runs)));
  }
  const caveat = trend.partial
    ? ' Not every one of these runs read every account-region: compare with care.'
    : '';
  return `Trend: ${parts.join('; ')}.${caveat}`;
}

/** The trend line as the lines of a summary section: none without a trend. */
export function trendLines(
  history: readonly HistoryEntry[],
  lastScope?: ScopeComparison,
): string[] {
  const line = trendLine(history, lastScope);
  return line === undefined ? [] : [line];
}
