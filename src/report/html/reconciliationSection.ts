// The report's "Against AWS's records" section, when a reconciliation is on: the same headline and
// lines as the summary (reconciliationText.ts), then IPAM's rows per account-region and the bill's
// per account. Drawn here, not by the page's script: a few hundred rows at most are shown, the CSV
// files hold them all. Every text is escaped.
import type { Reconciliation } from '../../analyze/reconciliation.js';
import { formatCount } from '../../common/formatCount.js';
import { formatUsdForPeople } from '../../format/formatUsd.js';
import { reconciliationTexts, type ReconciliationText } from '../reconciliationText.js';
import { escapeHtml as h } from './escapeHtml.js';

/** Rows per table; the CSV files hold the rest. */
const RECONCILIATION_HTML_ROWS = 500;

const figure = (n: number) => String(Math.round(n * 10) / 10);

function part(text: ReconciliationText): string {
  const items = [...text.items, ...(text.more > 0 ? [`…and ${formatCount(text.more)} more`] : [])];
  return (
    `<p><strong>${h(text.headline)}.</strong></p>` +
    (items.length > 0 ? `<ul>${items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>` : '') +
    text.details.map((d) => `<p class="note">${h(d)}</p>`).join('')
  );
}

function table(caption: string, headers: string[], rows: string[][], numeric: number[]): string {
  const shown = rows.slice(0, RECONCILIATION_HTML_ROWS);
  const more = rows.length - shown.length;
  // Named by its column: on a phone each row is a card of "column: value" lines.
  const cell = (value: string, i: number) =>
    `<td data-label="${h(headers[i] ?? '')}"${numeric.includes(i) ? ' class="num"' : ''}>${h(value)}</td>`;
  return (
    `<div class="scroll"><table><caption>${h(caption)}</caption>` +
    `<thead><tr>${headers.map((x) => `<th scope="col">${h(x)}</th>`).join('')}</tr></thead>` +
    `<tbody>${shown.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table></div>` +
    (more > 0 ? `<p class="note">…and ${h(formatCount(more))} more rows in the CSV file.</p>` : '')
  );
}

export function reconciliationSection(reconciliation: Reconciliation | undefined): string {
  if (!reconciliation) return '';
  const texts = reconciliationTexts(reconciliation, (text) => text);
  const ipam = reconciliation.ipam;
  const bill = reconciliation.billing?.reconciliation;
  return (
    `<section id="reconciliation" aria-labelledby="reconciliation-title">` +
    `<h2 id="reconciliation-title">Against AWS's records</h2>` +
    texts.map(part).join('') +
    (ipam
      ? table(
          `VPC IPAM (${ipam.resourceDiscoveryId}, account ${ipam.accountId}) by account-region`,
          ['Account', 'Region', 'Status', 'Scanned', 'IPAM', 'Missed', 'Stale', 'Not yet in IPAM'],
          ipam.rows.map((r) => [
            r.accountId,
            r.region,
            r.reason ? `not compared: ${r.reason}` : r.status,
            formatCount(r.scanned),
            formatCount(r.ipam),
            formatCount(r.missed.length),
            formatCount(r.stale.length),
            formatCount(r.notYetInIpam.length),
          ]),
          [3, 4, 5, 6, 7],
        )
      : '') +
    (bill
      ? table(
          `The bill (Cost Explorer) by account`,
          [
            'Account',
            'Name',
            'Status',
            'Last month',
            'Billed average this month',
            'Scanned (charged)',
            'Unexplained hours',
            'Flagged',
          ],
          bill.accounts.map((a) => [
            a.accountId,
            a.accountName ?? '',
            a.reason ? `not compared: ${a.reason}` : a.status,
            a.lastMonth ? formatUsdForPeople(a.lastMonth.costUsd) : '',
            a.monthToDate ? figure(a.monthToDate.billedAverage) : '',
            formatCount(a.scannedCharged),
            formatCount(Math.round(a.unexplainedHours)),
            a.flagged ? 'yes' : '',
          ]),
          [3, 4, 5, 6],
        )
      : '') +
    `</section>`
  );
}
