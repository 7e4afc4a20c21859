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
  ])('prefixes %j with a quote', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });

  it.each(['', 'web-server', 'a=b', ' =1', "'=already", 'eni-0123', '\n=1'])(
    'leaves %j alone',
    (input) => {
      expect(neutralizeFormula(input)).toBe(input);
    },
  );
});
