// Issue 22 through the CLI against the AWS stand-in of reconcileOrg(): IPAM's discovered
// addresses and the bill against the scan, in the reports, the terminal and the gate. The scan's
// clock is RECONCILE_NOW (only Date is faked): IPAM sampled an hour before it, the bill runs to
// the day before it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  HIDDEN_ADDRESS,
  RECONCILE_DISCOVERY,
  RECONCILE_NOW,
  STALE_ADDRESS,
  reconcileOrg,
} from '../../test-support/aws/reconcileOrg.js';
import { SAMPLE_MANAGEMENT, SAMPLE_MEMBER } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import { runCliWith, type CliRun } from './cliRunner.js';

let aws: AwsStandIn;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: RECONCILE_NOW });
  aws = await startAwsStandIn({ fixture: reconcileOrg(), now: () => RECONCILE_NOW });
});

afterAll(async () => {
  await aws.close();
  vi.useRealTimers();
});

const lines = (run: CliRun, name: string) => (run.files.get(name) ?? '').trimEnd().split('\n');
const json = (run: CliRun) => JSON.parse(run.files.get('report.json') ?? '{}');

const RECONCILE = [
  'run-multi-account',
  '--ipam-resource-discovery-id',
  RECONCILE_DISCOVERY,
  '--ipam-account',
  SAMPLE_MEMBER,
  '--reconcile-billing',
  'true',
];

