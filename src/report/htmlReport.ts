// `{epoch}_report.html`: one self-contained page for people who download the artifact. It loads
// nothing (its policy forbids every source but its own inline style and script), so it works
// from file:// and cannot leak anything about the organisation. Headline numbers, the chart and
// the breakdowns are written here; the long tables travel as compact JSON and are drawn by the
// inline script, which keeps 50,000 findings fast and the file a few megabytes.
import { monthlyCostUsd, type CostSummary } from '../analyze/cost.js';
import { ACTION_LABELS } from '../model/recommendedAction.js';
import type { EniPublicIp, Suspicion } from '../model/findings.js';
import type { GateResult } from '../gate/evaluateGate.js';
import type { ScanResult } from '../model/scanResult.js';
import type { Coverage } from '../model/coverage.js';
import { describeGap } from '../analyze/coverage.js';
import { TOOL_NAME, VERSION } from '../common/version.js';
import { formatUsdForPeople } from '../format/formatUsd.js';
import { contentSecurityPolicy } from './html/contentSecurityPolicy.js';
import { contentsNav } from './html/contentsNav.js';
import { costBarChart } from './html/costBarChart.js';
import { byoipWords, savingsByActionTotalWords } from './costWords.js';
import { escapeHtml } from './html/escapeHtml.js';
import { formatCount, plural } from '../common/formatCount.js';
import { historySection } from './html/historySection.js';
import { reconciliationSection } from './html/reconciliationSection.js';
import { REPORT_SCRIPT } from './html/pageScript.generated.js';
import { REPORT_STYLE } from './html/reportStyle.js';
import { PAGE_TABLES } from './html/pageTables.js';
import { planChangesHtml } from './planChangesHtml.js';
import type { TableDefinition } from './html/reportTables.js';
import { SUSPICION_ORDER } from '../model/findings.js';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import type { ReportTotals } from '../audit/reportTotals.js';

// The policy names the exact bytes of the style and script, so both are fixed strings.
const POLICY = contentSecurityPolicy({ script: REPORT_SCRIPT, style: REPORT_STYLE });

const h = escapeHtml;

/** `2026-01-01 00:05:00 UTC`: the same on every machine. */
function utc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return minutes === 0 ? `${seconds} s` : `${minutes} min ${seconds % 60} s`;
}

interface Card {
  metric: string;
  label: string;
  value: string;
  sub?: string;
  tone?: string;
}

function cards(list: readonly Card[]): string {
  const items = list.map(
    (c) =>
      `<div class="card${c.tone === undefined ? '' : ` ${c.tone}`}">` +
      `<div class="label">${h(c.label)}</div>` +
      `<div class="value" data-metric="${h(c.metric)}">${h(c.value)}</div>` +
      (c.sub === undefined ? '' : `<div class="sub">${h(c.sub)}</div>`) +
      `</div>`,
  );
  return `<div class="cards">${items.join('')}</div>`;
}

