// A small organisation that exercises every heuristic and report once: the demo's data and the
// integration tests'. Addresses are deterministic; public ones come from real public ranges
// (never the documentation bogons 192.0.2/24, 198.51.100/24, 203.0.113/24), private ones from
// 10/8. `sampleOrgCases` says what each resource is there to exercise.
import type {
  Address,
  GroupIdentifier,
  NetworkInterface,
  NetworkInterfaceAssociation,
  NetworkInterfacePrivateIpAddress,
  RouteTable,
  SecurityGroupRule,
  Subnet,
  Tag,
  VpnConnection,
} from '@aws-sdk/client-ec2';
import type { Accelerator, CustomRoutingAccelerator } from '@aws-sdk/client-global-accelerator';
import type { OrgFixture, PrefixListFixture } from './fixture.js';

export const SAMPLE_MANAGEMENT = '111111111111';
export const SAMPLE_MEMBER = '222222222222';
export const SAMPLE_SUSPENDED = '333333333333';

const VPC = 'vpc-0a1b2c3d4e5f60001';
const EU_VPC = 'vpc-0e1f2a3b4c5d60002';
const IGW = 'igw-0a1b2c3d4e5f60001';
const CORP_PL = 'pl-0c0ffee0c0ffee001';
const S3_PL = 'pl-63a5400a';
const T0 = new Date('2024-03-01T12:00:00.000Z');

/** What each resource of the sample organisation is meant to exercise. */
export const sampleOrgCases: Record<string, string> = {
  'subnet-0a0000000000000a1':
    'public subnet: MapPublicIpOnLaunch, explicit table with 0.0.0.0/0 -> igw',
  'subnet-0a0000000000000a2':
    'private subnet on the main table (no igw route) with MapPublicIpOnLaunch: private_subnets_with_auto_assign',
  'subnet-0a0000000000000a3':
    'explicit table whose igw route is a blackhole: not internet-routable',
  'subnet-0a0000000000000a4': 'routes to the internet only through a prefix-list destination',
  'subnet-0a0000000000000a5': 'shared by 111111111111 with 222222222222 (VPC sharing)',
  'rtb-0a0000000000000e1': 'gateway (edge) association: GatewayId, no SubnetId',
  'eni-0a00000000000001':
    'EC2 instance, primary public IP plus a secondary private IP with its own EIP',
  'eni-0a00000000000002': 'security group open only on tcp 22 to 0.0.0.0/0: MODERATE',
  'eni-0a00000000000003': 'security groups allow only 10.0.0.0/8: HIGH (no public CIDR)',
  'eni-0a00000000000004':
    'public ingress only via a customer-managed prefix list; subnet routes via a prefix list',
  'eni-0a00000000000005': 'NLB: InterfaceType network_load_balancer, IpOwnerId amazon-elb',
  'eni-0a00000000000006': 'ALB: type interface, no InstanceId, amazon-elb, description ELB app/...',
  'eni-0a00000000000007': 'NAT gateway: nat_gateway, no groups, EIP',
  'eni-0a00000000000008': 'unattached ENI holding an EIP: HIGH',
  'eni-0a00000000000009': 'formula-looking description and a <script> tag value: report escaping',
  'eni-0b00000000000010':
    'ENI of 222222222222 in the shared subnet: visible from both accounts, reported once',
  'eni-0b00000000000021': 'RDS (RDSNetworkInterface, amazon-rds) in a public subnet: LOW',
  'eni-0b00000000000022':
    'RDS in a subnet without an igw route: HIGH, advice to turn off Publicly accessible',
  'eni-0b00000000000023':
    'ECS task on Fargate (attachment ARN), internal-only groups: HIGH, assignPublicIp advice',
  'eni-0b00000000000024': 'Redshift (RedshiftNetworkInterface, requester amazon-redshift)',
  'eni-0b00000000000025': 'DMS (DMSNetworkInterface), internal-only groups: HIGH',
  'eni-0b00000000000026': 'Classic load balancer (ELB NAME, amazon-elb)',
  'eni-0b00000000000027':
    'WorkSpaces, not requester-managed: its description names nothing; attached to an AWS-owned instance',
  'eni-0b00000000000028': 'interface endpoint (Transfer Family) holding an Elastic IP',
  'eni-0b00000000000029':
    'NAT gateway in a subnet without an igw route: HIGH, delete it and release its EIP',
  'eipalloc-0a000000000000001': 'EIP associated with the instance secondary IP',
  'eipalloc-0a000000000000004': 'unassociated EIP',
  'eipalloc-0a000000000000005': 'BYOIP unassociated (PublicIpv4Pool ipv4pool-ec2-...): free',
  'eipalloc-0a000000000000006': 'Outposts customer-owned address: not public AWS IPv4',
  'vpn-0a000000000000001': 'available VPN with two public tunnel outside IPs',
  'vpn-0a000000000000002': 'deleted VPN: skipped',
  [CORP_PL]:
    'customer-managed prefix list: DescribePrefixLists refuses it, GetManagedPrefixListEntries reads it',
  [S3_PL]: 'AWS-managed prefix list: both APIs answer it',
};

const tags = (pairs: Record<string, string>): Tag[] =>
  Object.entries(pairs).map(([Key, Value]) => ({ Key, Value }));

function publicDns(ip: string, region: string): string {
  const host = `ec2-${ip.replaceAll('.', '-')}`;
  return region === 'us-east-1'
    ? `${host}.compute-1.amazonaws.com`
    : `${host}.${region}.compute.amazonaws.com`;
}

function privateDns(ip: string, region: string): string {
  const host = `ip-${ip.replaceAll('.', '-')}`;
  return region === 'us-east-1' ? `${host}.ec2.internal` : `${host}.${region}.compute.internal`;
}

/** A public association: auto-assigned (owner `amazon`), service-owned, or an EIP. */
function publicIp(
  ip: string,
  region: string,
  owner: string,
  eip?: { allocationId: string; associationId: string },
): NetworkInterfaceAssociation {
  return {
    ...(eip ? { AllocationId: eip.allocationId, AssociationId: eip.associationId } : {}),
    IpOwnerId: owner,
    PublicDnsName: publicDns(ip, region),
    PublicIp: ip,
  };
}

