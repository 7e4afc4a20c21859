// The EC2 calls the stand-in answers, one row of settings each: output shape, items, id lists
// with their NotFound codes, filters, page limits and result member (ec2ListAction.ts runs a
// row). Limits, codes and messages follow EC2; DescribeAddresses, DescribeRegions and
// DescribeVpnConnections are not paginated in EC2 either.
import {
  DescribeAddressesResult$,
  DescribeManagedPrefixListsResult$,
  DescribeNetworkInterfacesResult$,
  DescribePrefixListsResult$,
  DescribeRegionsResult$,
  DescribeRouteTablesResult$,
  DescribeSecurityGroupRulesResult$,
  DescribeSubnetsResult$,
  DescribeVpnConnectionsResult$,
  GetIpamDiscoveredPublicAddressesResult$,
  GetManagedPrefixListEntriesResult$,
} from '@aws-sdk/client-ec2';
import type {
  IpamDiscoveredPublicAddress,
  NetworkInterface,
  PrefixList,
  PrefixListEntry,
  Region,
} from '@aws-sdk/client-ec2';
import { awsError } from './awsError.js';
import { doesNotExist, ec2ListAction, type Ec2Action, type Ec2Context } from './ec2ListAction.js';
import {
  addressFilters,
  managedPrefixListFilters,
  networkInterfaceFilters,
  prefixListFilters,
  regionFilters,
  routeTableFilters,
  securityGroupRuleFilters,
  subnetFilters,
  vpnConnectionFilters,
} from './ec2FilterFields.js';

/** The account's regions: enabled ones, or all with AllRegions=true or named ones. */
function regions(ctx: Ec2Context): Region[] {
  const { index, params } = ctx;
  const all = params.bool('AllRegions') === true || params.list('RegionName').length > 0;
  const known = [...(index.account(ctx.accountId)?.regions.values() ?? [])];
  return known
    .filter((r) => all || r.optInStatus !== 'not-opted-in')
    .map((r) => ({
      RegionName: r.name,
      Endpoint: `ec2.${r.name}.amazonaws.com${index.partition === 'aws-cn' ? '.cn' : ''}`,
      OptInStatus: r.optInStatus,
    }));
}

/** Only AWS-managed (service) lists: a customer-managed id is NotFound, as in EC2. */
function awsManagedPrefixLists(ctx: Ec2Context): PrefixList[] {
  return ctx.region.prefixLists
    .filter((p) => p.awsManaged)
    .map((p) => ({
      PrefixListId: p.list.PrefixListId,
      PrefixListName: p.list.PrefixListName,
      Cidrs: p.cidrs,
    }));
}

/**
 * The account-region's interfaces as DescribeNetworkInterfaces sees them: where the account's
 * managed resource visibility is `hidden`, those hidden by default only when the request says
 * IncludeManagedResources=true. They still exist, and are billed.
 */
function networkInterfaces(ctx: Ec2Context): readonly NetworkInterface[] {
  const all = ctx.region.networkInterfaces;
  const hidden = ctx.index.account(ctx.accountId)?.fixture.managedResourceVisibility === 'hidden';
  if (!hidden || ctx.params.bool('IncludeManagedResources') === true) return all;
  return all.filter((eni) => eni.Operator?.HiddenByDefault !== true);
}

const NO_SUCH_PREFIX_LIST = doesNotExist('InvalidPrefixListID.NotFound', 'prefix list');

/** The entries of the one list PrefixListId names (required). */
function prefixListEntries(ctx: Ec2Context): PrefixListEntry[] {
  const id = ctx.params.string('PrefixListId');
  if (!id) {
    throw awsError(
      'ec2',
      'MissingParameter',
      'The request must contain the parameter PrefixListId',
    );
  }
  const list = ctx.region.prefixListsById.get(id);
  if (!list) throw NO_SUCH_PREFIX_LIST.notFound(id);
  return list.cidrs.map((Cidr) => ({ Cidr }));
}

function required(ctx: Ec2Context, name: string): string {
  const value = ctx.params.string(name);
  if (value === undefined || value === '') {
    throw awsError('ec2', 'MissingParameter', `The request must contain the parameter ${name}`);
  }
  return value;
}

/**
 * The addresses a resource discovery holds for AddressRegion (both required). A discovery is an
 * EC2 resource of its owner (the IPAM account) in its home region: from any other account or
 * region its id does not exist. The message follows EC2's IPAM NotFound wording ("The IPAM pool
 * allocation (id) does not exist."). AWS documents no Filter.N names for this call: the stand-in
 * refuses any rather than guess.
 */
function ipamDiscoveredAddresses(ctx: Ec2Context): IpamDiscoveredPublicAddress[] {
  const id = required(ctx, 'IpamResourceDiscoveryId');
  const addressRegion = required(ctx, 'AddressRegion');
  const discovery = ctx.index.discoveries.get(id);
  if (
    !discovery ||
    discovery.ownerAccountId !== ctx.accountId ||
    discovery.region !== ctx.region.name
  ) {
    throw awsError(
      'ec2',
      'InvalidIpamResourceDiscoveryId.NotFound',
      `The IPAM resource discovery (${id}) does not exist.`,
    );
  }
  const [filter] = ctx.params.filters();
  if (filter) {
    throw awsError('ec2', 'InvalidParameterValue', `The filter '${filter.name}' is invalid`);
  }
  return discovery.byRegion.get(addressRegion) ?? [];
}

