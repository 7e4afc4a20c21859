// The EC2 actions the stand-in answers, each with the output shape its XML is written from.
// Pagination, limits, id lookups and NotFound codes follow EC2; DescribePrefixLists answers only
// AWS-managed lists, exactly as EC2 does.
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
  GetManagedPrefixListEntriesResult$,
} from '@aws-sdk/client-ec2';
import type { Region } from '@aws-sdk/client-ec2';
import { applyEc2Filters, type FilterFields } from './applyEc2Filters.js';
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
import { awsError } from './awsError.js';
import type { SchemaRef } from './compileXmlWriter.js';
import type { FixtureIndex, RegionIndex } from './fixtureIndex.js';
import { pageErrors } from './pageErrors.js';
import { pageOf, type Page, type PageLimits } from './pageOf.js';
import type { QueryParams } from './queryParams.js';

export interface Ec2Context {
  action: string;
  params: QueryParams;
  accountId: string;
  region: RegionIndex;
  index: FixtureIndex;
  forcedPageSize: number | undefined;
}

export interface Ec2Action {
  output: SchemaRef;
  handle(ctx: Ec2Context): object;
}

function page<T>(ctx: Ec2Context, items: readonly T[], limits: PageLimits): Page<T> {
  const { params } = ctx;
  // The token and MaxResults may change between pages; the rest of the query may not.
  const query = Object.entries(params.tree).filter(
    ([k]) => k !== 'NextToken' && k !== 'MaxResults',
  );
  return pageOf(
    items,
    {
      maxResults: params.number('MaxResults'),
      nextToken: params.string('NextToken'),
      scope: [ctx.action, ctx.accountId, ctx.region.name, JSON.stringify(query)].join('|'),
      forcedPageSize: ctx.forcedPageSize,
    },
    limits,
    pageErrors.ec2,
  );
}

/** Items named by an id list (all of them when empty); an unknown id is `notFound`. */
function byIds<T>(
  items: readonly T[],
  ids: string[],
  idOf: (item: T) => string | undefined,
  notFound: (id: string) => Error,
): readonly T[] {
  if (ids.length === 0) return items;
  const wanted = new Set(ids);
  const found = items.filter((item) => wanted.has(idOf(item) ?? ''));
  const seen = new Set(found.map(idOf));
  const missing = ids.find((id) => !seen.has(id));
  if (missing !== undefined) throw notFound(missing);
  return found;
}

function select<T>(
  ctx: Ec2Context,
  items: readonly T[],
  idParam: string,
  idOf: (item: T) => string | undefined,
  notFoundCode: string,
  noun: string,
  fields: FilterFields<T>,
): readonly T[] {
  const ids = ctx.params.list(idParam);
  const named = byIds(items, ids, idOf, (id) =>
    awsError('ec2', notFoundCode, `The ${noun} ID '${id}' does not exist`),
  );
  return applyEc2Filters(named, ctx.params.filters(), fields);
}

function regionEndpoint(index: FixtureIndex, name: string): string {
  return `ec2.${name}.amazonaws.com${index.partition === 'aws-cn' ? '.cn' : ''}`;
}

