import { createHash, randomBytes } from 'node:crypto';
import { jsonReply, type Reply } from './jsonReply.js';
import type { StandInRequest, StandInState, StoredArtifact } from './standInState.js';

const PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

// Twirp error codes by HTTP status, for injected faults.
const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  412: 'failed_precondition',
  429: 'resource_exhausted',
  500: 'internal',
  503: 'unavailable',
};

function twirpError(status: number, msg: string): Reply {
  return jsonReply(status, { code: TWIRP_CODES[status] ?? 'unknown', msg });
}

type Body = Record<string, unknown>;

const text = (body: Body, field: string): string | undefined =>
  typeof body[field] === 'string' ? body[field] : undefined;

/**
 * The artifact results service as @actions/artifact 6 calls it: Twirp JSON over POST, fields in
 * proto names (snake_case), int64 as strings, wrappers (StringValue, Int64Value) as bare values,
 * Timestamps as RFC 3339 strings, the runtime token as bearer.
 */
export function handleResultsService(request: StandInRequest, state: StandInState): Reply {
  const method = request.url.pathname.startsWith(PREFIX)
    ? request.url.pathname.slice(PREFIX.length)
    : '';
  if (request.method !== 'POST' || method === '') {
    return twirpError(404, `no handler for ${request.method} ${request.url.pathname}`);
  }
  if (request.headers.authorization !== `Bearer ${state.runtimeToken}`) {
    return twirpError(401, 'invalid or missing runtime token');
  }
  if (!String(request.headers['content-type']).startsWith('application/json')) {
    return twirpError(400, 'the stand-in speaks Twirp JSON only');
  }
  let body: Body;
  try {
    body = JSON.parse(request.body.toString('utf8')) as Body;
  } catch {
    return twirpError(400, 'malformed JSON body');
  }
  // The backend ids come from the token's scp claim; a real backend only serves that run.
  if (text(body, 'workflow_run_backend_id') !== state.currentRun.workflowRunBackendId) {
    return twirpError(403, 'workflow_run_backend_id is not in the token scope');
  }
  switch (method) {
    case 'CreateArtifact':
      return createArtifact(body, state);
    case 'FinalizeArtifact':
      return finalizeArtifact(body, state);
    case 'ListArtifacts':
      return listArtifacts(body, state);
    case 'GetSignedArtifactURL':
      return getSignedArtifactUrl(body, state);
    case 'DeleteArtifact':
      return deleteArtifact(body, state);
    default:
      return twirpError(404, `unknown method ${method}`);
  }
}

const runArtifacts = (body: Body, state: StandInState): StoredArtifact[] =>
  state.artifacts.filter(
    (a) => a.workflowRunBackendId === text(body, 'workflow_run_backend_id') && !a.expired,
  );

function createArtifact(body: Body, state: StandInState): Reply {
  if (state.faults.createArtifact) {
    return twirpError(state.faults.createArtifact, 'Injected fault: CreateArtifact failed');
  }
  const name = text(body, 'name');
  const jobId = text(body, 'workflow_job_run_backend_id');
  if (!name || !jobId) return twirpError(400, 'name and workflow_job_run_backend_id are required');
  if (runArtifacts(body, state).some((a) => a.name === name)) {
    return twirpError(409, `an artifact with name '${name}' already exists on the workflow run`);
  }
  const expiresAt = text(body, 'expires_at');
  const id = state.nextArtifactId++;
  const artifact: StoredArtifact = {
    id,
    name,
    runId: state.currentRun.id,
    workflowRunBackendId: state.currentRun.workflowRunBackendId,
    workflowJobRunBackendId: jobId,
    uploaded: true,
    version: typeof body.version === 'number' ? body.version : undefined,
    mimeType: text(body, 'mime_type') ?? 'application/zip',
    createdAt: new Date(),
    expiresAt: expiresAt === undefined ? undefined : new Date(expiresAt),
    expired: false,
    finalized: false,
    blobPath: `actions-results/${state.currentRun.workflowRunBackendId}/${id}.zip`,
    uploadSig: randomBytes(12).toString('base64url'),
    downloadSig: randomBytes(12).toString('base64url'),
    blob: undefined,
    blobContentType: undefined,
    stagedBlocks: new Map(),
    size: undefined,
    digest: undefined,
  };
  state.artifacts.push(artifact);
  const expiry = new Date(Date.now() + 3600_000).toISOString();
  return jsonReply(200, {
    ok: true,
    signed_upload_url: `${state.baseUrl}/blob/${artifact.blobPath}?sv=2024-08-04&sp=cw&se=${encodeURIComponent(expiry)}&sig=${artifact.uploadSig}`,
  });
}

