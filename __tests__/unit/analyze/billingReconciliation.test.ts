import type { ResultByTime } from '@aws-sdk/client-cost-explorer';
import { describe, expect, it } from 'vitest';
import { billingPeriods } from '../../../src/analyze/billingPeriods.js';
import {
  reconcileBilling,
  type BillingReconciliationInput,
} from '../../../src/analyze/billingReconciliation.js';
import type { ScannedAddress } from '../../../src/analyze/scannedAddresses.js';

const PAYER = '111111111111';
const MEMBER = '222222222222';
const OTHER = '333333333333';
// 2025-03-10: last month February (672 hours), month to date 1-9 March (216 hours).
const PERIODS = billingPeriods(new Date('2025-03-10T12:00:00.000Z'));
const FEB = { Start: '2025-02-01', End: '2025-03-01' };
const MAR = { Start: '2025-03-01', End: '2025-03-10' };

type Line = [account: string, usageType: string, hours: number];

/** One month's groups as Cost Explorer answers them; cost at $0.005 an hour. */
function month(period: { Start: string; End: string }, lines: Line[]): ResultByTime {
  return {
    TimePeriod: period,
    Total: {},
    Groups: lines.map(([account, usageType, hours]) => ({
      Keys: [account, usageType],
      Metrics: {
        UsageQuantity: { Amount: String(hours), Unit: 'Hrs' },
        UnblendedCost: { Amount: String(hours * 0.005), Unit: 'USD' },
      },
    })),
    Estimated: period === MAR,
  };
}

/** `n` charged addresses of an account, the first `idle` of them idle Elastic IPs. */
function holds(accountId: string, n: number, idle = 0): ScannedAddress[] {
  return Array.from({ length: n }, (_, i) => ({
    accountId,
    region: 'us-east-1',
    address: `54.0.${accountId.slice(0, 1)}.${i + 1}`,
    byoip: false,
    idle: i < idle,
  }));
}

function input(
  results: ResultByTime[],
  overrides: Partial<BillingReconciliationInput> = {},
): BillingReconciliationInput {
  return {
    periods: PERIODS,
    costAndUsage: {
      resultsByTime: results,
      dimensionValueAttributes: [
        { Value: PAYER, Attributes: { description: 'Management' } },
        { Value: MEMBER, Attributes: { description: 'Workloads' } },
      ],
    },
    callerAccountId: PAYER,
    managementAccountId: PAYER,
    scanned: [...holds(PAYER, 3, 1), ...holds(MEMBER, 2)],
    accounts: [PAYER, MEMBER],
    completeAccounts: [PAYER, MEMBER],
    ...overrides,
  };
}

/** The payer holds 3 (1 idle) and is billed for 3; the member holds 2 and is billed for 6 this month. */
const BILL = [
  month(FEB, [
    [PAYER, 'USE1-PublicIPv4:InUseAddress', 2 * 672],
    [PAYER, 'USE1-PublicIPv4:IdleAddress', 672],
    [MEMBER, 'EU-PublicIPv4:InUseAddress', 2 * 672],
  ]),
  month(MAR, [
    [PAYER, 'USE1-PublicIPv4:InUseAddress', 2 * 216],
    [PAYER, 'USE1-PublicIPv4:IdleAddress', 216],
    [MEMBER, 'EU-PublicIPv4:InUseAddress', 6 * 216],
  ]),
];

