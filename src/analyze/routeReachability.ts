import type { Route, RouteTable } from '@aws-sdk/client-ec2';
import { isPublicCidr } from './bogons.js';
import {
  NO_IGW_ROUTE,
  noRouteTableFor,
  prefixListUnreadable,
  ROUTE_TABLES_FAILED,
  routesNotAssessed,
} from './reasons.js';
import { notAssessed, PASSED, raised } from './suspicion.js';
import { type CheckVerdict } from '../model/checkVerdict.js';

/** Whether a subnet can reach the internet through an internet gateway. */
export type RouteVerdict =
  { kind: 'internet' } | { kind: 'noIgwRoute' } | { kind: 'notAssessed'; detail: string };

export interface RouteTableIndex {
  /** Tables explicitly associated with a subnet. */
  bySubnet: Map<string, RouteTable>;
  /** Each VPC's main table. */
  mainByVpc: Map<string, RouteTable>;
}

export interface SubnetRef {
  subnetId: string;
  vpcId: string;
}

export function indexRouteTables(tables: readonly RouteTable[]): RouteTableIndex {
  const bySubnet = new Map<string, RouteTable>();
  const mainByVpc = new Map<string, RouteTable>();
  for (const table of tables) {
    for (const association of table.Associations ?? []) {
      if (association.Main === true && table.VpcId !== undefined) {
        mainByVpc.set(table.VpcId, table);
      } else if (association.SubnetId !== undefined) {
        bySubnet.set(association.SubnetId, table);
      }
      // Edge associations (GatewayId, no SubnetId) route inbound traffic: not a subnet's table.
    }
  }
  return { bySubnet, mainByVpc };
}

/** The explicit association wins; a subnet without one uses its VPC's main table. */
export function routeTableFor(index: RouteTableIndex, subnet: SubnetRef): RouteTable | undefined {
  return index.bySubnet.get(subnet.subnetId) ?? index.mainByVpc.get(subnet.vpcId);
}

/**
 * Whether a route sends a public IPv4 destination to an internet gateway: 'unknown' when the
 * route is such a candidate but its destination prefix list could not be read.
 */
function routeToInternet(
  route: Route,
  publicPrefixLists: ReadonlyMap<string, boolean>,
): 'yes' | 'no' | 'unknown' {
  const active = route.State === undefined || route.State === 'active';
  if (!active || route.GatewayId?.startsWith('igw-') !== true) return 'no';
  if (route.DestinationCidrBlock !== undefined && isPublicCidr(route.DestinationCidrBlock)) {
    return 'yes';
  }
  if (route.DestinationPrefixListId === undefined) return 'no';
  const listIsPublic = publicPrefixLists.get(route.DestinationPrefixListId);
  if (listIsPublic === undefined) return 'unknown';
  return listIsPublic ? 'yes' : 'no';
}

/** One table's verdict: any certain internet route settles it; else an unreadable list leaves it open. */
function tableRouteVerdict(
  table: RouteTable,
  publicPrefixLists: ReadonlyMap<string, boolean>,
): RouteVerdict {
  let unreadable: string | undefined;
  for (const route of table.Routes ?? []) {
    const answer = routeToInternet(route, publicPrefixLists);
    if (answer === 'yes') return { kind: 'internet' };
    if (answer === 'unknown') unreadable ??= route.DestinationPrefixListId;
  }
  return unreadable === undefined
    ? { kind: 'noIgwRoute' }
    : { kind: 'notAssessed', detail: prefixListUnreadable(unreadable) };
}

/**
 * Route verdicts for each subnet, keyed by subnet id; each table is judged once however many
 * subnets share it. `routeTables` undefined means DescribeRouteTables failed.
 */
export function subnetRouteVerdicts(
  routeTables: readonly RouteTable[] | undefined,
  publicPrefixLists: ReadonlyMap<string, boolean>,
  subnets: Iterable<SubnetRef>,
): Map<string, RouteVerdict> {
  const verdicts = new Map<string, RouteVerdict>();
  const index = routeTables === undefined ? undefined : indexRouteTables(routeTables);
  const byTable = new Map<RouteTable, RouteVerdict>();
  for (const subnet of subnets) {
    if (verdicts.has(subnet.subnetId)) continue;
    if (index === undefined) {
      verdicts.set(subnet.subnetId, { kind: 'notAssessed', detail: ROUTE_TABLES_FAILED });
      continue;
    }
    const table = routeTableFor(index, subnet);
    if (table === undefined) {
      verdicts.set(subnet.subnetId, {
        kind: 'notAssessed',
        detail: noRouteTableFor(subnet.subnetId),
      });
      continue;
    }
    let verdict = byTable.get(table);
    if (verdict === undefined) {
      verdict = tableRouteVerdict(table, publicPrefixLists);
      byTable.set(table, verdict);
    }
    verdicts.set(subnet.subnetId, verdict);
  }
  return verdicts;
}

/** The route check's contribution to an interface's suspicion. */
export function routeCheck(verdict: RouteVerdict): CheckVerdict {
  switch (verdict.kind) {
    case 'internet':
      return PASSED;
    case 'noIgwRoute':
      return raised('HIGH', NO_IGW_ROUTE);
    case 'notAssessed':
      return notAssessed([routesNotAssessed(verdict.detail)]);
  }
}
