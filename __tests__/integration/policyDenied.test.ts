// Organisations people run deny regions with service control policies: Control Tower's Region
// deny control refuses every regional call outside the governed regions. Through the CLI against
// the AWS stand-in: such an account-region is reported apart (policy_denied.csv, report.json, the
// summary), counted apart in coverage, passes the gate unless --fail-on-policy-denied, and never
// counts as something read; every other denial stays a scan error, failing closed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RegionFixture } from '../../test-support/aws/fixture.js';
import { describe, expect, it } from 'vitest';
import { READ_ACTIONS } from '../../src/aws/sessionPolicy.js';
import { regionDenyOrg } from '../../test-support/aws/regionDenyOrg.js';
import { SAMPLE_MANAGEMENT, SAMPLE_MEMBER, sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import type { DenyRule } from '../../test-support/aws/faultInjector.js';
import { runCliWith, type CliRun } from './cliRunner.js';
import { standInSuite } from './standInSuite.js';

const MEMBER_ROLE = `arn:aws:sts::${SAMPLE_MEMBER}:assumed-role/OrganizationAccountAccessRole/aws-ipv4-audit`;
const POLICY_HEADER = 'AccountId,Region,Policy,ExampleCall,Message\n';
const SCAN_ERRORS_HEADER = 'AccountId,Region,Api,ErrorCode,Message\n';
/** The six collectors of an account-region, as the stand-in names their actions. */
const COLLECTORS = READ_ACTIONS.filter(
  (a) => a.startsWith('ec2:') && a !== 'ec2:DescribeRegions' && !a.includes('PrefixList'),
).map((a) => a.slice('ec2:'.length));

interface ReportJson {
  coverage: { planned: number; complete: number; read: number; policyDeniedCount: number };
  totals: { scanErrors: number; policyDenied: number };
  gate: { passed: boolean; violations: { input: string; message: string }[] };
}
const json = (run: CliRun) => JSON.parse(run.files.get('report.json') ?? '{}') as ReportJson;
const rows = (run: CliRun, name: string) => (run.files.get(name) ?? '').trimEnd().split('\n');

/** What policy_denied.csv holds for the member's us-east-1 under a service control policy. */
const deniedRow = (region: string, policy = 'service control policy', role = MEMBER_ROLE) =>
  `${SAMPLE_MEMBER},${region},${policy},ec2:DescribeNetworkInterfaces,You are not authorized to ` +
  `perform this operation. User: ${role} is not authorized to perform: ` +
  `ec2:DescribeNetworkInterfaces with an explicit deny in a ${policy}. Encoded authorization ` +
  'failure message: ';

/** Runs the CLI against a stand-in of `fixture`, closed afterwards. */
async function against(
  fixture: Parameters<typeof startAwsStandIn>[0]['fixture'],
  args: string[],
  setUp?: (aws: AwsStandIn) => void,
): Promise<CliRun & { aws: AwsStandIn }> {
  const aws = await startAwsStandIn({ fixture });
  try {
    setUp?.(aws);
    return { ...(await runCliWith(aws.env, args)), aws };
  } finally {
    await aws.close();
  }
}

describe('a Control Tower organisation: the member is governed in eu-west-1 only', () => {
  const suite = standInSuite(regionDenyOrg, 'policy-denied');

  it('passes a threshold gate, listing the denied account-region apart from the scan errors', async () => {
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--max-high-suspicion',
      '100',
    ]);

    expect(run.code, run.stdout).toBe(0);
    expect(run.files.get('scan_errors.csv')).toBe(SCAN_ERRORS_HEADER);
    const denied = rows(run, 'policy_denied.csv');
    expect(denied).toHaveLength(2);
    expect(`${denied[0]}\n`).toBe(POLICY_HEADER);
    expect(denied[1]?.startsWith(deniedRow('us-east-1'))).toBe(true);
    expect(json(run).coverage).toMatchObject({
      planned: 5,
      complete: 5,
      read: 3,
      policyDeniedCount: 1,
    });
    expect(json(run).totals).toMatchObject({ scanErrors: 0, policyDenied: 1 });
    expect(run.stdout).toContain(
      'Coverage: 5 of 5 account-regions read completely, in 2 accounts; no scan errors.\n' +
        'Denied by an organisation policy, so not read: 1 account-region (not scan errors; they ' +
        'pass the gate unless --fail-on-policy-denied true):\n' +
        '  222222222222 us-east-1 (service control policy)\n',
    );
    expect(run.stdout).toContain('Gate: passed\n');
    // Not one warning for a choice the organisation made.
    expect(run.stderr).not.toContain('warning:');
    expect(run.stderr).toContain(
      '1 account-region(s) denied by an organisation policy (not scan errors): they are listed in policy_denied.csv',
    );
  });

  it('fails the gate with --fail-on-policy-denied true (exit 4), naming the account-region', async () => {
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--fail-on-policy-denied',
      'true',
    ]);

    expect(run.code).toBe(4);
    expect(run.stdout).toContain(
      'Gate: FAILED\n  1 account-regions are denied by an organisation policy: 222222222222 ' +
        'us-east-1 (service control policy). Scan only the regions the policies allow ' +
        '(--regions), or set --fail-on-policy-denied to false to accept them\n',
    );
    expect(json(run).gate.violations.map((v) => v.input)).toEqual(['fail-on-policy-denied']);
  });

  it('denies nothing where the scan keeps to the governed regions', async () => {
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--regions',
      'eu-west-1',
      '--fail-on-policy-denied',
      'true',
    ]);

    expect(run.code, run.stdout).toBe(0);
    expect(run.files.get('policy_denied.csv')).toBe(POLICY_HEADER);
    expect(json(run).coverage).toMatchObject({ planned: 4, complete: 4, policyDeniedCount: 0 });
  });
});

