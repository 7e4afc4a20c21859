// The CLI as a person sees it at a terminal and as CI sees it in a log: stdout and stderr as
// text, with streams that are terminals or not, NO_COLOR, --quiet, and a clock and ticker the
// test moves (never wall time). Against the AWS stand-in, through the real SDK.
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFiles } from '../../src/cli/helpText.js';
import { CLEAR_LINE } from '../../src/cli/statusLine.js';
import { PLAIN_INTERVAL_MS } from '../../src/scan/progressLog.js';
import type { Ticker } from '../../src/scan/scanProgress.js';
import { READ_ACTIONS } from '../../src/aws/sessionPolicy.js';
import { sampleOrg, SAMPLE_MANAGEMENT, SAMPLE_MEMBER } from '../../test-support/aws/sampleOrg.js';
import { runCliWith } from './cliRunner.js';
import { standInSuite } from './standInSuite.js';

// eslint-disable-next-line no-control-regex
const ESCAPE = /\x1b/;
const FINISHED =
  /^Scan finished in [\d.]+ (s|min \d+ s): 6 of 6 account-regions read completely, (\d+) AWS calls, 0 errors$/;

const suite = standInSuite(sampleOrg, 'cli-terminal');

/** A ticker the test fires; it records the intervals asked for. */
function testTicker() {
  const ticks: (() => void)[] = [];
  const intervals: number[] = [];
  const every: Ticker = (ms, tick) => {
    intervals.push(ms);
    ticks.push(tick);
    return () => ticks.splice(ticks.indexOf(tick), 1);
  };
  return { every, intervals, fire: () => ticks.forEach((tick) => tick()) };
}

describe('in a pipe (CI logs)', () => {
  it('prints the summary without colour, and plain progress lines without redraws', async () => {
    suite.aws.resetCounters();
    const ticker = testTicker();
    const run = await runCliWith(suite.aws.env, ['run-multi-account'], { every: ticker.every });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^34 public IPv4 addresses cost \$120\.45 a month \(1 BYOIP, free\)\.\n/,
    );
    expect(run.stdout).not.toMatch(ESCAPE);
    expect(run.stderr).not.toMatch(ESCAPE);
    expect(run.stderr).not.toContain('\r');
    expect(ticker.intervals).toEqual([PLAIN_INTERVAL_MS]);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Caller: arn:aws:iam::111111111111:user/audit (partition aws)',
      'Organization: 2 active account(s), 1 not active',
      'Scanning 2 account(s) in every enabled region with concurrency 32',
    ]);
    // The last line counts every request the stand-in received.
    const calls = FINISHED.exec(lines.at(-1) ?? '')?.[2];
    expect(calls, lines.at(-1)).toBe(String(suite.aws.counters.total()));
  });

  it('names, in its help, exactly the files a run writes', async () => {
    const run = await runCliWith(suite.aws.env, ['run-single-account', '--regions', 'us-east-1']);
    expect([...run.files.keys()].sort()).toEqual(
      reportFiles()
        .map((f) => f.replace('{epoch}_', ''))
        .sort(),
    );
  });
});

