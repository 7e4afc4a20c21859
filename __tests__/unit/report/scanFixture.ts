// The scan the report tests write: a handful of rows per report, with user text that tries
// formula, markdown and HTML injection. vpn_connections is left empty on purpose.
import { emptyScan } from '../../../__fixtures__/findings.js';
import { coverageOf } from '../../../src/analyze/coverage.js';
import type { VpnPublicIps } from '../../../src/model/findings.js';
import type { ScanResult } from '../../../src/model/scanResult.js';

/** When the report fixture's scan ran: give it to emptyScan for an empty scan of the same time. */
export const SCAN_TIMES = {
  startedAt: new Date('2026-01-01T00:00:00Z'),
  finishedAt: new Date('2026-01-01T00:05:00Z'),
};

/** VPN rows for the tests that fill the report `fixture()` leaves empty; one has a single tunnel. */
export function vpnRows(): VpnPublicIps[] {
  return [
    {
      accountId: '111111111111',
      region: 'us-east-1',
      connectionId: 'vpn-0abc',
      address1: '203.0.113.1',
      address2: '203.0.113.2',
      state: 'available',
    },
    {
      accountId: '222222222222',
      region: 'eu-west-1',
      connectionId: 'vpn-0def',
      address1: '203.0.113.3',
      address2: '',
    },
  ];
}