function privateIp(
  ip: string,
  region: string,
  primary: boolean,
  association?: NetworkInterfaceAssociation,
): NetworkInterfacePrivateIpAddress {
  return {
    ...(association ? { Association: association } : {}),
    Primary: primary,
    PrivateDnsName: privateDns(ip, region),
    PrivateIpAddress: ip,
  };
}

interface EniBase {
  id: string;
  owner: string;
  region: string;
  az: string;
  vpc: string;
  subnet: string;
  mac: string;
  groups: GroupIdentifier[];
  ips: NetworkInterfacePrivateIpAddress[];
}

/** The members every ENI answer carries; cases add Association, Attachment, type, tags. */
function eni(b: EniBase): NetworkInterface {
  const primary = b.ips.find((p) => p.Primary) ?? b.ips[0];
  return {
    ...(primary?.Association ? { Association: primary.Association } : {}),
    AvailabilityZone: b.az,
    AvailabilityZoneId: b.az === 'us-east-1a' ? 'use1-az4' : 'euw1-az1',
    Description: '',
    Groups: b.groups,
    InterfaceType: 'interface',
    Ipv6Addresses: [],
    MacAddress: b.mac,
    NetworkInterfaceId: b.id,
    OwnerId: b.owner,
    PrivateDnsName: primary?.PrivateDnsName,
    PrivateIpAddress: primary?.PrivateIpAddress,
    PrivateIpAddresses: b.ips,
    Ipv4Prefixes: [],
    Ipv6Prefixes: [],
    RequesterManaged: false,
    SourceDestCheck: true,
    Status: 'in-use',
    SubnetId: b.subnet,
    TagSet: [],
    VpcId: b.vpc,
    DenyAllIgwTraffic: false,
  };
}

function instanceAttachment(instanceId: string, owner: string, n: string) {
  return {
    AttachTime: T0,
    AttachmentId: `eni-attach-0a0000000000000${n}`,
    DeleteOnTermination: true,
    DeviceIndex: 0,
    NetworkCardIndex: 0,
    InstanceId: instanceId,
    InstanceOwnerId: owner,
    Status: 'attached' as const,
  };
}

const group = (GroupId: string, GroupName: string): GroupIdentifier => ({ GroupId, GroupName });
const SG_WEB = group('sg-0a00000000000aa01', 'web');
const SG_SSH = group('sg-0a00000000000aa02', 'bastion-ssh');
const SG_INTERNAL = group('sg-0a00000000000aa03', 'internal-only');
const SG_INTERNAL_2 = group('sg-0a00000000000aa04', 'internal-admin');
const SG_PARTNER = group('sg-0a00000000000aa05', 'partner-api');
const SG_SHARED = group('sg-0b00000000000bb01', 'member-app');
const SG_EU = group('sg-0e00000000000ee01', 'eu-web');

function subnet(
  id: string,
  owner: string,
  vpc: string,
  az: string,
  cidr: string,
  mapPublic: boolean,
  name: string,
): Subnet {
  const region = az.slice(0, -1);
  return {
    AvailabilityZone: az,
    AvailabilityZoneId: az === 'us-east-1a' ? 'use1-az4' : 'euw1-az1',
    AvailableIpAddressCount: 250,
    CidrBlock: cidr,
    DefaultForAz: false,
    MapPublicIpOnLaunch: mapPublic,
    MapCustomerOwnedIpOnLaunch: false,
    State: 'available',
    SubnetId: id,
    VpcId: vpc,
    OwnerId: owner,
    AssignIpv6AddressOnCreation: false,
    Ipv6CidrBlockAssociationSet: [],
    Tags: tags({ Name: name }),
    SubnetArn: `arn:aws:ec2:${region}:${owner}:subnet/${id}`,
    EnableDns64: false,
    Ipv6Native: false,
    PrivateDnsNameOptionsOnLaunch: {
      HostnameType: 'ip-name',
      EnableResourceNameDnsARecord: false,
      EnableResourceNameDnsAAAARecord: false,
    },
  };
}

const local = (cidr: string) => ({
  DestinationCidrBlock: cidr,
  GatewayId: 'local',
  Origin: 'CreateRouteTable' as const,
  State: 'active' as const,
});

function subnetAssociation(table: string, subnetId: string, n: string) {
  return {
    Main: false,
    RouteTableAssociationId: `rtbassoc-0a00000000000${n}`,
    RouteTableId: table,
    SubnetId: subnetId,
    AssociationState: { State: 'associated' as const },
  };
}

function routeTable(
  id: string,
  vpc: string,
  associations: NonNullable<RouteTable['Associations']>,
  routes: NonNullable<RouteTable['Routes']>,
  name: string,
): RouteTable {
  return {
    Associations: associations,
    PropagatingVgws: [],
    RouteTableId: id,
    Routes: routes,
    Tags: tags({ Name: name }),
    VpcId: vpc,
    OwnerId: SAMPLE_MANAGEMENT,
  };
}

function rule(
  id: string,
  sg: GroupIdentifier,
  owner: string,
  region: string,
  r: Omit<SecurityGroupRule, 'SecurityGroupRuleId' | 'GroupId' | 'GroupOwnerId'>,
): SecurityGroupRule {
  return {
    SecurityGroupRuleId: id,
    GroupId: sg.GroupId,
    GroupOwnerId: owner,
    ...r,
    Tags: [],
    SecurityGroupRuleArn: `arn:aws:ec2:${region}:${owner}:security-group-rule/${id}`,
  };
}

const tcp = (port: number) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port });
const anyProtocol = { IpProtocol: '-1', FromPort: -1, ToPort: -1 };

function eip(
  n: string,
  ip: string,
  region: string,
  extra: Partial<Address> = {},
  name = `eip-${n}`,
): Address {
  return {
    AllocationId: `eipalloc-0a00000000000000${n}`,
    Domain: 'vpc',
    PublicIp: ip,
    PublicIpv4Pool: 'amazon',
    NetworkBorderGroup: region,
    Tags: tags({ Name: name }),
    ...extra,
  };
}

