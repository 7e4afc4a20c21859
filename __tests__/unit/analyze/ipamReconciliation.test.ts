import type { IpamDiscoveredPublicAddress } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import {
  IPAM_SAMPLE_WINDOW_HOURS,
  reconcileIpam,
  type IpamReconciliationInput,
} from '../../../src/analyze/ipamReconciliation.js';
import type { ScannedAddress } from '../../../src/analyze/scannedAddresses.js';

const A = '111111111111';
const B = '222222222222';
const E1 = 'us-east-1';
const W1 = 'eu-west-1';
const STARTED = new Date('2025-03-10T12:00:00.000Z');
const hoursBefore = (h: number) => new Date(STARTED.getTime() - h * 3_600_000);

const held = (address: string, accountId = A, region = E1): ScannedAddress => ({
  accountId,
  region,
  address,
  byoip: false,
  idle: false,
});

const listed = (
  address: string,
  overrides: Partial<IpamDiscoveredPublicAddress> = {},
): IpamDiscoveredPublicAddress => ({
  Address: address,
  AddressOwnerId: A,
  AddressRegion: E1,
  AddressType: 'ec2-public-ip',
  SampleTime: hoursBefore(1),
  ...overrides,
});

/** Accounts A and B, each read completely in us-east-1 and eu-west-1 and globally. */
function input(
  scanned: ScannedAddress[],
  byRegion: Record<string, IpamDiscoveredPublicAddress[] | undefined>,
  overrides: Partial<IpamReconciliationInput> = {},
): IpamReconciliationInput {
  return {
    scanned,
    accounts: [A, B],
    complete: [A, B].flatMap((accountId) =>
      [E1, W1, 'global'].map((region) => ({ accountId, region })),
    ),
    ipam: Object.entries(byRegion).map(([region, addresses]) =>
      addresses ? { region, answer: { addresses } } : { region },
    ),
    scanStartedAt: STARTED,
    ...overrides,
  };
}

