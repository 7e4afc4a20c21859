// Each column's rows ranked once, by sorting only the distinct values it holds, so a sort of
// 50,000 rows compares integers. Addresses use the reports' own address order.
import { ipv4ToNumber } from '../../../analyze/ipv4Cidr.js';
import { addressComparator } from '../../../analyze/compareAddress.js';
import { cellOf, textOf, type ColumnInfo, type TableData } from './tableData.js';

// Text as people read it: numbers inside names by value, case ignored.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function distinctValues(data: TableData, column: number): number[] {
  const used = new Uint8Array(data.strings.length);
  const values: number[] = [];
  for (let r = 0; r < data.total; r++) {
    const s = cellOf(data, r, column);
    if (!used[s]) {
      used[s] = 1;
      values.push(s);
    }
  }
  return values;
}

/** Addresses by number, other text after them; each distinct value is parsed once. */
function byAddress(data: TableData, values: readonly number[]) {
  const numbers = new Map(values.map((s) => [textOf(data, s), ipv4ToNumber(textOf(data, s))]));
  const compare = addressComparator((text) => numbers.get(text), collator.compare);
  return (a: number, b: number) => compare(textOf(data, a), textOf(data, b));
}

/** A declared order (suspicion: HIGH first) wins; anything it does not name goes last. */
function byOrder(data: TableData, declared: readonly string[]) {
  const place = (s: number) => {
    const i = declared.indexOf(textOf(data, s));
    return i < 0 ? declared.length : i;
  };
  return (a: number, b: number) =>
    place(a) - place(b) || collator.compare(textOf(data, a), textOf(data, b));
}

/** Per row, a number whose order is the column's ascending order. */
export function rankColumn(data: TableData, column: number, info: ColumnInfo): Float64Array {
  const key = new Float64Array(data.total);
  if (info.kind === 'usd') {
    for (let r = 0; r < data.total; r++) key[r] = cellOf(data, r, column);
    return key;
  }
  const values = distinctValues(data, column);
  values.sort(info.kind === 'address' ? byAddress(data, values) : byOrder(data, info.order));
  const rank = new Int32Array(data.strings.length);
  values.forEach((s, i) => {
    rank[s] = i;
  });
  for (let r = 0; r < data.total; r++) key[r] = rank[cellOf(data, r, column)] ?? 0;
  return key;
}
