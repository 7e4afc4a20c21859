import { describe, expect, it } from 'vitest';
import { eniRow, subnetRow } from '../../../__fixtures__/findings.js';
import { dedupeEniPublicIps, dedupeSubnets } from '../../../src/analyze/dedupe.js';
import type { AutoAssignSubnet, EniPublicIp } from '../../../src/model/findings.js';
import { ACCOUNT, OTHER_ACCOUNT, REGION } from './builders.js';

const THIRD_ACCOUNT = '333333333333';

function row(overrides: Partial<EniPublicIp>): EniPublicIp {
  return eniRow({
    ownerAccountId: OTHER_ACCOUNT,
    region: REGION,
    interfaceId: 'eni-1',
    address: '54.0.0.10',
    scannedAccountId: OTHER_ACCOUNT,
    privateIp: '10.0.0.10',
    ...overrides,
  });
}

function subnet(overrides: Partial<AutoAssignSubnet>): AutoAssignSubnet {
  return subnetRow({
    ownerAccountId: ACCOUNT,
    region: REGION,
    scannedAccountId: ACCOUNT,
    ...overrides,
  });
}

describe('dedupeEniPublicIps', () => {
  it('a shared-subnet interface seen from two accounts is reported once, from its owner', () => {
    // The VPC owner's scan sees the participant's interface too; it arrives first here.
    const fromVpcOwner = row({ scannedAccountId: ACCOUNT, suspicion: 'HIGH' });
    const fromOwner = row({ scannedAccountId: OTHER_ACCOUNT });
    expect(dedupeEniPublicIps([fromVpcOwner, fromOwner])).toEqual([fromOwner]);
    expect(dedupeEniPublicIps([fromOwner, fromVpcOwner])).toEqual([fromOwner]);
  });

  it('prefers the assessed view when the owner could not read the VPC owner route tables', () => {
    const fromVpcOwner = row({ scannedAccountId: ACCOUNT, suspicion: 'HIGH' });
    const fromOwner = row({ scannedAccountId: OTHER_ACCOUNT, suspicion: 'UNKNOWN' });
    expect(dedupeEniPublicIps([fromOwner, fromVpcOwner])).toEqual([fromVpcOwner]);
    expect(dedupeEniPublicIps([fromVpcOwner, fromOwner])).toEqual([fromVpcOwner]);
  });

  it('keeps different addresses, interfaces and regions apart', () => {
    const rows = [
      row({}),
      row({ address: '52.0.0.11', isPrimary: false }),
      row({ interfaceId: 'eni-2' }),
      row({ region: 'us-east-1' }),
    ];
    expect(dedupeEniPublicIps(rows)).toEqual(rows);
  });

  it('without the owner scan, the lowest scanned account wins whatever the order', () => {
    const a = row({ scannedAccountId: ACCOUNT });
    const c = row({ scannedAccountId: THIRD_ACCOUNT });
    expect(dedupeEniPublicIps([c, a])).toEqual([a]);
    expect(dedupeEniPublicIps([a, c])).toEqual([a]);
  });
});

describe('dedupeSubnets', () => {
  it('one row per region and subnet, from the subnet owner', () => {
    const fromOwner = subnet({});
    const fromParticipant = subnet({ scannedAccountId: OTHER_ACCOUNT });
    const elsewhere = subnet({ subnetId: 'subnet-2', scannedAccountId: OTHER_ACCOUNT });
    expect(dedupeSubnets([fromParticipant, elsewhere, fromOwner])).toEqual([fromOwner, elsewhere]);
  });
});
