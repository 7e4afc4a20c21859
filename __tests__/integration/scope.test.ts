// Real audits cover part of an organisation: the workloads OU, everything but the sandbox, all
// but two accounts a vendor manages. Through the CLI against the AWS stand-in's OU tree: the
// accounts under OUs (nested ones included) at two Organizations calls per OU, exclusions
// reported as `excluded`, every id checked before any AWS call.
import { describe, expect, it } from 'vitest';
import {
  OU_DEV,
  OU_PROD,
  OU_SANDBOX,
  OU_WORKLOADS,
  organizationTreeOrg,
  TREE_DEV,
  TREE_EXPERIMENTS,
  TREE_ROOT,
} from '../../test-support/aws/organizationTreeOrg.js';
import { runCliWith, type CliRun } from './cliRunner.js';
import { standInSuite } from './standInSuite.js';

const suite = standInSuite(organizationTreeOrg, 'scope');

/** Accounts the scan entered, from report.json. */
const scanned = (run: CliRun) =>
  (JSON.parse(run.files.get('report.json') ?? '{}') as { coverage: { accountsScanned: string[] } })
    .coverage.accountsScanned;
/** Organizations calls by action and parent. */
const treeCalls = () =>
  suite.aws.counters
    .snapshot()
    .filter((r) => r.service === 'organizations')
    .reduce<Record<string, number>>(
      (n, r) => ({ ...n, [r.action]: (n[r.action] ?? 0) + r.attempts }),
      {},
    );

describe('organizational units', () => {
  it('scans the ACTIVE accounts under an OU, nested OUs included, at two calls per OU', async () => {
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--organizational-units',
      OU_WORKLOADS,
    ]);

    expect(run.code, run.stderr).toBe(0);
    expect(scanned(run)).toEqual(['222222222222', TREE_DEV]);
    expect(run.files.get('unchecked_accounts.csv')).toBe('AccountId,Name,Status\n');
    // Workloads, Prod and Dev: one ListAccountsForParent and one ListChildren each.
    expect(treeCalls()).toEqual({ ListAccountsForParent: 3, ListChildren: 3 });
    expect(run.stderr).toContain(
      `Organizational units ${OU_WORKLOADS}: 2 active account(s), 0 not active\n`,
    );
  });

  it('takes several OUs and the root, reading each OU once, and reports the not ACTIVE', async () => {
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--organizational-units',
      `${OU_SANDBOX},${OU_PROD},${TREE_ROOT}`,
    ]);

    expect(run.code, run.stderr).toBe(0);
    expect(scanned(run)).toEqual(['111111111111', '222222222222', TREE_DEV, TREE_EXPERIMENTS]);
    expect(run.files.get('unchecked_accounts.csv')).toBe(
      'AccountId,Name,Status\n333333333333,Sandbox (suspended),SUSPENDED\n',
    );
    // The root and its four OUs, each once though two were named besides the root.
    expect(treeCalls()).toEqual({ ListAccountsForParent: 5, ListChildren: 5 });
  });

  it('an OU the organisation does not have: exit 2, naming the flag and the OU', async () => {
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--organizational-units',
      `${OU_DEV},ou-exam-zzzzzzzz`,
    ]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "aws-ipv4-audit: --organizational-units: 'ou-exam-zzzzzzzz' is not a root or organizational " +
        "unit of the organisation (ParentNotFoundException: We can't find a root or OU with the " +
        'ParentId that you specified.)\n',
    );
    expect(suite.aws.counters.total({ action: 'AssumeRole' })).toBe(0);
  });

  it('refuses a malformed id before any AWS call', async () => {
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--organizational-units',
      'ou-workloads',
    ]);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "aws-ipv4-audit: --organizational-units: 'ou-workloads' is not an organizational unit id (ou-xxxx-xxxxxxxx) or a root id (r-xxxx)\n",
    );
    expect(suite.aws.counters.total()).toBe(0);
  });
});

describe('exclusions', () => {
  it('leaves excluded accounts out and lists them as excluded; warns about one that matches nothing', async () => {
    suite.aws.received.assumeRole.length = 0;
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--organizational-units',
      TREE_ROOT,
      '--exclude-accounts',
      `${TREE_EXPERIMENTS},222222222222,999999999999`,
    ]);

    expect(run.code, run.stderr).toBe(0);
    expect(scanned(run)).toEqual(['111111111111', TREE_DEV]);
    expect(run.files.get('unchecked_accounts.csv')).toBe(
      'AccountId,Name,Status\n' +
        '222222222222,Workloads,excluded\n' +
        '333333333333,Sandbox (suspended),SUSPENDED\n' +
        `${TREE_EXPERIMENTS},Experiments,excluded\n`,
    );
    expect(run.stderr).toContain(
      'warning: exclude-accounts: 999999999999 is not one of the accounts to scan; it excludes nothing\n',
    );
    expect(run.stdout).toContain('3 accounts are not scanned (1 not ACTIVE, 2 excluded): ');
    // Not even entered.
    expect(suite.aws.received.assumeRole.map((r) => r.RoleArn)).toEqual([
      `arn:aws:iam::${TREE_DEV}:role/OrganizationAccountAccessRole`,
    ]);
  });

  it('excludes accounts from the whole organisation too (ListAccounts)', async () => {
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--exclude-accounts',
      '111111111111',
    ]);

    expect(run.code, run.stderr).toBe(0);
    expect(scanned(run)).toEqual(['222222222222', TREE_DEV, TREE_EXPERIMENTS]);
    expect(run.files.get('unchecked_accounts.csv')).toContain('111111111111,Management,excluded\n');
    expect(treeCalls()).toEqual({ ListAccounts: 1 });
  });

  it('leaves excluded regions out of every account, and warns about one no account has', async () => {
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--exclude-regions',
      'eu-west-1,ap-south-1',
    ]);

    expect(run.code, run.stderr).toBe(0);
    const targets = (
      JSON.parse(run.files.get('report.json') ?? '{}') as {
        coverage: { targets: { accountId: string; region: string }[] };
      }
    ).coverage.targets;
    expect([...new Set(targets.map((t) => t.region))]).toEqual(['us-east-1']);
    expect(suite.aws.counters.total({ region: 'eu-west-1' })).toBe(0);
    expect(run.stderr).toContain(
      'warning: exclude-regions: ap-south-1 is not enabled in any scanned account; it excludes nothing\n',
    );
    expect(run.stderr).not.toContain('eu-west-1 is not enabled');
  });
});