describe('which denials are an organisation policy, and which stay scan errors', () => {
  const suite = standInSuite(sampleOrg, 'policy-wordings');
  /** Every collector of the member's eu-west-1 denied, in these words. */
  const denyRegion = (explicitDeny?: DenyRule['explicitDeny']): DenyRule[] =>
    COLLECTORS.map((action) => ({
      account: SAMPLE_MEMBER,
      region: 'eu-west-1',
      action,
      ...(explicitDeny ? { explicitDeny } : {}),
    }));

  it('a resource control policy that denies a whole region: denied by policy', async () => {
    suite.aws.setFaults({ deny: denyRegion('resource control policy') });
    const run = await runCliWith(suite.aws.env, ['run-multi-account']);

    expect(run.code, run.stdout).toBe(0);
    expect(rows(run, 'policy_denied.csv')[1]).toMatch(
      new RegExp(
        `^${SAMPLE_MEMBER},eu-west-1,resource control policy,ec2:DescribeNetworkInterfaces,`,
      ),
    );
    expect(run.files.get('scan_errors.csv')).toBe(SCAN_ERRORS_HEADER);
  });

  it.each([
    ['an identity-based policy', 'identity-based policy' as const],
    ['a permissions boundary', 'permissions boundary' as const],
    ['no policy named', undefined],
  ])('%s denying a whole region: six scan errors, exit 3', async (_what, explicitDeny) => {
    suite.aws.setFaults({ deny: denyRegion(explicitDeny) });
    const run = await runCliWith(suite.aws.env, ['run-multi-account']);

    expect(run.code).toBe(3);
    expect(run.files.get('policy_denied.csv')).toBe(POLICY_HEADER);
    expect(rows(run, 'scan_errors.csv').slice(1)).toHaveLength(6);
    expect(json(run).totals).toMatchObject({ scanErrors: 6, policyDenied: 0 });
  });

  it('an SCP that denies one call of a region whose others answer: a blind spot, a scan error', async () => {
    suite.aws.setFaults({
      deny: [
        {
          account: SAMPLE_MEMBER,
          region: 'eu-west-1',
          action: 'DescribeRouteTables',
          explicitDeny: 'service control policy',
        },
      ],
    });
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--max-high-suspicion',
      '100',
    ]);

    expect(run.code).toBe(4);
    expect(run.files.get('policy_denied.csv')).toBe(POLICY_HEADER);
    expect(rows(run, 'scan_errors.csv')[1]).toMatch(
      new RegExp(
        `^${SAMPLE_MEMBER},eu-west-1,ec2:DescribeRouteTables,UnauthorizedOperation,.* with an explicit deny in a service control policy\\.`,
      ),
    );
    expect(run.stdout).toContain(
      'The scan is incomplete: 1 of 6 account-regions were not read completely: 222222222222 ' +
        'eu-west-1 (ec2:DescribeRouteTables: UnauthorizedOperation).',
    );
    // A scan error is warned, whatever words it was denied in.
    expect(run.stderr).toContain(
      'warning: 222222222222 eu-west-1 ec2:DescribeRouteTables: UnauthorizedOperation:',
    );
  });
});