describe('reconcileIpam', () => {
  it('every address matched: nothing missed, the scan-only ones not yet in IPAM', () => {
    const result = reconcileIpam(
      input([held('54.0.0.1'), held('54.0.0.2'), held('52.0.0.1', B, W1)], {
        [E1]: [listed('54.0.0.1')],
        [W1]: [listed('52.0.0.1', { AddressOwnerId: B, AddressRegion: W1 })],
      }),
    );
    expect(result).toStrictEqual({
      sampleWindowHours: 24,
      missedCount: 0,
      notComparedCount: 0,
      rows: [
        {
          accountId: A,
          region: E1,
          status: 'compared',
          scanned: 2,
          ipam: 1,
          missed: [],
          stale: [],
          outsideScan: [],
          notYetInIpam: ['54.0.0.2'],
        },
        {
          accountId: B,
          region: W1,
          status: 'compared',
          scanned: 1,
          ipam: 1,
          missed: [],
          stale: [],
          outsideScan: [],
          notYetInIpam: [],
        },
      ],
    });
  });

  it('an address IPAM sampled within the window that the scan does not hold is missed, with what IPAM says of it', () => {
    const result = reconcileIpam(
      input([held('54.0.0.1')], {
        [E1]: [
          listed('54.0.0.1'),
          listed('54.0.0.77', {
            AddressType: 'service-managed-ip',
            Service: 'load-balancer',
            ServiceResource:
              'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/web/1',
            NetworkInterfaceId: 'eni-77',
            SampleTime: hoursBefore(2.5),
          }),
        ],
      }),
    );
    expect(result.missedCount).toBe(1);
    expect(result.rows[0]?.missed).toStrictEqual([
      {
        accountId: A,
        region: E1,
        address: '54.0.0.77',
        addressType: 'service-managed-ip',
        service: 'load-balancer',
        serviceResource:
          'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/web/1',
        networkInterfaceId: 'eni-77',
        sampleTime: hoursBefore(2.5),
        ageHours: 2.5,
      },
    ]);
  });

  it.each([
    { sampled: hoursBefore(IPAM_SAMPLE_WINDOW_HOURS), age: 24, verdict: 'missed' },
    { sampled: hoursBefore(IPAM_SAMPLE_WINDOW_HOURS + 0.5), age: 24.5, verdict: 'stale' },
    { sampled: hoursBefore(72), age: 72, verdict: 'stale' },
    // Sampled while the scan ran: it was there, so the scan is not clean of it.
    { sampled: new Date(STARTED.getTime() + 60_000), age: 0, verdict: 'missed' },
  ])('sampled $age hours before the scan: $verdict', ({ sampled, age, verdict }) => {
    const result = reconcileIpam(
      input([], { [E1]: [listed('54.0.0.9', { SampleTime: sampled })] }),
    );
    const row = result.rows[0];
    const found = verdict === 'missed' ? row?.missed : row?.stale;
    expect(found?.map((m) => [m.address, m.ageHours])).toEqual([['54.0.0.9', age]]);
    expect(result.missedCount).toBe(verdict === 'missed' ? 1 : 0);
  });

  it('an address without a sample time counts as missed, with no age', () => {
    const result = reconcileIpam(
      input([], { [E1]: [listed('54.0.0.9', { SampleTime: undefined })] }),
    );
    expect(result.rows[0]?.missed).toStrictEqual([
      { accountId: A, region: E1, address: '54.0.0.9', addressType: 'ec2-public-ip' },
    ]);
  });

  it('a wider window counts older samples', () => {
    const result = reconcileIpam(
      input(
        [],
        { [E1]: [listed('54.0.0.9', { SampleTime: hoursBefore(48) })] },
        {
          sampleWindowHours: 72,
        },
      ),
    );
    expect([result.sampleWindowHours, result.missedCount]).toEqual([72, 1]);
  });

  it.each([
    {
      why: 'an account-region the scan did not read completely',
      overrides: { complete: [{ accountId: A, region: W1 }] },
      reason: 'scan incomplete',
    },
    {
      why: 'an account the scan did not set out to read',
      overrides: { accounts: [B] },
      reason: 'not scanned',
    },
  ])('$why is not compared, never missed', ({ overrides, reason }) => {
    const result = reconcileIpam(
      input([held('54.0.0.1')], { [E1]: [listed('54.0.0.1'), listed('54.0.0.77')] }, overrides),
    );
    expect(result).toMatchObject({ missedCount: 0, notComparedCount: 1 });
    expect(result.rows).toStrictEqual([
      {
        accountId: A,
        region: E1,
        status: 'not-compared',
        reason,
        scanned: 1,
        ipam: 2,
        missed: [],
        stale: [],
        outsideScan: [],
        notYetInIpam: [],
      },
    ]);
  });

  it('a region whose IPAM call failed is not compared: never "nothing missed"', () => {
    const result = reconcileIpam(
      input([held('54.0.0.1'), held('52.0.0.1', A, W1)], {
        [E1]: [listed('54.0.0.1')],
        [W1]: undefined,
      }),
    );
    expect(result.notComparedCount).toBe(1);
    expect(result.rows.map((r) => [r.region, r.status, r.reason, r.notYetInIpam])).toEqual([
      [W1, 'not-compared', 'IPAM unavailable', []],
      [E1, 'compared', undefined, []],
    ]);
  });

  it('held by the scan in another account of the region: seen, not missed', () => {
    const result = reconcileIpam(input([held('54.0.0.1', B)], { [E1]: [listed('54.0.0.1')] }));
    expect(result.missedCount).toBe(0);
    expect(result.rows.map((r) => [r.accountId, r.scanned, r.ipam, r.notYetInIpam])).toEqual([
      [A, 0, 1, []],
      [B, 1, 0, []],
    ]);
  });

  it('CloudFront anycast addresses are outside the scan, never missed', () => {
    const result = reconcileIpam(
      input([], {
        [E1]: [
          listed('18.0.0.1', { AddressType: 'anycast-ip-list-ip', Service: 'cloudfront' }),
          listed('18.0.0.2', { AddressType: 'service-managed-ip', Service: 'cloudfront' }),
        ],
      }),
    );
    expect(result.missedCount).toBe(0);
    expect(result.rows[0]?.outsideScan.map((a) => a.address)).toEqual(['18.0.0.1', '18.0.0.2']);
  });

  it("accelerator addresses, in whatever region IPAM files them, are compared with the account's accelerators", () => {
    const accelerator = (address: string) =>
      listed(address, {
        AddressOwnerId: B,
        AddressRegion: 'us-west-2',
        AddressType: 'service-managed-ip',
        Service: 'global-accelerator',
      });
    const scanned = [held('75.2.0.1', B, 'global'), held('75.2.0.3', B, 'global')];
    const byRegion = { [E1]: [], 'us-west-2': [accelerator('75.2.0.1'), accelerator('75.2.0.2')] };
    const result = reconcileIpam(input(scanned, byRegion));
    expect(result.rows).toMatchObject([
      {
        accountId: B,
        region: 'global',
        status: 'compared',
        scanned: 2,
        ipam: 2,
        missed: [{ address: '75.2.0.2', service: 'global-accelerator' }],
        notYetInIpam: ['75.2.0.3'],
      },
    ]);
    // Not compared when the accelerators were not listed completely, or any region's IPAM call failed.
    const unlisted = reconcileIpam(input(scanned, byRegion, { complete: [] }));
    expect(unlisted.rows[0]).toMatchObject({ status: 'not-compared', reason: 'scan incomplete' });
    const failed = reconcileIpam(input(scanned, { ...byRegion, [E1]: undefined }));
    expect(failed.rows[0]).toMatchObject({ status: 'not-compared', reason: 'IPAM unavailable' });
  });

  it('IPAM address types the scan reads are all compared: Elastic IPs (contiguous or BYOIP), service-managed', () => {
    const types = [
      'ec2-public-ip',
      'amazon-owned-eip',
      'amazon-owned-contig',
      'byoip',
      'service-managed-ip',
      'service-managed-byoip',
    ] as const;
    const result = reconcileIpam(
      input([], {
        [E1]: types.map((AddressType, i) => listed(`54.0.0.${i + 1}`, { AddressType })),
      }),
    );
    expect(result.rows[0]?.missed.map((m) => m.addressType)).toEqual([...types]);
  });
});
