// The bundled action against a GitHub API that accepts every call and never answers: with
// `baseline: artifact` and `comment-on-pr`, each call is tried three times within its time-out
// and then given up with a warning naming it; the scan, the reports and the artifact are not
// held up, and the step ends with its own verdict.
import { mkdtemp, rm } from 'node:fs/promises';
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

let aws: AwsStandIn;
let github: GitHubStandIn;
let root: string;

beforeAll(async () => {
  [aws, github] = await Promise.all([
    startAwsStandIn({ fixture: sampleOrg() }),
    startGitHubStandIn({ repo: 'acme/platform-infra' }),
  ]);
  root = await mkdtemp(path.join(tmpdir(), 'ipv4-audit-github-silent-'));
});

afterAll(async () => {
  await Promise.all([aws?.close(), github?.close()]);
  if (root) await rm(root, { recursive: true, force: true });
});

describe('dist/index.js and a GitHub API that never answers', () => {
  it('warns naming each call after three tries, and the step still scans, writes, uploads and passes', async () => {
    github.faults = { silent: ['rest'] };
    const run = await runAction({
      github,
      awsEnv: aws.env,
      inputs: {
        mode: 'single-account',
        regions: 'us-east-1',
        baseline: 'artifact',
        'comment-on-pr': 'true',
        'request-timeout': '1',
      },
      pullRequest: 7,
      root,
    });

    expect(run.stdout).toContain(
      "::warning::The baseline 'artifact' could not be read (GitHub GET /repos/acme/platform-infra/actions/workflows/ipv4-audit.yml/runs: no answer in 1 s (3 attempts))\n",
    );
    expect(run.stdout).toContain(
      '::warning::The pull request comment was not written: GitHub GET /repos/acme/platform-infra/issues/7/comments: no answer in 1 s (3 attempts)\n',
    );
    expect(run.stdout).not.toContain('::error::');
    expect(run.code).toBe(0);
    expect(run.outputs.gate).toBe('passed');
    expect(run.reports.get('eni_public_ips.csv')).toContain(',54.210.10.4,');
    expect(JSON.parse(run.reports.get('report.json') ?? '{}').baseline).toBeNull();
    // The artifact service answered: the reports went up all the same.
    expect(github.artifacts().find((a) => a.name === 'ipv4-audit-reports')?.finalized).toBe(true);
    // Exactly three tries of each call, none answered, and no comment was made.
    const rest = github.requests.filter((r) => r.service === 'rest');
    expect(rest.map((r) => `${r.method} ${r.pathname}`)).toEqual([
      ...Array<string>(3).fill(
        'GET /repos/acme/platform-infra/actions/workflows/ipv4-audit.yml/runs',
      ),
      ...Array<string>(3).fill('GET /repos/acme/platform-infra/issues/7/comments'),
    ]);
    expect(rest.every((r) => r.status === undefined)).toBe(true);
    expect(github.comments(7)).toEqual([]);
  });
});