function tunnels(state: VpnConnection['State'], a: string, b: string): Partial<VpnConnection> {
  const up = state === 'available';
  return {
    Options: {
      EnableAcceleration: false,
      StaticRoutesOnly: false,
      LocalIpv4NetworkCidr: '0.0.0.0/0',
      RemoteIpv4NetworkCidr: '0.0.0.0/0',
      OutsideIpAddressType: 'PublicIpv4',
      TunnelInsideIpVersion: 'ipv4',
      TunnelOptions: [
        {
          OutsideIpAddress: a,
          TunnelInsideCidr: '169.254.10.0/30',
          IkeVersions: [{ Value: 'ikev2' }],
        },
        {
          OutsideIpAddress: b,
          TunnelInsideCidr: '169.254.11.0/30',
          IkeVersions: [{ Value: 'ikev2' }],
        },
      ],
    },
    VgwTelemetry: [
      {
        AcceptedRouteCount: up ? 2 : 0,
        LastStatusChange: T0,
        OutsideIpAddress: a,
        Status: up ? 'UP' : 'DOWN',
        StatusMessage: up ? '2 BGP ROUTES' : '',
      },
      {
        AcceptedRouteCount: 0,
        LastStatusChange: T0,
        OutsideIpAddress: b,
        Status: 'DOWN',
        StatusMessage: '',
      },
    ],
  };
}

// --- 111111111111 us-east-1 ------------------------------------------------------------------

const E1 = 'us-east-1';
const AZ = 'us-east-1a';
const base = (id: string, subnetId: string, mac: string, groups: GroupIdentifier[]) => ({
  id,
  owner: SAMPLE_MANAGEMENT,
  region: E1,
  az: AZ,
  vpc: VPC,
  subnet: subnetId,
  mac,
  groups,
});

const usEast1Subnets: Subnet[] = [
  subnet('subnet-0a0000000000000a1', SAMPLE_MANAGEMENT, VPC, AZ, '10.0.1.0/24', true, 'public-a'),
  subnet('subnet-0a0000000000000a2', SAMPLE_MANAGEMENT, VPC, AZ, '10.0.2.0/24', true, 'private-a'),
  subnet('subnet-0a0000000000000a3', SAMPLE_MANAGEMENT, VPC, AZ, '10.0.3.0/24', false, 'legacy-a'),
  subnet('subnet-0a0000000000000a4', SAMPLE_MANAGEMENT, VPC, AZ, '10.0.4.0/24', false, 'partner-a'),
  subnet('subnet-0a0000000000000a5', SAMPLE_MANAGEMENT, VPC, AZ, '10.0.5.0/24', true, 'shared-a'),
];
const sharedSubnet = usEast1Subnets[4] as Subnet;

const usEast1RouteTables: RouteTable[] = [
  routeTable(
    'rtb-0a0000000000000m1',
    VPC,
    [
      {
        Main: true,
        RouteTableAssociationId: 'rtbassoc-0a00000000000m1',
        RouteTableId: 'rtb-0a0000000000000m1',
        AssociationState: { State: 'associated' },
      },
    ],
    [
      local('10.0.0.0/16'),
      {
        DestinationCidrBlock: '0.0.0.0/0',
        NatGatewayId: 'nat-0a1b2c3d4e5f60001',
        Origin: 'CreateRoute',
        State: 'active',
      },
    ],
    'main',
  ),
  routeTable(
    'rtb-0a0000000000000p1',
    VPC,
    [
      subnetAssociation('rtb-0a0000000000000p1', 'subnet-0a0000000000000a1', 'p1'),
      subnetAssociation('rtb-0a0000000000000p1', 'subnet-0a0000000000000a5', 'p5'),
    ],
    [
      local('10.0.0.0/16'),
      { DestinationCidrBlock: '0.0.0.0/0', GatewayId: IGW, Origin: 'CreateRoute', State: 'active' },
    ],
    'public',
  ),
  routeTable(
    'rtb-0a0000000000000b3',
    VPC,
    [subnetAssociation('rtb-0a0000000000000b3', 'subnet-0a0000000000000a3', 'b3')],
    [
      local('10.0.0.0/16'),
      {
        DestinationCidrBlock: '0.0.0.0/0',
        GatewayId: 'igw-0dead0000000000001',
        Origin: 'CreateRoute',
        State: 'blackhole',
      },
    ],
    'legacy-blackhole',
  ),
  routeTable(
    'rtb-0a0000000000000x4',
    VPC,
    [subnetAssociation('rtb-0a0000000000000x4', 'subnet-0a0000000000000a4', 'x4')],
    [
      local('10.0.0.0/16'),
      {
        DestinationPrefixListId: CORP_PL,
        GatewayId: IGW,
        Origin: 'CreateRoute',
        State: 'active',
      },
      {
        DestinationPrefixListId: S3_PL,
        GatewayId: 'vpce-0a1b2c3d4e5f60001',
        Origin: 'CreateRoute',
        State: 'active',
      },
    ],
    'partner-prefix-routes',
  ),
  routeTable(
    'rtb-0a0000000000000e1',
    VPC,
    [
      {
        Main: false,
        RouteTableAssociationId: 'rtbassoc-0a00000000000e1',
        RouteTableId: 'rtb-0a0000000000000e1',
        GatewayId: IGW,
        AssociationState: { State: 'associated' },
      },
    ],
    [local('10.0.0.0/16')],
    'igw-edge',
  ),
];

const instanceEip = {
  allocationId: 'eipalloc-0a000000000000001',
  associationId: 'eipassoc-0a000000000000001',
};
const natEip = {
  allocationId: 'eipalloc-0a000000000000002',
  associationId: 'eipassoc-0a000000000000002',
};
const spareEip = {
  allocationId: 'eipalloc-0a000000000000003',
  associationId: 'eipassoc-0a000000000000003',
};

