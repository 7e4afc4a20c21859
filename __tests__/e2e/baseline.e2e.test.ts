// Issue 7's story through the bundled action: a scheduled run uploads its reports; a later
// pull-request run with `baseline: artifact` and `gate-on: new` passes when nothing new
// appeared, fails naming the one new HIGH address when one did, and a suppression with a
// reason turns that failure into a pass. A fork's newer run on a branch it named `main` never
// gives the baseline (issue 11).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import {
  startGitHubStandIn,
  type GitHubStandIn,
} from '../../test-support/github/startGitHubStandIn.js';
import { runAction } from './runAction.js';

const NEW_HIGH_ENI = 'eni-0a00000000000003';
const NEW_HIGH_ADDRESS = '54.210.10.4';
const SCAN = { mode: 'single-account', regions: 'us-east-1' };
const PR_GATE = {
  ...SCAN,
  baseline: 'artifact',
  'gate-on': 'new',
  'max-high-suspicion': '0',
  // Every step shares the stand-in's one run; only the scheduled run uploads.
  'upload-artifact': 'false',
};

let before: AwsStandIn; // the organisation when the scheduled audit ran
let after: AwsStandIn; // the same, plus one interface with a HIGH-suspicion public IP
let github: GitHubStandIn;
let root: string;

beforeAll(async () => {
  const earlier = sampleOrg();
  const usEast1 = earlier.accounts[0]?.regions['us-east-1'];
  if (!usEast1?.networkInterfaces) throw new Error('sample organisation changed shape');
  usEast1.networkInterfaces = usEast1.networkInterfaces.filter(
    (eni) => eni.NetworkInterfaceId !== NEW_HIGH_ENI,
  );
  [before, after, github] = await Promise.all([
    startAwsStandIn({ fixture: earlier }),
    startAwsStandIn({ fixture: sampleOrg() }),
    startGitHubStandIn({ repo: 'acme/platform-infra' }),
  ]);
  root = await mkdtemp(path.join(tmpdir(), 'ipv4-audit-baseline-'));
});

afterAll(async () => {
  await Promise.all([before?.close(), after?.close(), github?.close()]);
  if (root) await rm(root, { recursive: true, force: true });
});

/**
 * The reports a fork's modified workflow would upload: a real scan of today's organisation,
 * so the HIGH address it is about to add already looks known. Returns the artifact's zip.
 */
async function plantedReports(standIn: GitHubStandIn): Promise<Buffer> {
  const name = `planted-${standIn.repo.name}`;
  const run = await runAction({
    github: standIn,
    awsEnv: after.env,
    inputs: { ...SCAN, 'artifact-name': name },
    root,
  });
  const zip = standIn.artifacts().find((a) => a.name === name)?.zip;
  if (run.code !== 0 || !zip) throw new Error(`the planted upload failed: ${run.stdout}`);
  return zip;
}

