// The tables of the reports that are not findings to act on one by one: the associated Elastic
// IPs, the subnets that auto-assign public IPs without a route out, the VPN connections, the
// Global Accelerators, and the accounts that were not scanned. Every id a report holds is in the
// page, filterable like the findings.
import { monthlyCostUsd, vpnAddresses } from '../../analyze/cost.js';
import type {
  AcceleratorIps,
  AutoAssignSubnet,
  ElasticIp,
  UncheckedAccount,
  VpnPublicIps,
} from '../../analyze/types.js';
import { cents, defineTable } from './reportTables.js';

/** The monthly cost of `n` charged addresses, in whole cents. */
const charged = (n: number, price: number) => cents(n * monthlyCostUsd(price, false));

export const ASSOCIATED_EIPS_TABLE = defineTable<ElasticIp>({
  id: 'associated-eips',
  title: 'Associated Elastic IPs',
  noun: 'associated Elastic IPs',
  rows: (o) => o.result.associatedEips,
  columns: [
    { label: 'Account', kind: 'text', value: (e) => e.accountId },
    { label: 'Region', kind: 'text', value: (e) => e.region },
    { label: 'Address', kind: 'address', value: (e) => e.publicIp },
    { label: 'Allocation', kind: 'text', value: (e) => e.allocationId ?? '' },
    { label: 'Interface', kind: 'text', value: (e) => e.networkInterfaceId ?? '' },
    { label: 'Instance', kind: 'text', value: (e) => e.instanceId ?? '' },
    { label: 'Private IP', kind: 'address', value: (e) => e.privateIp ?? '' },
    { label: 'Pool', kind: 'text', value: (e) => e.pool },
    { label: 'Name', kind: 'text', value: (e) => e.name ?? '', wrap: true },
    {
      label: 'Monthly cost',
      kind: 'usd',
      value: (e, price) => cents(monthlyCostUsd(price, e.byoip)),
    },
  ],
});

export const AUTO_ASSIGN_SUBNETS_TABLE = defineTable<AutoAssignSubnet>({
  id: 'auto-assign-subnets',
  title: 'Subnets that auto-assign public IPs without a route to an internet gateway',
  noun: 'subnets',
  rows: (o) => o.result.autoAssignSubnets,
  columns: [
    { label: 'Account', kind: 'text', value: (s) => s.ownerAccountId },
    { label: 'Region', kind: 'text', value: (s) => s.region },
    { label: 'VPC', kind: 'text', value: (s) => s.vpcId },
    { label: 'Subnet', kind: 'text', value: (s) => s.subnetId },
    { label: 'CIDR', kind: 'text', value: (s) => s.cidrBlock ?? '' },
    { label: 'Availability zone', kind: 'text', value: (s) => s.availabilityZone ?? '' },
    { label: 'Seen from', kind: 'text', value: (s) => s.scannedAccountId },
  ],
});

export const VPN_CONNECTIONS_TABLE = defineTable<VpnPublicIps>({
  id: 'vpn-connections',
  title: 'Site-to-Site VPN connections',
  noun: 'VPN connections',
  rows: (o) => o.result.vpnConnections,
  columns: [
    { label: 'Account', kind: 'text', value: (v) => v.accountId },
    { label: 'Region', kind: 'text', value: (v) => v.region },
    { label: 'Connection', kind: 'text', value: (v) => v.connectionId },
    { label: 'Address 1', kind: 'address', value: (v) => v.address1 },
    { label: 'Address 2', kind: 'address', value: (v) => v.address2 },
    { label: 'State', kind: 'text', value: (v) => v.state ?? '' },
    {
      label: 'Monthly cost',
      kind: 'usd',
      value: (v, price) => charged(vpnAddresses(v).length, price),
    },
  ],
});

export const ACCELERATORS_TABLE = defineTable<AcceleratorIps>({
  id: 'global-accelerators',
  title: 'Global Accelerators',
  noun: 'accelerators',
  rows: (o) => o.result.globalAccelerators,
  columns: [
    { label: 'Account', kind: 'text', value: (a) => a.ownerAccountId },
    { label: 'Name', kind: 'text', value: (a) => a.name ?? '', wrap: true },
    { label: 'Type', kind: 'text', value: (a) => a.kind },
    { label: 'Addresses', kind: 'text', value: (a) => a.allAddresses.join(' '), wrap: true },
    { label: 'ARN', kind: 'text', value: (a) => a.arn, wrap: true },
    {
      label: 'Monthly cost',
      kind: 'usd',
      value: (a, price) => charged(a.allAddresses.length, price),
    },
  ],
});

export const UNCHECKED_ACCOUNTS_TABLE = defineTable<UncheckedAccount>({
  id: 'unchecked-accounts',
  title: 'Accounts not scanned (not ACTIVE, or excluded)',
  noun: 'accounts not scanned',
  rows: (o) => o.result.uncheckedAccounts,
  columns: [
    { label: 'Account', kind: 'text', value: (a) => a.accountId },
    { label: 'Name', kind: 'text', value: (a) => a.name ?? '', wrap: true },
    { label: 'Status', kind: 'text', value: (a) => a.status },
  ],
});