const sharedEni: NetworkInterface = {
  ...eni({
    id: 'eni-0b00000000000010',
    owner: SAMPLE_MEMBER,
    region: E1,
    az: AZ,
    vpc: VPC,
    subnet: sharedSubnet.SubnetId as string,
    mac: '0a:00:00:00:00:10',
    groups: [SG_SHARED],
    ips: [privateIp('10.0.5.20', E1, true, publicIp('44.192.10.10', E1, 'amazon'))],
  }),
  Attachment: instanceAttachment('i-0b00000000000010', SAMPLE_MEMBER, '10'),
  TagSet: tags({ Name: 'member-app' }),
};

const usEast1Enis: NetworkInterface[] = [
  {
    ...eni({
      ...base('eni-0a00000000000001', 'subnet-0a0000000000000a1', '0a:00:00:00:00:01', [SG_WEB]),
      ips: [
        privateIp('10.0.1.10', E1, true, publicIp('54.210.10.1', E1, 'amazon')),
        privateIp(
          '10.0.1.11',
          E1,
          false,
          publicIp('3.220.10.2', E1, SAMPLE_MANAGEMENT, instanceEip),
        ),
      ],
    }),
    Attachment: instanceAttachment('i-0a00000000000001', SAMPLE_MANAGEMENT, '01'),
    TagSet: tags({ Name: 'web-1' }),
  },
  {
    ...eni({
      ...base('eni-0a00000000000002', 'subnet-0a0000000000000a1', '0a:00:00:00:00:02', [SG_SSH]),
      ips: [privateIp('10.0.1.20', E1, true, publicIp('54.210.10.3', E1, 'amazon'))],
    }),
    Attachment: instanceAttachment('i-0a00000000000002', SAMPLE_MANAGEMENT, '02'),
  },
  {
    ...eni({
      ...base('eni-0a00000000000003', 'subnet-0a0000000000000a1', '0a:00:00:00:00:03', [
        SG_INTERNAL,
        SG_INTERNAL_2,
      ]),
      ips: [privateIp('10.0.1.30', E1, true, publicIp('54.210.10.4', E1, 'amazon'))],
    }),
    Attachment: instanceAttachment('i-0a00000000000003', SAMPLE_MANAGEMENT, '03'),
  },
  {
    ...eni({
      ...base('eni-0a00000000000004', 'subnet-0a0000000000000a4', '0a:00:00:00:00:04', [
        SG_PARTNER,
      ]),
      ips: [privateIp('10.0.4.10', E1, true, publicIp('54.210.10.5', E1, 'amazon'))],
    }),
    Attachment: instanceAttachment('i-0a00000000000004', SAMPLE_MANAGEMENT, '04'),
  },
  {
    ...eni({
      ...base('eni-0a00000000000005', 'subnet-0a0000000000000a1', '0a:00:00:00:00:05', []),
      ips: [privateIp('10.0.1.50', E1, true, publicIp('3.220.20.1', E1, 'amazon-elb'))],
    }),
    Description: 'ELB net/my-nlb/0123456789abcdef',
    InterfaceType: 'network_load_balancer',
    Attachment: {
      AttachmentId: 'ela-attach-0a000000000000005',
      DeleteOnTermination: false,
      DeviceIndex: 1,
      NetworkCardIndex: 0,
      InstanceOwnerId: 'amazon-aws',
      Status: 'attached',
    },
    RequesterId: 'amazon-elb',
    RequesterManaged: true,
    SourceDestCheck: false,
  },
  {
    ...eni({
      ...base('eni-0a00000000000006', 'subnet-0a0000000000000a1', '0a:00:00:00:00:06', [SG_WEB]),
      ips: [privateIp('10.0.1.60', E1, true, publicIp('34.200.30.1', E1, 'amazon-elb'))],
    }),
    Description: 'ELB app/my-alb/1234567890abcdef',
    Attachment: {
      AttachTime: T0,
      AttachmentId: 'ela-attach-0a000000000000006',
      DeleteOnTermination: false,
      DeviceIndex: 1,
      NetworkCardIndex: 0,
      InstanceOwnerId: 'amazon-elb',
      Status: 'attached',
    },
    RequesterId: 'amazon-elb',
    RequesterManaged: true,
  },
  {
    ...eni({
      ...base('eni-0a00000000000007', 'subnet-0a0000000000000a1', '0a:00:00:00:00:07', []),
      ips: [
        privateIp('10.0.1.70', E1, true, publicIp('3.220.20.7', E1, SAMPLE_MANAGEMENT, natEip)),
      ],
    }),
    Description: 'Interface for NAT Gateway nat-0a1b2c3d4e5f60001',
    // What EC2 answers, though the SDK's enum spells it natGateway.
    InterfaceType: 'nat_gateway' as NetworkInterface['InterfaceType'],
    Attachment: {
      AttachmentId: 'ela-attach-0a000000000000007',
      DeleteOnTermination: false,
      DeviceIndex: 1,
      NetworkCardIndex: 0,
      InstanceOwnerId: 'amazon-aws',
      Status: 'attached',
    },
    RequesterId: '440000000001',
    RequesterManaged: true,
    SourceDestCheck: false,
  },
  {
    ...eni({
      ...base('eni-0a00000000000008', 'subnet-0a0000000000000a1', '0a:00:00:00:00:08', [SG_WEB]),
      ips: [
        privateIp('10.0.1.80', E1, true, publicIp('3.220.40.1', E1, SAMPLE_MANAGEMENT, spareEip)),
      ],
    }),
    Description: 'spare interface',
    Status: 'available',
  },
  {
    ...eni({
      ...base('eni-0a00000000000009', 'subnet-0a0000000000000a1', '0a:00:00:00:00:09', [SG_WEB]),
      ips: [privateIp('10.0.1.90', E1, true, publicIp('54.210.10.9', E1, 'amazon'))],
    }),
    Description: '=HYPERLINK("http://x")',
    Attachment: instanceAttachment('i-0a00000000000009', SAMPLE_MANAGEMENT, '09'),
    TagSet: tags({ Name: '<script>alert(1)</script>', Team: '@ops & "friends"' }),
  },
  sharedEni,
];

