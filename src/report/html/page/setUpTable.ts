// Makes one table section live: sort by any column (again to reverse), filter by words and
// drop-downs, and draw PAGE rows at a time, the rest a "show more" click away. At 50,000
// findings the browser's table layout, not the script, is what costs (about 0.3 s per 500 rows
// on a slow 2-core machine, over a second per 2,000), so a sort or filter redraws one page only.
import { rankColumn } from './rankColumn.js';
import { readTable } from './readTable.js';
import { renderRows } from './renderRows.js';
import { rowMatcher } from './rowMatcher.js';

const PAGE = 500;

/** Makes the section live; returns how many rows its table holds. */
export function setUpTable(section: HTMLElement): number {
  const table = readTable(section);
  const { data, columns, filter, selects } = table;
  const kinds = columns.map((c) => c.kind);
  const matching = rowMatcher(data, kinds);
  // Each column's ranks, made at its first sort and kept.
  const keys: Float64Array[] = [];
  let sortColumn = -1;
  let sortKey: Float64Array | null = null;
  let direction = 1;
  let shown = PAGE;
  let rows: number[] = [];
  let timer = 0;

  function update(): void {
    const selected = selects
      .filter((s) => s.value !== '')
      .map((s) => ({ column: Number(s.dataset.column), value: s.value }));
    rows = matching(filter.value, selected);
    const key = sortKey;
    if (key !== null) rows.sort((a, b) => ((key[a] ?? 0) - (key[b] ?? 0)) * direction || a - b);
    shown = PAGE;
    renderRows(table, rows, shown, PAGE);
  }

  columns.forEach((info, column) => {
    const { header } = info;
    header.querySelector('button')?.addEventListener('click', () => {
      direction = sortColumn === column ? -direction : 1;
      sortColumn = column;
      sortKey = keys[column] ?? (keys[column] = rankColumn(data, column, info));
      for (const c of columns) c.header.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
      update();
    });
  });
  // Typing in a large table waits for a pause rather than filtering on every key.
  filter.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, data.total > 5000 ? 200 : 0);
  });
  for (const s of selects) s.addEventListener('change', update);
  table.moreButton.addEventListener('click', () => {
    shown += PAGE;
    renderRows(table, rows, shown, PAGE);
  });
  update();
  return data.total;
}