export function fixture(): ScanResult {
  const scan: ScanResult = {
    ...emptyScan(SCAN_TIMES),
    accountsScanned: ['111111111111', '222222222222'],
    targets: [{ accountId: '111111111111', region: 'us-east-1' }],
    associatedEips: [
      {
        accountId: '111111111111',
        region: 'us-east-1',
        publicIp: '3.80.0.1',
        allocationId: 'eipalloc-0a1',
        pool: 'amazon',
        byoip: false,
        associationId: 'eipassoc-0a1',
        networkInterfaceId: 'eni-0a1',
        instanceId: 'i-0a1',
        privateIp: '10.0.0.5',
        networkBorderGroup: 'us-east-1',
        name: "+cmd|' /C calc'!A0",
      },
      {
        accountId: '111111111111',
        region: 'us-east-1',
        publicIp: '198.51.100.7',
        allocationId: 'eipalloc-0b2',
        pool: 'ipv4pool-ec2-0123456789abcdef0',
        byoip: true,
        associationId: 'eipassoc-0b2',
        networkInterfaceId: 'eni-0d4',
        privateIp: '10.0.1.9',
        networkBorderGroup: 'us-east-1',
        name: 'nat, "prod"\nblue',
      },
    ],
    unassociatedEips: [
      {
        accountId: '222222222222',
        region: 'eu-west-1',
        publicIp: '52.16.0.9',
        allocationId: 'eipalloc-0c3',
        pool: 'amazon',
        byoip: false,
        networkBorderGroup: 'eu-west-1',
        name: '-spare',
      },
      {
        accountId: '222222222222',
        region: 'eu-west-1',
        publicIp: '52.16.0.10',
        allocationId: 'eipalloc-0c4',
        pool: 'amazon',
        byoip: false,
      },
    ],
    eniPublicIps: [
      {
        ownerAccountId: '111111111111',
        region: 'us-east-1',
        interfaceId: 'eni-0a1',
        address: '3.80.0.1',
        vpcId: 'vpc-01',
        subnetId: 'subnet-01',
        interfaceType: 'EC2 Instance',
        addressType: 'Elastic IP',
        suspicion: 'LOW',
        reasons: [],
        service: 'ec2',
        scannedAccountId: '111111111111',
        privateIp: '10.0.0.5',
        isPrimary: true,
        allocationId: 'eipalloc-0a1',
        ipOwnerId: 'amazon',
        byoip: false,
        instanceId: 'i-0a1',
        description: 'Primary network interface',
      },
      {
        ownerAccountId: '222222222222',
        region: 'us-east-1',
        interfaceId: 'eni-0b2',
        address: '54.210.0.2',
        vpcId: 'vpc-02',
        subnetId: 'subnet-02',
        interfaceType: 'EC2 Instance',
        addressType: 'Public IP',
        suspicion: 'HIGH',
        reasons: [
          'Subnet has no route to an internet gateway.',
          'Security groups allow no inbound traffic.',
        ],
        service: 'ec2',
        scannedAccountId: '111111111111',
        privateIp: '10.1.0.7',
        isPrimary: true,
        ipOwnerId: 'amazon',
        byoip: false,
        instanceId: 'i-0b2',
        description: '=HYPERLINK("http://evil","x")',
      },
      {
        ownerAccountId: '111111111111',
        region: 'eu-west-1',
        interfaceId: 'eni-0c3',
        address: '18.200.0.3',
        vpcId: 'vpc-03',
        subnetId: 'subnet-03',
        interfaceType: 'Network Load Balancer',
        addressType: 'Public IP',
        suspicion: 'UNKNOWN',
        reasons: ['Not assessed: route tables could not be read.'],
        service: 'load-balancer',
        scannedAccountId: '111111111111',
        privateIp: '10.2.0.9',
        isPrimary: false,
        byoip: false,
      },
      {
        ownerAccountId: '111111111111',
        region: 'us-east-1',
        interfaceId: 'eni-0d4',
        address: '198.51.100.7',
        vpcId: 'vpc-01',
        subnetId: 'subnet-01',
        interfaceType: 'NAT Gateway',
        addressType: 'Elastic IP',
        suspicion: 'MODERATE',
        reasons: ['NAT gateway without a route to an internet gateway.'],
        service: 'nat-gateway',
        scannedAccountId: '111111111111',
        privateIp: '10.0.1.9',
        isPrimary: true,
        allocationId: 'eipalloc-0b2',
        ipOwnerId: '111111111111',
        byoip: true,
        description: 'Interface for NAT Gateway nat-0d4, "prod"\nblue',
      },
    ],
    autoAssignSubnets: [
      {
        ownerAccountId: '111111111111',
        region: 'us-east-1',
        vpcId: 'vpc-01',
        subnetId: 'subnet-05',
        scannedAccountId: '222222222222',
        cidrBlock: '10.0.5.0/24',
        availabilityZone: 'us-east-1a',
      },
      {
        ownerAccountId: '111111111111',
        region: 'eu-west-1',
        vpcId: 'vpc-03',
        subnetId: 'subnet-06',
        scannedAccountId: '111111111111',
      },
    ],
    globalAccelerators: [
      {
        ownerAccountId: '111111111111',
        arn: 'arn:aws:globalaccelerator::111111111111:accelerator/1111aaaa-0000-4000-8000-000000000001',
        address1: '75.2.0.1',
        address2: '99.83.0.1',
        allAddresses: ['75.2.0.1', '99.83.0.1'],
        name: 'edge',
        kind: 'STANDARD',
      },
      {
        ownerAccountId: '111111111111',
        arn: 'arn:aws:globalaccelerator::111111111111:accelerator/2222bbbb-0000-4000-8000-000000000002',
        address1: '15.197.0.1',
        address2: '3.33.0.1',
        allAddresses: ['15.197.0.1', '3.33.0.1', '15.197.0.2', '3.33.0.2'],
        name: '@admin',
        kind: 'CUSTOM_ROUTING',
      },
    ],
    uncheckedAccounts: [
      { accountId: '333333333333', name: '=1+1', status: 'SUSPENDED' },
      { accountId: '444444444444', status: 'PENDING_CLOSURE' },
    ],
    scanErrors: [
      {
        accountId: '111111111111',
        region: 'global',
        api: 'globalaccelerator:ListAccelerators',
        errorCode: 'ThrottlingException',
        message: 'Rate exceeded',
      },
      {
        accountId: '222222222222',
        region: 'ap-south-1',
        api: 'ec2:DescribeAddresses',
        errorCode: 'AccessDenied',
        message: '\t=evil role name, quoted',
      },
    ],
    // A Region deny SCP: every call of the region refused; its message ends in AWS's encoding.
    policyDenied: [
      {
        accountId: '222222222222',
        region: 'eu-central-1',
        policy: 'service control policy',
        exampleCall: 'ec2:DescribeNetworkInterfaces',
        message:
          'You are not authorized to perform this operation. User: arn:aws:sts::222222222222:assumed-role/ipv4-audit-member/aws-ipv4-audit ' +
          'is not authorized to perform: ec2:DescribeNetworkInterfaces with an explicit deny in a service control policy. ' +
          'Encoded authorization failure message: @SUM(1)',
      },
    ],
  };
  scan.coverage = coverageOf(
    [
      { accountId: '111111111111', region: 'us-east-1', reached: true, read: true },
      { accountId: '111111111111', region: 'global', reached: false },
      { accountId: '222222222222', region: 'ap-south-1', reached: true, read: true },
      { accountId: '222222222222', region: 'eu-central-1', reached: false },
    ],
    scan.scanErrors,
    scan.policyDenied,
  );
  return scan;
}
