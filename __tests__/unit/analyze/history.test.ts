// The history a report carries (its baseline's, then its own run) and the trend read from it.
import { describe, expect, it } from 'vitest';
import { run, weeklyRuns } from '../../../__fixtures__/historyEntries.js';
import {
  carryHistory,
  HISTORY_LIMIT,
  historyTrend,
  type HistoryChange,
  type HistoryEntry,
} from '../../../src/analyze/history.js';

const days = (history: readonly HistoryEntry[]) => history.map((e) => e.startedAt.slice(0, 10));

describe('carryHistory', () => {
  const now = run('2026-11-30', 24);
  const base = run('2026-11-23', 25);
  const older = run('2026-11-16', 27);

  it.each<[string, Parameters<typeof carryHistory>[0], string[]]>([
    ['no baseline: this run alone', undefined, ['2026-11-30']],
    [
      'a baseline without a history: its own run stands in',
      { run: base },
      ['2026-11-23', '2026-11-30'],
    ],
    ['an empty history counts as none', { run: base, history: [] }, ['2026-11-23', '2026-11-30']],
    [
      'a history ending with the baseline’s run: carried as it is',
      { run: base, history: [older, base] },
      ['2026-11-16', '2026-11-23', '2026-11-30'],
    ],
    [
      'a history without the baseline’s run at its end: the run is added',
      { run: base, history: [older] },
      ['2026-11-16', '2026-11-23', '2026-11-30'],
    ],
  ])('%s', (_what, baseline, expected) => {
    expect(days(carryHistory(baseline, now))).toEqual(expected);
  });

  it(`keeps the last ${HISTORY_LIMIT} entries, this run last`, () => {
    const full = weeklyRuns(HISTORY_LIMIT, '2026-11-23');
    const carried = carryHistory({ run: full.at(-1) as HistoryEntry, history: full }, now);
    expect(carried).toHaveLength(HISTORY_LIMIT);
    expect(carried[0]).toBe(full[1]);
    expect(carried.at(-1)).toBe(now);
  });

  it('never drops this run, whatever the limit', () => {
    expect(carryHistory({ run: base }, now, 0)).toEqual([now]);
  });
});

describe('historyTrend', () => {
  it('is nothing for this run alone', () => {
    expect(historyTrend([run('2026-11-30', 24)])).toBeUndefined();
    expect(historyTrend([])).toBeUndefined();
  });

  it.each<
    [string, HistoryEntry[], { last: [string, number, number]; window?: [string, number, number] }]
  >([
    [
      'two runs: since the last run only',
      [run('2026-11-23', 24), run('2026-11-30', 25)],
      { last: ['2026-11-23', 1, 3.65] },
    ],
    [
      'weekly runs: since the last and since the oldest of the last 28 days',
      [
        run('2026-10-26', 30),
        run('2026-11-02', 27),
        run('2026-11-09', 26),
        run('2026-11-16', 23),
        run('2026-11-23', 23),
        run('2026-11-30', 24),
      ],
      { last: ['2026-11-23', 1, 3.65], window: ['2026-11-02', -3, -10.95] },
    ],
    [
      'the last run older than 28 days: no window comparison',
      [run('2026-09-01', 30), run('2026-10-01', 20), run('2026-11-30', 24)],
      { last: ['2026-10-01', 4, 14.6] },
    ],
    [
      'the oldest run of the window is the last run: said once',
      [run('2026-10-01', 30), run('2026-11-23', 20), run('2026-11-30', 20)],
      { last: ['2026-11-23', 0, 0] },
    ],
    [
      'a run on the day 28 days back counts, at any hour',
      [
        run('2026-11-02', 20, { startedAt: '2026-11-02T23:59:00.000Z' }),
        run('2026-11-29', 21),
        run('2026-11-30', 24),
      ],
      { last: ['2026-11-29', 3, 10.95], window: ['2026-11-02', 4, 14.6] },
    ],
    [
      'a run on the day before that does not',
      [run('2026-11-01', 20), run('2026-11-29', 21), run('2026-11-30', 24)],
      { last: ['2026-11-29', 3, 10.95] },
    ],
  ])('%s', (_what, history, expected) => {
    const trend = historyTrend(history);
    const change = (c: HistoryChange) =>
      c.scope === 'different'
        ? [c.since.startedAt.slice(0, 10)]
        : [c.since.startedAt.slice(0, 10), c.addresses, Math.round(c.monthlyUsd * 100) / 100];
    expect(trend && change(trend.sinceLast)).toEqual(expected.last);
    expect(trend?.sinceWindowStart && change(trend.sinceWindowStart)).toEqual(expected.window);
    expect(trend?.partial).toBe(false);
  });

  it.each<[string, HistoryEntry[], boolean]>([
    ['every run complete', [run('2026-11-23', 1), run('2026-11-30', 1)], false],
    [
      'this run partial',
      [run('2026-11-23', 1), run('2026-11-30', 1, { accountRegionsComplete: 3 })],
      true,
    ],
    [
      'the window’s oldest run partial',
      [
        run('2026-11-09', 1, { accountRegionsComplete: 0 }),
        run('2026-11-23', 1),
        run('2026-11-30', 1),
      ],
      true,
    ],
    [
      'only a run outside every comparison partial',
      [
        run('2026-09-01', 1, { accountRegionsComplete: 0 }),
        run('2026-11-23', 1),
        run('2026-11-30', 1),
      ],
      false,
    ],
  ])('partial: %s', (_what, history, partial) => {
    expect(historyTrend(history)?.partial).toBe(partial);
  });
});
