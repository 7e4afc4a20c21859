import { randomUUID } from 'node:crypto';
import { fakeJwt } from './fakeJwt.js';
import { jsonReply, type Reply } from './jsonReply.js';
import type { StandInRequest, StandInState } from './standInState.js';

/**
 * GET /oidc/token?api-version=2.0&audience=X, the shape core.getIDToken requests (it appends
 * `&audience=` to ACTIONS_ID_TOKEN_REQUEST_URL and sends the request token as a bearer).
 */
export function handleOidc(request: StandInRequest, state: StandInState): Reply {
  const audience = request.url.searchParams.get('audience') ?? undefined;
  const authorization = request.headers.authorization;
  const answer = (reply: Reply): Reply => {
    state.oidcRequests.push({ audience, authorization, status: reply.status });
    return reply;
  };
  if (request.method !== 'GET' || request.url.pathname !== '/oidc/token') {
    return answer(jsonReply(404, { message: 'Not Found' }));
  }
  if (state.faults.oidc === 'absent') return answer(jsonReply(404, { message: 'Not Found' }));
  if (authorization !== `Bearer ${state.oidcRequestToken}`) {
    return answer(jsonReply(401, { message: 'Invalid bearer token for the ID token request' }));
  }
  if (state.faults.oidc === 'error') {
    return answer(jsonReply(500, { message: 'Injected fault: token service unavailable' }));
  }
  const { repo, currentRun: run } = state;
  const now = Math.floor(Date.now() / 1000);
  const value = fakeJwt({
    jti: randomUUID(),
    sub: `repo:${repo.fullName}:ref:${state.ref}`,
    aud: audience ?? `https://github.com/${repo.owner}`,
    ref: state.ref,
    sha: run.headSha,
    repository: repo.fullName,
    repository_owner: repo.owner,
    repository_id: String(repo.id),
    run_id: String(run.id),
    run_number: String(run.runNumber),
    run_attempt: String(run.runAttempt),
    workflow: run.name,
    job_workflow_ref: `${repo.fullName}/.github/workflows/${run.workflowFile}@${state.ref}`,
    event_name: run.event,
    runner_environment: 'github-hosted',
    iss: 'https://token.actions.githubusercontent.com',
    nbf: now - 5,
    iat: now,
    exp: now + 300,
  });
  return answer(jsonReply(200, { count: value.length, value }));
}
