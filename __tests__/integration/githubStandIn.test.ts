// Proves the GitHub stand-in against the real toolkit packages, in-process: whatever
// @actions/core, @actions/artifact and @actions/github send through a runner's environment,
// the stand-in must answer the way GitHub does.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createZip } from '../../test-support/github/createZip.js';
import { decodeJwtClaims } from '../../test-support/github/fakeJwt.js';
import { readZip } from '../../test-support/github/readZip.js';
import {
  startGitHubStandIn,
  type GitHubStandIn,
} from '../../test-support/github/startGitHubStandIn.js';

const READER_TOKEN = 'ghp_reader-with-actions-read';

let standIn: GitHubStandIn;
let scratch: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  standIn = await startGitHubStandIn({ repo: 'acme/platform-infra', extraTokens: [READER_TOKEN] });
  scratch = mkdtempSync(join(tmpdir(), 'github-stand-in-test-'));
});

afterAll(async () => {
  await standIn.close();
  rmSync(scratch, { recursive: true, force: true });
});

afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name];
  Object.assign(process.env, savedEnv);
  standIn.faults = {};
});

/** Sets process.env as the runner would for one step and returns that env. */
function runnerStep(options?: Parameters<GitHubStandIn['env']>[0]): Record<string, string> {
  const env = standIn.env(options);
  Object.assign(process.env, env);
  return env;
}

// @actions/github fixes its default baseUrl from GITHUB_API_URL when it loads, and
// @actions/artifact's cross-run download relies on that default; so load them only once the
// env points here (the URL stays the same for the whole file).
const toolkit = async () => ({
  artifact: await import('@actions/artifact'),
  github: await import('@actions/github'),
});

function writeTree(root: string, files: Record<string, string>): string[] {
  return Object.entries(files).map(([path, text]) => {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    return full;
  });
}

const asText = (files: Map<string, Buffer>): Record<string, string> =>
  Object.fromEntries([...files].map(([path, bytes]) => [path, bytes.toString('utf8')]));