describe('a scan that read nothing fails, whatever --fail-on-scan-errors says', () => {
  it('every region of the scanned account denied by policy: exit 5', async () => {
    const run = await against(regionDenyOrg({ allowedRegions: [] }), [
      'run-multi-account',
      '--accounts',
      SAMPLE_MEMBER,
      '--fail-on-scan-errors',
      'false',
    ]);

    expect(run.code).toBe(5);
    expect(run.stdout).toContain(
      'Nothing was scanned: no network interface or address could be read; 2 account-regions ' +
        'are denied by an organisation policy (222222222222 eu-west-1 (service control policy), ' +
        "222222222222 us-east-1 (service control policy)). Scan the regions the organisation's " +
        'policies allow (--regions)',
    );
    // Global Accelerator answered (Control Tower exempts it), and is no substitute.
    expect(json(run).coverage).toMatchObject({
      planned: 1,
      complete: 1,
      read: 0,
      policyDeniedCount: 2,
    });
  });

  it('every call denied, the region listing too: exit 5', async () => {
    const run = await against(
      regionDenyOrg({ allowedRegions: [], exemptActions: ['sts:*', 'organizations:*'] }),
      ['run-multi-account', '--accounts', SAMPLE_MEMBER, '--fail-on-scan-errors', 'false'],
    );

    expect(run.code).toBe(5);
    expect(run.stdout).toContain(
      'Nothing was scanned: not one of the 1 planned account-regions could be read ' +
        '(222222222222 all regions (ec2:DescribeRegions: UnauthorizedOperation)).',
    );
  });

  it('a failure of no planned region (the home region listing) never counts as something read', async () => {
    // The home region refuses the listing; the one named region refuses everything.
    const run = await against(
      sampleOrg(),
      ['run-single-account', '--regions', 'eu-west-1', '--fail-on-scan-errors', 'false'],
      (aws) =>
        aws.setFaults({
          deny: [
            { account: SAMPLE_MANAGEMENT, region: 'us-east-1', action: 'DescribeRegions' },
            ...['DescribeRegions', ...COLLECTORS].map((action) => ({
              account: SAMPLE_MANAGEMENT,
              region: 'eu-west-1',
              action,
            })),
          ],
        }),
    );

    expect(run.code).toBe(5);
    expect(json(run).coverage).toMatchObject({ planned: 3, complete: 1, read: 0 });
    expect(run.stdout).toContain(
      'Nothing was scanned: not one of the 3 planned account-regions could be read ' +
        '(111111111111 eu-west-1 (ec2:DescribeAddresses: UnauthorizedOperation,',
    );
    expect(run.stdout).toContain(
      '111111111111 us-east-1 (ec2:DescribeRegions: UnauthorizedOperation)).',
    );
  });
});

describe('an EU-only organisation whose SCP denies the home region, DescribeRegions included', () => {
  /** The sample organisation in eu-central-1 too; the member may act in the EU regions only. */
  function euOnlyOrg() {
    const org = regionDenyOrg({
      allowedRegions: ['eu-west-1', 'eu-central-1'],
      exemptActions: ['globalaccelerator:*', 'organizations:*', 'sts:*'],
    });
    for (const account of org.accounts) {
      account.regions['eu-central-1'] = {} satisfies RegionFixture;
    }
    return org;
  }

  it('lists the regions through the first scanned region, and scans them: exit 0', async () => {
    const run = await against(euOnlyOrg(), [
      'run-multi-account',
      '--regions',
      'eu-west-1,eu-central-1',
      '--max-high-suspicion',
      '100',
    ]);

    expect(run.code, run.stdout).toBe(0);
    expect(run.files.get('scan_errors.csv')).toBe(SCAN_ERRORS_HEADER);
    expect(run.files.get('policy_denied.csv')).toBe(POLICY_HEADER);
    expect(json(run).coverage).toMatchObject({ planned: 6, complete: 6, policyDeniedCount: 0 });
    const listings = run.aws.counters.snapshot({
      account: SAMPLE_MEMBER,
      action: 'DescribeRegions',
    });
    expect(listings.map((r) => [r.region, r.attempts, r.succeeded])).toEqual([
      ['eu-west-1', 1, 1],
      ['us-east-1', 1, 0],
    ]);
    expect(run.stderr).toContain(
      `${SAMPLE_MEMBER}: DescribeRegions was refused in us-east-1 (UnauthorizedOperation); listed the regions in eu-west-1 instead`,
    );
  });

  it('without named regions there is none to ask: the account is one scan error', async () => {
    const run = await against(euOnlyOrg(), ['run-multi-account']);

    expect(run.code).toBe(3);
    expect(rows(run, 'scan_errors.csv').slice(1)).toEqual([
      expect.stringMatching(
        new RegExp(`^${SAMPLE_MEMBER},us-east-1,ec2:DescribeRegions,UnauthorizedOperation,`),
      ),
    ]);
  });
});

describe('a baseline taken before the region deny', () => {
  it('calls the findings of a newly denied account-region not compared, never gone', async () => {
    const before = await against(sampleOrg(), ['run-multi-account']);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'policy-baseline-'));
    const file = path.join(dir, 'baseline.json');
    try {
      await writeFile(file, before.files.get('report.json') ?? '');
      const run = await against(regionDenyOrg({ allowedRegions: ['us-east-1'] }), [
        'run-multi-account',
        '--baseline',
        file,
      ]);

      expect(run.code, run.stdout).toBe(0);
      const report = JSON.parse(run.files.get('report.json') ?? '{}') as {
        baseline: { goneFindings: { key: string }[]; notCompared: number };
      };
      // The member's eu-west-1 held findings in the baseline; this run could not read it.
      const deniedBefore = (
        JSON.parse(before.files.get('report.json') ?? '{}') as {
          findings: { eniPublicIps: { ownerAccountId: string; region: string }[] };
        }
      ).findings.eniPublicIps.filter(
        (f) => f.ownerAccountId === SAMPLE_MEMBER && f.region === 'eu-west-1',
      );
      expect(deniedBefore.length).toBeGreaterThan(0);
      expect(report.baseline.goneFindings).toEqual([]);
      expect(report.baseline.notCompared).toBeGreaterThanOrEqual(deniedBefore.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
