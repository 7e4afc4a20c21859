// Totals over resource changes, and over several plans. Money is the change in charged
// addresses times the price of one, so a total carries no drift from adding up amounts.
import { monthlyCostUsd } from '../analyze/cost.js';
import type { PlanAddressChange, PlanFlagCode, PlanTotals } from './types.js';

export function planTotals(
  changes: readonly PlanAddressChange[],
  pricePerIpHour: number,
): PlanTotals {
  const totals = emptyTotals();
  for (const change of changes) {
    totals.changes += 1;
    totals.added += change.added;
    totals.removed += change.removed;
    totals.chargedChange += change.chargedChange;
    if (change.dependsOn.length > 0) totals.unknowns += 1;
    for (const code of new Set(change.flags.map((f) => f.code))) countFlag(totals, code, 1);
  }
  return finish(totals, pricePerIpHour);
}

/** The totals of several plans. */
export function mergePlanTotals(all: readonly PlanTotals[], pricePerIpHour: number): PlanTotals {
  const totals = emptyTotals();
  for (const one of all) {
    totals.changes += one.changes;
    totals.added += one.added;
    totals.removed += one.removed;
    totals.chargedChange += one.chargedChange;
    totals.unknowns += one.unknowns;
    for (const [code, n] of Object.entries(one.flags)) countFlag(totals, code as PlanFlagCode, n);
  }
  return finish(totals, pricePerIpHour);
}

function emptyTotals(): PlanTotals {
  return {
    changes: 0,
    added: 0,
    removed: 0,
    net: 0,
    chargedChange: 0,
    monthlyChangeUsd: 0,
    unknowns: 0,
    flags: {},
  };
}

function countFlag(totals: PlanTotals, code: PlanFlagCode, n: number): void {
  totals.flags[code] = (totals.flags[code] ?? 0) + n;
}

function finish(totals: PlanTotals, pricePerIpHour: number): PlanTotals {
  totals.net = totals.added - totals.removed;
  totals.monthlyChangeUsd = totals.chargedChange * monthlyCostUsd(pricePerIpHour, false);
  return totals;
}
