// `aws-ipv4-audit check-terraform-plan PLAN.json...`: the pull-request check on Terraform plans,
// alone. Every file is read and judged before anything else (a file that is not a plan exits 2,
// naming it); then the reports, what the terminal shows, and the exit code of the plan's gate.
// No scan, no AWS call, no credentials.
import path from 'node:path';
import { checkPlans, planRunOutcome, type PlanRunOutcome } from '../audit/checkPlans.js';
import { preflight } from '../audit/preflight.js';
import { formatCount as count } from '../common/formatCount.js';
import { printable } from '../common/printable.js';
import { dependencyText } from '../plan/dependencyText.js';
import { PlanFileError } from '../plan/planFileError.js';
import { Inputs, validate, type RawInputs } from '../options/options.js';
import { formatUsd } from '../format/formatUsd.js';
import { planHeadline } from '../report/planSummary.js';
import { ExitCode } from './exitCode.js';
import type { Paint } from './paint.js';
import type { TerminalStream } from './terminalStream.js';

/** Changes listed on the terminal; the reports hold every one. */
const LISTED = 20;

export interface PlanCommand {
  files: string[];
  raw: RawInputs;
}

/**
 * Runs the command; InputErrors are thrown to the caller (exit 2 with the flag), a plan file
 * that is not a plan is said here (exit 2 naming the file).
 */
export async function checkTerraformPlan(
  { files, raw }: PlanCommand,
  io: { stdout: TerminalStream; stderr: TerminalStream },
  paint: Paint,
  now: () => number = Date.now,
): Promise<number> {
  const options = {
    // The files as given, each once: a comma is part of a file name here, not a separator.
    ...validate({ ...raw, [Inputs.Scan]: 'false', [Inputs.TerraformPlan]: files.join('\n') }),
    terraformPlans: [...new Set(files)],
  };
  let outcome: PlanRunOutcome;
  try {
    const plan = await checkPlans(options, (input) => `--${input}`);
    if (plan === undefined) throw new Error('no plan file');
    outcome = planRunOutcome(plan, new Date(now()));
  } catch (error) {
    if (!(error instanceof PlanFileError)) throw error;
    io.stderr.write(`aws-ipv4-audit: ${printable(error.message)}\n`);
    return ExitCode.InputError;
  }
  await preflight(options);
  const { writePlanReports } = await import('../report/writeReports.js');
  const written = await writePlanReports(outcome, options.outputDir);
  const exitCode =
    written.error !== undefined
      ? ExitCode.Failure
      : outcome.gate.passed
        ? ExitCode.Ok
        : ExitCode.GateFailed;
  io.stdout.write(planTerminalSummary(outcome, written.files, options.outputDir, exitCode, paint));
  if (written.error !== undefined) io.stderr.write(`aws-ipv4-audit: ${written.error}\n`);
  return exitCode;
}

function changeLines(outcome: PlanRunOutcome): string[] {
  const changes = outcome.plan.report.files
    .flatMap((f) => f.changes)
    .filter((c) => c.added > 0 || c.removed > 0 || c.dependsOn.length > 0 || c.flags.length > 0);
  const lines = changes.slice(0, LISTED).flatMap((c) => {
    const money = c.monthlyChangeUsd === 0 ? '' : `  ${formatUsd(c.monthlyChangeUsd)} USD/month`;
    return [
      `  ${printable(c.address)}  +${c.added} -${c.removed}${money}`,
      ...c.dependsOn.map((d) => `      depends on ${printable(dependencyText(d))}`),
      ...c.flags.map((f) => `      ${printable(f.text)}`),
    ];
  });
  const more = changes.length - Math.min(changes.length, LISTED);
  return more > 0 ? [...lines, `  …and ${count(more)} more in the reports`] : lines;
}

/** What the terminal shows when the command ends. */
function planTerminalSummary(
  outcome: PlanRunOutcome,
  files: readonly string[],
  outputDir: string,
  exitCode: number,
  paint: Paint,
): string {
  const { gate } = outcome;
  const verdict =
    gate.checks.length === 0
      ? 'Gate: no --max-plan-* threshold set.'
      : gate.passed
        ? paint.green('Gate passed.')
        : paint.red('Gate failed:');
  return [
    planHeadline(outcome.plan.report),
    ...changeLines(outcome),
    '',
    verdict,
    ...gate.checks.map((c) => `  ${c.passed ? 'ok  ' : 'FAIL'} ${printable(c.message)}`),
    '',
    ...(files.length > 0
      ? [
          `Reports in ${printable(path.resolve(outputDir))}:`,
          ...files.map((f) => `  ${path.basename(f)}`),
        ]
      : []),
    `Exit ${exitCode}.`,
    '',
  ].join('\n');
}
