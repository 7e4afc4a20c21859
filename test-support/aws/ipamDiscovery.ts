// What a healthy VPC IPAM would have discovered in the fixture: one IpamDiscoveredPublicAddress
// per public IPv4 address the fixture's resources hold (interface associations, Elastic IPs,
// VPN tunnel outside addresses, accelerator addresses), so a test can say "IPAM sees everything
// the scan should, plus this one". Written from the fixture alone, independent of the code under
// test. Address types and services follow IpamPublicAddressType / IpamPublicAddressAwsService;
// IPAM documents no region for accelerator addresses, the stand-in files them under us-west-2
// (Global Accelerator's API region).
import type {
  Address,
  IpamDiscoveredPublicAddress,
  IpamPublicAddressAwsService,
  NetworkInterface,
  VpnConnection,
} from '@aws-sdk/client-ec2';
import type { AccountFixture, OrgFixture, RegionFixture } from './fixture.js';

const ACCELERATOR_REGION = 'us-west-2';

interface Common {
  discoveryId: string;
  sampleTime: Date;
  accountId: string;
  region: string;
}

function base(c: Common, address: string): IpamDiscoveredPublicAddress {
  return {
    IpamResourceDiscoveryId: c.discoveryId,
    AddressRegion: c.region,
    Address: address,
    AddressOwnerId: c.accountId,
    SampleTime: c.sampleTime,
  };
}

/** The service IPAM names for an interface AWS manages, from what the interface says. */
function serviceOf(eni: NetworkInterface): IpamPublicAddressAwsService | undefined {
  const description = eni.Description ?? '';
  const owner = eni.Association?.IpOwnerId ?? eni.RequesterId ?? '';
  // EC2 answers nat_gateway, which the SDK's enum lacks: compare as plain strings.
  const type: string = eni.InterfaceType ?? '';
  if (type === 'nat_gateway' || description.startsWith('Interface for NAT Gateway'))
    return 'nat-gateway';
  if (type === 'network_load_balancer' || owner === 'amazon-elb') return 'load-balancer';
  if (owner === 'amazon-rds' || description === 'RDSNetworkInterface')
    return 'relational-database-service';
  if (description === 'RedshiftNetworkInterface') return 'redshift';
  if (description === 'DMSNetworkInterface') return 'database-migration-service';
  if (description.startsWith('arn:aws:ecs:')) return 'elastic-container-service';
  return undefined;
}

function eipFields(eip: Address): Partial<IpamDiscoveredPublicAddress> {
  const pool = eip.PublicIpv4Pool ?? 'amazon';
  return {
    AddressAllocationId: eip.AllocationId,
    AddressType: pool === 'amazon' ? 'amazon-owned-eip' : 'byoip',
    PublicIpv4PoolId: pool,
    ...(eip.NetworkBorderGroup ? { NetworkBorderGroup: eip.NetworkBorderGroup } : {}),
    ...(eip.Tags && eip.Tags.length > 0 ? { Tags: { EipTags: eip.Tags } } : {}),
  };
}

/** Every public address on an interface: the primary association and each secondary one. */
function interfaceAddresses(
  c: Common,
  eni: NetworkInterface,
  eips: ReadonlyMap<string, Address>,
): IpamDiscoveredPublicAddress[] {
  const associations = [
    eni.Association,
    ...(eni.PrivateIpAddresses ?? []).map((p) => p.Association),
  ].filter((a) => a?.PublicIp !== undefined);
  const service = serviceOf(eni);
  const nat =
    service === 'nat-gateway' ? /\bnat-[0-9a-f]+/.exec(eni.Description ?? '')?.[0] : undefined;
  const seen = new Set<string>();
  const found: IpamDiscoveredPublicAddress[] = [];
  for (const association of associations) {
    const ip = association?.PublicIp ?? '';
    if (seen.has(ip)) continue;
    seen.add(ip);
    const eip = eips.get(ip);
    const kind: Partial<IpamDiscoveredPublicAddress> = eip
      ? eipFields(eip)
      : {
          AddressType: association?.IpOwnerId === 'amazon' ? 'ec2-public-ip' : 'service-managed-ip',
        };
    found.push({
      ...base({ ...c, accountId: eni.OwnerId ?? c.accountId }, ip),
      AssociationStatus: 'associated',
      ...kind,
      ...(service ? { Service: service } : {}),
      ...(nat ? { ServiceResource: nat } : {}),
      ...(eni.VpcId ? { VpcId: eni.VpcId } : {}),
      ...(eni.SubnetId ? { SubnetId: eni.SubnetId } : {}),
      NetworkInterfaceId: eni.NetworkInterfaceId,
      NetworkInterfaceDescription: eni.Description ?? '',
      ...(eni.Attachment?.InstanceId ? { InstanceId: eni.Attachment.InstanceId } : {}),
      SecurityGroups: (eni.Groups ?? []).map((g) => ({
        GroupName: g.GroupName,
        GroupId: g.GroupId,
      })),
    });
  }
  return found;
}

