import { describe, expect, it } from 'vitest';
import { InputError, validate, type RawInputs } from '../../../src/options/options.js';

function inputError(raw: RawInputs): string {
  try {
    validate(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('no InputError thrown');
}

describe('the plan inputs', () => {
  it('reads one plan file or several, newline or comma separated, each once', () => {
    expect(validate({ 'terraform-plan': 'plan.json' }).terraformPlans).toEqual(['plan.json']);
    expect(
      validate({ 'terraform-plan': ' a/plan.json,\nb/plan.json\n\na/plan.json ' }).terraformPlans,
    ).toEqual(['a/plan.json', 'b/plan.json']);
    expect(validate({}).terraformPlans).toBeUndefined();
  });

  it('scans by default; scan: false judges the plans alone', () => {
    expect(validate({}).scan).toBe(true);
    expect(validate({ scan: 'false', 'terraform-plan': 'p.json' }).scan).toBe(false);
    expect(inputError({ scan: 'no', 'terraform-plan': 'p.json' })).toBe(
      "'scan': 'no' is not true or false",
    );
  });

  it('refuses a run that would check nothing', () => {
    expect(inputError({ scan: 'false' })).toBe(
      "'scan': 'false' judges only the 'terraform-plan' files, and none is given: nothing would be checked",
    );
    expect(inputError({ 'terraform-plan': ' ,\n' })).toBe("'terraform-plan': no file in ','");
  });

  it('takes the thresholds, bounded, and only with a plan', () => {
    expect(
      validate({
        'terraform-plan': 'p.json',
        'max-plan-added': '0',
        'max-plan-monthly-increase-usd': '10.95',
      }).thresholds,
    ).toMatchObject({ maxPlanAdded: 0, maxPlanMonthlyIncreaseUsd: 10.95 });
    expect(inputError({ 'terraform-plan': 'p.json', 'max-plan-added': '-1' })).toBe(
      "'max-plan-added': '-1' is not a whole number from 0 to 4294967296",
    );
    expect(inputError({ 'terraform-plan': 'p.json', 'max-plan-monthly-increase-usd': '1e3' })).toBe(
      "'max-plan-monthly-increase-usd': '1e3' is not an amount from 0 to 10000000000000 USD",
    );
    expect(
      inputError({ 'terraform-plan': 'p.json', 'max-plan-monthly-increase-usd': '20000000000000' }),
    ).toBe(
      "'max-plan-monthly-increase-usd': '20000000000000' is not an amount from 0 to 10000000000000 USD",
    );
    expect(inputError({ 'max-plan-added': '3' })).toBe(
      "'max-plan-added': counts what the 'terraform-plan' files change, and none is given",
    );
    expect(inputError({ 'max-plan-monthly-increase-usd': '3' })).toBe(
      "'max-plan-monthly-increase-usd': counts what the 'terraform-plan' files change, and none is given",
    );
  });

  it('refuses a scan check when the scan is off', () => {
    const planOnly = { scan: 'false', 'terraform-plan': 'p.json' };
    for (const input of [
      'max-high-suspicion',
      'max-unassociated-eips',
      'fail-on-scan-errors',
      'baseline',
      'suppressions',
    ] as const) {
      const value = input === 'fail-on-scan-errors' ? 'true' : '1';
      expect(inputError({ ...planOnly, [input]: value })).toBe(
        `'${input}': checks the scan, and 'scan' is false: leave it out, or scan`,
      );
    }
    expect(inputError({ ...planOnly, 'fail-on-policy-denied': 'true' })).toBe(
      "'fail-on-policy-denied': checks the scan, and 'scan' is false: leave it out, or scan",
    );
    // The action's default for it is 'false': that asks for nothing.
    expect(validate({ ...planOnly, 'fail-on-policy-denied': 'false' }).scan).toBe(false);
  });
});
