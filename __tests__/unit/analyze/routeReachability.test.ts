import type { RouteTable } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { publicPrefixLists } from '../../../src/analyze/prefixLists.js';
import { NO_IGW_ROUTE } from '../../../src/analyze/reasons.js';
import {
  indexRouteTables,
  routeCheck,
  routeTableFor,
  subnetRouteVerdicts,
  type RouteVerdict,
} from '../../../src/analyze/routeReachability.js';
import { igwRoute, mainTable, SUBNET, subnetTable, VPC } from './builders.js';

const LISTS = publicPrefixLists(
  new Map([
    ['pl-public', ['52.94.0.0/16', '2600::/16']],
    ['pl-private', ['10.0.0.0/8', '::/0']],
  ]),
);

function verdictOf(tables: RouteTable[] | undefined, subnetId = SUBNET, vpcId = VPC): RouteVerdict {
  const verdict = subnetRouteVerdicts(tables, LISTS, [{ subnetId, vpcId }]).get(subnetId);
  if (verdict === undefined) throw new Error('no verdict');
  return verdict;
}

const INTERNET: RouteVerdict = { kind: 'internet' };
const NO_ROUTE: RouteVerdict = { kind: 'noIgwRoute' };

describe('route reachability of a subnet', () => {
  it.each<[string, RouteTable[], RouteVerdict]>([
    ['main table with a default route to an igw', [mainTable([igwRoute()])], INTERNET],
    ['main table with only the local route', [mainTable([])], NO_ROUTE],
    ['a public but narrow destination counts', [mainTable([igwRoute('52.0.0.0/8')])], INTERNET],
    [
      'a private destination to an igw does not',
      [mainTable([igwRoute('192.168.0.0/16')])],
      NO_ROUTE,
    ],
    [
      'an IPv6-only route to an igw does not',
      [
        mainTable([
          igwRoute('', { DestinationCidrBlock: undefined, DestinationIpv6CidrBlock: '::/0' }),
        ]),
      ],
      NO_ROUTE,
    ],
    [
      'a default route to a NAT gateway is not an igw route',
      [mainTable([igwRoute('0.0.0.0/0', { GatewayId: undefined, NatGatewayId: 'nat-1' })])],
      NO_ROUTE,
    ],
    [
      'a virtual private gateway is not an igw',
      [mainTable([igwRoute('0.0.0.0/0', { GatewayId: 'vgw-1' })])],
      NO_ROUTE,
    ],
    [
      'an egress-only internet gateway is not an igw',
      [mainTable([igwRoute('0.0.0.0/0', { GatewayId: 'eigw-1' })])],
      NO_ROUTE,
    ],
    [
      'a blackhole route is no route (the Python script counted it)',
      [mainTable([igwRoute('0.0.0.0/0', { State: 'blackhole' })])],
      NO_ROUTE,
    ],
    [
      'a route without a State counts as active',
      [mainTable([igwRoute('0.0.0.0/0', { State: undefined })])],
      INTERNET,
    ],
    [
      'prefix-list destination holding a public range',
      [
        mainTable([
          igwRoute('', { DestinationCidrBlock: undefined, DestinationPrefixListId: 'pl-public' }),
        ]),
      ],
      INTERNET,
    ],
    [
      'prefix-list destination holding only private and IPv6 ranges',
      [
        mainTable([
          igwRoute('', { DestinationCidrBlock: undefined, DestinationPrefixListId: 'pl-private' }),
        ]),
      ],
      NO_ROUTE,
    ],
    [
      'an unreadable destination prefix list leaves it open',
      [
        mainTable([
          igwRoute('', { DestinationCidrBlock: undefined, DestinationPrefixListId: 'pl-gone' }),
        ]),
      ],
      { kind: 'notAssessed', detail: 'prefix list pl-gone could not be read' },
    ],
    [
      'a certain internet route settles it despite an unreadable list',
      [
        mainTable([
          igwRoute('', { DestinationCidrBlock: undefined, DestinationPrefixListId: 'pl-gone' }),
          igwRoute(),
        ]),
      ],
      INTERNET,
    ],
    [
      'an unreadable list on a blackhole route does not matter',
      [
        mainTable([
          igwRoute('', {
            DestinationCidrBlock: undefined,
            DestinationPrefixListId: 'pl-gone',
            State: 'blackhole',
          }),
        ]),
      ],
      NO_ROUTE,
    ],
  ])('%s', (_case, tables, expected) => {
    expect(verdictOf(tables)).toEqual(expected);
  });

  it('the explicit association wins over the main table (the Python script read the main one)', () => {
    const tables = [mainTable([igwRoute()]), subnetTable('rtb-private', [SUBNET], [])];
    expect(verdictOf(tables)).toEqual(NO_ROUTE);
    expect(verdictOf(tables, 'subnet-other')).toEqual(INTERNET);
    // Order of the tables in the answer does not matter.
    expect(verdictOf([...tables].reverse())).toEqual(NO_ROUTE);
  });

  it('the main table is the one of the subnet VPC', () => {
    const tables = [
      mainTable([igwRoute()], { RouteTableId: 'rtb-main-2', VpcId: 'vpc-2' }),
      mainTable([]),
    ];
    expect(verdictOf(tables, SUBNET, VPC)).toEqual(NO_ROUTE);
    expect(verdictOf(tables, SUBNET, 'vpc-2')).toEqual(INTERNET);
  });

  it('gateway (edge) associations without a SubnetId are skipped (the Python script crashed)', () => {
    const edge: RouteTable = subnetTable('rtb-edge', [], [igwRoute()], {
      Associations: [{ RouteTableId: 'rtb-edge', GatewayId: 'igw-1', Main: false }],
    });
    expect(verdictOf([edge, mainTable([])])).toEqual(NO_ROUTE);
    expect(indexRouteTables([edge]).bySubnet.size).toBe(0);
  });

  it('DescribeRouteTables failed: not assessed', () => {
    expect(verdictOf(undefined)).toEqual({
      kind: 'notAssessed',
      detail: 'DescribeRouteTables failed',
    });
  });

  it('no explicit and no main table for the VPC: not assessed', () => {
    const tables = [mainTable([igwRoute()], { VpcId: 'vpc-2' })];
    expect(verdictOf(tables)).toEqual({
      kind: 'notAssessed',
      detail: 'no route table found for subnet subnet-1',
    });
  });

  it('judges each subnet once and shares a table verdict between subnets', () => {
    const table = subnetTable('rtb-1', ['subnet-a', 'subnet-b'], [igwRoute()]);
    const verdicts = subnetRouteVerdicts([table, mainTable([])], LISTS, [
      { subnetId: 'subnet-a', vpcId: VPC },
      { subnetId: 'subnet-b', vpcId: VPC },
      { subnetId: 'subnet-a', vpcId: VPC },
      { subnetId: 'subnet-c', vpcId: VPC },
    ]);
    expect(Object.fromEntries(verdicts)).toEqual({
      'subnet-a': INTERNET,
      'subnet-b': INTERNET,
      'subnet-c': NO_ROUTE,
    });
  });

  it('routeTableFor returns the explicit table, else the main one, else nothing', () => {
    const explicit = subnetTable('rtb-1', [SUBNET], []);
    const main = mainTable([]);
    const index = indexRouteTables([main, explicit]);
    expect(routeTableFor(index, { subnetId: SUBNET, vpcId: VPC })).toBe(explicit);
    expect(routeTableFor(index, { subnetId: 'subnet-9', vpcId: VPC })).toBe(main);
    expect(routeTableFor(index, { subnetId: 'subnet-9', vpcId: 'vpc-9' })).toBeUndefined();
  });
});

describe('routeCheck', () => {
  it.each<[RouteVerdict, unknown]>([
    [INTERNET, { assessed: true, level: 'LOW', reasons: [] }],
    [NO_ROUTE, { assessed: true, level: 'HIGH', reasons: [NO_IGW_ROUTE] }],
    [
      { kind: 'notAssessed', detail: 'DescribeRouteTables failed' },
      { assessed: false, reasons: ['Routes not assessed: DescribeRouteTables failed.'] },
    ],
  ])('%j', (verdict, expected) => {
    expect(routeCheck(verdict)).toEqual(expected);
  });
});
