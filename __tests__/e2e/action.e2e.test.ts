// The committed dist/index.js run as a runner runs it (a child process with INPUT_* variables,
// file commands and ACTIONS_* service URLs) against the GitHub stand-in (OIDC token endpoint,
// artifact service, REST API) and the AWS stand-in holding the sample organisation, reached
// through a recording proxy that sees which key signed each call and every credential STS issued.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateOrg } from '../../test-support/aws/generateOrg.js';
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import { decodeJwtClaims } from '../../test-support/github/fakeJwt.js';
import {
  startGitHubStandIn,
  type GitHubStandIn,
  type ReceivedArtifact,
} from '../../test-support/github/startGitHubStandIn.js';
import { startRecordingProxy, type RecordingProxy } from './recordingProxy.js';
import { DIST, runAction, type ActionRun, type ActionRunOptions } from './runAction.js';
import { readActionYml } from './runnerInputs.js';
import { ALL_REPORTS, CSV_REPORTS } from '../../__fixtures__/reportFiles.js';
import { callerSessionPolicy, READ_ACTIONS } from '../../src/aws/sessionPolicy.js';
import { SAMPLE_COUNTS } from '../../__fixtures__/sampleCounts.js';

const GOLDEN = path.join(import.meta.dirname, '..', 'integration', 'golden', 'sample');
const ROLE = 'arn:aws:iam::111111111111:role/ipv4-audit-github';
const OIDC_CALLER = 'arn:aws:sts::111111111111:assumed-role/ipv4-audit-github/aws-ipv4-audit';
const STATIC_CALLER = 'arn:aws:iam::111111111111:user/audit';
/** action.yml's default artifact-name; one step (the happy path) uploads under it. */
const DEFAULT_NAME = 'ipv4-audit-reports';
/** The stand-in's workflow file is .github/workflows/ipv4-audit.yml. */
const COMMENT_MARKER = '<!-- aws-ipv4-audit workflow: .github/workflows/ipv4-audit.yml -->';

const NO_RULES =
  'No public IPv4 range is allowed in the ingress or egress rules of the security groups on the interface.';
const NO_ROUTE = 'The route table of the subnet has no active route to an internet gateway.';
const HIGH_ROWS = [
  `| 111111111111 | us-east-1 | eni-0a00000000000003 (EC2 Instance, i-0a00000000000003) | \`ec2\` | 54.210.10.4 | ${NO_RULES} |`,
  '| 111111111111 | us-east-1 | eni-0a00000000000008 (Unattached ENI) | `unattached` | 3.220.40.1 | The interface is not attached to any resource. |',
  `| 222222222222 | eu-west-1 | eni-0b00000000000022 (RDS DB Instance) | \`relational-database-service\` | 52.30.22.1 | ${NO_ROUTE} |`,
  `| 222222222222 | eu-west-1 | eni-0b00000000000023 (ECS Task) | \`elastic-container-service\` | 52.30.23.1 | ${NO_RULES} |`,
  `| 222222222222 | eu-west-1 | eni-0b00000000000025 (DMS Replication Instance) | \`database-migration-service\` | 52.30.25.1 | ${NO_RULES} |`,
  `| 222222222222 | eu-west-1 | eni-0b00000000000029 (NAT Gateway, nat-0b1c2d3e4f5a60029) | \`nat-gateway\` | 52.30.29.1 | ${NO_ROUTE} |`,
];

let aws: AwsStandIn;
let proxy: RecordingProxy;
let github: GitHubStandIn;
let root: string;
let steps = 0;

beforeAll(async () => {
  aws = await startAwsStandIn({ fixture: sampleOrg() });
  proxy = await startRecordingProxy(aws.url);
  github = await startGitHubStandIn({ repo: 'acme/platform-infra' });
  root = await mkdtemp(path.join(tmpdir(), 'ipv4-audit-e2e-'));
});

afterAll(async () => {
  await Promise.all([proxy?.close(), aws?.close(), github?.close()]);
  if (root) await rm(root, { recursive: true, force: true });
});

afterEach(() => {
  aws.setFaults({});
  github.faults = {};
});

/** One action run and everything it caused at the stand-ins. */
interface Step extends ActionRun {
  artifactName: string;
  /** Calls that reached AWS, with the access key that signed each (undefined: unsigned). */
  awsCalls: RecordingProxy['requests'];
  issued: RecordingProxy['issued'];
  webIdentity: AwsStandIn['received']['webIdentity'];
  assumeRole: AwsStandIn['received']['assumeRole'];
  oidcRequests: GitHubStandIn['oidcRequests'];
  githubRequests: GitHubStandIn['requests'];
  /** Artifacts the run created (finalized or not). */
  artifacts: ReceivedArtifact[];
}

interface StepOptions extends Omit<ActionRunOptions, 'github' | 'awsEnv' | 'root'> {
  /** Leave artifact-name to its action.yml default. */
  defaultArtifactName?: boolean;
}

