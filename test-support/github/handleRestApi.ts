import { signedDownloadUrl } from './handleResultsService.js';
import { jsonReply, type Reply } from './jsonReply.js';
import type {
  RepoIdentity,
  StandInRequest,
  StandInState,
  StoredArtifact,
  StoredComment,
  StoredRun,
} from './standInState.js';

/** GitHub's limit on an issue comment body, in characters. */
const MAX_COMMENT_LENGTH = 65536;

const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };

const notFound = (): Reply =>
  jsonReply(404, {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest',
    status: '404',
  });

/** The credential of `Authorization: token X` / `Bearer X` (the scheme is case-insensitive). */
export function tokenOf(authorization: string | undefined): string | undefined {
  return /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? '')?.[1];
}

interface Route {
  method: string;
  pattern: RegExp;
  handle: (params: string[], request: StandInRequest, state: StandInState) => Reply;
}

const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/issues\/(\d+)\/comments$/, handle: listComments },
  { method: 'POST', pattern: /^\/issues\/(\d+)\/comments$/, handle: createComment },
  { method: 'GET', pattern: /^\/issues\/comments\/(\d+)$/, handle: getComment },
  { method: 'PATCH', pattern: /^\/issues\/comments\/(\d+)$/, handle: updateComment },
  { method: 'DELETE', pattern: /^\/issues\/comments\/(\d+)$/, handle: deleteComment },
  { method: 'GET', pattern: /^\/actions\/workflows\/([^/]+)\/runs$/, handle: listWorkflowRuns },
  { method: 'GET', pattern: /^\/actions\/runs$/, handle: listRepoRuns },
  { method: 'GET', pattern: /^\/actions\/runs\/(\d+)$/, handle: getRun },
  { method: 'GET', pattern: /^\/actions\/runs\/(\d+)\/artifacts$/, handle: listRunArtifacts },
  { method: 'GET', pattern: /^\/actions\/artifacts$/, handle: listRepoArtifacts },
  { method: 'GET', pattern: /^\/actions\/artifacts\/(\d+)$/, handle: getArtifact },
  { method: 'GET', pattern: /^\/actions\/artifacts\/(\d+)\/([^/]+)$/, handle: downloadArtifact },
];

/** REST routes under GITHUB_API_URL for the stand-in's one repository. */
export function handleRestApi(request: StandInRequest, state: StandInState): Reply {
  const authorization = request.headers.authorization;
  if (!authorization) {
    return jsonReply(401, {
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest',
    });
  }
  const token = tokenOf(authorization);
  if (token === undefined || !state.githubTokens.has(token)) {
    return jsonReply(401, {
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
    });
  }
  const repoPath = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(request.url.pathname);
  if (
    !repoPath ||
    repoPath[1]?.toLowerCase() !== state.repo.owner.toLowerCase() ||
    repoPath[2]?.toLowerCase() !== state.repo.name.toLowerCase()
  ) {
    return notFound();
  }
  const rest = repoPath[3] ?? '';
  for (const route of ROUTES) {
    const match = route.pattern.exec(rest);
    if (match && route.method === request.method) {
      return route.handle(match.slice(1), request, state);
    }
  }
  return notFound();
}

