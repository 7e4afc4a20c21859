// The scan engine end to end through the CLI, with the real SDK clients talking to the AWS
// stand-in over HTTP: the sample organisation's exact reports, coverage rows for every kind of
// failure, retries under throttling, what STS received, and that no credential leaks.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SESSION_POLICY } from '../../src/aws/sessionPolicy.js';
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { runCliWith } from './cliRunner.js';
import { standInSuite } from './standInSuite.js';
import { ALL_REPORTS, CSV_REPORTS } from '../../__fixtures__/reportFiles.js';

const GOLDEN = path.join(import.meta.dirname, 'golden', 'sample');
const HEADER = {
  scanErrors: 'AccountId,Region,Api,ErrorCode,Message\n',
};

const suite = standInSuite(sampleOrg, 'scan');

async function golden(name: string): Promise<string> {
  return readFile(path.join(GOLDEN, name), 'utf8');
}

describe('run-multi-account on the sample organisation', () => {
  it('writes the expected reports and exits 0', async () => {
    const run = await runCliWith(suite.aws.env, ['run-multi-account']);
    expect(run.stderr).not.toMatch(/warning:/);
    expect(run.code).toBe(0);
    expect([...run.files.keys()]).toEqual([...ALL_REPORTS].sort((a, b) => (a < b ? -1 : 1)));
    for (const name of CSV_REPORTS) {
      // UPDATE_GOLDEN=1 rewrites the files after a deliberate change; review their diff.
      if (process.env.UPDATE_GOLDEN)
        await writeFile(path.join(GOLDEN, name), run.files.get(name) ?? '');
      expect(run.files.get(name), name).toBe(await golden(name));
    }
    expect(run.stdout).toContain('Public IPs on network interfaces by suspicion (21):\n');
    // 33 charged addresses (21 on interfaces, 2 unassociated EIPs, 2 VPN, 8 accelerator) x 3.65,
    // of which the 6 HIGH addresses and the 2 charged unassociated EIPs could be saved.
    expect(run.stdout).toMatch(
      /^34 public IPv4 addresses cost \$120\.45 a month \(1 BYOIP, free\)\.\nReleasing the unnecessary ones would save up to \$29\.20 a month\.\n/,
    );
  });

  it('writes every recommended command into remediation.sh, grouped, each line commented out', async () => {
    const run = await runCliWith(suite.aws.env, ['run-multi-account']);
    const script = run.files.get('remediation.sh') ?? '';
    // The scan time is the one line that changes from run to run.
    const stable = script.replace(/scan of \S+\./, 'scan of SCAN_TIME.');
    if (process.env.UPDATE_GOLDEN) await writeFile(path.join(GOLDEN, 'remediation.sh'), stable);
    expect(stable).toBe(await golden('remediation.sh'));
    const [shebang, ...rest] = script.trimEnd().split('\n');
    expect(shebang).toBe('#!/bin/sh');
    expect(rest.filter((line) => !line.startsWith('#'))).toEqual([]);
    // Each command is in it exactly as the CSV's Command column gives it.
    const commands = [...(run.files.get('eni_public_ips.csv') ?? '').matchAll(/aws ec2 [^,"]+/g)];
    for (const [command] of commands) {
      for (const part of command.split(' && ')) expect(script).toContain(`\n# ${part}\n`);
    }
  });

  it('assumes each member role once, with the read-only session policy and session name', async () => {
    suite.aws.received.assumeRole.length = 0;
    await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--role-name',
      'Ipv4AuditMember',
      '--external-id',
      'ext-7',
    ]);
    expect(suite.aws.received.assumeRole).toEqual([
      {
        callerAccount: '111111111111',
        RoleArn: 'arn:aws:iam::222222222222:role/Ipv4AuditMember',
        RoleSessionName: 'aws-ipv4-audit',
        ExternalId: 'ext-7',
        Policy: SESSION_POLICY,
        DurationSeconds: 3600,
      },
    ]);
    expect(JSON.parse(SESSION_POLICY).Statement[0].Action).toContain(
      'ec2:GetManagedPrefixListEntries',
    );
  });

  it('calls each API once per account-region, never DescribePrefixLists', async () => {
    await runCliWith(suite.aws.env, ['run-multi-account', '--regions', 'us-east-1']);
    const rows = suite.aws.counters.snapshot({ account: '111111111111', region: 'us-east-1' });
    const byAction = Object.fromEntries(rows.map((r) => [r.action, r.attempts]));
    expect(byAction).toMatchObject({
      DescribeAddresses: 1,
      DescribeNetworkInterfaces: 1,
      DescribeSubnets: 1,
      DescribeRouteTables: 1,
      DescribeSecurityGroupRules: 1,
      DescribeVpnConnections: 1,
    });
    expect(byAction.DescribePrefixLists).toBeUndefined();
    expect(byAction.GetManagedPrefixListEntries).toBeGreaterThanOrEqual(1);
  });
});

describe('coverage: every failure is a row, the scan goes on', () => {
  it('a denied member role, an UnauthorizedOperation in one region, and a SUSPENDED account', async () => {
    suite.aws.setFaults({
      assumeRoleDenied: ['222222222222'],
      deny: [
        { account: '111111111111', region: 'eu-west-1', action: 'DescribeSecurityGroupRules' },
      ],
    });
    const run = await runCliWith(suite.aws.env, ['run-multi-account']);
    expect(run.code).toBe(3);
    expect(run.files.get('scan_errors.csv')).toBe(
      HEADER.scanErrors +
        '111111111111,eu-west-1,ec2:DescribeSecurityGroupRules,UnauthorizedOperation,You are not authorized to perform this operation.\n' +
        '222222222222,global,sts:AssumeRole,AccessDenied,User: arn:aws:iam::111111111111:user/audit is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/OrganizationAccountAccessRole\n',
    );
    expect(run.files.get('unchecked_accounts.csv')).toBe(
      'AccountId,Name,Status\n333333333333,Sandbox (suspended),SUSPENDED\n',
    );
    // The region whose security groups could not be read is not judged; us-east-1 still is.
    const eni = run.files.get('eni_public_ips.csv') ?? '';
    const euRows = eni.split('\n').filter((l) => l.includes(',eu-west-1,'));
    expect(euRows).toHaveLength(1);
    expect(euRows[0]).toContain(
      ',UNKNOWN,Security groups not assessed: DescribeSecurityGroupRules failed.,',
    );
    expect(eni).toContain(',us-east-1,eni-0a00000000000003,54.210.10.4,');
    // Nothing was scanned as 222222222222; its shared-subnet ENI is still seen from the VPC owner.
    const rows = eni.trim().split('\n').slice(1);
    expect(rows.filter((l) => l.split(',')[10] === '222222222222')).toHaveLength(0);
    expect(rows.filter((l) => l.startsWith('222222222222,'))).toEqual([
      '222222222222,us-east-1,eni-0b00000000000010,44.192.10.10,vpc-0a1b2c3d4e5f60001,subnet-0a0000000000000a5,EC2 Instance,Public IP,UNKNOWN,Security groups not assessed: sg-0b00000000000bb01 belongs to account 222222222222.,ec2,i-0b00000000000010,,111111111111,10.0.5.20,true,,amazon,false,i-0b00000000000010,,,,,3.65,false,',
    ]);
  });

  it('reports identical to the fault-free run when 30% of EC2 calls are throttled', async () => {
    const clean = await runCliWith(suite.aws.env, ['run-multi-account']);
    suite.aws.resetCounters();
    suite.aws.setFaults({ throttleRate: 0.3, seed: 7 });
    const throttled = await runCliWith(suite.aws.env, ['run-multi-account']);
    expect(throttled.code).toBe(0);
    const throttles = suite.aws.counters.snapshot().reduce((n, r) => n + r.throttled, 0);
    expect(throttles).toBeGreaterThan(5);
    for (const name of CSV_REPORTS) {
      expect(throttled.files.get(name), name).toBe(clean.files.get(name));
    }
  });

  it('a 5xx that outlives the retries becomes a row', async () => {
    suite.aws.setFaults({
      failNext: [
        {
          action: 'DescribeVpnConnections',
          code: 'InternalError',
          times: 100,
          account: '111111111111',
          region: 'us-east-1',
        },
      ],
    });
    const run = await runCliWith(suite.aws.env, ['run-multi-account', '--regions', 'us-east-1']);
    expect(run.code).toBe(3);
    expect(run.files.get('scan_errors.csv')).toMatch(
      /^AccountId,Region,Api,ErrorCode,Message\n111111111111,us-east-1,ec2:DescribeVpnConnections,InternalError,/,
    );
    expect(run.files.get('vpn_connections.csv')).toBe(
      'AccountId,Region,ConnectionId,Address1,Address2,State,MonthlyCostUsd\n',
    );
  });

  it('ListAccounts denied without --accounts is one clear error, before any scan', async () => {
    const member = suite.aws.credentialsFor('222222222222');
    const run = await runCliWith(
      {
        ...suite.aws.env,
        AWS_ACCESS_KEY_ID: member.accessKeyId,
        AWS_SECRET_ACCESS_KEY: member.secretAccessKey,
      },
      ['run-multi-account'],
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /aws-ipv4-audit: Organizations ListAccounts failed: AccessDeniedException: .* Run from the management account or a delegated administrator account, or name the accounts to scan with 'accounts' \(--accounts\)\.\n$/,
    );
    expect(run.files.size).toBe(0);
  });

  it('scans an explicit account list from a member account', async () => {
    const member = suite.aws.credentialsFor('222222222222');
    const run = await runCliWith(
      {
        ...suite.aws.env,
        AWS_ACCESS_KEY_ID: member.accessKeyId,
        AWS_SECRET_ACCESS_KEY: member.secretAccessKey,
      },
      ['run-multi-account', '--accounts', '222222222222'],
    );
    expect(run.code).toBe(0);
    expect(suite.aws.counters.total({ action: 'ListAccounts' })).toBe(0);
    expect(suite.aws.counters.total({ action: 'AssumeRole' })).toBe(0);
    expect(run.files.get('global_accelerators.csv')?.split('\n').length).toBeGreaterThan(2);
  });
});

describe('credentials never leak', () => {
  it('keeps static and assumed keys out of reports, stdout and stderr', async () => {
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--access-key-id',
      suite.aws.env.AWS_ACCESS_KEY_ID ?? '',
      '--secret-key',
      suite.aws.env.AWS_SECRET_ACCESS_KEY ?? '',
    ]);
    expect(run.code).toBe(0);
    const everything = [run.stdout, run.stderr, ...run.files.values()].join('\n');
    expect(everything).not.toContain(suite.aws.env.AWS_SECRET_ACCESS_KEY);
    expect(everything).not.toContain(suite.aws.env.AWS_ACCESS_KEY_ID);
    expect(everything).not.toMatch(/ASIA\d{12}/);
  });
});

