import { describe, expect, it } from 'vitest';
import { autoAssignSubnets } from '../../../src/analyze/autoAssignSubnets.js';
import type { RouteVerdict } from '../../../src/analyze/routeReachability.js';
import { ACCOUNT, OTHER_ACCOUNT, REGION, subnet, VPC } from './builders.js';

describe('autoAssignSubnets', () => {
  const verdicts = new Map<string, RouteVerdict>([
    ['subnet-private', { kind: 'noIgwRoute' }],
    ['subnet-public', { kind: 'internet' }],
    ['subnet-unknown', { kind: 'notAssessed', detail: 'DescribeRouteTables failed' }],
    ['subnet-no-map', { kind: 'noIgwRoute' }],
    ['subnet-shared', { kind: 'noIgwRoute' }],
  ]);

  it('lists auto-assigning subnets without an igw route only', () => {
    const subnets = [
      subnet({ SubnetId: 'subnet-private', MapPublicIpOnLaunch: true }),
      subnet({ SubnetId: 'subnet-public', MapPublicIpOnLaunch: true }),
      subnet({ SubnetId: 'subnet-unknown', MapPublicIpOnLaunch: true }),
      subnet({ SubnetId: 'subnet-no-map', MapPublicIpOnLaunch: false }),
      subnet({
        SubnetId: 'subnet-shared',
        MapPublicIpOnLaunch: true,
        OwnerId: undefined,
        CidrBlock: undefined,
        AvailabilityZone: undefined,
      }),
      subnet({ SubnetId: 'subnet-other', MapPublicIpOnLaunch: true, OwnerId: OTHER_ACCOUNT }),
    ];
    expect(autoAssignSubnets(ACCOUNT, REGION, subnets, verdicts)).toEqual([
      {
        ownerAccountId: ACCOUNT,
        region: REGION,
        vpcId: VPC,
        subnetId: 'subnet-private',
        scannedAccountId: ACCOUNT,
        cidrBlock: '10.0.0.0/24',
        availabilityZone: 'eu-west-1a',
      },
      {
        ownerAccountId: ACCOUNT,
        region: REGION,
        vpcId: VPC,
        subnetId: 'subnet-shared',
        scannedAccountId: ACCOUNT,
      },
    ]);
  });

  it('no rows when DescribeSubnets failed', () => {
    expect(autoAssignSubnets(ACCOUNT, REGION, undefined, verdicts)).toEqual([]);
  });
});
