// The job summary and PR comment: what a person reads first. GitHub refuses a step summary over
// 1 MiB, and an organisation can hold tens of thousands of findings, so every list is capped and
// the whole text has a hard byte cap; the artifact holds the rest. Text from AWS resources, from
// endpoints and in messages is escaped; ids of the findings and our own labels are written as is.
import { interfaceSubject } from '../kinds/eniPublicIps.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { formatCount as count, plural } from '../common/formatCount.js';
import { byoipWords } from './costWords.js';
import { capped, table, text } from './markdownBlocks.js';
import { reconciliationTexts } from './reconciliationText.js';
import { savingsSection, topActionsSection } from './summaryActions.js';
import { formatUsdForPeople } from '../format/formatUsd.js';
import { countsOnly, LEFT_OUT, type SummaryInput } from './summaryInput.js';
import {
  artifactSection,
  changesSection,
  coverageWarning,
  gateSection,
  policyDeniedNote,
  verdictHeading,
  writeErrorSection,
} from './summaryStatus.js';
import { planSection } from './planSummary.js';
import { trendLines } from './trendLine.js';

const DEFAULT_MAX_HIGH_ROWS = 50;
const DEFAULT_MAX_ACCOUNT_ROWS = 100;
export const MAX_SUMMARY_BYTES = 900 * 1024;
const MAX_SERVICE_ROWS = 25;
const MAX_SCAN_ERROR_ROWS = 10;
const DETAILS_OPEN =
  '<details><summary>Totals, cost, savings by action, HIGH-suspicion addresses, accounts, scan errors</summary>';
const DETAILS_CLOSE = '</details>';

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
    [
      'Accounts not checked (not ACTIVE, or excluded: see unchecked_accounts.csv)',
      count(t.uncheckedAccounts),
    ],
    ['Scan errors', count(t.scanErrors)],
    ...(t.policyDenied === 0
      ? []
      : [
          ['Account-regions denied by an organisation policy', count(t.policyDenied)] as [
            string,
            string,
          ],
        ]),
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
        [
          `Total (${[plural(cost.addressCount, 'address', 'addresses'), byoipWords(cost)].filter(Boolean).join('; ')})`,
          `**${formatUsdForPeople(cost.totalMonthlyUsd)}**`,
        ],
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
      // Ids and addresses are as AWS answered them: escaped like any other outside text.
      shown.map((ip) => [
        escapeMarkdown(ip.ownerAccountId),
        escapeMarkdown(ip.region),
        escapeMarkdown(interfaceSubject(ip)),
        `\`${ip.service}\``,
        escapeMarkdown(ip.address),
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
        escapeMarkdown(a.accountId),
        count(a.addresses),
        count(high.get(a.accountId) ?? 0),
        count(unassociated.get(a.accountId) ?? 0),
        formatUsdForPeople(a.monthlyUsd),
      ]),
    ),
    ...moreLine,
  ];
}

/** The scan against AWS's records, when a reconciliation is on (reconciliationText.ts). */
function reconciliationSection(input: SummaryInput): string[] {
  const parts = reconciliationTexts(input.reconciliation, text, !countsOnly(input));
  if (parts.length === 0) return [];
  return [
    "### Against AWS's records",
    ...parts.flatMap((part) => [
      '',
      `**${part.headline}.**`,
      ...(part.items.length > 0 ? ['', ...part.items.map((item) => `- ${item}`)] : []),
      ...(part.more > 0 ? [`- …and ${count(part.more)} more in the artifact.`] : []),
      ...(part.details.length > 0 ? ['', ...part.details] : []),
    ]),
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

function policyDeniedSection(input: SummaryInput): string[] {
  const denied = input.result.policyDenied;
  if (denied.length === 0) return [];
  const heading = `### Denied by an organisation policy (${count(denied.length)})`;
  if (countsOnly(input)) return [heading, '', LEFT_OUT];
  const { shown, moreLine } = capped(denied, MAX_SCAN_ERROR_ROWS, 'account-regions');
  return [
    heading,
    '',
    'Every call of these account-regions was refused by an explicit deny in an organisation policy; policy_denied.csv lists them all.',
    '',
    ...table(
      ['Account', 'Region', 'Policy', 'Example call'],
      ['l', 'l', 'l', 'l'],
      shown.map((d) => [
        escapeMarkdown(d.accountId),
        escapeMarkdown(d.region),
        escapeMarkdown(d.policy),
        escapeMarkdown(d.exampleCall),
      ]),
    ),
    ...moreLine,
  ];
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
  // A cut inside the folded part closes it, so the note is not folded away with it.
  const open = kept.includes(DETAILS_OPEN) && !kept.includes(DETAILS_CLOSE);
  return `${kept.join('\n')}\n${open ? `\n${DETAILS_CLOSE}\n` : ''}${note}`;
}

export function summaryMarkdown(input: SummaryInput): string {
  const { cost, gate } = input;
  const byoip = byoipWords(cost);
  const changes = changesSection(input);
  // The verdict and why, what changed, and the top actions are what a PR comment's reader sees;
  // the long tables are folded, so the visible part stays one screen whatever the organisation.
  // With a plan, what the pull request changes comes right after the verdict; the live
  // organisation after it.
  const plan = input.plan
    ? planSection(input.plan, {
        ...(input.detail ? { detail: input.detail } : {}),
        ...(input.maxPlanRows === undefined ? {} : { maxRows: input.maxPlanRows }),
      })
    : [];
  const visible = [
    [verdictHeading(input), '', ...gateSection(input)],
    plan,
    [
      ...(input.plan ? ['### The live organisation', ''] : []),
      `**${count(cost.addressCount)}** public IPv4 addresses cost **${formatUsdForPeople(cost.totalMonthlyUsd)}** a month` +
        `${byoip === undefined ? '' : ` (${byoip})`}; ` +
        `releasing the unnecessary ones would save up to **${formatUsdForPeople(cost.potentialSavingsUsd)}**. ` +
        `Gate: **${gate.passed ? 'passed' : 'failed'}**.`,
    ],
    coverageWarning(input),
    policyDeniedNote(input),
    trendLines(input.history, input.baselineDiff?.scope),
    // The heading and its sentence; the lists of addresses are folded with the tables.
    changes.slice(0, 3),
    topActionsSection(input, countsOnly(input)),
  ];
  const folded = [
    totalsSection(input),
    costSection(input),
    savingsSection(input),
    highSection(input),
    accountsSection(input),
    reconciliationSection(input),
    scanErrorsSection(input),
    policyDeniedSection(input),
    changes.length > 3 ? ['### Changes in detail', ...changes.slice(3)] : [],
  ].filter((section) => section.length > 0);
  const sections = [
    ...visible,
    [DETAILS_OPEN, '', folded.map((lines) => lines.join('\n')).join('\n\n'), '', DETAILS_CLOSE],
    writeErrorSection(input),
    artifactSection(input),
  ].filter((section) => section.length > 0);
  const markdown = `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
  return capBytes(markdown, input.maxBytes ?? MAX_SUMMARY_BYTES);
}
