import { describe, expect, it } from 'vitest';
import { eipRow, eniRow, emptyScan } from '../../../__fixtures__/findings.js';
import { completeTargets } from '../../../src/analyze/completeTargets.js';
import { scannedAddresses } from '../../../src/analyze/scannedAddresses.js';
import { findingAddresses } from '../../../src/kinds/findingAddresses.js';

const A = '111111111111';
const B = '222222222222';

describe('scannedAddresses', () => {
  it('lists each address once per account-region, from every kind of finding', () => {
    const findings = emptyScan({
      eniPublicIps: [
        eniRow({ address: '54.0.0.1' }),
        // An Elastic IP on an interface: the interface's row and the Elastic IP's are one address.
        eniRow({ address: '3.0.0.2', addressType: 'Elastic IP' }),
        // Seen from the subnet's owner and its own: reported once, by its owner.
        eniRow({ address: '54.0.0.9', ownerAccountId: B, scannedAccountId: A }),
      ],
      associatedEips: [eipRow({ publicIp: '3.0.0.2' })],
      unassociatedEips: [
        eipRow({ publicIp: '3.0.0.3' }),
        eipRow({ publicIp: '81.2.69.10', byoip: true, pool: 'ipv4pool-ec2-1' }),
      ],
      vpnConnections: [
        {
          accountId: A,
          region: 'eu-west-1',
          connectionId: 'vpn-1',
          address1: '52.1.0.1',
          address2: '',
        },
      ],
      globalAccelerators: [
        {
          ownerAccountId: B,
          arn: 'arn:aws:globalaccelerator::222222222222:accelerator/1',
          address1: '75.2.0.1',
          address2: '99.83.0.1',
          allAddresses: ['75.2.0.1', '99.83.0.1'],
          kind: 'STANDARD',
        },
      ],
    });
    expect(scannedAddresses(findingAddresses(findings))).toStrictEqual([
      { accountId: A, region: 'eu-west-1', address: '52.1.0.1', byoip: false, idle: false },
      { accountId: A, region: 'us-east-1', address: '3.0.0.2', byoip: false, idle: false },
      { accountId: A, region: 'us-east-1', address: '3.0.0.3', byoip: false, idle: true },
      { accountId: A, region: 'us-east-1', address: '54.0.0.1', byoip: false, idle: false },
      { accountId: A, region: 'us-east-1', address: '81.2.69.10', byoip: true, idle: true },
      { accountId: B, region: 'global', address: '75.2.0.1', byoip: false, idle: false },
      { accountId: B, region: 'global', address: '99.83.0.1', byoip: false, idle: false },
      { accountId: B, region: 'us-east-1', address: '54.0.0.9', byoip: false, idle: false },
    ]);
  });
});

describe('completeTargets', () => {
  it('keeps the targets without a gap of their own or of their whole account', () => {
    const targets = [
      { accountId: B, region: 'us-east-1' },
      { accountId: A, region: 'us-east-1' },
      { accountId: A, region: 'eu-west-1' },
      { accountId: A, region: 'global' },
      { accountId: '333333333333', region: 'us-east-1' },
    ];
    const gaps = [
      {
        accountId: A,
        region: 'eu-west-1',
        reached: true,
        failures: ['ec2:DescribeSubnets: Denied'],
      },
      {
        accountId: '333333333333',
        region: '*',
        reached: false,
        failures: ['sts:AssumeRole: AccessDenied'],
      },
    ];
    expect(completeTargets(targets, gaps)).toStrictEqual([
      { accountId: A, region: 'global' },
      { accountId: A, region: 'us-east-1' },
      { accountId: B, region: 'us-east-1' },
    ]);
  });
});
