import { describe, expect, it } from 'vitest';
import { defineTable } from '../../../src/format/htmlTable.js';

interface Row {
  id: string;
  usd: number;
}

const table = defineTable<Row, readonly Row[]>(
  {
    id: 't',
    title: 'T',
    noun: 'rows',
    columns: [
      { label: 'Id', kind: 'text', value: (r) => r.id },
      { label: 'Region', kind: 'text', value: () => 'eu-west-1' },
      { label: 'Cost', kind: 'usd', value: (r) => Math.round(r.usd * 100) },
    ],
  },
  (rows) => rows,
);

describe("an HTML table's data", () => {
  it('is written in bounded pieces, the string list too, and reads back as one document', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      id: `eni-${String(i).padStart(17, '0')}</script>`,
      usd: 3.6,
    }));
    const pieces = [...table.encode(rows, 0.005)];
    // 10,000 distinct ids of ~40 characters: 400,000 characters of strings, never one piece.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100_000);
    const text = pieces.join('');
    expect(text).not.toContain('</script>');
    const data = JSON.parse(text) as { cells: number[]; strings: string[] };
    expect(data.strings).toHaveLength(10_001);
    expect(data.strings[0]).toBe('eni-00000000000000000</script>');
    expect(data.strings[1]).toBe('eu-west-1');
    expect(data.strings[10_000]).toBe('eni-00000000000009999</script>');
    expect(data.cells.slice(0, 6)).toEqual([0, 1, 360, 2, 1, 360]);
    expect(data.cells).toHaveLength(30_000);
  });

  it('writes an empty table as empty lists', () => {
    expect([...table.encode([], 0.005)].join('')).toBe('{"cells":[],"strings":[]}');
  });
});
