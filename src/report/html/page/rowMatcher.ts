// Which rows a filter keeps: every word of the text filter must appear in some cell of the row
// (case-insensitive; money as it is shown), and each drop-down's column must equal its value.
import { formatCents } from './formatCents.js';
import type { ColumnKind } from '../../../format/htmlTable.js';
import { cellOf, type TableData } from './tableData.js';

/** A drop-down's choice: rows whose `column` holds exactly `value`. */
export interface Selected {
  column: number;
  value: string;
}

interface WordHits {
  word: string;
  /** Per string index: 1 when the string contains the word. */
  hit: Uint8Array;
  /** Per amount in cents, whether its shown text contains the word (filled as rows ask). */
  money: Map<number, boolean>;
}

function hitsOf(word: string, lower: readonly string[]): WordHits {
  const hit = new Uint8Array(lower.length);
  for (let i = 0; i < lower.length; i++) if (lower[i]?.includes(word)) hit[i] = 1;
  return { word, hit, money: new Map() };
}

function rowHas(data: TableData, kinds: readonly ColumnKind[], h: WordHits, row: number): boolean {
  for (let c = 0; c < data.width; c++) {
    const v = cellOf(data, row, c);
    if (kinds[c] !== 'usd') {
      if (h.hit[v] === 1) return true;
      continue;
    }
    let m = h.money.get(v);
    if (m === undefined) h.money.set(v, (m = formatCents(v).includes(h.word)));
    if (m) return true;
  }
  return false;
}

/** A function from the filter's state to the matching rows, in table order. */
export function rowMatcher(data: TableData, kinds: readonly ColumnKind[]) {
  // Lower-cased strings, made at the first text filter and kept.
  let lower: string[] | null = null;
  return (query: string, selected: readonly Selected[]): number[] => {
    const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const equal = selected.map((s) => [s.column, data.strings.indexOf(s.value)] as const);
    if (words.length > 0 && lower === null) lower = data.strings.map((s) => s.toLowerCase());
    const hits = words.map((word) => hitsOf(word, lower ?? []));
    const out: number[] = [];
    next: for (let r = 0; r < data.total; r++) {
      for (const [c, v] of equal) if (cellOf(data, r, c) !== v) continue next;
      for (const h of hits) if (!rowHas(data, kinds, h, r)) continue next;
      out.push(r);
    }
    return out;
  };
}
