// Issue 22 in the bundles as they run: dist/cli.js and dist/index.js (with GitHub OIDC, whose
// session policy the AWS stand-in enforces) against the stand-in of reconcileOrg() on the wall
// clock: IPAM sampled an hour before the fixture was made, the stale address three days before.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerSessionPolicy, IPAM_SESSION_POLICY } from '../../src/aws/sessionPolicy.js';
import {
  HIDDEN_ADDRESS,
  RECONCILE_DISCOVERY,
  STALE_ADDRESS,
  reconcileOrg,
  sampledAt,
  staleSampledAt,
} from '../../test-support/aws/reconcileOrg.js';
import { SAMPLE_MANAGEMENT, SAMPLE_MEMBER } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import {
  startGitHubStandIn,
  type GitHubStandIn,
} from '../../test-support/github/startGitHubStandIn.js';
import { readReports } from '../integration/cliRunner.js';
import { NODE, runAction } from './runAction.js';

const exec = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '..', '..', 'dist', 'cli.js');

let aws: AwsStandIn;
let github: GitHubStandIn;
let root: string;
let now: Date;

beforeAll(async () => {
  now = new Date();
  aws = await startAwsStandIn({ fixture: reconcileOrg(now) });
  github = await startGitHubStandIn({ repo: 'acme/platform-infra' });
  root = await mkdtemp(path.join(tmpdir(), 'ipv4-audit-e2e-reconcile-'));
});
afterAll(async () => {
  await aws?.close();
  await github?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** The missed and stale rows, their age cut off (it grows while the test runs). */
function addressRows(csv: string | undefined): string[] {
  return (csv ?? '')
    .split('\n')
    .filter((l) => /,(missed|stale),/.test(l))
    .map((l) => l.replace(/,[\d.]+$/, ',AGE'));
}

const EXPECTED_ROWS = () => [
  `${SAMPLE_MANAGEMENT},us-east-1,address,,,,,,,,,${HIDDEN_ADDRESS},missed,ec2-public-ip,,,` +
    `eni-0a00000000000077,${sampledAt(now).toISOString()},AGE`,
  `${SAMPLE_MANAGEMENT},us-east-1,address,,,,,,,,,${STALE_ADDRESS},stale,ec2-public-ip,,,` +
    `eni-0a00000000000088,${staleSampledAt(now).toISOString()},AGE`,
];

describe('dist/cli.js with IPAM and the bill', () => {
  it('writes both reconciliation files and fails --max-ipam-missed 0 with exit 4', async () => {
    const out = path.join(root, 'cli');
    const failed = await exec(
      NODE,
      [
        CLI,
        'run-multi-account',
        '--ipam-resource-discovery-id',
        RECONCILE_DISCOVERY,
        '--ipam-account',
        SAMPLE_MEMBER,
        '--reconcile-billing',
        'true',
        '--max-ipam-missed',
        '0',
        '--output-path',
        out,
      ],
      { env: { PATH: process.env.PATH ?? '', ...aws.env } },
    ).catch((error: { code: number; stdout: string }) => error);
    expect(failed).toMatchObject({ code: 4 });
    const stdout = (failed as { stdout: string }).stdout;
    expect(stdout).toContain(`IPAM saw 1 address the scan missed:\n  ${HIDDEN_ADDRESS} (`);
    expect(stdout).toContain(
      '1 addresses IPAM sampled that the scan missed exceed --max-ipam-missed (0) by 1',
    );
    const reports = await readReports(out);
    expect(addressRows(reports.get('ipam_reconciliation.csv'))).toEqual(EXPECTED_ROWS());
    const billing = (reports.get('billing_reconciliation.csv') ?? '').trim().split('\n');
    expect(billing.map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      'AccountId,AccountName,Status,Reason,BillScope',
      `${SAMPLE_MANAGEMENT},Management,compared,,payer`,
      `${SAMPLE_MEMBER},Workloads,compared,,payer`,
    ]);
  });
});

describe('dist/index.js with IPAM and the bill, through GitHub OIDC', () => {
  it('sets the outputs, and every call is within the session policies', async () => {
    aws.received.webIdentity.length = 0;
    aws.received.assumeRole.length = 0;
    const run = await runAction({
      github,
      awsEnv: aws.env,
      root,
      inputs: {
        'upload-artifact': 'false',
        'role-to-assume': 'arn:aws:iam::111111111111:role/ipv4-audit-github',
        'ipam-resource-discovery-id': RECONCILE_DISCOVERY,
        'ipam-account': SAMPLE_MEMBER,
        'reconcile-billing': 'true',
      },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['ipam-missed-count']).toBe('1');
    // The last full month: 33 charged addresses, every hour of it, at $0.005.
    const lastMonthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1);
    const lastMonthHours =
      (Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - lastMonthStart) / 3_600_000;
    expect(run.outputs['billed-monthly-usd']).toBe((33 * lastMonthHours * 0.005).toFixed(2));
    expect(run.outputs['scan-error-count']).toBe('0');
    expect(addressRows(run.reports.get('ipam_reconciliation.csv'))).toEqual(EXPECTED_ROWS());
    expect(run.summary).toContain('**IPAM saw 1 address the scan missed.**');
    // The OIDC session carries the reconciliations' calls; the IPAM account's session IPAM's alone.
    expect(aws.received.webIdentity.map((c) => c.Policy)).toEqual([
      callerSessionPolicy(true, 'ipv4-audit-member', { ipam: true, billing: true }),
    ]);
    expect(
      aws.received.assumeRole.filter((c) => c.Policy === IPAM_SESSION_POLICY).map((c) => c.RoleArn),
    ).toEqual([`arn:aws:iam::${SAMPLE_MEMBER}:role/ipv4-audit-member`]);
  });
});
