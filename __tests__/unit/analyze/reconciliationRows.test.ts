import { describe, expect, it } from 'vitest';
import { billingPeriods } from '../../../src/analyze/billingPeriods.js';
import { reconcileBilling } from '../../../src/analyze/billingReconciliation.js';
import { reconcileIpam } from '../../../src/analyze/ipamReconciliation.js';
import { reconciliationRows } from '../../../src/analyze/reconciliationRows.js';
import type { ScannedAddress } from '../../../src/analyze/scannedAddresses.js';

const A = '111111111111';
const B = '222222222222';
const NOW = new Date('2025-03-10T12:00:00.000Z');

const held = (accountId: string, region: string, address: string): ScannedAddress => ({
  accountId,
  region,
  address,
  byoip: false,
  idle: false,
});

const scanned = [
  held(A, 'us-east-1', '54.0.0.1'),
  held(A, 'us-east-1', '54.0.0.2'),
  held(B, 'eu-west-1', '52.0.0.1'),
];

const ipam = reconcileIpam({
  scanned,
  accounts: [A, B],
  complete: [{ accountId: A, region: 'us-east-1' }],
  ipam: [
    {
      region: 'us-east-1',
      answer: {
        addresses: [
          { Address: '54.0.0.1', AddressOwnerId: A, AddressRegion: 'us-east-1', SampleTime: NOW },
          { Address: '54.0.0.9', AddressOwnerId: A, AddressRegion: 'us-east-1', SampleTime: NOW },
        ],
      },
    },
    { region: 'eu-west-1', answer: { addresses: [] } },
  ],
  scanStartedAt: NOW,
});

const billing = reconcileBilling({
  periods: billingPeriods(NOW),
  costAndUsage: {
    resultsByTime: [
      {
        TimePeriod: { Start: '2025-02-01', End: '2025-03-01' },
        Groups: [
          {
            Keys: [A, 'USE1-PublicIPv4:InUseAddress'],
            Metrics: {
              UsageQuantity: { Amount: '1344', Unit: 'Hrs' },
              UnblendedCost: { Amount: '6.72', Unit: 'USD' },
            },
          },
          {
            Keys: [A, 'USW2-PublicIPv4:InUseAddress'],
            Metrics: {
              UsageQuantity: { Amount: '672', Unit: 'Hrs' },
              UnblendedCost: { Amount: '3.36', Unit: 'USD' },
            },
          },
        ],
      },
    ],
    dimensionValueAttributes: [],
  },
  callerAccountId: A,
  scanned,
  accounts: [A, B],
  completeAccounts: [A],
});

describe('reconciliationRows', () => {
  it('one row per account-region the scan, IPAM or the bill names, each source its columns', () => {
    expect(reconciliationRows(scanned, ipam, billing)).toStrictEqual([
      {
        accountId: A,
        region: 'us-east-1',
        scanned: 2,
        ipamStatus: 'compared',
        ipam: 2,
        missed: 1,
        stale: 0,
        notYetInIpam: 1,
        billedHoursLastMonth: 1344,
        billedCostLastMonthUsd: 6.72,
        billedHoursMonthToDate: 0,
        billedCostMonthToDateUsd: 0,
      },
      {
        accountId: A,
        region: 'us-west-2',
        scanned: 0,
        billedHoursLastMonth: 672,
        billedCostLastMonthUsd: 3.36,
        billedHoursMonthToDate: 0,
        billedCostMonthToDateUsd: 0,
      },
      // The bill (the caller's alone) does not cover B: no billing columns, never zero.
      {
        accountId: B,
        region: 'eu-west-1',
        scanned: 1,
        ipamStatus: 'not-compared',
        ipamReason: 'scan incomplete',
        ipam: 0,
        missed: 0,
        stale: 0,
        notYetInIpam: 0,
      },
    ]);
  });

  it('with one check off, its columns stay empty', () => {
    expect(reconciliationRows(scanned, undefined, billing)[2]).toStrictEqual({
      accountId: B,
      region: 'eu-west-1',
      scanned: 1,
    });
    expect(reconciliationRows(scanned, ipam)[1]).toStrictEqual({
      accountId: B,
      region: 'eu-west-1',
      scanned: 1,
      ipamStatus: 'not-compared',
      ipamReason: 'scan incomplete',
      ipam: 0,
      missed: 0,
      stale: 0,
      notYetInIpam: 0,
    });
  });
});