function vpnAddresses(c: Common, vpn: VpnConnection): IpamDiscoveredPublicAddress[] {
  if (vpn.State === 'deleted' || vpn.State === 'deleting') return [];
  const outside = [
    ...(vpn.Options?.TunnelOptions ?? []).map((t) => t.OutsideIpAddress),
    ...(vpn.VgwTelemetry ?? []).map((t) => t.OutsideIpAddress),
  ].filter((ip): ip is string => ip !== undefined && ip !== '');
  return [...new Set(outside)].map((ip) => ({
    ...base(c, ip),
    AssociationStatus: 'associated',
    AddressType: 'service-managed-ip',
    Service: 'site-to-site-vpn',
    ServiceResource: vpn.VpnConnectionId,
  }));
}

function regionAddresses(c: Common, region: RegionFixture): IpamDiscoveredPublicAddress[] {
  const eips = new Map(
    (region.addresses ?? []).filter((a) => a.PublicIp).map((a) => [a.PublicIp ?? '', a]),
  );
  const onInterfaces = (region.networkInterfaces ?? []).flatMap((eni) =>
    interfaceAddresses(c, eni, eips),
  );
  const idle = (region.addresses ?? [])
    .filter((a) => a.PublicIp && !a.AssociationId)
    .map((a): IpamDiscoveredPublicAddress => ({
      ...base(c, a.PublicIp ?? ''),
      AssociationStatus: 'disassociated',
      ...eipFields(a),
    }));
  const vpns = (region.vpnConnections ?? []).flatMap((v) => vpnAddresses(c, v));
  return [...onInterfaces, ...idle, ...vpns];
}

function acceleratorAddresses(c: Common, account: AccountFixture): IpamDiscoveredPublicAddress[] {
  const accelerators = [
    ...(account.accelerators ?? []),
    ...(account.customRoutingAccelerators ?? []),
  ];
  return accelerators.flatMap((a) =>
    (a.IpSets ?? [])
      .filter((set) => (set.IpAddressFamily ?? set.IpFamily) === 'IPv4')
      .flatMap((set) => set.IpAddresses ?? [])
      .map((ip): IpamDiscoveredPublicAddress => ({
        ...base({ ...c, region: ACCELERATOR_REGION }, ip),
        AssociationStatus: 'associated',
        AddressType: 'service-managed-ip',
        Service: 'global-accelerator',
        ServiceResource: a.AcceleratorArn,
      })),
  );
}

/**
 * Every public address of the fixture's ACTIVE accounts in enabled regions, once per (region,
 * address): an interface seen from two accounts (a shared subnet) is one address.
 */
export function discoveredFixtureAddresses(
  fixture: OrgFixture,
  discoveryId: string,
  sampleTime: Date,
): IpamDiscoveredPublicAddress[] {
  const all: IpamDiscoveredPublicAddress[] = [];
  for (const account of fixture.accounts.filter((a) => a.status === 'ACTIVE')) {
    const c = { discoveryId, sampleTime, accountId: account.id };
    for (const [name, region] of Object.entries(account.regions)) {
      if (region.optInStatus === 'not-opted-in') continue;
      all.push(...regionAddresses({ ...c, region: name }, region));
    }
    all.push(...acceleratorAddresses({ ...c, region: ACCELERATOR_REGION }, account));
  }
  const seen = new Set<string>();
  return all.filter((a) => {
    const key = `${a.AddressRegion}\u0000${a.Address}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
