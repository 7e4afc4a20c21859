// The periods the bill is read for, in UTC from the run's clock: the last full calendar month,
// and the month to date up to the start of today (Cost Explorer's dates are whole UTC days, End
// exclusive; today's usage is not in the bill yet). One Cost Explorer query spans both, and its
// MONTHLY answer gives each its own result.
export interface BillingPeriod {
  /** `YYYY-MM-DD`, inclusive. */
  start: string;
  /** `YYYY-MM-DD`, exclusive. */
  end: string;
  /** Hours from start to end: what an address held throughout would be billed. */
  hours: number;
}

export interface BillingPeriods {
  lastMonth: BillingPeriod;
  /** Absent on the first day of a month: no whole day of it has passed. */
  monthToDate?: BillingPeriod;
  /** The span to ask Cost Explorer for: from the last month's start to the month to date's end. */
  query: { Start: string; End: string };
}

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
