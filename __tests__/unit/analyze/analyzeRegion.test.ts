import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { analyzeRegion as analyzeWithChecks } from '../../../src/analyze/analyzeRegion.js';
import { dedupeEniPublicIps } from '../../../src/analyze/dedupe.js';
import {
  NO_IGW_ROUTE,
  NO_PUBLIC_INGRESS,
  NO_PUBLIC_RULES,
  SSH_ONLY,
  UNATTACHED,
} from '../../../src/analyze/reasons.js';
import type { EniPublicIp, RegionFindings } from '../../../src/analyze/types.js';
import type { RegionInventory } from '../../../src/collect/inventory.js';
import {
  ACCOUNT,
  egress,
  eip,
  eni,
  igwRoute,
  ingress,
  inventory,
  LOW_ROW,
  mainTable,
  OTHER_ACCOUNT,
  REGION,
  ssh,
  subnet,
  SUBNET,
  subnetTable,
  VPC,
  vpn,
  without,
} from './builders.js';

/** The rows as the reports see them: the per-check verdicts kept for merging are left out. */
function analyzeRegion(inv: RegionInventory): RegionFindings {
  const findings = analyzeWithChecks(inv);
  return { ...findings, eniPublicIps: findings.eniPublicIps.map((row) => without(row, 'checks')) };
}

