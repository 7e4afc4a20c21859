// The step outputs of the plan check, named as in action.yml: empty when no plan was judged.
import type { PlanOutcome } from '../audit/checkPlans.js';
import type { ActionCore } from './actionCore.js';

const PlanOutputs = {
  PlanAddedCount: 'plan-added-count',
  PlanRemovedCount: 'plan-removed-count',
  PlanMonthlyChangeUsd: 'plan-monthly-change-usd',
} as const;

/** Cents, as text: `10.95`, `-3.65`, `0.00` (never `-0.00`). */
function usd(amount: number): string {
  const cents = Math.round(Number((amount * 100).toPrecision(12)));
  return (cents === 0 ? 0 : cents / 100).toFixed(2);
}

export function setPlanOutputs(
  core: Pick<ActionCore, 'setOutput'>,
  plan: PlanOutcome | undefined,
): void {
  const totals = plan?.report.totals;
  core.setOutput(PlanOutputs.PlanAddedCount, totals === undefined ? '' : totals.added);
  core.setOutput(PlanOutputs.PlanRemovedCount, totals === undefined ? '' : totals.removed);
  core.setOutput(
    PlanOutputs.PlanMonthlyChangeUsd,
    totals === undefined ? '' : usd(totals.monthlyChangeUsd),
  );
}
