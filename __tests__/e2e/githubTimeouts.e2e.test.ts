// The bundled action against GitHub services that accept every call and never answer. The REST
// API (`baseline: artifact`, `comment-on-pr`): each call is tried three times within its
// time-out, then given up with a warning naming it; the scan, the reports and the artifact are
// not held up, and the step ends with its own verdict. The OIDC token endpoint: three tries,
// then the step fails saying the token request timed out (no scan can start without it). The
// artifact results service or its blob store: the upload is stopped within its bound, a warning
// names it, and outputs, summary and verdict stand; the process ends (runAction waits for it).
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

const ROLE = 'arn:aws:iam::111111111111:role/ipv4-audit-github';

/** Workflow commands of one kind, e.g. every `::warning::` message. */
function commands(stdout: string, kind: 'error' | 'warning'): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith(`::${kind}::`))
    .map((line) => line.slice(`::${kind}::`.length));
}

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

describe('dist/index.js and an OIDC token endpoint that never answers', () => {
  it('tries the token request three times, then fails the step saying it timed out, before any AWS call', async () => {
    github.faults = { silent: ['oidc'] };
    aws.resetCounters();
    const from = github.requests.length;
    const run = await runAction({
      github,
      awsEnv: aws.env,
      inputs: {
        mode: 'single-account',
        regions: 'us-east-1',
        'role-to-assume': ROLE,
        'request-timeout': '1',
      },
      root,
    });

    expect(run.code).toBe(1);
    // The scan's first step, the caller's identity, is where the token is asked for.
    expect(commands(run.stdout, 'error')).toEqual([
      "Could not get the caller's identity (sts:GetCallerIdentity): OidcTokenError: " +
        "'role-to-assume' needs a GitHub OIDC token, and the token request timed out: " +
        'GitHub OIDC token request (ACTIONS_ID_TOKEN_REQUEST_URL): no answer in 1 s (3 attempts)',
    ]);
    const calls = github.requests.slice(from);
    expect(
      calls.map((r) => `${r.service} ${r.method} ${r.url} ${r.status ?? 'unanswered'}`),
    ).toEqual(
      Array(3).fill('oidc GET /oidc/token?api-version=2.0&audience=sts.amazonaws.com unanswered'),
    );
    expect(aws.received.webIdentity).toEqual([]);
    expect(aws.counters.total()).toBe(0);
    expect(run.reports.size).toBe(0);
  });
});

describe('dist/index.js and an artifact service that never answers', () => {
  const inputs = {
    mode: 'single-account',
    regions: 'us-east-1',
    'request-timeout': '1',
    'max-high-suspicion': '0',
  };

  it('results service (CreateArtifact) silent: the upload is stopped after 4 request time-outs, a warning, the verdict stands', async () => {
    github.faults = { silent: ['results'] };
    const from = github.requests.length;
    const run = await runAction({
      github,
      awsEnv: aws.env,
      inputs: { ...inputs, 'artifact-name': 'silent-results' },
      root,
    });

    const warning =
      'The report artifact was not uploaded: GitHub artifact upload (CreateArtifact, the blob ' +
      'upload, FinalizeArtifact): not done in 4 s (4 × request-timeout), stopped';
    expect(commands(run.stdout, 'warning')).toEqual([warning]);
    expect(commands(run.stdout, 'error')).toEqual([
      expect.stringMatching(/^aws-ipv4-audit gate failed: .*'max-high-suspicion' \(0\)/),
    ]);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ 'artifact-id': '', 'artifact-url': '', gate: 'failed' });
    expect(run.summary).toContain('could not be uploaded as `silent-results`');
    expect(run.summary).toContain('Gate: **failed**.');
    expect(run.reports.get('eni_public_ips.csv')).toContain(',54.210.10.4,');
    // One CreateArtifact, never answered; nothing reached the blob store or FinalizeArtifact.
    expect(
      github.requests.slice(from).map((r) => `${r.service} ${r.pathname} ${r.status ?? '-'}`),
    ).toEqual(['results /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact -']);
    expect(github.artifacts().filter((a) => a.name === 'silent-results')).toEqual([]);
  });

  it('blob store silent: the library gives the blob upload up for lack of progress, a warning names it', async () => {
    github.faults = { silent: ['blob'] };
    const from = github.requests.length;
    const run = await runAction({
      github,
      awsEnv: aws.env,
      inputs: { ...inputs, 'max-high-suspicion': '6', 'artifact-name': 'silent-blob' },
      root,
    });

    expect(commands(run.stdout, 'warning')).toEqual([
      'The report artifact was not uploaded: GitHub artifact upload: the blob upload made no ' +
        'progress in 1 s, stopped',
    ]);
    expect(commands(run.stdout, 'error')).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ 'artifact-id': '', 'artifact-url': '', gate: 'passed' });
    expect(run.summary).toContain('could not be uploaded as `silent-blob`');
    // Created, its blob never answered, never finalized.
    const calls = github.requests.slice(from).map((r) => `${r.service} ${r.status ?? '-'}`);
    expect(calls[0]).toBe('results 200');
    expect(calls.slice(1).every((c) => c === 'blob -')).toBe(true);
    expect(
      github.artifacts().flatMap((a) => (a.name === 'silent-blob' ? [[a.finalized, a.size]] : [])),
    ).toEqual([[false, undefined]]);
  });
});
