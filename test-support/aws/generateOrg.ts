// A deterministic organisation of any size for the call-budget test and the benchmark: every
// account-region has the same shape (VPC, subnets, route tables, security groups with rules,
// a customer-managed prefix list, ENIs with public IPs, EIPs), scaled by the options.
import type {
  Address,
  NetworkInterface,
  RouteTable,
  SecurityGroupRule,
  Subnet,
} from '@aws-sdk/client-ec2';
import type { AccountFixture, OrgFixture, RegionFixture } from './fixture.js';

export interface GenerateOrgOptions {
  accounts: number;
  regions: number;
  enisPerRegion: number;
  securityGroupsPerRegion?: number;
  subnetsPerRegion?: number;
  routeTablesPerRegion?: number;
  prefixListsPerRegion?: number;
  /**
   * Organizational units, default 0: a binary tree under the root (OU i is in OU (i-1)/2, the
   * first in the root), the management account in the root and every other account, in turn,
   * in one of the OUs.
   */
  organizationalUnits?: number;
}

/** The generated organisation's root, for `--organizational-units`. */
export const GENERATED_ROOT = 'r-gen0';

export function generatedOuId(index: number): string {
  return `ou-gen0-${index.toString(16).padStart(8, '0')}`;
}

export const GENERATED_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'eu-west-1',
  'eu-west-2',
  'eu-central-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-northeast-1',
  'sa-east-1',
  'ca-central-1',
];

