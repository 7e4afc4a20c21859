// The trend in one line: since the last run and since the oldest run of the last 28 days.
import { describe, expect, it } from 'vitest';
import { run } from '../../../__fixtures__/historyEntries.js';
import type { HistoryEntry } from '../../../src/analyze/history.js';
import { trendLine, trendLines } from '../../../src/report/trendLine.js';

describe('trendLine', () => {
  it.each<[string, HistoryEntry[], string | undefined]>([
    ['no history', [], undefined],
    ['this run alone (no baseline): no trend claimed', [run('2026-11-30', 24)], undefined],
    [
      'weekly runs: since the last run and since the oldest of the last 28 days',
      [
        run('2026-10-26', 30),
        run('2026-11-02', 27),
        run('2026-11-09', 26),
        run('2026-11-16', 23),
        run('2026-11-23', 23),
        run('2026-11-30', 24),
      ],
      'Trend: +1 address (+$3.65/month) since the last run (2026-11-23); -3 addresses (-$10.95/month) since 2026-11-02.',
    ],
    [
      'two runs: the last run is the oldest of the window, said once',
      [run('2026-11-23', 23), run('2026-11-30', 21)],
      'Trend: -2 addresses (-$7.30/month) since the last run (2026-11-23).',
    ],
    [
      'the last run older than 28 days: only since the last run',
      [run('2026-09-01', 10), run('2026-10-01', 30), run('2026-11-30', 24)],
      'Trend: -6 addresses (-$21.90/month) since the last run (2026-10-01).',
    ],
    [
      'nothing changed',
      [run('2026-11-02', 24), run('2026-11-23', 24), run('2026-11-30', 24)],
      'Trend: no change since the last run (2026-11-23); no change since 2026-11-02.',
    ],
    [
      'the same addresses at another price',
      [run('2026-11-23', 24), run('2026-11-30', 24, { monthlyCostUsd: 70.08 })],
      'Trend: 0 addresses (-$17.52/month) since the last run (2026-11-23).',
    ],
    [
      'one address more that is free (BYOIP)',
      [run('2026-11-23', 24), run('2026-11-30', 25, { monthlyCostUsd: 87.6 })],
      'Trend: +1 address ($0.00/month) since the last run (2026-11-23).',
    ],
    [
      'thousands, grouped',
      [run('2026-11-23', 1000), run('2026-11-30', 3500)],
      'Trend: +2,500 addresses (+$9,125.00/month) since the last run (2026-11-23).',
    ],
    [
      'a partial run among those compared',
      [run('2026-11-23', 24), run('2026-11-30', 20, { accountRegionsComplete: 2 })],
      'Trend: -4 addresses (-$14.60/month) since the last run (2026-11-23). Not every one of these runs read every account-region: compare with care.',
    ],
    [
      'runs on the same day: their times too',
      [
        run('2026-11-30', 24, { startedAt: '2026-11-30T01:00:00.000Z' }),
        run('2026-11-30', 25, { startedAt: '2026-11-30T02:30:00.000Z' }),
        run('2026-11-30', 24, { startedAt: '2026-11-30T02:31:00.000Z' }),
      ],
      'Trend: -1 address (-$3.65/month) since the last run (2026-11-30 02:30 UTC); no change since 2026-11-30 01:00 UTC.',
    ],
    [
      'the last run earlier today, the window start another day',
      [
        run('2026-11-20', 20),
        run('2026-11-30', 25, { startedAt: '2026-11-30T05:00:00.000Z' }),
        run('2026-11-30', 24),
      ],
      'Trend: -1 address (-$3.65/month) since the last run (2026-11-30 05:00 UTC); +4 addresses (+$14.60/month) since 2026-11-20.',
    ],
    [
      'float noise in the costs is no change',
      [
        run('2026-11-23', 1, { monthlyCostUsd: 91.25 - 3.65 }),
        run('2026-11-30', 1, { monthlyCostUsd: 87.6 }),
      ],
      'Trend: no change since the last run (2026-11-23).',
    ],
  ])('%s', (_what, history, expected) => {
    expect(trendLine(history)).toBe(expected);
    expect(trendLines(history)).toEqual(expected === undefined ? [] : [expected]);
  });
});

describe('trendLine across runs that read other account-regions', () => {
  const other = 'sha256:fedcba9876543210';

  it('compares the last run over what both read, saying how much each read', () => {
    const history = [run('2026-11-23', 40, { scope: other }), run('2026-11-30', 3)];
    expect(
      trendLine(history, {
        same: false,
        common: 2,
        onlyBaseline: 14,
        onlyThisRun: 0,
        baseline: { addresses: 4, monthlyUsd: 14.6 },
        thisRun: { addresses: 3, monthlyUsd: 10.95 },
      }),
    ).toBe(
      'Trend: -1 address (-$3.65/month) since the last run (2026-11-23), over the 2 account-regions both read (that run read 16, this one 2).',
    );
  });

  it('does not compare an older run of another scope', () => {
    expect(
      trendLine([
        run('2026-11-09', 40, { scope: other }),
        run('2026-11-23', 5),
        run('2026-11-30', 3),
      ]),
    ).toBe(
      'Trend: -2 addresses (-$7.30/month) since the last run (2026-11-23); not compared with 2026-11-09: it read other account-regions than this run.',
    );
  });

  it('says when a run recorded no scope (a report of an older release)', () => {
    expect(
      trendLine([
        run('2026-11-09', 40, { scope: undefined }),
        run('2026-11-23', 5),
        run('2026-11-30', 3),
      ]),
    ).toBe(
      'Trend: -2 addresses (-$7.30/month) since the last run (2026-11-23); -37 addresses (-$135.05/month) since 2026-11-09 (whose account-regions were not recorded).',
    );
  });
});
