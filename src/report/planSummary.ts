// "This pull request": what the pull request's Terraform plans change, first in the job summary
// and the PR comment. Resource addresses, keys and the texts that quote them are written by the
// plan's author (anyone who can open a pull request): they go into code spans only, where GitHub
// neither mentions, links nor renders markup. The headline holds only numbers and our own words.
import type { PlanOutcome, PlanRunOutcome } from '../audit/checkPlans.js';
import { formatCount as count, plural } from '../common/formatCount.js';
import type { GateCheck } from '../gate/evaluateGate.js';
import { dependencyText } from '../plan/dependencyText.js';
import type { PlanAddressChange, PlanChangesReport, PlanFlagCode } from '../plan/types.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { formatUsdForPeople } from '../format/formatUsd.js';
import { capped, table, text } from './markdownBlocks.js';
import type { SummaryArtifact, SummaryDetail } from './summaryInput.js';
import { artifactSection, writeErrorSection } from './summaryStatus.js';

const DEFAULT_MAX_PLAN_ROWS = 50;

const changesOf = (report: PlanChangesReport) => report.files.flatMap((f) => f.changes);

/** Addresses added by the changes carrying `code`. */
function addedWith(report: PlanChangesReport, code: PlanFlagCode): number {
  return changesOf(report)
    .filter((c) => c.flags.some((f) => f.code === code))
    .reduce((n, c) => n + c.added, 0);
}

/** `one of them ...` / `2 of them ...`, or nothing. */
function ofThem(n: number, one: string, many: string): string[] {
  if (n === 0) return [];
  return [n === 1 ? `one of them ${one}` : `${count(n)} of them ${many}`];
}

function money(usd: number): string {
  const cents = Math.round(usd * 100);
  if (cents === 0) return 'no change to the bill';
  return `${cents > 0 ? '+' : '-'}${formatUsdForPeople(Math.abs(usd))} a month`;
}

/**
 * `This change adds 3 public IPv4 addresses (+$10.95 a month), one of them in a subnet with no
 * route to an internet gateway.` and what the counts cannot say.
 */
export function planHeadline(report: PlanChangesReport): string {
  const { added, removed, monthlyChangeUsd, unknowns, flags } = report.totals;
  const what =
    added === 0 && removed === 0
      ? 'neither adds nor removes a public IPv4 address'
      : added === 0
        ? `removes ${plural(removed, 'public IPv4 address', 'public IPv4 addresses')}`
        : `adds ${plural(added, 'public IPv4 address', 'public IPv4 addresses')}` +
          (removed > 0 ? ` and removes ${count(removed)}` : '');
  const clauses =
    added === 0
      ? []
      : [
          ...ofThem(
            addedWith(report, 'no-internet-route'),
            'in a subnet with no route to an internet gateway',
            'in subnets with no route to an internet gateway',
          ),
          ...ofThem(
            addedWith(report, 'unassociated-eip'),
            'an Elastic IP nothing in the plan associates (billed while idle)',
            'Elastic IPs nothing in the plan associates (billed while idle)',
          ),
          ...ofThem(
            addedWith(report, 'byoip'),
            'from a BYOIP pool (not charged)',
            'from BYOIP pools (not charged)',
          ),
        ];
  const sentences = [
    `This change ${what} (${money(monthlyChangeUsd)})${clauses.map((c) => `, ${c}`).join('')}.`,
  ];
  if (unknowns > 0) {
    sentences.push(
      `${plural(unknowns, 'change depends', 'changes depend')} on what the plan cannot know yet: ` +
        'the counts are at least what is shown.',
    );
  }
  const autoAssign = flags['auto-assign-on'] ?? 0;
  if (autoAssign > 0) {
    sentences.push(
      `${plural(autoAssign, 'subnet starts', 'subnets start')} assigning public IPv4 addresses to ` +
        `the instances launched in ${autoAssign === 1 ? 'it' : 'them'}.`,
    );
  }
  return sentences.join(' ');
}

/** A change worth a row: it adds or removes addresses, waits for a value, or is flagged. */
const notable = (c: PlanAddressChange) =>
  c.added > 0 || c.removed > 0 || c.dependsOn.length > 0 || c.flags.length > 0;

