// The job summary and PR comment: what a person reads first. GitHub refuses a step summary over
// 1 MiB, and an organisation can hold tens of thousands of findings, so every list is capped and
// the whole text has a hard byte cap; the artifact holds the rest. Text from AWS resources, from
// endpoints and in messages is escaped; ids of the findings and our own labels are written as is.
import type { BaselineChange } from '../analyze/baselineDiff.js';
import { describeGap } from '../analyze/coverage.js';
import { interfaceSubject } from '../analyze/recommendations.js';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { COVERAGE_CHECK, type GateCheck } from '../gate/evaluateGate.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { formatCount as count } from '../common/formatCount.js';
import { capped, table, text } from './markdownBlocks.js';
import { actionsSections } from './summaryActions.js';
import { formatUsdForPeople } from './formatUsd.js';
import { trendLines } from './trendLine.js';

export interface SummaryArtifact {
  name: string;
  url?: string;
  /** Why the upload failed, when it did. */
  error?: string;
}

/** What the run found and decided, and how the page is published. */
export interface SummaryInput extends Omit<AuditOutcome, 'suppressions' | 'options'> {
  artifact?: SummaryArtifact;
  /** Rows of the HIGH-suspicion table; default 50. */
  maxHighRows?: number;
  /** Rows of the per-account table; default 100. */
  maxAccountRows?: number;
  /** Hard cap on the whole text, in UTF-8 bytes; default 900 KiB (GitHub's limit is 1 MiB). */
  maxBytes?: number;
  /** Why the report files could not be written, when they could not. */
  writeError?: string;
  /**
   * `counts`: counts and cost only, no address, account id or resource id (a public repository's
   * summary and PR comment are public). Default `full`.
   */
  detail?: SummaryDetail;
}

export type SummaryDetail = 'full' | 'counts';

const countsOnly = (input: Pick<SummaryInput, 'detail'>) => input.detail === 'counts';

/** Where a counts-only summary would have listed ids. */
const LEFT_OUT =
  'Addresses and ids are left out of this summary (`summary-detail: counts`); the artifact lists them.';

export const DEFAULT_MAX_HIGH_ROWS = 50;
export const DEFAULT_MAX_ACCOUNT_ROWS = 100;
export const MAX_SUMMARY_BYTES = 900 * 1024;
const MAX_SERVICE_ROWS = 25;
const MAX_SCAN_ERROR_ROWS = 10;
function totalsSection(input: SummaryInput): string[] {
  const t = input.totals;
  const byoipUnassociated = t.unassociatedEips - t.unassociatedEipsCharged;
  const rows: [string, string][] = [
    ['Public IPv4 addresses (each counted once)', count(t.publicIpv4Addresses)],
    ['On network interfaces: Elastic IP', count(t.byAddressType.elasticIp)],
    [
      'On network interfaces: Public IP (auto-assigned or service-managed)',
      count(t.byAddressType.publicIp),
    ],
    ['Suspicion HIGH', count(t.bySuspicion.HIGH)],
    ['Suspicion MODERATE', count(t.bySuspicion.MODERATE)],
    ['Suspicion LOW', count(t.bySuspicion.LOW)],
    ['Suspicion UNKNOWN (not assessed)', count(t.bySuspicion.UNKNOWN)],
    ['Associated Elastic IPs', count(t.associatedEips)],
    [
      'Unassociated Elastic IPs',
      count(t.unassociatedEips) +
        (byoipUnassociated > 0 ? ` (${count(byoipUnassociated)} BYOIP)` : ''),
    ],
    ['Site-to-Site VPN tunnel addresses', count(t.vpnPublicIps)],
    ['Global Accelerator addresses', count(t.globalAcceleratorIps)],
    ['BYOIP addresses (not charged)', count(t.byoipAddresses)],
    [
      'Subnets auto-assigning public IPs without an internet gateway route',
      count(t.autoAssignSubnets),
    ],
    ['Accounts scanned', count(t.accountsScanned)],
    ['Account-regions scanned', count(t.accountRegionsScanned)],
    [
      'Account-regions read completely',
      `${count(input.result.coverage.complete)} of ${count(input.result.coverage.planned)}`,
    ],
    ['Accounts not checked (not ACTIVE)', count(t.uncheckedAccounts)],
    ['Scan errors', count(t.scanErrors)],
  ];
  return ['### Totals', '', ...table(['', 'Count'], ['l', 'r'], rows)];
}

