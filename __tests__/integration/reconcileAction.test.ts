// Issue 22 through the action's run() against the AWS stand-in of reconcileOrg(): the outputs,
// the job summary, the reports and the gate, with the member role reaching the IPAM account. The
// clock is RECONCILE_NOW (only Date is faked).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import {
  HIDDEN_ADDRESS,
  RECONCILE_DISCOVERY,
  RECONCILE_NOW,
  STALE_ADDRESS,
  reconcileOrg,
} from '../../test-support/aws/reconcileOrg.js';
import { SAMPLE_MANAGEMENT, SAMPLE_MEMBER } from '../../test-support/aws/sampleOrg.js';
import { fakeCore } from './fakeCore.js';
import { standInSuite } from './standInSuite.js';

const suite = standInSuite(reconcileOrg, 'reconcile-action');
const saved = { ...process.env };

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: RECONCILE_NOW });
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, suite.aws.env);
});
afterAll(() => {
  vi.useRealTimers();
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

async function report(dir: string, name: string): Promise<string> {
  const file = (await readdir(dir)).find((f) => f.endsWith(`_${name}`));
  if (!file) throw new Error(`no ${name} in ${dir}`);
  return readFile(path.join(dir, file), 'utf8');
}

const INPUTS = {
  'upload-artifact': 'false',
  'ipam-resource-discovery-id': RECONCILE_DISCOVERY,
  'ipam-account': SAMPLE_MEMBER,
  'reconcile-billing': 'true',
};

describe('the action with IPAM and the bill', () => {
  it('sets ipam-missed-count and billed-monthly-usd, and says both in the job summary', async () => {
    const outputPath = path.join(suite.scratch, 'ok');
    const { core, seen } = fakeCore({ ...INPUTS, 'output-path': outputPath });
    await run(core);

    expect(seen.failed).toEqual([]);
    expect(seen.outputs['ipam-missed-count']).toBe('1');
    // February 2025: 33 charged addresses x 672 hours x $0.005.
    expect(seen.outputs['billed-monthly-usd']).toBe('110.88');
    expect(seen.summary).toContain('**IPAM saw 1 address the scan missed.**');
    expect(seen.summary).toContain(
      `- ${HIDDEN_ADDRESS} (\`ec2-public-ip\`, ${SAMPLE_MANAGEMENT} \`us-east-1\`, \`eni-0a00000000000077\`)`,
    );
    expect(seen.summary).toContain(
      '**The bill: billed 1,296 address-hours more than the scan explains, in 1 account.**',
    );
    const ipam = (await report(outputPath, 'ipam_reconciliation.csv')).split('\n');
    expect(ipam).toContain(
      `${SAMPLE_MANAGEMENT},us-east-1,address,,,,,,,,,${HIDDEN_ADDRESS},missed,ec2-public-ip,,,` +
        'eni-0a00000000000077,2025-03-10T11:00:00.000Z,1',
    );
    expect(ipam).toContain(
      `${SAMPLE_MANAGEMENT},us-east-1,address,,,,,,,,,${STALE_ADDRESS},stale,ec2-public-ip,,,` +
        'eni-0a00000000000088,2025-03-07T12:00:00.000Z,72',
    );
    const billing = (await report(outputPath, 'billing_reconciliation.csv')).split('\n');
    expect(billing[2]).toBe(
      `${SAMPLE_MEMBER},Workloads,compared,,payer,2025-02-01,12768,672,63.84,19,2025-03-01,` +
        '2025-03-10,5400,216,27.00,25,19,1,1296,true,true',
    );
    // The IPAM account is reached with its own session: the IPAM call alone.
    const ipamSessions = suite.aws.received.assumeRole.filter((r) =>
      String(r.Policy ?? '').includes('GetIpamDiscoveredPublicAddresses'),
    );
    expect(ipamSessions.map((r) => r.RoleArn)).toEqual([
      `arn:aws:iam::${SAMPLE_MEMBER}:role/ipv4-audit-member`,
    ]);
  });

  it('fails the step on max-ipam-missed, and fails closed when IPAM cannot be read', async () => {
    const gate = fakeCore({
      ...INPUTS,
      'output-path': path.join(suite.scratch, 'gate'),
      'max-ipam-missed': '0',
    });
    await run(gate.core);
    expect(gate.seen.failed).toEqual([
      "aws-ipv4-audit gate failed: 1 addresses IPAM sampled that the scan missed exceed 'max-ipam-missed' (0) by 1: " +
        `${HIDDEN_ADDRESS} (ec2-public-ip, ${SAMPLE_MANAGEMENT} us-east-1)`,
    ]);

    suite.aws.setFaults({
      failNext: [
        {
          action: 'GetIpamDiscoveredPublicAddresses',
          code: 'InvalidIpamResourceDiscoveryId.NotFound',
          times: 100,
        },
      ],
    });
    const closed = fakeCore({
      ...INPUTS,
      'output-path': path.join(suite.scratch, 'closed'),
      'max-ipam-missed': '10',
    });
    await run(closed.core);
    expect(closed.seen.outputs['ipam-missed-count']).toBe('0');
    expect(closed.seen.outputs['scan-error-count']).toBe('2');
    expect(closed.seen.outputs.gate).toBe('failed');
    expect(closed.seen.failed).toEqual([
      "aws-ipv4-audit gate failed: IPAM could not be read in 2 region(s) (eu-west-1, us-east-1; see scan_errors.csv): the addresses the scan missed there are unknown; 'max-ipam-missed' (10) does not pass on what it could not check",
    ]);
    expect(closed.seen.summary).toContain(
      'IPAM could not be read in 2 regions (`eu-west-1`, `us-east-1`): what the scan missed there is unknown (scan_errors.csv).',
    );
  });
});
