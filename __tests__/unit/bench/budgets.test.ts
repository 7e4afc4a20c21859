// `npm run bench -- --check`: each budget of bench/budgets.json against a run's medians.
import { describe, expect, it } from 'vitest';
import { checkBudgets, readBudgets, shapeMismatch, type Budgets } from '../../../bench/budgets.js';

const budgets: Budgets = {
  shape: {
    accounts: 40,
    regions: 5,
    enisPerRegion: 250,
    securityGroupsPerRegion: 50,
    subnetsPerRegion: 20,
    routeTablesPerRegion: 5,
    prefixListsPerRegion: 2,
    organizationalUnits: 0,
  },
  latencyMs: 20,
  concurrency: 32,
  runs: 3,
  noiseMargin: { cpu: 0.2, rss: 0.1 },
  reason: 'test',
  callsPerAccountRegion: 8,
  reference: { cliCpuSecondsPer10kEnis: 1, scanCpuSecondsPer10kEnis: 0.5, peakRssMb: 200 },
};

describe('checkBudgets', () => {
  it('meets every budget within the noise margin', () => {
    const verdicts = checkBudgets(budgets, {
      enis: 50_000,
      callsPerAccountRegion: 8,
      cliCpuS: 6, // 1.2 s per 10,000: the reference + 20%
      scanCpuS: 2.5,
      peakRssMb: 220, // the reference + 10%
    });
    expect(verdicts.map((v) => [v.name, v.met])).toEqual([
      ['API calls per account-region', true],
      ['CPU of the CLI per 10,000 ENIs', true],
      ['CPU of the scan phase per 10,000 ENIs', true],
      ['peak RSS of the CLI', true],
    ]);
  });

  it('names each budget missed, with what was measured and what is allowed', () => {
    const missed = checkBudgets(budgets, {
      enis: 50_000,
      callsPerAccountRegion: 9,
      cliCpuS: 6.1,
      scanCpuS: 2.5,
      peakRssMb: 221,
    }).filter((v) => !v.met);
    expect(missed).toEqual([
      { name: 'API calls per account-region', measured: '9', budget: '<= 8 (exact)', met: false },
      {
        name: 'CPU of the CLI per 10,000 ENIs',
        measured: '1.22 s',
        budget: '<= 1.20 s (1 s + 20%)',
        met: false,
      },
      {
        name: 'peak RSS of the CLI',
        measured: '221 MB',
        budget: '<= 220 MB (200 MB + 10%)',
        met: false,
      },
    ]);
  });
});

describe('shapeMismatch', () => {
  it('says which setting differs from the budgets', () => {
    expect(
      shapeMismatch(budgets, {
        shape: { ...budgets.shape, enisPerRegion: 0 },
        latencyMs: 20,
        concurrency: 64,
      }),
    ).toEqual([
      'enisPerRegion 0 (the budgets are for 250)',
      'concurrency 64 (the budgets are for 32)',
    ]);
  });
});

describe('bench/budgets.json', () => {
  it('is measured at the benchmark defaults, with a margin and a reason', async () => {
    const kept = await readBudgets();
    expect(shapeMismatch(kept, { shape: budgets.shape, latencyMs: 20, concurrency: 32 })).toEqual(
      [],
    );
    expect(kept.noiseMargin.cpu).toBeGreaterThan(0);
    expect(kept.noiseMargin.rss).toBeGreaterThan(0);
    expect(kept.reason.length).toBeGreaterThan(20);
  });
});