describe('reconcileBilling', () => {
  it('from the payer: each account compared, the one billed for more than it holds flagged', () => {
    const result = reconcileBilling(input(BILL));
    expect(result).toMatchObject({
      scope: 'payer',
      scopeEvidence: 'the caller is the management (payer) account',
      margin: { addresses: 1, fraction: 0.1 },
      flaggedCount: 1,
      unexplainedHours: 4 * 216,
      billedLastMonthUsd: 5 * 672 * 0.005,
    });
    expect(result.accounts).toStrictEqual([
      {
        accountId: PAYER,
        accountName: 'Management',
        status: 'compared',
        lastMonth: {
          start: '2025-02-01',
          end: '2025-03-01',
          hours: 672,
          inUseHours: 1344,
          idleHours: 672,
          addressHours: 2016,
          contiguousBlockHours: 0,
          costUsd: 10.08,
          billedAverage: 3,
          estimated: false,
        },
        monthToDate: {
          start: '2025-03-01',
          end: '2025-03-10',
          hours: 216,
          inUseHours: 432,
          idleHours: 216,
          addressHours: 648,
          contiguousBlockHours: 0,
          costUsd: 3.24,
          billedAverage: 3,
          estimated: true,
        },
        byRegion: [
          {
            region: 'us-east-1',
            lastMonthHours: 2016,
            lastMonthCostUsd: 10.08,
            monthToDateHours: 648,
            monthToDateCostUsd: 3.24,
          },
        ],
        scannedCharged: 3,
        scannedIdle: 1,
        unexplainedHours: 0,
        excessAverage: 0,
        flagged: false,
      },
      {
        accountId: MEMBER,
        accountName: 'Workloads',
        status: 'compared',
        lastMonth: expect.objectContaining({ addressHours: 1344, billedAverage: 2 }) as never,
        monthToDate: expect.objectContaining({ addressHours: 1296, billedAverage: 6 }) as never,
        byRegion: [
          {
            region: 'eu-west-1',
            lastMonthHours: 1344,
            lastMonthCostUsd: 6.72,
            monthToDateHours: 1296,
            monthToDateCostUsd: 6.48,
          },
        ],
        scannedCharged: 2,
        scannedIdle: 0,
        unexplainedHours: 864,
        excessAverage: 4,
        flagged: true,
      },
    ]);
  });

  it.each([
    // The margin is one address, or a tenth of the scanned count when that is more.
    { held: 2, billed: 3, flagged: false },
    { held: 2, billed: 3.01, flagged: true },
    { held: 30, billed: 33, flagged: false },
    { held: 30, billed: 33.5, flagged: true },
    { held: 0, billed: 1, flagged: false },
    { held: 0, billed: 1.5, flagged: true },
    // Billed less than the scan holds (addresses added this month): never flagged.
    { held: 10, billed: 4, flagged: false },
  ])(
    'holding $held, billed an average of $billed this month: flagged $flagged',
    ({ held, billed, flagged }) => {
      const result = reconcileBilling(
        input([month(MAR, [[MEMBER, 'USE1-PublicIPv4:InUseAddress', billed * 216]])], {
          scanned: holds(MEMBER, held),
        }),
      );
      const member = result.accounts.find((a) => a.accountId === MEMBER);
      expect(member?.flagged).toBe(flagged);
      expect(member?.unexplainedHours).toBeCloseTo(Math.max(0, (billed - held) * 216), 6);
    },
  );

  it('from a member account: the bill covers that account alone, the others are not covered, never billed zero', () => {
    const memberOnly = [
      month(FEB, [[MEMBER, 'EU-PublicIPv4:InUseAddress', 2 * 672]]),
      month(MAR, [[MEMBER, 'EU-PublicIPv4:InUseAddress', 2 * 216]]),
    ];
    const result = reconcileBilling(
      input(memberOnly, {
        callerAccountId: MEMBER,
        costAndUsage: {
          resultsByTime: memberOnly,
          dimensionValueAttributes: [{ Value: MEMBER, Attributes: { description: 'Workloads' } }],
        },
      }),
    );
    expect(result.scope).toBe('caller-only');
    expect(result.scopeEvidence).toBe(
      "Cost Explorer answered for the caller's account (222222222222) alone: the bill of other accounts is only visible from the payer account",
    );
    expect(
      result.accounts.map((a) => [a.accountId, a.status, a.reason, a.lastMonth?.addressHours]),
    ).toEqual([
      [PAYER, 'not-compared', 'not covered by the bill', undefined],
      [MEMBER, 'compared', undefined, 1344],
    ]);
    expect(result.billedLastMonthUsd).toBeCloseTo(6.72, 10);
  });

  it("without the management account known, a bill naming other accounts is the payer's", () => {
    const result = reconcileBilling(
      input(BILL, { callerAccountId: PAYER, managementAccountId: undefined }),
    );
    expect(result.scope).toBe('payer');
    expect(result.scopeEvidence).toBe(
      "the bill names other accounts than the caller (222222222222): only the payer's does",
    );
  });

  it('an account the scan did not read completely, or did not scan, is not compared nor flagged', () => {
    const bill = [...BILL, month(MAR, [[OTHER, 'USE1-PublicIPv4:InUseAddress', 5 * 216]])];
    const result = reconcileBilling(input(bill, { completeAccounts: [PAYER] }));
    expect(result.accounts.map((a) => [a.accountId, a.status, a.reason, a.flagged])).toEqual([
      [PAYER, 'compared', undefined, false],
      [MEMBER, 'not-compared', 'scan incomplete', false],
      [OTHER, 'not-compared', 'not scanned', false],
    ]);
    expect(result.flaggedCount).toBe(0);
    // The charge counted is the scanned accounts', read completely or not: the bill is the bill.
    expect(result.billedLastMonthUsd).toBeCloseTo(5 * 672 * 0.005, 10);
  });

  it('on the first of a month there is no month to date: reported, not flagged', () => {
    const result = reconcileBilling(
      input([month(FEB, [[MEMBER, 'EU-PublicIPv4:InUseAddress', 9 * 672]])], {
        periods: billingPeriods(new Date('2025-03-01T08:00:00.000Z')),
      }),
    );
    const member = result.accounts.find((a) => a.accountId === MEMBER);
    expect(member).toMatchObject({ status: 'compared', flagged: false, unexplainedHours: 0 });
    expect(member?.monthToDate).toBeUndefined();
    expect(member?.lastMonth?.billedAverage).toBe(9);
  });

  it('a month split over pages is summed; BYOIP is not charged; contiguous blocks cost but are not address-hours', () => {
    const split = [
      month(MAR, [[PAYER, 'USE1-PublicIPv4:InUseAddress', 216]]),
      month(MAR, [
        [PAYER, 'USE1-PublicIPv4:InUseAddress', 216],
        [PAYER, 'PublicIPv4:IdleAddress', 216],
        [PAYER, 'APS3-PublicIPv4:ContiguousBlock', 4 * 216],
        [PAYER, 'ZZZ1-PublicIPv4:InUseAddress', 216],
        [PAYER, 'USE1-ElasticIP:IdleAddress', 216],
      ]),
    ];
    const scanned: ScannedAddress[] = [
      ...holds(PAYER, 4, 1),
      { accountId: PAYER, region: 'us-east-1', address: '81.2.69.10', byoip: true, idle: true },
    ];
    const result = reconcileBilling(
      input(split, { scanned, accounts: [PAYER], completeAccounts: [PAYER] }),
    );
    const payer = result.accounts[0];
    expect(payer).toMatchObject({ scannedCharged: 4, scannedIdle: 1, flagged: false });
    expect(payer?.monthToDate).toMatchObject({
      inUseHours: 648,
      idleHours: 216,
      addressHours: 864,
      contiguousBlockHours: 864,
      billedAverage: 4,
    });
    expect(payer?.monthToDate?.costUsd).toBeCloseTo(8 * 216 * 0.005, 10);
    expect(payer?.byRegion.map((r) => [r.region, r.monthToDateHours])).toEqual([
      ['', 216],
      ['ap-south-1', 864],
      ['us-east-1', 648],
    ]);
  });
});
