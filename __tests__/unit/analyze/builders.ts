// Small typed builders for analysis inputs: each test states only the fields it is about.
import type {
  Address,
  NetworkInterface,
  Route,
  RouteTable,
  SecurityGroupRule,
  Subnet,
  VpnConnection,
} from '@aws-sdk/client-ec2';
import { eniRow } from '../../../__fixtures__/findings.js';
import type { EniPublicIp } from '../../../src/model/findings.js';
import type { RegionInventory } from '../../../src/collect/inventory.js';

export const ACCOUNT = '111111111111';
export const OTHER_ACCOUNT = '222222222222';
export const REGION = 'eu-west-1';
export const VPC = 'vpc-1';
export const SUBNET = 'subnet-1';
export const GROUP = 'sg-1';

/** An instance's interface with one public address, in SUBNET of VPC, guarded by GROUP. */
export function eni(overrides: Partial<NetworkInterface> = {}): NetworkInterface {
  return {
    NetworkInterfaceId: 'eni-1',
    OwnerId: ACCOUNT,
    VpcId: VPC,
    SubnetId: SUBNET,
    InterfaceType: 'interface',
    Description: 'Primary network interface',
    Attachment: { AttachmentId: 'eni-attach-1', InstanceId: 'i-1' },
    Groups: [{ GroupId: GROUP, GroupName: 'web' }],
    PrivateIpAddress: '10.0.0.10',
    Association: { PublicIp: '54.0.0.10', IpOwnerId: 'amazon' },
    PrivateIpAddresses: [
      {
        Primary: true,
        PrivateIpAddress: '10.0.0.10',
        Association: { PublicIp: '54.0.0.10', IpOwnerId: 'amazon' },
      },
    ],
    ...overrides,
  };
}

export function ingress(
  cidr: string,
  overrides: Partial<SecurityGroupRule> = {},
): SecurityGroupRule {
  return {
    GroupId: GROUP,
    IsEgress: false,
    IpProtocol: 'tcp',
    FromPort: 443,
    ToPort: 443,
    CidrIpv4: cidr,
    ...overrides,
  };
}

export function egress(
  cidr: string,
  overrides: Partial<SecurityGroupRule> = {},
): SecurityGroupRule {
  return { GroupId: GROUP, IsEgress: true, IpProtocol: '-1', CidrIpv4: cidr, ...overrides };
}

export function ssh(cidr: string, overrides: Partial<SecurityGroupRule> = {}): SecurityGroupRule {
  return ingress(cidr, { FromPort: 22, ToPort: 22, ...overrides });
}

export function igwRoute(destination = '0.0.0.0/0', overrides: Partial<Route> = {}): Route {
  return {
    DestinationCidrBlock: destination,
    GatewayId: 'igw-1',
    State: 'active',
    Origin: 'CreateRoute',
    ...overrides,
  };
}

export function localRoute(): Route {
  return { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' };
}

/** A VPC's main route table. */
export function mainTable(routes: Route[], overrides: Partial<RouteTable> = {}): RouteTable {
  return {
    RouteTableId: 'rtb-main',
    VpcId: VPC,
    Associations: [{ Main: true, RouteTableId: 'rtb-main', RouteTableAssociationId: 'rtbassoc-m' }],
    Routes: [localRoute(), ...routes],
    ...overrides,
  };
}

/** A table explicitly associated with the given subnets. */
export function subnetTable(
  id: string,
  subnetIds: string[],
  routes: Route[],
  overrides: Partial<RouteTable> = {},
): RouteTable {
  return {
    RouteTableId: id,
    VpcId: VPC,
    Associations: subnetIds.map((subnetId, i) => ({
      Main: false,
      RouteTableId: id,
      RouteTableAssociationId: `rtbassoc-${id}-${i}`,
      SubnetId: subnetId,
    })),
    Routes: [localRoute(), ...routes],
    ...overrides,
  };
}

export function subnet(overrides: Partial<Subnet> = {}): Subnet {
  return {
    SubnetId: SUBNET,
    VpcId: VPC,
    OwnerId: ACCOUNT,
    CidrBlock: '10.0.0.0/24',
    AvailabilityZone: 'eu-west-1a',
    MapPublicIpOnLaunch: false,
    ...overrides,
  };
}

export function eip(overrides: Partial<Address> = {}): Address {
  return {
    PublicIp: '52.0.0.1',
    AllocationId: 'eipalloc-1',
    Domain: 'vpc',
    PublicIpv4Pool: 'amazon',
    NetworkBorderGroup: REGION,
    ...overrides,
  };
}

export function vpn(overrides: Partial<VpnConnection> = {}): VpnConnection {
  return {
    VpnConnectionId: 'vpn-1',
    State: 'available',
    Type: 'ipsec.1',
    CustomerGatewayId: 'cgw-1',
    Options: {
      TunnelOptions: [{ OutsideIpAddress: '3.0.0.1' }, { OutsideIpAddress: '3.0.0.2' }],
    },
    ...overrides,
  };
}

/**
 * A region where the instance interface from `eni()` is reachable and open to the internet
 * (LOW) unless a test overrides part of it.
 */
export function inventory(overrides: Partial<RegionInventory> = {}): RegionInventory {
  return {
    accountId: ACCOUNT,
    region: REGION,
    addresses: [],
    networkInterfaces: [eni()],
    subnets: [subnet()],
    routeTables: [mainTable([igwRoute()])],
    securityGroupRules: [ingress('0.0.0.0/0'), egress('0.0.0.0/0')],
    prefixLists: new Map(),
    vpnConnections: [],
    ...overrides,
  };
}

/** The row `eni()` yields in the open, reachable region `inventory()` builds. */
export const LOW_ROW: EniPublicIp = eniRow({
  ownerAccountId: ACCOUNT,
  region: REGION,
  interfaceId: 'eni-1',
  address: '54.0.0.10',
  vpcId: VPC,
  subnetId: SUBNET,
  scannedAccountId: ACCOUNT,
  privateIp: '10.0.0.10',
  ipOwnerId: 'amazon',
  instanceId: 'i-1',
  resourceId: 'i-1',
  description: 'Primary network interface',
});

/** A copy of a row without some of its optional fields. */
export function without<T extends object, K extends keyof T>(row: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...row };
  for (const key of keys) delete copy[key];
  return copy;
}