describe('at a terminal', () => {
  it('colours the summary, and redraws one progress line that ends as a line of its own', async () => {
    const ticker = testTicker();
    const run = await runCliWith(suite.aws.env, ['run-multi-account'], {
      tty: { stdout: true, stderr: true, columns: 100 },
      every: ticker.every,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '\x1b[1m34 public IPv4 addresses\x1b[22m cost \x1b[1m$120.45\x1b[22m',
    );
    expect(run.stdout).toContain('  \x1b[31mHIGH    \x1b[39m   6  probably unnecessary\n');
    expect(run.stdout).toContain('Gate: \x1b[32mpassed\x1b[39m');

    const frames = run.stderr.split(CLEAR_LINE);
    expect(frames.length).toBeGreaterThan(2);
    // Log lines are printed above the live line; the live line is cut to the terminal's width.
    for (const frame of frames) {
      for (const line of frame.split('\n')) expect(line.length).toBeLessThan(100);
    }
    expect(frames.some((f) => /^\[0:00\] \d+\/\d+\+? account-regions, /.test(f))).toBe(true);
    expect(frames.at(-1)).toMatch(/^Scan finished in .*, 0 errors\n$/);
    expect(FINISHED.test(frames.at(-1)?.trimEnd() ?? '')).toBe(true);
  });

  it('with NO_COLOR, keeps the live progress and drops the colour', async () => {
    const run = await runCliWith({ ...suite.aws.env, NO_COLOR: '1' }, ['run-multi-account'], {
      tty: { stdout: true, stderr: true },
    });
    expect(run.stdout).not.toMatch(ESCAPE);
    expect(run.stdout).toContain('  HIGH       6  probably unnecessary\n');
    expect(run.stderr).toContain(CLEAR_LINE);
  });

  it('with --quiet, prints nothing on stderr but warnings', async () => {
    const quiet = await runCliWith(suite.aws.env, ['run-multi-account', '--quiet'], {
      tty: { stdout: true, stderr: true },
    });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toContain('Gate: ');

    suite.aws.setFaults({ assumeRoleDenied: [SAMPLE_MEMBER] });
    const partial = await runCliWith(suite.aws.env, ['run-multi-account', '-q']);
    expect(partial.code).toBe(3);
    expect(partial.stderr).toMatch(
      /^warning: 222222222222 global sts:AssumeRole: AccessDenied: .*\n$/,
    );
  });

  it('names the account it has waited on longest, on the clock it is given', async () => {
    // One call never answers: it times out after 1 s, 3 times (real seconds), while the rest finish.
    suite.aws.setFaults({
      hang: [{ account: SAMPLE_MEMBER, region: 'us-east-1', action: 'DescribeVpnConnections' }],
    });
    let clock = 0;
    let stderr = '';
    const ticker = testTicker();
    const running = runCliWith(suite.aws.env, ['run-multi-account', '--request-timeout', '1'], {
      tty: { stderr: true, columns: 200 },
      now: () => clock,
      every: ticker.every,
      watchStderr: (text) => (stderr = text),
    });
    await expect
      .poll(() =>
        suite.aws.counters.total({ action: 'DescribeVpnConnections', account: SAMPLE_MEMBER }),
      )
      .toBeGreaterThan(0);
    // Every call started at 0 on this clock; once the others have answered, the one that hangs
    // is the oldest still running.
    clock = 31_000;
    await expect
      .poll(() => {
        ticker.fire();
        return stderr.split(CLEAR_LINE).at(-1);
      })
      .toMatch(
        /^\[0:31\] 5\/6 account-regions, 1\/2 accounts, \d+ AWS calls, 0 errors; waiting longest on 222222222222 us-east-1 ec2:DescribeVpnConnections \(31 s\)$/,
      );
    const run = await running;
    expect(run.code).toBe(3);
    // Counted as stdout's coverage line counts: the account-region with a failed call is not
    // read completely, whatever the progress line said while it ran.
    expect(run.stderr.split(CLEAR_LINE).at(-1)).toMatch(
      /^Scan finished in 31 s: 5 of 6 account-regions read completely, \d+ AWS calls, 1 error\n$/,
    );
    expect(run.stdout).toContain('5 of 6 account-regions read completely');
  });
});

describe('without credentials', () => {
  const noCredentials = () => ({
    HOME: suite.scratch,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: path.join(suite.scratch, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(suite.scratch, 'credentials'),
  });

  it('says what was missing and the ways to give credentials', async () => {
    const run = await runCliWith(noCredentials(), ['run-single-account']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      "aws-ipv4-audit: Could not get the caller's identity (sts:GetCallerIdentity): CredentialsProviderError: Could not load credentials from any providers\n" +
        'No AWS credentials were found. Give them in one of these ways:\n' +
        '  --profile NAME               a profile of ~/.aws/config or ~/.aws/credentials\n' +
        '  aws sso login                for IAM Identity Center (SSO): sign in, then run again\n' +
        '                               (with --profile NAME when the SSO profile is not the default)\n' +
        '  AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN) in the environment\n',
    );
  });

  it('leaves no report folder behind, but one that was there before', async () => {
    const made = path.join(suite.scratch, 'made');
    const reports = path.join(made, 'by', 'the-run');
    const run = await runCliWith(
      noCredentials(),
      ['run-single-account', '--output-path', reports],
      {
        outputPath: false,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No AWS credentials were found.');
    expect(existsSync(made)).toBe(false);

    const before = path.join(suite.scratch, 'there-before');
    await mkdir(before);
    const again = await runCliWith(
      noCredentials(),
      ['run-single-account', '--output-path', path.join(before, 'reports')],
      { outputPath: false },
    );
    expect(again.code).toBe(1);
    expect(await readdir(before)).toEqual([]);
  });

  it('with a --profile that gives none, says to check it or sign in', async () => {
    const run = await runCliWith(noCredentials(), ['run-single-account', '--profile', 'nope']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "The profile 'nope' gave no credentials. Check that ~/.aws/config (or ~/.aws/credentials) has a\n" +
        '[profile nope] section; for an IAM Identity Center (SSO) profile, run `aws sso login --profile nope`\n',
    );
  });
});

describe('partial coverage accepted', () => {
  it('--fail-on-scan-errors false: a partial scan whose gate passes exits 0, and says it is partial', async () => {
    suite.aws.setFaults({ assumeRoleDenied: [SAMPLE_MEMBER] });
    const run = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--max-high-suspicion',
      '10',
      '--fail-on-scan-errors',
      'false',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Partial scan: 3 of 4 account-regions read completely, in 1 of 2 accounts; 1 call failed.\n',
    );
    expect(run.stdout).toMatch(
      /\n\nGate: passed\n {2}2 HIGH-suspicion public IPs, within --max-high-suspicion \(10\)\nExit code 0: the gate passed; the scan is partial, which --fail-on-scan-errors false accepts \(see scan_errors\.csv\)\.\n$/,
    );
  });

  it('without a threshold too; without the flag, a partial scan still exits 3', async () => {
    suite.aws.setFaults({ assumeRoleDenied: [SAMPLE_MEMBER] });
    const accepted = await runCliWith(suite.aws.env, [
      'run-multi-account',
      '--fail-on-scan-errors',
      'false',
    ]);
    expect(accepted.code).toBe(0);
    const plain = await runCliWith(suite.aws.env, ['run-multi-account']);
    expect(plain.code).toBe(3);
    expect(plain.stdout).toMatch(
      /\nExit code 3: the reports are written, but some account-regions were not read completely \(see scan_errors\.csv\)\.\n$/,
    );
  });
});

describe('nothing scanned', () => {
  it('says so first, and why, before any count or cost (exit 5, whatever --fail-on-scan-errors says)', async () => {
    suite.aws.setFaults({
      assumeRoleDenied: [SAMPLE_MEMBER],
      deny: READ_ACTIONS.map((action) => ({
        account: SAMPLE_MANAGEMENT,
        action: action.split(':')[1] ?? '',
      })),
    });
    const out = path.join(suite.scratch, 'nothing');
    const run = await runCliWith(
      suite.aws.env,
      ['run-multi-account', '--fail-on-scan-errors', 'false', '--output-path', out],
      { outputPath: false },
    );
    expect(run.code).toBe(5);
    expect(run.stdout.replaceAll(out, 'out').replace(/\b\d{10}_/g, '{epoch}_')).toBe(
      [
        'Nothing was scanned: not one of the 2 planned account-regions could be read (111111111111 all regions (ec2:DescribeRegions: UnauthorizedOperation), 222222222222 all regions (sts:AssumeRole: AccessDenied)). Check the credentials, the member role and its permissions',
        'The reports hold no addresses, which does not mean there are none.',
        '',
        'Coverage: 0 of 2 account-regions read completely, in 0 of 2 accounts; 2 calls failed.',
        'Not read:',
        '  111111111111 all regions (ec2:DescribeRegions: UnauthorizedOperation)',
        '  222222222222 all regions (sts:AssumeRole: AccessDenied)',
        'Every failed call, with its error: out/{epoch}_scan_errors.csv',
        '1 account is not ACTIVE and not scanned: out/{epoch}_unchecked_accounts.csv',
        '',
        'Reports: 12 files in out/ (CSV, JSON, an HTML page and remediation.sh)',
        '  open out/{epoch}_report.html',
        '',
        'Gate: FAILED',
        '  Nothing was scanned (see the first lines).',
        'Exit code 5: nothing could be scanned.',
        '',
      ].join('\n'),
    );
  });
});

describe('a mistyped command or flag', () => {
  /** The CLI's answer to `argv`, and the AWS calls and report folder it left. */
  async function refused(argv: string[]) {
    const out = path.join(suite.scratch, 'typo', 'reports');
    const run = await runCliWith(suite.aws.env, [...argv, '--output-path', out], {
      outputPath: false,
    });
    return {
      code: run.code,
      stdout: run.stdout,
      stderr: run.stderr,
      calls: suite.aws.counters.total(),
      folder: existsSync(path.join(suite.scratch, 'typo')),
    };
  }
  const exit2 = (stderr: string) => ({ code: 2, stdout: '', stderr, calls: 0, folder: false });

  it.each([
    [
      ['run-single-acount'],
      "aws-ipv4-audit: command: unknown command 'run-single-acount'; did you mean run-single-account?\n",
    ],
    [
      ['run-multi-account', '--acounts', '111111111111'],
      'aws-ipv4-audit: --acounts: unknown flag; did you mean --accounts?\n',
    ],
    [
      ['run-single-account', '--accounts', '111111111111'],
      'aws-ipv4-audit: --accounts: only run-multi-account takes this flag\n',
    ],
    [
      ['run-single-account', '--secret-kye', 'wJalrXUtnFEMI'],
      'aws-ipv4-audit: --secret-kye: unknown flag; did you mean --secret-key?\n',
    ],
    [
      ['run-single-account', '--regions', 'us-east-1', 'eu-west-1'],
      'aws-ipv4-audit: --regions: takes one value, and a second word follows it (a list is comma-separated: a,b)\n',
    ],
  ])('%j: exit 2 before any AWS call, and no folder', async (argv, stderr) => {
    expect(await refused(argv)).toEqual(exit2(stderr));
  });
});
