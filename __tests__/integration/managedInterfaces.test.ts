// Interfaces EC2 manages for a service (EKS Auto Mode's nodes) hold billed public addresses
// whether or not the account hides managed resources: the scan asks for them on every
// DescribeNetworkInterfaces call, so the report is the same under both visibility settings.
import { afterEach, describe, expect, it } from 'vitest';
import {
  EKS_NODE_ENI,
  EKS_NODE_IP,
  eksAutoModeOrg,
} from '../../test-support/aws/eksAutoModeOrg.js';
import { SAMPLE_MEMBER } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import { runCliWith } from './cliRunner.js';

let aws: AwsStandIn | undefined;
afterEach(async () => {
  await aws?.close();
  aws = undefined;
});

describe.each(['hidden', 'visible'] as const)('managed resource visibility %s', (visibility) => {
  it("reports the EKS Auto Mode node's public IP in eni_public_ips.csv", async () => {
    aws = await startAwsStandIn({ fixture: eksAutoModeOrg(visibility) });
    const run = await runCliWith(aws.env, ['run-multi-account']);
    expect(run.code, run.stderr).toBe(0);
    const rows = (run.files.get('eni_public_ips.csv') ?? '').split('\n');
    const node = rows.filter((row) => row.includes(EKS_NODE_ENI));
    expect(node).toHaveLength(1);
    expect(node[0]).toMatch(
      new RegExp(
        `^${SAMPLE_MEMBER},eu-west-1,${EKS_NODE_ENI},${EKS_NODE_IP.replaceAll('.', '\\.')},vpc-0b1c2d3e4f5a60003,subnet-0b0000000000000b1,`,
      ),
    );
    // The sample organisation's 21 interface addresses, and the node's.
    expect(run.stdout).toContain('Public IPs on network interfaces by suspicion (22):\n');
    expect(run.stdout).toMatch(
      /^35 public IPv4 addresses cost \$124\.10 a month \(1 BYOIP, free\)\./,
    );
  });

  it('asks for managed resources on every DescribeNetworkInterfaces call, at no extra call', async () => {
    aws = await startAwsStandIn({ fixture: eksAutoModeOrg(visibility) });
    await runCliWith(aws.env, ['run-multi-account']);
    const calls = aws.received.ec2.filter((r) => r.action === 'DescribeNetworkInterfaces');
    // One call an account-region: two accounts, two regions each, one page each.
    expect(calls.map((r) => `${r.account} ${r.region}`).sort()).toEqual([
      '111111111111 eu-west-1',
      '111111111111 us-east-1',
      '222222222222 eu-west-1',
      '222222222222 us-east-1',
    ]);
    for (const call of calls) {
      expect(call.params).toEqual({ IncludeManagedResources: 'true', MaxResults: '1000' });
    }
  });
});
