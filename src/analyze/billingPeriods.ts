// The periods the bill is read for, in UTC from the run's clock: the last full calendar month,
// and the month to date up to the start of today (Cost Explorer's dates are whole UTC days, End
// exclusive; today's usage is not in the bill yet). One Cost Explorer query spans both, and its
// MONTHLY answer gives each its own result.
import type { BillingPeriod, BillingPeriods } from '../model/awsRecords.js';

const DAY_MS = 86_400_000;

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

function period(from: number, to: number): BillingPeriod {
  return { start: day(from), end: day(to), hours: (to - from) / 3_600_000 };
}

export function billingPeriods(now: Date): BillingPeriods {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const monthStart = Date.UTC(year, month, 1);
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const lastMonth = period(Date.UTC(year, month - 1, 1), monthStart);
  if (today === monthStart) {
    return { lastMonth, query: { Start: lastMonth.start, End: lastMonth.end } };
  }
  const monthToDate = period(monthStart, today);
  return { lastMonth, monthToDate, query: { Start: lastMonth.start, End: monthToDate.end } };
}
