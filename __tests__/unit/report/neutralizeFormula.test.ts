import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '../../../src/report/neutralizeFormula.js';

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
  ])('prefixes %j with a quote', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });

  it.each(['', 'web-server', 'a=b', ' a=1', "'=already", 'eni-0123', '\n x', '  '])(
    'leaves %j alone',
    (input) => {
      expect(neutralizeFormula(input)).toBe(input);
    },
  );
});