const usEast1Rules: SecurityGroupRule[] = [
  rule('sgr-0a000000000000001', SG_WEB, SAMPLE_MANAGEMENT, E1, {
    IsEgress: false,
    ...tcp(443),
    CidrIpv4: '0.0.0.0/0',
    Description: 'https',
  }),
  rule('sgr-0a000000000000002', SG_WEB, SAMPLE_MANAGEMENT, E1, {
    IsEgress: false,
    ...tcp(80),
    CidrIpv4: '0.0.0.0/0',
  }),
  rule('sgr-0a000000000000003', SG_WEB, SAMPLE_MANAGEMENT, E1, {
    IsEgress: true,
    ...anyProtocol,
    CidrIpv4: '0.0.0.0/0',
  }),
  rule('sgr-0a000000000000004', SG_SSH, SAMPLE_MANAGEMENT, E1, {
    IsEgress: false,
    ...tcp(22),
    CidrIpv4: '0.0.0.0/0',
    Description: 'ssh from anywhere',
  }),
  rule('sgr-0a000000000000005', SG_SSH, SAMPLE_MANAGEMENT, E1, {
    IsEgress: true,
    ...anyProtocol,
    CidrIpv4: '0.0.0.0/0',
  }),
  rule('sgr-0a000000000000006', SG_INTERNAL, SAMPLE_MANAGEMENT, E1, {
    IsEgress: false,
    ...tcp(443),
    CidrIpv4: '10.0.0.0/8',
  }),
  rule('sgr-0a000000000000007', SG_INTERNAL, SAMPLE_MANAGEMENT, E1, {
    IsEgress: true,
    ...anyProtocol,
    CidrIpv4: '10.0.0.0/8',
  }),
  rule('sgr-0a000000000000008', SG_INTERNAL_2, SAMPLE_MANAGEMENT, E1, {
    IsEgress: false,
    ...tcp(8443),
    ReferencedGroupInfo: { GroupId: SG_WEB.GroupId, UserId: SAMPLE_MANAGEMENT },
  }),
  rule('sgr-0a000000000000009', SG_PARTNER, SAMPLE_MANAGEMENT, E1, {
    IsEgress: false,
    ...tcp(443),
    PrefixListId: CORP_PL,
    Description: 'partners',
  }),
  rule('sgr-0a000000000000010', SG_PARTNER, SAMPLE_MANAGEMENT, E1, {
    IsEgress: true,
    ...anyProtocol,
    PrefixListId: S3_PL,
  }),
];

const usEast1PrefixLists: PrefixListFixture[] = [
  {
    list: {
      PrefixListId: CORP_PL,
      AddressFamily: 'IPv4',
      State: 'create-complete',
      PrefixListArn: `arn:aws:ec2:${E1}:${SAMPLE_MANAGEMENT}:prefix-list/${CORP_PL}`,
      PrefixListName: 'corp-partners',
      MaxEntries: 10,
      Version: 3,
      Tags: tags({ Name: 'corp-partners' }),
      OwnerId: SAMPLE_MANAGEMENT,
    },
    // RIPE NCC's own range: public. 10.20/16: private.
    cidrs: ['193.0.0.0/21', '10.20.0.0/16'],
  },
  {
    list: {
      PrefixListId: S3_PL,
      AddressFamily: 'IPv4',
      State: 'create-complete',
      PrefixListArn: `arn:aws:ec2:${E1}:aws:prefix-list/${S3_PL}`,
      PrefixListName: 'com.amazonaws.us-east-1.s3',
      MaxEntries: 0,
      Version: 1,
      Tags: [],
      OwnerId: 'AWS',
    },
    cidrs: ['3.5.0.0/19', '16.182.0.0/16', '52.216.0.0/15', '54.231.0.0/16'],
    awsManaged: true,
  },
];

const usEast1Addresses: Address[] = [
  eip(
    '1',
    '3.220.10.2',
    E1,
    {
      AssociationId: instanceEip.associationId,
      InstanceId: 'i-0a00000000000001',
      NetworkInterfaceId: 'eni-0a00000000000001',
      NetworkInterfaceOwnerId: SAMPLE_MANAGEMENT,
      PrivateIpAddress: '10.0.1.11',
    },
    'web-1-secondary',
  ),
  eip(
    '2',
    '3.220.20.7',
    E1,
    {
      AssociationId: natEip.associationId,
      NetworkInterfaceId: 'eni-0a00000000000007',
      NetworkInterfaceOwnerId: SAMPLE_MANAGEMENT,
      PrivateIpAddress: '10.0.1.70',
    },
    'nat',
  ),
  eip(
    '3',
    '3.220.40.1',
    E1,
    {
      AssociationId: spareEip.associationId,
      NetworkInterfaceId: 'eni-0a00000000000008',
      NetworkInterfaceOwnerId: SAMPLE_MANAGEMENT,
      PrivateIpAddress: '10.0.1.80',
    },
    'spare',
  ),
  eip('4', '3.220.50.1', E1, {}, 'forgotten'),
  eip('5', '81.2.69.10', E1, { PublicIpv4Pool: 'ipv4pool-ec2-0123456789abcdef0' }, 'byoip'),
  {
    AllocationId: 'eipalloc-0a000000000000006',
    Domain: 'vpc',
    CustomerOwnedIp: '10.200.0.10',
    CustomerOwnedIpv4Pool: 'ipv4pool-coip-0123456789abcdef0',
    NetworkBorderGroup: E1,
    Tags: tags({ Name: 'outpost-coip' }),
  },
];

const usEast1Vpns: VpnConnection[] = [
  {
    VpnConnectionId: 'vpn-0a000000000000001',
    State: 'available',
    Type: 'ipsec.1',
    Category: 'VPN',
    CustomerGatewayId: 'cgw-0a000000000000001',
    VpnGatewayId: 'vgw-0a000000000000001',
    GatewayAssociationState: 'associated',
    Routes: [],
    Tags: tags({ Name: 'office' }),
    ...tunnels('available', '52.1.10.1', '52.1.10.2'),
  },
  {
    VpnConnectionId: 'vpn-0a000000000000002',
    State: 'deleted',
    Type: 'ipsec.1',
    Category: 'VPN',
    CustomerGatewayId: 'cgw-0a000000000000002',
    VpnGatewayId: 'vgw-0a000000000000001',
    GatewayAssociationState: 'not-associated',
    Routes: [],
    Tags: tags({ Name: 'old-office' }),
    ...tunnels('deleted', '52.1.20.1', '52.1.20.2'),
  },
];

