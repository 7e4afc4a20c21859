// One node:http server standing in for the GitHub services an action reaches through the
// runner's environment: the OIDC token endpoint, the artifact results service (Twirp) with its
// blob storage, and the REST API. Point a process at it with `standIn.env()`.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRunnerEnv, type RunnerEnvOptions } from './createRunnerEnv.js';
import { createZip, type ZipFiles } from './createZip.js';
import { fakeJwt } from './fakeJwt.js';
import { handleBlob } from './handleBlob.js';
import { handleOidc } from './handleOidc.js';
import { handleRestApi, tokenOf } from './handleRestApi.js';
import { handleResultsService } from './handleResultsService.js';
import { jsonReply, type Reply } from './jsonReply.js';
import { readOutputs } from './readOutputs.js';
import { readSummary } from './readSummary.js';
import { readZip } from './readZip.js';
import type {
  GitHubStandInFaults,
  OidcRequest,
  RecordedRequest,
  RepoIdentity,
  StandInRequest,
  StandInService,
  StandInState,
  StoredRun,
} from './standInState.js';

export type { RunnerEnvOptions } from './createRunnerEnv.js';
export type { GitHubStandInFaults, OidcRequest, RecordedRequest } from './standInState.js';

export interface GitHubStandInOptions {
  /** 'owner/name'; default 'acme/platform-infra'. */
  repo?: string;
  /** The current run (GITHUB_RUN_ID); default 7001. */
  runId?: number;
  runAttempt?: number;
  runNumber?: number;
  /** Workflow name (GITHUB_WORKFLOW), file and numeric id of the current run. */
  workflow?: string;
  workflowFile?: string;
  workflowId?: number;
  sha?: string;
  /** GITHUB_REF for non-PR events and the OIDC `sub`; default 'refs/heads/main'. */
  ref?: string;
  /** The token the REST API accepts (what a workflow passes as `github-token`). */
  githubToken?: string;
  /** More tokens the REST API accepts, e.g. a PAT used to read another run's artifacts. */
  extraTokens?: string[];
  faults?: GitHubStandInFaults;
}

export interface SeedArtifact {
  name: string;
  /** The archive as GitHub stores it; or give `files` and the stand-in zips them. */
  zip?: Buffer;
  files?: ZipFiles;
  expired?: boolean;
}

export interface SeedRunInput {
  id: number;
  /** Default: the current run's workflow. */
  workflowId?: number;
  workflowFile?: string;
  name?: string;
  branch: string;
  /** null for a run still in progress. */
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | null;
  /** Default 'completed', or 'in_progress' when conclusion is null. */
  status?: 'completed' | 'in_progress' | 'queued';
  event?: string;
  /** 'owner/name' of the head commit's repository, e.g. a fork's; default this repository. */
  headRepository?: string;
  headSha?: string;
  /** Orders the runs (newest first, like GitHub); default: later seeds are newer. */
  createdAt?: Date;
  runNumber?: number;
  artifacts?: SeedArtifact[];
}

export interface SeededRun {
  id: number;
  artifacts: { id: number; name: string }[];
}

/** An artifact that came in through CreateArtifact, with what the upload delivered. */
export interface ReceivedArtifact {
  id: number;
  name: string;
  runId: number;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  version: number | undefined;
  mimeType: string;
  createdAt: Date;
  expiresAt: Date | undefined;
  /** expires_at − creation, rounded to whole days. */
  retentionDays: number | undefined;
  finalized: boolean;
  /** Size and `sha256:` hash as FinalizeArtifact reported them. */
  size: number | undefined;
  digest: string | undefined;
  zip: Buffer | undefined;
  /** Unzipped contents by archive path (empty when nothing was committed). */
  files: Map<string, Buffer>;
}

