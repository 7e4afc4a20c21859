import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StandInState } from './standInState.js';

export interface RunnerEnvOptions {
  /** Run as a `pull_request` event for this PR number (event file, refs, head/base refs). */
  pullRequest?: number;
  /** Event name when not a PR; 'push' by default ('workflow_dispatch', 'schedule', ...). */
  eventName?: string;
  /** Action inputs, set as INPUT_<NAME> the way core.getInput looks them up. */
  inputs?: Record<string, string>;
  /** Final overrides; `undefined` removes a variable. */
  vars?: Record<string, string | undefined>;
}

/**
 * The variables a runner gives one step, pointing at the stand-in. Each call is a new step:
 * fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE / GITHUB_ENV / GITHUB_PATH files
 * (created empty, as the runner does; core refuses to write to a missing file) under `stepDir`.
 */
export function createRunnerEnv(
  state: StandInState,
  paths: { stepDir: string; workspace: string },
  options: RunnerEnvOptions = {},
): Record<string, string> {
  const { repo, currentRun: run } = state;
  mkdirSync(join(paths.stepDir, 'temp'), { recursive: true });
  const file = (name: string): string => {
    const path = join(paths.stepDir, name);
    writeFileSync(path, '');
    return path;
  };
  const branch = state.ref.replace(/^refs\/heads\//, '');
  const pr = options.pullRequest;
  const eventName = pr === undefined ? (options.eventName ?? 'push') : 'pull_request';
  const ref = pr === undefined ? state.ref : `refs/pull/${pr}/merge`;
  const eventPath = join(paths.stepDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(eventPayload(state, eventName, pr), null, 2));

  const env: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    // github.com, not this server: @actions/artifact refuses any host it takes for GHES.
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: state.baseUrl,
    GITHUB_GRAPHQL_URL: `${state.baseUrl}/graphql`,
    GITHUB_REPOSITORY: repo.fullName,
    GITHUB_REPOSITORY_OWNER: repo.owner,
    GITHUB_REPOSITORY_ID: String(repo.id),
    GITHUB_RUN_ID: String(run.id),
    GITHUB_RUN_NUMBER: String(run.runNumber),
    GITHUB_RUN_ATTEMPT: String(run.runAttempt),
    GITHUB_WORKFLOW: run.name,
    GITHUB_WORKFLOW_REF: `${repo.fullName}/.github/workflows/${run.workflowFile}@${ref}`,
    GITHUB_JOB: 'audit',
    GITHUB_ACTION: '__self',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_SHA: run.headSha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: pr === undefined ? branch : `${pr}/merge`,
    GITHUB_REF_TYPE: 'branch',
    GITHUB_HEAD_REF: pr === undefined ? '' : `feature/pr-${pr}`,
    GITHUB_BASE_REF: pr === undefined ? '' : branch,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: paths.workspace,
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('step_summary'),
    GITHUB_STATE: file('state'),
    GITHUB_ENV: file('env'),
    GITHUB_PATH: file('path'),
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: join(paths.stepDir, 'temp'),
    ACTIONS_RUNTIME_TOKEN: state.runtimeToken,
    ACTIONS_RUNTIME_URL: `${state.baseUrl}/runtime/`,
    ACTIONS_RESULTS_URL: `${state.baseUrl}/`,
  };
  if (state.faults.oidc !== 'absent') {
    env.ACTIONS_ID_TOKEN_REQUEST_URL = `${state.baseUrl}/oidc/token?api-version=2.0`;
    env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = state.oidcRequestToken;
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(options.vars ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

function eventPayload(
  state: StandInState,
  eventName: string,
  pr: number | undefined,
): Record<string, unknown> {
  const { repo, currentRun: run } = state;
  const branch = state.ref.replace(/^refs\/heads\//, '');
  const repository = {
    id: repo.id,
    name: repo.name,
    full_name: repo.fullName,
    owner: { login: repo.owner, type: 'Organization' },
    default_branch: branch,
    html_url: `https://github.com/${repo.fullName}`,
    private: true,
  };
  const sender = { login: 'octocat', id: 583231, type: 'User' };
  if (pr !== undefined) {
    return {
      action: 'synchronize',
      number: pr,
      pull_request: {
        number: pr,
        id: 900_000 + pr,
        state: 'open',
        title: `Change #${pr}`,
        html_url: `https://github.com/${repo.fullName}/pull/${pr}`,
        user: sender,
        head: { ref: `feature/pr-${pr}`, sha: run.headSha, repo: repository },
        base: { ref: branch, sha: '0'.repeat(40), repo: repository },
      },
      repository,
      sender,
    };
  }
  if (eventName === 'push') {
    return {
      ref: state.ref,
      before: '0'.repeat(40),
      after: run.headSha,
      head_commit: { id: run.headSha },
      repository,
      sender,
    };
  }
  return {
    ref: state.ref,
    repository,
    sender,
    ...(eventName === 'workflow_dispatch' ? { inputs: {} } : {}),
  };
}
