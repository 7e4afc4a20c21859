// The job summary and PR comment: what a person reads first. GitHub refuses a step summary over
// 1 MiB, and an organisation can hold tens of thousands of findings, so every list is capped and
// the whole text has a hard byte cap; the artifact holds the rest. Text from AWS resources, from
// endpoints and in messages is escaped; ids of the findings and our own labels are written as is.
import type { BaselineChange, BaselineDiff } from '../analyze/baselineDiff.js';
import type { CostSummary } from '../analyze/cost.js';
import type { GateResult } from '../gate.js';
import type { Thresholds } from '../options.js';
import type { ScanResult } from '../scanResult.js';
import { clip, escapeMarkdown } from './escapeMarkdown.js';
import { formatUsdForPeople } from './formatUsd.js';
import { reportTotals } from './reportTotals.js';

export interface SummaryArtifact {
  name: string;
  url?: string;
  /** Why the upload failed, when it did. */
  error?: string;
}

export interface SummaryInput {
  result: ScanResult;
  cost: CostSummary;
  gate: GateResult;
  thresholds: Thresholds;
  artifact?: SummaryArtifact;
  /** Rows of the HIGH-suspicion table; default 50. */
  maxHighRows?: number;
  /** Rows of the per-account table; default 100. */
  maxAccountRows?: number;
  /** Hard cap on the whole text, in UTF-8 bytes; default 900 KiB (GitHub's limit is 1 MiB). */
  maxBytes?: number;
  baselineDiff?: BaselineDiff;
}

export const DEFAULT_MAX_HIGH_ROWS = 50;
export const DEFAULT_MAX_ACCOUNT_ROWS = 100;
export const MAX_SUMMARY_BYTES = 900 * 1024;
const MAX_INTERFACE_TYPE_ROWS = 25;
const MAX_SCAN_ERROR_ROWS = 10;
/** Longest user text shown in a cell; longer text is cut (the artifact has it whole). */
const MAX_CELL_CHARS = 200;

/** Escaped and clipped: for any text we did not write ourselves. */
function text(value: string): string {
  return escapeMarkdown(clip(value, MAX_CELL_CHARS));
}

function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

function table(headers: string[], align: ('l' | 'r')[], rows: string[][]): string[] {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** The first `max` rows, and the line that says how many the artifact holds beyond them. */
function capped<T>(rows: readonly T[], max: number, what: string) {
  const limit = Math.max(0, Math.floor(max));
  const more = rows.length - limit;
  return {
    shown: rows.slice(0, limit),
    moreLine: more > 0 ? ['', `…and ${count(more)} more ${what} in the artifact.`] : [],
  };
}

function totalsSection(input: SummaryInput): string[] {
  const t = reportTotals(input.result, input.cost);
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
    ['Accounts not checked (not ACTIVE)', count(t.uncheckedAccounts)],
    ['Scan errors', count(t.scanErrors)],
  ];
  return ['### Totals', '', ...table(['', 'Count'], ['l', 'r'], rows)];
}

function costSection({ cost }: SummaryInput): string[] {
  const types = capped(cost.byInterfaceType, MAX_INTERFACE_TYPE_ROWS, 'interface types');
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
    ...(types.shown.length === 0
      ? []
      : [
          '',
          ...table(
            ['Interface type', 'Addresses', 'USD a month'],
            ['l', 'r', 'r'],
            types.shown.map((t) => [
              // Guessed from descriptions for unknown interface types: user text.
              text(t.interfaceType),
              count(t.addresses),
              formatUsdForPeople(t.monthlyUsd),
            ]),
          ),
          ...types.moreLine,
        ]),
  ];
}

function highSection(input: SummaryInput): string[] {
  const high = input.result.eniPublicIps.filter((ip) => ip.suspicion === 'HIGH');
  const heading = `### HIGH-suspicion public IPs (${count(high.length)})`;
  if (high.length === 0) return [heading, '', 'None.'];
  const { shown, moreLine } = capped(
    high,
    input.maxHighRows ?? DEFAULT_MAX_HIGH_ROWS,
    'HIGH-suspicion public IPs',
  );
  return [
    heading,
    '',
    ...table(
      ['Account', 'Region', 'Resource', 'Address', 'Reason'],
      ['l', 'l', 'l', 'l', 'l'],
      shown.map((ip) => [
        ip.ownerAccountId,
        ip.region,
        `${ip.interfaceId} (${text(ip.interfaceType)})`,
        ip.address,
        text(ip.reasons.join(' ')),
      ]),
    ),
    ...moreLine,
  ];
}

