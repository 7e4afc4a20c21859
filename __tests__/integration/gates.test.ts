// Gates teams can live with, through the CLI against the AWS stand-in: suppressions with
// reasons and expiry, and baselines that gate only on what is new.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { runCliWith } from './cliRunner.js';
import { standInSuite } from './standInSuite.js';

const suite = standInSuite(sampleOrg, 'gates');
const BASE = ['run-single-account', '--regions', 'us-east-1'];
// The sample account's two HIGH findings in us-east-1.
const PRIVATE_ONLY = '54.210.10.4';
const UNATTACHED = '3.220.40.1';

async function file(name: string, text: string): Promise<string> {
  const p = path.join(suite.scratch, name);
  await writeFile(p, text);
  return p;
}

/** report.json must stay valid against the schema with suppressions and a baseline in it. */
async function expectValidReport(text: string | undefined): Promise<void> {
  const schema = JSON.parse(
    await readFile(
      path.join(import.meta.dirname, '..', '..', 'schema', 'report.schema.json'),
      'utf8',
    ),
  ) as object;
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  expect(validate(JSON.parse(text ?? '{}')), JSON.stringify(validate.errors)).toBe(true);
}

const rowOf = (csv: string | undefined, address: string) =>
  (csv ?? '').split('\n').find((line) => line.includes(`,${address},`)) ?? '';

