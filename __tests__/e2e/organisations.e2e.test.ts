// The bundled action (dist/index.js, run as a runner runs it) on organisations people actually
// run: a Control Tower Region deny that forbids regions, an account that hides its managed
// interfaces, the iam/ templates' role, and a scan scoped to organizational units with GitHub
// OIDC (whose session policy the AWS stand-in enforces).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerSessionPolicy } from '../../src/aws/sessionPolicy.js';
import {
  EKS_NODE_ENI,
  EKS_NODE_IP,
  eksAutoModeOrg,
} from '../../test-support/aws/eksAutoModeOrg.js';
import type { OrgFixture } from '../../test-support/aws/fixture.js';
import {
  OU_WORKLOADS,
  organizationTreeOrg,
  TREE_DEV,
} from '../../test-support/aws/organizationTreeOrg.js';
import { regionDenyOrg } from '../../test-support/aws/regionDenyOrg.js';
import { SAMPLE_MEMBER } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import {
  startGitHubStandIn,
  type GitHubStandIn,
} from '../../test-support/github/startGitHubStandIn.js';
import { runAction, type ActionRun } from './runAction.js';

const ROLE = 'arn:aws:iam::111111111111:role/ipv4-audit-github';

let github: GitHubStandIn;
let root: string;
beforeAll(async () => {
  github = await startGitHubStandIn({ repo: 'acme/platform-infra' });
  root = await mkdtemp(path.join(tmpdir(), 'ipv4-audit-e2e-orgs-'));
});
afterAll(async () => {
  await github?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** One step of the action against a stand-in serving `fixture`. */
async function step(
  fixture: OrgFixture,
  inputs: Record<string, string>,
): Promise<ActionRun & { aws: AwsStandIn }> {
  const aws = await startAwsStandIn({ fixture });
  try {
    const run = await runAction({
      github,
      awsEnv: aws.env,
      root,
      inputs: { 'upload-artifact': 'false', ...inputs },
    });
    return { ...run, aws };
  } finally {
    await aws.close();
  }
}

/** The `::error::` lines of a step: what the job shows in red. */
const errors = (run: ActionRun) =>
  run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .map((line) => line.slice('::error::'.length));

describe('a Control Tower organisation whose Region deny forbids the member us-east-1', () => {
  it('passes a threshold gate, the denied account-region counted and reported apart', async () => {
    const run = await step(regionDenyOrg(), { 'max-high-suspicion': '100' });

    expect(run.code, run.stdout).toBe(0);
    expect(errors(run)).toEqual([]);
    expect(run.outputs).toMatchObject({
      coverage: '5/5 read, 1 denied by policy',
      'policy-denied-count': '1',
      'scan-error-count': '0',
      gate: 'passed',
    });
    expect(run.reports.get('policy_denied.csv')).toMatch(
      /^AccountId,Region,Policy,ExampleCall,Message\n222222222222,us-east-1,service control policy,ec2:DescribeNetworkInterfaces,You are not authorized to perform this operation\. User: arn:aws:sts::222222222222:assumed-role\/ipv4-audit-member\/aws-ipv4-audit is not authorized to perform: ec2:DescribeNetworkInterfaces with an explicit deny in a service control policy\. /,
    );
    expect(run.summary).toContain(
      "> **1** account-region is denied by an organisation policy (a service or resource control policy, such as Control Tower's Region deny control) and was not read. It is not a scan error, and passes the gate unless `fail-on-policy-denied` is true.",
    );
    expect(run.summary).toContain(
      '| 222222222222 | us-east-1 | service control policy | ec2:DescribeNetworkInterfaces |',
    );
    // A choice of the organisation is no warning in the job's annotations.
    expect(run.stdout).not.toMatch(/^::warning::/m);
  });

  it('fails the step with fail-on-policy-denied: true, naming the account-region', async () => {
    const run = await step(regionDenyOrg(), { 'fail-on-policy-denied': 'true' });

    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      'aws-ipv4-audit gate failed: 1 account-regions are denied by an organisation policy: ' +
        '222222222222 us-east-1 (service control policy). Scan only the regions the policies ' +
        "allow ('regions'), or set 'fail-on-policy-denied' to false to accept them",
    ]);
    expect(run.outputs).toMatchObject({
      coverage: '5/5 read, 1 denied by policy',
      'policy-denied-count': '1',
      gate: 'failed',
    });
  });

  it('fails the step when every region of the scan is denied, fail-on-scan-errors false or not', async () => {
    const run = await step(regionDenyOrg({ allowedRegions: [] }), {
      accounts: SAMPLE_MEMBER,
      'fail-on-scan-errors': 'false',
    });

    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      'aws-ipv4-audit gate failed: Nothing was scanned: no network interface or address could ' +
        'be read; 2 account-regions are denied by an organisation policy (222222222222 ' +
        'eu-west-1 (service control policy), 222222222222 us-east-1 (service control policy)). ' +
        "Scan the regions the organisation's policies allow ('regions')",
    ]);
    expect(run.outputs).toMatchObject({
      coverage: '1/1 read, 2 denied by policy',
      'policy-denied-count': '2',
      'public-ip-count': '0',
      gate: 'failed',
    });
  });
});