export function generatedAccountId(index: number): string {
  return String(100000000000 + index * 1111);
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** A public address from 3.0.0.0/8 (not a bogon), unique per (account, region, eni). */
function publicIp(account: number, region: number, n: number): string {
  const id = (account * 16 + region) * 65536 + n;
  return `3.${(id >> 16) & 255}.${(id >> 8) & 255}.${id & 255}`;
}

function region(
  accountIndex: number,
  regionIndex: number,
  o: Required<GenerateOrgOptions>,
): RegionFixture {
  const owner = generatedAccountId(accountIndex);
  const tag = `${hex(accountIndex, 4)}${hex(regionIndex, 2)}`;
  const vpcId = `vpc-${tag}0000000`;
  const subnets: Subnet[] = [];
  const routeTables: RouteTable[] = [];
  for (let t = 0; t < o.routeTablesPerRegion; t++) {
    // Even tables route to the internet, odd ones do not: both verdicts occur.
    routeTables.push({
      RouteTableId: `rtb-${tag}${hex(t, 7)}`,
      VpcId: vpcId,
      OwnerId: owner,
      Associations:
        t === 0
          ? [
              {
                Main: true,
                RouteTableId: `rtb-${tag}${hex(t, 7)}`,
                RouteTableAssociationId: `rtbassoc-${tag}main`,
              },
            ]
          : [],
      Routes: [
        { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' },
        ...(t % 2 === 0
          ? [
              {
                DestinationCidrBlock: '0.0.0.0/0',
                GatewayId: `igw-${tag}0000000`,
                State: 'active' as const,
              },
            ]
          : []),
        ...(o.prefixListsPerRegion > 0
          ? [
              {
                DestinationPrefixListId: `pl-${tag}${hex(t % o.prefixListsPerRegion, 7)}`,
                GatewayId: `igw-${tag}0000000`,
                State: 'active' as const,
              },
            ]
          : []),
      ],
    });
  }
  for (let s = 0; s < o.subnetsPerRegion; s++) {
    const subnetId = `subnet-${tag}${hex(s, 7)}`;
    subnets.push({
      SubnetId: subnetId,
      VpcId: vpcId,
      OwnerId: owner,
      CidrBlock: `10.0.${s}.0/24`,
      AvailabilityZone: `${GENERATED_REGIONS[regionIndex]}a`,
      MapPublicIpOnLaunch: s % 3 === 0,
    });
    const table = routeTables[s % o.routeTablesPerRegion];
    if (s % o.routeTablesPerRegion !== 0) {
      table?.Associations?.push({
        SubnetId: subnetId,
        RouteTableId: table.RouteTableId,
        Main: false,
      });
    }
  }
  const securityGroupRules: SecurityGroupRule[] = [];
  for (let g = 0; g < o.securityGroupsPerRegion; g++) {
    const groupId = `sg-${tag}${hex(g, 7)}`;
    const rule = (n: number, r: SecurityGroupRule): SecurityGroupRule => ({
      SecurityGroupRuleId: `sgr-${tag}${hex(g, 5)}${n}`,
      GroupId: groupId,
      GroupOwnerId: owner,
      ...r,
    });
    const kind = g % 4;
    securityGroupRules.push(
      rule(0, {
        IsEgress: true,
        IpProtocol: '-1',
        FromPort: -1,
        ToPort: -1,
        CidrIpv4: kind === 3 ? '10.0.0.0/8' : '0.0.0.0/0',
      }),
      rule(1, {
        IsEgress: false,
        IpProtocol: 'tcp',
        FromPort: kind === 1 ? 22 : 443,
        ToPort: kind === 1 ? 22 : 443,
        CidrIpv4: kind === 2 || kind === 3 ? '10.0.0.0/8' : '0.0.0.0/0',
      }),
      ...(o.prefixListsPerRegion > 0
        ? [
            rule(2, {
              IsEgress: false,
              IpProtocol: 'tcp',
              FromPort: 8443,
              ToPort: 8443,
              PrefixListId: `pl-${tag}${hex(g % o.prefixListsPerRegion, 7)}`,
            }),
          ]
        : []),
    );
  }
  const networkInterfaces: NetworkInterface[] = [];
  const addresses: Address[] = [];
  for (let n = 0; n < o.enisPerRegion; n++) {
    const id = `eni-${tag}${hex(n, 7)}`;
    const ip = publicIp(accountIndex, regionIndex, n);
    const privateIp = `10.0.${n % o.subnetsPerRegion}.${(n % 250) + 4}`;
    const isEip = n % 10 === 0;
    const allocationId = `eipalloc-${tag}${hex(n, 7)}`;
    const association = {
      PublicIp: ip,
      IpOwnerId: isEip ? owner : 'amazon',
      ...(isEip
        ? { AllocationId: allocationId, AssociationId: `eipassoc-${tag}${hex(n, 7)}` }
        : {}),
    };
    networkInterfaces.push({
      NetworkInterfaceId: id,
      OwnerId: owner,
      VpcId: vpcId,
      SubnetId: `subnet-${tag}${hex(n % o.subnetsPerRegion, 7)}`,
      InterfaceType: 'interface',
      Status: 'in-use',
      Description: n % 7 === 0 ? 'Primary network interface' : '',
      PrivateIpAddress: privateIp,
      Association: association,
      Attachment: {
        AttachmentId: `eni-attach-${tag}${hex(n, 7)}`,
        InstanceId: `i-${tag}${hex(n, 7)}`,
        DeviceIndex: 0,
        Status: 'attached',
      },
      Groups: [{ GroupId: `sg-${tag}${hex(n % o.securityGroupsPerRegion, 7)}`, GroupName: 'app' }],
      PrivateIpAddresses: [
        { Primary: true, PrivateIpAddress: privateIp, Association: association },
      ],
    });
    if (isEip) {
      addresses.push({
        PublicIp: ip,
        AllocationId: allocationId,
        AssociationId: association.AssociationId,
        Domain: 'vpc',
        NetworkInterfaceId: id,
        NetworkInterfaceOwnerId: owner,
        PrivateIpAddress: privateIp,
        PublicIpv4Pool: 'amazon',
        NetworkBorderGroup: GENERATED_REGIONS[regionIndex],
      });
    }
  }
  // Two idle EIPs per region: the unassociated report and the gate always have rows.
  for (let u = 0; u < 2; u++) {
    addresses.push({
      PublicIp: `52.${accountIndex & 255}.${regionIndex}.${u + 1}`,
      AllocationId: `eipalloc-${tag}f${hex(u, 6)}`,
      Domain: 'vpc',
      PublicIpv4Pool: 'amazon',
      NetworkBorderGroup: GENERATED_REGIONS[regionIndex],
    });
  }
  return {
    networkInterfaces,
    addresses,
    subnets,
    routeTables,
    securityGroupRules,
    prefixLists: Array.from({ length: o.prefixListsPerRegion }, (_, p) => ({
      list: {
        PrefixListId: `pl-${tag}${hex(p, 7)}`,
        PrefixListName: `partners-${p}`,
        AddressFamily: 'IPv4',
        OwnerId: owner,
        State: 'create-complete',
        MaxEntries: 10,
        Version: 1,
      },
      cidrs: p % 2 === 0 ? ['192.168.0.0/16', '18.0.0.0/8'] : ['10.0.0.0/8'],
    })),
    vpnConnections: [],
  };
}

export function generateOrg(options: GenerateOrgOptions): OrgFixture {
  const o: Required<GenerateOrgOptions> = {
    securityGroupsPerRegion: 50,
    subnetsPerRegion: 20,
    routeTablesPerRegion: 5,
    prefixListsPerRegion: 2,
    organizationalUnits: 0,
    ...options,
  };
  if (o.regions > GENERATED_REGIONS.length) {
    throw new Error(`at most ${GENERATED_REGIONS.length} regions`);
  }
  const accounts: AccountFixture[] = [];
  for (let a = 0; a < o.accounts; a++) {
    const regions: AccountFixture['regions'] = {};
    for (let r = 0; r < o.regions; r++) {
      regions[GENERATED_REGIONS[r] as string] = region(a, r, o);
    }
    const ous = o.organizationalUnits;
    accounts.push({
      id: generatedAccountId(a),
      name: `account-${a}`,
      status: 'ACTIVE',
      regions,
      ...(ous > 0 && a > 0 ? { parentId: generatedOuId((a - 1) % ous) } : {}),
    });
  }
  return {
    managementAccountId: generatedAccountId(0),
    accounts,
    ...(o.organizationalUnits > 0
      ? {
          rootId: GENERATED_ROOT,
          organizationalUnits: Array.from({ length: o.organizationalUnits }, (_, i) => ({
            id: generatedOuId(i),
            name: `ou-${i}`,
            parentId: i === 0 ? GENERATED_ROOT : generatedOuId(Math.floor((i - 1) / 2)),
          })),
        }
      : {}),
  };
}
