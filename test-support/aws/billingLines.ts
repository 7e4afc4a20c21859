// Billing lines for fixtures: a number of addresses held every hour of every day of a range, as
// Cost Explorer counts them (hours per usage type per day) at AWS's public IPv4 price.
import type { BillingLine } from './fixture.js';

/** USD per public IPv4 address-hour since February 2024. */
export const PUBLIC_IPV4_PRICE = 0.005;

/** One line per day from `from` to `to` (both `YYYY-MM-DD`, inclusive): `addresses` x 24 hours. */
export function dailyBillingLines(
  usageType: string,
  from: string,
  to: string,
  addresses: number,
  pricePerHour = PUBLIC_IPV4_PRICE,
): BillingLine[] {
  const lines: BillingLine[] = [];
  const last = Date.parse(`${to}T00:00:00Z`);
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= last; day += 86_400_000) {
    const hours = addresses * 24;
    lines.push({
      date: new Date(day).toISOString().slice(0, 10),
      usageType,
      hours,
      costUsd: hours * pricePerHour,
    });
  }
  return lines;
}
