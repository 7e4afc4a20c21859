import { describe, expect, it } from 'vitest';
import { elasticIps, isCustomerOwned } from '../../../src/analyze/elasticIps.js';
import { ACCOUNT, eip, REGION } from './builders.js';

describe('elasticIps', () => {
  it('splits associated from unassociated, with pool, BYOIP flag and Name tag', () => {
    const addresses = [
      eip({
        PublicIp: '52.0.0.1',
        AllocationId: 'eipalloc-1',
        AssociationId: 'eipassoc-1',
        NetworkInterfaceId: 'eni-1',
        InstanceId: 'i-1',
        PrivateIpAddress: '10.0.0.10',
        Tags: [
          { Key: 'team', Value: 'web' },
          { Key: 'Name', Value: 'web-eip' },
        ],
      }),
      eip({ PublicIp: '52.0.0.2', AllocationId: 'eipalloc-2', PublicIpv4Pool: undefined }),
      eip({
        PublicIp: '198.100.0.1',
        AllocationId: 'eipalloc-3',
        PublicIpv4Pool: 'ipv4pool-ec2-0abc',
      }),
    ];
    expect(elasticIps(ACCOUNT, REGION, addresses)).toEqual({
      associated: [
        {
          accountId: ACCOUNT,
          region: REGION,
          publicIp: '52.0.0.1',
          allocationId: 'eipalloc-1',
          pool: 'amazon',
          byoip: false,
          associationId: 'eipassoc-1',
          networkInterfaceId: 'eni-1',
          instanceId: 'i-1',
          privateIp: '10.0.0.10',
          networkBorderGroup: REGION,
          name: 'web-eip',
          tags: new Map([
            ['Name', 'web-eip'],
            ['team', 'web'],
          ]),
        },
      ],
      unassociated: [
        {
          accountId: ACCOUNT,
          region: REGION,
          publicIp: '52.0.0.2',
          allocationId: 'eipalloc-2',
          pool: 'amazon',
          byoip: false,
          networkBorderGroup: REGION,
        },
        {
          accountId: ACCOUNT,
          region: REGION,
          publicIp: '198.100.0.1',
          allocationId: 'eipalloc-3',
          pool: 'ipv4pool-ec2-0abc',
          byoip: true,
          networkBorderGroup: REGION,
        },
      ],
    });
  });

  it('skips Outposts customer-owned addresses, with or without a PublicIp', () => {
    const addresses = [
      eip({
        PublicIp: undefined,
        CustomerOwnedIp: '192.0.3.5',
        CustomerOwnedIpv4Pool: 'ipv4pool-coip-1',
      }),
      eip({ PublicIp: '52.0.0.9', CustomerOwnedIpv4Pool: 'ipv4pool-coip-1' }),
      eip({ PublicIp: undefined, CarrierIp: '155.146.0.1' }),
    ];
    expect(elasticIps(ACCOUNT, REGION, addresses)).toEqual({ associated: [], unassociated: [] });
    expect(addresses.map(isCustomerOwned)).toEqual([true, true, false]);
  });

  it('no rows when DescribeAddresses failed', () => {
    expect(elasticIps(ACCOUNT, REGION, undefined)).toEqual({ associated: [], unassociated: [] });
  });
});
