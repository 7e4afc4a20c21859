// Endpoints that accept a request and never answer it (issue 11): each call fails after its
// request time-out and a few attempts, the scan goes on, and what was lost is listed. A short
// --request-timeout keeps these runs quick; vitest's own time-out is the proof nothing hangs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_REPORTS } from '../../__fixtures__/reportFiles.js';
import { SAMPLE_MANAGEMENT, sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { startSilentServer } from '../../test-support/aws/startSilentServer.js';
import { runCliWith } from './cliRunner.js';
import { standInSuite } from './standInSuite.js';

const GOLDEN = path.join(import.meta.dirname, 'golden', 'sample');

/** The scan's EC2 call chains for one account-region, as scan_errors.csv names them. */
const REGION_APIS = [
  'DescribeAddresses',
  'DescribeNetworkInterfaces',
  'DescribeRouteTables',
  'DescribeSecurityGroupRules',
  'DescribeSubnets',
  'DescribeVpnConnections',
];

const suite = standInSuite(sampleOrg, 'timeouts');

describe('one account-region that never answers', () => {
  it('is listed in scan_errors.csv, every other report is complete, and the CLI exits 3', async () => {
    suite.aws.setFaults({ hang: [{ account: SAMPLE_MANAGEMENT, region: 'eu-west-1' }] });
    const run = await runCliWith(suite.aws.env, ['run-multi-account', '--request-timeout', '1']);

    expect(run.code).toBe(3);
    expect(run.files.get('scan_errors.csv')).toBe(
      'AccountId,Region,Api,ErrorCode,Message\n' +
        REGION_APIS.map(
          (api) =>
            `111111111111,eu-west-1,ec2:${api},TimeoutError,Timed out after 1 s waiting for an answer (3 attempts)\n`,
        ).join(''),
    );
    for (const name of CSV_REPORTS.filter((n) => n !== 'scan_errors.csv')) {
      const golden = await readFile(path.join(GOLDEN, name), 'utf8');
      const expected = golden
        .split('\n')
        .filter((row) => !row.startsWith('111111111111,eu-west-1,'))
        .join('\n');
      expect(run.files.get(name), name).toBe(expected);
    }
  });

  it('tries each hung call exactly 3 times', async () => {
    suite.aws.setFaults({ hang: [{ account: SAMPLE_MANAGEMENT, region: 'eu-west-1' }] });
    await runCliWith(suite.aws.env, ['run-single-account', '--request-timeout', '1']);

    const rows = suite.aws.counters.snapshot({ account: SAMPLE_MANAGEMENT, region: 'eu-west-1' });
    expect(rows.map((r) => [r.action, r.attempts, r.hung])).toEqual(
      REGION_APIS.map((api) => [api, 3, 3]),
    );
  });
});

describe('an endpoint that accepts and never answers', () => {
  it('ends the CLI with exit 1 and one line naming sts:GetCallerIdentity and the time-out', async () => {
    const silent = await startSilentServer();
    try {
      const run = await runCliWith({ ...suite.aws.env, AWS_ENDPOINT_URL: silent.url }, [
        'run-single-account',
        '--regions',
        'us-east-1',
        '--request-timeout',
        '1',
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        "aws-ipv4-audit: Could not get the caller's identity (sts:GetCallerIdentity): TimeoutError: Timed out after 1 s waiting for an answer (3 attempts)\n",
      );
      // Each attempt gives up its connection; the next opens a new one.
      expect(silent.connections()).toBe(3);
      expect(run.files.size).toBe(0);
    } finally {
      await silent.close();
    }
  });
});

describe('an answer that stops after its headers', () => {
  it('times out too: the socket idle time-out covers what the request time-out does not', async () => {
    const stalled = await startSilentServer(
      'HTTP/1.1 200 OK\r\ncontent-type: text/xml\r\ncontent-length: 500\r\n\r\n<GetCallerIdentityResponse>',
    );
    try {
      const run = await runCliWith({ ...suite.aws.env, AWS_ENDPOINT_URL: stalled.url }, [
        'run-single-account',
        '--request-timeout',
        '1',
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        "aws-ipv4-audit: Could not get the caller's identity (sts:GetCallerIdentity): TimeoutError: Timed out after 1 s waiting for an answer (3 attempts)\n",
      );
      expect(stalled.connections()).toBe(3);
    } finally {
      await stalled.close();
    }
  });
});

describe('an answer that trickles in after its headers', () => {
  it('is cut off at twice the request time-out, listed, and the rest of the scan completes', async () => {
    suite.aws.setFaults({
      trickle: [
        {
          account: SAMPLE_MANAGEMENT,
          region: 'eu-west-1',
          action: 'DescribeSubnets',
          intervalMs: 100,
        },
      ],
    });
    const run = await runCliWith(suite.aws.env, ['run-multi-account', '--request-timeout', '1']);

    expect(run.code).toBe(3);
    expect(run.files.get('scan_errors.csv')).toBe(
      'AccountId,Region,Api,ErrorCode,Message\n' +
        '111111111111,eu-west-1,ec2:DescribeSubnets,TimeoutError,Timed out after 2 s: the answer was still arriving (3 attempts)\n',
    );
    const rows = suite.aws.counters.snapshot({ account: SAMPLE_MANAGEMENT, region: 'eu-west-1' });
    expect(rows.find((r) => r.action === 'DescribeSubnets')?.attempts).toBe(3);
    // Only the subnets were lost: every address is still listed, as the golden run has it.
    const golden = await readFile(path.join(GOLDEN, 'eni_public_ips.csv'), 'utf8');
    expect(run.files.get('eni_public_ips.csv')).toBe(golden);
  });
});
