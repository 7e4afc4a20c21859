// src/plan/: the pull-request check on a Terraform plan. What a pull request does to public IPv4
// is in its plan, not in the live account (which shows the state before it is applied): this reads
// the plans `terraform show -json PLAN` wrote and counts, per resource change, the public IPv4
// addresses it adds and removes, and prices them as the scan does (price per address-hour x 730 h).
//
//   readTerraformPlan.ts     the file -> a plan, or a PlanFileError naming the file (exit 2)
//   planAddressChanges.ts    one plan -> a PlanAddressChange per judged change, and totals
//   addressRules.ts, rules/  one rule per resource type, by documented AWS behaviour
//   planIndex.ts, planLinks.ts, routeLinks.ts, resolveReferences.ts, linkedInstances.ts
//                            look-ups across the plan: ids, prior state, configuration references
//   analyzePlanFiles.ts      several files -> a PlanChangesReport, per file and merged
//
// Pure but for reading the files: no AWS SDK, no @actions/*, no credentials. What reports it:
// - `*_plan_changes.csv`: one row per PlanAddressChange of each file: file, address, type,
//   actions (joined with +), added, removed, monthlyChangeUsd, dependsOn (dependencyText, joined
//   with "; "), flags (their text, joined with "; ").
// - report.json: the PlanChangesReport as is.
// - outputs: plan-added-count = totals.added, plan-removed-count = totals.removed,
//   plan-monthly-change-usd = totals.monthlyChangeUsd.
// - gate: max-plan-added compares totals.net; max-plan-monthly-increase-usd compares
//   totals.monthlyChangeUsd. totals.unknowns counts changes whose addresses depend on what the plan
//   cannot know (their counts are lower bounds), never counted as zero: a gate reports them.
// - the summary line: "this change adds {added} public IPv4 addresses (+{monthlyChangeUsd} a
//   month)", then the flags by totals.flags, e.g. "one of them in a subnet with no route to an
//   internet gateway" (flags['no-internet-route']) or "2 of them idle Elastic IPs"
//   (flags['unassociated-eip']); totals.unknowns says how many changes it could not count.
import path from 'node:path';
import { HOURS_PER_MONTH } from '../analyze/cost.js';
import { planAddressChanges, type PlanPricing } from './planAddressChanges.js';
import { mergePlanTotals } from './planTotals.js';
import { readTerraformPlan } from './readTerraformPlan.js';
import type { PlanChangesReport, PlanFileChanges } from './types.js';

/**
 * Reads every file first (the first one that is not a plan throws its PlanFileError before any
 * is judged), then judges each. A file named twice is judged once.
 */
export async function analyzePlanFiles(
  files: readonly string[],
  pricing: PlanPricing,
): Promise<PlanChangesReport> {
  const seen = new Set<string>();
  const unique = files.filter((file) => {
    const key = path.resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const plans = [];
  for (const file of unique) plans.push({ file, plan: await readTerraformPlan(file) });
  const results: PlanFileChanges[] = plans.map(({ file, plan }) => ({
    file,
    formatVersion: plan.format_version,
    ...(typeof plan.terraform_version === 'string'
      ? { terraformVersion: plan.terraform_version }
      : {}),
    ...planAddressChanges(plan, pricing),
  }));
  return {
    pricePerIpHour: pricing.pricePerIpHour,
    hoursPerMonth: HOURS_PER_MONTH,
    files: results,
    totals: mergePlanTotals(
      results.map((r) => r.totals),
      pricing.pricePerIpHour,
    ),
  };
}