describe('analyzeRegion: interfaces', () => {
  it('an open instance in a public subnet is LOW', () => {
    expect(analyzeRegion(inventory()).eniPublicIps).toEqual([LOW_ROW]);
  });

  it('a failed DescribeRouteTables does NOT mark every interface HIGH: UNKNOWN with the reason', () => {
    const interfaces = [
      eni(),
      eni({
        NetworkInterfaceId: 'eni-2',
        SubnetId: 'subnet-2',
        Association: { PublicIp: '54.0.0.20', IpOwnerId: 'amazon' },
        PrivateIpAddresses: [
          {
            Primary: true,
            PrivateIpAddress: '10.0.1.20',
            Association: { PublicIp: '54.0.0.20', IpOwnerId: 'amazon' },
          },
        ],
        PrivateIpAddress: '10.0.1.20',
      }),
    ];
    const findings = analyzeRegion(
      inventory({ routeTables: undefined, networkInterfaces: interfaces }),
    );
    const reasons = ['Routes not assessed: DescribeRouteTables failed.'];
    expect(findings.eniPublicIps).toEqual([
      { ...LOW_ROW, suspicion: 'UNKNOWN', reasons },
      {
        ...LOW_ROW,
        interfaceId: 'eni-2',
        subnetId: 'subnet-2',
        address: '54.0.0.20',
        privateIp: '10.0.1.20',
        suspicion: 'UNKNOWN',
        reasons,
      },
    ]);
  });

  it('a failed DescribeRouteTables keeps an assessed HIGH and lists both reasons', () => {
    const findings = analyzeRegion(inventory({ routeTables: undefined, securityGroupRules: [] }));
    expect(findings.eniPublicIps).toEqual([
      {
        ...LOW_ROW,
        suspicion: 'HIGH',
        reasons: [NO_PUBLIC_RULES, 'Routes not assessed: DescribeRouteTables failed.'],
      },
    ]);
  });

  it('a failed DescribeSecurityGroupRules gives UNKNOWN, reasons in check order', () => {
    const findings = analyzeRegion(
      inventory({ securityGroupRules: undefined, routeTables: [mainTable([])] }),
    );
    expect(findings.eniPublicIps).toEqual([
      {
        ...LOW_ROW,
        suspicion: 'HIGH',
        reasons: ['Security groups not assessed: DescribeSecurityGroupRules failed.', NO_IGW_ROUTE],
      },
    ]);
    expect(analyzeRegion(inventory({ securityGroupRules: undefined })).eniPublicIps).toEqual([
      {
        ...LOW_ROW,
        suspicion: 'UNKNOWN',
        reasons: ['Security groups not assessed: DescribeSecurityGroupRules failed.'],
      },
    ]);
  });

  it('an unreadable prefix list in a rule gives UNKNOWN', () => {
    const rules = [
      ingress('', { CidrIpv4: undefined, PrefixListId: 'pl-0abc' }),
      egress('0.0.0.0/0'),
    ];
    expect(analyzeRegion(inventory({ securityGroupRules: rules })).eniPublicIps).toEqual([
      {
        ...LOW_ROW,
        suspicion: 'UNKNOWN',
        reasons: ['Security groups not assessed: prefix list pl-0abc could not be read.'],
      },
    ]);
    const readable = inventory({
      securityGroupRules: rules,
      prefixLists: new Map([['pl-0abc', ['52.94.0.0/16']]]),
    });
    expect(analyzeRegion(readable).eniPublicIps).toEqual([LOW_ROW]);
  });

  it.each<[string, Parameters<typeof inventory>[0], EniPublicIp['suspicion'], string[]]>([
    [
      'SSH only',
      { securityGroupRules: [ssh('0.0.0.0/0'), egress('0.0.0.0/0')] },
      'MODERATE',
      [SSH_ONLY],
    ],
    ['egress only', { securityGroupRules: [egress('0.0.0.0/0')] }, 'MODERATE', [NO_PUBLIC_INGRESS]],
    ['no public rules', { securityGroupRules: [ingress('10.0.0.0/8')] }, 'HIGH', [NO_PUBLIC_RULES]],
    [
      'SSH only and no igw route',
      { securityGroupRules: [ssh('0.0.0.0/0')], routeTables: [mainTable([])] },
      'HIGH',
      [SSH_ONLY, NO_IGW_ROUTE],
    ],
    [
      'explicit association before the main table (the reference read the main one)',
      { routeTables: [mainTable([igwRoute()]), subnetTable('rtb-private', [SUBNET], [])] },
      'HIGH',
      [NO_IGW_ROUTE],
    ],
    [
      'gateway association without a SubnetId is skipped (the reference crashed)',
      {
        routeTables: [
          mainTable([igwRoute()]),
          subnetTable('rtb-edge', [], [], {
            Associations: [{ RouteTableId: 'rtb-edge', GatewayId: 'igw-1' }],
          }),
        ],
      },
      'LOW',
      [],
    ],
    [
      'a blackhole igw route is no route (the reference counted it)',
      { routeTables: [mainTable([igwRoute('0.0.0.0/0', { State: 'blackhole' })])] },
      'HIGH',
      [NO_IGW_ROUTE],
    ],
    [
      'no route table for the VPC',
      { routeTables: [mainTable([igwRoute()], { VpcId: 'vpc-9' })] },
      'UNKNOWN',
      ['Routes not assessed: no route table found for subnet subnet-1.'],
    ],
  ])('%s', (_case, overrides, suspicion, reasons) => {
    expect(analyzeRegion(inventory(overrides)).eniPublicIps).toEqual([
      { ...LOW_ROW, suspicion, reasons },
    ]);
  });

  it('an unattached interface holding a public IP is HIGH, its reason last', () => {
    const loose = eni({ Attachment: undefined, Description: 'leftover' });
    const findings = analyzeRegion(
      inventory({
        networkInterfaces: [loose],
        securityGroupRules: [egress('0.0.0.0/0')],
        routeTables: [mainTable([])],
      }),
    );
    const rest = without(LOW_ROW, 'instanceId');
    expect(findings.eniPublicIps).toEqual([
      {
        ...rest,
        interfaceType: 'Unattached ENI',
        description: 'leftover',
        suspicion: 'HIGH',
        reasons: [NO_PUBLIC_INGRESS, NO_IGW_ROUTE, UNATTACHED],
      },
    ]);
  });

  it('a NAT gateway interface has no security groups and skips that check', () => {
    const nat = eni({
      // AWS returns nat_gateway, which the SDK enum does not name.
      InterfaceType: 'nat_gateway' as NetworkInterface['InterfaceType'],
      Groups: [],
      Attachment: { AttachmentId: 'ela-attach-1' },
      Description: 'Interface for NAT Gateway nat-1',
      Association: { PublicIp: '52.0.0.1', AllocationId: 'eipalloc-1', IpOwnerId: ACCOUNT },
      PrivateIpAddresses: [
        {
          Primary: true,
          PrivateIpAddress: '10.0.0.10',
          Association: { PublicIp: '52.0.0.1', AllocationId: 'eipalloc-1', IpOwnerId: ACCOUNT },
        },
      ],
    });
    const findings = analyzeRegion(
      inventory({
        networkInterfaces: [nat],
        securityGroupRules: undefined,
        addresses: [eip({ AssociationId: 'eipassoc-1' })],
      }),
    );
    const rest = without(LOW_ROW, 'instanceId');
    expect(findings.eniPublicIps).toEqual([
      {
        ...rest,
        address: '52.0.0.1',
        interfaceType: 'NAT Gateway',
        addressType: 'Elastic IP',
        allocationId: 'eipalloc-1',
        ipOwnerId: ACCOUNT,
        description: 'Interface for NAT Gateway nat-1',
      },
    ]);
  });

  it('secondary private IPs each with their own association give one row each', () => {
    const multi = eni({
      PrivateIpAddresses: [
        {
          Primary: true,
          PrivateIpAddress: '10.0.0.10',
          Association: { PublicIp: '54.0.0.10', IpOwnerId: 'amazon' },
        },
        {
          Primary: false,
          PrivateIpAddress: '10.0.0.11',
          Association: { PublicIp: '52.0.0.11', AllocationId: 'eipalloc-11', IpOwnerId: ACCOUNT },
        },
        {
          Primary: false,
          PrivateIpAddress: '10.0.0.12',
          Association: { PublicIp: '198.100.0.12', IpOwnerId: ACCOUNT },
        },
      ],
    });
    const byoip = eip({
      PublicIp: '198.100.0.12',
      AllocationId: 'eipalloc-12',
      PublicIpv4Pool: 'ipv4pool-ec2-1',
      AssociationId: 'eipassoc-12',
    });
    const findings = analyzeRegion(inventory({ networkInterfaces: [multi], addresses: [byoip] }));
    expect(findings.eniPublicIps).toEqual([
      LOW_ROW,
      {
        ...LOW_ROW,
        address: '52.0.0.11',
        privateIp: '10.0.0.11',
        isPrimary: false,
        addressType: 'Elastic IP',
        allocationId: 'eipalloc-11',
        ipOwnerId: ACCOUNT,
      },
      {
        ...LOW_ROW,
        address: '198.100.0.12',
        privateIp: '10.0.0.12',
        isPrimary: false,
        addressType: 'Elastic IP',
        allocationId: 'eipalloc-12',
        ipOwnerId: ACCOUNT,
        byoip: true,
      },
    ]);
  });

  it('interfaces without a public address yield nothing; a failed DescribeNetworkInterfaces neither', () => {
    const privateOnly = eni({
      Association: undefined,
      PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: '10.0.0.10' }],
    });
    expect(analyzeRegion(inventory({ networkInterfaces: [privateOnly] })).eniPublicIps).toEqual([]);
    expect(analyzeRegion(inventory({ networkInterfaces: undefined })).eniPublicIps).toEqual([]);
  });

  it('a shared-subnet interface seen by both accounts is reported once', () => {
    // The participant owns the interface; the VPC owner sees it in its shared subnet.
    const shared = eni({ OwnerId: OTHER_ACCOUNT });
    const fromVpcOwner = analyzeRegion(inventory({ networkInterfaces: [shared] }));
    const fromParticipant = analyzeRegion(
      inventory({ accountId: OTHER_ACCOUNT, networkInterfaces: [shared] }),
    );
    const merged = dedupeEniPublicIps([
      ...fromVpcOwner.eniPublicIps,
      ...fromParticipant.eniPublicIps,
    ]);
    expect(merged).toEqual([
      { ...LOW_ROW, ownerAccountId: OTHER_ACCOUNT, scannedAccountId: OTHER_ACCOUNT },
    ]);
  });
});

