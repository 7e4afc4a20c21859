import { recommendActions } from '../../../src/analyze/recommendedAction.js';
import { describe, expect, it } from 'vitest';
import { emptyScan, eipRow, eniRow, subnetRow } from '../../../__fixtures__/findings.js';
import { HOURS_PER_MONTH, monthlyCostUsd } from '../../../src/analyze/cost.js';
import { costSummary } from '../../../src/kinds/costSummary.js';
import type {
  AcceleratorIps,
  ElasticIp,
  EniPublicIp,
  VpnPublicIps,
} from '../../../src/model/findings.js';

const A = '111111111111';
const B = '222222222222';
const C = '333333333333';

function eni(address: string, overrides: Partial<EniPublicIp> = {}): EniPublicIp {
  return eniRow({ address, ownerAccountId: A, scannedAccountId: A, ...overrides });
}

function eip(publicIp: string, overrides: Partial<ElasticIp> = {}): ElasticIp {
  return eipRow({ accountId: A, publicIp, allocationId: `eipalloc-${publicIp}`, ...overrides });
}

function vpn(address1: string, address2: string, accountId = A): VpnPublicIps {
  return { accountId, region: 'us-east-1', connectionId: `vpn-${address1}`, address1, address2 };
}

function accelerator(addresses: string[], ownerAccountId = A): AcceleratorIps {
  return {
    ownerAccountId,
    arn: `arn:aws:globalaccelerator::${ownerAccountId}:accelerator/${addresses[0]}`,
    address1: addresses[0] ?? '',
    address2: addresses[1] ?? '',
    allAddresses: addresses,
    kind: 'STANDARD',
  };
}

describe('monthlyCostUsd', () => {
  it('is 730 hours at the price', () => {
    expect(HOURS_PER_MONTH).toBe(730);
    expect(monthlyCostUsd(0.005, false)).toBeCloseTo(3.65, 12);
    expect(monthlyCostUsd(0.0036, false)).toBeCloseTo(2.628, 12);
  });

  it('is nothing for BYOIP', () => {
    expect(monthlyCostUsd(0.005, true)).toBe(0);
  });
});