function accountsSection(input: SummaryInput): string[] {
  const { result, cost } = input;
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

function scanErrorsSection({ result }: SummaryInput): string[] {
  const errors = result.scanErrors;
  const heading = `### Scan errors (${count(errors.length)})`;
  if (errors.length === 0) return [heading, '', 'None: every call succeeded.'];
  const { shown, moreLine } = capped(errors, MAX_SCAN_ERROR_ROWS, 'scan errors');
  return [
    heading,
    '',
    'The scan went on without the data of these calls; the reports miss what they would have found.',
    '',
    ...table(
      ['Account', 'Region', 'API', 'Error'],
      ['l', 'l', 'l', 'l'],
      // Whatever the endpoint answered, so escaped even where AWS forms it.
      shown.map((e) => [text(e.accountId), text(e.region), text(e.api), text(e.errorCode)]),
    ),
    ...moreLine,
  ];
}

function changesSection({ baselineDiff: diff, gate }: SummaryInput): string[] {
  const lines: string[] = [];
  if (gate.counts.suppressed > 0) {
    lines.push(
      `**${count(gate.counts.suppressed)}** finding(s) are suppressed (accepted with a reason): they stay in the reports and do not count for the gate.`,
    );
  }
  if (diff === undefined) return lines.length === 0 ? [] : ['### Suppressions', '', ...lines];
  const sign = diff.monthlyCostDeltaUsd >= 0 ? '+' : '−';
  const listed = (changes: BaselineChange[]) =>
    changes
      .slice(0, 20)
      .map(
        (c) =>
          `- \`${escapeMarkdown(c.address)}\` ${escapeMarkdown(c.key)}${c.suspicion ? ` (${c.suspicion})` : ''}`,
      );
  return [
    '### Since the baseline',
    '',
    `Baseline: ${escapeMarkdown(diff.source)}. **${count(diff.newFindings.length)}** new, **${count(diff.goneFindings.length)}** gone, ` +
      `${count(diff.changedSuspicion.length)} changed suspicion, ${count(diff.unchanged)} unchanged; ` +
      `${count(diff.newUnassociatedEips.length)} new unassociated Elastic IPs. Monthly cost ${sign}${formatUsdForPeople(Math.abs(diff.monthlyCostDeltaUsd))}. ` +
      `Gate counts: ${gate.counts.scope === 'new' ? 'new findings only' : 'all findings'}.`,
    ...(diff.newFindings.length > 0 ? ['', '**New:**', ...listed(diff.newFindings)] : []),
    ...(diff.goneFindings.length > 0 ? ['', '**Gone:**', ...listed(diff.goneFindings)] : []),
    ...lines.flatMap((l) => ['', l]),
  ];
}

function gateSection({ gate, thresholds }: SummaryInput): string[] {
  const checks: [input: string, count: number, limit: number][] = [];
  if (thresholds.maxHighSuspicion !== undefined) {
    checks.push(['max-high-suspicion', gate.counts.highSuspicion, thresholds.maxHighSuspicion]);
  }
  if (thresholds.maxUnassociatedEips !== undefined) {
    checks.push([
      'max-unassociated-eips',
      gate.counts.unassociatedEips,
      thresholds.maxUnassociatedEips,
    ]);
  }
  if (thresholds.failOnScanErrors) checks.push(['fail-on-scan-errors', gate.counts.scanErrors, 0]);
  if (checks.length === 0 && gate.violations.length === 0) {
    return ['### Gate', '', 'No thresholds set: the gate passes whatever the scan finds.'];
  }
  const violated = new Set(gate.violations.map((v) => v.input));
  return [
    '### Gate',
    '',
    gate.passed ? '✅ **Passed**: no threshold was passed.' : '❌ **Failed**',
    '',
    ...table(
      ['Threshold', 'Count', 'Limit', 'Result'],
      ['l', 'r', 'r', 'l'],
      checks.map(([input, n, limit]) => [
        `\`${input}\``,
        count(n),
        count(limit),
        violated.has(input) ? `❌ over by ${count(n - limit)}` : '✅ within',
      ]),
    ),
    ...(gate.violations.length === 0
      ? []
      : ['', ...gate.violations.map((v) => `- ${escapeMarkdown(v.message)}`)]),
  ];
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
    line = `⚠️ The reports could not be uploaded as \`${name}\`: ${text(artifact.error)}`;
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
    totalsSection(input),
    costSection(input),
    highSection(input),
    accountsSection(input),
    scanErrorsSection(input),
    changesSection(input),
    gateSection(input),
    artifactSection(input),
  ].filter((section) => section.length > 0);
  const markdown = `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
  return capBytes(markdown, input.maxBytes ?? MAX_SUMMARY_BYTES);
}