describe('analyzeRegion: shared subnets', () => {
  it('combines the two views: security groups from the interface owner, routes from the VPC owner', () => {
    // The participant's interface in the VPC owner's subnet: the owner reads the route tables but
    // not the participant's groups; the participant reads its groups but no route table.
    const shared = eni({ OwnerId: OTHER_ACCOUNT });
    const fromVpcOwner = analyzeWithChecks(
      inventory({ networkInterfaces: [shared], securityGroupRules: [] }),
    );
    const fromParticipant = analyzeWithChecks(
      inventory({ accountId: OTHER_ACCOUNT, networkInterfaces: [shared], routeTables: [] }),
    );
    expect(fromVpcOwner.eniPublicIps.map((r) => r.suspicion)).toEqual(['UNKNOWN']);
    expect(fromParticipant.eniPublicIps.map((r) => r.suspicion)).toEqual(['UNKNOWN']);
    const merged = dedupeEniPublicIps([
      ...fromVpcOwner.eniPublicIps,
      ...fromParticipant.eniPublicIps,
    ]).map((row) => without(row, 'checks'));
    expect(merged).toEqual([
      { ...LOW_ROW, ownerAccountId: OTHER_ACCOUNT, scannedAccountId: OTHER_ACCOUNT },
    ]);
  });
});

