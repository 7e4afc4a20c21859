import { tagMap } from './tags.js';
import type { Address } from '@aws-sdk/client-ec2';
import type { ElasticIp } from '../model/findings.js';

/** Outposts customer-owned (CoIP) addresses come from the customer's network: not public AWS IPv4. */
export function isCustomerOwned(address: Address): boolean {
  return address.CustomerOwnedIp !== undefined || address.CustomerOwnedIpv4Pool !== undefined;
}

/** `amazon` for Amazon-owned addresses, else the BYOIP pool id. */
export function poolOf(address: Address): string {
  return address.PublicIpv4Pool ?? 'amazon';
}

/** The region's public AWS Elastic IPs by address, for telling EIPs from auto-assigned ones. */
export function elasticIpsByPublicIp(
  addresses: readonly Address[] | undefined,
): Map<string, Address> {
  const byIp = new Map<string, Address>();
  for (const address of addresses ?? []) {
    if (address.PublicIp !== undefined && !isCustomerOwned(address)) {
      byIp.set(address.PublicIp, address);
    }
  }
  return byIp;
}

function elasticIpRow(accountId: string, region: string, address: Address): ElasticIp {
  const pool = poolOf(address);
  const row: ElasticIp = {
    accountId,
    region,
    publicIp: address.PublicIp ?? '',
    pool,
    byoip: pool !== 'amazon',
  };
  const name = address.Tags?.find((tag) => tag.Key === 'Name')?.Value;
  if (address.AllocationId !== undefined) row.allocationId = address.AllocationId;
  if (address.AssociationId !== undefined) row.associationId = address.AssociationId;
  if (address.NetworkInterfaceId !== undefined) row.networkInterfaceId = address.NetworkInterfaceId;
  if (address.InstanceId !== undefined) row.instanceId = address.InstanceId;
  if (address.PrivateIpAddress !== undefined) row.privateIp = address.PrivateIpAddress;
  if (address.NetworkBorderGroup !== undefined) row.networkBorderGroup = address.NetworkBorderGroup;
  if (name !== undefined) row.name = name;
  if (address.ServiceManaged !== undefined) row.serviceManaged = address.ServiceManaged;
  const tags = tagMap(address.Tags);
  if (tags !== undefined) row.tags = tags;
  return row;
}

/**
 * The region's Elastic IPs split by association. `addresses` undefined (the call failed) gives
 * no rows; the failure is reported as a scan error.
 */
export function elasticIps(
  accountId: string,
  region: string,
  addresses: readonly Address[] | undefined,
): { associated: ElasticIp[]; unassociated: ElasticIp[] } {
  const associated: ElasticIp[] = [];
  const unassociated: ElasticIp[] = [];
  for (const address of addresses ?? []) {
    if (address.PublicIp === undefined || isCustomerOwned(address)) continue;
    const row = elasticIpRow(accountId, region, address);
    (address.AssociationId === undefined ? unassociated : associated).push(row);
  }
  return { associated, unassociated };
}
