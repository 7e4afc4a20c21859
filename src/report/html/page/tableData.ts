// One table's rows as the page receives them (reportTables.ts writes them): `width` integers per
// row, each an index into `strings`, or whole cents in a money column.
import type { ColumnKind } from '../../../format/htmlTable.js';
export interface TableData {
  cells: readonly number[];
  strings: readonly string[];
  width: number;
  /** Rows: cells.length / width. */
  total: number;
}

export interface ColumnInfo {
  kind: ColumnKind;
  /** Values in the order an ascending sort shows them (suspicion: HIGH first); others go last. */
  order: readonly string[];
}

/** The cell at row `row`, column `column`. */
export function cellOf(data: TableData, row: number, column: number): number {
  return data.cells[row * data.width + column] ?? 0;
}

export function textOf(data: TableData, index: number): string {
  return data.strings[index] ?? '';
}
