// The reconciliation's parts (issue 22) composed as the wiring will compose them, on the real
// scan of reconcileOrg() against the AWS stand-in: the scan's findings, IPAM asked for every
// scanned region in the IPAM account, Cost Explorer asked twice from the payer, then the pure
// reconciliations. Proves the fixture's records and the analysis agree with what the scan finds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billingPeriods } from '../../src/analyze/billingPeriods.js';
import { reconcileBilling } from '../../src/analyze/billingReconciliation.js';
import { completeTargets } from '../../src/analyze/completeTargets.js';
import { reconcileIpam } from '../../src/analyze/ipamReconciliation.js';
import type { IpamRegionAnswer } from '../../src/model/awsRecords.js';
import { publicIpv4UsageTypes } from '../../src/analyze/publicIpv4UsageType.js';
import { scannedAddresses } from '../../src/analyze/scannedAddresses.js';
import { findingAddresses } from '../../src/kinds/findingAddresses.js';
import { ClientFactory } from '../../src/aws/clients.js';
import { getCostAndUsage } from '../../src/collect/getCostAndUsage.js';
import { getDimensionValues } from '../../src/collect/getDimensionValues.js';
import { getIpamDiscoveredPublicAddresses } from '../../src/collect/getIpamDiscoveredPublicAddresses.js';
import type { Logger } from '../../src/common/logger.js';
import { validate } from '../../src/options/options.js';
import { scan } from '../../src/scan/scan.js';
import type { ScanResult } from '../../src/model/scanResult.js';
import {
  HIDDEN_ADDRESS,
  RECONCILE_DISCOVERY,
  RECONCILE_NOW,
  STALE_ADDRESS,
  UNEXPLAINED_ADDRESSES,
  reconcileOrg,
} from '../../test-support/aws/reconcileOrg.js';
import { SAMPLE_MANAGEMENT, SAMPLE_MEMBER } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';

const saved = { ...process.env };
const quiet: Logger = { info: () => {}, warning: () => {}, debug: () => {} };
let aws: AwsStandIn;
let clients: ClientFactory;

beforeAll(async () => {
  aws = await startAwsStandIn({ fixture: reconcileOrg(), now: () => RECONCILE_NOW });
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, aws.env);
  clients = new ClientFactory({ maxSockets: 4, requestTimeoutSeconds: 10 });
});

afterAll(async () => {
  clients.destroy();
  await aws.close();
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

async function scanned(): Promise<ScanResult> {
  const options = validate({ mode: 'multi-account' });
  return scan(options, { clients, logger: quiet, mask: () => {} });
}

/** IPAM, asked in its account and home region for every region the scan read. */
async function askIpam(result: ScanResult): Promise<IpamRegionAnswer[]> {
  const ec2 = clients.ec2('us-east-1', aws.credentialsFor(SAMPLE_MEMBER));
  const regions = [...new Set(result.targets.map((t) => t.region))].sort();
  return Promise.all(
    regions.map(async (region) => ({
      region,
      answer: await getIpamDiscoveredPublicAddresses(ec2, RECONCILE_DISCOVERY, region),
    })),
  );
}

const complete = (result: ScanResult) =>
  completeTargets(
    [
      ...result.targets,
      ...result.accountsScanned.map((accountId) => ({ accountId, region: 'global' })),
    ],
    result.coverage.gaps,
  );

describe('the reconciliation on the real scan of reconcileOrg()', () => {
  it('IPAM: the hidden address is missed, the stale one is not, every other address matches', async () => {
    const result = await scanned();
    const ipam = reconcileIpam({
      scanned: scannedAddresses(findingAddresses(result)),
      accounts: result.accountsScanned,
      complete: complete(result),
      ipam: await askIpam(result),
      // The fixture's IPAM sampled an hour before RECONCILE_NOW: the scan starts then, for it.
      scanStartedAt: RECONCILE_NOW,
    });
    expect(ipam.missedCount).toBe(1);
    expect(ipam.notComparedCount).toBe(0);
    const rows = ipam.rows.map((r) => [
      r.accountId,
      r.region,
      r.scanned,
      r.ipam,
      r.missed.map((m) => m.address),
      r.stale.map((m) => m.address),
      r.notYetInIpam,
    ]);
    expect(rows).toEqual([
      [SAMPLE_MANAGEMENT, 'eu-west-1', 1, 1, [], [], []],
      [SAMPLE_MANAGEMENT, 'us-east-1', 14, 16, [HIDDEN_ADDRESS], [STALE_ADDRESS], []],
      [SAMPLE_MEMBER, 'eu-west-1', 9, 9, [], [], []],
      // The accelerators: this IPAM files them under us-west-2, which was not scanned nor asked.
      [
        SAMPLE_MEMBER,
        'global',
        8,
        0,
        [],
        [],
        result.globalAccelerators.flatMap((a) => a.allAddresses).sort(),
      ],
      [SAMPLE_MEMBER, 'us-east-1', 2, 2, [], [], []],
    ]);
  });

  it('billing: two Cost Explorer requests; the member billed for 6 addresses more is flagged', async () => {
    const result = await scanned();
    aws.resetCounters();
    const periods = billingPeriods(RECONCILE_NOW);
    const ce = clients.costExplorer(aws.credentialsFor(SAMPLE_MANAGEMENT));
    const types = await getDimensionValues(ce, 'USAGE_TYPE', periods.query, 'PublicIPv4');
    const costAndUsage = await getCostAndUsage(ce, periods.query, publicIpv4UsageTypes(types));
    expect(aws.counters.total({ service: 'ce' })).toBe(2);
    const billing = reconcileBilling({
      periods,
      costAndUsage,
      callerAccountId: SAMPLE_MANAGEMENT,
      managementAccountId: SAMPLE_MANAGEMENT,
      scanned: scannedAddresses(findingAddresses(result)),
      accounts: result.accountsScanned,
      completeAccounts: result.accountsScanned,
    });
    expect(billing.scope).toBe('payer');
    expect(
      billing.accounts.map((a) => [
        a.accountId,
        a.scannedCharged,
        a.monthToDate?.billedAverage,
        a.flagged,
      ]),
    ).toEqual([
      [SAMPLE_MANAGEMENT, 14, 14, false],
      [SAMPLE_MEMBER, 19, 19 + UNEXPLAINED_ADDRESSES, true],
    ]);
    // "billed 1296 address-hours more than the scan explains": 6 addresses x 216 hours.
    expect(billing.unexplainedHours).toBe(UNEXPLAINED_ADDRESSES * 216);
    // February: 14 + 19 addresses x 672 hours x $0.005.
    expect(billing.billedLastMonthUsd).toBeCloseTo(33 * 672 * 0.005, 6);
  });
});