describe('baseline: artifact with gate-on: new', () => {
  it('gates a pull request only on what is new since the scheduled audit', async () => {
    // 1. The scheduled audit on the default branch uploads its reports.
    const scheduled = await runAction({
      github,
      awsEnv: before.env,
      inputs: SCAN,
      eventName: 'schedule',
      root,
    });
    expect(scheduled.code).toBe(0);
    const uploaded = github.artifacts().find((a) => a.name === 'ipv4-audit-reports');
    expect(uploaded?.finalized).toBe(true);
    // The stand-in lists earlier runs only when seeded: this is the scheduled run, finished.
    github.seedRun({
      id: 5001,
      branch: 'main',
      conclusion: 'success',
      event: 'schedule',
      artifacts: [{ name: 'ipv4-audit-reports', zip: uploaded?.zip ?? Buffer.alloc(0) }],
    });
    // Later, a fork's pull request from a branch it named `main` uploads a report that already
    // lists the new HIGH address. GitHub's branch filter lists it first; it must not count.
    github.seedRun({
      id: 5002,
      branch: 'main',
      conclusion: 'success',
      event: 'pull_request',
      headRepository: 'evil/platform-infra',
      artifacts: [{ name: 'ipv4-audit-reports', zip: await plantedReports(github) }],
    });

    // 2. A pull request that adds nothing passes.
    const unchanged = await runAction({
      github,
      awsEnv: before.env,
      inputs: PR_GATE,
      pullRequest: 12,
      root,
    });
    expect(unchanged.stdout).not.toContain('::error::');
    expect(unchanged.code).toBe(0);
    expect(unchanged.outputs.gate).toBe('passed');
    expect(unchanged.summary).toContain(
      "Baseline: `artifact 'ipv4-audit-reports' of run 5001 (main)`. **0** new, **0** gone",
    );

    // 3. A pull request whose account gained one HIGH address fails, naming it.
    const worse = await runAction({
      github,
      awsEnv: after.env,
      inputs: PR_GATE,
      pullRequest: 12,
      root,
    });
    expect(worse.code).toBe(1);
    expect(worse.outputs.gate).toBe('failed');
    expect(worse.stdout).toMatch(/\nBaseline: \d+_report\.json from schedule run 5001 on main\n/);
    expect(worse.stdout).toContain(
      `::error::aws-ipv4-audit gate failed: 1 new HIGH-suspicion public IPs exceed 'max-high-suspicion' (0) by 1: ${NEW_HIGH_ADDRESS} (${NEW_HIGH_ENI}, 111111111111 us-east-1)`,
    );
    // The other HIGH finding was there before: it does not count.
    expect(worse.outputs['high-suspicion-count']).toBe('2');
    const diff = JSON.parse(worse.reports.get('report.json') ?? '{}').baseline;
    expect(diff.newFindings.map((f: { address: string }) => f.address)).toEqual([NEW_HIGH_ADDRESS]);
    expect(diff.monthlyCostDeltaUsd).toBe(3.65);

    // 4. The team accepts it with a reason: the same run passes.
    const suppressions = path.join(root, 'suppressions.yml');
    await writeFile(
      suppressions,
      `suppressions:\n  - address: ${NEW_HIGH_ADDRESS}\n    reason: Partner integration, reviewed\n`,
    );
    const accepted = await runAction({
      github,
      awsEnv: after.env,
      inputs: { ...PR_GATE, suppressions },
      pullRequest: 12,
      root,
    });
    expect(accepted.stdout).not.toContain('::error::');
    expect(accepted.code).toBe(0);
    expect(accepted.reports.get('eni_public_ips.csv')).toContain(`,${NEW_HIGH_ADDRESS},`);
    expect(accepted.summary).toContain('**1** finding(s) are suppressed');
  });

  it('an own artifact whose report.json holds 1e307 is a warning: the run writes and uploads reports the next run can read', async () => {
    const poisoned = await startGitHubStandIn({ repo: 'acme/poisoned-infra' });
    try {
      // A real report of a scheduled run, then one money value no bill reaches.
      const scheduled = await runAction({
        github: poisoned,
        awsEnv: before.env,
        inputs: { ...SCAN, 'artifact-name': 'clean' },
        eventName: 'schedule',
        root,
      });
      const report = JSON.parse(scheduled.reports.get('report.json') ?? '{}');
      report.cost.totalMonthlyUsd = 1e307;
      poisoned.seedRun({
        id: 9001,
        branch: 'main',
        conclusion: 'success',
        event: 'schedule',
        artifacts: [
          {
            name: 'ipv4-audit-reports',
            files: { '1695071739_report.json': JSON.stringify(report) },
          },
        ],
      });
      const next = await runAction({
        github: poisoned,
        awsEnv: before.env,
        inputs: { ...SCAN, baseline: 'artifact' },
        eventName: 'schedule',
        root,
      });
      expect(next.stdout).toContain(
        "::warning::The baseline 'artifact' could not be read (1695071739_report.json in artifact 'ipv4-audit-reports' of run 9001: not a valid aws-ipv4-audit report.json: /cost/totalMonthlyUsd must be <= 10000000000000)",
      );
      expect(next.code).toBe(0);
      expect(JSON.parse(next.reports.get('report.json') ?? '{}').baseline).toBeNull();
      // What it uploads is a baseline the run after it takes: the bad artifact stops nothing.
      const uploaded = poisoned.artifacts().find((a) => a.name === 'ipv4-audit-reports');
      expect(uploaded?.finalized).toBe(true);
      poisoned.seedRun({
        id: 9002,
        branch: 'main',
        conclusion: 'success',
        event: 'schedule',
        artifacts: [{ name: 'ipv4-audit-reports', zip: uploaded?.zip ?? Buffer.alloc(0) }],
      });
      const after9002 = await runAction({
        github: poisoned,
        awsEnv: before.env,
        inputs: { ...SCAN, baseline: 'artifact', 'upload-artifact': 'false' },
        eventName: 'schedule',
        root,
      });
      expect(after9002.stdout).not.toContain('::warning::The baseline');
      expect(after9002.code).toBe(0);
      expect(after9002.summary).toContain("artifact 'ipv4-audit-reports' of run 9002 (main)");
    } finally {
      await poisoned.close();
    }
  });

  it('with only a fork run on a branch named main, warns and gates on all findings', async () => {
    const lone = await startGitHubStandIn({ repo: 'acme/other-infra' });
    try {
      lone.seedRun({
        id: 6001,
        branch: 'main',
        conclusion: 'success',
        event: 'pull_request',
        headRepository: 'evil/other-infra',
        artifacts: [{ name: 'ipv4-audit-reports', zip: await plantedReports(lone) }],
      });
      const run = await runAction({
        github: lone,
        awsEnv: after.env,
        inputs: PR_GATE,
        pullRequest: 3,
        root,
      });
      expect(run.stdout).toContain(
        "::warning::The baseline 'artifact' could not be read (no successful schedule, workflow_dispatch or push run of this workflow on acme/other-infra's 'main' has an artifact named 'ipv4-audit-reports'; 1 run from pull requests, forks or other events was not considered): the gate counts all findings instead of new ones",
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("2 HIGH-suspicion public IPs exceed 'max-high-suspicion' (0)");
      expect(JSON.parse(run.reports.get('report.json') ?? '{}').baseline).toBeNull();
    } finally {
      await lone.close();
    }
  });
});
