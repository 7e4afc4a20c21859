// An interactive table of the HTML report: which columns, and how its rows' cells are shipped to
// the page's script. Cells travel as integers: an index into a per-table string list (an
// organisation repeats the same accounts, regions, types and reasons thousands of times) or
// whole cents. That keeps 50,000 findings to a few megabytes and lets the page sort by integer
// rank.
import { roundCentsOnce } from './centsOnce.js';
import { jsonForScript } from './jsonForScript.js';

/** How the page compares and shows a column: text, IPv4 numeric order, or money. */
export type ColumnKind = 'text' | 'address' | 'usd';

export interface HtmlColumn<Row> {
  label: string;
  kind: ColumnKind;
  /** The cell: text for text and address columns, whole cents for usd columns. */
  value(row: Row, pricePerIpHour: number): string | number;
  /** Shown as a coloured badge (suspicion). */
  badge?: boolean;
  /** Long prose (reasons, descriptions, messages): may wrap instead of widening the table. */
  wrap?: boolean;
  /** Words, not an id (an interface type, a service name): may wrap between words. */
  words?: boolean;
  /** A command to copy: set in monospace. */
  code?: boolean;
  /** Values in the order an ascending sort shows them (severity, not the alphabet). */
  order?: readonly string[];
}

/** A drop-down that keeps only rows whose column equals one value. */
interface ColumnSelect {
  /** Index of the column it filters. */
  column: number;
  label: string;
  values: readonly string[];
}

/** What a table is, whatever its rows: enough to draw its section of the page. */
interface HtmlTableHead {
  id: string;
  title: string;
  noun: string;
  columns: readonly Omit<HtmlColumn<never>, 'value'>[];
  selects: readonly ColumnSelect[];
}

/** A table whose rows are read from a `Source` (a scan result, the audit's outcome). */
export interface HtmlTable<Source> extends HtmlTableHead {
  /** The table's data as JSON, in pieces, rows in the order the source holds them. */
  encode(source: Source, pricePerIpHour: number): Generator<string>;
}

export interface HtmlTableSpec<Row> {
  id: string;
  title: string;
  noun: string;
  columns: readonly HtmlColumn<Row>[];
  /** Drop-down filters, each on the column that has `values`. */
  selects?: readonly { label: string; values: readonly string[] }[];
}

export const cents = (usd: number) => Math.round(roundCentsOnce(usd) * 100);

/** Rows per piece of output: the writer streams them, so the page is never one giant string. */
const ROWS_PER_CHUNK = 2000;
const STRINGS_PER_CHUNK = 2000;

export function defineTable<Row, Source>(
  table: HtmlTableSpec<Row>,
  rowsOf: (source: Source) => readonly Row[],
): HtmlTable<Source> {
  const { columns } = table;
  const selects = (table.selects ?? []).map((select) => {
    const column = columns.findIndex((c) => c.label === select.label);
    if (column < 0) throw new Error(`no column '${select.label}' in table '${table.id}'`);
    return { ...select, column };
  });
  return {
    id: table.id,
    title: table.title,
    noun: table.noun,
    columns,
    selects,
    // `{"cells":[...],"strings":[...]}`: the string list comes last, once every row has added to it.
    *encode(source, pricePerIpHour) {
      const index = new Map<string, number>();
      const strings: string[] = [];
      const intern = (text: string) => {
        let i = index.get(text);
        if (i === undefined) {
          i = strings.length;
          strings.push(text);
          index.set(text, i);
        }
        return i;
      };
      const rows = rowsOf(source);
      yield '{"cells":[';
      for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
        const cells: number[] = [];
        const end = Math.min(start + ROWS_PER_CHUNK, rows.length);
        for (let r = start; r < end; r++) {
          const row = rows[r] as Row;
          for (const column of columns) {
            const value = column.value(row, pricePerIpHour);
            cells.push(typeof value === 'number' ? value : intern(value));
          }
        }
        yield (start === 0 ? '' : ',') + cells.join(',');
      }
      // The list as JSON.stringify writes an array of strings, in pieces: with an id and an
      // address per finding it is millions of characters, which must not be one string.
      index.clear();
      yield '],"strings":[';
      for (let start = 0; start < strings.length; start += STRINGS_PER_CHUNK) {
        const items = jsonForScript(strings.slice(start, start + STRINGS_PER_CHUNK)).slice(1, -1);
        yield (start === 0 ? '' : ',') + items;
      }
      yield ']}';
    },
  };
}
