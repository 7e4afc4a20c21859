import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '../../../src/format/neutralizeFormula.js';

describe('neutralizeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠x', "'＠x"],
    // After what some importers trim or skip: whitespace, the BOM, zero-width characters, a quote.
    [' =1', "' =1"],
    ['\n=1', "'\n=1"],
    ['\u00a0=1+1', "'\u00a0=1+1"],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['\ufeff=1+1', "'\ufeff=1+1"],
    ['\u200b=1+1', "'\u200b=1+1"],
    ['"=1+1', '\'"=1+1'],
    [' \u2060 "-2', '\' \u2060 "-2'],
    ['\u200e=1+1', "'\u200e=1+1"],
    ['\u00ad=1', "'\u00ad=1"],
    ['\u0001=1', "'\u0001=1"],
    ['\u2061=1', "'\u2061=1"],
    // After a separator of some locales and importers, inside the cell.
    ['x;=2*3;y', "x;'=2*3;y"],
    ['a\t@b; -c', "a\t'@b;' -c"],
    ['=1;=2', "'=1;'=2"],
  ])('prefixes %j with a quote', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });

  it.each([
    '',
    'web-server',
    'a=b',
    ' a=1',
    "'=already",
    'eni-0123',
    '\n x',
    '  ',
    'open to public IPv4 ranges; consider EC2 Instance Connect.',
  ])('leaves %j alone', (input) => {
    expect(neutralizeFormula(input)).toBe(input);
  });
});

describe('neutralizeFormula, the cells it need not search', () => {
  // The check in full, as it is written without the shortcut for cells that start with a letter
  // or a digit and hold no separator: both must agree on every string.
  const FULL = /([;\t]|^)(?=[\s\p{Cc}\p{Cf}"]*[=+\-@＝＋－＠])/gu;
  const full = (value: string) => {
    const marked = value.replace(FULL, "$1'");
    return /^[\t\r]/.test(value) && !marked.startsWith("'") ? `'${marked}` : marked;
  };
  const alphabet = [
    'a',
    'Z',
    '0',
    '9',
    '=',
    '+',
    '-',
    '@',
    '＠',
    ';',
    '\t',
    '\r',
    ' ',
    '"',
    '\u0011',
    '\u200b',
    "'",
    '.',
  ];

  it('gives what the full check gives on every string of up to three of its characters', () => {
    const strings = [''];
    for (let length = 1; length <= 3; length++) {
      for (const prefix of strings.filter((s) => s.length === length - 1)) {
        for (const c of alphabet) strings.push(prefix + c);
      }
    }
    const differing = strings.filter((s) => neutralizeFormula(s) !== full(s));
    expect(differing).toEqual([]);
    expect(strings).toHaveLength(1 + 18 + 18 ** 2 + 18 ** 3);
  });
});