// --- 111111111111 eu-west-1 ------------------------------------------------------------------

const W1 = 'eu-west-1';
const EU_AZ = 'eu-west-1a';
const euBase = (id: string, mac: string, groups: GroupIdentifier[]) => ({
  id,
  owner: SAMPLE_MANAGEMENT,
  region: W1,
  az: EU_AZ,
  vpc: EU_VPC,
  subnet: 'subnet-0e0000000000000e1',
  mac,
  groups,
});

const euWest1Enis: NetworkInterface[] = [
  {
    ...eni({
      ...euBase('eni-0e00000000000001', '0e:00:00:00:00:01', [SG_EU]),
      ips: [privateIp('10.1.1.10', W1, true, publicIp('52.16.10.1', W1, 'amazon'))],
    }),
    Attachment: instanceAttachment('i-0e00000000000001', SAMPLE_MANAGEMENT, 'e1'),
    TagSet: tags({ Name: 'eu-web' }),
  },
  {
    ...eni({
      ...euBase('eni-0e00000000000002', '0e:00:00:00:00:02', [SG_EU]),
      ips: [privateIp('10.1.1.20', W1, true)],
    }),
    Description: 'AWS Lambda VPC ENI-eu-worker-0e00000000000002',
    InterfaceType: 'lambda',
    Attachment: {
      AttachmentId: 'ela-attach-0e000000000000002',
      DeleteOnTermination: false,
      DeviceIndex: 1,
      NetworkCardIndex: 0,
      InstanceOwnerId: 'amazon-aws',
      Status: 'attached',
    },
    RequesterId: 'AROAEXAMPLELAMBDA00001:eu-worker',
    RequesterManaged: true,
  },
];

// --- 222222222222 ----------------------------------------------------------------------------

function accelerator(n: string, name: string, ips: string[], dualStack = false): Accelerator {
  return {
    AcceleratorArn: `arn:aws:globalaccelerator::${SAMPLE_MEMBER}:accelerator/0b000000-0000-0000-0000-0000000000${n}`,
    Name: name,
    IpAddressType: dualStack ? 'DUAL_STACK' : 'IPV4',
    Enabled: true,
    IpSets: [
      { IpFamily: 'IPv4', IpAddressFamily: 'IPv4', IpAddresses: ips },
      ...(dualStack
        ? [
            {
              IpFamily: 'IPv6',
              IpAddressFamily: 'IPv6' as const,
              IpAddresses: ['2600:9000:a000::1', '2600:9000:a100::1'],
            },
          ]
        : []),
    ],
    DnsName: `a0b0000000000${n}.awsglobalaccelerator.com`,
    Status: 'DEPLOYED',
    CreatedTime: T0,
    LastModifiedTime: new Date('2024-06-01T08:30:00.000Z'),
    ...(dualStack
      ? { DualStackDnsName: `a0b0000000000${n}.dualstack.awsglobalaccelerator.com` }
      : {}),
  };
}

const memberAccelerators: Accelerator[] = [
  accelerator('01', 'web-accelerator', ['75.2.10.1', '99.83.10.1']),
  accelerator('02', 'api-accelerator', ['75.2.11.1', '99.83.11.1']),
  accelerator('03', 'dual-stack-accelerator', ['75.2.12.1', '99.83.12.1'], true),
];

const memberCustomAccelerators: CustomRoutingAccelerator[] = [
  {
    AcceleratorArn: `arn:aws:globalaccelerator::${SAMPLE_MEMBER}:accelerator/0b000000-0000-0000-0000-0000000000c1`,
    Name: 'custom-routing-accelerator',
    IpAddressType: 'IPV4',
    Enabled: true,
    IpSets: [
      { IpFamily: 'IPv4', IpAddressFamily: 'IPv4', IpAddresses: ['75.2.20.1', '99.83.20.1'] },
    ],
    DnsName: 'a0b00000000000c1.awsglobalaccelerator.com',
    Status: 'DEPLOYED',
    CreatedTime: T0,
    LastModifiedTime: T0,
  },
];

const memberRules: SecurityGroupRule[] = [
  rule('sgr-0b000000000000001', SG_SHARED, SAMPLE_MEMBER, E1, {
    IsEgress: false,
    ...tcp(443),
    CidrIpv4: '0.0.0.0/0',
  }),
  rule('sgr-0b000000000000002', SG_SHARED, SAMPLE_MEMBER, E1, {
    IsEgress: true,
    ...anyProtocol,
    CidrIpv4: '0.0.0.0/0',
  }),
];

// --- 222222222222 eu-west-1: interfaces of AWS services ---------------------------------------
// The shapes real service-owned interfaces have (AWS CLI documentation examples and public
// describe-network-interfaces output), for the owning-service and recommended-action rules.

const MEMBER_VPC = 'vpc-0b1c2d3e4f5a60003';
const MEMBER_IGW = 'igw-0b1c2d3e4f5a60003';
const SG_MEMBER_PUBLIC = group('sg-0b00000000000bb02', 'member-public-443');
const SG_MEMBER_INTERNAL = group('sg-0b00000000000bb03', 'member-internal');
const memberSubnets = [
  subnet(
    'subnet-0b0000000000000b1',
    SAMPLE_MEMBER,
    MEMBER_VPC,
    EU_AZ,
    '10.2.1.0/24',
    false,
    'member-public',
  ),
  subnet(
    'subnet-0b0000000000000b2',
    SAMPLE_MEMBER,
    MEMBER_VPC,
    EU_AZ,
    '10.2.2.0/24',
    false,
    'member-private',
  ),
];
const MEMBER_PUBLIC_SUBNET = 'subnet-0b0000000000000b1';
const MEMBER_PRIVATE_SUBNET = 'subnet-0b0000000000000b2';