function changeRows(report: PlanChangesReport, maxRows: number): string[] {
  const several = report.files.length > 1;
  const rows = report.files.flatMap((file) =>
    file.changes.filter(notable).map((change) => ({ file: file.file, change })),
  );
  if (rows.length === 0) return [];
  const { shown, moreLine } = capped(rows, maxRows, 'resource changes');
  return [
    '',
    ...table(
      [
        ...(several ? ['Plan file'] : []),
        'Resource',
        'Actions',
        'Added',
        'Removed',
        'Monthly',
        'Depends on',
        'Flags',
      ],
      [...(several ? (['l'] as const) : []), 'l', 'l', 'r', 'r', 'r', 'l', 'l'],
      shown.map(({ file, change }) => [
        ...(several ? [text(file)] : []),
        text(change.address),
        text(change.actions.join('+')),
        count(change.added),
        count(change.removed),
        change.monthlyChangeUsd === 0 ? '' : money(change.monthlyChangeUsd).replace(' a month', ''),
        text(change.dependsOn.map(dependencyText).join('; ')),
        text(change.flags.map((f) => f.text).join('; ')),
      ]),
    ),
    ...moreLine,
  ];
}

export interface PlanSectionOptions {
  detail?: SummaryDetail;
  /** Rows of the resource table; default 50. */
  maxRows?: number;
}

/** `### This pull request`: the headline and, in full detail, the resource changes. */
export function planSection(plan: PlanOutcome, options: PlanSectionOptions = {}): string[] {
  const { report } = plan;
  const files =
    report.files.length === 1
      ? 'its Terraform plan'
      : `its ${count(report.files.length)} Terraform plans`;
  const lines = [
    '### This pull request',
    '',
    planHeadline(report),
    '',
    `Judged from ${files}: ${count(report.totals.changes)} resource changes with a public IPv4 rule.`,
  ];
  if (options.detail === 'counts') {
    return [
      ...lines,
      '',
      'Resources are left out of this summary (`summary-detail: counts`); the artifact lists them.',
    ];
  }
  return [...lines, ...changeRows(report, options.maxRows ?? DEFAULT_MAX_PLAN_ROWS)];
}

/** The gate of a run that judged plans only. */
function planGateSection(
  checks: readonly GateCheck[],
  passed: boolean,
  detail?: SummaryDetail,
): string[] {
  const lines = ['### Gate', '', passed ? '✅ **Passed**' : '❌ **Failed**', ''];
  if (checks.length === 0) {
    return [
      ...lines,
      'No plan threshold set (`max-plan-added`, `max-plan-monthly-increase-usd`): the plans are reported, not gated.',
    ];
  }
  lines.push(
    ...table(
      ['Check', 'Count', 'Limit', 'Result'],
      ['l', 'r', 'r', 'l'],
      checks.map((c) => [
        `\`${c.input}\``,
        count(c.count),
        count(c.limit),
        c.passed ? '✅ passed' : '❌ failed',
      ]),
    ),
  );
  const failed = checks.filter((c) => !c.passed);
  // The messages quote resource addresses: prose, escaped; left out where ids stay out.
  const said = (c: GateCheck) =>
    detail === 'counts'
      ? `- \`${c.input}\`: ${count(c.count)} (limit ${count(c.limit)})`
      : `- ${escapeMarkdown(c.message)}`;
  return failed.length === 0 ? lines : [...lines, '', ...failed.map(said)];
}

export interface PlanSummaryInput extends PlanRunOutcome, PlanSectionOptions {
  artifact?: SummaryArtifact;
  writeError?: string;
}

/** The job summary and PR comment of a run that judged Terraform plans only. */
export function planSummaryMarkdown(input: PlanSummaryInput): string {
  const sections = [
    ['## AWS public IPv4 audit'],
    planSection(input.plan, input),
    planGateSection(input.gate.checks, input.gate.passed, input.detail),
    writeErrorSection(input),
    artifactSection(input),
  ].filter((s) => s.length > 0);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
