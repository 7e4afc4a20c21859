import type { Subnet } from '@aws-sdk/client-ec2';
import type { RouteVerdict } from './routeReachability.js';
import type { AutoAssignSubnet } from '../model/findings.js';

/**
 * Subnets that hand every new instance a public IPv4 address but cannot route to an internet
 * gateway: the addresses cost money and reach nothing. Subnets whose routes could not be
 * assessed are left out, as are all of them when DescribeSubnets failed.
 */
export function autoAssignSubnets(
  accountId: string,
  region: string,
  subnets: readonly Subnet[] | undefined,
  routeVerdicts: ReadonlyMap<string, RouteVerdict>,
): AutoAssignSubnet[] {
  const rows: AutoAssignSubnet[] = [];
  for (const subnet of subnets ?? []) {
    if (subnet.MapPublicIpOnLaunch !== true || subnet.SubnetId === undefined) continue;
    if (routeVerdicts.get(subnet.SubnetId)?.kind !== 'noIgwRoute') continue;
    const row: AutoAssignSubnet = {
      ownerAccountId: subnet.OwnerId ?? accountId,
      region,
      vpcId: subnet.VpcId ?? '',
      subnetId: subnet.SubnetId,
      scannedAccountId: accountId,
    };
    if (subnet.CidrBlock !== undefined) row.cidrBlock = subnet.CidrBlock;
    if (subnet.AvailabilityZone !== undefined) row.availabilityZone = subnet.AvailabilityZone;
    rows.push(row);
  }
  return rows;
}