/** One page of `items` as GitHub pages it (per_page ≤ 100, default 30) with its Link header. */
function paginate<T>(
  items: T[],
  request: StandInRequest,
  state: StandInState,
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(
    100,
    Math.max(1, Number(request.url.searchParams.get('per_page') ?? 30)),
  );
  const page = Math.max(1, Number(request.url.searchParams.get('page') ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const pageUrl = (n: number): string => {
    const url = new URL(request.url.pathname + request.url.search, state.baseUrl);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return url.href;
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
  if (page < last)
    links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

function readJson(request: StandInRequest): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(request.body.toString('utf8'));
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function commentJson(comment: StoredComment, state: StandInState): Record<string, unknown> {
  const api = `${state.baseUrl}/repos/${state.repo.fullName}`;
  return {
    id: comment.id,
    node_id: `IC_stand-in-${comment.id}`,
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${state.repo.fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: { ...comment.user, node_id: `U_${comment.user.id}` },
    created_at: comment.createdAt.toISOString(),
    updated_at: comment.updatedAt.toISOString(),
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    performed_via_github_app: null,
  };
}

function validateCommentBody(request: StandInRequest): string | Reply {
  const body = readJson(request)?.body;
  if (typeof body !== 'string' || body === '') {
    return jsonReply(422, {
      message: 'Invalid request.\n\n"body" wasn\'t supplied.',
      documentation_url: 'https://docs.github.com/rest/issues/comments',
      status: '422',
    });
  }
  if (body.length > MAX_COMMENT_LENGTH) {
    return jsonReply(422, {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: `Body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
        },
      ],
      documentation_url: 'https://docs.github.com/rest/issues/comments',
      status: '422',
    });
  }
  return body;
}

function listComments([issue]: string[], request: StandInRequest, state: StandInState): Reply {
  const comments = state.comments.filter((c) => c.issueNumber === Number(issue));
  const { page, headers } = paginate(comments, request, state);
  return jsonReply(
    200,
    page.map((c) => commentJson(c, state)),
    headers,
  );
}

function createComment([issue]: string[], request: StandInRequest, state: StandInState): Reply {
  const body = validateCommentBody(request);
  if (typeof body !== 'string') return body;
  const now = new Date();
  const comment: StoredComment = {
    id: state.nextCommentId++,
    issueNumber: Number(issue),
    body,
    user: ACTIONS_BOT,
    createdAt: now,
    updatedAt: now,
  };
  state.comments.push(comment);
  return jsonReply(201, commentJson(comment, state), {
    location: `${state.baseUrl}/repos/${state.repo.fullName}/issues/comments/${comment.id}`,
  });
}

const findComment = (id: string | undefined, state: StandInState): StoredComment | undefined =>
  state.comments.find((c) => c.id === Number(id));

function getComment([id]: string[], _request: StandInRequest, state: StandInState): Reply {
  const comment = findComment(id, state);
  return comment ? jsonReply(200, commentJson(comment, state)) : notFound();
}

function updateComment([id]: string[], request: StandInRequest, state: StandInState): Reply {
  const comment = findComment(id, state);
  if (!comment) return notFound();
  const body = validateCommentBody(request);
  if (typeof body !== 'string') return body;
  comment.body = body;
  comment.updatedAt = new Date();
  return jsonReply(200, commentJson(comment, state));
}

function deleteComment([id]: string[], _request: StandInRequest, state: StandInState): Reply {
  const comment = findComment(id, state);
  if (!comment) return notFound();
  state.comments.splice(state.comments.indexOf(comment), 1);
  return { status: 204 };
}

function runJson(run: StoredRun, state: StandInState): Record<string, unknown> {
  const api = `${state.baseUrl}/repos/${state.repo.fullName}`;
  const repositoryJson = (repo: RepoIdentity, fork: boolean) => ({
    id: repo.id,
    name: repo.name,
    full_name: repo.fullName,
    owner: { login: repo.owner },
    fork,
  });
  const repository = repositoryJson(state.repo, false);
  return {
    id: run.id,
    name: run.name,
    node_id: `WFR_stand-in-${run.id}`,
    head_branch: run.branch,
    head_sha: run.headSha,
    path: `.github/workflows/${run.workflowFile}`,
    display_title: run.name,
    run_number: run.runNumber,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url: `${api}/actions/runs/${run.id}`,
    html_url: `https://github.com/${state.repo.fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt.toISOString(),
    updated_at: run.createdAt.toISOString(),
    run_attempt: run.runAttempt,
    run_started_at: run.createdAt.toISOString(),
    artifacts_url: `${api}/actions/runs/${run.id}/artifacts`,
    workflow_url: `${api}/actions/workflows/${run.workflowId}`,
    head_commit: { id: run.headSha },
    repository,
    head_repository: run.headRepository ? repositoryJson(run.headRepository, true) : repository,
    head_repository_id: run.headRepository?.id ?? state.repo.id,
  };
}

/** Runs newest first after GitHub's filters; `status` matches either status or conclusion. */
function filterRuns(runs: StoredRun[], query: URLSearchParams): StoredRun[] {
  const branch = query.get('branch');
  const event = query.get('event');
  const status = query.get('status');
  const headSha = query.get('head_sha');
  return runs
    .filter(
      (r) =>
        (branch === null || r.branch === branch) &&
        (event === null || r.event === event) &&
        (status === null || r.status === status || r.conclusion === status) &&
        (headSha === null || r.headSha === headSha),
    )
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
}

function runsReply(runs: StoredRun[], request: StandInRequest, state: StandInState): Reply {
  const matching = filterRuns(runs, request.url.searchParams);
  const { page, headers } = paginate(matching, request, state);
  return jsonReply(
    200,
    { total_count: matching.length, workflow_runs: page.map((r) => runJson(r, state)) },
    headers,
  );
}

function listWorkflowRuns(
  [workflow]: string[],
  request: StandInRequest,
  state: StandInState,
): Reply {
  // The id may be the numeric workflow id or the workflow's file name.
  const isWorkflow = (r: StoredRun): boolean =>
    String(r.workflowId) === workflow || r.workflowFile === workflow;
  if (!isWorkflow(state.currentRun) && !state.runs.some(isWorkflow)) return notFound();
  return runsReply(state.runs.filter(isWorkflow), request, state);
}

function listRepoRuns(_params: string[], request: StandInRequest, state: StandInState): Reply {
  return runsReply(state.runs, request, state);
}

function getRun([id]: string[], _request: StandInRequest, state: StandInState): Reply {
  const run = [...state.runs, state.currentRun].find((r) => r.id === Number(id));
  return run ? jsonReply(200, runJson(run, state)) : notFound();
}

function artifactJson(artifact: StoredArtifact, state: StandInState): Record<string, unknown> {
  const api = `${state.baseUrl}/repos/${state.repo.fullName}`;
  const run = [...state.runs, state.currentRun].find((r) => r.id === artifact.runId);
  return {
    id: artifact.id,
    node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
    name: artifact.name,
    size_in_bytes: artifact.blob?.length ?? 0,
    url: `${api}/actions/artifacts/${artifact.id}`,
    archive_download_url: `${api}/actions/artifacts/${artifact.id}/zip`,
    expired: artifact.expired,
    digest: artifact.digest ?? null,
    created_at: artifact.createdAt.toISOString(),
    updated_at: artifact.createdAt.toISOString(),
    expires_at: (
      artifact.expiresAt ?? new Date(artifact.createdAt.getTime() + 90 * 86400_000)
    ).toISOString(),
    workflow_run: {
      id: artifact.runId,
      repository_id: state.repo.id,
      head_repository_id: run?.headRepository?.id ?? state.repo.id,
      head_branch: run?.branch ?? null,
      head_sha: run?.headSha ?? null,
    },
  };
}

function artifactsReply(
  artifacts: StoredArtifact[],
  request: StandInRequest,
  state: StandInState,
): Reply {
  const name = request.url.searchParams.get('name');
  const matching = artifacts.filter((a) => a.finalized && (name === null || a.name === name));
  const { page, headers } = paginate(matching, request, state);
  return jsonReply(
    200,
    { total_count: matching.length, artifacts: page.map((a) => artifactJson(a, state)) },
    headers,
  );
}

function listRunArtifacts([runId]: string[], request: StandInRequest, state: StandInState): Reply {
  const id = Number(runId);
  if (id !== state.currentRun.id && !state.runs.some((r) => r.id === id)) return notFound();
  return artifactsReply(
    state.artifacts.filter((a) => a.runId === id),
    request,
    state,
  );
}

function listRepoArtifacts(_params: string[], request: StandInRequest, state: StandInState): Reply {
  return artifactsReply([...state.artifacts].reverse(), request, state);
}

const findArtifact = (id: string | undefined, state: StandInState): StoredArtifact | undefined =>
  state.artifacts.find((a) => a.finalized && a.id === Number(id));

function getArtifact([id]: string[], _request: StandInRequest, state: StandInState): Reply {
  const artifact = findArtifact(id, state);
  return artifact ? jsonReply(200, artifactJson(artifact, state)) : notFound();
}

/** Like api.github.com: a 302 to a short-lived blob URL; @actions/artifact insists on the 302. */
function downloadArtifact(
  [id, format]: string[],
  _request: StandInRequest,
  state: StandInState,
): Reply {
  const artifact = findArtifact(id, state);
  if (!artifact || format !== 'zip') return notFound();
  if (artifact.expired) {
    return jsonReply(410, {
      message: 'Artifact has expired',
      documentation_url: 'https://docs.github.com/rest',
      status: '410',
    });
  }
  return { status: 302, headers: { location: signedDownloadUrl(artifact, state) } };
}
