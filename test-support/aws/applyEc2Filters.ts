// EC2's Filter.N semantics: values within a filter are ORed, filters are ANDed, `*` and `?`
// are wildcards, `tag:Key` / `tag-key` read the resource's tags. Each resource type names the
// filters the stand-in supports; any other name is refused as EC2 refuses it.
import type {
  Address,
  ManagedPrefixList,
  NetworkInterface,
  RouteTable,
  SecurityGroupRule,
  Subnet,
  Tag,
  VpnConnection,
} from '@aws-sdk/client-ec2';
import { awsError } from './awsError.js';
import type { Ec2Filter } from './queryParams.js';

type Scalar = string | number | boolean | undefined;
type Field<T> = (item: T) => Scalar[];
export type FilterFields<T> = Record<string, Field<T>>;

const one =
  <T>(get: (item: T) => Scalar): Field<T> =>
  (item) => [get(item)];

export const addressFilters: FilterFields<Address> = {
  'allocation-id': one((a) => a.AllocationId),
  'association-id': one((a) => a.AssociationId),
  domain: one((a) => a.Domain),
  'instance-id': one((a) => a.InstanceId),
  'network-border-group': one((a) => a.NetworkBorderGroup),
  'network-interface-id': one((a) => a.NetworkInterfaceId),
  'network-interface-owner-id': one((a) => a.NetworkInterfaceOwnerId),
  'private-ip-address': one((a) => a.PrivateIpAddress),
  'public-ip': one((a) => a.PublicIp),
};

export const networkInterfaceFilters: FilterFields<NetworkInterface> = {
  'association.public-ip': (n) => [
    n.Association?.PublicIp,
    ...(n.PrivateIpAddresses ?? []).map((p) => p.Association?.PublicIp),
  ],
  'attachment.instance-id': one((n) => n.Attachment?.InstanceId),
  'availability-zone': one((n) => n.AvailabilityZone),
  description: one((n) => n.Description),
  'group-id': (n) => (n.Groups ?? []).map((g) => g.GroupId),
  'interface-type': one((n) => n.InterfaceType),
  'network-interface-id': one((n) => n.NetworkInterfaceId),
  'owner-id': one((n) => n.OwnerId),
  'private-ip-address': (n) => (n.PrivateIpAddresses ?? []).map((p) => p.PrivateIpAddress),
  'requester-managed': one((n) => n.RequesterManaged),
  status: one((n) => n.Status),
  'subnet-id': one((n) => n.SubnetId),
  'vpc-id': one((n) => n.VpcId),
};

export const subnetFilters: FilterFields<Subnet> = {
  'availability-zone': one((s) => s.AvailabilityZone),
  'cidr-block': one((s) => s.CidrBlock),
  'default-for-az': one((s) => s.DefaultForAz),
  'map-public-ip-on-launch': one((s) => s.MapPublicIpOnLaunch),
  'owner-id': one((s) => s.OwnerId),
  state: one((s) => s.State),
  'subnet-id': one((s) => s.SubnetId),
  'vpc-id': one((s) => s.VpcId),
};

export const routeTableFilters: FilterFields<RouteTable> = {
  'association.gateway-id': (t) => (t.Associations ?? []).map((a) => a.GatewayId),
  'association.main': (t) => (t.Associations ?? []).map((a) => a.Main),
  'association.route-table-association-id': (t) =>
    (t.Associations ?? []).map((a) => a.RouteTableAssociationId),
  'association.subnet-id': (t) => (t.Associations ?? []).map((a) => a.SubnetId),
  'owner-id': one((t) => t.OwnerId),
  'route.destination-cidr-block': (t) => (t.Routes ?? []).map((r) => r.DestinationCidrBlock),
  'route.destination-prefix-list-id': (t) => (t.Routes ?? []).map((r) => r.DestinationPrefixListId),
  'route.gateway-id': (t) => (t.Routes ?? []).map((r) => r.GatewayId),
  'route.state': (t) => (t.Routes ?? []).map((r) => r.State),
  'route-table-id': one((t) => t.RouteTableId),
  'vpc-id': one((t) => t.VpcId),
};

export const securityGroupRuleFilters: FilterFields<SecurityGroupRule> = {
  'group-id': one((r) => r.GroupId),
  'security-group-rule-id': one((r) => r.SecurityGroupRuleId),
};

export const vpnConnectionFilters: FilterFields<VpnConnection> = {
  'customer-gateway-id': one((v) => v.CustomerGatewayId),
  state: one((v) => v.State),
  'transit-gateway-id': one((v) => v.TransitGatewayId),
  type: one((v) => v.Type),
  'vpn-connection-id': one((v) => v.VpnConnectionId),
  'vpn-gateway-id': one((v) => v.VpnGatewayId),
};

export const managedPrefixListFilters: FilterFields<ManagedPrefixList> = {
  'owner-id': one((p) => p.OwnerId),
  'prefix-list-id': one((p) => p.PrefixListId),
  'prefix-list-name': one((p) => p.PrefixListName),
};

export const prefixListFilters: FilterFields<{ PrefixListId?: string; PrefixListName?: string }> = {
  'prefix-list-id': one((p) => p.PrefixListId),
  'prefix-list-name': one((p) => p.PrefixListName),
};

function tagsOf(item: unknown): Tag[] {
  const record = item as { Tags?: Tag[]; TagSet?: Tag[] };
  return record.Tags ?? record.TagSet ?? [];
}

function matcher(values: string[]): (value: Scalar) => boolean {
  const patterns = values.map((v) => {
    if (!/[*?]/.test(v)) return (s: string) => s === v;
    const re = new RegExp(
      `^${v
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
    return (s: string) => re.test(s);
  });
  return (value) => value !== undefined && patterns.some((p) => p(String(value)));
}

/** The items that pass every filter; an unsupported filter name is InvalidParameterValue. */
export function applyEc2Filters<T>(
  items: readonly T[],
  filters: Ec2Filter[],
  fields: FilterFields<T>,
): readonly T[] {
  if (filters.length === 0) return items;
  const tests = filters.map(({ name, values }): ((item: T) => boolean) => {
    const matches = matcher(values);
    if (name.startsWith('tag:')) {
      const key = name.slice(4);
      return (item) => tagsOf(item).some((t) => t.Key === key && matches(t.Value));
    }
    if (name === 'tag-key') return (item) => tagsOf(item).some((t) => matches(t.Key));
    const field = fields[name];
    if (!field) throw awsError('ec2', 'InvalidParameterValue', `The filter '${name}' is invalid`);
    return (item) => field(item).some(matches);
  });
  return items.filter((item) => tests.every((test) => test(item)));
}
