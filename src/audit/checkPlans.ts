// The pull-request check on Terraform plans, as both entries run it: every plan file read and
// judged, priced as the scan prices, and the plan's gate checks. It runs before anything else; a
// file that is not a plan throws its PlanFileError (naming the file), which fails the run.
import { planChecks, planGate, type PlanGate } from '../gate/planChecks.js';
import type { GateCheck, InputNamer } from '../gate/evaluateGate.js';
import type { Options } from '../options/options.js';
import { analyzePlanFiles } from '../plan/analyzePlanFiles.js';
import type { PlanChangesReport } from '../plan/types.js';

/** What the plans change, and the plan's checks in force. */
export interface PlanOutcome {
  report: PlanChangesReport;
  checks: GateCheck[];
}

/** The plans' outcome, or undefined when no `terraform-plan` is given. */
export async function checkPlans(
  options: Pick<Options, 'terraformPlans' | 'pricePerIpHour' | 'thresholds'>,
  inputName?: InputNamer,
): Promise<PlanOutcome | undefined> {
  if (options.terraformPlans === undefined) return undefined;
  const report = await analyzePlanFiles(options.terraformPlans, {
    pricePerIpHour: options.pricePerIpHour,
  });
  return { report, checks: planChecks(report, options.thresholds, inputName) };
}

/** A run that judges plans only (`scan: false`, `check-terraform-plan`): no scan, no AWS call. */
export interface PlanRunOutcome {
  /** When the run started: the reports' `{epoch}`. */
  startedAt: Date;
  plan: PlanOutcome;
  gate: PlanGate;
}

export function planRunOutcome(plan: PlanOutcome, startedAt: Date): PlanRunOutcome {
  return { startedAt, plan, gate: planGate(plan.checks) };
}