describe('suppressions', () => {
  it('without them, two HIGH findings pass max-high-suspicion 1 and the CLI exits 4 naming them', async () => {
    const run = await runCliWith(suite.aws.env, [...BASE, '--max-high-suspicion', '1']);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain(
      `2 HIGH-suspicion public IPs exceed --max-high-suspicion (1) by 1: ${PRIVATE_ONLY} (eni-0a00000000000003, 111111111111 us-east-1), ${UNATTACHED} (eni-0a00000000000008, 111111111111 us-east-1)`,
    );
  });

  it('a suppressed finding stays in the reports, marked with its reason, and leaves the gate counts', async () => {
    const suppressions = await file(
      'ok.yml',
      `suppressions:\n  - address: ${PRIVATE_ONLY}\n    reason: Reached through a partner VPN\n    expires: 2999-12-31\n`,
    );
    const run = await runCliWith(suite.aws.env, [
      ...BASE,
      '--max-high-suspicion',
      '1',
      '--suppressions',
      suppressions,
    ]);
    expect(run.code).toBe(0);
    expect(rowOf(run.files.get('eni_public_ips.csv'), PRIVATE_ONLY)).toMatch(
      /,HIGH,.*,3\.65,true,Reached through a partner VPN$/,
    );
    expect(rowOf(run.files.get('eni_public_ips.csv'), UNATTACHED)).toMatch(/,3\.65,false,$/);
    const json = JSON.parse(run.files.get('report.json') ?? '{}');
    expect(json.suppressions).toEqual({ suppressed: 1, expired: [], unused: [] });
    expect(json.gate.counts.highSuspicion).toBe(1);
  });

  it('an expired entry warns, naming it, and no longer suppresses', async () => {
    const suppressions = await file(
      'expired.yml',
      `suppressions:\n  - interface-id: eni-0a00000000000003\n    reason: Temporary exception\n    expires: 2020-01-31\n`,
    );
    const run = await runCliWith(suite.aws.env, [
      ...BASE,
      '--max-high-suspicion',
      '1',
      '--suppressions',
      suppressions,
    ]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(
      `warning: Suppression at ${suppressions}:2 expired on 2020-01-31 and no longer suppresses (Temporary exception)`,
    );
  });

  it('a malformed file fails with file, line and problem before any AWS call', async () => {
    const suppressions = await file(
      'bad.yml',
      `suppressions:\n  - address: ${PRIVATE_ONLY}\n    reson: typo\n`,
    );
    suite.aws.resetCounters();
    const run = await runCliWith(suite.aws.env, [...BASE, '--suppressions', suppressions]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `aws-ipv4-audit: --suppressions: ${suppressions}:3: unknown key 'reson' (allowed: address, interface-id, allocation-id, account, region, interface-type, service, tag, reason, expires)\n`,
    );
    expect(suite.aws.counters.total()).toBe(0);
  });

  it.each(['constructor', 'toString', '__proto__'])(
    'a tag condition on %j matches only a tag of that name, not every tagged finding',
    async (key) => {
      const suppressions = await file(
        `proto-${key}.yml`,
        `suppressions:\n  - tag: { key: ${key} }\n    reason: Hides everything?\n`,
      );
      const run = await runCliWith(suite.aws.env, [
        ...BASE,
        '--suppressions',
        suppressions,
        '--max-high-suspicion',
        '1',
      ]);
      expect(run.code).toBe(4);
      expect(JSON.parse(run.files.get('report.json') ?? '{}').suppressions.suppressed).toBe(0);
    },
  );

  it('a date that does not exist is refused before any AWS call', async () => {
    const suppressions = await file(
      'feb30.yml',
      `suppressions:\n  - address: ${PRIVATE_ONLY}\n    reason: r\n    expires: 2027-02-30\n`,
    );
    suite.aws.resetCounters();
    const run = await runCliWith(suite.aws.env, [...BASE, '--suppressions', suppressions]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `aws-ipv4-audit: --suppressions: ${suppressions}:4: 'expires' must be a date like 2027-01-31, not '2027-02-30'\n`,
    );
    expect(suite.aws.counters.total()).toBe(0);
  });

  it('a tag value that is a mapping is refused with file and line', async () => {
    const suppressions = await file(
      'tagmap.yml',
      `suppressions:\n  - reason: r\n    tag:\n      key: team\n      value: { a: 1 }\n`,
    );
    const run = await runCliWith(suite.aws.env, [...BASE, '--suppressions', suppressions]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `aws-ipv4-audit: --suppressions: ${suppressions}:5: the tag's 'value' must be a single value (text), not a mapping or a list\n`,
    );
  });
});

describe('baseline and gate-on: new', () => {
  it('passes when nothing is new, fails naming the one new HIGH address, reports new and gone', async () => {
    const first = await runCliWith(suite.aws.env, BASE);
    const baseline = JSON.parse(first.files.get('report.json') ?? '{}');
    const unchanged = await file('baseline.json', JSON.stringify(baseline));
    const same = await runCliWith(suite.aws.env, [
      ...BASE,
      '--baseline',
      unchanged,
      '--gate-on',
      'new',
      '--max-high-suspicion',
      '0',
    ]);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.files.get('report.json') ?? '{}').baseline).toMatchObject({
      source: unchanged,
      newFindings: [],
      goneFindings: [],
      monthlyCostDeltaUsd: 0,
    });

    // Pretend the private-only ENI appeared since the baseline, and an old address went away.
    baseline.findings.eniPublicIps = baseline.findings.eniPublicIps
      .filter((f: { address: string }) => f.address !== PRIVATE_ONLY)
      .concat([
        {
          ...baseline.findings.eniPublicIps[0],
          key: '111111111111/us-east-1/eni-gone/3.3.3.3',
          address: '3.3.3.3',
        },
      ]);
    const older = await file('older.json', JSON.stringify(baseline));
    const run = await runCliWith(suite.aws.env, [
      ...BASE,
      '--baseline',
      older,
      '--gate-on',
      'new',
      '--max-high-suspicion',
      '0',
    ]);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain(
      `1 new HIGH-suspicion public IPs exceed --max-high-suspicion (0) by 1: ${PRIVATE_ONLY} (eni-0a00000000000003, 111111111111 us-east-1)`,
    );
    await expectValidReport(run.files.get('report.json'));
    const diff = JSON.parse(run.files.get('report.json') ?? '{}').baseline;
    expect(diff.newFindings).toEqual([
      {
        key: `111111111111/us-east-1/eni-0a00000000000003/${PRIVATE_ONLY}`,
        address: PRIVATE_ONLY,
        suspicion: 'HIGH',
        previousSuspicion: null,
      },
    ]);
    expect(diff.goneFindings.map((g: { address: string }) => g.address)).toEqual(['3.3.3.3']);

    // The same new finding, suppressed with a reason: the gate passes.
    const suppressions = await file(
      'accept.yml',
      `- address: ${PRIVATE_ONLY}\n  reason: Accepted by the network team\n`,
    );
    const accepted = await runCliWith(suite.aws.env, [
      ...BASE,
      '--baseline',
      older,
      '--gate-on',
      'new',
      '--max-high-suspicion',
      '0',
      '--suppressions',
      suppressions,
    ]);
    expect(accepted.code).toBe(0);
    await expectValidReport(accepted.files.get('report.json'));
  });

  it('a baseline file that cannot be read stops the run before any AWS call, naming it', async () => {
    const run = await runCliWith(suite.aws.env, [
      ...BASE,
      '--baseline',
      '/nonexistent/report.json',
      '--gate-on',
      'new',
      '--max-high-suspicion',
      '1',
    ]);
    expect(run.stderr).toBe(
      "aws-ipv4-audit: --baseline: '/nonexistent/report.json' cannot be the baseline: ENOENT: no such file or directory, open '/nonexistent/report.json'\n",
    );
    expect(run.code).toBe(2);
    expect(suite.aws.counters.snapshot()).toEqual([]);
    expect(run.files.size).toBe(0);
  });

  it('a baseline the schema refuses stops the run before any AWS call, saying what is wrong', async () => {
    // Today's own report would make nothing new; one bad field and none of it is trusted.
    const report = JSON.parse(
      (await runCliWith(suite.aws.env, BASE)).files.get('report.json') ?? '{}',
    );
    report.cost.totalMonthlyUsd = '1e308';
    const tampered = await file('tampered.json', JSON.stringify(report));
    suite.aws.resetCounters();
    const run = await runCliWith(suite.aws.env, [...BASE, '--baseline', tampered]);
    expect(run.stderr).toBe(
      `aws-ipv4-audit: --baseline: '${tampered}' cannot be the baseline: not a valid aws-ipv4-audit report.json: /cost/totalMonthlyUsd must be number\n`,
    );
    expect(run.code).toBe(2);
    expect(suite.aws.counters.snapshot()).toEqual([]);
  });

  it('a baseline file with a money value of 1e307 stops the run before any AWS call, naming the bound', async () => {
    // Schema-valid before the bounds: its cents would be Infinity in the next report.json.
    const report = JSON.parse(
      (await runCliWith(suite.aws.env, BASE)).files.get('report.json') ?? '{}',
    );
    report.cost.totalMonthlyUsd = 1e307;
    const huge = await file('huge.json', JSON.stringify(report));
    suite.aws.resetCounters();
    const run = await runCliWith(suite.aws.env, [...BASE, '--baseline', huge]);
    expect(run.stderr).toBe(
      `aws-ipv4-audit: --baseline: '${huge}' cannot be the baseline: not a valid aws-ipv4-audit report.json: /cost/totalMonthlyUsd must be <= 10000000000000\n`,
    );
    expect(run.code).toBe(2);
    expect(suite.aws.counters.snapshot()).toEqual([]);
  });

  it('a baseline whose history holds 1e307 keeps its findings, drops the history with a warning, and the reports are written', async () => {
    const report = JSON.parse(
      (await runCliWith(suite.aws.env, BASE)).files.get('report.json') ?? '{}',
    );
    report.history[0].monthlyCostUsd = 1e307;
    const file307 = await file('history307.json', JSON.stringify(report));
    const run = await runCliWith(suite.aws.env, [...BASE, '--baseline', file307]);
    expect(run.stderr).toContain(
      `warning: The history in the baseline '${file307}' is malformed and was dropped (/history/0/monthlyCostUsd must be <= 10000000000000); the baseline's own totals stand in for it`,
    );
    expect(run.code).toBe(0);
    await expectValidReport(run.files.get('report.json'));
    const written = JSON.parse(run.files.get('report.json') ?? '{}');
    expect(written.baseline.monthlyCostDeltaUsd).toBe(0);
    expect(written.history).toHaveLength(2);
  });

  it.each([
    ['306 digits', '9'.repeat(306)],
    ['above 1 USD an hour', '1.5'],
  ])('a price-per-ip-hour of %s is refused before any AWS call', async (_what, price) => {
    const run = await runCliWith(suite.aws.env, [...BASE, '--price-per-ip-hour', price]);
    expect(run.stderr).toBe(
      `aws-ipv4-audit: --price-per-ip-hour: '${price}' is not a price from 0 to 1 USD per address-hour\n`,
    );
    expect(run.code).toBe(2);
    expect(suite.aws.counters.snapshot()).toEqual([]);
    expect(run.files.size).toBe(0);
  });

  it("refuses 'artifact', the action's baseline, naming the way to a file of that name", async () => {
    const run = await runCliWith(suite.aws.env, [...BASE, '--baseline', 'artifact']);
    expect(run.stderr).toBe(
      "aws-ipv4-audit: --baseline: 'artifact' is the action's (its last workflow artifact): give a report.json file (./artifact for a file of that name)\n",
    );
    expect(run.code).toBe(2);
  });
});
