import { describe, expect, it } from 'vitest';
import { jsonChunks, LazyArray } from '../../../src/report/jsonChunks.js';

const written = (value: unknown) => [...jsonChunks(value)].join('');

describe('jsonChunks', () => {
  it('writes one member per line and each array item compactly on its own line', () => {
    const document = { a: 1, rows: new LazyArray([{ x: 'é', y: [1, null] }, { x: '<' }]), e: [] };
    expect(written(document)).toBe(
      '{\n  "a": 1,\n  "rows": [\n    {"x":"é","y":[1,null]},\n    {"x":"<"}\n  ],\n  "e": []\n}',
    );
  });

  it.each([
    ['an undefined member', { rows: [{ a: 1, b: undefined }] }, 'undefined'],
    ['an undefined item', { rows: new LazyArray([[1, undefined]]) }, 'undefined'],
    ['NaN', { total: NaN }, 'NaN'],
    ['an infinite number deep in a row', { rows: [{ a: { b: [Infinity] } }] }, 'Infinity'],
  ])('refuses %s rather than write a document that lies', (_what, document, shown) => {
    expect(() => written(document)).toThrow(new TypeError(`report.json cannot hold ${shown}`));
  });
});
