import { describe, expect, it } from 'vitest';
import { billingPeriods } from '../../../src/analyze/billingPeriods.js';

describe('billingPeriods', () => {
  it.each([
    {
      now: '2025-03-10T12:00:00.000Z',
      lastMonth: { start: '2025-02-01', end: '2025-03-01', hours: 672 },
      monthToDate: { start: '2025-03-01', end: '2025-03-10', hours: 216 },
    },
    {
      // A leap year's February; the month to date ends at the start of today, UTC.
      now: '2024-03-02T00:00:00.000Z',
      lastMonth: { start: '2024-02-01', end: '2024-03-01', hours: 696 },
      monthToDate: { start: '2024-03-01', end: '2024-03-02', hours: 24 },
    },
    {
      // January: the last month is December of the year before.
      now: '2025-01-31T23:59:59.999Z',
      lastMonth: { start: '2024-12-01', end: '2025-01-01', hours: 744 },
      monthToDate: { start: '2025-01-01', end: '2025-01-31', hours: 720 },
    },
    {
      // Late on the 31st in New York is already the 1st in UTC: no whole day of April yet.
      now: '2025-04-01T03:00:00.000Z',
      lastMonth: { start: '2025-03-01', end: '2025-04-01', hours: 744 },
      monthToDate: undefined,
    },
  ])('at $now', ({ now, lastMonth, monthToDate }) => {
    const periods = billingPeriods(new Date(now));
    expect(periods.lastMonth).toStrictEqual(lastMonth);
    expect(periods.monthToDate).toStrictEqual(monthToDate);
    expect(periods.query).toStrictEqual({
      Start: lastMonth.start,
      End: monthToDate?.end ?? lastMonth.end,
    });
  });
});
