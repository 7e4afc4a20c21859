// The plan check in the committed bundles: dist/cli.js check-terraform-plan as an operator runs it,
// and dist/index.js with `scan: false` as a runner runs it on a pull request, with no AWS
// variable at all (a fork's pull request has no role) against the GitHub stand-in.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startGitHubStandIn,
  type GitHubStandIn,
} from '../../test-support/github/startGitHubStandIn.js';
import { readReports } from '../integration/cliRunner.js';
import { NODE, runAction } from './runAction.js';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const PLANS = path.resolve(import.meta.dirname, '..', '..', '__fixtures__', 'terraform');
const ROUTING = path.join(PLANS, 'routing.json');
const HEADLINE =
  'This change adds 5 public IPv4 addresses (+$18.25 a month), 2 of them in subnets with no ' +
  'route to an internet gateway. 3 subnets start assigning public IPv4 addresses to the ' +
  'instances launched in them.';

let github: GitHubStandIn;
let root: string;

beforeAll(async () => {
  github = await startGitHubStandIn({ repo: 'acme/platform-infra' });
  root = await mkdtemp(path.join(tmpdir(), 'ipv4-audit-plan-e2e-'));
});
afterAll(async () => {
  await github?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('dist/cli.js check-terraform-plan', () => {
  it('judges the plan, writes its three reports and exits 4 past --max-plan-added', async () => {
    const out = path.join(root, 'cli');
    const failed = await run(
      NODE,
      [CLI, 'check-terraform-plan', ROUTING, '--max-plan-added', '4', '--output-path', out],
      { env: { PATH: process.env.PATH ?? '' } },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 4, stderr: '' });
    const { stdout } = failed as { stdout: string };
    expect(stdout.split('\n')[0]).toBe(HEADLINE);
    expect(stdout).toContain(
      '  FAIL 5 public IPv4 addresses added by the Terraform plans (net) exceed --max-plan-added (4) by 1: ',
    );
    const reports = await readReports(out);
    expect([...reports.keys()]).toEqual(['plan_changes.csv', 'report.html', 'report.json']);
    expect(reports.get('plan_changes.csv')?.trim().split('\n')).toHaveLength(10);
  });

  it('exits 2 with one line naming a file that is not a plan', async () => {
    const bad = path.join(root, 'not-a-plan.json');
    await writeFile(bad, '[1, 2, 3]');
    const failed = await run(NODE, [CLI, 'check-terraform-plan', ROUTING, bad], {
      env: { PATH: process.env.PATH ?? '' },
      cwd: root,
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2, stdout: '' });
    const { stderr } = failed as { stderr: string };
    expect(stderr.startsWith(`aws-ipv4-audit: ${bad}: `)).toBe(true);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('lists the command in the help, with its own help', async () => {
    const general = await run(NODE, [CLI, '--help']);
    expect(general.stdout).toContain('  check-terraform-plan PLAN.json...\n');
    const own = await run(NODE, [CLI, 'check-terraform-plan', '--help']);
    expect(own.stdout).toMatch(
      /^Usage: aws-ipv4-audit check-terraform-plan PLAN\.json\.\.\. \[options\]\n/,
    );
    expect(own.stdout).toContain('  --max-plan-added N');
  });
});

describe('dist/index.js with scan: false', () => {
  it('judges the plan on a pull request without any AWS credentials: outputs, summary, comment, artifact', async () => {
    const result = await runAction({
      github,
      awsEnv: {},
      root,
      pullRequest: 12,
      inputs: {
        'terraform-plan': ROUTING,
        scan: 'false',
        'max-plan-added': '5',
        'comment-on-pr': 'true',
        'artifact-name': 'plan-gate',
      },
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      'plan-added-count': '5',
      'plan-removed-count': '0',
      'plan-monthly-change-usd': '18.25',
      gate: 'passed',
    });
    expect(
      result.summary.startsWith(
        `## AWS public IPv4 audit\n\n### This pull request\n\n${HEADLINE}\n`,
      ),
    ).toBe(true);
    const comment = github.comments(12).at(-1)?.body ?? '';
    expect(comment).toContain(`### This pull request\n\n${HEADLINE}\n`);
    expect([...result.reports.keys()]).toEqual(['plan_changes.csv', 'report.html', 'report.json']);
    expect(github.artifacts().map((a) => [a.name, a.finalized])).toContainEqual([
      'plan-gate',
      true,
    ]);
    expect(github.oidcRequests).toEqual([]);
  });

  it('fails the step naming a file that is not a plan', async () => {
    const bad = path.join(root, 'state.json');
    await writeFile(bad, JSON.stringify({ format_version: '1.0', values: { root_module: {} } }));
    const result = await runAction({
      github,
      awsEnv: {},
      root,
      inputs: { 'terraform-plan': bad, scan: 'false', 'upload-artifact': 'false' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::error::Invalid input 'terraform-plan': ${bad}: `);
    expect(result.reports.size).toBe(0);
  });
});
