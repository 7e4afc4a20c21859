// report.json's `plan` member: what the pull request's Terraform plans change, per file and
// change, and the plan's gate checks. Its shape is `plan` in schema/report.schema.json. A run that
// judges plans only writes a report.json of `schemaVersion`, `tool`, `plan` and `gate`.
import type { PlanOutcome } from '../audit/checkPlans.js';
import type { GateCheck } from '../gate/evaluateGate.js';
import type * as Json from '../model/reportJson.generated.js';
import type { PlanAddressChange, PlanFileChanges, PlanTotals } from '../plan/types.js';
import { roundCents } from '../format/formatUsd.js';

function totalsJson(totals: PlanTotals): Json.PlanTotals {
  return {
    changes: totals.changes,
    added: totals.added,
    removed: totals.removed,
    net: totals.net,
    chargedChange: totals.chargedChange,
    monthlyChangeUsd: roundCents(totals.monthlyChangeUsd),
    unknowns: totals.unknowns,
    flags: { ...totals.flags },
  };
}

function changeJson(change: PlanAddressChange): Json.PlanChange {
  return {
    address: change.address,
    moduleAddress: change.moduleAddress,
    type: change.type,
    name: change.name,
    index: change.index ?? null,
    deposed: change.deposed ?? null,
    actions: change.actions,
    added: change.added,
    removed: change.removed,
    chargedChange: change.chargedChange,
    monthlyChangeUsd: roundCents(change.monthlyChangeUsd),
    dependsOn: change.dependsOn.map((d) => ({
      resource: d.resource,
      attribute: d.attribute,
      reason: d.reason,
    })),
    flags: change.flags.map((f) => ({ code: f.code, text: f.text })),
  };
}

function fileJson(file: PlanFileChanges) {
  return {
    file: file.file,
    formatVersion: file.formatVersion,
    terraformVersion: file.terraformVersion ?? null,
    totals: totalsJson(file.totals),
    changes: file.changes.map(changeJson),
  };
}

export function checkJson(check: GateCheck) {
  return {
    input: check.input,
    count: check.count,
    limit: check.limit,
    bound: check.bound,
    passed: check.passed,
    message: check.message,
  };
}

export function planJson({ report, checks }: PlanOutcome): Json.Plan {
  return {
    pricePerIpHour: report.pricePerIpHour,
    // Always 730 (analyze/cost.ts): the schema says so.
    hoursPerMonth: 730,
    totals: totalsJson(report.totals),
    files: report.files.map(fileJson),
    checks: checks.map(checkJson),
  };
}