describe('input errors exit 2 with one line, before any AWS call', () => {
  it.each([
    [
      ['run-single-account', '--regions', 'us-east-9'],
      "aws-ipv4-audit: --regions: unknown region 'us-east-9'\n",
    ],
    [
      ['run-single-account', '--access-key-id', 'AKIAX'],
      "aws-ipv4-audit: --secret-key: must be given with 'access-key-id'\n",
    ],
    [
      ['run-multi-account', '--accounts', '1234'],
      "aws-ipv4-audit: --accounts: '1234' is not a 12-digit AWS account id\n",
    ],
    [
      ['run-single-account', '--bogus', 'x'],
      'aws-ipv4-audit: --bogus: unknown flag (every flag of run-single-account: aws-ipv4-audit run-single-account --help)\n',
    ],
  ])('%j', async (args, message) => {
    suite.aws.resetCounters();
    const run = await runCliWith(suite.aws.env, args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(message);
    expect(suite.aws.counters.total()).toBe(0);
  });
});

describe('no usable credentials', () => {
  it('stops with one line that names the failed step', async () => {
    const run = await runCliWith(
      { ...suite.aws.env, AWS_ACCESS_KEY_ID: 'AKIAUNKNOWNKEY', AWS_SECRET_ACCESS_KEY: 'x' },
      ['run-single-account'],
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^aws-ipv4-audit: Could not get the caller's identity \(sts:GetCallerIdentity\): InvalidClientTokenId: .+\n$/,
    );
    expect(run.files.size).toBe(0);
  });
});

describe('many failures', () => {
  it('warns for the first ten, logs the rest, and lists every one in scan_errors.csv', async () => {
    const actions = [
      'DescribeAddresses',
      'DescribeSubnets',
      'DescribeVpnConnections',
      'DescribeRouteTables',
    ];
    suite.aws.setFaults({ deny: actions.map((action) => ({ action })) });
    const run = await runCliWith(suite.aws.env, ['run-multi-account']);
    expect(run.code).toBe(3);
    // 4 actions x 4 account-regions.
    expect(run.files.get('scan_errors.csv')?.trim().split('\n')).toHaveLength(1 + 16);
    const warnings = run.stderr.split('\n').filter((l) => l.startsWith('warning: '));
    expect(warnings).toHaveLength(11);
    expect(warnings.at(-1)).toBe(
      'warning: 6 more AWS calls failed (16 in all); every failure is listed in scan_errors.csv',
    );
  });
});

describe('regions', () => {
  it('a named region an account has not enabled is one row, and the enabled ones are scanned', async () => {
    const run = await runCliWith(suite.aws.env, [
      'run-single-account',
      '--regions',
      'ap-east-1,us-east-1',
    ]);
    expect(run.code).toBe(3);
    expect(run.files.get('scan_errors.csv')).toBe(
      'AccountId,Region,Api,ErrorCode,Message\n111111111111,ap-east-1,ec2:DescribeRegions,OptInRequired,Region ap-east-1 is not enabled for account 111111111111.\n',
    );
    expect(suite.aws.counters.total({ region: 'ap-east-1' })).toBe(0);
    expect(run.stdout).toContain(
      'Partial scan: 2 of 3 account-regions read completely, in 1 account; 1 call failed.\n',
    );
  });
});