function costSection({ cost }: SummaryInput): string[] {
  const services = capped(cost.byService, MAX_SERVICE_ROWS, 'services');
  return [
    '### Cost',
    '',
    `At $${cost.pricePerIpHour} per address-hour, ${cost.hoursPerMonth} hours a month; BYOIP addresses are free.`,
    '',
    ...table(
      ['', 'USD a month'],
      ['l', 'r'],
      [
        ['Total', `**${formatUsdForPeople(cost.totalMonthlyUsd)}**`],
        [
          'Potential savings (HIGH-suspicion addresses and unassociated Elastic IPs)',
          `**${formatUsdForPeople(cost.potentialSavingsUsd)}**`,
        ],
      ],
    ),
    ...(services.shown.length === 0
      ? []
      : [
          '',
          ...table(
            ['Service', 'Addresses', 'USD a month'],
            ['l', 'r', 'r'],
            services.shown.map((t) => [
              `\`${t.service}\``,
              count(t.addresses),
              formatUsdForPeople(t.monthlyUsd),
            ]),
          ),
          ...services.moreLine,
        ]),
  ];
}

function highSection(input: SummaryInput): string[] {
  const high = input.result.eniPublicIps.filter((ip) => ip.suspicion === 'HIGH');
  const heading = `### HIGH-suspicion public IPs (${count(high.length)})`;
  if (high.length === 0) return [heading, '', 'None.'];
  if (countsOnly(input)) return [heading, '', LEFT_OUT];
  const { shown, moreLine } = capped(
    high,
    input.maxHighRows ?? DEFAULT_MAX_HIGH_ROWS,
    'HIGH-suspicion public IPs',
  );
  return [
    heading,
    '',
    ...table(
      ['Account', 'Region', 'Resource', 'Service', 'Address', 'Reason'],
      ['l', 'l', 'l', 'l', 'l', 'l'],
      shown.map((ip) => [
        ip.ownerAccountId,
        ip.region,
        escapeMarkdown(interfaceSubject(ip)),
        `\`${ip.service}\``,
        ip.address,
        escapeMarkdown(ip.reasons.join(' ')),
      ]),
    ),
    ...moreLine,
  ];
}

function accountsSection(input: SummaryInput): string[] {
  const { result, cost } = input;
  if (countsOnly(input)) return [];
  if (cost.byAccount.length === 0) return ['### Accounts', '', 'No public IPv4 address found.'];
  const high = new Map<string, number>();
  for (const ip of result.eniPublicIps) {
    if (ip.suspicion === 'HIGH')
      high.set(ip.ownerAccountId, (high.get(ip.ownerAccountId) ?? 0) + 1);
  }
  const unassociated = new Map<string, number>();
  for (const eip of result.unassociatedEips) {
    unassociated.set(eip.accountId, (unassociated.get(eip.accountId) ?? 0) + 1);
  }
  const { shown, moreLine } = capped(
    cost.byAccount,
    input.maxAccountRows ?? DEFAULT_MAX_ACCOUNT_ROWS,
    'accounts',
  );
  return [
    '### Accounts',
    '',
    'Most expensive first; accounts without a public IPv4 address are left out.',
    '',
    ...table(
      ['Account', 'Public IPs', 'HIGH', 'Unassociated EIPs', 'USD a month'],
      ['l', 'r', 'r', 'r', 'r'],
      shown.map((a) => [
        a.accountId,
        count(a.addresses),
        count(high.get(a.accountId) ?? 0),
        count(unassociated.get(a.accountId) ?? 0),
        formatUsdForPeople(a.monthlyUsd),
      ]),
    ),
    ...moreLine,
  ];
}

