// The bundled CLI, dist/cli.js, as an operator runs it: a child process with the SDK's endpoint
// variables pointing at the AWS stand-in.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import { readReports } from '../integration/cliRunner.js';
import { NODE } from './runAction.js';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const GOLDEN = path.resolve(import.meta.dirname, '..', 'integration', 'golden', 'sample');

let aws: AwsStandIn;
let out: string;

beforeAll(async () => {
  aws = await startAwsStandIn({ fixture: sampleOrg() });
  out = await mkdtemp(path.join(tmpdir(), 'ipv4-audit-cli-'));
});
afterAll(async () => {
  await aws?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

/** The rows of a golden report for one account and region, header first. */
async function goldenRows(name: string, account: string, region: string): Promise<string[]> {
  const [header, ...rows] = (await readFile(path.join(GOLDEN, name), 'utf8')).trim().split('\n');
  return [header ?? '', ...rows.filter((r) => r.startsWith(`${account},${region},`))];
}

describe('dist/cli.js', () => {
  it('run-single-account --regions us-east-1 writes the demo reports for that region', async () => {
    const { stdout } = await run(
      NODE,
      [CLI, 'run-single-account', '--regions', 'us-east-1', '--output-path', path.join(out, 'a/')],
      { env: { PATH: process.env.PATH ?? '', ...aws.env } },
    );
    expect(stdout).toContain(
      'Coverage: 2 of 2 account-regions read completely, in 1 account; no scan errors.\n',
    );
    const reports = await readReports(path.join(out, 'a'));
    for (const name of ['associated_eips.csv', 'unassociated_eips.csv', 'vpn_connections.csv']) {
      expect(reports.get(name)?.trim().split('\n'), name).toEqual(
        await goldenRows(name, '111111111111', 'us-east-1'),
      );
    }
    const eni = reports.get('eni_public_ips.csv')?.trim().split('\n') ?? [];
    expect(eni.filter((r) => !r.startsWith('222222222222,'))).toEqual(
      await goldenRows('eni_public_ips.csv', '111111111111', 'us-east-1'),
    );
    // Alone, the VPC owner cannot read the participant's groups: not assessed, not HIGH.
    expect(eni.filter((r) => r.startsWith('222222222222,'))).toEqual([
      '222222222222,us-east-1,eni-0b00000000000010,44.192.10.10,vpc-0a1b2c3d4e5f60001,subnet-0a0000000000000a5,EC2 Instance,Public IP,UNKNOWN,Security groups not assessed: sg-0b00000000000bb01 belongs to account 222222222222.,ec2,i-0b00000000000010,,111111111111,10.0.5.20,true,,amazon,false,i-0b00000000000010,,,,,3.65,false,',
    ]);
  });

  it('exits 2 with one line naming the flag and value, before any AWS call', async () => {
    aws.resetCounters();
    const failed = await run(NODE, [CLI, 'run-single-account', '--regions', 'us-east-9'], {
      env: { PATH: process.env.PATH ?? '', ...aws.env },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/aws-ipv4-audit: --regions: unknown region 'us-east-9'\n$/),
    });
    expect(aws.counters.total()).toBe(0);
  });

  it('with no command, prints the usage on stderr and exits 2', async () => {
    const failed = await run(NODE, [CLI], { env: { PATH: process.env.PATH ?? '' } }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 2, stdout: '' });
    expect((failed as { stderr: string }).stderr).toMatch(/^Usage: aws-ipv4-audit <command>/);
  });

  it('quotes a negative number given to a numeric flag', async () => {
    const failed = await run(NODE, [CLI, 'run-single-account', '--max-high-suspicion', '-3'], {
      env: { PATH: process.env.PATH ?? '', ...aws.env },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /aws-ipv4-audit: --max-high-suspicion: '-3' is not a whole number from 0 to 4294967296\n$/,
      ),
    });
  });

  it('exits 3 when some calls failed, with the reports written and the errors listed', async () => {
    aws.setFaults({ deny: [{ action: 'DescribeVpnConnections' }] });
    const failed = await run(
      NODE,
      [CLI, 'run-single-account', '--regions', 'us-east-1', '--output-path', path.join(out, 'b')],
      { env: { PATH: process.env.PATH ?? '', ...aws.env } },
    ).catch((error: { code: number }) => error);
    aws.setFaults({});
    expect(failed).toMatchObject({ code: 3 });
    const reports = await readReports(path.join(out, 'b'));
    expect(reports.get('scan_errors.csv')).toBe(
      'AccountId,Region,Api,ErrorCode,Message\n111111111111,us-east-1,ec2:DescribeVpnConnections,UnauthorizedOperation,You are not authorized to perform this operation.\n',
    );
    expect(reports.get('eni_public_ips.csv')?.split('\n').length).toBeGreaterThan(10);
  });

  it('exits 0 for that partial scan when --fail-on-scan-errors false accepts it', async () => {
    aws.setFaults({ deny: [{ action: 'DescribeVpnConnections' }] });
    const accepted = await run(
      NODE,
      [
        CLI,
        'run-single-account',
        '--regions',
        'us-east-1',
        '--fail-on-scan-errors',
        'false',
        '--output-path',
        path.join(out, 'accepted'),
      ],
      { env: { PATH: process.env.PATH ?? '', ...aws.env } },
    ).finally(() => aws.setFaults({}));
    expect(accepted.stdout).toMatch(
      /\nPartial scan: 1 of 2 account-regions read completely, in 1 account; 1 call failed\.\n/,
    );
    expect(accepted.stdout).toMatch(
      /\nExit code 0: the gate passed; the scan is partial, which --fail-on-scan-errors false accepts \(see scan_errors\.csv\)\.\n$/,
    );
  });

  it('names the command a flag belongs to, exits 2 and makes no folder', async () => {
    aws.resetCounters();
    const cwd = await mkdtemp(path.join(out, 'typo-'));
    const failed = await run(NODE, [CLI, 'run-single-account', '--accounts', '111111111111'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...aws.env },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failed).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'aws-ipv4-audit: --accounts: only run-multi-account takes this flag\n',
    });
    expect(aws.counters.total()).toBe(0);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('without credentials, exits 1 and leaves no report folder in the working directory', async () => {
    const cwd = await mkdtemp(path.join(out, 'no-credentials-'));
    const failed = await run(NODE, [CLI, 'run-single-account'], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: cwd,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_ENDPOINT_URL: aws.env.AWS_ENDPOINT_URL ?? '',
      },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failed).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringContaining('No AWS credentials were found.') as unknown,
    });
    expect(await readdir(cwd)).toEqual([]);
  });

  it('--baseline: takes its own earlier report.json, and refuses one the schema refuses before scanning', async () => {
    const env = { PATH: process.env.PATH ?? '', ...aws.env };
    const scan = ['run-single-account', '--regions', 'us-east-1'];
    await run(NODE, [CLI, ...scan, '--output-path', path.join(out, 'c')], { env });
    const report = (await readReports(path.join(out, 'c'))).get('report.json') ?? '';
    const good = path.join(out, 'good.json');
    const bad = path.join(out, 'bad.json');
    await writeFile(good, report);
    await writeFile(bad, report.replace(/"totalMonthlyUsd": [\d.]+/, '"totalMonthlyUsd": "1e308"'));
    const gateOnNew = ['--gate-on', 'new', '--max-high-suspicion', '0', '--output-path', out];

    const same = await run(NODE, [CLI, ...scan, '--baseline', good, ...gateOnNew], { env });
    expect(same.stderr).not.toContain('baseline'); // and it exited 0: nothing is new
    const refused = await run(NODE, [CLI, ...scan, '--baseline', bad, ...gateOnNew], {
      env,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({
      code: 2,
      stderr: `aws-ipv4-audit: --baseline: '${bad}' cannot be the baseline: not a valid aws-ipv4-audit report.json: /cost/totalMonthlyUsd must be number\n`,
    });
  });
});
