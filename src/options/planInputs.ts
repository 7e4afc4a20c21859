// The inputs of the pull-request check on Terraform plans: which plan files, whether the live
// organisation is scanned too, and the plan's two limits. Checked with the other inputs (validate()
// calls this), before any file is read or AWS call made. A check that could never run is refused,
// not skipped: a plan limit without a plan, a scan threshold without a scan, and a run that would
// check nothing.
import { yamlBoolean } from '../common/yamlBoolean.js';
import { PLAN_LIMITS } from '../gate/planChecks.js';
import { COUNT, THRESHOLD_ENTRIES } from '../gate/thresholds.js';
import { InputError } from './inputError.js';

/** The inputs' names (options.ts's Inputs holds them too). */
export const PLAN_INPUTS = { terraformPlan: 'terraform-plan', scan: 'scan' } as const;

/** report.json's bound on money: every IPv4 address there is, at the highest price, costs less. */
const MAX_MONTHLY_USD = 10_000_000_000_000;

/** The plan's limits: they judge the plans, so no scan's gap makes them fail closed. */
export interface PlanThresholds {
  maxPlanAdded?: number;
  maxPlanMonthlyIncreaseUsd?: number;
}

interface PlanInputs {
  terraformPlans?: string[];
  scan: boolean;
  thresholds: PlanThresholds;
}

type Raw = Readonly<Partial<Record<string, string>>>;

const given = (raw: Raw, name: string) => (raw[name] ?? '').trim();

function parseUsd(input: string, value: string): number {
  const usd = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || !Number.isFinite(usd) || usd > MAX_MONTHLY_USD) {
    throw new InputError(input, `'${value}' is not an amount from 0 to ${MAX_MONTHLY_USD} USD`);
  }
  return usd;
}

function parseCount(input: string, value: string): number {
  const count = COUNT.parse(value);
  if (count === undefined) throw new InputError(input, `'${value}' is not ${COUNT.expected}`);
  return count;
}

/** The plan files of `terraform-plan` (newline or comma separated), each once. */
function parsePlanFiles(value: string): string[] {
  const files = value
    .split(/[,\n]/)
    .map((file) => file.trim())
    .filter((file) => file !== '');
  if (files.length === 0) {
    throw new InputError(PLAN_INPUTS.terraformPlan, `no file in '${value}'`);
  }
  return [...new Set(files)];
}

/**
 * The plan inputs of `raw`. `scanOnly` names the inputs besides the gate's thresholds that only
 * the scan reads (the baseline, the suppressions): with `scan: false` they are refused.
 */
export function planInputs(raw: Raw, scanOnly: readonly string[]): PlanInputs {
  const plans = given(raw, PLAN_INPUTS.terraformPlan);
  const scanValue = given(raw, PLAN_INPUTS.scan);
  const scan = scanValue === '' ? true : yamlBoolean(scanValue);
  if (scan === undefined) {
    throw new InputError(PLAN_INPUTS.scan, `'${scanValue}' is not true or false`);
  }
  const added = given(raw, PLAN_LIMITS.maxPlanAdded);
  const usd = given(raw, PLAN_LIMITS.maxPlanMonthlyIncreaseUsd);
  const maxPlanAdded = added === '' ? undefined : parseCount(PLAN_LIMITS.maxPlanAdded, added);
  const maxPlanMonthlyIncreaseUsd =
    usd === '' ? undefined : parseUsd(PLAN_LIMITS.maxPlanMonthlyIncreaseUsd, usd);
  const terraformPlans = plans === '' ? undefined : parsePlanFiles(plans);
  if (terraformPlans === undefined) {
    for (const input of Object.values(PLAN_LIMITS)) {
      if (given(raw, input) !== '') {
        throw new InputError(
          input,
          `counts what the '${PLAN_INPUTS.terraformPlan}' files change, and none is given`,
        );
      }
    }
    if (!scan) {
      throw new InputError(
        PLAN_INPUTS.scan,
        `'false' judges only the '${PLAN_INPUTS.terraformPlan}' files, and none is given: nothing would be checked`,
      );
    }
  }
  if (!scan) refuseScanChecks(raw, scanOnly);
  return {
    ...(terraformPlans === undefined ? {} : { terraformPlans }),
    scan,
    thresholds: {
      ...(maxPlanAdded === undefined ? {} : { maxPlanAdded }),
      ...(maxPlanMonthlyIncreaseUsd === undefined ? {} : { maxPlanMonthlyIncreaseUsd }),
    },
  };
}

/**
 * Inputs that only the scan reads: with `scan: false` they would check nothing. Every threshold
 * of the gate's table judges the scan; a switch given as false asks for nothing (the action's
 * default for 'fail-on-policy-denied' is 'false').
 */
function refuseScanChecks(raw: Raw, scanOnly: readonly string[]): void {
  const checks = [
    ...THRESHOLD_ENTRIES.map(([, entry]) => {
      const text = given(raw, entry.input);
      const off = entry.rule === 'switch' && yamlBoolean(text) === false;
      return { input: entry.input as string, isGiven: text !== '' && !off };
    }),
    ...scanOnly.map((input) => ({ input, isGiven: given(raw, input) !== '' })),
  ];
  for (const { input, isGiven } of checks) {
    if (isGiven) {
      throw new InputError(
        input,
        `checks the scan, and '${PLAN_INPUTS.scan}' is false: leave it out, or scan`,
      );
    }
  }
}