function headline(
  result: ScanResult,
  totals: ReportTotals,
  cost: CostSummary,
  gate: GateResult,
): string {
  const regions = new Set(result.targets.map((t) => t.region)).size;
  const suspicionCards = SUSPICION_ORDER.map((s): Card => ({
    metric: s.toLowerCase(),
    label: `${s} suspicion`,
    value: formatCount(totals.bySuspicion[s]),
    sub: 'interface addresses',
    tone: s.toLowerCase(),
  }));
  return cards([
    {
      metric: 'public-ips',
      label: 'Public IPv4 addresses',
      value: formatCount(totals.publicIpv4Addresses),
      sub: `${formatCount(totals.byoipAddresses)} BYOIP (free)`,
    },
    ...suspicionCards,
    {
      metric: 'unassociated-eips',
      label: 'Unassociated EIPs',
      value: formatCount(totals.unassociatedEips),
      sub: `${formatCount(totals.unassociatedEipsCharged)} charged`,
      tone: totals.unassociatedEipsCharged > 0 ? 'high' : undefined,
    },
    {
      metric: 'monthly-cost',
      label: 'Monthly cost',
      value: formatUsdForPeople(cost.totalMonthlyUsd),
      // The count it prices, as the card beside it gives it.
      sub: [plural(cost.addressCount, 'address', 'addresses'), byoipWords(cost)]
        .filter(Boolean)
        .join('; '),
    },
    {
      metric: 'potential-savings',
      label: 'Potential savings',
      value: formatUsdForPeople(cost.potentialSavingsUsd),
      sub: 'a month: HIGH + unassociated',
    },
    {
      metric: 'accounts',
      label: 'Accounts scanned',
      value: formatCount(totals.accountsScanned),
      sub: `${formatCount(totals.uncheckedAccounts)} not scanned`,
    },
    {
      metric: 'regions',
      label: 'Regions scanned',
      value: formatCount(regions),
      sub: plural(totals.accountRegionsScanned, 'account-region', 'account-regions'),
    },
    {
      metric: 'scan-errors',
      label: 'Scan errors',
      value: formatCount(totals.scanErrors),
      sub:
        (totals.scanErrors === 0
          ? 'complete coverage'
          : `${formatCount(result.coverage.complete)} of ${formatCount(result.coverage.planned)} account-regions read completely`) +
        (totals.policyDenied === 0
          ? ''
          : `; ${plural(totals.policyDenied, 'account-region', 'account-regions')} denied by policy`),
      tone: totals.scanErrors > 0 ? 'fail' : undefined,
    },
    {
      metric: 'gate',
      label: 'Gate',
      value: gate.passed ? 'Passed' : 'Failed',
      sub: gate.passed
        ? 'no threshold exceeded'
        : plural(gate.violations.length, 'violation', 'violations'),
      tone: gate.passed ? 'pass' : 'fail',
    },
  ]);
}

/**
 * At the top of a partial scan, as the terminal and the job summary say it: what was not read is
 * not in the numbers below, and a gate that passed did not check it.
 */
function partialScanWarning(coverage: Coverage): string {
  if (coverage.gaps.length === 0) return '';
  const shown = coverage.gaps.slice(0, 5).map(describeGap);
  const more = coverage.gaps.length - shown.length;
  return (
    `<div class="verdict partial" role="alert" data-coverage="partial"><strong>Partial scan.</strong> ` +
    `${h(`${formatCount(coverage.complete)} of ${formatCount(coverage.planned)} account-regions were read completely. ` + `Not read completely: ${shown.join('; ')}${more > 0 ? `; and ${formatCount(more)} more` : ''}. `)}` +
    `What was not read is not in these numbers, and the gate did not check it.</div>`
  );
}

function verdict(gate: GateResult, coverage: Coverage): string {
  if (gate.passed && coverage.gaps.length > 0) {
    return '<div class="verdict partial" data-gate="passed"><strong>Gate passed on a partial scan.</strong> No threshold was exceeded in what was read.</div>';
  }
  if (gate.passed) {
    return '<div class="verdict pass" data-gate="passed"><strong>Gate passed.</strong> No threshold was exceeded.</div>';
  }
  const items = gate.violations.map((v) => `<li>${h(v.message)}</li>`).join('');
  return `<div class="verdict fail" data-gate="failed"><strong>Gate failed.</strong><ul>${items}</ul></div>`;
}

interface SummaryRow {
  label: string;
  addresses: number;
  monthlyUsd: number;
  badge?: boolean;
}