function scanErrorsSection(input: SummaryInput): string[] {
  const errors = input.result.scanErrors;
  const heading = `### Scan errors (${count(errors.length)})`;
  if (errors.length === 0) return [heading, '', 'None: every call succeeded.'];
  if (countsOnly(input)) return [heading, '', LEFT_OUT];
  const { shown, moreLine } = capped(errors, MAX_SCAN_ERROR_ROWS, 'scan errors');
  return [
    heading,
    '',
    'The scan went on without the data of these calls; the reports miss what they would have found.',
    '',
    ...table(
      ['Account', 'Region', 'API', 'Error'],
      ['l', 'l', 'l', 'l'],
      // The code is whatever the endpoint answered: user text. The rest is ours.
      shown.map((e) => [
        escapeMarkdown(e.accountId),
        escapeMarkdown(e.region),
        escapeMarkdown(e.api),
        text(e.errorCode),
      ]),
    ),
    ...moreLine,
  ];
}

function changesSection(input: SummaryInput): string[] {
  const { baselineDiff: diff, gate } = input;
  const listed = (changes: BaselineChange[]) =>
    countsOnly(input)
      ? []
      : changes
          .slice(0, 20)
          .map(
            (c) => `- ${text(c.address)} ${text(c.key)}${c.suspicion ? ` (${c.suspicion})` : ''}`,
          );
  const lines: string[] = [];
  if (gate.counts.suppressed > 0) {
    lines.push(
      `**${count(gate.counts.suppressed)}** finding(s) are suppressed (accepted with a reason): they stay in the reports and do not count for the gate.`,
    );
  }
  if (diff === undefined) return lines.length === 0 ? [] : ['### Suppressions', '', ...lines];
  const sign = diff.monthlyCostDeltaUsd >= 0 ? '+' : '−';
  const source = countsOnly(input) ? '' : `Baseline: ${text(diff.source)}. `;
  const newLines = listed(diff.newFindings);
  const goneLines = listed(diff.goneFindings);
  return [
    '### Since the baseline',
    '',
    `${source}**${count(diff.newFindings.length)}** new, **${count(diff.goneFindings.length)}** gone, ` +
      `${count(diff.changedSuspicion.length)} changed suspicion, ${count(diff.unchanged)} unchanged; ` +
      `${count(diff.newUnassociatedEips.length)} new unassociated Elastic IPs. Monthly cost ${sign}${formatUsdForPeople(Math.abs(diff.monthlyCostDeltaUsd))}. ` +
      `Gate counts: ${gate.counts.scope === 'new' ? 'new findings only' : 'all findings'}.`,
    ...(newLines.length > 0 ? ['', '**New:**', ...newLines] : []),
    ...(goneLines.length > 0 ? ['', '**Gone:**', ...goneLines] : []),
    ...lines.flatMap((l) => ['', l]),
  ];
}

function gateSection(input: SummaryInput): string[] {
  const { gate } = input;
  const thresholds = gate.checks.filter((check) => check.input !== COVERAGE_CHECK);
  const lines = ['### Gate', ''];
  lines.push(gate.passed ? '✅ **Passed**' : '❌ **Failed**');
  if (thresholds.length === 0) {
    lines.push('', 'No thresholds set: the gate fails only when nothing could be scanned.');
  } else {
    lines.push(
      '',
      ...table(
        ['Check', 'Count', 'Limit', 'Result'],
        ['l', 'r', 'r', 'l'],
        thresholds.map((check) => [
          `\`${check.input}\``,
          count(check.count),
          count(check.limit),
          check.passed ? '✅ within' : `❌ over by ${count(check.count - check.limit)}`,
        ]),
      ),
    );
  }
  // Messages carry AWS ids and error codes: prose, escaped; counts only where ids stay out.
  const said = (v: GateCheck) =>
    countsOnly(input)
      ? `- \`${v.input}\`: ${count(v.count)} (limit ${count(v.limit)})`
      : `- ${escapeMarkdown(v.message)}`;
  return gate.violations.length === 0 ? lines : [...lines, '', ...gate.violations.map(said)];
}