export const ec2Actions: Record<string, Ec2Action> = {
  DescribeRegions: {
    output: DescribeRegionsResult$,
    handle(ctx) {
      const account = ctx.index.account(ctx.accountId);
      const known = [...(account?.regions.values() ?? [])];
      const names = ctx.params.list('RegionName');
      for (const name of names) {
        if (!known.some((r) => r.name === name)) {
          throw awsError('ec2', 'InvalidParameterValue', `Invalid region name: ${name}`);
        }
      }
      const all = ctx.params.bool('AllRegions') === true || names.length > 0;
      const regions: Region[] = known
        .filter((r) => names.length === 0 || names.includes(r.name))
        .filter((r) => all || r.optInStatus !== 'not-opted-in')
        .map((r) => ({
          RegionName: r.name,
          Endpoint: regionEndpoint(ctx.index, r.name),
          OptInStatus: r.optInStatus,
        }));
      return { Regions: applyEc2Filters(regions, ctx.params.filters(), regionFilters) };
    },
  },

  // No pagination in EC2: one answer holds every address.
  DescribeAddresses: {
    output: DescribeAddressesResult$,
    handle(ctx) {
      const { params } = ctx;
      let items = byIds(
        ctx.region.addresses,
        params.list('PublicIp'),
        (a) => a.PublicIp,
        (ip) => awsError('ec2', 'InvalidAddress.NotFound', `Address '${ip}' not found.`),
      );
      items = byIds(
        items,
        params.list('AllocationId'),
        (a) => a.AllocationId,
        (id) =>
          awsError(
            'ec2',
            'InvalidAllocationID.NotFound',
            `The allocation ID '${id}' does not exist`,
          ),
      );
      return { Addresses: applyEc2Filters(items, params.filters(), addressFilters) };
    },
  },

  DescribeNetworkInterfaces: {
    output: DescribeNetworkInterfacesResult$,
    handle(ctx) {
      if (ctx.params.list('NetworkInterfaceId').length > 0 && ctx.params.number('MaxResults')) {
        throw awsError(
          'ec2',
          'InvalidParameterCombination',
          'The parameter NetworkInterfaceIds cannot be used with the parameter MaxResults',
        );
      }
      const items = select(
        ctx,
        ctx.region.networkInterfaces,
        'NetworkInterfaceId',
        (n) => n.NetworkInterfaceId,
        'InvalidNetworkInterfaceID.NotFound',
        'networkInterface',
        networkInterfaceFilters,
      );
      const p = page(ctx, items, { min: 5, max: 1000 });
      return { NetworkInterfaces: p.items, NextToken: p.nextToken };
    },
  },

  DescribeSubnets: {
    output: DescribeSubnetsResult$,
    handle(ctx) {
      const items = select(
        ctx,
        ctx.region.subnets,
        'SubnetId',
        (s) => s.SubnetId,
        'InvalidSubnetID.NotFound',
        'subnet',
        subnetFilters,
      );
      const p = page(ctx, items, { min: 5, max: 1000 });
      return { Subnets: p.items, NextToken: p.nextToken };
    },
  },

  DescribeRouteTables: {
    output: DescribeRouteTablesResult$,
    handle(ctx) {
      const items = select(
        ctx,
        ctx.region.routeTables,
        'RouteTableId',
        (t) => t.RouteTableId,
        'InvalidRouteTableID.NotFound',
        'routeTable',
        routeTableFilters,
      );
      const p = page(ctx, items, { min: 5, max: 100 });
      return { RouteTables: p.items, NextToken: p.nextToken };
    },
  },

  DescribeSecurityGroupRules: {
    output: DescribeSecurityGroupRulesResult$,
    handle(ctx) {
      const items = select(
        ctx,
        ctx.region.securityGroupRules,
        'SecurityGroupRuleId',
        (r) => r.SecurityGroupRuleId,
        'InvalidSecurityGroupRuleId.NotFound',
        'security group rule',
        securityGroupRuleFilters,
      );
      const p = page(ctx, items, { min: 5, max: 1000 });
      return { SecurityGroupRules: p.items, NextToken: p.nextToken };
    },
  },

  // No pagination in EC2.
  DescribeVpnConnections: {
    output: DescribeVpnConnectionsResult$,
    handle(ctx) {
      const items = select(
        ctx,
        ctx.region.vpnConnections,
        'VpnConnectionId',
        (v) => v.VpnConnectionId,
        'InvalidVpnConnectionID.NotFound',
        'vpnConnection',
        vpnConnectionFilters,
      );
      return { VpnConnections: items };
    },
  },

  // AWS-managed and customer-managed (and shared) lists alike.
  DescribeManagedPrefixLists: {
    output: DescribeManagedPrefixListsResult$,
    handle(ctx) {
      const lists = ctx.region.prefixLists.map((p) => p.list);
      const items = select(
        ctx,
        lists,
        'PrefixListId',
        (l) => l.PrefixListId,
        'InvalidPrefixListID.NotFound',
        'prefix list',
        managedPrefixListFilters,
      );
      const p = page(ctx, items, { min: 1, max: 100 });
      return { PrefixLists: p.items, NextToken: p.nextToken };
    },
  },

  GetManagedPrefixListEntries: {
    output: GetManagedPrefixListEntriesResult$,
    handle(ctx) {
      const id = ctx.params.string('PrefixListId');
      if (!id) {
        throw awsError(
          'ec2',
          'MissingParameter',
          'The request must contain the parameter PrefixListId',
        );
      }
      const list = ctx.region.prefixListsById.get(id);
      if (!list) {
        throw awsError(
          'ec2',
          'InvalidPrefixListID.NotFound',
          `The prefix list ID '${id}' does not exist`,
        );
      }
      const p = page(
        ctx,
        list.cidrs.map((Cidr) => ({ Cidr })),
        { min: 5, max: 100 },
      );
      return { Entries: p.items, NextToken: p.nextToken };
    },
  },

  // Only AWS-managed (service) lists: a customer-managed id is NotFound, as in EC2.
  DescribePrefixLists: {
    output: DescribePrefixListsResult$,
    handle(ctx) {
      const lists = ctx.region.prefixLists
        .filter((p) => p.awsManaged)
        .map((p) => ({
          PrefixListId: p.list.PrefixListId,
          PrefixListName: p.list.PrefixListName,
          Cidrs: p.cidrs,
        }));
      const items = select(
        ctx,
        lists,
        'PrefixListId',
        (l) => l.PrefixListId,
        'InvalidPrefixListID.NotFound',
        'prefix list',
        prefixListFilters,
      );
      const p = page(ctx, items, { min: 5, max: 1000 });
      return { PrefixLists: p.items, NextToken: p.nextToken };
    },
  },
};
