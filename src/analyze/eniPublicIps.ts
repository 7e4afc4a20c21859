import { tagMap } from './tags.js';
import type { Address, NetworkInterface } from '@aws-sdk/client-ec2';
import { poolOf } from './elasticIps.js';
import type { Owner } from './owningService.js';
import type { AddressType, EniChecks, EniPublicIp, Suspicion } from '../model/findings.js';

/** One public IPv4 address on an interface and the private address it maps to. */
export interface EniAddress {
  address: string;
  privateIp: string;
  isPrimary: boolean;
  allocationId?: string;
  associationId?: string;
  ipOwnerId?: string;
}

/**
 * Every distinct public IPv4 address on an interface: each private address's OWN association
 * (the Python script read the primary's for all of them), and the top-level association, which
 * repeats the primary's and only adds a row when PrivateIpAddresses does not carry it.
 */
export function publicAddressesOf(eni: NetworkInterface): EniAddress[] {
  const found = new Map<string, EniAddress>();
  const top = eni.Association;
  for (const entry of eni.PrivateIpAddresses ?? []) {
    const own = entry.Association;
    const publicIp = own?.PublicIp;
    if (own === undefined || publicIp === undefined || publicIp === '' || found.has(publicIp)) {
      continue;
    }
    // The top-level copy of the primary's association may carry what the entry lacks.
    const copy = top?.PublicIp === publicIp ? top : undefined;
    found.set(
      publicIp,
      withKnown(
        {
          address: publicIp,
          privateIp: entry.PrivateIpAddress ?? '',
          isPrimary: entry.Primary === true,
        },
        {
          allocationId: own.AllocationId ?? copy?.AllocationId,
          associationId: own.AssociationId ?? copy?.AssociationId,
          ipOwnerId: own.IpOwnerId ?? copy?.IpOwnerId,
        },
      ),
    );
  }
  if (top?.PublicIp !== undefined && top.PublicIp !== '' && !found.has(top.PublicIp)) {
    found.set(
      top.PublicIp,
      withKnown(
        { address: top.PublicIp, privateIp: eni.PrivateIpAddress ?? '', isPrimary: true },
        {
          allocationId: top.AllocationId,
          associationId: top.AssociationId,
          ipOwnerId: top.IpOwnerId,
        },
      ),
    );
  }
  return [...found.values()];
}

// Leaves unknown fields out rather than present-but-undefined, so rows compare and serialise cleanly.
function withKnown(
  base: EniAddress,
  ids: { allocationId?: string; associationId?: string; ipOwnerId?: string },
): EniAddress {
  if (ids.allocationId !== undefined) base.allocationId = ids.allocationId;
  if (ids.associationId !== undefined) base.associationId = ids.associationId;
  if (ids.ipOwnerId !== undefined) base.ipOwnerId = ids.ipOwnerId;
  return base;
}

/** An allocated EIP when its association names an allocation or the region lists it as an EIP. */
function addressTypeOf(allocationId: string | undefined, eip: Address | undefined): AddressType {
  return allocationId !== undefined || eip !== undefined ? 'Elastic IP' : 'Public IP';
}

export interface EniContext {
  /** The scanned account, owner of last resort. */
  accountId: string;
  region: string;
  interfaceType: string;
  owner: Owner;
  suspicion: Suspicion;
  reasons: readonly string[];
  /** The region's Elastic IPs by public address. */
  eipsByPublicIp: ReadonlyMap<string, Address>;
  checks?: EniChecks;
}

/** One row per public address of an interface, each carrying the interface's verdict. */
export function eniPublicIpRows(
  eni: NetworkInterface,
  addresses: readonly EniAddress[],
  context: EniContext,
): EniPublicIp[] {
  return addresses.map((found) => {
    const eip = context.eipsByPublicIp.get(found.address);
    const allocationId = found.allocationId ?? eip?.AllocationId;
    const associationId = found.associationId ?? eip?.AssociationId;
    const row: EniPublicIp = {
      ownerAccountId: eni.OwnerId ?? context.accountId,
      region: context.region,
      interfaceId: eni.NetworkInterfaceId ?? '',
      address: found.address,
      vpcId: eni.VpcId ?? '',
      subnetId: eni.SubnetId ?? '',
      interfaceType: context.interfaceType,
      addressType: addressTypeOf(allocationId, eip),
      suspicion: context.suspicion,
      reasons: [...context.reasons],
      service: context.owner.service,
      scannedAccountId: context.accountId,
      privateIp: found.privateIp,
      isPrimary: found.isPrimary,
      byoip: eip !== undefined && poolOf(eip) !== 'amazon',
    };
    if (context.owner.resourceId !== undefined) row.resourceId = context.owner.resourceId;
    if (context.owner.managedBy !== undefined) row.managedBy = context.owner.managedBy;
    if (context.owner.requesterManaged === true) row.requesterManaged = true;
    if (allocationId !== undefined) row.allocationId = allocationId;
    if (associationId !== undefined) row.associationId = associationId;
    if (found.ipOwnerId !== undefined) row.ipOwnerId = found.ipOwnerId;
    if (eni.Attachment?.InstanceId !== undefined) row.instanceId = eni.Attachment.InstanceId;
    if (eni.Description !== undefined) row.description = eni.Description;
    if (context.checks !== undefined) row.checks = context.checks;
    const tags = tagMap(eni.TagSet);
    if (tags !== undefined) row.tags = tags;
    return row;
  });
}
