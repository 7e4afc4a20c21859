// One table section as htmlReport.ts writes it: the headers' data attributes say how to treat
// each column, and the section's JSON block holds the rows.
import type { ColumnKind } from '../../../format/htmlTable.js';
import type { ColumnInfo, TableData } from './tableData.js';

export interface PageColumn extends ColumnInfo {
  header: HTMLTableCellElement;
  /** The column's name: on a narrow screen each cell is shown as "name: value" (reportStyle.ts). */
  label: string;
  /** Shown as a coloured badge (suspicion). */
  badge: boolean;
  /** The cell's class: `wrap` for prose, `words` for names that may wrap, `code` for commands. */
  className: string;
}

export interface PageTable {
  data: TableData;
  columns: PageColumn[];
  tbody: HTMLTableSectionElement;
  filter: HTMLInputElement;
  selects: HTMLSelectElement[];
  counter: HTMLElement;
  /** The total of the money column over the matching rows, when the table has one. */
  sum: HTMLElement | null;
  more: HTMLElement;
  moreText: HTMLElement;
  moreButton: HTMLButtonElement;
}

function required<T>(element: T | null | undefined, what: string): T {
  if (element === null || element === undefined) throw new Error(`report table without ${what}`);
  return element;
}

function readColumn(header: HTMLTableCellElement): PageColumn {
  return {
    header,
    kind: (header.dataset.kind ?? 'text') as ColumnKind,
    order: (header.dataset.order || '').split(' ').filter(Boolean),
    label: (header.textContent ?? '').trim(),
    badge: header.hasAttribute('data-badge'),
    className: ['wrap', 'words', 'code']
      .filter((name) => header.hasAttribute(`data-${name}`))
      .join(' '),
  };
}

function tableData(section: HTMLElement, width: number): TableData {
  const block = required(section.querySelector('script[type="application/json"]'), 'its data');
  const { cells, strings } = JSON.parse(block.textContent ?? '') as {
    cells: number[];
    strings: string[];
  };
  return { cells, strings, width, total: cells.length / width };
}

export function readTable(section: HTMLElement): PageTable {
  const table = required(section.querySelector('table'), 'a table');
  const headers = Array.from(required(table.tHead?.rows[0], 'a header row').cells);
  const more = required(section.querySelector<HTMLElement>('[data-more]'), 'a more line');
  return {
    data: tableData(section, headers.length),
    columns: headers.map(readColumn),
    tbody: required(table.tBodies[0], 'a body'),
    filter: required(section.querySelector<HTMLInputElement>('[data-filter]'), 'a filter'),
    selects: Array.from(section.querySelectorAll<HTMLSelectElement>('select[data-column]')),
    counter: required(section.querySelector<HTMLElement>('[data-count]'), 'a count'),
    sum: section.querySelector<HTMLElement>('[data-sum]'),
    more,
    moreText: required(more.querySelector<HTMLElement>('[data-more-text]'), 'a more text'),
    moreButton: required(more.querySelector('button'), 'a more button'),
  };
}
