// The inputs of the pull-request check on Terraform plans: which plan files, and whether the live
// organisation is scanned too. Checked with the other inputs (validate() calls this), before any
// file is read or AWS call made; the plans' limits are read with every threshold, from their table
// (gate/thresholds.ts). A check that could never run is refused, not skipped: a threshold on the
// plans without a plan, a threshold on the scan without a scan, and a run that would check nothing.
import { yamlBoolean } from '../common/yamlBoolean.js';
import { THRESHOLD_ENTRIES } from '../gate/thresholds.js';
import { InputError } from './inputError.js';

/** The inputs' names (options.ts's Inputs holds them too). */
export const PLAN_INPUTS = { terraformPlan: 'terraform-plan', scan: 'scan' } as const;

interface PlanInputs {
  terraformPlans?: string[];
  scan: boolean;
}

type Raw = Readonly<Partial<Record<string, string>>>;

const given = (raw: Raw, name: string) => (raw[name] ?? '').trim();

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

/** The inputs of the thresholds that judge `judges`, each as given and whether it asks for a check. */
function thresholdInputs(raw: Raw, judges: 'scan' | 'plan') {
  return THRESHOLD_ENTRIES.filter(([, entry]) => entry.judges === judges).map(([, entry]) => {
    const text = given(raw, entry.input);
    // A switch given as false asks for nothing (the action's default for 'fail-on-policy-denied').
    const off = entry.rule === 'switch' && yamlBoolean(text) === false;
    return { input: entry.input as string, isGiven: text !== '' && !off };
  });
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
  const terraformPlans = plans === '' ? undefined : parsePlanFiles(plans);
  if (terraformPlans === undefined) {
    for (const { input, isGiven } of thresholdInputs(raw, 'plan')) {
      if (isGiven) {
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
  return { ...(terraformPlans === undefined ? {} : { terraformPlans }), scan };
}

/** Inputs that only the scan reads: with `scan: false` they would check nothing. */
function refuseScanChecks(raw: Raw, scanOnly: readonly string[]): void {
  const checks = [
    ...thresholdInputs(raw, 'scan'),
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