function finalizeArtifact(body: Body, state: StandInState): Reply {
  if (state.faults.finalizeArtifact) {
    return twirpError(state.faults.finalizeArtifact, 'Injected fault: FinalizeArtifact failed');
  }
  const artifact = runArtifacts(body, state).find((a) => a.name === text(body, 'name'));
  if (!artifact) return twirpError(404, `no artifact named '${text(body, 'name')}' was created`);
  if (!artifact.blob) return twirpError(412, 'the artifact blob was never committed');
  const size = Number(text(body, 'size') ?? '0');
  if (size !== artifact.blob.length) {
    return twirpError(
      400,
      `size ${size} does not match the ${artifact.blob.length} bytes uploaded`,
    );
  }
  const hash = text(body, 'hash');
  const actual = `sha256:${createHash('sha256').update(artifact.blob).digest('hex')}`;
  if (hash !== undefined && hash !== actual) {
    return twirpError(400, `hash ${hash} does not match the uploaded ${actual}`);
  }
  artifact.finalized = true;
  artifact.size = size;
  artifact.digest = hash;
  return jsonReply(200, { ok: true, artifact_id: String(artifact.id) });
}

function listArtifacts(body: Body, state: StandInState): Reply {
  const nameFilter = text(body, 'name_filter');
  const idFilter = text(body, 'id_filter');
  const artifacts = runArtifacts(body, state).filter(
    (a) =>
      a.finalized &&
      (nameFilter === undefined || a.name === nameFilter) &&
      (idFilter === undefined || String(a.id) === idFilter),
  );
  return jsonReply(200, {
    artifacts: artifacts.map((a) => ({
      workflow_run_backend_id: a.workflowRunBackendId,
      workflow_job_run_backend_id: a.workflowJobRunBackendId,
      database_id: String(a.id),
      name: a.name,
      size: String(a.blob?.length ?? 0),
      created_at: a.createdAt.toISOString(),
      ...(a.digest === undefined ? {} : { digest: a.digest }),
    })),
  });
}

function getSignedArtifactUrl(body: Body, state: StandInState): Reply {
  const artifact = runArtifacts(body, state).find(
    (a) => a.finalized && a.name === text(body, 'name'),
  );
  if (!artifact) return twirpError(404, `no artifact named '${text(body, 'name')}'`);
  return jsonReply(200, { signed_url: signedDownloadUrl(artifact, state) });
}

function deleteArtifact(body: Body, state: StandInState): Reply {
  const artifact = runArtifacts(body, state).find((a) => a.name === text(body, 'name'));
  if (!artifact) return twirpError(404, `no artifact named '${text(body, 'name')}'`);
  state.artifacts.splice(state.artifacts.indexOf(artifact), 1);
  return jsonReply(200, { ok: true, artifact_id: String(artifact.id) });
}

/** A read-only SAS-style URL on this server for an artifact's blob. */
export function signedDownloadUrl(artifact: StoredArtifact, state: StandInState): string {
  const expiry = new Date(Date.now() + 600_000).toISOString();
  return `${state.baseUrl}/blob/${artifact.blobPath}?sv=2024-08-04&sp=r&se=${encodeURIComponent(expiry)}&sig=${artifact.downloadSig}`;
}
