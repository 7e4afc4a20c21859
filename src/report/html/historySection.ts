// The report's "History" section: the trend chart and, for those who read tables, the same
// numbers run by run. Nothing when the history is this run alone: one run is no trend.
import { HISTORY_LIMIT, type HistoryEntry } from '../../analyze/history.js';
import { formatUsdForPeople } from '../formatUsd.js';
import { escapeHtml as h } from './escapeHtml.js';
import { formatCount } from '../../common/formatCount.js';
import { SUSPICION_ORDER } from './suspicionOrder.js';
import { runTime } from '../trendLine.js';
import { trendChart } from './trendChart.js';

const HEADERS = [
  'Run (scan start)',
  'Public IPv4 addresses',
  'Monthly cost',
  'Potential savings',
  ...SUSPICION_ORDER,
  'Unassociated EIPs',
  'Account-regions read',
];

function row(entry: HistoryEntry, current: boolean): string {
  const cells = [
    formatCount(entry.publicIpv4Addresses),
    formatUsdForPeople(entry.monthlyCostUsd),
    formatUsdForPeople(entry.potentialSavingsUsd),
    ...SUSPICION_ORDER.map((s) => formatCount(entry.bySuspicion[s])),
    formatCount(entry.unassociatedEips),
    `${formatCount(entry.accountRegionsComplete)} of ${formatCount(entry.accountRegionsPlanned)}`,
  ];
  return (
    `<tr${current ? ' data-current' : ''}><td>${h(runTime(entry))}${current ? ' (this run)' : ''}</td>` +
    cells.map((c) => `<td class="num">${h(c)}</td>`).join('') +
    `</tr>`
  );
}

function historyTable(history: readonly HistoryEntry[]): string {
  const head = HEADERS.map(
    (label, i) => `<th scope="col"${i === 0 ? '' : ' class="num"'}>${h(label)}</th>`,
  ).join('');
  const body = history.map((entry, i) => row(entry, i === history.length - 1)).join('');
  return (
    `<div class="scroll"><table class="summary" data-history>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
  );
}

export function historySection(history: readonly HistoryEntry[]): string {
  if (history.length < 2) return '';
  return (
    `<section id="history" aria-labelledby="history-title"><h2 id="history-title">History</h2>` +
    `<p class="note">One point per run, oldest first: the runs this report's baseline carried, ` +
    `then this one (the last ${HISTORY_LIMIT} are kept). Each chart runs from its lowest value to its highest.</p>` +
    trendChart(history) +
    historyTable(history) +
    `</section>`
  );
}
