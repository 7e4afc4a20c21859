// The report comparison a performance change is checked with: it must blank what differs from
// run to run by nature (times, durations, file epochs) and nothing else.
import { describe, expect, it } from 'vitest';
import { differences, normaliseRunTimes, type CliOutput } from '../../../bench/compareReports.js';

const output = (files: Record<string, string>, code = 0, stdout = 'summary\n'): CliOutput => ({
  code,
  stdout,
  files: new Map(Object.entries(files)),
});

describe('normaliseRunTimes', () => {
  it('blanks instants, the HTML run length, durationSeconds and report-file epochs', () => {
    expect(
      normaliseRunTimes(
        '"startedAt": "2026-12-06T09:45:50.274Z", "durationSeconds": 0.97,\n' +
          '<p class="meta">Scanned 2026-12-06 09:45:50 UTC to 2026-12-06 09:46:51 UTC (1 min 1 s).</p>\n' +
          'Trend since 2026-11-30 08:00 UTC\n' +
          'see 1796550350_eni_public_ips.csv',
      ),
    ).toBe(
      '"startedAt": "<instant>", "durationSeconds": <duration>,\n' +
        '<p class="meta">Scanned <instant> to <instant> (<duration>).</p>\n' +
        'Trend since <instant>\n' +
        'see <epoch>_eni_public_ips.csv',
    );
  });

  it('leaves addresses, ids, counts and money as they are', () => {
    const row = '111111111111,us-east-1,eni-0a1b2c3d4e5f60718,3.0.0.1,1234567890,$3.65 (2 s)';
    expect(normaliseRunTimes(row)).toBe(row);
  });
});

describe('differences', () => {
  it('finds none between outputs that differ only in run times', () => {
    const a = output({ 'report.json': normaliseRunTimes('"startedAt": "2026-12-06T09:45:50Z"') });
    const b = output({ 'report.json': normaliseRunTimes('"startedAt": "2026-12-07T10:00:00Z"') });
    expect(differences(a, b)).toEqual([]);
  });

  it('names the file and the first line that differs', () => {
    const a = output({ 'eni_public_ips.csv': 'h\n1,LOW\n2,HIGH\n' });
    const b = output({ 'eni_public_ips.csv': 'h\n1,LOW\n2,MODERATE\n' });
    expect(differences(a, b)).toEqual([
      'eni_public_ips.csv: line 3 of 4 vs 4:\n    - 2,HIGH\n    + 2,MODERATE',
    ]);
  });

  it('reports a file only one run wrote, another exit code and another stdout', () => {
    const a = output({ 'a.csv': 'x' }, 0, 'one\n');
    const b = output({ 'a.csv': 'x', 'b.csv': 'y' }, 3, 'two\n');
    expect(differences(a, b)).toEqual([
      'exit code 0 vs 3',
      'stdout: line 1 of 2 vs 2:\n    - one\n    + two',
      'b.csv: only in the second',
    ]);
  });
});
