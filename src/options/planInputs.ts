// The inputs of the pull-request check on Terraform plans: which plan files, whether the live
// organisation is scanned too, and the plan's two thresholds. Checked with the other inputs, before
// any file is read or AWS call made. A check that could never run is refused, not skipped: a plan
// threshold without a plan, a scan threshold without a scan, and a run that would check nothing.
import {
  InputError,
  Inputs,
  MAX_COUNT,
  parseBoolean,
  parseInteger,
  parseList,
  type InputName,
  type RawInputs,
} from './options.js';

/** report.json's bound on money: every IPv4 address there is, at the highest price, costs less. */
export const MAX_MONTHLY_USD = 10_000_000_000_000;

export interface PlanInputs {
  terraformPlans?: string[];
  scan: boolean;
  thresholds: { maxPlanAdded?: number; maxPlanMonthlyIncreaseUsd?: number };
}

const given = (raw: RawInputs, name: InputName) => (raw[name] ?? '').trim();

function parseUsd(input: string, value: string): number {
  const usd = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || !Number.isFinite(usd) || usd > MAX_MONTHLY_USD) {
    throw new InputError(input, `'${value}' is not an amount from 0 to ${MAX_MONTHLY_USD} USD`);
  }
  return usd;
}

/** The plan files of `terraform-plan` (newline or comma separated), each once. */
export function parsePlanFiles(value: string): string[] {
  const files = parseList(value);
  if (files.length === 0) throw new InputError(Inputs.TerraformPlan, `no file in '${value}'`);
  return [...new Set(files)];
}

export function planInputs(raw: RawInputs): PlanInputs {
  const plans = given(raw, Inputs.TerraformPlan);
  const scanValue = given(raw, Inputs.Scan);
  const scan = scanValue === '' ? true : parseBoolean(Inputs.Scan, scanValue);
  const added = given(raw, Inputs.MaxPlanAdded);
  const usd = given(raw, Inputs.MaxPlanMonthlyIncreaseUsd);
  const maxPlanAdded =
    added === '' ? undefined : parseInteger(Inputs.MaxPlanAdded, added, 0, MAX_COUNT);
  const maxPlanMonthlyIncreaseUsd =
    usd === '' ? undefined : parseUsd(Inputs.MaxPlanMonthlyIncreaseUsd, usd);
  const terraformPlans = plans === '' ? undefined : parsePlanFiles(plans);
  if (terraformPlans === undefined) {
    for (const input of [Inputs.MaxPlanAdded, Inputs.MaxPlanMonthlyIncreaseUsd]) {
      if (given(raw, input) !== '') {
        throw new InputError(
          input,
          `counts what the '${Inputs.TerraformPlan}' files change, and none is given`,
        );
      }
    }
    if (!scan) {
      throw new InputError(
        Inputs.Scan,
        `'false' judges only the '${Inputs.TerraformPlan}' files, and none is given: nothing would be checked`,
      );
    }
  }
  if (!scan) refuseScanChecks(raw);
  return {
    ...(terraformPlans === undefined ? {} : { terraformPlans }),
    scan,
    thresholds: {
      ...(maxPlanAdded === undefined ? {} : { maxPlanAdded }),
      ...(maxPlanMonthlyIncreaseUsd === undefined ? {} : { maxPlanMonthlyIncreaseUsd }),
    },
  };
}

/** Inputs that only the scan reads: with `scan: false` they would check nothing. */
function refuseScanChecks(raw: RawInputs): void {
  // Named here, not at the top: options.ts imports this module (an import cycle).
  const checks: InputName[] = [
    Inputs.MaxHighSuspicion,
    Inputs.MaxUnassociatedEips,
    Inputs.FailOnScanErrors,
    Inputs.Baseline,
    Inputs.Suppressions,
  ];
  // Its default is false: only asking for it is a check that would never run.
  if (given(raw, Inputs.FailOnPolicyDenied).toLowerCase() === 'true') {
    checks.push(Inputs.FailOnPolicyDenied);
  }
  for (const input of checks) {
    if (given(raw, input) !== '') {
      throw new InputError(
        input,
        `checks the scan, and '${Inputs.Scan}' is false: leave it out, or scan`,
      );
    }
  }
}