describe('run-multi-account with IPAM and the bill', () => {
  it('reports the missed and the stale address, and flags the member billed for 6 more', async () => {
    aws.resetCounters();
    const run = await runCliWith(aws.env, RECONCILE);
    expect(run.code, run.stderr).toBe(0);
    const ipam = lines(run, 'ipam_reconciliation.csv');
    expect(ipam[0]).toBe(
      'AccountId,Region,Row,Status,Reason,Scanned,Ipam,Missed,Stale,NotYetInIpam,OutsideScan,' +
        'Address,Finding,AddressType,Service,ServiceResource,NetworkInterfaceId,SampleTime,AgeHours',
    );
    expect(ipam).toContain(
      `${SAMPLE_MANAGEMENT},us-east-1,account-region,compared,,14,16,1,1,0,0,,,,,,,,`,
    );
    expect(ipam).toContain(
      `${SAMPLE_MANAGEMENT},us-east-1,address,,,,,,,,,${HIDDEN_ADDRESS},missed,ec2-public-ip,,,` +
        'eni-0a00000000000077,2025-03-10T11:00:00.000Z,1',
    );
    expect(ipam).toContain(
      `${SAMPLE_MANAGEMENT},us-east-1,address,,,,,,,,,${STALE_ADDRESS},stale,ec2-public-ip,,,` +
        'eni-0a00000000000088,2025-03-07T12:00:00.000Z,72',
    );
    expect(ipam.filter((l) => l.includes(',missed,'))).toHaveLength(1);

    const billing = lines(run, 'billing_reconciliation.csv');
    expect(billing).toHaveLength(3);
    // February: 672 hours; 1-9 March: 216 hours. The member is billed for 25 in March, holds 19.
    expect(billing[2]).toBe(
      `${SAMPLE_MEMBER},Workloads,compared,,payer,2025-02-01,12768,672,63.84,19,2025-03-01,` +
        // March is not closed yet: Cost Explorer's figures are estimated.
        `2025-03-10,5400,216,27.00,25,19,1,1296,true,true`,
    );
    expect(billing[1]?.endsWith(',false,true')).toBe(true);

    const report = json(run);
    expect(report.reconciliation.ipam.missedCount).toBe(1);
    expect(report.reconciliation.billing.flaggedCount).toBe(1);
    expect(report.scan.options.ipam).toEqual({
      resourceDiscoveryId: RECONCILE_DISCOVERY,
      accountId: SAMPLE_MEMBER,
    });
    expect(run.stdout).toContain('IPAM saw 1 address the scan missed');
    expect(run.stdout).toContain('billed 1,296 address-hours more than the scan explains');
    // The added calls: IPAM once per scanned region (2), Cost Explorer twice.
    expect(aws.counters.total({ action: 'GetIpamDiscoveredPublicAddresses' })).toBe(2);
    expect(aws.counters.total({ service: 'ce' })).toBe(2);
  });

  it('fails the max-ipam-missed gate on the missed address (exit 4)', async () => {
    const run = await runCliWith(aws.env, [...RECONCILE, '--max-ipam-missed', '0']);
    expect(run.code, run.stdout).toBe(4);
    expect(json(run).gate.violations).toEqual([
      {
        input: 'max-ipam-missed',
        count: 1,
        limit: 0,
        message:
          `1 addresses IPAM sampled that the scan missed exceed --max-ipam-missed (0) by 1: ` +
          `${HIDDEN_ADDRESS} (ec2-public-ip, ${SAMPLE_MANAGEMENT} us-east-1)`,
      },
    ]);
  });

  it('a failing IPAM call is a scan error, its region not compared, and the gate fails closed', async () => {
    aws.setFaults({
      deny: [{ account: SAMPLE_MEMBER, action: 'GetIpamDiscoveredPublicAddresses' }],
    });
    try {
      const run = await runCliWith(aws.env, [...RECONCILE, '--max-ipam-missed', '5']);
      expect(run.code, run.stdout).toBe(4);
      const errors = lines(run, 'scan_errors.csv');
      expect(errors.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
        `${SAMPLE_MEMBER},eu-west-1,ec2:GetIpamDiscoveredPublicAddresses,UnauthorizedOperation`,
        `${SAMPLE_MEMBER},us-east-1,ec2:GetIpamDiscoveredPublicAddresses,UnauthorizedOperation`,
      ]);
      const ipam = lines(run, 'ipam_reconciliation.csv');
      expect(ipam).toContain(
        `${SAMPLE_MANAGEMENT},us-east-1,account-region,not-compared,IPAM unavailable,14,0,,,,0,,,,,,,,`,
      );
      expect(ipam.filter((l) => l.includes(',missed,'))).toEqual([]);
      const violation = json(run).gate.violations[0];
      expect(violation.input).toBe('max-ipam-missed');
      expect(violation.message).toBe(
        'IPAM could not be read in 2 region(s) (eu-west-1, us-east-1; see scan_errors.csv): the ' +
          'addresses the scan missed there are unknown; --max-ipam-missed (5) does not pass on ' +
          'what it could not check',
      );
    } finally {
      aws.setFaults({});
    }
  });

  it("IPAM's addresses in an account-region the scan could not read are not compared, never missed", async () => {
    aws.setFaults({
      deny: [
        { account: SAMPLE_MANAGEMENT, region: 'us-east-1', action: 'DescribeNetworkInterfaces' },
      ],
    });
    try {
      const run = await runCliWith(aws.env, [...RECONCILE, '--max-ipam-missed', '0']);
      const ipam = lines(run, 'ipam_reconciliation.csv');
      expect(ipam.filter((l) => l.startsWith(`${SAMPLE_MANAGEMENT},us-east-1,`))).toEqual([
        `${SAMPLE_MANAGEMENT},us-east-1,account-region,not-compared,scan incomplete,7,16,,,,0,,,,,,,,`,
      ]);
      expect(json(run).reconciliation.ipam.missedCount).toBe(0);
      // The missed count passes; the incomplete scan fails the gate (fail-on-scan-errors).
      expect(json(run).gate.violations.map((v: { input: string }) => v.input)).toEqual([
        'fail-on-scan-errors',
      ]);
      expect(run.code).toBe(4);
    } finally {
      aws.setFaults({});
    }
  });
});

describe('an organisation where every address IPAM sampled is one the scan holds', () => {
  it('reports zero missed and passes max-ipam-missed 0', async () => {
    const fixture = reconcileOrg();
    for (const account of fixture.accounts) {
      for (const discovery of account.ipamResourceDiscoveries ?? []) delete discovery.addresses;
    }
    const matching = await startAwsStandIn({ fixture, now: () => RECONCILE_NOW });
    try {
      const run = await runCliWith(matching.env, [...RECONCILE, '--max-ipam-missed', '0']);
      expect(run.code, run.stdout).toBe(0);
      const ipam = lines(run, 'ipam_reconciliation.csv');
      expect(ipam.filter((l) => /,(missed|stale),/.test(l))).toEqual([]);
      expect(ipam).toContain(
        `${SAMPLE_MANAGEMENT},us-east-1,account-region,compared,,14,14,0,0,0,0,,,,,,,,`,
      );
      expect(
        json(run).gate.checks.find((c: { input: string }) => c.input === 'max-ipam-missed'),
      ).toMatchObject({ count: 0, passed: true });
      expect(run.stdout).toContain('IPAM saw 0 addresses the scan missed.');
    } finally {
      await matching.close();
    }
  });
});
