// The Filter.N names each EC2 resource type supports in the stand-in, and where each reads its
// values (see FilterField in applyEc2Filters.ts). Names follow the EC2 API reference.
import type {
  Address,
  ManagedPrefixList,
  NetworkInterface,
  PrefixList,
  Region,
  RouteTable,
  SecurityGroupRule,
  Subnet,
  VpnConnection,
} from '@aws-sdk/client-ec2';
import type { FilterFields } from './applyEc2Filters.js';

export const regionFilters: FilterFields<Region> = {
  endpoint: 'Endpoint',
  'opt-in-status': 'OptInStatus',
  'region-name': 'RegionName',
};

export const addressFilters: FilterFields<Address> = {
  'allocation-id': 'AllocationId',
  'association-id': 'AssociationId',
  domain: 'Domain',
  'instance-id': 'InstanceId',
  'network-border-group': 'NetworkBorderGroup',
  'network-interface-id': 'NetworkInterfaceId',
  'network-interface-owner-id': 'NetworkInterfaceOwnerId',
  'private-ip-address': 'PrivateIpAddress',
  'public-ip': 'PublicIp',
};

export const networkInterfaceFilters: FilterFields<NetworkInterface> = {
  // The primary address's association and every secondary address's.
  'association.public-ip': (n) => [
    n.Association?.PublicIp,
    ...(n.PrivateIpAddresses ?? []).map((p) => p.Association?.PublicIp),
  ],
  'attachment.instance-id': ['Attachment', 'InstanceId'],
  'availability-zone': 'AvailabilityZone',
  description: 'Description',
  'group-id': ['Groups', 'GroupId'],
  'interface-type': 'InterfaceType',
  'network-interface-id': 'NetworkInterfaceId',
  'owner-id': 'OwnerId',
  'private-ip-address': ['PrivateIpAddresses', 'PrivateIpAddress'],
  'requester-managed': 'RequesterManaged',
  status: 'Status',
  'subnet-id': 'SubnetId',
  'vpc-id': 'VpcId',
};

export const subnetFilters: FilterFields<Subnet> = {
  'availability-zone': 'AvailabilityZone',
  'cidr-block': 'CidrBlock',
  'default-for-az': 'DefaultForAz',
  'map-public-ip-on-launch': 'MapPublicIpOnLaunch',
  'owner-id': 'OwnerId',
  state: 'State',
  'subnet-id': 'SubnetId',
  'vpc-id': 'VpcId',
};

export const routeTableFilters: FilterFields<RouteTable> = {
  'association.gateway-id': ['Associations', 'GatewayId'],
  'association.main': ['Associations', 'Main'],
  'association.route-table-association-id': ['Associations', 'RouteTableAssociationId'],
  'association.subnet-id': ['Associations', 'SubnetId'],
  'owner-id': 'OwnerId',
  'route.destination-cidr-block': ['Routes', 'DestinationCidrBlock'],
  'route.destination-prefix-list-id': ['Routes', 'DestinationPrefixListId'],
  'route.gateway-id': ['Routes', 'GatewayId'],
  'route.state': ['Routes', 'State'],
  'route-table-id': 'RouteTableId',
  'vpc-id': 'VpcId',
};

export const securityGroupRuleFilters: FilterFields<SecurityGroupRule> = {
  'group-id': 'GroupId',
  'security-group-rule-id': 'SecurityGroupRuleId',
};

export const vpnConnectionFilters: FilterFields<VpnConnection> = {
  'customer-gateway-id': 'CustomerGatewayId',
  state: 'State',
  'transit-gateway-id': 'TransitGatewayId',
  type: 'Type',
  'vpn-connection-id': 'VpnConnectionId',
  'vpn-gateway-id': 'VpnGatewayId',
};

/** DescribePrefixLists (AWS-managed lists only). */
export const prefixListFilters: FilterFields<PrefixList> = {
  'prefix-list-id': 'PrefixListId',
  'prefix-list-name': 'PrefixListName',
};

/** DescribeManagedPrefixLists (both kinds). */
export const managedPrefixListFilters: FilterFields<ManagedPrefixList> = {
  ...prefixListFilters,
  'owner-id': 'OwnerId',
};
