import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseSuppressions } from '../../../src/options/suppressionFile.js';

const parse = (text: string) => parseSuppressions('suppressions', 's.yml', text);

function problem(text: string): string {
  try {
    parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
}

describe('parseSuppressions', () => {
  it('reads entries with their source line, keeping the written text of scalars', () => {
    expect(
      parse(
        [
          'suppressions:',
          '  - account: 012345678901',
          '    reason: Shared services',
          '  - tag: { key: cost-centre, value: 0042 }',
          '    reason: Accepted',
          '    expires: 2028-02-29',
        ].join('\n'),
      ),
    ).toEqual([
      { match: { account: '012345678901' }, reason: 'Shared services', source: 's.yml:2' },
      {
        match: { tag: { key: 'cost-centre', value: '0042' } },
        reason: 'Accepted',
        expires: '2028-02-29',
        source: 's.yml:4',
      },
    ]);
  });

  it('reads a service condition', () => {
    expect(
      parse('suppressions:\n  - service: nat-gateway\n    reason: NAT gateways need them\n'),
    ).toEqual([
      { match: { service: 'nat-gateway' }, reason: 'NAT gateways need them', source: 's.yml:2' },
    ]);
  });

  it.each([
    ['2027-02-30', 5],
    ['2027-13-01', 5],
    ['2027-04-31', 5],
    ['2027-2-3', 5],
  ])('refuses expires: %s, a day that does not exist', (date, line) => {
    expect(
      problem(
        `suppressions:\n  - address: 54.0.0.1\n    reason: r\n    # note\n    expires: ${date}\n`,
      ),
    ).toBe(
      `'suppressions': s.yml:${line}: 'expires' must be a date like 2027-01-31, not '${date}'`,
    );
  });

  it.each([
    ['a mapping as the key', 'tag: { key: { a: 1 } }', "the tag's 'key'"],
    ['a list as the key', 'tag: { key: [a, b] }', "the tag's 'key'"],
    ['a mapping as the value', 'tag: { key: team, value: { x: 1 } }', "the tag's 'value'"],
    ['a list as the value', 'tag: { key: team, value: [web] }', "the tag's 'value'"],
  ])('refuses %s, naming the file and line', (_what, tag, what) => {
    expect(problem(`suppressions:\n  - reason: r\n    ${tag}\n`)).toBe(
      `'suppressions': s.yml:3: ${what} must be a single value (text), not a mapping or a list`,
    );
  });

  it('refuses a tag without a key', () => {
    expect(problem('suppressions:\n  - reason: r\n    tag: { value: web }\n')).toBe(
      "'suppressions': s.yml:3: 'tag' needs a 'key'",
    );
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-12-31', true],
    ['2027-00-10', false],
    ['0000-01-01', true],
    ['2027-01-01T00:00:00Z', false],
  ])('%s -> %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});
