// Issue 16 through the bundled action: the weekly scheduled audit takes `baseline: artifact` too,
// so each run's report.json carries the runs before it. Three scheduled runs over organisations
// A, A plus one address, and A again, each a run of its own that uploads its reports and finds
// the previous one's artifact, end with a history of three, and the summary says the trend.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import schema from '../../schema/report.schema.json' with { type: 'json' };
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { sampleOrgPlusOne } from '../../test-support/aws/sampleOrgPlusOne.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import {
  startGitHubStandIn,
  type GitHubStandIn,
} from '../../test-support/github/startGitHubStandIn.js';
import { runAction, type ActionRun } from './runAction.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const REPO = 'acme/platform-infra';
const ARTIFACT = 'ipv4-audit-reports';
/** The README's scheduled audit: the whole organisation, with the last run as baseline. */
const SCHEDULED = { baseline: 'artifact' };

let orgA: AwsStandIn;
let orgAPlusOne: AwsStandIn;
let root: string;
let validate: ValidateFunction;
const standIns: GitHubStandIn[] = [];

beforeAll(async () => {
  [orgA, orgAPlusOne] = await Promise.all([
    startAwsStandIn({ fixture: sampleOrg() }),
    startAwsStandIn({ fixture: sampleOrgPlusOne() }),
  ]);
  root = await mkdtemp(path.join(tmpdir(), 'ipv4-audit-history-e2e-'));
  validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
});

afterAll(async () => {
  await Promise.all([orgA?.close(), orgAPlusOne?.close(), ...standIns.map((s) => s.close())]);
  if (root) await rm(root, { recursive: true, force: true });
});

interface Earlier {
  runId: number;
  zip: Buffer;
}

/**
 * One scheduled run of the workflow (a GitHub stand-in of its own, so each run uploads its
 * artifact under the same name), after the `earlier` runs, which the runs API lists.
 */
async function scheduledRun(runId: number, org: AwsStandIn, earlier: readonly Earlier[]) {
  const github = await startGitHubStandIn({ repo: REPO, runId });
  standIns.push(github);
  for (const run of earlier) {
    github.seedRun({
      id: run.runId,
      branch: 'main',
      conclusion: 'success',
      event: 'schedule',
      artifacts: [{ name: ARTIFACT, zip: run.zip }],
    });
  }
  const step = await runAction({
    github,
    awsEnv: org.env,
    inputs: SCHEDULED,
    eventName: 'schedule',
    root,
  });
  expect(step.code, step.stdout).toBe(0);
  const zip = github.artifacts().find((a) => a.name === ARTIFACT && a.finalized)?.zip;
  if (!zip) throw new Error(`run ${runId} uploaded no artifact: ${step.stdout}`);
  return { step, report: reportOf(step), uploaded: { runId, zip } };
}

function reportOf(step: ActionRun): Doc {
  const doc = JSON.parse(step.reports.get('report.json') ?? '{}') as Doc;
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  return doc;
}

/** How the trend line names a run that shares its day with another (these runs all do). */
const when = (doc: Doc) => `${String(doc.scan.startedAt).slice(0, 16).replace('T', ' ')} UTC`;

describe('the scheduled audit with baseline: artifact', () => {
  it('carries the history from run to run: A, A plus one address, A', async () => {
    // The first run has no earlier one: it says so and the history starts with it.
    const first = await scheduledRun(7001, orgA, []);
    expect(first.step.stdout).toContain(
      `::warning::The baseline 'artifact' could not be read (no successful schedule, workflow_dispatch or push run of this workflow on ${REPO}'s 'main' has an artifact named '${ARTIFACT}')`,
    );
    expect(first.report.history).toHaveLength(1);
    expect(first.step.summary).not.toContain('Trend');

    const second = await scheduledRun(7002, orgAPlusOne, [first.uploaded]);
    expect(second.step.stdout).toMatch(
      /\nBaseline: \d+_report\.json from schedule run 7001 on main\n/,
    );
    expect(second.step.outputs['monthly-cost-usd']).toBe('124.10');

    const third = await scheduledRun(7003, orgA, [first.uploaded, second.uploaded]);
    expect(third.step.stdout).toMatch(
      /\nBaseline: \d+_report\.json from schedule run 7002 on main\n/,
    );

    const history = third.report.history as Doc[];
    expect(history).toHaveLength(3);
    expect(history.map((e) => e.monthlyCostUsd)).toEqual([120.45, 124.1, 120.45]);
    expect(history.map((e) => e.startedAt)).toEqual(
      [first, second, third].map(({ report }) => report.scan.startedAt),
    );
    const times = history.map((e) => Date.parse(e.startedAt as string));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    const [a, aPlusOne, aAgain] = history.map((e) => e.publicIpv4Addresses as number);
    expect([aPlusOne! - a!, aAgain! - a!]).toEqual([1, 0]);

    // The job summary says the trend in one line; the page draws it.
    expect(third.step.summary).toContain(
      `\n\nTrend: -1 address (-$3.65/month) since the last run (${when(second.report)}); no change since ${when(first.report)}.\n\n`,
    );
    expect(third.step.reports.get('report.html')).toContain('<svg class="chart trend" data-trend ');
  });
});
