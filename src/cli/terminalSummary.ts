// What the CLI prints on stdout when a run ends: short enough to read, and saying what to fix.
// The headline the HTML and markdown lead with; counts by suspicion; the first HIGH addresses and
// the unassociated Elastic IPs, one block each; coverage; where the reports are; the verdict and
// the exit code. The same in a pipe as on a terminal, but for colour.
import path from 'node:path';
import { monthlyCostUsd } from '../analyze/cost.js';
import { describeGap } from '../analyze/coverage.js';
import { WHOLE_ACCOUNT } from '../model/coverage.js';
import { describePolicyDenial } from '../analyze/policyDenials.js';
import type { ElasticIp, EniPublicIp, Suspicion } from '../model/findings.js';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { formatCount as count, plural } from '../common/formatCount.js';
import { reconciliationTexts } from '../report/reconciliationText.js';
import { COVERAGE_CHECK, type GateCheck } from '../gate/evaluateGate.js';
import { THRESHOLD_ENTRIES, THRESHOLDS } from '../gate/thresholds.js';
import { EXCLUDED } from '../scan/planAccounts.js';
import { ACTION_LABELS } from '../model/recommendedAction.js';
import { formatUsdForPeople as usd } from '../format/formatUsd.js';
import { byoipWords, savingsByActionTotalWords } from '../report/costWords.js';
import { trendLines } from '../report/trendLine.js';
import { exitCodeMeaning } from './exitCode.js';
import type { Paint } from './paint.js';
import { printable } from '../common/printable.js';
import { writtenReport } from '../report/reportFiles.js';

export interface TerminalSummaryInput {
  outcome: AuditOutcome;
  /** The report files written (none when writing failed). */
  files: readonly string[];
  outputDir: string;
  exitCode: number;
  paint: Paint;
}

/** HIGH addresses and unassociated Elastic IPs listed; the reports hold the rest. */
export const LISTED = 10;
const GAPS_LISTED = 5;
const SERVICES_LISTED = 5;

/**
 * Rows as columns padded to their widest cell; the last cell is not padded. Every cell is made
 * printable: ids come from AWS answers too.
 */
