// A CSV report's columns: each a header and how its cell is read from a row. Cells are written
// as text a spreadsheet shows as it is: booleans spelled out, and every text neutralised.
import { neutralizeFormula } from './neutralizeFormula.js';

type Cell = string | boolean | undefined;

/** What a cell may need beyond its row. */
export interface CsvContext {
  /** USD per public IPv4 address-hour, for the money columns. */
  pricePerIpHour: number;
}

export interface CsvColumn<Row> {
  header: string;
  cell(row: Row, context: CsvContext): Cell;
}

export function col<Row>(header: string, cell: CsvColumn<Row>['cell']): CsvColumn<Row> {
  return { header, cell };
}

// csv-stringify would write booleans as `1`/empty; spell them out instead. Every text cell is
// neutralised, whatever its column: user text reaches more columns than it seems to (an
// interface type guessed from a description, an error code an endpoint made up), and no value
// of ours starts with a formula character.
function csvCell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutralizeFormula(value);
}

/** Each row as its cells, in column order. */
export function* csvRecords<Row>(
  rows: Iterable<Row>,
  columns: readonly CsvColumn<Row>[],
  context: CsvContext,
): Generator<string[]> {
  for (const row of rows) yield columns.map((c) => csvCell(c.cell(row, context)));
}
