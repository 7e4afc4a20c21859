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
      scope: history[0]?.scope,
    });
    // The same organisation, read completely each time: one scope.
    expect(new Set(history.map((e) => e.scope)).size).toBe(1);
    expect(history[0]?.scope).toMatch(/^sha256:[0-9a-f]{16}$/);
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

describe('runs that read different account-regions', () => {
  /** A run of the management account in us-east-1 only: a PR gate against the organisation's report. */
  async function narrow(org: AwsStandIn, baseline: Doc, name: string) {
    const file = path.join(scratch, name);
    await writeFile(file, JSON.stringify(baseline));
    const run = await runCliWith(org.env, [
      'run-single-account',
      '--regions',
      'us-east-1',
      '--baseline',
      file,
    ]);
    expect(run.code, run.stderr).toBe(0);
    return { run, report: reportOf(run) };
  }

  it('a narrower run calls nothing it did not read gone and compares cost over what both read', async () => {
    const { report: org } = await scan(orgA);
    const { run, report } = await narrow(orgA, org, 'org.json');
    // The organisation's findings this run did not see: all outside what it read (the member's
    // interface in the shared subnet is seen from the management account's us-east-1 too).
    const seen = new Set((report.findings.eniPublicIps as Doc[]).map((f) => f.key));
    const outside = (org.findings.eniPublicIps as Doc[]).filter((f) => !seen.has(f.key));
    expect(outside.length).toBeGreaterThan(5);
    expect(
      outside.filter((f) => String(f.key).startsWith(`${SAMPLE_MANAGEMENT}/us-east-1/`)),
    ).toEqual([]);
    const diff = report.baseline;
    expect(diff.goneFindings).toEqual([]);
    expect(diff.notCompared).toBe(outside.length);
    expect(diff.newFindings).toEqual([]);
    expect(diff.monthlyCostDeltaUsd).toBe(0);
    // 111111111111's us-east-1 and its accelerator listing, of the organisation's eight.
    expect(diff.scope).toEqual({
      same: false,
      common: 2,
      onlyBaseline: org.coverage.complete - 2,
      onlyThisRun: 0,
      baseline: diff.scope.thisRun,
      thisRun: diff.scope.thisRun,
    });
    expect(report.history.at(-1).scope).not.toBe(org.history.at(-1).scope);
    expect(run.stdout).toContain(
      `\nTrend: no change since the last run (${when(org)}), over the 2 account-regions both read (that run read ${diff.scope.common + diff.scope.onlyBaseline}, this one 2).\n`,
    );
  });

  it('a later run of the whole organisation compares with an earlier one of the same scope, not with the narrow one', async () => {
    const { report: first } = await scan(orgA);
    const { report: pr } = await narrow(orgA, first, 'first-org.json');
    const third = await scan(orgAPlusOne, pr, 'pr.json');
    expect((third.report.history as Doc[]).map((e) => e.startedAt)).toEqual(
      [first, pr, third.report].map((r) => r.scan.startedAt),
    );
    const { scope } = third.report.baseline;
    // Against the narrow run: over the two targets both read, where the one new EIP is.
    expect(third.run.stdout).toContain(
      `\nTrend: +1 address (+$3.65/month) since the last run (${when(pr)}), over the 2 account-regions both read (that run read 2, this one ${scope.common + scope.onlyThisRun}); +1 address (+$3.65/month) since ${when(first)}.\n`,
    );
    // The narrow run's point is marked as another scope on the page.
    const html = third.run.files.get('report.html') ?? '';
    expect(html).toContain('<td data-label="Scope" data-scope>other account-regions</td>');
    expect(html).toContain('<td data-label="Scope" data-scope>same as this run</td>');
  });

  it('a run of another scope in the window is not compared at all', async () => {
    const { report: first } = await scan(orgA);
    const { report: pr } = await narrow(orgA, first, 'first-org-2.json');
    const { report: pr2 } = await narrow(orgAPlusOne, pr, 'pr-2.json');
    // Two narrow runs: the last is of the same scope; the first of the organisation is not.
    expect(pr2.history).toHaveLength(3);
    await writeFile(path.join(scratch, 'pr-2.json'), JSON.stringify(pr2));
    const again = await runCliWith(orgA.env, [
      'run-single-account',
      '--regions',
      'us-east-1',
      '--baseline',
      path.join(scratch, 'pr-2.json'),
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      `\nTrend: -1 address (-$3.65/month) since the last run (${when(pr2)}); not compared with ${when(first)}: it read other account-regions than this run.\n`,
    );
  });

  it('a history from an older release, without scopes: its last run is known from its report, older ones are said to be unrecorded', async () => {
    const first = await scan(orgA);
    const second = await scan(orgAPlusOne, first.report, 'older-1.json');
    const older = second.report;
    for (const entry of older.history as Doc[]) delete entry.scope;
    const third = await scan(orgA, older, 'older-2.json');
    const history = third.report.history as Doc[];
    expect(history[0]?.scope).toBeUndefined();
    expect(history[1]?.scope).toBe(history[2]?.scope);
    expect(third.run.stdout).toContain(
      `\nTrend: -1 address (-$3.65/month) since the last run (${when(older)}); no change since ${when(first.report)} (whose account-regions were not recorded).\n`,
    );
  });
});
