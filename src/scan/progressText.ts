// The words of a progress snapshot, the same on a terminal, in CI logs and in the action's log.
import { formatCount as count, plural } from '../common/formatCount.js';
import type { ProgressSnapshot } from './scanProgress.js';

/** `0:42`, `12:05`, `1:02:03`: a clock that reads at a glance. */
export function clockTime(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** `0.4 s`, `42 s`, `3 min 05 s`, `1 h 02 min`. */
export function duration(ms: number): string {
  const seconds = Math.max(0, ms / 1000);
  // Floored, as a clock is: 9.96 s has not yet been 10 s.
  if (seconds < 10) return `${(Math.floor(seconds * 10) / 10).toFixed(1)} s`;
  if (seconds < 60) return `${Math.floor(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(Math.floor(seconds % 60)).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** The facts, most telling first, so a line cut to a terminal's width keeps what matters. */
function facts(s: ProgressSnapshot): string {
  const growing = s.targetsGrowing ? '+' : '';
  return (
    `${count(s.targets.done)}/${count(s.targets.total)}${growing} account-regions, ` +
    `${count(s.accounts.done)}/${count(s.accounts.total)} accounts, ` +
    `${plural(s.requests, 'AWS call', 'AWS calls')}, ${plural(s.errors, 'error', 'errors')}`
  );
}

/**
 * `[0:42] 37/120+ account-regions, 12/40 accounts, 1,412 AWS calls, 1 error; waiting longest on
 * 222222222222 eu-west-1 ec2:DescribeNetworkInterfaces (31 s)`. `+`: some accounts have not
 * listed their regions yet, so there are more account-regions to come.
 */
export function progressLine(s: ProgressSnapshot): string {
  const waiting = s.waitingOn
    ? `; waiting longest on ${s.waitingOn.accountId} ${s.waitingOn.region} ${s.waitingOn.api} (${duration(s.waitingOn.forMs)})`
    : '';
  return `[${clockTime(s.elapsedMs)}] ${facts(s)}${waiting}`;
}

/**
 * The last line: how long the scan took, and what it did. With the scan's coverage, the
 * account-regions are counted as the summary's coverage line counts them: read completely.
 */
export function finishedLine(s: ProgressSnapshot): string {
  if (s.coverage === undefined) return `Scan finished in ${duration(s.elapsedMs)}: ${facts(s)}`;
  return (
    `Scan finished in ${duration(s.elapsedMs)}: ` +
    `${count(s.coverage.complete)} of ${count(s.coverage.planned)} account-regions read completely, ` +
    `${plural(s.requests, 'AWS call', 'AWS calls')}, ${plural(s.errors, 'error', 'errors')}`
  );
}