function summaryTable(
  caption: string,
  noun: string,
  rows: readonly SummaryRow[],
  counted = 'Addresses',
  money = 'Monthly cost',
): string {
  const body = rows
    .map(
      (r) =>
        `<tr><td>${r.badge === true ? `<span class="badge" data-value="${h(r.label)}">${h(r.label)}</span>` : h(r.label)}</td>` +
        `<td class="num">${formatCount(r.addresses)}</td>` +
        `<td class="num">${h(formatUsdForPeople(r.monthlyUsd))}</td></tr>`,
    )
    .join('');
  const addresses = rows.reduce((n, r) => n + r.addresses, 0);
  const usd = rows.reduce((n, r) => n + r.monthlyUsd, 0);
  return (
    `<div><h3>${h(caption)}</h3><table class="summary">` +
    `<thead><tr><th scope="col">${h(noun)}</th><th scope="col" class="num">${h(counted)}</th><th scope="col" class="num">${h(money)}</th></tr></thead>` +
    `<tbody>${body === '' ? '<tr><td colspan="3" class="none">None.</td></tr>' : body}</tbody>` +
    `<tfoot><tr><td>Total</td><td class="num">${formatCount(addresses)}</td><td class="num">${h(formatUsdForPeople(usd))}</td></tr></tfoot>` +
    `</table></div>`
  );
}

/** Interface addresses and their cost by suspicion: rows, like the findings table they filter. */
function bySuspicion(ips: readonly EniPublicIp[], price: number): SummaryRow[] {
  const tally = {} as Record<Suspicion, { addresses: number; charged: number }>;
  for (const s of SUSPICION_ORDER) tally[s] = { addresses: 0, charged: 0 };
  for (const ip of ips) {
    tally[ip.suspicion].addresses += 1;
    if (!ip.byoip) tally[ip.suspicion].charged += 1;
  }
  // Counts times the unit price, as the cost summary does: no drift from repeated additions.
  return SUSPICION_ORDER.map((s) => ({
    label: s,
    addresses: tally[s].addresses,
    monthlyUsd: tally[s].charged * monthlyCostUsd(price, false),
    badge: true,
  }));
}

function breakdowns(result: ScanResult, cost: CostSummary, price: number): string {
  const byService = cost.byService.map((s) => ({
    label: s.service,
    addresses: s.addresses,
    monthlyUsd: s.monthlyUsd,
  }));
  const byAction = cost.savingsByAction.map((a) => ({
    label: ACTION_LABELS[a.kind],
    addresses: a.findings,
    monthlyUsd: a.monthlyUsd,
  }));
  return (
    `<section aria-labelledby="breakdown-title"><h2 id="breakdown-title">Breakdown</h2><div class="split">` +
    `<div data-breakdown="service">${summaryTable('Cost by service (every distinct address)', 'Service', byService)}</div>` +
    summaryTable(
      'By suspicion (addresses on network interfaces)',
      'Suspicion',
      bySuspicion(result.eniPublicIps, price),
    ) +
    `<div data-breakdown="actions">${summaryTable('Savings by recommended action', 'Action', byAction, 'Findings', 'Saves a month')}` +
    (byAction.length === 0
      ? ''
      : `<p class="note" data-savings-total>${h(savingsByActionTotalWords(cost))}</p>`) +
    `</div>` +
    `</div></section>`
  );
}

function chart(cost: CostSummary): string {
  return (
    `<section aria-labelledby="chart-title"><h2 id="chart-title">Monthly cost by account</h2>` +
    costBarChart(cost.byAccount) +
    `<div class="legend"><span>monthly cost</span><span class="savings">of which potential savings</span></div>` +
    `</section>`
  );
}

/** A sortable column header; its data attributes tell the page's script how to treat the column. */
function headerCell(column: TableDefinition['columns'][number]): string {
  const attributes = [
    `scope="col"`,
    `data-kind="${column.kind}"`,
    column.kind === 'usd' ? 'class="num"' : '',
    column.badge === true ? 'data-badge' : '',
    column.wrap === true ? 'data-wrap' : '',
    column.words === true ? 'data-words' : '',
    column.code === true ? 'data-code' : '',
    column.order === undefined ? '' : `data-order="${h(column.order.join(' '))}"`,
  ].filter((a) => a !== '');
  return (
    `<th ${attributes.join(' ')}>` +
    `<button type="button">${h(column.label)}<span class="arrow" aria-hidden="true"></span></button></th>`
  );
}

