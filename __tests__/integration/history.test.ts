// Issue 16 through the CLI against the AWS stand-in: each report.json carries the runs before it
// (its baseline's history) with its own appended, so three runs chained through --baseline over
// organisations A, A plus one address, and A again end with a history of three.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weeklyRuns } from '../../__fixtures__/historyEntries.js';
import { HISTORY_LIMIT } from '../../src/analyze/history.js';
import { SAMPLE_MANAGEMENT, sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { EXTRA_EIP, sampleOrgPlusOne } from '../../test-support/aws/sampleOrgPlusOne.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import { runCliWith, type CliRun } from './cliRunner.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let orgA: AwsStandIn;
let orgAPlusOne: AwsStandIn; // A with one more unassociated Elastic IP: +1 address, +$3.65
let scratch: string;
let validate: ValidateFunction;
const SCAN = ['run-multi-account'];

beforeAll(async () => {
  [orgA, orgAPlusOne] = await Promise.all([
    startAwsStandIn({ fixture: sampleOrg() }),
    startAwsStandIn({ fixture: sampleOrgPlusOne() }),
  ]);
  scratch = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-history-'));
  const schema = JSON.parse(
    await readFile(
      path.join(import.meta.dirname, '..', '..', 'schema', 'report.schema.json'),
      'utf8',
    ),
  ) as object;
  validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
});

afterAll(async () => {
  await Promise.all([orgA?.close(), orgAPlusOne?.close()]);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** The run's report.json, checked against the schema. */
function reportOf(run: CliRun): Doc {
  const text = run.files.get('report.json');
  expect(text, run.stderr).toBeDefined();
  const doc = JSON.parse(text ?? '{}') as Doc;
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  return doc;
}

/** Runs the CLI against `org`, with `baseline` (a report.json document) when given. */
async function scan(org: AwsStandIn, baseline?: Doc, name = 'baseline.json') {
  const args = [...SCAN];
  if (baseline !== undefined) {
    const file = path.join(scratch, name);
    await writeFile(file, JSON.stringify(baseline));
    args.push('--baseline', file);
  }
  const run = await runCliWith(org.env, args);
  expect(run.code, run.stderr).toBe(0);
  return { run, report: reportOf(run) };
}

/** `2026-11-30 06:00 UTC`: how the trend line names a run that shares its day with another. */
const when = (doc: Doc) => `${String(doc.scan.startedAt).slice(0, 16).replace('T', ' ')} UTC`;

describe('the history in report.json', () => {
  it('chains three runs through --baseline: A, A plus one address, A', async () => {
    const first = await scan(orgA);
    const second = await scan(orgAPlusOne, first.report, 'first.json');
    const third = await scan(orgA, second.report, 'second.json');

    const history = third.report.history as Doc[];
    expect(history).toHaveLength(3);
    expect(history.map((e) => e.monthlyCostUsd)).toEqual([120.45, 124.1, 120.45]);
    const [a, aPlusOne, aAgain] = history.map((e) => e.publicIpv4Addresses as number);
    expect([aPlusOne! - a!, aAgain! - a!]).toEqual([1, 0]);
    expect(history.map((e) => e.unassociatedEips)).toEqual([3, 4, 3]);
    // Runs may share an epoch second: in order means never earlier than the one before.
    const times = history.map((e) => Date.parse(e.startedAt as string));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(history.map((e) => e.startedAt)).toEqual(
      [first, second, third].map(({ report }) => report.scan.startedAt),
    );
    // Each entry is that run's own totals, as its report.json said them.
    expect(history[2]).toEqual({
      startedAt: third.report.scan.startedAt,
      monthlyCostUsd: third.report.cost.totalMonthlyUsd,
      potentialSavingsUsd: third.report.cost.potentialSavingsUsd,
      publicIpv4Addresses: third.report.totals.publicIpv4Addresses,
      bySuspicion: third.report.totals.bySuspicion,
      unassociatedEips: third.report.totals.unassociatedEips,
      accountRegionsPlanned: third.report.coverage.planned,
      accountRegionsComplete: third.report.coverage.complete,
    });
    expect(second.report.history).toEqual(history.slice(0, 2));
    expect(first.report.history).toEqual(history.slice(0, 1));

    // The summary says the trend in one line; the first run, without a baseline, claims none.
    expect(first.run.stdout).not.toContain('Trend');
    // The runs share a day, so the line names their times.
    expect(second.run.stdout).toContain(
      `\nTrend: +1 address (+$3.65/month) since the last run (${when(first.report)}).\n`,
    );
    expect(third.run.stdout).toContain(
      `\nTrend: -1 address (-$3.65/month) since the last run (${when(second.report)}); no change since ${when(first.report)}.\n`,
    );
    // The page draws it.
    expect(third.run.files.get('report.html')).toContain('<svg class="chart trend" data-trend ');
    expect(first.run.files.get('report.html')).not.toContain('data-trend');
  });

  it('starts from the totals of an older baseline without a history', async () => {
    const { report: older } = await scan(orgA);
    delete older.history;
    const { report } = await scan(orgAPlusOne, older);
    expect((report.history as Doc[]).map((e) => e.monthlyCostUsd)).toEqual([120.45, 124.1]);
    expect(report.history[0].startedAt).toBe(older.scan.startedAt);
  });

  it('drops a malformed history with a warning that says why, keeping the baseline', async () => {
    const { report: baseline } = await scan(orgA);
    baseline.history[0].monthlyCostUsd = 'a lot';
    const file = path.join(scratch, 'malformed.json');
    await writeFile(file, JSON.stringify(baseline));

    const run = await runCliWith(orgAPlusOne.env, [...SCAN, '--baseline', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `warning: The history in the baseline '${file}' is malformed and was dropped (/history/0/monthlyCostUsd must be number); the baseline's own totals stand in for it\n`,
    );
    const report = reportOf(run);
    expect((report.history as Doc[]).map((e) => e.monthlyCostUsd)).toEqual([120.45, 124.1]);
    // The baseline itself still counts: the one new address is found new.
    expect(report.baseline.newUnassociatedEips).toEqual([
      `${SAMPLE_MANAGEMENT}/us-east-1/${EXTRA_EIP.allocationId}`,
    ]);
  });

  it(`keeps the last ${HISTORY_LIMIT} runs`, async () => {
    const { report: baseline } = await scan(orgA);
    const older = weeklyRuns(HISTORY_LIMIT, '2025-12-01', (i) => 100 + i);
    baseline.history = [...older, ...baseline.history];
    const { report } = await scan(orgA, baseline, 'long.json');
    const history = report.history as Doc[];
    expect(history).toHaveLength(HISTORY_LIMIT);
    // The two oldest gave way to the baseline's own run and this one.
    expect(history[0]).toEqual(older[2]);
    expect(history.slice(-2).map((e) => e.startedAt)).toEqual([
      baseline.scan.startedAt,
      report.scan.startedAt,
    ]);
  });
});