async function step({ defaultArtifactName, ...options }: StepOptions): Promise<Step> {
  const before = {
    awsCalls: proxy.requests.length,
    issued: proxy.issued.length,
    webIdentity: aws.received.webIdentity.length,
    assumeRole: aws.received.assumeRole.length,
    oidc: github.oidcRequests.length,
    github: github.requests.length,
    artifacts: github.artifacts().length,
  };
  // GitHub refuses a second artifact of the same name in a run, and every step here is in the
  // stand-in's one run: each step gets a name of its own unless it asks for the default.
  const artifactName = defaultArtifactName ? DEFAULT_NAME : `ipv4-audit-step-${++steps}`;
  const inputs = defaultArtifactName
    ? { ...options.inputs }
    : { 'artifact-name': artifactName, ...options.inputs };
  const run = await runAction({
    ...options,
    inputs,
    github,
    awsEnv: { ...aws.env, AWS_ENDPOINT_URL: proxy.url },
    root,
  });
  return {
    ...run,
    artifactName,
    awsCalls: proxy.requests.slice(before.awsCalls),
    issued: proxy.issued.slice(before.issued),
    webIdentity: aws.received.webIdentity.slice(before.webIdentity),
    assumeRole: aws.received.assumeRole.slice(before.assumeRole),
    oidcRequests: github.oidcRequests.slice(before.oidc),
    githubRequests: github.requests.slice(before.github),
    artifacts: github.artifacts().slice(before.artifacts),
  };
}

/** Workflow commands of one kind, e.g. every `::error::` message. */
function commands(stdout: string, kind: 'error' | 'warning' | 'add-mask'): string[] {
  const prefix = `::${kind}::`;
  return stdout
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length));
}

/** The one `::error::` of a step failed by its gate (what the job log shows in red). */
function gateFailure(run: ActionRun): string {
  const errors = commands(run.stdout, 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^aws-ipv4-audit gate failed: /);
  return errors[0] ?? '';
}

