import { describe, expect, it } from 'vitest';
import { eipRow, eniRow, subnetRow } from '../../../__fixtures__/findings.js';
import {
  compareAddress,
  compareScanErrors,
  compareUncheckedAccounts,
} from '../../../src/analyze/sortOrder.js';
import { AUTO_ASSIGN_SUBNETS } from '../../../src/kinds/autoAssignSubnets.js';
import { ASSOCIATED_EIPS } from '../../../src/kinds/elasticIps.js';
import { ENI_PUBLIC_IPS } from '../../../src/kinds/eniPublicIps.js';
import { GLOBAL_ACCELERATORS } from '../../../src/kinds/globalAccelerators.js';
import { VPN_CONNECTIONS } from '../../../src/kinds/vpnConnections.js';
import type {
  AcceleratorIps,
  AutoAssignSubnet,
  ElasticIp,
  EniPublicIp,
  VpnPublicIps,
} from '../../../src/model/findings.js';
import type { ScanError } from '../../../src/model/scanResult.js';

// Every order of the input must sort to the same expected list.
function expectSortsTo<T>(expected: T[], compare: (a: T, b: T) => number): void {
  const orders = [[...expected].reverse(), [...expected.slice(1), ...expected.slice(0, 1)]];
  for (const order of orders) expect(order.sort(compare)).toEqual(expected);
}

function eni(
  ownerAccountId: string,
  region: string,
  interfaceId: string,
  address: string,
): EniPublicIp {
  return eniRow({ ownerAccountId, region, interfaceId, address, scannedAccountId: ownerAccountId });
}

describe('sort order', () => {
  it('addresses sort numerically, non-addresses after them', () => {
    expect(['10.0.0.1', '9.0.0.1', 'x', '9.0.0.10', '9.0.0.2'].sort(compareAddress)).toEqual([
      '9.0.0.1',
      '9.0.0.2',
      '9.0.0.10',
      '10.0.0.1',
      'x',
    ]);
  });

  it('ENI rows by owner, region, interface, address', () => {
    expectSortsTo(
      [
        eni('111', 'eu-west-1', 'eni-b', '9.0.0.2'),
        eni('111', 'eu-west-1', 'eni-b', '10.0.0.1'),
        eni('111', 'eu-west-1', 'eni-c', '1.0.0.1'),
        eni('111', 'us-east-1', 'eni-a', '1.0.0.1'),
        eni('222', 'ap-south-1', 'eni-a', '1.0.0.1'),
      ],
      ENI_PUBLIC_IPS.spec.compare,
    );
  });

  it('Elastic IPs by account, region, address', () => {
    const eip = (accountId: string, region: string, publicIp: string): ElasticIp =>
      eipRow({ accountId, region, publicIp });
    expectSortsTo(
      [
        eip('111', 'eu-west-1', '9.0.0.1'),
        eip('111', 'eu-west-1', '52.0.0.1'),
        eip('111', 'us-east-1', '1.0.0.1'),
        eip('222', 'eu-west-1', '1.0.0.1'),
      ],
      ASSOCIATED_EIPS.spec.compare,
    );
  });

  it('subnets by owner, region, VPC, subnet', () => {
    const subnet = (
      ownerAccountId: string,
      region: string,
      vpcId: string,
      subnetId: string,
    ): AutoAssignSubnet =>
      subnetRow({ ownerAccountId, region, vpcId, subnetId, scannedAccountId: ownerAccountId });
    expectSortsTo(
      [
        subnet('111', 'eu-west-1', 'vpc-1', 'subnet-1'),
        subnet('111', 'eu-west-1', 'vpc-1', 'subnet-2'),
        subnet('111', 'eu-west-1', 'vpc-2', 'subnet-0'),
        subnet('222', 'ap-south-1', 'vpc-0', 'subnet-0'),
      ],
      AUTO_ASSIGN_SUBNETS.spec.compare,
    );
  });

  it('VPN connections, accelerators, unchecked accounts and scan errors', () => {
    const vpnRow = (accountId: string, region: string, connectionId: string): VpnPublicIps => ({
      accountId,
      region,
      connectionId,
      address1: '',
      address2: '',
    });
    expectSortsTo(
      [
        vpnRow('111', 'eu-west-1', 'vpn-2'),
        vpnRow('111', 'us-east-1', 'vpn-1'),
        vpnRow('222', 'eu-west-1', 'vpn-1'),
      ],
      VPN_CONNECTIONS.spec.compare,
    );
    const acc = (ownerAccountId: string, arn: string): AcceleratorIps => ({
      ownerAccountId,
      arn,
      address1: '',
      address2: '',
      allAddresses: [],
      kind: 'STANDARD',
    });
    expectSortsTo(
      [acc('111', 'arn:b'), acc('111', 'arn:c'), acc('222', 'arn:a')],
      GLOBAL_ACCELERATORS.spec.compare,
    );
    expectSortsTo(
      [
        { accountId: '111', status: 'SUSPENDED' },
        { accountId: '222', status: 'SUSPENDED' },
      ],
      compareUncheckedAccounts,
    );
    const err = (accountId: string, region: string, api: string): ScanError => ({
      accountId,
      region,
      api,
      errorCode: 'E',
      message: 'm',
    });
    expectSortsTo(
      [
        err('111', 'eu-west-1', 'DescribeAddresses'),
        err('111', 'eu-west-1', 'DescribeSubnets'),
        err('111', 'global', 'ListAccelerators'),
        err('222', 'eu-west-1', 'DescribeAddresses'),
      ],
      compareScanErrors,
    );
  });
});