describe('OIDC token endpoint', () => {
  test('core.getIDToken gets a token naming the audience, repo and ref', async () => {
    runnerStep();
    const token = await core.getIDToken('sts.amazonaws.com');

    expect(decodeJwtClaims(token)).toMatchObject({
      aud: 'sts.amazonaws.com',
      repository: 'acme/platform-infra',
      ref: 'refs/heads/main',
      sub: 'repo:acme/platform-infra:ref:refs/heads/main',
      iss: 'https://token.actions.githubusercontent.com',
    });
    expect(standIn.oidcRequests.at(-1)).toEqual({
      audience: 'sts.amazonaws.com',
      authorization: `Bearer ${standIn.oidcRequestToken}`,
      status: 200,
    });
    expect(standIn.requests.at(-1)?.url).toBe(
      '/oidc/token?api-version=2.0&audience=sts.amazonaws.com',
    );
  });

  test('a wrong request token gets 401, an injected fault 500, an absent endpoint no env', async () => {
    runnerStep({ vars: { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-token' } });
    await expect(core.getIDToken('sts.amazonaws.com')).rejects.toThrow(/401/);
    expect(standIn.oidcRequests.at(-1)?.status).toBe(401);

    runnerStep();
    standIn.faults = { oidc: 'error' };
    await expect(core.getIDToken('sts.amazonaws.com')).rejects.toThrow(/500/);

    standIn.faults = { oidc: 'absent' };
    const env = standIn.env();
    expect(env.ACTIONS_ID_TOKEN_REQUEST_URL).toBeUndefined();
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    await expect(core.getIDToken('sts.amazonaws.com')).rejects.toThrow(
      /ACTIONS_ID_TOKEN_REQUEST_URL/,
    );
  });
});

describe('artifact results service', () => {
  test('uploadArtifact lands unzipped files, retention and a finalized id; it downloads back', async () => {
    runnerStep();
    const { artifact } = await toolkit();
    const root = join(scratch, 'upload');
    const originals = {
      'report.json': JSON.stringify({ publicIps: 3 }),
      'report.csv': 'account,region,ip\n111122223333,eu-west-1,203.0.113.7\n',
      'details/summary.md': '# IPv4 audit\n',
    };
    const client = new artifact.DefaultArtifactClient();

    const result = await client.uploadArtifact('ipv4-audit', writeTree(root, originals), root, {
      retentionDays: 5,
    });

    const [received] = standIn.artifacts();
    expect(received).toMatchObject({
      id: result.id,
      name: 'ipv4-audit',
      runId: standIn.runId,
      version: 7,
      mimeType: 'application/zip',
      retentionDays: 5,
      finalized: true,
      size: result.size,
      digest: `sha256:${result.digest}`,
    });
    expect(asText(received?.files ?? new Map())).toEqual(originals);

    // The installed @azure/storage-blob stages blocks, then commits the block list.
    const blob = standIn.requests.filter((r) => r.service === 'blob');
    expect(
      blob.map((r) => `${r.method} ${new URL(r.url, standIn.url).searchParams.get('comp')}`),
    ).toEqual(['PUT block', 'PUT blocklist']);
    expect(blob[1]?.headers['x-ms-blob-content-type']).toBe('application/zip');

    const listed = await client.listArtifacts();
    expect(listed.artifacts.map((a) => [a.id, a.name])).toEqual([[result.id, 'ipv4-audit']]);
    const found = await client.getArtifact('ipv4-audit');
    expect(found.artifact.id).toBe(result.id);

    const into = join(scratch, 'download-own');
    await client.downloadArtifact(result.id ?? 0, { path: into });
    expect(readFileSync(join(into, 'details/summary.md'), 'utf8')).toBe('# IPv4 audit\n');
    const twirp = standIn.requests.filter((r) => r.service === 'results').map((r) => r.pathname);
    expect(twirp).toContain(
      '/twirp/github.actions.results.api.v1.ArtifactService/GetSignedArtifactURL',
    );
  });

  test('a failed upload or CreateArtifact rejects and leaves nothing finalized', async () => {
    runnerStep();
    const { artifact } = await toolkit();
    const root = join(scratch, 'failing');
    const files = writeTree(root, { 'report.json': '{}' });
    const client = new artifact.DefaultArtifactClient();

    standIn.faults = { upload: 403 };
    await expect(client.uploadArtifact('broken-upload', files, root)).rejects.toThrow();
    expect(standIn.artifacts().find((a) => a.name === 'broken-upload')?.finalized).toBe(false);

    standIn.faults = { createArtifact: 403 };
    await expect(client.uploadArtifact('never-created', files, root)).rejects.toThrow(
      /CreateArtifact.*403|Failed to CreateArtifact/,
    );
    expect(standIn.artifacts().some((a) => a.name === 'never-created')).toBe(false);
  });

  test('downloadArtifact with findBy fetches a seeded artifact of another run by REST', async () => {
    runnerStep();
    const { artifact } = await toolkit();
    const seeded = standIn.seedRun({
      id: 6001,
      branch: 'main',
      conclusion: 'success',
      artifacts: [{ name: 'ipv4-audit', zip: createZip({ 'report.json': '{"publicIps":9}' }) }],
    });
    const findBy = {
      token: READER_TOKEN,
      workflowRunId: 6001,
      repositoryOwner: 'acme',
      repositoryName: 'platform-infra',
    };
    const client = new artifact.DefaultArtifactClient();

    const { artifact: found } = await client.getArtifact('ipv4-audit', { findBy });
    expect(found.id).toBe(seeded.artifacts[0]?.id);
    const into = join(scratch, 'download-other');
    await client.downloadArtifact(found.id, { path: into, findBy });

    expect(readFileSync(join(into, 'report.json'), 'utf8')).toBe('{"publicIps":9}');
    const rest = standIn.requests.filter((r) => r.service === 'rest');
    expect(rest.map((r) => [r.method, r.pathname, r.status, r.token])).toEqual([
      ['GET', '/repos/acme/platform-infra/actions/runs/6001/artifacts', 200, READER_TOKEN],
      ['GET', `/repos/acme/platform-infra/actions/artifacts/${found.id}/zip`, 302, READER_TOKEN],
    ]);
    expect(rest[0]?.authorization).toBe(`token ${READER_TOKEN}`);
  });
});

describe('REST API', () => {
  test('creates, pages through and updates PR comments with the given token', async () => {
    const seen = standIn.requests.length;
    const env = runnerStep({ pullRequest: 7 });
    // github.context was built when the module first loaded, so check the event file itself.
    expect(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8'))).toMatchObject({
      number: 7,
      pull_request: { number: 7, base: { ref: 'main' } },
    });
    expect(env).toMatchObject({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/7/merge',
    });
    const { github } = await toolkit();
    const octokit = github.getOctokit(standIn.githubToken, { baseUrl: standIn.url });
    const previous = standIn.seedComment(7, 'older note', 'octocat');

    const created = await octokit.rest.issues.createComment({
      owner: 'acme',
      repo: 'platform-infra',
      issue_number: 7,
      body: '<!-- ipv4-audit --> 3 public IPs',
    });
    await octokit.rest.issues.createComment({
      owner: 'acme',
      repo: 'platform-infra',
      issue_number: 7,
      body: 'third',
    });
    const pages = [];
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner: 'acme',
      repo: 'platform-infra',
      issue_number: 7,
      per_page: 2,
    })) {
      pages.push(page.data.map((c) => c.id));
    }
    expect(pages).toEqual([[previous, created.data.id], [created.data.id + 1]]);

    await octokit.rest.issues.updateComment({
      owner: 'acme',
      repo: 'platform-infra',
      comment_id: created.data.id,
      body: '<!-- ipv4-audit --> 2 public IPs',
    });
    expect(standIn.comments(7).map((c) => [c.user, c.body])).toEqual([
      ['octocat', 'older note'],
      ['github-actions[bot]', '<!-- ipv4-audit --> 2 public IPs'],
      ['github-actions[bot]', 'third'],
    ]);
    // create, create, two pages, update: all with the token the octokit was given.
    expect(standIn.requests.slice(seen).map((r) => r.token)).toEqual(
      Array(5).fill(standIn.githubToken),
    );

    const stranger = github.getOctokit('ghp_unknown', { baseUrl: standIn.url });
    await expect(
      stranger.rest.issues.listComments({ owner: 'acme', repo: 'platform-infra', issue_number: 7 }),
    ).rejects.toMatchObject({ status: 401 });
  });

  test('lists seeded workflow runs newest first with GitHub filters', async () => {
    runnerStep();
    const { github } = await toolkit();
    const octokit = github.getOctokit(standIn.githubToken, { baseUrl: standIn.url });
    // A branch of its own: the stand-in (and run 6001 seeded above) lives for the whole file.
    standIn.seedRun({ id: 5001, branch: 'release', conclusion: 'success' });
    standIn.seedRun({ id: 5002, branch: 'release', conclusion: 'failure' });
    standIn.seedRun({ id: 5003, branch: 'feature/x', conclusion: 'success' });
    standIn.seedRun({ id: 5004, branch: 'release', conclusion: 'success', event: 'schedule' });
    standIn.seedRun({
      id: 5005,
      branch: 'release',
      conclusion: 'success',
      workflowFile: 'other.yml',
      workflowId: 99,
    });

    const { data } = await octokit.rest.actions.listWorkflowRuns({
      owner: 'acme',
      repo: 'platform-infra',
      workflow_id: 'ipv4-audit.yml',
      branch: 'release',
      status: 'success',
      per_page: 10,
    });
    expect(data.workflow_runs.map((r) => r.id)).toEqual([5004, 5001]);

    const pushOnly = await octokit.rest.actions.listWorkflowRunsForRepo({
      owner: 'acme',
      repo: 'platform-infra',
      branch: 'release',
      event: 'push',
      status: 'completed',
      per_page: 1,
    });
    expect(pushOnly.data.total_count).toBe(3);
    expect(pushOnly.data.workflow_runs.map((r) => r.id)).toEqual([5005]);
    expect(pushOnly.headers.link).toContain('rel="next"');
  });

  test("a fork's pull request run is listed under the branch it named, with the fork as head", async () => {
    runnerStep();
    const { github } = await toolkit();
    const octokit = github.getOctokit(standIn.githubToken, { baseUrl: standIn.url });
    standIn.seedRun({ id: 5101, branch: 'trunk', conclusion: 'success', event: 'schedule' });
    standIn.seedRun({
      id: 5102,
      branch: 'trunk',
      conclusion: 'success',
      event: 'pull_request',
      headRepository: 'evil/platform-infra',
      artifacts: [{ name: 'ipv4-audit', files: { 'report.json': '{}' } }],
    });

    const { data } = await octokit.rest.actions.listWorkflowRuns({
      owner: 'acme',
      repo: 'platform-infra',
      workflow_id: 'ipv4-audit.yml',
      branch: 'trunk',
      status: 'success',
    });
    expect(
      data.workflow_runs.map((r) => [
        r.id,
        r.event,
        r.head_branch,
        r.repository.full_name,
        r.head_repository.full_name,
        r.head_repository.fork,
        r.head_repository_id === r.head_repository.id,
      ]),
    ).toEqual([
      [5102, 'pull_request', 'trunk', 'acme/platform-infra', 'evil/platform-infra', true, true],
      [5101, 'schedule', 'trunk', 'acme/platform-infra', 'acme/platform-infra', false, true],
    ]);
    const fork = data.workflow_runs[0]?.head_repository_id;
    expect(fork).not.toBe(data.workflow_runs[0]?.repository.id);
    const { data: artifacts } = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner: 'acme',
      repo: 'platform-infra',
      run_id: 5102,
    });
    expect(artifacts.artifacts[0]?.workflow_run).toMatchObject({
      id: 5102,
      head_branch: 'trunk',
      head_repository_id: fork,
    });
  });
});