const memberRouteTables: RouteTable[] = [
  {
    ...routeTable(
      'rtb-0b0000000000000m2',
      MEMBER_VPC,
      [
        {
          Main: true,
          RouteTableAssociationId: 'rtbassoc-0b00000000000m2',
          RouteTableId: 'rtb-0b0000000000000m2',
          AssociationState: { State: 'associated' },
        },
      ],
      [local('10.2.0.0/16')],
      'member-main',
    ),
    OwnerId: SAMPLE_MEMBER,
  },
  {
    ...routeTable(
      'rtb-0b0000000000000p2',
      MEMBER_VPC,
      [subnetAssociation('rtb-0b0000000000000p2', MEMBER_PUBLIC_SUBNET, 'b1')],
      [
        local('10.2.0.0/16'),
        {
          DestinationCidrBlock: '0.0.0.0/0',
          GatewayId: MEMBER_IGW,
          Origin: 'CreateRoute',
          State: 'active',
        },
      ],
      'member-public',
    ),
    OwnerId: SAMPLE_MEMBER,
  },
];

const memberEuRules: SecurityGroupRule[] = [
  rule('sgr-0b000000000000011', SG_MEMBER_PUBLIC, SAMPLE_MEMBER, W1, {
    IsEgress: false,
    ...tcp(443),
    CidrIpv4: '0.0.0.0/0',
  }),
  rule('sgr-0b000000000000012', SG_MEMBER_PUBLIC, SAMPLE_MEMBER, W1, {
    IsEgress: true,
    ...anyProtocol,
    CidrIpv4: '0.0.0.0/0',
  }),
  rule('sgr-0b000000000000013', SG_MEMBER_INTERNAL, SAMPLE_MEMBER, W1, {
    IsEgress: false,
    ...tcp(5432),
    CidrIpv4: '10.2.0.0/16',
  }),
  rule('sgr-0b000000000000014', SG_MEMBER_INTERNAL, SAMPLE_MEMBER, W1, {
    IsEgress: true,
    ...anyProtocol,
    CidrIpv4: '10.2.0.0/16',
  }),
];

const vpceEip = {
  allocationId: 'eipalloc-0b000000000000002',
  associationId: 'eipassoc-0b000000000000002',
};
const memberNatEip = {
  allocationId: 'eipalloc-0b000000000000003',
  associationId: 'eipassoc-0b000000000000003',
};

/** An interface an AWS service created in the member's VPC, with a public address. */
function serviceEni(
  n: string,
  subnetId: string,
  groups: GroupIdentifier[],
  address: NetworkInterfaceAssociation,
  fields: Partial<NetworkInterface>,
): NetworkInterface {
  const ip = `10.2.${subnetId === MEMBER_PUBLIC_SUBNET ? 1 : 2}.${Number(n)}`;
  return {
    ...eni({
      id: `eni-0b000000000000${n}`,
      owner: SAMPLE_MEMBER,
      region: W1,
      az: EU_AZ,
      vpc: MEMBER_VPC,
      subnet: subnetId,
      mac: `0b:00:00:00:00:${n}`,
      groups,
      ips: [privateIp(ip, W1, true, address)],
    }),
    RequesterManaged: true,
    ...fields,
  };
}

const serviceAttachment = (n: string, instanceOwner: string) => ({
  AttachTime: T0,
  AttachmentId: `ela-attach-0b00000000000${n}`,
  DeleteOnTermination: false,
  DeviceIndex: 1,
  NetworkCardIndex: 0,
  InstanceOwnerId: instanceOwner,
  Status: 'attached' as const,
});

const memberEuEnis: NetworkInterface[] = [
  serviceEni(
    '21',
    MEMBER_PUBLIC_SUBNET,
    [SG_MEMBER_PUBLIC],
    publicIp('52.30.21.1', W1, 'amazon-rds'),
    {
      Description: 'RDSNetworkInterface',
      RequesterId: 'amazon-rds',
      Attachment: serviceAttachment('21', 'amazon-rds'),
    },
  ),
  serviceEni(
    '22',
    MEMBER_PRIVATE_SUBNET,
    [SG_MEMBER_PUBLIC],
    publicIp('52.30.22.1', W1, 'amazon-rds'),
    {
      Description: 'RDSNetworkInterface',
      RequesterId: 'amazon-rds',
      Attachment: serviceAttachment('22', 'amazon-rds'),
    },
  ),
  serviceEni(
    '23',
    MEMBER_PUBLIC_SUBNET,
    [SG_MEMBER_INTERNAL],
    publicIp('52.30.23.1', W1, 'amazon'),
    {
      Description: `arn:aws:ecs:eu-west-1:${SAMPLE_MEMBER}:attachment/5f0e2c1a-9d3b-4c7e-8a6f-0b1c2d3e4f50`,
      RequesterId: '578734482556',
      Attachment: serviceAttachment('23', '578734482556'),
    },
  ),
  serviceEni('24', MEMBER_PUBLIC_SUBNET, [SG_MEMBER_PUBLIC], publicIp('52.30.24.1', W1, 'amazon'), {
    Description: 'RedshiftNetworkInterface',
    RequesterId: 'amazon-redshift',
    Attachment: serviceAttachment('24', '210876761215'),
  }),
  serviceEni(
    '25',
    MEMBER_PUBLIC_SUBNET,
    [SG_MEMBER_INTERNAL],
    publicIp('52.30.25.1', W1, 'amazon'),
    {
      Description: 'DMSNetworkInterface',
      RequesterId: '210876761215',
      Attachment: serviceAttachment('25', '210876761215'),
    },
  ),
  serviceEni(
    '26',
    MEMBER_PUBLIC_SUBNET,
    [SG_MEMBER_PUBLIC],
    publicIp('52.30.26.1', W1, 'amazon-elb'),
    {
      Description: 'ELB my-classic-elb',
      RequesterId: 'amazon-elb',
      Attachment: serviceAttachment('26', 'amazon-elb'),
    },
  ),
  // WorkSpaces creates its interfaces through the account's own workspaces_DefaultRole and
  // lets people change their security groups: not requester-managed, so the description is the
  // account's text and the interface is reported by what AWS vouches for (attached elsewhere).
  serviceEni('27', MEMBER_PUBLIC_SUBNET, [SG_MEMBER_PUBLIC], publicIp('52.30.27.1', W1, 'amazon'), {
    Description: `Created By Amazon Workspaces for AWS Account ID ${SAMPLE_MEMBER}`,
    RequesterId: 'AROAEXAMPLEWORKSPACES01:WorkSpace-Creation',
    RequesterManaged: false,
    Attachment: serviceAttachment('27', '614066543011'),
  }),
  serviceEni(
    '28',
    MEMBER_PUBLIC_SUBNET,
    [SG_MEMBER_PUBLIC],
    publicIp('52.30.28.1', W1, SAMPLE_MEMBER, vpceEip),
    {
      Description: 'VPC Endpoint Interface vpce-0b1c2d3e4f5a60028',
      InterfaceType: 'vpc_endpoint',
      RequesterId: '727180483921',
      Attachment: serviceAttachment('28', 'amazon-aws'),
    },
  ),
  serviceEni(
    '29',
    MEMBER_PRIVATE_SUBNET,
    [],
    publicIp('52.30.29.1', W1, SAMPLE_MEMBER, memberNatEip),
    {
      Description: 'Interface for NAT Gateway nat-0b1c2d3e4f5a60029',
      InterfaceType: 'nat_gateway' as NetworkInterface['InterfaceType'],
      RequesterId: '440000000002',
      Attachment: serviceAttachment('29', 'amazon-aws'),
      SourceDestCheck: false,
    },
  ),
];