/** Said at the top when the scan is partial, so no one reads the numbers as the whole truth. */
function coverageWarning(input: SummaryInput): string[] {
  const { coverage } = input.result;
  if (coverage.gaps.length === 0) return [];
  const shown = coverage.gaps.slice(0, 5).map((gap) => escapeMarkdown(describeGap(gap)));
  const more = coverage.gaps.length - shown.length;
  const which = countsOnly(input)
    ? ''
    : `Not read completely: ${shown.join('; ')}${more > 0 ? `; and ${count(more)} more` : ''}. `;
  return [
    `> [!WARNING]`,
    `> **Partial scan**: ${count(coverage.complete)} of ${count(coverage.planned)} account-regions were read completely. ` +
      `${which}What was not read is not in these numbers.`,
  ];
}

function writeErrorSection({ writeError }: SummaryInput): string[] {
  if (writeError === undefined) return [];
  return ['### Reports', '', `❌ ${text(writeError)}`];
}

/** An http(s) URL safe to put in a markdown link target, or undefined. */
function linkTarget(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  // `href` is already percent-encoded but may hold characters that end a link target.
  return parsed.href.replace(
    /[()<>"'\\ ]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function artifactSection({ artifact }: SummaryInput): string[] {
  if (artifact === undefined) return [];
  const name = text(artifact.name);
  const target = artifact.url === undefined ? undefined : linkTarget(artifact.url);
  let line: string;
  if (artifact.error !== undefined) {
    line = `⚠️ The reports could not be uploaded as ${name}: ${text(artifact.error)}`;
  } else if (target !== undefined) {
    line = `Download the reports: [${name}](${target}) — CSV, JSON and an HTML report`;
  } else {
    line = `The reports are in the workflow artifact ${name} — CSV, JSON and an HTML report`;
  }
  return ['### Reports', '', line];
}

/** Cuts at a line boundary so no table row or character reference is left half written. */
function capBytes(markdown: string, maxBytes: number): string {
  if (Buffer.byteLength(markdown) <= maxBytes) return markdown;
  const note = `\n> [!WARNING]\n> This summary was cut at ${count(Math.floor(maxBytes / 1024))} KiB; the artifact holds every finding.\n`;
  const budget = maxBytes - Buffer.byteLength(note) - 1;
  const kept: string[] = [];
  let used = 0;
  for (const line of markdown.split('\n')) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
  }
  return `${kept.join('\n')}\n${note}`;
}

export function summaryMarkdown(input: SummaryInput): string {
  const { cost, gate } = input;
  const sections = [
    [
      '## AWS public IPv4 audit',
      '',
      `**${count(cost.addressCount)}** public IPv4 addresses cost **${formatUsdForPeople(cost.totalMonthlyUsd)}** a month; ` +
        `releasing the unnecessary ones would save up to **${formatUsdForPeople(cost.potentialSavingsUsd)}**. ` +
        `Gate: **${gate.passed ? 'passed' : 'failed'}**.`,
    ],
    coverageWarning(input),
    trendLines(input.history),
    totalsSection(input),
    costSection(input),
    highSection(input),
    ...actionsSections(input, countsOnly(input)),
    accountsSection(input),
    scanErrorsSection(input),
    changesSection(input),
    gateSection(input),
    writeErrorSection(input),
    artifactSection(input),
  ].filter((section) => section.length > 0);
  const markdown = `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
  return capBytes(markdown, input.maxBytes ?? MAX_SUMMARY_BYTES);
}
