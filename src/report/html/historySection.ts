// The report's "History" section: the trend chart and, for those who read tables, the same
// numbers run by run. Nothing when the history is this run alone: one run is no trend.
import { HISTORY_LIMIT, type HistoryEntry } from '../../analyze/history.js';
import { formatUsdForPeople } from '../../format/formatUsd.js';
import { escapeHtml as h } from './escapeHtml.js';
import { formatCount } from '../../common/formatCount.js';
import { SUSPICION_ORDER } from '../../model/findings.js';
import { runTime } from '../trendLine.js';
import { scopeRelation } from './scopeRelation.js';
import { trendChart } from './trendChart.js';

const HEADERS = [
  'Run (scan start)',
  'Public IPv4 addresses',
  'Monthly cost',
  'Potential savings',
  ...SUSPICION_ORDER,
  'Unassociated EIPs',
  'Account-regions read',
  'Scope',
];

/** A cell named by its column: on a phone each row is a card of "column: value" lines. */
const cell = (column: number, text: string, attributes = '') =>
  `<td data-label="${h(HEADERS[column] ?? '')}"${attributes}>${h(text)}</td>`;

function row(entry: HistoryEntry, latest: HistoryEntry): string {
  const current = entry === latest;
  const numbers = [
    formatCount(entry.publicIpv4Addresses),
    formatUsdForPeople(entry.monthlyCostUsd),
    formatUsdForPeople(entry.potentialSavingsUsd),
    ...SUSPICION_ORDER.map((s) => formatCount(entry.bySuspicion[s])),
    formatCount(entry.unassociatedEips),
    `${formatCount(entry.accountRegionsComplete)} of ${formatCount(entry.accountRegionsPlanned)}`,
  ];
  return (
    `<tr${current ? ' data-current' : ''}>` +
    cell(0, `${runTime(entry)}${current ? ' (this run)' : ''}`) +
    numbers.map((n, i) => cell(i + 1, n, ' class="num"')).join('') +
    cell(HEADERS.length - 1, scopeRelation(entry, latest), ' data-scope') +
    `</tr>`
  );
}

function historyTable(history: readonly HistoryEntry[]): string {
  const head = HEADERS.map(
    (label, i) =>
      `<th scope="col"${i === 0 || i === HEADERS.length - 1 ? '' : ' class="num"'}>${h(label)}</th>`,
  ).join('');
  const latest = history.at(-1) as HistoryEntry;
  const body = history.map((entry) => row(entry, latest)).join('');
  return (
    `<div class="scroll"><table class="summary" data-history>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
  );
}

export function historySection(history: readonly HistoryEntry[]): string {
  if (history.length < 2) return '';
  const latest = history.at(-1) as HistoryEntry;
  const others = history.filter((e) => scopeRelation(e, latest) === 'other account-regions');
  const unrecorded = history.filter((e) => scopeRelation(e, latest) === 'not recorded');
  const scopeNote =
    (others.length === 0
      ? ''
      : ` ${formatCount(others.length)} of these runs read other account-regions than this run (filled grey points): their totals do not compare with this run's.`) +
    (unrecorded.length === 0
      ? ''
      : ` ${formatCount(unrecorded.length)} did not record which account-regions they read.`);
  return (
    `<section id="history" aria-labelledby="history-title"><h2 id="history-title">History</h2>` +
    `<p class="note">One point per run, oldest first: the runs this report's baseline carried, ` +
    `then this one (the last ${HISTORY_LIMIT} are kept). Each chart runs from its lowest value to its highest.${h(scopeNote)}</p>` +
    trendChart(history) +
    historyTable(history) +
    `</section>`
  );
}