const memberEuAddresses: Address[] = [
  eip(
    '2',
    '52.30.28.1',
    W1,
    {
      AllocationId: vpceEip.allocationId,
      AssociationId: vpceEip.associationId,
      NetworkInterfaceId: 'eni-0b00000000000028',
      NetworkInterfaceOwnerId: SAMPLE_MEMBER,
      PrivateIpAddress: '10.2.1.28',
    },
    'transfer-server',
  ),
  eip(
    '3',
    '52.30.29.1',
    W1,
    {
      AllocationId: memberNatEip.allocationId,
      AssociationId: memberNatEip.associationId,
      NetworkInterfaceId: 'eni-0b00000000000029',
      NetworkInterfaceOwnerId: SAMPLE_MEMBER,
      PrivateIpAddress: '10.2.2.29',
    },
    'member-nat',
  ),
];

/** A fresh copy of the sample organisation (safe to modify per test). */
export function sampleOrg(): OrgFixture {
  const fixture: OrgFixture = {
    managementAccountId: SAMPLE_MANAGEMENT,
    accounts: [
      {
        id: SAMPLE_MANAGEMENT,
        name: 'Management',
        email: 'aws-management@example.com',
        status: 'ACTIVE',
        regions: {
          'us-east-1': {
            optInStatus: 'opt-in-not-required',
            addresses: usEast1Addresses,
            networkInterfaces: usEast1Enis,
            subnets: usEast1Subnets,
            routeTables: usEast1RouteTables,
            securityGroupRules: usEast1Rules,
            vpnConnections: usEast1Vpns,
            prefixLists: usEast1PrefixLists,
          },
          'eu-west-1': {
            optInStatus: 'opt-in-not-required',
            networkInterfaces: euWest1Enis,
            subnets: [
              subnet(
                'subnet-0e0000000000000e1',
                SAMPLE_MANAGEMENT,
                EU_VPC,
                EU_AZ,
                '10.1.1.0/24',
                true,
                'eu-public-a',
              ),
            ],
            routeTables: [
              routeTable(
                'rtb-0e0000000000000e1',
                EU_VPC,
                [subnetAssociation('rtb-0e0000000000000e1', 'subnet-0e0000000000000e1', 'e1')],
                [
                  local('10.1.0.0/16'),
                  {
                    DestinationCidrBlock: '0.0.0.0/0',
                    GatewayId: 'igw-0e1f2a3b4c5d60002',
                    Origin: 'CreateRoute',
                    State: 'active',
                  },
                ],
                'eu-public',
              ),
            ],
            securityGroupRules: [
              rule('sgr-0e000000000000001', SG_EU, SAMPLE_MANAGEMENT, W1, {
                IsEgress: false,
                ...tcp(443),
                CidrIpv4: '0.0.0.0/0',
              }),
              rule('sgr-0e000000000000002', SG_EU, SAMPLE_MANAGEMENT, W1, {
                IsEgress: true,
                ...anyProtocol,
                CidrIpv4: '0.0.0.0/0',
              }),
            ],
          },
          'ap-east-1': { optInStatus: 'not-opted-in' },
        },
      },
      {
        id: SAMPLE_MEMBER,
        name: 'Workloads',
        email: 'aws-workloads@example.com',
        status: 'ACTIVE',
        regions: {
          'us-east-1': {
            // The shared subnet and its ENI are visible here too; the owner's route tables are not.
            networkInterfaces: [sharedEni],
            subnets: [sharedSubnet],
            securityGroupRules: memberRules,
            addresses: [
              {
                AllocationId: 'eipalloc-0b000000000000001',
                Domain: 'vpc',
                PublicIp: '3.230.10.1',
                PublicIpv4Pool: 'amazon',
                NetworkBorderGroup: E1,
                Tags: [],
              },
            ],
          },
          'eu-west-1': {
            networkInterfaces: memberEuEnis,
            subnets: memberSubnets,
            routeTables: memberRouteTables,
            securityGroupRules: memberEuRules,
            addresses: memberEuAddresses,
          },
        },
        accelerators: memberAccelerators,
        customRoutingAccelerators: memberCustomAccelerators,
      },
      {
        id: SAMPLE_SUSPENDED,
        name: 'Sandbox (suspended)',
        email: 'aws-sandbox@example.com',
        status: 'SUSPENDED',
        regions: { 'us-east-1': {} },
      },
    ],
  };
  return structuredClone(fixture);
}