/** The log as the runner shows it: `::add-mask::` commands are consumed, not printed. */
function shownLog(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

async function golden(name: string): Promise<string> {
  return readFile(path.join(GOLDEN, name), 'utf8');
}

const stale = (name: string) => `${name} (is dist/ a fresh bundle of src/? npm run bundle)`;

/** Archive entries by report name, without the `{epoch}_` prefix. */
function artifactFiles(artifact: ReceivedArtifact | undefined): Map<string, string> {
  return new Map(
    [...(artifact?.files ?? new Map<string, Buffer>())].map(([name, bytes]) => [
      name.replace(/^\d+_/, ''),
      bytes.toString('utf8'),
    ]),
  );
}

/** Every secret value a step had its hands on. */
function secretsOf(run: Step): Map<string, string> {
  const secrets = new Map<string, string>([
    ['static AWS secret key', aws.env.AWS_SECRET_ACCESS_KEY ?? ''],
    ['static AWS access key id', aws.env.AWS_ACCESS_KEY_ID ?? ''],
    ['GitHub token', github.githubToken],
    ['ACTIONS_RUNTIME_TOKEN', github.runtimeToken],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', github.oidcRequestToken],
  ]);
  run.webIdentity.forEach((call, i) => secrets.set(`OIDC token ${i}`, call.WebIdentityToken ?? ''));
  run.issued.forEach((c, i) => {
    secrets.set(`issued access key id ${i}`, c.accessKeyId);
    secrets.set(`issued secret key ${i}`, c.secretAccessKey);
    secrets.set(`issued session token ${i}`, c.sessionToken);
  });
  for (const [what, value] of secrets) expect(value.length, what).toBeGreaterThan(8);
  return secrets;
}

/** Asserts that no secret of the step, nor anything shaped like an AWS key, left the process. */
function expectNoLeaks(run: Step, extraPlaces: Record<string, string> = {}): void {
  const places: Record<string, string> = {
    stdout: shownLog(run.stdout),
    stderr: run.stderr,
    'job summary': run.summary,
    'GITHUB_OUTPUT file': run.outputFile,
    ...Object.fromEntries([...run.reports].map(([name, text]) => [`report ${name}`, text])),
    ...Object.fromEntries(
      run.artifacts.flatMap((a) =>
        [...a.files].map(([name, bytes]) => [`artifact ${a.name}/${name}`, bytes.toString()]),
      ),
    ),
    ...extraPlaces,
  };
  expect(Object.keys(places).length).toBeGreaterThan(4);
  for (const [where, text] of Object.entries(places)) {
    for (const [what, secret] of secretsOf(run)) {
      expect(text.includes(secret), `${what} in ${where}`).toBe(false);
    }
    expect(text, `an AWS access key id in ${where}`).not.toMatch(/\b(AKIA|ASIA)[0-9A-Z]{12,}/);
  }
}

describe('action.yml', () => {
  it('runs the bundle these tests run, on node24', () => {
    const { runs } = readActionYml();
    expect(runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(path.resolve(import.meta.dirname, '..', '..', runs.main)).toBe(DIST);
  });
});

describe('happy path: the whole organisation with role-to-assume', () => {
  let run: Step;
  beforeAll(async () => {
    run = await step({
      inputs: { 'role-to-assume': ROLE, 'retention-days': '7' },
      defaultArtifactName: true,
    });
  });

  it('exits 0 and sets every output of action.yml with the sample organisation values', () => {
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(commands(run.stdout, 'error')).toEqual([]);
    expect(commands(run.stdout, 'warning')).toEqual([]);
    const id = String(run.artifacts[0]?.id);
    expect(run.outputs).toEqual({
      'report-dir': path.join(run.workspace, 'ipv4-audit-reports'),
      'artifact-id': id,
      'artifact-url': `https://github.com/acme/platform-infra/actions/runs/${github.runId}/artifacts/${id}`,
      ...SAMPLE_COUNTS,
      // No terraform-plan: the plan's outputs are set, and empty.
      'plan-added-count': '',
      'plan-removed-count': '',
      'plan-monthly-change-usd': '',
      gate: 'passed',
      // Off by default: empty.
      'ipam-missed-count': '',
      'billed-monthly-usd': '',
    });
    expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(readActionYml().outputs).sort());
  });

  it('authenticates with the OIDC token, never with the ambient static keys', () => {
    expect(run.oidcRequests).toEqual([
      {
        audience: 'sts.amazonaws.com',
        authorization: `Bearer ${github.oidcRequestToken}`,
        status: 200,
      },
    ]);
    expect(run.webIdentity).toHaveLength(1);
    const [call] = run.webIdentity;
    expect(call).toMatchObject({
      RoleArn: ROLE,
      RoleSessionName: 'aws-ipv4-audit',
      DurationSeconds: 3600,
      // Scoped: the read calls, ListAccounts, and AssumeRole on the member role only. The
      // stand-in enforces it, so the complete scan above also proves the policy is enough.
      Policy: callerSessionPolicy(true, 'ipv4-audit-member'),
    });
    expect(decodeJwtClaims(call?.WebIdentityToken ?? '')).toMatchObject({
      aud: 'sts.amazonaws.com',
      sub: 'repo:acme/platform-infra:ref:refs/heads/main',
    });
    expect(run.stdout).toContain(`Caller: ${OIDC_CALLER} (partition aws)`);
    // The member account through AssumeRole with the web-identity session.
    expect(run.assumeRole.map((r) => [r.callerAccount, r.RoleArn])).toEqual([
      ['111111111111', 'arn:aws:iam::222222222222:role/ipv4-audit-member'],
    ]);

    // AssumeRoleWithWebIdentity goes unsigned; every other call is signed with an issued session.
    expect(run.awsCalls.filter((c) => c.accessKeyId === undefined).map((c) => c.action)).toEqual([
      'AssumeRoleWithWebIdentity',
    ]);
    const issuedKeys = new Set(run.issued.map((c) => c.accessKeyId));
    expect(issuedKeys.size).toBe(2);
    const signers = new Set(run.awsCalls.flatMap((c) => (c.accessKeyId ? [c.accessKeyId] : [])));
    expect(signers).toEqual(issuedKeys);
    expect(signers.has(aws.env.AWS_ACCESS_KEY_ID ?? '')).toBe(false);
  });

  it('uploads one artifact with the configured name and retention holding every report', async () => {
    expect(run.artifacts).toHaveLength(1);
    const [artifact] = run.artifacts;
    expect(artifact).toMatchObject({
      name: 'ipv4-audit-reports',
      runId: github.runId,
      retentionDays: 7,
      finalized: true,
      mimeType: 'application/zip',
    });
    const files = artifactFiles(artifact);
    const names = [...files.keys()].sort();
    // The summary promises CSV, JSON and an HTML report.
    expect(names).toEqual([...ALL_REPORTS].sort());
    expect(files.get('report.html')).toMatch(/^<!doctype html>/i);
    // The archive is the report directory, byte for byte.
    expect(names).toEqual([...run.reports.keys()].sort());
    for (const [name, text] of files) expect(text, name).toBe(run.reports.get(name));
    // The golden files follow src/; a mismatch here usually means dist/ needs `npm run bundle`.
    for (const name of CSV_REPORTS) expect(files.get(name), stale(name)).toBe(await golden(name));

    const report = JSON.parse(files.get('report.json') ?? '') as {
      totals: Record<string, unknown>;
      gate: { passed: boolean };
    };
    expect(report.totals).toMatchObject({ eniPublicIps: 21, unassociatedEips: 3, scanErrors: 0 });
    expect(report.gate.passed).toBe(true);
  });

  it('writes a job summary with the totals, the HIGH table, the artifact link and the gate', () => {
    const id = run.artifacts[0]?.id;
    const { summary } = run;
    expect(summary).toContain('## AWS public IPv4 audit');
    expect(summary).toContain(
      '**34** public IPv4 addresses cost **$120.45** a month (1 BYOIP, free); releasing the unnecessary ones would save up to **$29.20**. Gate: **passed**.',
    );
    for (const row of [
      '| Public IPv4 addresses (each counted once) | 34 |',
      '| Suspicion HIGH | 6 |',
      '| Suspicion MODERATE | 1 |',
      '| Unassociated Elastic IPs | 3 (1 BYOIP) |',
      '| Accounts scanned | 2 |',
      '| Account-regions scanned | 4 |',
      '| Account-regions read completely | 6 of 6 |',
      '| Accounts not checked (not ACTIVE, or excluded: see unchecked_accounts.csv) | 1 |',
      '| Scan errors | 0 |',
      '| 222222222222 | 19 | 4 | 1 | $69.35 |',
      '| 111111111111 | 15 | 2 | 2 | $51.10 |',
    ]) {
      expect(summary).toContain(row);
    }
    expect(summary).toContain(
      [
        '### HIGH-suspicion public IPs (6)',
        '',
        '| Account | Region | Resource | Service | Address | Reason |',
      ]
        .concat('| --- | --- | --- | --- | --- | --- |', HIGH_ROWS)
        .join('\n'),
    );
    expect(summary).toContain(
      `[\`ipv4-audit-reports\`](https://github.com/acme/platform-infra/actions/runs/${github.runId}/artifacts/${id})`,
    );
    expect(summary).toMatch(
      /^## AWS public IPv4 audit: ✅ gate passed\n\nNo thresholds set: the gate fails only when nothing could be scanned\.\n/,
    );
  });

  it('leaks no secret and masks every credential it received', () => {
    expectNoLeaks(run);
    const masked = new Set(commands(run.stdout, 'add-mask'));
    expect(masked.has(github.githubToken)).toBe(true);
    expect(masked.has(run.webIdentity[0]?.WebIdentityToken ?? '')).toBe(true);
    expect(run.issued).toHaveLength(2);
    for (const c of run.issued) {
      expect(masked).toContain(c.accessKeyId);
      expect(masked).toContain(c.secretAccessKey);
      expect(masked).toContain(c.sessionToken);
    }
  });
});

interface GateCase {
  inputs: Record<string, string>;
  /** The violation the `::error::` names; none when the gate passes. */
  violation?: RegExp;
  /** The summary's row for the threshold. */
  row: string;
}

describe('gate', () => {
  it.each<GateCase>([
    {
      inputs: { 'max-high-suspicion': '0' },
      violation: /6 HIGH-suspicion public IPs exceed 'max-high-suspicion' \(0\) by 6\b/,
      row: '| `max-high-suspicion` | 6 | 0 | ❌ over by 6 |',
    },
    {
      inputs: { 'max-high-suspicion': '100' },
      row: '| `max-high-suspicion` | 6 | 100 | ✅ within |',
    },
    {
      // Three unassociated EIPs, one of them BYOIP (free): the gate counts two.
      inputs: { 'max-unassociated-eips': '1' },
      violation: /2 unassociated Elastic IPs exceed 'max-unassociated-eips' \(1\) by 1\b/,
      row: '| `max-unassociated-eips` | 2 | 1 | ❌ over by 1 |',
    },
    {
      inputs: { 'max-unassociated-eips': '2' },
      row: '| `max-unassociated-eips` | 2 | 2 | ✅ within |',
    },
  ])('$inputs', async ({ inputs, violation, row }) => {
    const run = await step({ inputs });

    expect(run.code, run.stdout + run.stderr).toBe(violation ? 1 : 0);
    if (violation) expect(gateFailure(run)).toMatch(violation);
    else expect(commands(run.stdout, 'error')).toEqual([]);
    expect(run.outputs).toMatchObject({ ...SAMPLE_COUNTS, gate: violation ? 'failed' : 'passed' });
    // Reports, artifact and summary come first: a failing gate still publishes everything.
    expect(run.artifacts.map((a) => a.name)).toEqual([run.artifactName]);
    expect(run.outputs['artifact-id']).toBe(String(run.artifacts[0]?.id));
    expect(run.artifacts[0]?.finalized).toBe(true);
    expect(run.summary).toContain(`Gate: **${violation ? 'failed' : 'passed'}**.`);
    expect(run.summary).toContain(row);
  });
});

describe('bad inputs fail before any AWS call with one message', () => {
  it.each([
    [{ regions: 'us-east-9' }, "'regions': unknown region 'us-east-9'"],
    [
      { 'max-high-suspicion': 'ten' },
      "'max-high-suspicion': 'ten' is not a whole number from 0 to 4294967296",
    ],
    [{ mode: 'org' }, "'mode': 'org' is not single-account or multi-account"],
    [{ accounts: '12345' }, "'accounts': '12345' is not a 12-digit AWS account id"],
    [{ 'retention-days': '400' }, "'retention-days': '400' is not a whole number from 1 to 90"],
    [
      { 'output-path': '/dev/null/reports' },
      "'output-path': '/dev/null/reports' is below a file ('/dev/null')",
    ],
    [
      { 'output-path': '/proc/x/y' },
      "'output-path': cannot create '/proc/x' for '/proc/x/y': ENOENT",
    ],
  ])('%o', async (inputs, message) => {
    aws.resetCounters();
    const run = await step({ inputs: { 'role-to-assume': ROLE, ...inputs } });

    expect(run.code).toBe(1);
    expect(commands(run.stdout, 'error')).toEqual([`Invalid input ${message}`]);
    expect(aws.counters.total()).toBe(0);
    expect(run.awsCalls).toEqual([]);
    expect(run.oidcRequests).toEqual([]);
    expect(run.githubRequests).toEqual([]);
    expect(run.outputs).toEqual({});
    expect(run.reports.size).toBe(0);
  });
});

describe('role-to-assume without `permissions: id-token: write`', () => {
  it('fails with a message that says which permission the job needs', async () => {
    github.faults = { oidc: 'absent' };
    const run = await step({ inputs: { 'role-to-assume': ROLE } });

    expect(run.env.ACTIONS_ID_TOKEN_REQUEST_URL).toBeUndefined();
    expect(run.code).toBe(1);
    const errors = commands(run.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("'role-to-assume' needs a GitHub OIDC token");
    expect(errors[0]).toContain('`permissions: id-token: write`');
    // The ambient keys are not a silent fallback.
    expect(run.webIdentity).toEqual([]);
    expect(run.awsCalls).toEqual([]);
    expect(run.artifacts).toEqual([]);
  });
});

describe('artifact upload failure', () => {
  it('CreateArtifact refused: reports stay on disk, a warning, the gate still fails the step', async () => {
    github.faults = { createArtifact: 403 };
    const run = await step({ inputs: { 'max-high-suspicion': '0' } });

    expect(run.code).toBe(1);
    expect(run.artifacts).toEqual([]);
    const warnings = commands(run.stdout, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^The report artifact was not uploaded: .*CreateArtifact/);
    expect(gateFailure(run)).toMatch(/'max-high-suspicion' \(0\) by 6\b/);
    expect(run.outputs).toMatchObject({
      ...SAMPLE_COUNTS,
      'artifact-id': '',
      'artifact-url': '',
      gate: 'failed',
    });
    expect([...run.reports.keys()]).toEqual(
      expect.arrayContaining([...CSV_REPORTS, 'report.json']),
    );
    expect(run.reports.get('eni_public_ips.csv'), stale('eni_public_ips.csv')).toBe(
      await golden('eni_public_ips.csv'),
    );
    expect(run.summary).toContain(
      `⚠️ The reports could not be uploaded as \`${run.artifactName}\`:`,
    );
    expect(run.summary).toContain('Gate: **failed**.');
    expectNoLeaks(run);
  });

  it('blob upload refused: nothing finalized, artifact-id empty, the step passes its gate', async () => {
    github.faults = { upload: 403 };
    const run = await step({ inputs: { 'max-high-suspicion': '6' } });

    expect(run.code, run.stdout).toBe(0);
    expect(run.artifacts.map((a) => [a.name, a.finalized])).toEqual([[run.artifactName, false]]);
    expect(commands(run.stdout, 'warning')).toEqual([
      expect.stringMatching(/^The report artifact was not uploaded: /),
    ]);
    expect(run.outputs).toMatchObject({ 'artifact-id': '', 'artifact-url': '', gate: 'passed' });
    expect(run.reports.size).toBeGreaterThanOrEqual(CSV_REPORTS.length + 1);
    expect(run.summary).toContain('could not be uploaded');
    expect(run.summary).not.toContain('Download the reports');
  });
});

describe('summary-detail: counts, for public repositories', () => {
  it('keeps every address and id out of the summary, the PR comment and the failure', async () => {
    const run = await step({
      pullRequest: 9,
      inputs: { 'summary-detail': 'counts', 'comment-on-pr': 'true', 'max-high-suspicion': '0' },
    });

    expect(run.code).toBe(1);
    expect(gateFailure(run)).toBe("aws-ipv4-audit gate failed: 'max-high-suspicion': 6 (limit 0)");
    const comment = github.comments(9).at(-1)?.body ?? '';
    for (const [where, text] of [
      ['job summary', run.summary],
      ['PR comment', comment],
    ]) {
      expect(text, where).toContain(
        '**34** public IPv4 addresses cost **$120.45** a month (1 BYOIP, free);',
      );
      expect(text, where).toContain('| `max-high-suspicion` | 6 | 0 | ❌ over by 6 |');
      expect(text, where).not.toMatch(/\b\d{12}\b/);
      expect(text, where).not.toMatch(/\b\d{1,3}(\.\d{1,3}){3}\b/);
      expect(text, where).not.toMatch(/eni-|eipalloc-|nat-0|aws ec2/);
    }
    // The artifact still holds everything.
    expect(run.reports.get('eni_public_ips.csv')).toContain('54.210.10.4');
  });
});

describe('PR comment', () => {
  const comment = { 'comment-on-pr': 'true' };

  it('creates one comment on the pull request, then updates it on the next run', async () => {
    const othersNote = github.seedComment(7, 'Looks good to me', 'octocat');
    // A person quoting the marker: not the action's comment, never updated.
    const quoted = `${COMMENT_MARKER}\nquoted from an earlier run`;
    const quoting = github.seedComment(7, quoted, 'octocat');

    const first = await step({ pullRequest: 7, inputs: { ...comment, 'role-to-assume': ROLE } });
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain('Commented on pull request #7');
    const mine = github.comments(7).filter((c) => c.id !== othersNote && c.id !== quoting);
    expect(mine).toHaveLength(1);
    const created = mine[0];
    expect(created?.body.startsWith(`${COMMENT_MARKER}\n## AWS public IPv4 audit`)).toBe(true);
    expect(created?.body).toContain('Gate: **passed**.');
    expect(created?.body).toContain('| Suspicion HIGH | 6 |');
    expect(created?.body).toContain(HIGH_ROWS[0]);
    const rest = first.githubRequests.filter((r) => r.service === 'rest');
    expect(rest.map((r) => [r.method, r.pathname, r.token])).toEqual([
      ['GET', '/repos/acme/platform-infra/issues/7/comments', github.githubToken],
      ['POST', '/repos/acme/platform-infra/issues/7/comments', github.githubToken],
    ]);
    expectNoLeaks(first, { 'PR comment': created?.body ?? '' });

    const second = await step({
      pullRequest: 7,
      inputs: { ...comment, 'role-to-assume': ROLE, 'max-high-suspicion': '1' },
    });
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('Updated the audit comment on pull request #7');
    const after = github.comments(7);
    expect(after.map((c) => c.id)).toEqual([othersNote, quoting, created?.id]);
    expect(after[0]?.body).toBe('Looks good to me');
    expect(after[1]?.body).toBe(quoted);
    const updated = after[2];
    expect(updated?.body).toContain('Gate: **failed**.');
    expect(updated?.body).toContain('| `max-high-suspicion` | 6 | 1 | ❌ over by 5 |');
    expect(updated?.body).not.toBe(created?.body);
    expectNoLeaks(second, { 'PR comment': updated?.body ?? '' });
  });

  it("keeps one comment per workflow: a second workflow's comment is never overwritten", async () => {
    const nightly = {
      GITHUB_WORKFLOW: 'IPv4 nightly',
      GITHUB_WORKFLOW_REF:
        'acme/platform-infra/.github/workflows/ipv4-nightly.yml@refs/pull/8/merge',
    };
    const nightlyMarker = '<!-- aws-ipv4-audit workflow: .github/workflows/ipv4-nightly.yml -->';
    // No workflow file known (an old runner): the name marks it, and cannot close the comment.
    const unnamed = { GITHUB_WORKFLOW: 'ipv4 --> <b>gate</b>', GITHUB_WORKFLOW_REF: undefined };
    const unnamedMarker = '<!-- aws-ipv4-audit workflow: ipv4 -%2D%3E %3Cb%3Egate%3C/b%3E -->';

    const a1 = await step({ pullRequest: 8, inputs: comment });
    expect(a1.stdout).toContain('Commented on pull request #8');
    const b1 = await step({ pullRequest: 8, inputs: comment, vars: nightly });
    expect(b1.stdout).toContain('Commented on pull request #8');
    const c1 = await step({ pullRequest: 8, inputs: comment, vars: unnamed });
    expect(c1.stdout).toContain('Commented on pull request #8');
    const created = github.comments(8);
    expect(created.map((c) => c.body.split('\n')[0])).toEqual([
      COMMENT_MARKER,
      nightlyMarker,
      unnamedMarker,
    ]);

    const a2 = await step({ pullRequest: 8, inputs: { ...comment, 'max-high-suspicion': '1' } });
    expect(a2.code).toBe(1);
    expect(a2.stdout).toContain('Updated the audit comment on pull request #8');
    const after = github.comments(8);
    expect(after.map((c) => c.id)).toEqual(created.map((c) => c.id));
    expect(after[0]?.body.startsWith(`${COMMENT_MARKER}\n## AWS public IPv4 audit`)).toBe(true);
    expect(after[0]?.body).toContain('Gate: **failed**.');
    expect(after.slice(1).map((c) => c.body)).toEqual(created.slice(1).map((c) => c.body));
    expect(after[1]?.body).toContain('Gate: **passed**.');
  });

  it('on a push event writes no comment and says so', async () => {
    const run = await step({ inputs: comment });

    expect(run.code).toBe(0);
    expect(run.env.GITHUB_EVENT_NAME).toBe('push');
    expect(run.stdout).toContain(
      'comment-on-pr: not a pull request event (push); no comment written',
    );
    expect(run.githubRequests.filter((r) => r.service === 'rest')).toEqual([]);
  });
});

describe('scan errors', () => {
  const deny = {
    deny: [{ account: '111111111111', region: 'eu-west-1', action: 'DescribeSecurityGroupRules' }],
  };

  it('are counted and reported; the gate passes without fail-on-scan-errors', async () => {
    aws.setFaults(deny);
    const run = await step({});

    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ 'scan-error-count': '1', gate: 'passed' });
    expect(commands(run.stdout, 'warning')).toEqual([
      expect.stringMatching(
        /^111111111111 eu-west-1 ec2:DescribeSecurityGroupRules: UnauthorizedOperation: /,
      ),
    ]);
    expect(run.reports.get('scan_errors.csv')).toMatch(
      /^AccountId,Region,Api,ErrorCode,Message\n111111111111,eu-west-1,ec2:DescribeSecurityGroupRules,UnauthorizedOperation,/,
    );
    expect(run.summary).toContain('### Scan errors (1)');
    expect(run.summary).toContain(
      '| 111111111111 | eu-west-1 | ec2:DescribeSecurityGroupRules | `UnauthorizedOperation` |',
    );
    expect(run.outputs.coverage).toBe('5/6');
    expect(run.summary).toContain(
      '> **Partial scan**: 5 of 6 account-regions were read completely. Not read completely: ' +
        '111111111111 eu-west-1 (ec2:DescribeSecurityGroupRules: UnauthorizedOperation).',
    );

    // Without role-to-assume the ambient keys are the caller's, and they are masked too.
    expect(run.stdout).toContain(`Caller: ${STATIC_CALLER} (partition aws)`);
    expect(run.oidcRequests).toEqual([]);
    expect(run.webIdentity).toEqual([]);
    const masked = commands(run.stdout, 'add-mask');
    expect(masked).toContain(aws.env.AWS_SECRET_ACCESS_KEY);
    expect(masked).toContain(aws.env.AWS_ACCESS_KEY_ID);
    expectNoLeaks(run);
  });

  const INCOMPLETE =
    'The scan is incomplete: 1 of 6 account-regions were not read completely: ' +
    '111111111111 eu-west-1 (ec2:DescribeSecurityGroupRules: UnauthorizedOperation). A gate ' +
    "does not pass on what it could not check; set 'fail-on-scan-errors' to false to accept " +
    'partial coverage';

  it('fail the step with fail-on-scan-errors: true', async () => {
    aws.setFaults(deny);
    const run = await step({ inputs: { 'fail-on-scan-errors': 'true' } });

    expect(run.code).toBe(1);
    expect(gateFailure(run)).toBe(`aws-ipv4-audit gate failed: ${INCOMPLETE}`);
    expect(run.outputs).toMatchObject({ 'scan-error-count': '1', gate: 'failed' });
    expect(run.summary).toContain('| `fail-on-scan-errors` | 1 | 0 | ❌ over by 1 |');
    expect(run.artifacts[0]?.finalized).toBe(true);
  });

  it('fail a threshold gate by default, though the threshold itself is met', async () => {
    aws.setFaults(deny);
    const run = await step({ inputs: { 'max-high-suspicion': '100' } });

    expect(run.code).toBe(1);
    expect(gateFailure(run)).toBe(`aws-ipv4-audit gate failed: ${INCOMPLETE}`);
    expect(run.outputs).toMatchObject({ coverage: '5/6', gate: 'failed' });
    expect(run.summary).toContain('| `max-high-suspicion` | 6 | 100 | ✅ within |');
  });

  it('pass a threshold gate with fail-on-scan-errors: false, the summary still saying partial', async () => {
    aws.setFaults(deny);
    const run = await step({
      inputs: { 'max-high-suspicion': '100', 'fail-on-scan-errors': 'false' },
    });

    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ coverage: '5/6', gate: 'passed' });
    expect(run.summary).toContain(
      '> **Partial scan**: 5 of 6 account-regions were read completely.',
    );
  });
});