export interface ReceivedComment {
  id: number;
  body: string;
  user: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface GitHubStandIn {
  /** http://127.0.0.1:<port> */
  url: string;
  repo: { owner: string; name: string; fullName: string };
  runId: number;
  /** The token to hand the action as `github-token`. */
  githubToken: string;
  /** ACTIONS_RUNTIME_TOKEN and ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  runtimeToken: string;
  oidcRequestToken: string;
  /** Mutable: set a field to inject that fault from the next request on. */
  faults: GitHubStandInFaults;
  /** Every request, in arrival order (live). */
  requests: readonly RecordedRequest[];
  /** Every ID token request, in arrival order (live). */
  oidcRequests: readonly OidcRequest[];
  /** The environment of one step; each call prepares fresh file-command files. */
  env(options?: RunnerEnvOptions): Record<string, string>;
  seedRun(run: SeedRunInput): SeededRun;
  /** A comment already on the PR, e.g. one a previous run left. Returns its id. */
  seedComment(issueNumber: number, body: string, user?: string): number;
  artifacts(): ReceivedArtifact[];
  comments(issueNumber: number): ReceivedComment[];
  readOutputs(env: Record<string, string | undefined>): Record<string, string>;
  readSummary(env: Record<string, string | undefined>): string;
  close(): Promise<void>;
}

const DAY_MS = 86400_000;

export async function startGitHubStandIn(
  options: GitHubStandInOptions = {},
): Promise<GitHubStandIn> {
  const [owner, name, ...extra] = (options.repo ?? 'acme/platform-infra').split('/');
  if (!owner || !name || extra.length > 0)
    throw new Error(`repo must be 'owner/name', got '${options.repo}'`);
  const ref = options.ref ?? 'refs/heads/main';
  const githubToken = options.githubToken ?? `ghs_${randomBytes(18).toString('base64url')}`;
  const currentRun: StoredRun = {
    id: options.runId ?? 7001,
    name: options.workflow ?? 'ipv4-audit',
    workflowId: options.workflowId ?? 61_000_001,
    workflowFile: options.workflowFile ?? 'ipv4-audit.yml',
    branch: ref.replace(/^refs\/heads\//, ''),
    headSha: options.sha ?? createHash('sha1').update(`stand-in ${ref}`).digest('hex'),
    event: 'push',
    status: 'in_progress',
    conclusion: null,
    runNumber: options.runNumber ?? 42,
    runAttempt: options.runAttempt ?? 1,
    createdAt: new Date(),
    ...newBackendIds(),
  };
  const now = Math.floor(Date.now() / 1000);
  const state: StandInState = {
    baseUrl: '',
    repo: { owner, name, fullName: `${owner}/${name}`, id: 700_000_123 },
    currentRun,
    ref,
    // The artifact client takes its backend ids from this claim (Actions.Results:<run>:<job>).
    runtimeToken: fakeJwt({
      nameid: randomUUID(),
      scp: `Actions.ExampleScope Actions.Results:${currentRun.workflowRunBackendId}:${currentRun.workflowJobRunBackendId}`,
      ac: JSON.stringify([{ Scope: ref, Permission: 3 }]),
      iss: 'vstoken.actions.githubusercontent.com',
      aud: 'vstoken.actions.githubusercontent.com',
      nbf: now - 5,
      exp: now + 6 * 3600,
    }),
    oidcRequestToken: randomBytes(24).toString('base64url'),
    githubTokens: new Set([githubToken, ...(options.extraTokens ?? [])]),
    faults: { ...options.faults },
    requests: [],
    oidcRequests: [],
    artifacts: [],
    runs: [],
    comments: [],
    nextArtifactId: 3_100_000_001,
    nextCommentId: 2_600_000_001,
  };
  const root = mkdtempSync(join(tmpdir(), 'github-stand-in-'));
  const workspace = join(root, 'workspace');
  mkdirSync(workspace);
  let steps = 0;

  const server = createServer((req, res) => {
    void serve(req, res, state);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const seedArtifactTime = (run: StoredRun): Date => new Date(run.createdAt.getTime() + 60_000);

  return {
    url: state.baseUrl,
    repo: { owner, name, fullName: state.repo.fullName },
    runId: currentRun.id,
    githubToken,
    runtimeToken: state.runtimeToken,
    oidcRequestToken: state.oidcRequestToken,
    get faults() {
      return state.faults;
    },
    set faults(faults: GitHubStandInFaults) {
      state.faults = faults;
    },
    requests: state.requests,
    oidcRequests: state.oidcRequests,
    env: (envOptions) =>
      createRunnerEnv(state, { stepDir: join(root, `step-${++steps}`), workspace }, envOptions),
    seedRun(input) {
      const previous = state.runs.at(-1);
      const run: StoredRun = {
        id: input.id,
        name: input.name ?? currentRun.name,
        workflowId: input.workflowId ?? currentRun.workflowId,
        workflowFile: input.workflowFile ?? currentRun.workflowFile,
        branch: input.branch,
        headSha: input.headSha ?? createHash('sha1').update(`run ${input.id}`).digest('hex'),
        event: input.event ?? 'push',
        ...(input.headRepository ? { headRepository: forkIdentity(input.headRepository) } : {}),
        status: input.status ?? (input.conclusion === null ? 'in_progress' : 'completed'),
        conclusion: input.conclusion,
        runNumber: input.runNumber ?? input.id,
        runAttempt: 1,
        createdAt:
          input.createdAt ??
          new Date(
            previous
              ? previous.createdAt.getTime() + 3600_000
              : currentRun.createdAt.getTime() - 30 * DAY_MS,
          ),
        ...newBackendIds(),
      };
      if (state.runs.some((r) => r.id === run.id) || run.id === currentRun.id) {
        throw new Error(`seedRun: run ${run.id} already exists`);
      }
      state.runs.push(run);
      const artifacts = (input.artifacts ?? []).map((seed) => {
        const zip = seed.zip ?? createZip(seed.files ?? {});
        const id = state.nextArtifactId++;
        state.artifacts.push({
          id,
          name: seed.name,
          runId: run.id,
          workflowRunBackendId: run.workflowRunBackendId,
          workflowJobRunBackendId: run.workflowJobRunBackendId,
          uploaded: false,
          version: 7,
          mimeType: 'application/zip',
          createdAt: seedArtifactTime(run),
          expiresAt: new Date(seedArtifactTime(run).getTime() + 90 * DAY_MS),
          expired: seed.expired ?? false,
          finalized: true,
          blobPath: `actions-results/${run.workflowRunBackendId}/${id}.zip`,
          uploadSig: randomBytes(12).toString('base64url'),
          downloadSig: randomBytes(12).toString('base64url'),
          blob: zip,
          blobContentType: 'application/zip',
          stagedBlocks: new Map(),
          size: zip.length,
          digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
        });
        return { id, name: seed.name };
      });
      return { id: run.id, artifacts };
    },
    seedComment(issueNumber, body, user = 'github-actions[bot]') {
      const at = new Date();
      const id = state.nextCommentId++;
      const bot = user.endsWith('[bot]');
      state.comments.push({
        id,
        issueNumber,
        body,
        user: { login: user, id: bot ? 41898282 : 583231, type: bot ? 'Bot' : 'User' },
        createdAt: at,
        updatedAt: at,
      });
      return id;
    },
    artifacts: () =>
      state.artifacts
        .filter((a) => a.uploaded)
        .map((a) => ({
          id: a.id,
          name: a.name,
          runId: a.runId,
          workflowRunBackendId: a.workflowRunBackendId,
          workflowJobRunBackendId: a.workflowJobRunBackendId,
          version: a.version,
          mimeType: a.mimeType,
          createdAt: a.createdAt,
          expiresAt: a.expiresAt,
          retentionDays:
            a.expiresAt && Math.round((a.expiresAt.getTime() - a.createdAt.getTime()) / DAY_MS),
          finalized: a.finalized,
          size: a.size,
          digest: a.digest,
          zip: a.blob,
          files: unpack(a.blob, a.name, a.blobContentType ?? a.mimeType),
        })),
    comments: (issueNumber) =>
      state.comments
        .filter((c) => c.issueNumber === issueNumber)
        .map((c) => ({
          id: c.id,
          body: c.body,
          user: c.user.login,
          createdAt: c.createdAt,
          updatedAt: c.updatedAt,
        })),
    readOutputs,
    readSummary,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A repository other than the stand-in's, with a stable id of its own. */
function forkIdentity(fullName: string): RepoIdentity {
  const [owner, name, ...extra] = fullName.split('/');
  if (!owner || !name || extra.length > 0)
    throw new Error(`headRepository must be 'owner/name', got '${fullName}'`);
  const id = 800_000_000 + (createHash('sha1').update(fullName).digest().readUInt32BE(0) % 1e8);
  return { owner, name, fullName, id };
}

function newBackendIds(): { workflowRunBackendId: string; workflowJobRunBackendId: string } {
  return { workflowRunBackendId: randomUUID(), workflowJobRunBackendId: randomUUID() };
}

/** A zip's entries; a raw (skipArchive) upload is one file named after the artifact. */
function unpack(blob: Buffer | undefined, name: string, contentType: string): Map<string, Buffer> {
  if (!blob) return new Map();
  return contentType === 'application/zip' ? readZip(blob) : new Map([[name, blob]]);
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function serviceOf(pathname: string): StandInService {
  if (pathname.startsWith('/oidc/')) return 'oidc';
  if (pathname.startsWith('/twirp/')) return 'results';
  if (pathname.startsWith('/blob/')) return 'blob';
  return 'rest';
}

const ROUTES: Record<StandInService, (request: StandInRequest, state: StandInState) => Reply> = {
  oidc: handleOidc,
  results: handleResultsService,
  blob: handleBlob,
  rest: handleRestApi,
};

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  state: StandInState,
): Promise<void> {
  const url = new URL(req.url ?? '/', state.baseUrl);
  const service = serviceOf(url.pathname);
  const record: RecordedRequest = {
    service,
    method: req.method ?? 'GET',
    url: url.pathname + url.search,
    pathname: url.pathname,
    authorization: req.headers.authorization,
    token: tokenOf(req.headers.authorization),
    headers: req.headers,
    json: undefined,
    status: undefined,
  };
  state.requests.push(record);
  let reply: Reply;
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = {
      method: record.method,
      url,
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    if ((service === 'results' || service === 'rest') && request.body.length > 0) {
      record.json = parseJson(request.body);
    }
    // Accepted, read, and never answered: the client's own time-out is all that ends it.
    if (state.faults.silent?.includes(service)) return;
    reply =
      service === 'rest' && state.faults.rest !== undefined
        ? jsonReply(state.faults.rest, {
            message: 'Server Error',
            documentation_url: 'https://docs.github.com/rest',
          })
        : ROUTES[service](request, state);
  } catch (error) {
    // A stand-in bug should fail the test that hit it, not hang it.
    reply = jsonReply(500, { message: `stand-in error: ${String(error)}` });
  }
  record.status = reply.status;
  res.writeHead(reply.status, {
    ...(service === 'rest'
      ? { 'x-github-request-id': randomUUID(), 'x-github-api-version-selected': '2022-11-28' }
      : {}),
    ...reply.headers,
  });
  res.end(reply.body);
}
