// Subnets that auto-assign public IPv4 addresses but have no route to an internet gateway
// (private_subnets_with_auto_assign.csv): they hold no address yet, and give one to each launch.
import { compareText } from '../analyze/compareAddress.js';
import { dedupeSubnets } from '../analyze/dedupe.js';
import { col } from '../format/csvColumns.js';
import type { AutoAssignSubnet } from '../model/findings.js';
import { orNull } from '../format/orNull.js';
import { defineKind } from './findingKind.js';
import { actionColumns, actionJson } from './findingCells.js';

export const AUTO_ASSIGN_SUBNETS = defineKind({
  member: 'autoAssignSubnets',
  key: (s) => `${s.ownerAccountId}/${s.region}/${s.subnetId}`,
  compare: (a: AutoAssignSubnet, b: AutoAssignSubnet) =>
    compareText(a.ownerAccountId, b.ownerAccountId) ||
    compareText(a.region, b.region) ||
    compareText(a.vpcId, b.vpcId) ||
    compareText(a.subnetId, b.subnetId) ||
    compareText(a.scannedAccountId, b.scannedAccountId),
  merge: dedupeSubnets,
  addresses: () => [],
  totals: (rows) => ({ autoAssignSubnets: rows.length }),
  actionable: (subnet) =>
    subnet.action && {
      accountId: subnet.ownerAccountId,
      region: subnet.region,
      address: '',
      subject: `${subnet.subnetId} (${subnet.vpcId})`,
      why: 'auto-assigns public IPv4 addresses without an internet gateway route.',
      action: subnet.action,
      byoip: false,
    },
  csv: {
    name: 'private_subnets_with_auto_assign',
    columns: [
      col<AutoAssignSubnet>('OwnerAccountId', (s) => s.ownerAccountId),
      col<AutoAssignSubnet>('Region', (s) => s.region),
      col<AutoAssignSubnet>('VpcId', (s) => s.vpcId),
      col<AutoAssignSubnet>('SubnetId', (s) => s.subnetId),
      col<AutoAssignSubnet>('ScannedAccountId', (s) => s.scannedAccountId),
      col<AutoAssignSubnet>('CidrBlock', (s) => s.cidrBlock),
      col<AutoAssignSubnet>('AvailabilityZone', (s) => s.availabilityZone),
      ...actionColumns<AutoAssignSubnet>(),
    ],
  },
  json: (subnet, price) => ({
    ownerAccountId: subnet.ownerAccountId,
    region: subnet.region,
    vpcId: subnet.vpcId,
    subnetId: subnet.subnetId,
    scannedAccountId: subnet.scannedAccountId,
    cidrBlock: orNull(subnet.cidrBlock),
    availabilityZone: orNull(subnet.availabilityZone),
    action: actionJson(subnet.action, price, false),
  }),
  html: {
    order: 5,
    table: {
      id: 'auto-assign-subnets',
      title: 'Subnets that auto-assign public IPs without a route to an internet gateway',
      noun: 'subnets',
      columns: [
        { label: 'Account', kind: 'text', value: (s) => s.ownerAccountId },
        { label: 'Region', kind: 'text', value: (s) => s.region },
        { label: 'VPC', kind: 'text', value: (s) => s.vpcId },
        { label: 'Subnet', kind: 'text', value: (s) => s.subnetId },
        { label: 'CIDR', kind: 'text', value: (s) => s.cidrBlock ?? '' },
        { label: 'Availability zone', kind: 'text', value: (s) => s.availabilityZone ?? '' },
        { label: 'Seen from', kind: 'text', value: (s) => s.scannedAccountId },
      ],
    },
  },
});
