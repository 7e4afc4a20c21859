import { describe, expect, it } from 'vitest';
import { addressComparator, compareAddress } from '../../../src/analyze/compareAddress.js';

describe('addressComparator', () => {
  const values = ['b', '10.0.0.1', '', 'A', '9.0.0.10', '010.0.0.1', '9.0.0.2', '1::2'];

  it('is compareAddress by default: addresses by number, other text after them by code unit', () => {
    expect([...values].sort(addressComparator())).toEqual([...values].sort(compareAddress));
    expect([...values].sort(compareAddress)).toEqual([
      '9.0.0.2',
      '9.0.0.10',
      '10.0.0.1',
      // A leading zero is not an IPv4 address to the parser (octal to some), so it is text.
      '',
      '010.0.0.1',
      '1::2',
      'A',
      'b',
    ]);
  });

  it('takes the parse and the order of the other text (the HTML page: parsed once, as people read)', () => {
    const parsed = new Map(values.map((v) => [v, /^\d+\./.test(v) ? v.length : undefined]));
    const people = new Intl.Collator('en', { sensitivity: 'base' });
    expect([...values].sort(addressComparator((v) => parsed.get(v), people.compare))).toEqual([
      '9.0.0.2',
      '10.0.0.1',
      '9.0.0.10',
      '010.0.0.1',
      '',
      '1::2',
      'A',
      'b',
    ]);
  });
});
