// How analyzeRegion composes the heuristics: which inputs reach which check, per-interface
// lookups of the per-group and per-subnet verdicts, failed calls, rows per address, shared
// subnets, and the other finding lists. Each heuristic's own cases live in its own test file.
import { describe, expect, it } from 'vitest';
import { analyzeRegion as analyzeWithChecks } from '../../../src/analyze/analyzeRegion.js';
import { dedupeEniPublicIps } from '../../../src/analyze/dedupe.js';
import {
  NO_IGW_ROUTE,
  NO_PUBLIC_INGRESS,
  SSH_ONLY,
  UNATTACHED,
} from '../../../src/analyze/reasons.js';
import type { EniPublicIp, RegionFindings } from '../../../src/model/findings.js';
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

/** A second instance interface, in subnet-2 of the same VPC, and the row it yields when LOW. */
const ENI_2 = eni({
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
});
const ROW_2: EniPublicIp = {
  ...LOW_ROW,
  interfaceId: 'eni-2',
  subnetId: 'subnet-2',
  address: '54.0.0.20',
  privateIp: '10.0.1.20',
};

describe('analyzeRegion: interfaces', () => {
  it('an open instance in a public subnet is LOW', () => {
    expect(analyzeRegion(inventory()).eniPublicIps).toEqual([LOW_ROW]);
  });

  it('each interface is judged by its own subnet and its own groups', () => {
    const bastion = eni({ ...ENI_2, Groups: [{ GroupId: 'sg-2' }] });
    const findings = analyzeRegion(
      inventory({
        networkInterfaces: [eni(), bastion],
        securityGroupRules: [
          ingress('0.0.0.0/0'),
          egress('0.0.0.0/0'),
          ssh('0.0.0.0/0', { GroupId: 'sg-2' }),
        ],
        routeTables: [mainTable([igwRoute()]), subnetTable('rtb-private', ['subnet-2'], [])],
      }),
    );
    expect(findings.eniPublicIps).toEqual([
      LOW_ROW,
      { ...ROW_2, suspicion: 'HIGH', reasons: [SSH_ONLY, NO_IGW_ROUTE] },
    ]);
  });

  it.each<[string, Partial<RegionInventory>, string]>([
    [
      'DescribeRouteTables',
      { routeTables: undefined },
      'Routes not assessed: DescribeRouteTables failed.',
    ],
    [
      'DescribeSecurityGroupRules',
      { securityGroupRules: undefined },
      'Security groups not assessed: DescribeSecurityGroupRules failed.',
    ],
  ])(
    'a failed %s leaves every interface UNKNOWN with the reason, not HIGH',
    (_call, failed, reason) => {
      const findings = analyzeRegion(inventory({ networkInterfaces: [eni(), ENI_2], ...failed }));
      expect(findings.eniPublicIps).toEqual([
        { ...LOW_ROW, suspicion: 'UNKNOWN', reasons: [reason] },
        { ...ROW_2, suspicion: 'UNKNOWN', reasons: [reason] },
      ]);
    },
  );

  it('the region prefix lists reach both the security-group and the route check', () => {
    const viaList = { CidrIpv4: undefined, PrefixListId: 'pl-0abc' };
    const overrides = {
      securityGroupRules: [ingress('', viaList), egress('0.0.0.0/0')],
      routeTables: [
        mainTable([
          igwRoute('', { DestinationCidrBlock: undefined, DestinationPrefixListId: 'pl-0abc' }),
        ]),
      ],
    };
    expect(analyzeRegion(inventory(overrides)).eniPublicIps).toEqual([
      {
        ...LOW_ROW,
        suspicion: 'UNKNOWN',
        reasons: [
          'Security groups not assessed: prefix list pl-0abc could not be read.',
          'Routes not assessed: prefix list pl-0abc could not be read.',
        ],
      },
    ]);
    const readable = inventory({
      ...overrides,
      prefixLists: new Map([['pl-0abc', ['52.94.0.0/16']]]),
    });
    expect(analyzeRegion(readable).eniPublicIps).toEqual([LOW_ROW]);
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
    const rest = without(LOW_ROW, 'instanceId', 'resourceId');
    expect(findings.eniPublicIps).toEqual([
      {
        ...rest,
        interfaceType: 'Unattached ENI',
        service: 'unattached',
        description: 'leftover',
        suspicion: 'HIGH',
        reasons: [NO_PUBLIC_INGRESS, NO_IGW_ROUTE, UNATTACHED],
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
        // From the region's Elastic IPs: the interface's own association did not say.
        associationId: 'eipassoc-12',
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
    // subnet-private holds no interface: it gets a route verdict because it auto-assigns.
    const findings = analyzeRegion(
      inventory({
        addresses: [
          eip({ AssociationId: 'eipassoc-1' }),
          eip({ PublicIp: '52.0.0.2', AllocationId: 'eipalloc-2' }),
        ],
        subnets: [
          subnet({ MapPublicIpOnLaunch: true }),
          subnet({ SubnetId: 'subnet-private', MapPublicIpOnLaunch: true }),
        ],
        routeTables: [
          mainTable([igwRoute()]),
          subnetTable(
            'rtb-private',
            ['subnet-private'],
            [igwRoute('0.0.0.0/0', { GatewayId: undefined, NatGatewayId: 'nat-1' })],
          ),
        ],
        vpnConnections: [vpn()],
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
});
