// Draws the first `shown` of the matching rows, the count, the money total and the "show more"
// line. Cells are written with textContent only, so no data is ever parsed as markup.
import { formatCount } from '../../../common/formatCount.js';
import { formatCents } from './formatCents.js';
import type { PageColumn, PageTable } from './readTable.js';
import { cellOf, textOf, type TableData } from './tableData.js';

function cell(data: TableData, column: PageColumn, v: number): HTMLTableCellElement {
  const td = document.createElement('td');
  td.dataset.label = column.label;
  if (column.kind === 'usd') {
    td.className = 'num';
    td.textContent = formatCents(v);
  } else if (column.badge) {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.dataset.value = textOf(data, v);
    badge.textContent = textOf(data, v);
    td.appendChild(badge);
  } else {
    if (column.className !== '') td.className = column.className;
    td.textContent = textOf(data, v);
  }
  return td;
}

function noRows(total: number, width: number): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const td = document.createElement('td');
  td.colSpan = width;
  td.className = 'none';
  td.textContent = total === 0 ? 'None.' : 'No rows match.';
  tr.appendChild(td);
  return tr;
}

function footer(table: PageTable, rows: readonly number[], n: number, page: number): void {
  const { data, columns } = table;
  table.counter.textContent = `${formatCount(rows.length)} of ${formatCount(data.total)} rows`;
  const usdColumn = columns.findIndex((c) => c.kind === 'usd');
  if (table.sum && usdColumn >= 0) {
    let cents = 0;
    for (const r of rows) cents += cellOf(data, r, usdColumn);
    table.sum.textContent = `${formatCents(cents)} a month`;
  }
  table.more.hidden = n >= rows.length;
  if (!table.more.hidden) {
    table.moreText.textContent =
      `Showing the first ${formatCount(n)} of ${formatCount(rows.length)}` +
      ' matching rows: filter or sort to bring others to the top, or ';
    table.moreButton.textContent = `show ${formatCount(Math.min(page, rows.length - n))} more`;
  }
}

/** Draws rows[0..shown) in place of the body; `page` is how many a "show more" click adds. */
export function renderRows(
  table: PageTable,
  rows: readonly number[],
  shown: number,
  page: number,
): void {
  const { data, columns } = table;
  const n = Math.min(rows.length, shown);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < n; i++) {
    const row = rows[i] ?? 0;
    const tr = document.createElement('tr');
    columns.forEach((column, c) => tr.appendChild(cell(data, column, cellOf(data, row, c))));
    fragment.appendChild(tr);
  }
  if (rows.length === 0) fragment.appendChild(noRows(data.total, data.width));
  table.tbody.replaceChildren(fragment);
  footer(table, rows, n, page);
}