describe('a scan that read nothing', () => {
  it('fails the step with no threshold set, and says what could not be read', async () => {
    aws.setFaults({
      assumeRoleDenied: ['222222222222'],
      deny: READ_ACTIONS.map((action) => ({
        account: '111111111111',
        action: action.split(':')[1] ?? '',
      })),
    });
    const run = await step({});

    expect(run.code).toBe(1);
    expect(gateFailure(run)).toBe(
      'aws-ipv4-audit gate failed: Nothing was scanned: not one of the 2 planned account-regions ' +
        'could be read (111111111111 all regions (ec2:DescribeRegions: UnauthorizedOperation), ' +
        '222222222222 all regions (sts:AssumeRole: AccessDenied)). Check the credentials, the ' +
        'member role and its permissions',
    );
    expect(run.outputs).toMatchObject({ coverage: '0/2', gate: 'failed', 'public-ip-count': '0' });
    expect(run.summary).toContain('Gate: **failed**.');
    // The reports are still written and uploaded: they show what was tried.
    expect(run.artifacts[0]?.finalized).toBe(true);
  });
});

describe('a large organisation', () => {
  let large: AwsStandIn;
  beforeAll(async () => {
    large = await startAwsStandIn({
      fixture: generateOrg({ accounts: 3, regions: 2, enisPerRegion: 200 }),
    });
  });
  afterAll(async () => {
    await large?.close();
  });

  it('caps the summary and the PR comment and points to the artifact for the rest', async () => {
    const before = github.artifacts().length;
    const run = await runAction({
      github,
      awsEnv: large.env,
      root,
      pullRequest: 9,
      inputs: { 'artifact-name': 'ipv4-audit-large', 'comment-on-pr': 'true' },
    });

    expect(run.code, run.stdout).toBe(0);
    const publicIps = Number(run.outputs['public-ip-count']);
    const high = Number(run.outputs['high-suspicion-count']);
    expect(publicIps).toBeGreaterThanOrEqual(1000);
    expect(high).toBeGreaterThan(50);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary).toContain(
      `…and ${(high - 50).toLocaleString('en-US')} more HIGH-suspicion public IPs in the artifact.`,
    );
    const [comment, ...others] = github.comments(9);
    expect(others).toEqual([]);
    expect(comment?.body.length).toBeLessThanOrEqual(65_536);
    expect(comment?.body).toContain(
      `…and ${(high - 20).toLocaleString('en-US')} more HIGH-suspicion public IPs in the artifact.`,
    );
    const [artifact] = github.artifacts().slice(before);
    const eniRows = artifactFiles(artifact).get('eni_public_ips.csv')?.trim().split('\n') ?? [];
    expect(eniRows.length - 1).toBe(publicIps);
  });
});