describe('faults', () => {
  test('silent: the request is accepted, read and recorded, and never answered', async () => {
    standIn.faults = { silent: ['rest'] };
    const seen = standIn.requests.length;
    const answer = await fetch(`${standIn.url}/repos/acme/platform-infra/actions/runs`, {
      headers: { authorization: `token ${standIn.githubToken}` },
      signal: AbortSignal.timeout(300),
    }).catch((error: unknown) => error);
    expect(answer).toMatchObject({ name: 'TimeoutError' });
    expect(standIn.requests.slice(seen)).toMatchObject([
      { service: 'rest', method: 'GET', pathname: '/repos/acme/platform-infra/actions/runs' },
    ]);
    expect(standIn.requests.at(-1)?.status).toBeUndefined();
    // Other services still answer.
    const blob = await fetch(`${standIn.url}/blob/no-such-blob`, {
      signal: AbortSignal.timeout(300),
    });
    expect(blob.status).toBe(404);
  });

  test.each([
    ['oidc', 'GET', '/oidc/token?api-version=2.0&audience=sts.amazonaws.com'],
    ['results', 'POST', '/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact'],
    ['blob', 'PUT', '/blob/actions-results/run/1.zip?comp=block&blockid=AAAA&sig=x'],
  ] as const)(
    'silent: %s requests are recorded and never answered, and only those',
    async (service, method, url) => {
      standIn.faults = { silent: [service] };
      const seen = standIn.requests.length;
      const answer = await fetch(`${standIn.url}${url}`, {
        method,
        ...(method === 'GET' ? {} : { body: '{}' }),
        signal: AbortSignal.timeout(300),
      }).catch((error: unknown) => error);
      expect(answer).toMatchObject({ name: 'TimeoutError' });
      expect(standIn.requests.slice(seen)).toMatchObject([{ service, method, url }]);
      expect(standIn.requests.at(-1)?.status).toBeUndefined();
      // The REST API still answers (here: no token, 401).
      const rest = await fetch(`${standIn.url}/repos/acme/platform-infra/actions/runs`, {
        signal: AbortSignal.timeout(300),
      });
      expect(rest.status).toBe(401);
    },
  );

  test('rest: every REST request answers the status, as GitHub answers errors', async () => {
    standIn.faults = { rest: 502 };
    const answer = await fetch(`${standIn.url}/repos/acme/platform-infra/actions/runs`, {
      headers: { authorization: `token ${standIn.githubToken}` },
    });
    expect(answer.status).toBe(502);
    expect(await answer.json()).toEqual({
      message: 'Server Error',
      documentation_url: 'https://docs.github.com/rest',
    });
  });
});

describe('runner file commands', () => {
  test('setOutput and summary.write land where readOutputs and readSummary find them', async () => {
    const env = runnerStep();
    core.setOutput('public-ips', 3);
    core.setOutput('report', 'line one\nline two');
    // core.summary remembers the first GITHUB_STEP_SUMMARY it sees; only this test writes it.
    await core.summary.addHeading('IPv4 audit').addRaw('3 public IPs').write();

    expect(standIn.readOutputs(env)).toEqual({ 'public-ips': '3', report: 'line one\nline two' });
    expect(standIn.readSummary(env)).toContain('<h1>IPv4 audit</h1>');
    expect(
      readZip(createZip({ 'a/b.txt': 'ok' }))
        .get('a/b.txt')
        ?.toString(),
    ).toBe('ok');
  });
});
