// `baseline: artifact`: the report.json of the newest successful run of this workflow on the
// repository's own default branch, taken from its artifact (the scheduled audit's upload).
//
// The runs API's `branch` filter matches a run's head branch, and a pull request from a fork
// can name its branch `main`, edit the workflow and upload a crafted report.json that would
// then excuse every finding. So each listed run is checked on its own fields (ownRun) and only
// this repository's schedule, workflow_dispatch and push runs can give the baseline.
//
// Every call (the runs, the run's artifacts, the download and its blob) is bounded in time and
// tries (boundedFetch.ts): a GitHub that accepts connections and never answers costs a warning
// naming the call, never the step.
import * as github from '@actions/github';
import { unzipSync } from 'fflate';
import { errorMessage } from '../../common/errorMessage.js';
import type { Baseline } from '../../analyze/baselineDiff.js';
import { parseBaseline } from '../../options/baselineFile.js';
import type { Logger } from '../../common/logger.js';
import { boundedFetch, type CallBounds } from './boundedFetch.js';
import { githubClient, proxyFetch, type GitHubClient } from './githubClient.js';
import { workflowPath } from './workflowPath.js';

/** Events only someone who can write to the repository starts, on its own code. */
const OWN_EVENTS = ['schedule', 'workflow_dispatch', 'push'];
const PER_PAGE = 100;
/** Up to 1,000 runs: a burst of fork runs cannot hide every own run, and the look-up stays
 * within 10 list calls. */
const MAX_PAGES = 10;
/** Own runs whose artifact is looked for (one call each) before giving up. */
const RUNS_TO_TRY = 10;
/** An artifact larger than this is not read: its report.json alone would be absurd. */
const MAX_ARTIFACT_BYTES = 1024 ** 3;

/** The fields of a listed workflow run the choice rests on. */
export interface ListedRun {
  id: number;
  name?: string | null;
  event: string;
  conclusion: string | null;
  head_branch: string | null;
  head_repository?: { full_name: string } | null;
}

/** A successful default-branch run of this repository's own code, started by its own people. */
export function ownRun(run: ListedRun, repository: string, defaultBranch: string): boolean {
  return (
    run.conclusion === 'success' &&
    OWN_EVENTS.includes(run.event) &&
    run.head_branch === defaultBranch &&
    // GitHub names are case-insensitive; a deleted fork's head repository is null.
    run.head_repository?.full_name.toLowerCase() === repository.toLowerCase()
  );
}

export async function downloadBaseline(
  artifactName: string,
  token: string | undefined,
  logger: Logger,
  bounds: CallBounds,
  context = github.context,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Baseline> {
  if (!token) throw new Error("'github-token' is empty");
  const { owner, repo } = context.repo;
  const repository = `${owner}/${repo}`;
  const branch = (context.payload.repository?.default_branch as string | undefined) ?? 'main';
  const octokit = githubClient(token, bounds);
  // Narrowed by GitHub's own filters first; ownRun decides.
  const query = { owner, repo, branch, status: 'success' as const, per_page: PER_PAGE };
  const workflowFile = workflowPath(env)?.split('/').at(-1);
  const pages = workflowFile
    ? octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
        ...query,
        workflow_id: workflowFile,
      })
    : octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunsForRepo, query);
  const sameWorkflow = (run: ListedRun): boolean =>
    workflowFile !== undefined || run.name === context.workflow;

  let pageCount = 0;
  let tried = 0;
  let passedOver = 0;
  let limit = '';
  search: for await (const { data: runs } of pages) {
    for (const run of runs as ListedRun[]) {
      if (run.id === context.runId || !sameWorkflow(run)) continue;
      if (!ownRun(run, repository, branch)) {
        passedOver++;
        continue;
      }
      const baseline = await baselineOfRun(octokit, bounds, run, artifactName, context, logger);
      if (baseline) return baseline;
      if (++tried === RUNS_TO_TRY) {
        limit = ` among the newest ${RUNS_TO_TRY}`;
        break search;
      }
    }
    if (++pageCount === MAX_PAGES) {
      limit = ` among the newest ${MAX_PAGES * PER_PAGE} runs listed`;
      break;
    }
  }
  const others =
    passedOver === 0
      ? ''
      : `; ${passedOver === 1 ? '1 run' : `${passedOver} runs`} from pull requests, forks or ` +
        `other events ${passedOver === 1 ? 'was' : 'were'} not considered`;
  throw new Error(
    `no successful schedule, workflow_dispatch or push run of this workflow on ${repository}'s ` +
      `'${branch}'${limit} has an artifact named '${artifactName}'${others}`,
  );
}

/** The run's baseline, or undefined when it uploaded no such artifact (or it expired). */
async function baselineOfRun(
  octokit: GitHubClient,
  bounds: CallBounds,
  run: ListedRun,
  artifactName: string,
  context: typeof github.context,
  logger: Logger,
): Promise<Baseline | undefined> {
  const { owner, repo } = context.repo;
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
    owner,
    repo,
    run_id: run.id,
    name: artifactName,
  });
  // The newest of that name, as @actions/artifact picks it; an expired one has no archive.
  const artifact = data.artifacts
    .filter((a) => a.name === artifactName && !a.expired)
    .sort((a, b) => b.id - a.id)[0];
  if (artifact === undefined) return undefined;
  const where = `artifact '${artifactName}' of run ${run.id}`;
  if (artifact.size_in_bytes > MAX_ARTIFACT_BYTES) {
    throw new Error(`${where} is ${artifact.size_in_bytes} bytes, more than a report holds`);
  }
  const zip = await downloadZip(octokit, bounds, owner, repo, artifact.id);
  const report = reportOf(zip, where);
  logger.info(`Baseline: ${report.name} from ${run.event} run ${run.id} on ${run.head_branch}`);
  try {
    return parseBaseline(report.text, `${where} (${run.head_branch})`);
  } catch (error) {
    throw new Error(`${report.name} in ${where}: ${errorMessage(error)}`);
  }
}

/** The archive, from the short-lived URL GitHub redirects to (bounded like every call). */
async function downloadZip(
  octokit: GitHubClient,
  bounds: CallBounds,
  owner: string,
  repo: string,
  artifactId: number,
): Promise<Uint8Array> {
  const { status, headers } = await octokit.rest.actions.downloadArtifact({
    owner,
    repo,
    artifact_id: artifactId,
    archive_format: 'zip',
    request: { redirect: 'manual' },
  });
  const location = headers.location;
  if (status !== 302 || location === undefined) {
    throw new Error(`GitHub answered ${status} without a download URL for artifact ${artifactId}`);
  }
  // The blob store, not the API: no token goes there; the signed URL is the credential.
  const response = await boundedFetch(proxyFetch(), bounds)(location);
  if (!response.ok) {
    throw new Error(`the artifact's download answered HTTP ${response.status}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** The newest `*_report.json` of the archive (an artifact holds one run's reports). */
function reportOf(zip: Uint8Array, where: string): { name: string; text: string } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (file) =>
        file.name.endsWith('_report.json') && file.originalSize <= MAX_ARTIFACT_BYTES,
    });
  } catch (error) {
    throw new Error(`${where} is not a readable zip archive (${errorMessage(error)})`);
  }
  const base = (name: string) => name.split('/').at(-1) ?? name;
  const name = Object.keys(files)
    .sort((a, b) => (base(a) < base(b) ? -1 : base(a) > base(b) ? 1 : 0))
    .at(-1);
  if (name === undefined) throw new Error(`${where} holds no report.json`);
  return {
    name: base(name),
    text: new TextDecoder().decode(files[name]),
  };
}
