// The action's run(), in-process with a stand-in for @actions/core, against the AWS stand-in:
// a change to inputs, outputs, the summary or the step's result shows here without rebundling
// (the e2e tests then check the bundle the runner runs).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { readActionYml } from '../e2e/runnerInputs.js';
import { fakeCore } from './fakeCore.js';
import { standInSuite } from './standInSuite.js';
import { SAMPLE_COUNTS } from '../../__fixtures__/sampleCounts.js';

const suite = standInSuite(sampleOrg, 'action-run');
const saved = { ...process.env };

beforeAll(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, suite.aws.env);
});
afterAll(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

describe('run() with core passed in', () => {
  it('sets every output of action.yml and writes the summary, passing the gate', async () => {
    const outputPath = path.join(suite.scratch, 'ok');
    const { core, seen } = fakeCore({ 'output-path': outputPath, 'upload-artifact': 'false' });
    await run(core);

    expect(seen.failed).toEqual([]);
    expect(Object.keys(seen.outputs).sort()).toEqual(Object.keys(readActionYml().outputs).sort());
    expect(seen.outputs).toEqual({
      'report-dir': outputPath,
      'artifact-id': '',
      'artifact-url': '',
      ...SAMPLE_COUNTS,
      // No terraform-plan: the plan's outputs are empty.
      'plan-added-count': '',
      'plan-removed-count': '',
      'plan-monthly-change-usd': '',
      gate: 'passed',
      // Off by default: empty.
      'ipam-missed-count': '',
      'billed-monthly-usd': '',
    });
    expect(seen.summary).toContain('Gate: **passed**.');
    // The scan's progress is logged in its group, ending with the elapsed time.
    const group = seen.log.slice(seen.log.indexOf('group Scan'), seen.log.indexOf('endgroup'));
    expect(group.at(-1)).toMatch(
      /^Scan finished in [\d.]+ s: 6 of 6 account-regions read completely, \d+ AWS calls, 0 errors$/,
    );
    // The ambient keys it read were masked.
    expect(seen.secrets).toContain(suite.aws.env.AWS_SECRET_ACCESS_KEY);
  });

  it('fails the step naming the threshold, after setting the outputs', async () => {
    const { core, seen } = fakeCore({
      'output-path': path.join(suite.scratch, 'gate'),
      'upload-artifact': 'false',
      'max-high-suspicion': '1',
    });
    await run(core);

    expect(seen.outputs.gate).toBe('failed');
    expect(seen.failed).toEqual([
      "aws-ipv4-audit gate failed: 6 HIGH-suspicion public IPs exceed 'max-high-suspicion' (1) by 5: " +
        '54.210.10.4 (eni-0a00000000000003, 111111111111 us-east-1), 3.220.40.1 (eni-0a00000000000008, 111111111111 us-east-1), ' +
        '52.30.22.1 (eni-0b00000000000022, 222222222222 eu-west-1), 52.30.23.1 (eni-0b00000000000023, 222222222222 eu-west-1), ' +
        '52.30.25.1 (eni-0b00000000000025, 222222222222 eu-west-1), and 1 more',
    ]);
  });

  it.each([
    ["action.yml's default", undefined],
    ['an empty input', ''],
  ])("assumes the templates' member role with %s", async (_how, value) => {
    suite.aws.received.assumeRole.length = 0;
    const { core, seen } = fakeCore({
      'output-path': path.join(suite.scratch, `role-${value ?? 'default'}`),
      'upload-artifact': 'false',
      ...(value === undefined ? {} : { 'member-role-name': value }),
    });
    await run(core);

    expect(seen.failed).toEqual([]);
    expect(suite.aws.received.assumeRole.map((r) => r.RoleArn)).toEqual([
      'arn:aws:iam::222222222222:role/ipv4-audit-member',
    ]);
  });

  it('fails on a bad input before any AWS call, setting no output', async () => {
    suite.aws.resetCounters();
    const { core, seen } = fakeCore({ regions: 'us-east-9' });
    await run(core);

    expect(seen.failed).toEqual(["Invalid input 'regions': unknown region 'us-east-9'"]);
    expect(seen.outputs).toEqual({});
    expect(suite.aws.counters.total()).toBe(0);
  });
});
