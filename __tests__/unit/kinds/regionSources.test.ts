// The kinds read by calls of their own: the scan reads them through the call queue under their
// IAM action, makes their rows from the answers, and the session policy allows each action.
import type { EC2Client } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { READ_ACTIONS } from '../../../src/aws/sessionPolicy.js';
import { FINDING_KINDS } from '../../../src/kinds/findingKinds.js';
import { readSources, SOURCE_ACTIONS, sourcedFindings } from '../../../src/kinds/regionSources.js';
import { ACCOUNT, REGION, vpn } from '../analyze/builders.js';

describe('region sources', () => {
  it('are the kinds whose descriptor names a call, VPN connections today', () => {
    expect(FINDING_KINDS.filter((kind) => kind.source).map((kind) => kind.member)).toEqual([
      'vpnConnections',
    ]);
    expect(SOURCE_ACTIONS).toEqual(['ec2:DescribeVpnConnections']);
  });

  it('are allowed by the session policy', () => {
    for (const action of SOURCE_ACTIONS) expect(READ_ACTIONS).toContain(action);
  });

  it('are read through the call queue, each under its action; a failed call leaves no answer', async () => {
    const named: string[] = [];
    const answers = await readSources({} as EC2Client, (action) => {
      named.push(action);
      return Promise.resolve(undefined); // as the queue answers a call that failed
    });
    expect(named).toEqual(['ec2:DescribeVpnConnections']);
    expect(answers.size).toBe(0);
    expect(sourcedFindings(ACCOUNT, REGION, answers)).toEqual({ vpnConnections: [] });
  });

  it("make each kind's rows from its answer", () => {
    const answers = new Map([['ec2:DescribeVpnConnections', [vpn()]]]);
    expect(sourcedFindings(ACCOUNT, REGION, answers)).toEqual({
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
