// The gate on what the pull request's Terraform plans change: the limits of the thresholds table
// that judge the plans (`max-plan-added`, `max-plan-monthly-increase-usd`). Fail closed: a count
// that waits for a value the plan cannot know ("depends on") is a lower bound, so a threshold in
// force does not pass on it. A plan that could not be read never gets here: it fails the run
// before anything else.
import { roundCents } from '../format/formatUsd.js';
import { dependencyText } from '../plan/dependencyText.js';
import type { PlanChangesReport } from '../plan/types.js';
import type { GateResult } from './evaluateGate.js';
import { EXAMPLES, quoted, type GateCheck, type InputNamer } from './gateCheck.js';
import { THRESHOLD_ENTRIES, type PlanLimit, type Thresholds } from './thresholds.js';

/** The first few changes that add addresses, as `aws_eip.a (+1)`. */
function adders(report: PlanChangesReport): { shown: string[]; count: number } {
  const all = report.files.flatMap((f) => f.changes).filter((c) => c.added > 0);
  return {
    shown: all.slice(0, EXAMPLES).map((c) => `${c.address} (+${c.added})`),
    count: all.length,
  };
}

/** What the counts wait for, as one clause; empty when the plans tell it all. */
function waitingFor(report: PlanChangesReport): string {
  const waiting = report.files.flatMap((f) => f.changes).filter((c) => c.dependsOn.length > 0);
  if (waiting.length === 0) return '';
  const shown = waiting
    .slice(0, EXAMPLES)
    .map((c) => `${c.address}: ${c.dependsOn.map(dependencyText).join('; ')}`);
  const more = waiting.length > shown.length ? `; and ${waiting.length - shown.length} more` : '';
  return (
    `${waiting.length} changes depend on what the plan cannot know yet, so the counts are lower ` +
    `bounds and the gate cannot pass on them (${shown.join('; ')}${more})`
  );
}

/** A plan limit's check: its figure against the limit, failing closed on what the plans cannot know. */
function planCheck(
  entry: PlanLimit,
  report: PlanChangesReport,
  limit: number,
  said: { over: string; unknown: string; name: InputNamer },
): GateCheck {
  const { input } = entry;
  const count = entry.measure(report.totals);
  const what = entry.said(count);
  const name = said.name(input);
  const { format } = entry.value;
  const within = count <= limit;
  const unknown = entry.failClosed === 'unknown-values' ? said.unknown : '';
  const passed = within && unknown === '';
  let message: string;
  if (!within)
    message = `${what} exceed ${name} (${format(limit)}) by ${roundCents(count - limit)}: ${said.over}`;
  else if (!passed)
    message = `${what}, within ${name} (${format(limit)}) as far as the plan tells: ${unknown}`;
  else message = `${what}, within ${name} (${format(limit)})`;
  if (!within && unknown !== '') message += `; ${unknown}`;
  return { input, count, limit, bound: 'max', passed, message };
}

/** The plan's checks in force, in the table's order; none without a plan threshold. */
export function planChecks(
  report: PlanChangesReport,
  thresholds: Thresholds,
  name: InputNamer = quoted,
): GateCheck[] {
  const examples = adders(report);
  const over =
    examples.shown.join(', ') +
    (examples.count > examples.shown.length
      ? `, and ${examples.count - examples.shown.length} more`
      : '');
  const said = { over, unknown: waitingFor(report), name };
  return THRESHOLD_ENTRIES.flatMap(([key, entry]) => {
    const limit = thresholds[key];
    return entry.judges === 'plan' && typeof limit === 'number'
      ? [planCheck(entry, report, limit, said)]
      : [];
  });
}

/** A verdict with the plan's checks after the scan's: the run passes only when all pass. */
export function withPlanChecks(gate: GateResult, checks: readonly GateCheck[]): GateResult {
  const all = [...gate.checks, ...checks];
  const violations = all.filter((check) => !check.passed);
  return { ...gate, checks: all, violations, passed: violations.length === 0 };
}

/** The verdict of a run that judges plans only (`scan: false`, `check-terraform-plan`). */
export interface PlanGate {
  passed: boolean;
  checks: GateCheck[];
  violations: GateCheck[];
}

export function planGate(checks: readonly GateCheck[]): PlanGate {
  const violations = checks.filter((check) => !check.passed);
  return { passed: violations.length === 0, checks: [...checks], violations };
}