function aligned(cells: readonly string[][], indent = '  '): string[] {
  const rows = cells.map((row) => row.map(printable));
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    `${indent}${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd(),
  );
}

function headline({ outcome, paint }: TerminalSummaryInput): string[] {
  const { cost } = outcome;
  const addresses = plural(cost.addressCount, 'public IPv4 address', 'public IPv4 addresses');
  const byoip = byoipWords(cost);
  return [
    `${paint.bold(addresses)} cost ${paint.bold(usd(cost.totalMonthlyUsd))} a month${byoip === undefined ? '' : ` (${byoip})`}.`,
    `Releasing the unnecessary ones would save up to ${paint.bold(usd(cost.potentialSavingsUsd))} a month.`,
  ];
}

const SUSPICION_NOTES: Record<Suspicion, string> = {
  HIGH: 'probably unnecessary',
  MODERATE: 'worth a look',
  LOW: 'in use',
  UNKNOWN: 'not assessed',
};

function suspicionSection({ outcome, paint }: TerminalSummaryInput): string[] {
  const { totals, gate } = outcome;
  const tone: Record<Suspicion, (text: string) => string> = {
    HIGH: paint.red,
    MODERATE: paint.yellow,
    LOW: paint.green,
    UNKNOWN: paint.dim,
  };
  const levels: Suspicion[] = ['HIGH', 'MODERATE', 'LOW', 'UNKNOWN'];
  const width = Math.max(...levels.map((s) => count(totals.bySuspicion[s]).length));
  return [
    `Public IPs on network interfaces by suspicion (${count(totals.eniPublicIps)}):`,
    ...levels.map(
      (s) =>
        `  ${tone[s](s.padEnd(8))}  ${count(totals.bySuspicion[s]).padStart(width)}  ${SUSPICION_NOTES[s]}`,
    ),
    ...(gate.counts.suppressed > 0
      ? [
          `  ${plural(gate.counts.suppressed, 'finding is', 'findings are')} suppressed (accepted with a reason) and not listed below.`,
        ]
      : []),
  ];
}

/**
 * One HIGH address as printed: `ids`, aligned as columns across the listed addresses (each cell
 * made printable there), then each of `details` on an indented line of its own (made printable
 * here): the reason, then the command that removes the address, or the advice when no single
 * command does.
 */
function highFindingLines(finding: EniPublicIp): { ids: string[]; details: string[] } {
  const action = finding.action;
  const fix =
    action === undefined
      ? []
      : action.commands.length > 0
        ? action.commands.map((command) => `fix: ${command}`)
        : [`fix: ${action.advice}`];
  return {
    ids: [
      finding.ownerAccountId,
      finding.region,
      finding.interfaceId,
      finding.address,
      finding.interfaceType,
      finding.service,
    ],
    details: [finding.reasons.join(' '), ...fix].map(printable),
  };
}

function highSection({ outcome, files, paint }: TerminalSummaryInput): string[] {
  const high = outcome.result.eniPublicIps.filter(
    (ip) => ip.suspicion === 'HIGH' && ip.suppressionReason === undefined,
  );
  if (high.length === 0) return [];
  const shown = high.slice(0, LISTED).map(highFindingLines);
  const ids = aligned(shown.map((f) => f.ids));
  const more = high.length - shown.length;
  const csv = writtenReport(files, 'eni_public_ips.csv') ?? 'eni_public_ips.csv';
  return [
    `${paint.red('HIGH suspicion')}: ${plural(high.length, 'address', 'addresses')} to fix first` +
      (more > 0 ? ` (the first ${LISTED}):` : ':'),
    ...shown.flatMap((f, i) => [ids[i] ?? '', ...f.details.map((d) => `      ${d}`)]),
    ...(more > 0 ? [`  …and ${count(more)} more in ${csv}`] : []),
  ];
}

/**
 * Where the money goes, and what the recommended actions would save, in two short lines; each
 * HIGH address above carries its own command, and remediation.sh holds every one.
 */
function costSection({ outcome }: TerminalSummaryInput): string[] {
  const { cost } = outcome;
  if (cost.byService.length === 0) return [];
  const services = cost.byService
    .slice(0, SERVICES_LISTED)
    .map((s) => `${printable(s.service)} ${usd(s.monthlyUsd)} (${count(s.addresses)})`);
  const more = cost.byService.length - services.length;
  const savings = cost.savingsByAction
    .filter((a) => a.monthlyUsd > 0)
    .map((a) => `${ACTION_LABELS[a.kind]} ${usd(a.monthlyUsd)} (${count(a.findings)})`);
  return [
    `Cost by service: ${services.join(', ')}${more > 0 ? `, and ${count(more)} more` : ''}.`,
    ...(savings.length > 0
      ? [`Savings by action: ${savings.join('; ')}.`, `  ${savingsByActionTotalWords(cost)}`]
      : []),
  ];
}

function eipCells(eip: ElasticIp): string[] {
  const note = eip.byoip ? 'BYOIP, free' : (eip.name ?? '');
  return [eip.accountId, eip.region, eip.publicIp, eip.allocationId ?? '', note];
}

function unassociatedSection({ outcome, files }: TerminalSummaryInput): string[] {
  const eips = outcome.result.unassociatedEips;
  if (eips.length === 0) return [];
  const charged = outcome.totals.unassociatedEipsCharged;
  const monthly = charged * monthlyCostUsd(outcome.cost.pricePerIpHour, false);
  const more = eips.length - LISTED;
  const csv = writtenReport(files, 'unassociated_eips.csv') ?? 'unassociated_eips.csv';
  return [
    `Unassociated Elastic IPs: ${count(eips.length)} (${count(charged)} charged, ${usd(monthly)} a month); ` +
      'release the ones nobody needs:',
    ...aligned(eips.slice(0, LISTED).map(eipCells)),
    ...(more > 0 ? [`  …and ${count(more)} more in ${csv}`] : []),
  ];
}

/** Account-regions an organisation policy denied: not read, not scan errors, said apart. */
function policyDeniedLines({ outcome, files }: TerminalSummaryInput): string[] {
  const denied = outcome.result.policyDenied;
  if (denied.length === 0) return [];
  const { input, flag } = THRESHOLDS.failOnPolicyDenied;
  const gated = outcome.gate.checks.some((check) => check.input === input);
  const shown = denied.slice(0, GAPS_LISTED).map((d) => `  ${printable(describePolicyDenial(d))}`);
  const more = denied.length - shown.length;
  return [
    `Denied by an organisation policy, so not read: ${plural(denied.length, 'account-region', 'account-regions')} ` +
      (gated
        ? `(not scan errors; --${flag} fails the gate on them):`
        : `(not scan errors; they pass the gate unless --${flag} true):`),
    ...shown,
    ...(more > 0 ? [`  …and ${count(more)} more`] : []),
    `Every one, with a denied call: ${writtenReport(files, 'policy_denied.csv') ?? 'policy_denied.csv'}`,
  ];
}

function coverageSection(input: TerminalSummaryInput): string[] {
  const { outcome, files, paint } = input;
  const { result, totals } = outcome;
  const { coverage } = result;
  const notEntered = coverage.gaps.filter((gap) => gap.region === WHOLE_ACCOUNT).length;
  const accounts =
    notEntered === 0
      ? plural(totals.accountsScanned, 'account', 'accounts')
      : `${count(totals.accountsScanned)} of ${plural(totals.accountsScanned + notEntered, 'account', 'accounts')}`;
  const scope = `${count(coverage.complete)} of ${count(coverage.planned)} account-regions read completely, in ${accounts}`;
  const excluded = result.uncheckedAccounts.filter((a) => a.status === EXCLUDED).length;
  const inactive = totals.uncheckedAccounts - excluded;
  const why = [
    ...(inactive > 0 ? [`${count(inactive)} not ACTIVE`] : []),
    ...(excluded > 0 ? [`${count(excluded)} excluded`] : []),
  ];
  const unchecked =
    totals.uncheckedAccounts === 0
      ? []
      : [
          (excluded === 0
            ? `${plural(totals.uncheckedAccounts, 'account is', 'accounts are')} not ACTIVE and not scanned: `
            : `${plural(totals.uncheckedAccounts, 'account is', 'accounts are')} not scanned (${why.join(', ')}): `) +
            `${writtenReport(files, 'unchecked_accounts.csv') ?? 'unchecked_accounts.csv'}`,
        ];
  const denied = policyDeniedLines(input);
  if (coverage.gaps.length === 0) {
    return [`Coverage: ${scope}; no scan errors.`, ...denied, ...unchecked];
  }
  const gaps = coverage.gaps.slice(0, GAPS_LISTED).map((gap) => `  ${printable(describeGap(gap))}`);
  const more = coverage.gaps.length - gaps.length;
  // With nothing read there are no numbers, and the summary opened by saying so.
  const nothing = nothingScanned(input.outcome) !== undefined;
  return [
    `${nothing ? 'Coverage' : paint.yellow('Partial scan')}: ${scope}; ${plural(totals.scanErrors, 'call', 'calls')} failed.`,
    nothing ? 'Not read:' : 'Not in these numbers, because not read completely:',
    ...gaps,
    ...(more > 0 ? [`  …and ${count(more)} more`] : []),
    `Every failed call, with its error: ${writtenReport(files, 'scan_errors.csv') ?? 'scan_errors.csv'}`,
    ...denied,
    ...unchecked,
  ];
}

/** The scan against AWS's records, when a reconciliation is on (reconciliationText.ts). */
function reconciliationSection({ outcome, paint }: TerminalSummaryInput): string[] {
  const parts = reconciliationTexts(outcome.reconciliation, printable);
  return parts.flatMap((part, i) => [
    ...(i > 0 ? [''] : []),
    part.items.length > 0 || part.more > 0
      ? paint.yellow(`${part.headline}:`)
      : `${part.headline}.`,
    ...part.items.map((item) => `  ${item}`),
    ...(part.more > 0 ? [`  …and ${count(part.more)} more`] : []),
    ...part.details,
  ]);
}

function reportsSection({ files, outputDir }: TerminalSummaryInput): string[] {
  if (files.length === 0) return [`Reports: none written to ${outputDir}.`];
  const html = writtenReport(files, 'report.html');
  return [
    `Reports: ${count(files.length)} files in ${outputDir}${outputDir.endsWith(path.sep) ? '' : path.sep}` +
      ' (CSV, JSON, an HTML page and remediation.sh)',
    ...(html ? [`  open ${html}`] : []),
  ];
}

/** The limits one could set, for a gate that passed with none: `--max-high-suspicion, ...`. */
const LIMIT_FLAGS = THRESHOLD_ENTRIES.filter(
  ([, entry]) => entry.rule === 'limit' && entry.judges === 'scan',
)
  .map(([, entry]) => `--${entry.flag}`)
  .join(', ');

function verdictSection({ outcome, exitCode, paint }: TerminalSummaryInput): string[] {
  const { gate } = outcome;
  const thresholds = gate.checks.filter((check) => check.input !== COVERAGE_CHECK);
  // The summary opened with "Nothing was scanned" and why: not said twice.
  const violation = (v: GateCheck) =>
    v.input === COVERAGE_CHECK
      ? 'Nothing was scanned (see the first lines).'
      : printable(v.message);
  const lines = gate.passed
    ? [
        thresholds.length === 0
          ? `Gate: ${paint.green('passed')} (no threshold set: ${LIMIT_FLAGS})`
          : `Gate: ${paint.green('passed')}`,
        ...thresholds.map((check) => `  ${check.message}`),
      ]
    : [`Gate: ${paint.red('FAILED')}`, ...gate.violations.map((v) => `  ${violation(v)}`)];
  const meaning = exitCodeMeaning(exitCode, outcome.totals.scanErrors > 0);
  return [...lines, paint.dim(`Exit code ${exitCode}: ${meaning}`)];
}

/** The coverage check's failure when not one account-region could be read, else undefined. */
function nothingScanned({ gate }: AuditOutcome): GateCheck | undefined {
  return gate.violations.find((v) => v.input === COVERAGE_CHECK);
}

/**
 * When nothing was scanned, the summary says so, and why, before anything else: a headline of
 * "0 addresses cost $0.00" and a table of zeros would read as a clean organisation.
 */
function nothingScannedSection({ outcome, paint }: TerminalSummaryInput): string[] {
  const check = nothingScanned(outcome);
  if (check === undefined) return [];
  const message = printable(check.message);
  const lead = 'Nothing was scanned';
  return [
    message.startsWith(lead) ? `${paint.red(lead)}${message.slice(lead.length)}` : message,
    'The reports hold no addresses, which does not mean there are none.',
  ];
}

export function terminalSummary(input: TerminalSummaryInput): string {
  const findings = nothingScanned(input.outcome)
    ? []
    : [
        headline(input),
        trendLines(input.outcome.history, input.outcome.baselineDiff?.scope),
        suspicionSection(input),
        highSection(input),
        unassociatedSection(input),
        costSection(input),
        reconciliationSection(input),
      ];
  const sections = [
    nothingScannedSection(input),
    ...findings,
    coverageSection(input),
    reportsSection(input),
    verdictSection(input),
  ].filter((lines) => lines.length > 0);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
