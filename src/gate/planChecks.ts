// The gate on what the pull request's Terraform plans change: `max-plan-added` (public IPv4
// addresses added, net) and `max-plan-monthly-increase-usd`. Fail closed: a count that waits for
// a value the plan cannot know ("depends on") is a lower bound, so a threshold in force does not
// pass on it. A plan that could not be read never gets here: it fails the run before anything else.
import { dependencyText } from '../plan/dependencyText.js';
import type { PlanChangesReport } from '../plan/types.js';
import type { GateResult } from './evaluateGate.js';
import { quoted, type GateCheck, type InputNamer } from './gateCheck.js';

/** The plan's limits, by their member of Options.planThresholds: the input that sets each. */
export const PLAN_LIMITS = {
  maxPlanAdded: 'max-plan-added',
  maxPlanMonthlyIncreaseUsd: 'max-plan-monthly-increase-usd',
} as const;

const EXAMPLES = 5;

/** To whole cents, as report/formatUsd.ts rounds (report/ imports gate/, not the other way). */
const roundCents = (usd: number) => Math.round(Number((usd * 100).toPrecision(12))) / 100;

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

function planCheck(
  input: string,
  count: number,
  limit: number,
  said: { what: string; over: string; name: InputNamer },
  unknown: string,
): GateCheck {
  const name = said.name(input);
  const within = count <= limit;
  const passed = within && unknown === '';
  let message: string;
  if (!within)
    message = `${said.what} exceed ${name} (${limit}) by ${roundCents(count - limit)}: ${said.over}`;
  else if (!passed)
    message = `${said.what}, within ${name} (${limit}) as far as the plan tells: ${unknown}`;
  else message = `${said.what}, within ${name} (${limit})`;
  if (!within && unknown !== '') message += `; ${unknown}`;
  return { input, count, limit, bound: 'max', passed, message };
}

/** The plan's checks in force, in a fixed order; none without a plan threshold. */
export function planChecks(
  report: PlanChangesReport,
  thresholds: { maxPlanAdded?: number; maxPlanMonthlyIncreaseUsd?: number },
  name: InputNamer = quoted,
): GateCheck[] {
  const { totals } = report;
  const unknown = waitingFor(report);
  const examples = adders(report);
  const over =
    examples.shown.join(', ') +
    (examples.count > examples.shown.length
      ? `, and ${examples.count - examples.shown.length} more`
      : '');
  const checks: GateCheck[] = [];
  if (thresholds.maxPlanAdded !== undefined) {
    // A plan that removes more than it adds adds none, net.
    const net = Math.max(0, totals.net);
    checks.push(
      planCheck(
        PLAN_LIMITS.maxPlanAdded,
        net,
        thresholds.maxPlanAdded,
        { what: `${net} public IPv4 addresses added by the Terraform plans (net)`, over, name },
        unknown,
      ),
    );
  }
  if (thresholds.maxPlanMonthlyIncreaseUsd !== undefined) {
    const increase = roundCents(Math.max(0, totals.monthlyChangeUsd));
    checks.push(
      planCheck(
        PLAN_LIMITS.maxPlanMonthlyIncreaseUsd,
        increase,
        thresholds.maxPlanMonthlyIncreaseUsd,
        { what: `USD ${increase.toFixed(2)} a month added by the Terraform plans`, over, name },
        unknown,
      ),
    );
  }
  return checks;
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