function* tableSection(table: TableDefinition, outcome: AuditOutcome): Generator<string> {
  const id = h(table.id);
  const headers = table.columns.map(headerCell).join('');
  const selects = table.selects
    .map(
      (s) =>
        `<select data-column="${s.column}" aria-label="${h(s.label)}">` +
        `<option value="">Any ${h(s.label.toLowerCase())}</option>` +
        s.values.map((v) => `<option value="${h(v)}">${h(v)}</option>`).join('') +
        `</select>`,
    )
    .join('');
  const hasCost = table.columns.some((c) => c.kind === 'usd');
  yield (
    `<section id="${id}" data-table="${id}" aria-labelledby="${id}-title">` +
    `<h2 id="${id}-title">${h(table.title)}</h2>` +
    `<div class="toolbar">` +
    `<input type="search" data-filter placeholder="Filter: words in any column" aria-label="Filter ${h(table.noun)}">` +
    selects +
    `<span class="count"><span data-count aria-live="polite"></span>` +
    (hasCost ? ` · <span data-sum></span>` : '') +
    `</span></div>` +
    `<div class="scroll"><table><thead><tr>${headers}</tr></thead><tbody></tbody></table></div>` +
    `<p class="more" data-more hidden><span data-more-text></span><button type="button"></button></p>` +
    `<script type="application/json">`
  );
  yield* table.encode(outcome, outcome.options.pricePerIpHour);
  yield `</script></section>`;
}

/** The page in pieces, in order; join them or stream them to a file. */
export function* htmlReportChunks(outcome: AuditOutcome): Generator<string> {
  const { result, cost, totals, gate } = outcome;
  const price = outcome.options.pricePerIpHour;
  const scanned = result.finishedAt.getTime() - result.startedAt.getTime();
  yield (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${h(POLICY)}">` +
    `<meta name="referrer" content="no-referrer">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Public IPv4 audit, ${h(utc(result.startedAt))}</title>` +
    `<style>${REPORT_STYLE}</style></head><body>` +
    `<header><h1>Public IPv4 audit</h1>` +
    `<p class="meta">Scanned ${h(utc(result.startedAt))} to ${h(utc(result.finishedAt))} (${h(duration(scanned))}).</p></header>` +
    partialScanWarning(result.coverage) +
    verdict(gate, result.coverage) +
    contentsNav(outcome) +
    (outcome.plan ? planChangesHtml(outcome.plan) : '') +
    `<section aria-label="Totals">${headline(result, totals, cost, gate)}</section>` +
    chart(cost) +
    historySection(outcome.history) +
    breakdowns(result, cost, price) +
    reconciliationSection(outcome.reconciliation) +
    `<noscript><p class="note">The tables below are drawn by the page's script, which is turned off. The CSV and JSON files next to this report hold the same rows.</p></noscript>`
  );
  for (const table of PAGE_TABLES) yield* tableSection(table, outcome);
  yield (
    `<footer>${h(TOOL_NAME)} ${h(VERSION)}. Every public IPv4 address costs ${h(`$${price}`)} per hour ` +
    `(${h(formatUsdForPeople(monthlyCostUsd(price, false)))} a month of ${cost.hoursPerMonth} hours), ` +
    `in use or idle; BYOIP addresses are free. Potential savings count HIGH-suspicion interface addresses and unassociated Elastic IPs.</footer>` +
    `<script>${REPORT_SCRIPT}</script></body></html>\n`
  );
}

/** The whole page as one string (tests, small scans); writeHtmlReport streams the chunks. */
export function htmlReport(outcome: AuditOutcome): string {
  return [...htmlReportChunks(outcome)].join('');
}