describe('an account that hides its managed resources (EKS Auto Mode)', () => {
  it("reports the node interface's public IP, asking for managed resources on the wire", async () => {
    const run = await step(eksAutoModeOrg('hidden'), {});

    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['public-ip-count']).toBe('22');
    const node = (run.reports.get('eni_public_ips.csv') ?? '')
      .split('\n')
      .filter((row) => row.includes(EKS_NODE_ENI));
    expect(node).toHaveLength(1);
    expect(node[0]?.startsWith(`${SAMPLE_MEMBER},eu-west-1,${EKS_NODE_ENI},${EKS_NODE_IP},`)).toBe(
      true,
    );
    // What the bundled SDK put on the wire, as the stand-in received it.
    const calls = run.aws.received.ec2.filter((r) => r.action === 'DescribeNetworkInterfaces');
    expect(calls).toHaveLength(4);
    for (const call of calls) expect(call.params.IncludeManagedResources).toBe('true');
  });
});

describe("the workloads OU, with GitHub OIDC and the templates' member role", () => {
  it('scans the accounts under the OU but the excluded one, within the session policy', async () => {
    const run = await step(organizationTreeOrg(), {
      'role-to-assume': ROLE,
      'organizational-units': OU_WORKLOADS,
      'exclude-accounts': TREE_DEV,
    });

    expect(run.code, run.stdout).toBe(0);
    // The OIDC session's policy allows the OU calls, and the stand-in enforces it.
    expect(run.aws.received.webIdentity.map((c) => c.Policy)).toEqual([
      callerSessionPolicy(true, 'ipv4-audit-member'),
    ]);
    expect(run.aws.received.assumeRole.map((c) => c.RoleArn)).toEqual([
      'arn:aws:iam::222222222222:role/ipv4-audit-member',
    ]);
    expect(run.reports.get('unchecked_accounts.csv')).toBe(
      `AccountId,Name,Status\n${TREE_DEV},Dev,excluded\n`,
    );
    // The member's two regions and its Global Accelerator listing.
    expect(run.outputs).toMatchObject({ coverage: '3/3', 'policy-denied-count': '0' });
  });

  it('fails before any AWS call on a malformed OU id', async () => {
    const run = await step(organizationTreeOrg(), { 'organizational-units': 'ou-workloads' });

    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      "Invalid input 'organizational-units': 'ou-workloads' is not an organizational unit id (ou-xxxx-xxxxxxxx) or a root id (r-xxxx)",
    ]);
    expect(run.aws.counters.total()).toBe(0);
  });
});