describe('analyzeRegion: the other findings', () => {
  it('wires Elastic IPs, auto-assign subnets and VPN connections', () => {
    const findings = analyzeRegion(
      inventory({
        addresses: [
          eip({ AssociationId: 'eipassoc-1' }),
          eip({ PublicIp: '52.0.0.2', AllocationId: 'eipalloc-2' }),
        ],
        subnets: [
          subnet({ MapPublicIpOnLaunch: true }),
          subnet({ SubnetId: 'subnet-private', MapPublicIpOnLaunch: true }),
          subnet({ SubnetId: 'subnet-quiet', MapPublicIpOnLaunch: false }),
        ],
        routeTables: [
          mainTable([igwRoute()]),
          subnetTable(
            'rtb-private',
            ['subnet-private', 'subnet-quiet'],
            [igwRoute('0.0.0.0/0', { GatewayId: undefined, NatGatewayId: 'nat-1' })],
          ),
        ],
        vpnConnections: [vpn(), vpn({ VpnConnectionId: 'vpn-old', State: 'deleted' })],
      }),
    );
    expect(findings).toEqual({
      eniPublicIps: [LOW_ROW],
      associatedEips: [
        {
          accountId: ACCOUNT,
          region: REGION,
          publicIp: '52.0.0.1',
          allocationId: 'eipalloc-1',
          pool: 'amazon',
          byoip: false,
          associationId: 'eipassoc-1',
          networkBorderGroup: REGION,
        },
      ],
      unassociatedEips: [
        {
          accountId: ACCOUNT,
          region: REGION,
          publicIp: '52.0.0.2',
          allocationId: 'eipalloc-2',
          pool: 'amazon',
          byoip: false,
          networkBorderGroup: REGION,
        },
      ],
      autoAssignSubnets: [
        {
          ownerAccountId: ACCOUNT,
          region: REGION,
          vpcId: VPC,
          subnetId: 'subnet-private',
          scannedAccountId: ACCOUNT,
          cidrBlock: '10.0.0.0/24',
          availabilityZone: 'eu-west-1a',
        },
      ],
      vpnConnections: [
        {
          accountId: ACCOUNT,
          region: REGION,
          connectionId: 'vpn-1',
          address1: '3.0.0.1',
          address2: '3.0.0.2',
          state: 'available',
        },
      ],
    });
  });

  it('auto-assign subnets are not listed when routes could not be assessed', () => {
    const findings = analyzeRegion(
      inventory({ subnets: [subnet({ MapPublicIpOnLaunch: true })], routeTables: undefined }),
    );
    expect(findings.autoAssignSubnets).toEqual([]);
  });
});