describe('costSummary', () => {
  it('counts an Elastic IP on an interface once, BYOIP as free', () => {
    const result = emptyScan({
      eniPublicIps: [
        eni('54.0.0.1'),
        eni('3.0.0.2', { addressType: 'Elastic IP', allocationId: 'eipalloc-3.0.0.2' }),
      ],
      associatedEips: [eip('3.0.0.2', { networkInterfaceId: 'eni-3.0.0.2' })],
      unassociatedEips: [
        eip('52.0.0.3', { accountId: B }),
        eip('198.51.100.9', { accountId: B, pool: 'ipv4pool-ec2-1', byoip: true }),
      ],
    });

    const cost = costSummary(result, 0.005);

    // 4 distinct addresses, 3 charged: 3 x 730 x 0.005 = 10.95.
    expect(cost.addressCount).toBe(4);
    expect(cost.byoipAddressCount).toBe(1);
    expect(cost.totalMonthlyUsd).toBeCloseTo(10.95, 10);
    // Only the Amazon-owned unassociated EIP; the ENI addresses are LOW.
    expect(cost.potentialSavingsUsd).toBeCloseTo(3.65, 10);
    expect(cost.byAccount).toEqual([
      { accountId: A, addresses: 2, monthlyUsd: expect.closeTo(7.3, 10), potentialSavingsUsd: 0 },
      {
        accountId: B,
        addresses: 2,
        monthlyUsd: expect.closeTo(3.65, 10),
        potentialSavingsUsd: expect.closeTo(3.65, 10),
      },
    ]);
    expect(cost.byInterfaceType).toEqual([
      { interfaceType: 'EC2 Instance', addresses: 2, monthlyUsd: expect.closeTo(7.3, 10) },
      {
        interfaceType: 'Unassociated Elastic IP',
        addresses: 2,
        monthlyUsd: expect.closeTo(3.65, 10),
      },
    ]);
    expect(cost.bySuspicion).toEqual({ LOW: 2, MODERATE: 0, HIGH: 0, UNKNOWN: 0 });
  });

  it('frees an interface address that its Elastic IP says is BYOIP', () => {
    const result = emptyScan({
      eniPublicIps: [eni('198.51.100.1', { addressType: 'Elastic IP', suspicion: 'HIGH' })],
      associatedEips: [eip('198.51.100.1', { pool: 'ipv4pool-ec2-1', byoip: true })],
    });

    const cost = costSummary(result, 0.005);

    expect(cost.addressCount).toBe(1);
    expect(cost.totalMonthlyUsd).toBe(0);
    expect(cost.potentialSavingsUsd).toBe(0);
  });

  it('prices VPN tunnels, accelerators and EIPs off any interface under their own types', () => {
    const result = emptyScan({
      eniPublicIps: [
        eni('54.0.0.1', { suspicion: 'HIGH', interfaceType: 'NAT Gateway' }),
        eni('54.0.0.2', { suspicion: 'MODERATE', ownerAccountId: C }),
        eni('54.0.0.3', { suspicion: 'UNKNOWN', ownerAccountId: C }),
      ],
      // The interface of this one was in a region that failed to list interfaces.
      associatedEips: [eip('3.0.0.9', { accountId: B, region: 'eu-west-1' })],
      vpnConnections: [vpn('203.0.113.1', '203.0.113.2', B), vpn('203.0.113.3', '', B)],
      globalAccelerators: [accelerator(['75.2.0.1', '99.83.0.1', '75.2.0.2', '99.83.0.2'])],
    });

    const cost = costSummary(result, 0.005);

    // 3 interface + 1 EIP + 3 VPN + 4 accelerator = 11 addresses x 3.65 = 40.15.
    expect(cost.addressCount).toBe(11);
    expect(cost.totalMonthlyUsd).toBeCloseTo(40.15, 10);
    expect(cost.potentialSavingsUsd).toBeCloseTo(3.65, 10);
    expect(
      cost.byInterfaceType.map((t) => [t.interfaceType, t.addresses, t.monthlyUsd.toFixed(2)]),
    ).toEqual([
      ['Global Accelerator', 4, '14.60'],
      ['Site-to-Site VPN', 3, '10.95'],
      ['EC2 Instance', 2, '7.30'],
      ['Elastic IP', 1, '3.65'],
      ['NAT Gateway', 1, '3.65'],
    ]);
    // Most expensive first: A (1 ENI + 4 accelerator) 18.25, B (1 EIP + 3 VPN) 14.60, C 7.30.
    expect(cost.byAccount.map((a) => [a.accountId, a.addresses, a.monthlyUsd.toFixed(2)])).toEqual([
      [A, 5, '18.25'],
      [B, 4, '14.60'],
      [C, 2, '7.30'],
    ]);
    expect(cost.byAccount[0]?.potentialSavingsUsd).toBeCloseTo(3.65, 10);
    expect(cost.bySuspicion).toEqual({ LOW: 0, MODERATE: 1, HIGH: 1, UNKNOWN: 1 });
  });

  it('orders accounts of equal cost by id', () => {
    const result = emptyScan({
      unassociatedEips: [eip('52.0.0.1', { accountId: C }), eip('52.0.0.2', { accountId: B })],
    });

    expect(costSummary(result, 0.005).byAccount.map((a) => a.accountId)).toEqual([B, C]);
  });

  it('counts HIGH-suspicion and unassociated addresses once each in the savings', () => {
    const result = emptyScan({
      eniPublicIps: [
        eni('54.0.0.1', { suspicion: 'HIGH' }),
        eni('54.0.0.2', { suspicion: 'HIGH' }),
      ],
      // The same HIGH address seen from a participant account of a shared subnet.
      unassociatedEips: [eip('52.0.0.1'), eip('52.0.0.1')],
    });

    const cost = costSummary(result, 0.005);

    expect(cost.addressCount).toBe(3);
    // 3 x 3.65 = 10.95, all of it removable.
    expect(cost.potentialSavingsUsd).toBeCloseTo(10.95, 10);
    expect(cost.totalMonthlyUsd).toBeCloseTo(10.95, 10);
  });

  it('uses the given price', () => {
    const result = emptyScan({
      eniPublicIps: [eni('54.0.0.1'), eni('54.0.0.2', { suspicion: 'HIGH' })],
      unassociatedEips: [eip('52.0.0.1')],
    });

    const cost = costSummary(result, 0.0036);

    // 3 x 730 x 0.0036 = 7.884; savings 2 x 2.628 = 5.256.
    expect(cost.pricePerIpHour).toBe(0.0036);
    expect(cost.totalMonthlyUsd).toBeCloseTo(7.884, 10);
    expect(cost.potentialSavingsUsd).toBeCloseTo(5.256, 10);
  });

  it('is all zero for an empty scan', () => {
    const cost = costSummary(emptyScan(), 0.005);

    expect(cost).toEqual({
      pricePerIpHour: 0.005,
      hoursPerMonth: 730,
      addressCount: 0,
      byoipAddressCount: 0,
      totalMonthlyUsd: 0,
      potentialSavingsUsd: 0,
      byAccount: [],
      byInterfaceType: [],
      byService: [],
      savingsByAction: [],
      bySuspicion: { LOW: 0, MODERATE: 0, HIGH: 0, UNKNOWN: 0 },
    });
  });

  it('groups every distinct address by its owning service, most expensive first', () => {
    const scan = emptyScan({
      eniPublicIps: [
        eniRow({ address: '54.0.0.1', service: 'ec2' }),
        eniRow({ address: '54.0.0.2', service: 'ec2' }),
        eniRow({ address: '54.0.0.3', service: 'relational-database-service' }),
        eniRow({ address: '54.0.0.4', service: 'nat-gateway', byoip: true }),
      ],
      unassociatedEips: [eipRow({ publicIp: '3.0.0.1' })],
      vpnConnections: [
        {
          accountId: '1',
          region: 'us-east-1',
          connectionId: 'vpn-1',
          address1: '52.0.0.1',
          address2: '52.0.0.2',
        },
      ],
    });
    expect(costSummary(scan, 0.005).byService).toEqual([
      { service: 'ec2', addresses: 2, monthlyUsd: 7.3 },
      { service: 'site-to-site-vpn', addresses: 2, monthlyUsd: 7.3 },
      { service: 'elastic-ip', addresses: 1, monthlyUsd: 3.65 },
      { service: 'relational-database-service', addresses: 1, monthlyUsd: 3.65 },
      { service: 'nat-gateway', addresses: 1, monthlyUsd: 0 },
    ]);
  });

  it('sums what each kind of recommended action saves, the addresses it removes priced once', () => {
    const scan = emptyScan({
      eniPublicIps: [
        eniRow({ address: '54.0.0.1', suspicion: 'HIGH', reasons: ['x'] }),
        eniRow({ address: '54.0.0.2', suspicion: 'HIGH', reasons: ['x'] }),
        eniRow({ address: '54.0.0.3', suspicion: 'LOW' }),
      ],
      unassociatedEips: [
        eipRow({ publicIp: '3.0.0.1', allocationId: 'eipalloc-1' }),
        eipRow({
          publicIp: '3.0.0.2',
          allocationId: 'eipalloc-2',
          byoip: true,
          pool: 'ipv4pool-ec2-1',
        }),
      ],
      autoAssignSubnets: [subnetRow()],
    });
    recommendActions(scan);
    expect(costSummary(scan, 0.005).savingsByAction).toEqual([
      { kind: 'remove-public-ip', findings: 2, monthlyUsd: 7.3 },
      { kind: 'release-unassociated-elastic-ip', findings: 2, monthlyUsd: 3.65 },
      { kind: 'stop-auto-assign', findings: 1, monthlyUsd: 0 },
    ]);
  });
});