describe('threads', () => {
  // NODE_OPTIONS' --import runs in every thread of the process: each says what it is.
  it('scans in a worker thread with a 48 MB young generation, and uploads from one it starts with the same limit', async () => {
    const log = path.join(root, 'threads.jsonl');
    const preload = path.join(root, 'threads.mjs');
    await writeFile(
      preload,
      "import { appendFileSync } from 'node:fs';\n" +
        "import { isMainThread, resourceLimits, workerData } from 'node:worker_threads';\n" +
        'appendFileSync(process.env.THREADS_LOG, JSON.stringify({ isMainThread, ' +
        "young: resourceLimits.maxYoungGenerationSizeMb ?? null, job: workerData?.job ?? null }) + '\\n');\n",
    );
    const run = await runAction({
      github,
      awsEnv: aws.env,
      root,
      inputs: { 'artifact-name': 'ipv4-audit-threads' },
      vars: { NODE_OPTIONS: `--import=${pathToFileURL(preload).href}`, THREADS_LOG: log },
    });

    expect(run.code, run.stdout + run.stderr).toBe(0);
    const threads = (await readFile(log, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(threads).toEqual([
      { isMainThread: true, young: null, job: null },
      { isMainThread: false, young: 48, job: null },
      { isMainThread: false, young: 48, job: 'upload-artifact' },
    ]);
  });
});

describe('the example workflows, as the README shows them', () => {
  /** The `with:` of the step that uses this action, as the runner passes it (strings). */
  async function exampleInputs(file: string): Promise<Record<string, string>> {
    const workflow = parse(
      await readFile(path.join(import.meta.dirname, '..', '..', 'examples', file), 'utf8'),
    ) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    const uses = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .filter((s) => s.uses?.startsWith('aws-ipv4-audit/aws-ipv4-audit@'));
    expect(uses).toHaveLength(1);
    return Object.fromEntries(
      Object.entries(uses[0]?.with ?? {}).map(([name, value]) => [name, String(value)]),
    );
  }

  it('scheduled-org-audit.yml scans the organisation through the member role', async () => {
    const run = await step({
      eventName: 'schedule',
      inputs: await exampleInputs('scheduled-org-audit.yml'),
    });

    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(`Caller: ${OIDC_CALLER} (partition aws)`);
    expect(run.assumeRole.map((r) => r.RoleArn)).toEqual([
      'arn:aws:iam::222222222222:role/ipv4-audit-member',
    ]);
    expect(run.artifacts[0]).toMatchObject({ retentionDays: 90, finalized: true });
    // What its next step echoes.
    expect(run.outputs).toMatchObject({
      'address-count': '34',
      'monthly-cost-usd': '120.45',
      'byoip-address-count': '1',
    });
  });

  it('pull-request-gate.yml fails the PR on the charged unassociated EIP and comments', async () => {
    const run = await step({
      pullRequest: 11,
      inputs: await exampleInputs('pull-request-gate.yml'),
    });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'Caller: arn:aws:sts::222222222222:assumed-role/ipv4-audit-github/aws-ipv4-audit',
    );
    expect(run.assumeRole).toEqual([]);
    expect(gateFailure(run)).toMatch(/'max-unassociated-eips' \(0\) by 1\b/);
    expect(run.outputs).toMatchObject({ 'unassociated-eip-count': '1', gate: 'failed' });
    expect(github.comments(11)).toHaveLength(1);
    expect(github.comments(11)[0]?.body).toContain('Gate: **failed**.');
  });
});