/** The oldest sample among the region's addresses; absent when IPAM holds none there. */
function oldestSampleTime(items: readonly IpamDiscoveredPublicAddress[]): object {
  const times = items.flatMap((a) => (a.SampleTime ? [a.SampleTime.getTime()] : []));
  return times.length > 0 ? { OldestSampleTime: new Date(Math.min(...times)) } : {};
}

export const ec2Actions: Record<string, Ec2Action> = {
  DescribeRegions: ec2ListAction({
    output: DescribeRegionsResult$,
    items: regions,
    ids: {
      RegionName: {
        notFound: (name) =>
          awsError('ec2', 'InvalidParameterValue', `Invalid region name: ${name}`),
      },
    },
    filters: regionFilters,
    result: 'Regions',
  }),

  DescribeAddresses: ec2ListAction({
    output: DescribeAddressesResult$,
    items: (ctx) => ctx.region.addresses,
    ids: {
      PublicIp: {
        notFound: (ip) => awsError('ec2', 'InvalidAddress.NotFound', `Address '${ip}' not found.`),
      },
      AllocationId: doesNotExist('InvalidAllocationID.NotFound', 'allocation'),
    },
    filters: addressFilters,
    result: 'Addresses',
  }),

  DescribeNetworkInterfaces: ec2ListAction({
    output: DescribeNetworkInterfacesResult$,
    items: networkInterfaces,
    ids: {
      NetworkInterfaceId: {
        ...doesNotExist('InvalidNetworkInterfaceID.NotFound', 'networkInterface'),
        notWithMaxResults: true,
      },
    },
    filters: networkInterfaceFilters,
    page: { min: 5, max: 1000 },
    result: 'NetworkInterfaces',
  }),

  DescribeSubnets: ec2ListAction({
    output: DescribeSubnetsResult$,
    items: (ctx) => ctx.region.subnets,
    ids: { SubnetId: doesNotExist('InvalidSubnetID.NotFound', 'subnet') },
    filters: subnetFilters,
    page: { min: 5, max: 1000 },
    result: 'Subnets',
  }),

  DescribeRouteTables: ec2ListAction({
    output: DescribeRouteTablesResult$,
    items: (ctx) => ctx.region.routeTables,
    ids: { RouteTableId: doesNotExist('InvalidRouteTableID.NotFound', 'routeTable') },
    filters: routeTableFilters,
    page: { min: 5, max: 100 },
    result: 'RouteTables',
  }),

  DescribeSecurityGroupRules: ec2ListAction({
    output: DescribeSecurityGroupRulesResult$,
    items: (ctx) => ctx.region.securityGroupRules,
    ids: {
      SecurityGroupRuleId: doesNotExist(
        'InvalidSecurityGroupRuleId.NotFound',
        'security group rule',
      ),
    },
    filters: securityGroupRuleFilters,
    page: { min: 5, max: 1000 },
    result: 'SecurityGroupRules',
  }),

  DescribeVpnConnections: ec2ListAction({
    output: DescribeVpnConnectionsResult$,
    items: (ctx) => ctx.region.vpnConnections,
    ids: { VpnConnectionId: doesNotExist('InvalidVpnConnectionID.NotFound', 'vpnConnection') },
    filters: vpnConnectionFilters,
    result: 'VpnConnections',
  }),

  // AWS-managed and customer-managed (and shared) lists alike.
  DescribeManagedPrefixLists: ec2ListAction({
    output: DescribeManagedPrefixListsResult$,
    items: (ctx) => ctx.region.prefixLists.map((p) => p.list),
    ids: { PrefixListId: NO_SUCH_PREFIX_LIST },
    filters: managedPrefixListFilters,
    page: { min: 1, max: 100 },
    result: 'PrefixLists',
  }),

  DescribePrefixLists: ec2ListAction({
    output: DescribePrefixListsResult$,
    items: awsManagedPrefixLists,
    ids: { PrefixListId: NO_SUCH_PREFIX_LIST },
    filters: prefixListFilters,
    page: { min: 5, max: 1000 },
    result: 'PrefixLists',
  }),

  // EC2's call takes no Filter.N.
  GetManagedPrefixListEntries: ec2ListAction({
    output: GetManagedPrefixListEntriesResult$,
    items: prefixListEntries,
    page: { min: 5, max: 100 },
    result: 'Entries',
  }),

  // Answered in the IPAM account only, in the discovery's home region; MaxResults 5-1000.
  GetIpamDiscoveredPublicAddresses: ec2ListAction({
    output: GetIpamDiscoveredPublicAddressesResult$,
    items: ipamDiscoveredAddresses,
    page: { min: 5, max: 1000 },
    result: 'IpamDiscoveredPublicAddresses',
    extra: oldestSampleTime,
  }),
};
