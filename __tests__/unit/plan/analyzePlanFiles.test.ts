import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzePlanFiles } from '../../../src/plan/analyzePlanFiles.js';
import { PlanFileError } from '../../../src/plan/planFileError.js';
import { FIXTURES, PRICE } from './planBuilders.js';

const fixture = (name: string) => path.join(FIXTURES, name);

describe('analyzePlanFiles', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'plan-files-'));
    await writeFile(
      path.join(dir, 'state.json'),
      JSON.stringify({ format_version: '1.0', values: {} }),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('judges each file and totals them all', async () => {
    const report = await analyzePlanFiles(
      [
        fixture('elastic-ips.json'),
        fixture('replacements-deletes.json'),
        fixture('no-changes.json'),
      ],
      PRICE,
    );
    expect(
      report.files.map((f) => [f.file, f.formatVersion, f.terraformVersion, f.totals.net]),
    ).toEqual([
      [fixture('elastic-ips.json'), '1.2', '1.9.5', 5],
      [fixture('replacements-deletes.json'), '1.2', '1.9.5', -5],
      [fixture('no-changes.json'), '1.2', '1.9.5', 0],
    ]);
    expect(report.pricePerIpHour).toBe(0.005);
    expect(report.hoursPerMonth).toBe(730);
    expect(report.totals).toEqual({
      changes: 22,
      added: 6,
      removed: 6,
      net: 0,
      chargedChange: -2,
      monthlyChangeUsd: -2 * 730 * 0.005,
      unknowns: 0,
      flags: {
        byoip: 2,
        'customer-owned': 1,
        'unassociated-eip': 3,
        'counted-elsewhere': 2,
        forgotten: 1,
        replaced: 2,
        'eip-stays': 2,
        scales: 1,
      },
    });
  });

  it('judges a file named twice once', async () => {
    const report = await analyzePlanFiles(
      [fixture('services.json'), `${FIXTURES}/./services.json`],
      PRICE,
    );
    expect(report.files).toHaveLength(1);
    expect(report.totals.added).toBe(19);
  });

  it('fails on the first file that is not a plan, naming it, before judging any', async () => {
    const state = path.join(dir, 'state.json');
    await expect(
      analyzePlanFiles([fixture('services.json'), state, path.join(dir, 'missing.json')], PRICE),
    ).rejects.toThrow(
      new PlanFileError(
        state,
        "a Terraform state, not a plan (it has values, no planned_values): pass what 'terraform show -json PLANFILE' prints for a saved plan",
      ),
    );
  });

  it('gives empty totals for no file', async () => {
    const report = await analyzePlanFiles([], PRICE);
    expect(report.files).toEqual([]);
    expect(report.totals.changes).toBe(0);
  });
});
